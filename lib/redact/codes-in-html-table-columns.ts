import type { Finder, SecretSpan } from './rules';

/**
 * BJ's round: an HTML table (`<tr><th>…</th>…</tr>` then `<tr><td>…</td>…</tr>`) with a column of a card's security
 * codes or of PINs: each row's cell of three to eight digits under a header that names one ("cvc", "CVV", "CSC",
 * "security code", "PIN", "passcode", "card code"). A card sheet pasted from a web page or a mail keeps its numbers
 * so; the card's own cell is the card rules'. An order's, a product's or a country's code column has none of these
 * headers, and a cell of other than digits is not read.
 */
const CODE_HEADER =
  /^(?:cvc2?|cvv2?|cid|csc|cav2|security[ \t_-]?code|card[ \t_-]?code|verification[ \t_-]?(?:code|value)|pin|pins|pin[ \t_-]?code|passcode|nip|pin[ \t_-]?number)$/i;
const CELL = /<(t[hd])\b[^>]{0,200}>([^<]{0,200})<\/t[hd]>/gi;
const MAX_TABLE_TEXT = 200_000;

function findCodesInHtmlTableColumns(text: string): SecretSpan[] {
  if (text.length > MAX_TABLE_TEXT || !/<th\b/i.test(text) || !/<td\b/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  let codeColumns: number[] = [];
  const lower = text.toLowerCase();
  // Rows by plain searches, each from where the last row closed: one pass over the text.
  for (let open = lower.indexOf('<tr', 0); open >= 0; ) {
    const close = lower.indexOf('</tr>', open);
    if (close < 0) break;
    const rowStart = open;
    const body = text.slice(open, close);
    open = lower.indexOf('<tr', close + 5);
    const cells: { kind: string; value: string; start: number }[] = [];
    CELL.lastIndex = 0;
    for (let c: RegExpExecArray | null; (c = CELL.exec(body)); ) {
      cells.push({ kind: c[1]!.toLowerCase(), value: c[2]!, start: rowStart + c.index + c[0].indexOf('>') + 1 });
    }
    if (cells.length === 0) continue;
    // A header row names the columns anew; a row of data cells is read under the last header row.
    if (cells.every((c) => c.kind === 'th')) {
      codeColumns = cells.flatMap((c, i) => (CODE_HEADER.test(c.value.trim()) ? [i] : []));
      continue;
    }
    for (const i of codeColumns) {
      const cell = cells[i];
      if (!cell || cell.kind !== 'td') continue;
      const digits = /^([ \t]*)(\d{3,8})[ \t]*$/.exec(cell.value);
      if (!digits) continue;
      const start = cell.start + digits[1]!.length;
      spans.push({ start, end: start + digits[2]!.length, label: 'card number' });
    }
  }
  return spans;
}

export const CODES_IN_HTML_TABLE_COLUMN_FINDERS: readonly Finder[] = [
  { name: 'codes-in-html-table-columns', find: findCodesInHtmlTableColumns },
];
