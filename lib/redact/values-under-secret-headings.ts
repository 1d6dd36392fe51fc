import { NUMBER_FIELD, passwordShaped } from './passwords-in-found-lists';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikeRandomToken } from './values';

/**
 * BE's round: a note kept in sections, whose heading says what its bullets hold: "## logins" (passwords, accounts,
 * credentials, "Zugänge", "accesos" …) over "- boiler panel: Finch+harbor27!" and "- stock PC: mkaur /
 * …", "## doors" (door codes, keypads, gates, locks …) over "- bin store: 4821". The heading names the kind, so a
 * bullet there needs no word of its own: under a logins heading a value of a password's shape (or a random token's)
 * after the label and a colon, an arrow or a dash, a user and a slash before it maybe, is that system's password;
 * under a doors heading, four to eight digits after the label are its code. A label that names another kind of number
 * (a phone's, a count's, a floor's) keeps it. A section ends at the first line after its bullets begin that is no bullet
 * (a blank line, another heading, prose; blank lines between the heading and its first bullet are allowed), or at any
 * other line before them. Lines longer than 200 characters are not read, nor lines past
 * the 20,000th: a note is short.
 */
const HEADING = /^[ \t]*(?:#{1,6}[ \t]*|\*\*)?([^\n#*]{2,40}?)(?:\*\*)?[ \t]*:?[ \t]*$/u;
const LOGINS_HEADING =
  /^(?:(?:my|our|team|staff|admin|system|shared|app)[ \t]+)?(?:logins?|log-?ins?|passwords?|credentials?|accounts?(?:[ \t]+(?:&|and)[ \t]+passwords?)?|passw[oö]rter|zug[äa]nge|zugangsdaten|accesos|contrase[ñn]as|senhas|acessos|identifiants|mots[ \t]+de[ \t]+passe|wachtwoorden|inloggegevens|hasła|пароли|логины|доступы)$/iu;
const DOORS_HEADING =
  /^(?:(?:door|gate|keypad|lock|alarm|access|entry|building|site)[ \t]+)?(?:doors?|door[ \t]+codes|codes|gates?|keypads?|locks?|alarms?|key[ \t]?safes?|lock[ \t]?boxes|türcodes|türen|c[óo]digos|puertas|portas|codes[ \t]+(?:des[ \t]+)?portes|portes|deuren|deurcodes|коды|двери)$/iu;
const BULLET_VALUE = /^[ \t]*(?:[-*•·◦+]|\d{1,2}[.)])[ \t]+(\p{L}[\p{L}\p{N}'’ &/().-]{0,40}?)[ \t]*(?::|->|→|=>|[ \t][—–-])[ \t]*(?:[\w.@-]{2,40}[ \t]*(?:\/{1,2}|\|)[ \t]*)?(\S{4,80}?)[ \t]*$/u;
const MAX_LINES = 400;

function findValuesUnderSecretHeadings(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let kind: 'logins' | 'doors' | null = null;
  let at = 0;
  let bullets = 0;
  for (let n = 0; at <= text.length && n < 20_000; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (line.length <= 200) {
      const bullet = kind && bullets < MAX_LINES ? BULLET_VALUE.exec(line) : null;
      if (bullet) {
        bullets++;
        const label = bullet[1]!;
        const value = bullet[2]!;
        const start = at + line.lastIndexOf(value);
        if (kind === 'doors' && /^\d{4,8}$/.test(value)) {
          if (!NUMBER_FIELD.test(label) && !/^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) spans.push({ start, end: start + value.length, label: 'password' });
        } else if (kind === 'logins' && !isPlaceholder(value) && (passwordShaped(value) || looksLikeRandomToken(value))) {
          spans.push({ start, end: start + value.length, label: 'password' });
        }
      } else if (line.trim() === '') {
        if (bullets > 0) kind = null;
      } else {
        const heading = HEADING.exec(line);
        const name = heading ? heading[1]!.trim() : '';
        kind = LOGINS_HEADING.test(name) ? 'logins' : DOORS_HEADING.test(name) ? 'doors' : null;
        bullets = 0;
      }
    }
    at = end + 1;
  }
  return spans;
}

export const VALUES_UNDER_SECRET_HEADING_FINDERS: readonly Finder[] = [
  {
    name: 'values-under-secret-headings',
    find: findValuesUnderSecretHeadings,
    trigger: /^[ \t]*(?:#{1,6}[ \t]*|\*\*)?(?:[\w ]{0,20})?(?:login|log-in|password|credential|account|passw|zug|acceso|contrase|senha|acesso|identifiant|mots de passe|wachtwoord|inlog|has[lł]|парол|логин|доступ|door|code|gate|keypad|lock|alarm|key ?safe|t[üu]r|c[óo]digo|puerta|porta|porte|deur|код|двер)/im,
  },
];
