import type { Finder, SecretSpan } from './rules';

/**
 * A safe's or a lock's combination, given with the word "combination" in a language's spelling ("New combination:
 * 786483", "la combinaison est 12-34-56", "Kombination 4471", "combinación del candado: 9021", "шифр сейфа 5530"),
 * where the text names a safe, a lock, a vault or a locker within a few lines before or on the same line ("Cash office
 * safe combination changed" as a ticket's title above it). The value is three to eight digits, or two to four groups
 * of one or two digits a dial's turns make ("12-34-56", "L12 R34 L56"). A combination of things ("a combination of 3
 * colours") has "of" after the word and no value right after it.
 */
const COMBINATION =
  /(?<![\p{L}])(?:combination|combo|kombination|combinaison|combinaci[óo]n|combinazione|combina[çc][ãa]o|combinatie|kombinacj[ai]|kombinace|kombin[aá]ci[óo]|шифр|комбинаци[яю]|組み合わせ|组合|密码组合|번호 조합)(?![\p{L}])[ \t]*(?:(?:is|was|ist|est|es|è|é|is now|now)[ \t]+|[:：=\-–—][ \t]*)?["'“«]?((?:[LR]?\d{1,2}(?:[ \t]*[-–,/][ \t]*|[ \t]+)){1,3}[LR]?\d{1,2}|\d{3,8})(?![\p{L}\p{N}]|[.,:/-]\d)/giu;
/**
 * BD's round: the combination said to be on or for a place ("combination on the archive room box: 03-09-05",
 * "combination for the bike shed is 4-18-27"): the place it opens is named in the sentence, so no lock's word need
 * stand near. The verb or a colon must follow the place; "a combination of" is left.
 */
const COMBINATION_ON_A_PLACE =
  /(?<![\p{L}])(?:combination|combo|kombination|combinaison|combinaci[óo]n|combinazione|combina[çc][ãa]o|combinatie)[ \t]+(?:on|for|to|of[ \t]+the[ \t]+lock[ \t]+on|f[üu]r|pour|para|per|voor)[ \t]+(?:(?:the|my|our|that|this|den|die|das|la|le|el|il|o|a|de)[ \t]+)?[\p{L}\p{N}'’ -]{1,40}?[ \t]*(?:[:：=]|[ \t](?:is|was|ist|est|es|è|é)(?:[ \t]+now)?)[ \t]*["'“«]?((?:\d{1,2}[ \t]*[-–/][ \t]*){2,3}\d{1,2}|\d{3,8})(?![\p{L}\p{N}]|[.,:/-]\d)/giu;

/**
 * BF's round: a dial's three turns given to a place a padlock closes, with no word for a combination ("the cage =
 * 35-33-38", "the van is 10-25-12", "the shed: 4-18-27"): a place that locks, then "is", "=" or a colon, then three
 * groups of one or two digits ending the clause. A date is said of an event ("the delivery is 13-03-26"), not of a
 * cage, a van or a locker.
 * BG's round: the turns split by slashes or single spaces as well ("lock on the tool chest : 27/09/23", "the bike
 * shed is 0 16 11"), one separator throughout.
 * BI's round: an arrow for the colon ("the bike cage -> 34 24 37"), the dial "on" its turns ("the padlock on the
 * cabinet is on 7 45 31"), and a box among the places.
 */
const DIAL_ON_A_LOCKED_PLACE =
  /(?<![\p{L}])(?:cage|locker|padlock|shed|van|ute|gate|trailer|chest|container|cabinet|cupboard|box|bike[ \t]+lock|lock|lock[ \t]?box)[ \t]*(?:[:=]|->|=>|→|is(?:[ \t]+(?:now|still|on|set[ \t]+to))?)[ \t]*(\d{1,2}(?:-\d{1,2}-|\/\d{1,2}\/| \d{1,2} )\d{1,2})(?![\d/-])(?=[ \t]*(?:$|\r?\n|[.,;!)]))/giu;

/** What a combination opens, named near it. */
const LOCKED =
  /(?<![\p{L}])(?:safe|safes|vault|lock|locks|padlock|locker|lockbox|key[ \t-]?(?:safe|box)|strongbox|tresor|coffre(?:-fort)?|cadenas|caja[ \t]+fuerte|candado|cassaforte|lucchetto|cofre|cadeado|kluis|hangslot|sejf|k[łl][óo]dk\p{L}*|trezor|zámek|сейф\p{L}*|замок|замка|замке|замком|金庫|保险箱|保險箱|锁|鎖|금고|자물쇠)(?![\p{L}])/iu;

function findCombinations(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{2}/.test(text)) return spans;
  COMBINATION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COMBINATION.exec(text)); ) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    // The lines just before (a ticket's title, a heading) and the word's own line up to the value.
    const before = text.slice(Math.max(0, m.index - 200), start);
    if (!LOCKED.test(before.slice(Math.max(0, before.lastIndexOf('\n\n'))))) continue;
    if (/^(\d)\1+$/.test(value)) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  COMBINATION_ON_A_PLACE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COMBINATION_ON_A_PLACE.exec(text)); ) {
    const value = m[1]!;
    if (/^(\d)\1+$/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  DIAL_ON_A_LOCKED_PLACE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIAL_ON_A_LOCKED_PLACE.exec(text)); ) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const SAFE_COMBINATION_FINDERS: readonly Finder[] = [{ name: 'safe-combinations', find: findCombinations }];
