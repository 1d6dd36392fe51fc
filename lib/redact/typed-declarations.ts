import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AN's round: a constant or a field declared with its type between its name and its literal, in the languages that
 * write it so: Ada and Pascal (`Db_Password : constant String := "…";`), Kotlin, Scala, Swift and TypeScript
 * (`val dbPassword: String = "…"`, `let apiToken: string = '…'`), Go (`var dbPass string = "…"`), and COBOL's picture
 * clause (`01 WS-DB-PASSWORD PIC X(12) VALUE '…'.`). The name says what it holds (a password, a secret, a token, a
 * key, a salt); the assignment rules, which want `=` or `:` right after the name, miss the type between.
 */
// AT's round: a PIN's or a passcode's name too, as a PLC's structured text declares one (`MAINT_PIN : STRING :=
// '…';`): `PIN` as a whole part of the name (`HMI_PIN`, `pinCode`, `door_pin`, not `SPINDLE` or `pinned`).
const SECRET_NAME = String.raw`(?:[A-Za-z][\w-]{0,40}?(?:pass(?:word|wd|phrase|code)?|pwd|secret|token|api[_-]?key|salt)[\w-]{0,20}|(?:[A-Za-z][A-Za-z0-9]{0,30}[_-])*(?:pin|PIN|Pin)(?:code|Code|CODE)?(?:[_-][A-Za-z0-9]{1,20})*|[a-z][a-z0-9]{0,30}Pin(?:Code)?)`;
const TYPED = new RegExp(
  String.raw`(?<![\w-])(${SECRET_NAME})[ \t]*(?::[ \t]*(?:constant[ \t]+)?|[ \t]+)[A-Za-z][\w.<>\[\]]{0,30}[ \t]*:?=[ \t]*(["'])([^"'\n]{4,200})\2`,
  'gi',
);
const COBOL = new RegExp(String.raw`(?<![\w-])(${SECRET_NAME})[ \t]+PIC(?:TURE)?[ \t]+X\(\d{1,3}\)[ \t]+VALUE[ \t]+(["'])([^"'\n]{4,200})\2`, 'gi');

function findTyped(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [TYPED, COBOL]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const value = m[3]!;
      if (isPlaceholder(value) || /^\$\{|^%|^\{\{/.test(value)) continue;
      const start = m.index + m[0].length - value.length - 1;
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const TYPED_DECLARATION_FINDERS: readonly Finder[] = [{ name: 'typed-declarations', find: findTyped }];
