/** Output of the DOM-to-text walker (text-walker.ts): the writer that lays text out, and the clean-ups after it. */

/** Accumulates output with pending line/paragraph breaks and line prefixes (list indentation, quotes). */
export class TextWriter {
  private out = '';
  private pendingBreak = 0;
  private pendingSpace = false;
  private marker: string | null = null;
  private prefixes: string[] = [];
  private atLineStart = true;

  get isEmpty(): boolean {
    return this.out.length === 0 && this.marker === null;
  }

  pushPrefix(prefix: string, firstLineMarker?: string): void {
    this.prefixes.push(prefix);
    if (firstLineMarker !== undefined) this.marker = firstLineMarker;
  }

  popPrefix(): void {
    this.prefixes.pop();
    this.marker = null;
  }

  breakLine(level: 1 | 2): void {
    if (this.out.length === 0) return;
    if (level > this.pendingBreak) this.pendingBreak = level;
    this.pendingSpace = false;
  }

  private startContent(): void {
    if (this.pendingBreak > 0 && this.out.length > 0) {
      this.out += '\n'.repeat(this.pendingBreak);
      this.atLineStart = true;
    }
    this.pendingBreak = 0;
    if (this.atLineStart) {
      const prefix = this.prefixes.join('');
      if (this.marker !== null) {
        this.out += prefix.slice(0, prefix.length - this.prefixes[this.prefixes.length - 1]!.length) + this.marker;
        this.marker = null;
      } else this.out += prefix;
      this.atLineStart = false;
      this.pendingSpace = false;
    } else if (this.pendingSpace) {
      this.out += ' ';
      this.pendingSpace = false;
    }
  }

  /** Inline text: runs of whitespace collapse to one space. */
  inline(text: string): void {
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (collapsed === ' ' && !this.atLineStart && this.pendingBreak === 0) this.pendingSpace = true;
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    const core = collapsed.trim();
    if (leading && !this.atLineStart && this.pendingBreak === 0) this.pendingSpace = true;
    this.startContent();
    this.out += core;
    if (trailing) this.pendingSpace = true;
  }

  /** Verbatim lines (code, pre-wrap text): every line gets the current prefix. */
  lines(text: string): void {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        this.out += '\n';
        this.atLineStart = true;
      }
      this.startContent();
      this.out += line;
    });
  }

  toString(): string {
    return this.out;
  }
}

/** Final clean-up: trailing spaces, at most one blank line in a row, trimmed ends. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Drops blank edge lines and the indentation every line shares (a formatter's re-indent). */
export function dedent(text: string): string {
  const lines = text.replace(/\u00a0/g, ' ').replace(/\t/g, '    ').split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  let indent = Infinity;
  for (const line of lines) if (line.trim()) indent = Math.min(indent, indentOf(line));
  if (!Number.isFinite(indent)) indent = 0;
  // A formatter that wrapped text right after the opening tag leaves line 1 flush and the rest deeply indented.
  let restIndent = Infinity;
  for (const line of lines.slice(1)) if (line.trim()) restIndent = Math.min(restIndent, indentOf(line));
  const rewrapped = indent === 0 && indentOf(lines[0] ?? '') === 0 && Number.isFinite(restIndent) && restIndent >= 8;
  return lines
    .map((line, i) => (line.trim() ? line.slice(rewrapped && i > 0 ? restIndent : indent).trimEnd() : ''))
    .join('\n');
}
