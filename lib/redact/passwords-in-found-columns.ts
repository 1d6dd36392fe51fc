import { neighbourLineStart } from './line-starts';
import type { SecretSpan } from './rules';
import { cells, notAPasswordCell, passwordCell, separatorOf, tablesAsPipes, type Cell } from './structured';

/**
 * AW's round: the other cells of a table's column where a rule has found one cell as a password. A sheet of logins
 * pasted with no header row ("| router admin | larsen_h | PhKQ4b^… |" over "| alarm panel | - | 853743 |" and "|
 * Proxmox root | zokafor | maple.meadow.cactus.31 |") names the password nowhere: the found one says what its column
 * holds. The rows around it (no blank line between, ASCII or box rules skipped, the same number of cells) are read as
 * a password column's rows are under a header (`passwordCell`): a password's shape, joined words, or digits where
 * the row names the lock or alarm they open. An empty cell, a dash, an identifier or a MAC address is left.
 */
const MAX_FOUND = 100;
const MAX_ROWS = 30;
const RULE_LINE = /^[ \t|:+=-]+$/;

interface RowAt {
  cells: Cell[];
  start: number;
  end: number;
}

function rowAt(text: string, lineStart: number, sep: string): RowAt | null {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 400) return null;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (line.trim() === '' || separatorOf(line) !== sep) return null;
  return { cells: cells(line, lineStart, sep), start: lineStart, end: lineEnd };
}

export function findPasswordsInFoundColumns(source: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!source.includes('|') && !source.includes('\t') && !/[│┃║]/.test(source)) return spans;
  const text = tablesAsPipes(source);
  let budget = MAX_FOUND;
  const seen = new Set<string>();
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    let lineEnd = text.indexOf('\n', found.start);
    if (lineEnd < 0) lineEnd = text.length;
    const sep = separatorOf(text.slice(lineStart, lineEnd));
    if (sep !== '|' && sep !== '\t') continue;
    const own = rowAt(text, lineStart, sep);
    if (!own) continue;
    const column = own.cells.findIndex((c) => c.start === found.start && c.end === found.end);
    // The found value must be a whole cell, and not the row's first: the first names what the row is for.
    if (column < 1 || seen.has(`${lineStart}:${column}`)) continue;
    seen.add(`${lineStart}:${column}`);
    for (const dir of [-1, 1] as const) {
      let at = lineStart;
      for (let i = 0; i < MAX_ROWS; i++) {
        at = neighbourLineStart(text, at, dir);
        if (at < 0) break;
        const lineEndHere = text.indexOf('\n', at);
        const line = text.slice(at, lineEndHere < 0 ? text.length : lineEndHere);
        if (RULE_LINE.test(line) && line.trim() !== '') continue;
        const row = rowAt(text, at, sep);
        if (!row || row.cells.length !== own.cells.length) break;
        seen.add(`${at}:${column}`);
        const c = row.cells[column]!;
        if (notAPasswordCell(row.cells, column) || taken.subarray(c.start, c.end).some((t) => t !== 0)) continue;
        if (!passwordCell(row.cells, column, sep)) continue;
        taken.fill(1, c.start, c.end);
        spans.push({ start: c.start, end: c.end, label: 'password' });
      }
    }
  }
  return spans;
}
