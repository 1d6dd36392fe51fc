import { LOCK_WORD } from './codes-after-locks';
import type { Finder, SecretSpan } from './rules';

/**
 * BK's round: a combination lock's numbers, as a dial is set: three or four numbers of one or two digits joined by
 * slashes, hyphens or single spaces (BM's round: or a comma and a space, "padlock on the gate: 12, 40, 07", a fifth
 * number after them keeping it a list) ("padlock on the bin store = 26/35/31", "lock for the shed -> 28 22 2", "the
 * key safe is 16/11/03"), after a padlock's, a combination lock's, a lock's or a key safe's word (the lock words of
 * codes-after-locks.ts, some forty languages) and a few words naming where it is, then a colon, an equals sign, an
 * arrow or "is". Such numbers say nothing else there: no date or score is given as what a lock "is". A date's own
 * words right before them ("on", "since", "until", "updated") keep them; "combination" alone is a lottery's or a
 * team's as often ("the winning combination: 4 8 15"). BR's round: the words between stay in the lock's sentence: "…
 * bring your own padlock. Sort code is 40-11-62" gave a bank's branch as the padlock's numbers.
 */
/**
 * BV's round: a lock's plain word in languages whose word also names other things (German "Schloss", a castle too;
 * Turkish "kilit", "kilidi"; Russian "замок", a castle too), read only before dotted numbers of two digits that make no
 * date ("Des Schloss vom Fahrradkeller is auf 39.72.96", "Deponun kilidi 86.51.42 oldu").
 */
const DOTTED_ONLY_LOCK_WORD = String.raw`schlo(?:ss|ß)|kilid\p{L}*|kilit\p{L}*|замок|замк\p{L}*`;
const DOTTED_ONLY = new RegExp(`^(?:${DOTTED_ONLY_LOCK_WORD})`, 'iu');

const DIAL = new RegExp(
  String.raw`(?<![\p{L}])(?:${LOCK_WORD}|lock|lock-?up|${DOTTED_ONLY_LOCK_WORD})(?![\p{L}])([^\n\d:=→⟶.!?]{0,48}?)[ \t]*(?::|=|->|→|⟶|(?<![\p{L}])(?:is|was|reads|set[ \t]+to|now)(?:[ \t]+on)?(?![\p{L}])|(?:[ \t]on|,)?(?=[ \t]+\d\d\.\d\d\.\d\d(?!\.?\d)))[ \t]*(\d{1,2}([ /.-]|,[ \t])\d{1,2}\3\d{1,2}(?:\3\d{1,2})?)(?![\p{N}]|[/.:-]\d|,?[ \t]\d)`,
  'dgiu',
);
const DOTTED_DATE_WORD_BEFORE = /(?<![\p{L}])(?:since|until|updated|dated|date|expires?|expiry|valid)[ \t]*$/iu;
/** A dial is set "on" its numbers as a lock "is on" them: no date follows "is on" after a lock's word. */
const SET_ON = /(?<![\p{L}])(?:is|was|set|stays?|left|now)[ \t]+on[ \t]*$/iu;
const VERSION_WORD = /(?<![\p{L}])(?:version|v|release|build|sdk|firmware|update|package|library|file)(?![\p{L}])/iu;
const DATE_WORD_BEFORE = /(?<![\p{L}])(?:on|since|until|till|from|by|updated|changed|dated|date|expires?|expiry|valid)[ \t]*$/iu;

/**
 * BU's round: a dial's numbers joined by middle dots (`23·21·37`), read with no lock's word: neither a date, a time, a
 * score nor a price is written with middle dots between numbers of two digits, while a combination is ("the shed is
 * 34·16·32 and you spin it left first", "me: 14·18·10", "El candado está en 23·21·37"). Three or four numbers, each
 * up to 99, one of two digits at least; a date's word right before keeps them.
 */
const DOTTED_DIAL = /(?<![\p{N}\p{L}·.,:/-])(\d{1,2}[·•∙]\d{1,2}[·•∙]\d{1,2}(?:[·•∙]\d{1,2})?)(?![\p{N}·•∙]|[.,:/-]\d)/gu;

/**
 * BV's round: dotted numbers said before the lock they open ("03.00.03 on the new padlock", "the old 24.26.82
 * combination"), each of two digits.
 */
const DOTTED_BEFORE_LOCK = /(?<![\p{N}.,:/-])(\d\d\.\d\d\.\d\d)(?![\p{N}]|\.\d)[ \t]+(?:on[ \t]+(?:the|my|our|its|a)[ \t]+(?:(?:new|old|green|red|blue|black|little|big|small|bike|shed|gate|unit)[ \t]+)?(?:padlock|lock|combination[ \t]+lock|lockbox|key[ \t]?safe)|combination)(?![\p{L}])/giu;

function findCombinationDials(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (/\d\d\.\d\d\.\d\d/.test(text)) {
    DOTTED_BEFORE_LOCK.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DOTTED_BEFORE_LOCK.exec(text)); ) spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'password' });
  }
  if (/\d[·•∙]\d/.test(text)) {
    DOTTED_DIAL.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DOTTED_DIAL.exec(text)); ) {
      const numbers = m[1]!.split(/[·•∙]/);
      if (!numbers.some((n) => n.length === 2) || new Set(m[1]!.replace(/\d/g, '')).size !== 1) continue;
      // "on" and "from" stand before a dial's setting as before a date ("the padlock is on 10·10·38", "went from …").
      if (DOTTED_DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      spans.push({ start: m.index, end: m.index + m[1]!.length, label: 'password' });
    }
  }
  DIAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIAL.exec(text)); ) {
    const [start, end] = m.indices![2]!;
    const before = text.slice(Math.max(0, start - 12), start);
    // BV's round: dots join a dial's numbers too ("the shed padlock is on 24.02.39", "lock on the trailer: 28.45.83"),
    // each of two digits as a dial is read, not after a version's, a package's or a release's word. Numbers that make
    // a date keep "on" a date's word unless a lock "is" on them ("padlock on 12.05.23" may say when it was bought);
    // others ("padlock on 68.00.59") are no date.
    const dotted = m[3] === '.';
    // Numbers joined otherwise than by dots are read as a date might be, as before.
    const dateLike = !dotted || (Number(m[2]!.slice(0, 2)) <= 31 && Number(m[2]!.slice(3, 5)) >= 1 && Number(m[2]!.slice(3, 5)) <= 12);
    if (DOTTED_ONLY.test(m[0]) && dateLike) continue;
    if (dotted) {
      const numbers = m[2]!.split('.');
      if (!numbers.every((n) => n.length === 2) || VERSION_WORD.test(text.slice(Math.max(0, m.index - 20), m.index) + m[0])) continue;
    }
    // With no link ("unit padlock 36.20.60", "the green padlock, 00.97.18"), only numbers that make no date.
    if (dotted && dateLike && !/(?::|=|->|→|⟶|is|was|reads|now|set[ \t]+to)(?:[ \t]+on)?[ \t]*$/iu.test(before)) continue;
    if (dateLike && DATE_WORD_BEFORE.test(before) && !SET_ON.test(before)) continue;
    if (/(?<![\p{L}])(?:since|until|dated?|updated)(?![\p{L}])/iu.test(m[1]!)) continue;
    // Each number a dial's: up to 99, as padlocks' dials run 0-39 or 0-59 and a safe's 0-99 (BM's round; BK's rule
    // stopped at 59 and left a safe's 80 or 71); one of two digits at least, as a team's
    // formation ("the combination is 4-4-2") has none.
    const numbers = m[2]!.split(/,?[ \t]|[/.-]/);
    if (numbers.some((n) => Number(n) > 99) || !numbers.some((n) => n.length === 2)) continue;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const COMBINATION_DIAL_FINDERS: readonly Finder[] = [{ name: 'combination-dials', find: findCombinationDials, trigger: /\d[·•∙]\d|lock|combination|schlo|kilid|kilit|замок|замк|cadeado|safe|cadenas|candado|lucchetto|tresor|k[łl][óo]dk|sejf|l[åa]s|lukko|lakat|kluis|slot|cofre|coffre|kass|kasa|сейф|замок|λουκ|asma/i }];
