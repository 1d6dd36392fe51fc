import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * CB's round: a dial's combination, each number with the way the dial turns ("Safe in the office: 14 left, 38 right,
 * 07 left", "padlock: 22 R, 4 L, 31 R"). Three or four numbers of one or two digits, the turns alternating, separated
 * by commas, semicolons, slashes or "then", two of the numbers of two digits; a safe's, a lock's, a dial's or a combination's word must stand within 100
 * characters before or after, as a route's turns ("2 left, 3 right") have none.
 */
const TURN = String.raw`(?:left|right|L|R)`;
const STEP = String.raw`\d{1,2}[ \t]*(${TURN})`;
const SEP = String.raw`[ \t]*(?:[,;/]|then|,[ \t]*then)[ \t]*`;
const DIAL: RegexRule = {
  name: 'dial-combination',
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}.,:/-])${STEP}${SEP}${STEP}${SEP}${STEP}(?:${SEP}${STEP})?(?![\p{L}\p{N}])`, 'dgiu'),
  judge(m, text) {
    const turns = [m[1], m[2], m[3], m[4]].filter((t): t is string => t !== undefined).map((t) => t[0]!.toLowerCase());
    for (let i = 1; i < turns.length; i++) if (turns[i] === turns[i - 1]) return null;
    // Two numbers of two digits at least: a route's turns are counted in ones ("2 left, 3 right, 1 left").
    if ((m[0].match(/(?<!\d)\d\d(?!\d)/g) ?? []).length < 2) return null;
    const around = text.slice(Math.max(0, m.index - 100), Math.min(text.length, m.index + m[0].length + 100));
    if (!LOCK_WORD.test(around)) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'password' };
  },
};
const LOCK_WORD = /(?<![\p{L}])(?:safe|safes|lock|locks|padlock|dial|combination|combo|combi|strongbox|lockbox|locker|vault|tresor|coffre|caja[ \t]+fuerte|cassaforte)(?![\p{L}])/iu;

export const DIAL_COMBINATION_FINDERS: readonly Finder[] = [windowedFinder(DIAL, /left|right|\d[ \t]?[LR](?![\p{L}])/giu, 20, 60)];
