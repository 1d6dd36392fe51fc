import type { Finder, SecretSpan } from './rules';

/**
 * BF's round: a code told by saying that a place opens with it, in the languages' own words, with no word for a code:
 * "la cart depot abre con 7422", "la goal frame store s'ouvre avec 84292", "a pumping room se otvara sas 627856",
 * "die veneer store gehd mid 567459 auf", "de quarantine room gaot lös mit 846830", "wig store inafunguka na 522612",
 * and where the verb follows the number: Turkish "838952 ile açılır", Hindustani "1281 se khulta", Japanese
 * "4877で開く", Korean "14991(으)로 열리오", Chinese "用996834开"; Korean's "출입 번호" (entry number) too. Whatever opens
 * with a number is opened by a code: the number must end its clause (a count has its noun after it: "abre con 2000
 * puestos"), and a year or one digit repeated is left.
 */
const OPENS_WITH_BEFORE =
  /(?<![\p{L}])(?:(?:se|si)[ \t]+|s['’])?(?:abre|abri|abren|abrem|ouvre|arve|apre|verzi|otvara|otvori|inafunguka|hufunguka|inafunguliwa|ikunurwa|ifunguka|opens|unlocks)[ \t]+(?:con|com|avec|cun|sas|sa|na|kwa|with)[ \t]+(\d{4,8})(?=[ \t]*(?:[.,;!?)。，、\n]|$))|(?<![\p{L}])(?:geht|gehd|giht|gaat|gaot|gaet)[ \t]+(?:(?:lös|los|open)[ \t]+)?(?:mit|mid|mat|met)[ \t]+(\d{4,8})(?=[ \t]*(?:[.,;!?)\n]|$|(?:auf|af|uff|open)(?![\p{L}])))/dgiu;
const OPENS_WITH_AFTER =
  /(?<![\p{N}.,:/-])(\d{4,8})(?:[ \t]+(?:ile|la|le)[ \t]+açıl\p{L}*|[ \t]+se[ \t]+khul\p{L}*|で(?:開|あ|ひら)|(?:\(으\))?으?로[ \t]*열)|用[ \t]*(\d{4,8})[ \t]*(?:打)?开|출입[ \t]*번호(?:는|은|가)?[ \t]*(\d{4,8})(?![\p{N}])/dgu;

const NOT_A_CODE = /^(?:19|20)\d\d$|^(\d)\1+$/;

function findCodesAPlaceOpensWith(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const rule of [OPENS_WITH_BEFORE, OPENS_WITH_AFTER]) {
    rule.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = rule.exec(text)); ) {
      const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
      const value = m[group]!;
      if (NOT_A_CODE.test(value)) continue;
      const start = m.indices![group]![0];
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const CODES_A_PLACE_OPENS_WITH_FINDERS: readonly Finder[] = [{ name: 'codes-a-place-opens-with', find: findCodesAPlaceOpensWith }];
