import type { Finder, RedactionLabel, SecretSpan } from './rules';
import { classifyKey, isPlaceholder, looksLikeGenericSecret, looksLikeProsePassword } from './values';

/**
 * A secret given apart from its name, where a tool puts the name in one field and the value in another:
 *
 * - a command's name and value options: `eas secret:create --name BOOKING_API_PASSWORD --value …`, `az keyvault
 *   secret set --vault-name v --name db-password --value …`, `aws ssm put-parameter --name /prod/db/password --value …`,
 *   `gh secret set STRIPE_KEY --body …`, `aws secretsmanager create-secret --name x --secret-string …`: what the
 *   value is, the name says (`classifyKey`), or the command stores secrets whatever their name;
 * - a table with a Name and a Value column, as browsers' developer tools copy cookies and storage (`connect.sid ⇥ s%3A…
 *   ⇥ localhost ⇥ /`), as a settings page lists variables: a row whose name is a secret's or a session's gives its
 *   value.
 *
 * A stand-in (`$SECRET`, `<value>`, `${{ secrets.X }}`) is no value.
 */

/** A command line that sets a value by option: the value's option, on one line. */
const VALUE_OPTION = /(?:^|[ \t])(?:--value|--secret-string|--body|--secret-value|--plaintext)(?:=|[ \t]+)(?:"([^"\n]{1,400})"|'([^'\n]{1,400})'|([^\s"']{1,400}))/g;
/** The name's option before it on the line, or `gh secret set NAME`. */
const NAME_OPTION = /(?:^|[ \t])(?:--name|--key|--parameter-name|--secret-id|-n)(?:=|[ \t]+)["']?([\w.:/@-]{1,120})["']?|(?:^|[ \t])secret[ \t]+set[ \t]+([A-Za-z_][\w-]{0,100})/g;
/** Commands that store secrets whatever the name: secret managers and CI secret stores. */
const SECRET_STORE_COMMAND = /(?:^|[\s/])(?:secret:create|secret:push|secrets?[ \t]+(?:set|create|put|add)|keyvault[ \t]+secret|secretsmanager|kv[ \t]+put|put-parameter[^\n]*SecureString)/;

function standIn(value: string): boolean {
  return /^(?:\$|<|\{\{|\$\{|%|@|(?:file|fileb|https?|s3|ssm|vault|op):\/\/)/.test(value) || isPlaceholder(value) || value.length < 4;
}

function labelOf(kind: ReturnType<typeof classifyKey>): RedactionLabel {
  return kind === 'password' ? 'password' : 'api key';
}

function findOptionValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('--value') && !text.includes('--secret-string') && !text.includes('--body') && !text.includes('--secret-value') && !text.includes('--plaintext')) return spans;
  VALUE_OPTION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VALUE_OPTION.exec(text)); ) {
    // The line before the value's option, 2,000 characters at most (a search back per option would be quadratic).
    const reach = text.slice(Math.max(0, m.index - 2000), m.index);
    const line = reach.slice(reach.lastIndexOf('\n') + 1);
    let name: string | undefined;
    NAME_OPTION.lastIndex = 0;
    for (let n: RegExpExecArray | null; (n = NAME_OPTION.exec(line)); ) name = n[1] ?? n[2];
    const kind = name === undefined ? null : classifyKey(name.replace(/^.*\//, ''));
    if (kind === null && !SECRET_STORE_COMMAND.test(line)) continue;
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const value = m[group]!;
    // Under a name that says nothing, a secret store's value must look like a key itself ("--name APP_NAME --value
    // bakery-app" is a setting).
    if (standIn(value) || (kind === null && !looksLikeGenericSecret(value))) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: labelOf(kind) });
  }
  return spans;
}

/** A column named Value; the header's line is read at each. */
const VALUE_WORD = /\bvalue\b/gi;

function findTableValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  VALUE_WORD.lastIndex = 0;
  for (let v: RegExpExecArray | null; (v = VALUE_WORD.exec(text)); ) {
    const lineStart = text.lastIndexOf('\n', v.index) + 1;
    const lineEnd = text.indexOf('\n', v.index) < 0 ? text.length : text.indexOf('\n', v.index);
    VALUE_WORD.lastIndex = lineEnd;
    const header = text.slice(lineStart, lineEnd);
    const sep = header.includes('\t') ? '\t' : header.includes('|') ? '|' : null;
    if (sep === null) continue;
    const cells = header.split(sep).map((c) => c.trim().toLowerCase());
    const nameAt = cells.findIndex((c) => /^(?:name|key|cookie|variable)$/.test(c));
    const valueAt = cells.indexOf('value');
    if (nameAt < 0 || valueAt !== nameAt + 1) continue;
    let at = lineEnd + 1;
    for (let rows = 0; at < text.length && rows < 200; rows++) {
      const next = text.indexOf('\n', at);
      const end = next < 0 ? text.length : next;
      const row = text.slice(at, end);
      if (!row.includes(sep)) break;
      const parts = row.split(sep);
      const name = parts[nameAt]?.trim() ?? '';
      const raw = parts[valueAt] ?? '';
      const value = raw.trim();
      const kind = name === '' ? null : classifyKey(name);
      if (kind !== null && value !== '' && !/^[-:]+$/.test(value) && !standIn(value) && !/\s/.test(value)) {
        let offset = at;
        for (let i = 0; i < valueAt; i++) offset += parts[i]!.length + 1;
        const start = offset + raw.indexOf(value);
        spans.push({ start, end: start + value.length, label: /sess|sid|cookie/i.test(name) ? 'cookie' : labelOf(kind) });
      }
      at = end + 1;
    }
    VALUE_WORD.lastIndex = Math.max(VALUE_WORD.lastIndex, at);
  }
  return spans;
}

/**
 * A note's login: a system's name, a colon and a user name on one line, the password alone on the next, as sticky
 * notes and handover sheets write them ("PC: admin⏎ stoneware9448%!", "WLAN-Router: admin⏎Xk7#pq21"). The value must be
 * a password beyond doubt (letters with a digit and a symbol, or both cases and a digit), never a word, a path or a
 * setting.
 */
const USER_LINE_THEN_VALUE = /(?:^|\n)[ \t'"“>*-]*[\p{L}][\p{L}\p{N} ._/()-]{0,30}:[ \t]*[A-Za-z][\w.@-]{1,40}[ \t]*\r?\n[ \t'"“]*([^\s'"”]{6,64})[ \t'"”]*(?=\r?\n|$)/gu;

function findValuesUnderUsers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes(':')) return spans;
  USER_LINE_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = USER_LINE_THEN_VALUE.exec(text)); ) {
    const value = m[1]!;
    USER_LINE_THEN_VALUE.lastIndex = m.index + m[0].length - value.length;
    if (!beyondDoubt(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

function beyondDoubt(value: string): boolean {
  if (!/\p{Ll}/u.test(value) || !/\d/.test(value) || /[:/\\]|^[\w.-]+@|^[$<{%]|\.\w{2,4}$/.test(value) || !looksLikeProsePassword(value)) return false;
  return /[!#$%^&*?~+=@]/.test(value) || (/\p{Lu}/u.test(value) && /\p{L}\d|\d\p{L}/u.test(value));
}

export const NAMED_VALUE_ROW_FINDERS: readonly Finder[] = [
  { name: 'password-under-its-user', find: findValuesUnderUsers },
  { name: 'option-name-value', find: findOptionValues },
  { name: 'name-value-table', find: findTableValues },
];
