import type { Finder, SecretSpan } from './rules';
import { byValue } from './trigger-scan';
import { isMarker, isPlaceholder } from './values';

/**
 * A password manager's CSV export (Bitwarden, 1Password, KeePass, Chrome, Firefox): every value in the column whose
 * header names the password, or the TOTP seed, is a secret whatever it looks like ("hunter2", a passphrase of plain
 * words). The header must be a CSV line of short field names with the password column named exactly
 * (`login_password`, `Password`, `"Password"`); `password_hash` or `password_changed_at` name no password.
 * Rows follow the header while they have as many fields as it.
 * BG's round: the seed's column named `otp` (Google Authenticator's, Strongbox's exports: `title,username,otp`) or
 * `totp_secret`, `2fa_seed`, `mfa_key`.
 */

const SECRET_COLUMN = /^(?:login_)?(?:password|passwort|pwd|senha|contraseña|mot de passe|wachtwoord|totp|otpauth|otp ?auth|otp|(?:t?otp|2fa|mfa)[ _-]?(?:secret|seed|key))$/i;
/**
 * A PIN's column, as a till's, a door system's or a phone list's import names it (`pin`, `staff_pin`, `PIN code`,
 * `passcode`, `puk`): its cells are PINs where they are four to eight digits (a chip's pin table numbers its pins 1 to
 * 40, which no PIN is).
 */
const PIN_COLUMN = /^(?:(?:staff|user|employee|member|login|card|sim|door|till|pos|clerk|cashier|operator)[ _-]?)?(?:pin|pin[ _-]?code|pincode|passcode|puk)$/i;

/** The fields of one CSV line: commas outside double quotes split; quotes are dropped, "" is a quote. */
function csvFields(line: string): { value: string; start: number; end: number }[] {
  const fields: { value: string; start: number; end: number }[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let end = at + 1;
      while (end < line.length && !(line[end] === '"' && line[end + 1] !== '"')) end += line[end] === '"' ? 2 : 1;
      fields.push({ value: line.slice(at + 1, end).replace(/""/g, '"'), start: at + 1, end });
      const comma = line.indexOf(',', end);
      at = comma < 0 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      fields.push({ value: line.slice(at, end), start: at, end });
      at = end + 1;
    }
  }
  return fields;
}

/** The field count and secret columns of a header line; no columns when the line is no CSV header. */
function header(line: string): { width: number; columns: number[]; pins: number[] } {
  if (line.length > 600 || !line.includes(',')) return { width: 0, columns: [], pins: [] };
  const fields = csvFields(line.trim());
  if (fields.length < 3 || fields.length > 40 || fields.some((f) => f.value.length > 40)) return { width: 0, columns: [], pins: [] };
  return {
    width: fields.length,
    columns: fields.flatMap((f, i) => (SECRET_COLUMN.test(f.value.trim()) ? [i] : [])),
    pins: fields.flatMap((f, i) => (PIN_COLUMN.test(f.value.trim()) ? [i] : [])),
  };
}

function findCsvPasswords(text: string): SecretSpan[] {
  const lower = text.toLowerCase();
  if (!lower.includes(',')) return [];
  const spans: SecretSpan[] = [];
  const seen = new Set<number>();
  // What each header line says, read once per text: an export repeats its header lines.
  const headOf = byValue(header);
  for (const word of ['password', 'passwort', 'pwd', 'senha', 'otp', 'pin', 'passcode', 'puk']) {
    for (let hit = lower.indexOf(word); hit >= 0; ) {
      const lineStart = lower.lastIndexOf('\n', hit) + 1;
      const lineEnd = lower.indexOf('\n', hit);
      const end = lineEnd < 0 ? text.length : lineEnd;
      if (!seen.has(lineStart)) {
        seen.add(lineStart);
        const line = text.slice(lineStart, end);
        readRows(text, end, headOf(line), spans);
      }
      // One look per line: the next hit is searched after this line, so a long line is never scanned twice.
      hit = lineEnd < 0 ? -1 : lower.indexOf(word, lineEnd);
    }
  }
  return spans;
}

/** The rows after a header that ends at `from`: each secret column's value, while the lines have the header's width. */
function readRows(text: string, from: number, { width, columns, pins }: { width: number; columns: number[]; pins: number[] }, spans: SecretSpan[]): void {
  if (columns.length === 0 && pins.length === 0) return;
  for (let start = from + 1; start > 0 && start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() === '' || line.length > 2000) return;
    const fields = csvFields(line);
    if (fields.length !== width) return;
    for (const c of [...columns, ...pins]) {
      const f = fields[c]!;
      const value = f.value.trim();
      if (value === '' || isMarker(value) || isPlaceholder(value)) continue;
      if (!columns.includes(c) && !/^\d{4,8}$/.test(value)) continue;
      // The span is the field as written (a quoted field's "" is one quote in the value, two in the text).
      const raw = line.slice(f.start, f.end);
      const at = start + f.start + (raw.length - raw.trimStart().length);
      spans.push({ start: at, end: at + raw.trim().length, label: 'password' });
    }
    start = next < 0 ? -1 : next + 1;
  }
}

export const PASSWORD_CSV_FINDERS: readonly Finder[] = [{ name: 'password-csv-column', find: findCsvPasswords }];
