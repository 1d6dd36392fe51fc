import type { Finder, SecretSpan } from './rules';
import { isMarker, isPlaceholder } from './values';

/**
 * A table pasted from a spreadsheet (fields split by tabs) whose header names a column as passwords, PINs or the code
 * of a lock: every value under it is a secret whatever it looks like ("9424", "blue-rocket-58-otter"), as in a
 * password manager's CSV (`password-csv.ts`). The column's name must say so: a password word, PIN in capitals
 * ("Till PIN", "SIM PIN"; not "PIN code", India's postal code), or a code named by what it opens ("Safe code",
 * "Door code", "Alarm code"); "Product code" or "Country code" name no secret. Rows follow the header while they
 * have as many fields as it.
 */

const PASSWORD_COLUMN = /^(?:[\p{L}\p{N} ._-]{0,24}[ _-])?(?:password|passwort|passwd|pwd|passcode|contraseña|senha|mot de passe|wachtwoord|adgangskode|passord|lösenord|jelszó|parola)$/iu;
const PIN_COLUMN = /^(?:[\p{L}\p{N} ._-]{0,24}[ _-])?(?:PIN|PUK)\d?$/u;
const LOCK_CODE_COLUMN =
  /^(?:[\p{L}\p{N} ._-]{0,16}[ _-])?(?:safe|door|gate|alarm|access|entry|lock|locker|padlock|keypad|key[ -]?safe|lockbox|garage|supervisor|manager|override|till|register|wi-?fi|unlock)[ _-]?(?:code|combo|combination|pin)$/iu;

function isSecretColumn(name: string): boolean {
  const n = name.trim();
  return PASSWORD_COLUMN.test(n) || PIN_COLUMN.test(n) || LOCK_CODE_COLUMN.test(n);
}

/** The tab-split fields of a line, with where each starts and ends in it. */
function tabFields(line: string): { value: string; start: number; end: number }[] {
  const fields: { value: string; start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    const tab = line.indexOf('\t', at);
    const end = tab < 0 ? line.length : tab;
    fields.push({ value: line.slice(at, end), start: at, end });
    if (tab < 0) return fields;
    at = tab + 1;
  }
}

/** Words a secret column's header holds; a line without one is never split. */
const HEADER_WORD = /pass|pwd|pin|puk|code|combo|combination|contraseña|senha|mot de passe|wachtwoord|lösenord|jelszó|parola/i;

function findTsvSecrets(text: string): SecretSpan[] {
  if (!text.includes('\t')) return [];
  const spans: SecretSpan[] = [];
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = next < 0 ? text.length : next + 1;
    if (line.length > 600 || !line.includes('\t') || !HEADER_WORD.test(line)) continue;
    const names = tabFields(line);
    if (names.length < 2 || names.length > 40 || names.some((f) => f.value.length > 40 || /\d{3}/.test(f.value))) continue;
    const columns = names.flatMap((f, i) => (isSecretColumn(f.value) ? [i] : []));
    if (columns.length === 0) continue;
    // The rows under the header.
    while (start < text.length) {
      const rowNext = text.indexOf('\n', start);
      const rowEnd = rowNext < 0 ? text.length : rowNext;
      const row = text.slice(start, rowEnd).replace(/\r$/, '');
      if (row.trim() === '' || row.length > 2000) break;
      const fields = tabFields(row);
      if (fields.length !== names.length) break;
      for (const c of columns) {
        const f = fields[c]!;
        const value = f.value.trim();
        if (value === '' || isMarker(value) || isPlaceholder(value) || /^[-–—*•·]+$|^n\/?a$/i.test(value)) continue;
        const at = start + f.start + (f.value.length - f.value.trimStart().length);
        spans.push({ start: at, end: at + value.length, label: 'password' });
      }
      start = rowNext < 0 ? text.length : rowNext + 1;
    }
  }
  return spans;
}

export const SECRET_TSV_COLUMN_FINDERS: readonly Finder[] = [{ name: 'secret-tsv-column', find: findTsvSecrets }];
