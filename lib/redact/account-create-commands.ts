import type { Finder, SecretSpan } from './rules';
import { looksLikePassword, randomCaseLetters } from './values';

/**
 * AV's round: two ways a new account's password is written out in full.
 *
 * A command that creates or resets an account takes the login and then the password as its next two words, whatever
 * the tool: `pocketbase superuser create a@b.c 'P4ss…'`, `… admin create NAME PASS`, `… users add NAME PASS`,
 * `… user upsert …`, `… account create …`. The login is an e-mail address or a name; the word after it is the
 * password (quoted, or unquoted when it has a password's shape), not an option (`--role`) or a variable.
 *
 * A program's log line that announces a password it made for you, and ends with it: "A temporary password is
 * provided for this session: pTqWmZkRvA", "generated password for admin: …", "initial admin password is …". The line
 * says the password was made or handed out (provided, generated, created, issued, assigned, set to) or what kind it is
 * (temporary, generated, initial, random, one-time); the value closes the line and is drawn at random (letters of
 * both cases mixed, or letters and digits), not a word.
 */
// BM's round: the command named by one hyphenated word, the verb before the noun (`v-add-user NAME PASS EMAIL`, as
// Hestia's and Vesta's CLIs take it, `add-user`, `create-account`, `change-user-password`), and an e-mail address
// after the password, as such commands take the new account's address last.
const ACCOUNT_CREATE =
  /(?<![\w-])(?:(?:superusers?|admins?|users?|accounts?)[ \t]+(?:create|add|upsert|new|set-password|passwd|password|reset-password)|(?:v-)?(?:add|create|new)-(?:user|account)|(?:v-)?change-user-password)[ \t]+["']?(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|[A-Za-z][\w.-]{1,40})["']?[ \t]+(?:'([^'\n]{4,128})'|"([^"\n]{4,128})"|([^\s'"`$<>|;&-][^\s'"`<>|;&]{3,127}))(?=[ \t]*(?:$|\n|[;&|#]|[ \t]--?[A-Za-z]|[ \t]+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[ \t]*(?:$|\n|[;&|#])))/dg;

function findAccountCreatePasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ACCOUNT_CREATE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ACCOUNT_CREATE.exec(text)); ) {
    const g = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const value = m[g]!;
    const quoted = g !== 3;
    if (!looksLikePassword(value, { quoted, strict: !quoted })) continue;
    const [start, end] = m.indices![g]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

const PASSWORD_WORD = String.raw`(?:password|passwd|passphrase|passcode|pass)`;
const ANNOUNCED_PASSWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:temporary|temp|generated|initial|random|one-time|default[ \t]+admin)[ \t]+(?:admin(?:istrator)?[ \t]+)?${PASSWORD_WORD}|${PASSWORD_WORD}[ \t]+(?:is[ \t]+|was[ \t]+|has[ \t]+been[ \t]+)?(?:provided|generated|created|issued|assigned|set[ \t]+to))(?![\p{L}])[^\n]{0,60}?[ \t:]([A-Za-z0-9]{8,40})[ \t]*\.?[ \t]*(?=\n|$)`,
  'giud',
);

/**
 * Drawn at random: letters and digits together, or both cases with a capital inside the word that is no camel-cased
 * name's (`pTqWmZkRvA`, `QWZRtkpmv`; not `Information`, `WebInterface`).
 */
function drawn(v: string): boolean {
  if (/\d/.test(v) && /[A-Za-z]/.test(v)) return !/^\d+[A-Za-z]{1,3}$|^[A-Za-z]+\d{1,2}$/.test(v);
  if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || /^(?:[A-Z][a-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return false;
  return randomCaseLetters(v) || /[A-Z]{3}/.test(v) || (v.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g) ?? []).length >= 4;
}

function findAnnouncedPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ANNOUNCED_PASSWORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ANNOUNCED_PASSWORD.exec(text)); ) {
    if (!drawn(m[1]!)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const ACCOUNT_CREATE_COMMAND_FINDERS: readonly Finder[] = [
  { name: 'account-create-commands', find: findAccountCreatePasswords, trigger: /superuser|admin|user|account/i },
  { name: 'announced-passwords', find: findAnnouncedPasswords, trigger: /pass/i },
];
