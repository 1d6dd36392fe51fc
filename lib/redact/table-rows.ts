/** A row of a table's body: its text (without a carriage return), where it starts and where its line ends. */
export interface TableRow {
  line: string;
  start: number;
  end: number;
}

/**
 * The rows of a table's body after its header line, which ends at `lineEnd`: at most 500 of them, up to the first
 * blank line. The readers of password columns (`structured.ts`) and of identity-number columns (`national-ids.ts`)
 * share it; each stops earlier where a row's cells stop matching its header.
 */
export function* tableRows(text: string, lineEnd: number): Generator<TableRow> {
  let at = lineEnd + 1;
  for (let row = 0; row < 500 && at < text.length; row++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (line.trim() === '') return;
    yield { line, start: at, end };
    at = end + 1;
  }
}
