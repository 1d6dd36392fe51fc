import type { Finder, SecretSpan } from './rules';

/**
 * AY's round: a board of codes written as a place, a leader and the number ("Loading Dock … 0437 + enter", "Bin Store
 * … 1534 then ✓", "• Key Safe .... 2405"), three lines or more in a row, as dispatch boards and shift-change lists
 * print them. One line alone could be a phone extension or a price; the board is a sheet of codes when one of its
 * lines carries a keypad's mark after the number (`#`, `*`, "+ enter", "then ✓") or two of its places name a lock
 * (door, gate, padlock, key safe, lockbox, alarm, safe). Then every line's number is a code. A place that names
 * another kind of number (a phone's, a price's, a count's) is left.
 */
const LEADER_LINE =
  /^[ \t]*(?:[*•·▪‣-][ \t]+)?([\p{L}\p{N}][\p{L}\p{N} &'’/()-]{0,40}?)[ \t]*(?:…+|\.{2,})[ \t]*(\d{4,8})([ \t]*(?:[#*]|\+[ \t]*enter|then[ \t]+(?:✓|✔|enter|tick|ok|#|\*)))?[ \t]*$/dgimu;
const LOCK_WORD = /(?<![\p{L}])(?:door|gate|padlock|lock|lockbox|key[ \t]?safe|keysafe|alarm|safe|shutter)(?![\p{L}])/iu;
const OTHER_NUMBER =
  /(?<![\p{L}])(?:phone|tel|mobile|cell|fax|ext|extension|price|cost|total|rent|fee|count|qty|quantity|capacity|page|order|invoice|ref|ticket|account|year|version|port)\.?$/iu;

interface Row {
  lineStart: number;
  lineEnd: number;
  start: number;
  end: number;
  marked: boolean;
  lock: boolean;
}

function flush(rows: Row[], spans: SecretSpan[]): void {
  if (rows.length >= 3 && (rows.some((r) => r.marked) || rows.filter((r) => r.lock).length >= 2)) {
    for (const r of rows) spans.push({ start: r.start, end: r.end, label: 'password' });
  }
}

function findCodesOnLeaderLines(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let rows: Row[] = [];
  LEADER_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEADER_LINE.exec(text)); ) {
    const place = m[1]!.trim();
    const [start] = m.indices![2]!;
    const row: Row = { lineStart: m.index, lineEnd: m.index + m[0].length, start, end: start + m[2]!.length, marked: m[3] !== undefined, lock: LOCK_WORD.test(place) };
    // A board's lines follow one another: a line between ends it.
    const last = rows[rows.length - 1];
    if (last && text.slice(last.lineEnd, row.lineStart) !== '\n') {
      flush(rows, spans);
      rows = [];
    }
    if (OTHER_NUMBER.test(place)) {
      flush(rows, spans);
      rows = [];
      continue;
    }
    rows.push(row);
  }
  flush(rows, spans);
  return spans;
}

export const CODES_ON_LEADER_LINES_FINDERS: readonly Finder[] = [{ name: 'codes-on-leader-lines', find: findCodesOnLeaderLines, trigger: /…|\.\.\d|\.\.[ \t]+\d/ }];
