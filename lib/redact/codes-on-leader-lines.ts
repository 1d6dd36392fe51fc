import { CODE_PLACE } from './passwords-in-found-lists';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import type { Finder, SecretSpan } from './rules';

/**
 * AY's round: a board of codes written as a place, a leader and the number ("Loading Dock … 0437 + enter", "Bin Store
 * … 1534 then ✓", "• Key Safe .... 2405"), three lines or more in a row, as dispatch boards and shift-change lists
 * print them. One line alone could be a phone extension or a price; the board is a sheet of codes when one of its
 * lines carries a keypad's mark after the number (`#`, `*`, "+ enter", "then ✓") or two of its places name a lock
 * (door, gate, padlock, key safe, lockbox, alarm, safe). Then every line's number is a code. A place that names
 * another kind of number (a phone's, a price's, a count's) is left.
 *
 * BD's round: a handover's board mixes the logins with the codes ("EPOS ......... office / Kestrel#42", "back room
 * door ... 5393", "office wifi .. Meadow-Russet-82"). A line whose value has a strong password's shape counts as a row
 * of the board and says it is a sheet of secrets: then a number whose place names what a code opens (a door, a
 * cabinet, a store, a gate …) is a code too, one lock word or none; and where the board's numbers are codes, its
 * logins' passwords are secrets as well.
 */
const LEADER_LINE =
  /^[ \t]*(?:[*•·▪‣-][ \t]+)?([\p{L}\p{N}][\p{L}\p{N} &'’/()-]{0,40}?)[ \t]*(?:…+|\.{2,})[ \t]*([^\s.…][^\n]{0,80})$/dgmu;
const CODE_VALUE = /^(\d{4,8})([ \t]*(?:[#*]|\+[ \t]*enter|then[ \t]+(?:✓|✔|enter|tick|ok|#|\*)))?[ \t]*\r?$/u;
/** A login's value: the password alone or after its user and a slash ("office / Kestrel#42"). */
const LOGIN_VALUE = /^(?:[\w.@+-]{1,40}[ \t]*\/[ \t]*)?(\S{8,64})[ \t]*\r?$/du;
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
  /** The place names what a code opens. */
  place: boolean;
  /** A login's row: no number, a password's shape. */
  login: boolean;
}

function flush(rows: Row[], spans: SecretSpan[]): void {
  if (rows.length < 3) return;
  const codes = rows.filter((r) => !r.login);
  const board = codes.some((r) => r.marked) || codes.filter((r) => r.lock).length >= 2;
  const logins = rows.some((r) => r.login);
  let any = false;
  for (const r of codes) {
    if (!board && !(logins && r.place)) continue;
    spans.push({ start: r.start, end: r.end, label: 'password' });
    any = true;
  }
  // A board of codes is a sheet of secrets: its logins' passwords are secrets too.
  if (any) for (const r of rows) if (r.login) spans.push({ start: r.start, end: r.end, label: 'password' });
}

function findCodesOnLeaderLines(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let rows: Row[] = [];
  LEADER_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEADER_LINE.exec(text)); ) {
    const place = m[1]!.trim();
    const [valueAt] = m.indices![2]!;
    const code = CODE_VALUE.exec(m[2]!);
    const login = code ? null : LOGIN_VALUE.exec(m[2]!);
    const lineEnd = m.index + m[0].length;
    // A board's lines follow one another: a line between ends it.
    const last = rows[rows.length - 1];
    if (last && !/^\r?\n$/.test(text.slice(last.lineEnd, m.index))) {
      flush(rows, spans);
      rows = [];
    }
    if (code && !OTHER_NUMBER.test(place)) {
      const start = valueAt;
      rows.push({ lineStart: m.index, lineEnd, start, end: start + code[1]!.length, marked: code[2] !== undefined, lock: LOCK_WORD.test(place), place: CODE_PLACE.test(place), login: false });
    } else if (login && strongPasswordShaped(login[1]!)) {
      const start = valueAt + login.indices![1]![0];
      rows.push({ lineStart: m.index, lineEnd, start, end: start + login[1]!.length, marked: false, lock: false, place: false, login: true });
    } else {
      flush(rows, spans);
      rows = [];
    }
  }
  flush(rows, spans);
  return spans;
}

export const CODES_ON_LEADER_LINES_FINDERS: readonly Finder[] = [{ name: 'codes-on-leader-lines', find: findCodesOnLeaderLines, trigger: /…|\.\.\d|\.\.[ \t]+\d/ }];
