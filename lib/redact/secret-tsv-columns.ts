import type { Finder, SecretSpan } from './rules';
import { byValue } from './trigger-scan';
import { isMarker, isPlaceholder } from './values';

/**
 * A table pasted from a spreadsheet (fields split by tabs) whose header names a column as passwords, PINs or the code
 * of a lock: every value under it is a secret whatever it looks like ("9424", "blue-rocket-58-otter"), as in a
 * password manager's CSV (`password-csv.ts`). The column's name must say so: a password word, PIN in capitals
 * ("Till PIN", "SIM PIN"; not "PIN code", India's postal code), or a code named by what it opens ("Safe code",
 * "Door code", "Alarm code"); "Product code" or "Country code" name no secret. Rows follow the header while they
 * have as many fields as it. A Markdown table (fields between bars, its `|---|` row skipped) and a CSV export (fields
 * split by commas, a quoted field kept whole) are read the same for their columns of PINs and lock codes, where each
 * value is a code's digits (the password rules read password columns there by their values' shape); so is a column
 * named by the lock alone ("lockbox", "key safe", "padlock") in any of the three.
 */

const PASSWORD_COLUMN = /^(?:[\p{L}\p{N} ._-]{0,24}[ _-])?(?:password|passwort|passwd|pwd|passcode|contraseña|senha|mot de passe|wachtwoord|adgangskode|passord|lösenord|jelszó|parola|kennwort|clave|mdp|has[łl]o|heslo|geslo|lozinka|salasana|şifre|sifre|пароль|парола|лозинка|密码|密碼|パスワード|비밀번호)$/iu;
// A PIN column in any case ("till_pin", "Door PIN"); not "PIN code", India's postal code.
const PIN_COLUMN = /^(?:[\p{L}\p{N} ._-]{0,24}[ _-])?(?:pin|puk)\d?$/iu;
const LOCK_CODE_COLUMN =
  /^(?:[\p{L}\p{N} ._-]{0,16}[ _-])?(?:safe|door|gate|alarm|access|entry|lock|locker|padlock|keypad|key[ -]?safe|lock[ _-]?box|key[ _-]?box|mail[ _-]?box|post[ _-]?box|garage|supervisor|manager|override|till|register|wi-?fi|unlock|t[üu]r|tor|tresor|schloss|porte|portail|coffre|cadenas|puerta|port[óo]n|caja|candado|porta|port[ãa]o|cofre|cadeado|cancello|cassaforte|lucchetto|deur|poort|kluis|d[öo]rr|grind|sejf|drzwi|brama)[ _-]?(?:code|combo|combination|pin|kode|kod|kód|koodi|kood|kods|codice|c[óo]digo|codi)$/iu;
/** A code's word first, then the lock ("Code porte", "código puerta", "codice cancello"). */
const CODE_LOCK_COLUMN =
  /^(?:code|c[óo]digo|codice|codi|kod|kód)[ _-](?:(?:de|du|da|do|del|della|di)[ _-])?(?:porte|portail|coffre|cadenas|puerta|port[óo]n|caja|candado|porta|port[ãa]o|cofre|cadeado|cancello|cassaforte|lucchetto|alarme|alarma|allarme|drzwi|bramy|sejfu)$/iu;
/** A column named by the lock alone: its cells are codes only where they are a code's digits. */
const LOCK_ONLY_COLUMN = /^(?:lock[ _-]?box|key[ _-]?safe|key[ _-]?box|padlock|combination|combo|keypad)$/iu;
const CODE_DIGITS = /^\d{3,10}[#*]?$|^\d{1,2}(?:[-–]\d{1,2}){2,3}$/;

function isSecretColumn(name: string): boolean {
  const n = name.trim();
  return PASSWORD_COLUMN.test(n) || PIN_COLUMN.test(n) || LOCK_CODE_COLUMN.test(n) || CODE_LOCK_COLUMN.test(n) || LOCK_ONLY_COLUMN.test(n);
}

type Field = { value: string; start: number; end: number };

/** The fields of a line split by `sep`, with where each starts and ends in it; after a comma a quoted field is whole. */
function splitFields(line: string, sep: string): Field[] {
  const fields: Field[] = [];
  let at = 0;
  for (;;) {
    let from = at;
    if (sep === ',' && line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      if (close > 0) from = close;
    }
    const next = line.indexOf(sep, from);
    const end = next < 0 ? line.length : next;
    fields.push({ value: line.slice(at, end), start: at, end });
    if (next < 0) return fields;
    at = next + 1;
  }
}

/** A Markdown table's row: the fields between its bars, the outer bars dropped. */
function barFields(line: string): Field[] {
  const open = line.indexOf('|');
  const close = line.lastIndexOf('|');
  if (close <= open) return [];
  return splitFields(line.slice(open + 1, close), '|').map((f) => ({ value: f.value, start: f.start + open + 1, end: f.end + open + 1 }));
}

/** How a line's fields are split: tabs, a Markdown table's bars, or the commas or semicolons of a CSV header (no sentence). */
function separatorOf(line: string): '\t' | '|' | ',' | ';' | null {
  if (line.includes('\t')) return '\t';
  if (/^[ \t]*\|.*\|[ \t]*$/.test(line)) return '|';
  if (line.split(',').length >= 3 && !/[.!?:;](?:\s|$)/.test(line)) return ',';
  // The semicolons of a CSV written where the comma is the decimal mark (Excel in most of Europe).
  if (line.split(';').length >= 3 && !/[.!?:,](?:\s|$)/.test(line)) return ';';
  return null;
}

function fieldsOf(line: string, sep: '\t' | '|' | ',' | ';'): Field[] {
  return sep === '|' ? barFields(line) : splitFields(line, sep);
}

/** A Markdown table's rule below its header: `|---|:---:|`. */
const MARKDOWN_RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?\|?[ \t]*$/;

/** Words a secret column's header holds; a line without one is never split. */
const HEADER_WORD = /pass|pwd|pin|puk|code|c[óo]digo|codice|codi|kod|kód|koodi|kood|combo|combination|lock|safe|keypad|contraseña|senha|mot de passe|wachtwoord|lösenord|jelszó|parola/i;

/** A line's separator as a header, its names and the columns of secrets they name, or null where it heads no such table. */
function secretColumns(line: string): { sep: '\t' | '|' | ',' | ';'; names: Field[]; columns: number[] } | null {
  const sep = separatorOf(line);
  if (!sep) return null;
  const names = fieldsOf(line, sep);
  if (names.length < 2 || names.length > 40 || names.some((f) => f.value.length > 40 || /\d{3}/.test(f.value))) return null;
  // Split by tabs, any secret column; in a Markdown table or a CSV export (where the password rules read password
  // columns by their values' shape), the columns of PINs and lock codes, whose values are digits.
  const columns = names.flatMap((f, i) => (isSecretColumn(f.value) && (sep === '\t' || !PASSWORD_COLUMN.test(f.value.trim())) ? [i] : []));
  return columns.length === 0 ? null : { sep, names, columns };
}

function findTsvSecrets(text: string): SecretSpan[] {
  if (!text.includes('\t') && !text.includes('|') && !text.includes(',') && !text.includes(';')) return [];
  const spans: SecretSpan[] = [];
  // What each line says as a header, read once per text: a long table or export repeats its header lines.
  const headOf = byValue(secretColumns);
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = next < 0 ? text.length : next + 1;
    if (line.length > 600 || !HEADER_WORD.test(line)) continue;
    const head = headOf(line);
    if (head === null) continue;
    const { sep, names, columns } = head;
    // A Markdown table's rule line under its header.
    if (sep === '|') {
      const ruleNext = text.indexOf('\n', start);
      if (MARKDOWN_RULE.test(text.slice(start, ruleNext < 0 ? text.length : ruleNext))) start = ruleNext < 0 ? text.length : ruleNext + 1;
    }
    // The rows under the header.
    while (start < text.length) {
      const rowNext = text.indexOf('\n', start);
      const rowEnd = rowNext < 0 ? text.length : rowNext;
      const row = text.slice(start, rowEnd).replace(/\r$/, '');
      if (row.trim() === '' || row.length > 2000) break;
      const fields = fieldsOf(row, sep);
      if (fields.length !== names.length) break;
      for (const c of columns) {
        const f = fields[c]!;
        const value = f.value.trim();
        if (value === '' || isMarker(value) || isPlaceholder(value) || /^[-–—*•·]+$|^n\/?a$/i.test(value)) continue;
        if ((sep !== '\t' || LOCK_ONLY_COLUMN.test(names[c]!.value.trim())) && !CODE_DIGITS.test(value)) continue;
        const at = start + f.start + (f.value.length - f.value.trimStart().length);
        spans.push({ start: at, end: at + value.length, label: 'password' });
      }
      start = rowNext < 0 ? text.length : rowNext + 1;
    }
  }
  return spans;
}

export const SECRET_TSV_COLUMN_FINDERS: readonly Finder[] = [{ name: 'secret-tsv-column', find: findTsvSecrets }];
