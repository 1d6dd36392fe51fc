import { ageFact } from './user-age';
import { anyScript } from './any-script';
import { partnersAndDietInMoreLanguages } from './partners-and-diet-more-languages';
import { partnersInAssameseOrBengali } from './partners-in-assamese-and-bengali';
import { workAndHomeInSindhi } from './work-and-home-sindhi';
import { jobInTibetan } from './work-in-tibetan';
import { hebrewPartners } from './partners-in-hebrew';
import { workAndHomeInUrduOrHindi } from './work-and-home-urdu-hindi';
import { hinglishStatements } from './hinglish';
import { newJobInOtherLanguages, ownBusinessAfterLeaving } from './new-job-other-languages';
import { dietAndHealthInChinese } from './diet-and-health-chinese';
import { workHomeAndPartnerInChinese } from './work-home-and-partner-chinese';

/**
 * More of what users say of themselves in French, German, Spanish, Italian, Portuguese and Dutch (other-languages.ts
 * reads where they live, their job, diet, allergies and name): the shift they work ("trabajo de enfermera en turno de
 * noche", "ich arbeite Nachtschicht"), their age ("bin 16 und…", "tengo 34 años"), that they are retired ("je suis
 * retraité (ancien facteur)", "ich bin in Rente"), a pet by name ("mon vieux chien Filou", "mi gata se llama Luna") and
 * a pet that died ("Filou est mort hier matin"). Each is written as the English rules write it, in the same slot, so
 * "I'm on day shift now" supersedes "turno de noche", and a pet's death retracts that pet's own slot.
 */

export interface LifeFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}
export interface LifeRetraction {
  value: string;
  slot?: string;
}

const r = (src: string) => anyScript(src, 'iu');

/** The shift, by the words each language names it with, as the English slot's values. */
const SHIFT_NAMES: [RegExp, string][] = [
  [/^(?:noche|noches|nacht|nachts|nuit|nuits|notte|notti|noite|noites|nachtdienst(?:en)?|nachten|'s nachts)$/i, 'nights'],
  [/^(?:d[ií]a|d[ií]as|tag|tagsüber|jour|giorno|dia|dagdienst(?:en)?)$/i, 'days'],
  [/^(?:wechsel|rotativos?|rotatorios?|alternos|rotation|roulement|rotazione|avvicendati|rotativo|wisseldiensten|rotating)$/i, 'rotating shifts'],
  [/^(?:früh|mañana|matin|mattina|manhã|vroege?)$/i, 'early shifts'],
  [/^(?:spät|tarde|soir|sera|pomeriggio|late)$/i, 'late shifts'],
];
const SHIFT = [
  // "trabajo de enfermera en turno de noche", "estoy en el turno de noche", "hago turnos rotativos".
  r(String.raw`\b(?:trabajo|estoy|hago|tengo|me (?:cambiaron|pasaron|pusieron))\b[^.!?\n]{0,40}?\bturnos? (?:de (noche|d[ií]a|tarde|mañana)|(rotativos?|rotatorios?|alternos))\b`),
  r(String.raw`\btrabajo de (noche|noches)\b`),
  // "ich arbeite in der Nachtschicht", "ich habe Wechselschicht", "ich arbeite nachts".
  r(String.raw`\bich (?:arbeite|habe|hab|mache|bin)\b[^.!?\n]{0,30}?\b(nacht|früh|spät|tag|wechsel)schicht(?:en|dienst)?\b`),
  r(String.raw`\bich arbeite (?:nur |meistens |immer )?(nachts|tagsüber)\b`),
  // "je travaille de nuit", "je suis de nuit", "je fais les nuits".
  r(String.raw`\bje (?:travaille|bosse|suis)(?: en poste)? de (nuit|jour)\b|\bje fais (?:les )?(nuits)\b`),
  // "lavoro di notte", "faccio il turno di notte".
  r(String.raw`\b(?:lavoro|faccio (?:il |i )?turn[oi])(?: (?:di|del|della))? (notte|giorno|mattina|pomeriggio)\b`),
  // "trabalho no turno da noite", "trabalho de noite".
  r(String.raw`\btrabalho (?:no turno )?(?:da|de) (noite|dia|manhã)\b`),
  // "ik werk nachtdiensten", "ik draai nachten", "ik werk 's nachts".
  r(String.raw`\bik (?:werk|draai|doe)(?: vooral| alleen| meestal)? (nachtdiensten|nachten|dagdiensten|'s nachts|wisseldiensten)\b`),
];

/** "bin 16 und…", "tengo 34 años", "j'ai 52 ans", "ho 29 anni", "tenho 41 anos", "ik ben 37 (jaar)". */
const AGE = [
  r(String.raw`(?:^|[,;:]\s*|\b(?:ich|und)\s+)bin (\d{2})(?: jahre(?: alt)?)?(?=\s*(?:[,.;!?)]|$)|\s+(?:und|aber|jahre|also)\b)`),
  r(String.raw`\btengo (\d{2}) años\b(?! de\b)`),
  r(String.raw`\bj'ai (\d{2}) ans\b(?! d['e]\b)`),
  r(String.raw`\bho (\d{2}) anni\b(?! di\b)`),
  r(String.raw`\btenho (\d{2}) anos\b(?! de\b)`),
  r(String.raw`\bik ben (\d{2})(?: jaar(?: oud)?)?(?=\s*(?:[,.;!?)]|$)|\s+(?:en|maar)\b)`),
];

/** "je suis retraité", "ich bin in Rente", "estoy jubilada", "sono in pensione", "sou aposentado", "ik ben met pensioen". */
const RETIRED = r(
  String.raw`\b(?:je suis (?:à la )?retraité(?:e)?|je suis à la retraite|ich bin (?:in Rente|in Pension|pensioniert|im Ruhestand|Rentner(?:in)?|Pensionär(?:in)?)|(?:estoy|soy) jubilad[oa]|me jubilé|sono (?:in pensione|pensionat[oa])|sono andat[oa] in pensione|(?:sou|estou) (?:aposentad[oa]|reformad[oa])|me aposentei|ik ben (?:met pensioen|gepensioneerd))\b`,
);
/**
 * Retired, in languages of other scripts and further ones: "я на пенсии", "Від сьогодня я на пенсії", "jestem na
 * emeryturze", "jsem v důchodu", "emekli oldum", "我退休了", "定年退職しました", "은퇴했어요", "nyugdíjas vagyok", "είμαι
 * συνταξιούχος", "jag är pensionerad". Word edges by letters (\b knows only ASCII); the user's own "I" or first-person
 * verb is in each form, so "моя мама на пенсии" is not the user's.
 */
const RETIRED_MORE = r(
  String.raw`(?<![\p{L}])(?:я (?:уже |теперь |тепер |вже )?(?:на пенсии|на пенсії|пенсионер(?:ка)?|пенсіонер(?:ка)?)|(?:я )?(?:вышел|вышла|ушёл|ушел|ушла|вийшов|вийшла|пішов|пішла) на пенсию|(?:я )?(?:вийшов|вийшла|пішов|пішла) на пенсію|jestem (?:już |teraz )?(?:na emeryturze|emerytem|emerytką)|przeszed(?:łem|łam) na emeryturę|jsem (?:už |teď )?v důchodu|ode(?:šel|šla) jsem do důchodu|som (?:už |teraz )?na dôchodku|odi(?:šiel|šla) som do dôchodku|emekli (?:oldum|oldu[mk])|emekliyim|nyugdíjas vagyok|nyugdíjba mentem|είμαι συνταξιούχος|βγήκα στη σύνταξη|sunt pension(?:ar|ară|at|ată)|m-am pensionat|jag är pensionerad|jag har gått i pension|jeg er pensjonist|jeg er gået på pension|olen eläkkeellä|jäin eläkkeelle)(?![\p{L}])|(?:我|我已经|我已經)(?:退休了|已经退休|已經退休)|定年退職(?:した|しました)|(?:은퇴|정년퇴직)(?:했어요|했습니다|했다|했어)`,
);
/** What they did before, said with it: "(ancien facteur)", ", ehemaliger Lehrer", "(antes era enfermera)". */
const FORMERLY = r(String.raw`^\s*[(,–—-]\s*(?:ancien(?:ne)?|ex-?|ehemalige[rs]?|früher|antiguo|antigua|antes era|già|ex|antigo|antiga|voormalig(?:e)?)\s*([\p{L}-]+(?: [\p{L}-]+)?)`);

/** A pet's kind in each language, as the English rules name it. */
const PETS: [RegExp, string][] = [
  [/^(?:chien|chienne|hund|hündin|perro|perra|cane|cagnolin[oa]|cachorro|cadela|cão|hond)$/i, 'dog'],
  [/^(?:chat|chatte|katze|kater|gato|gata|gatto|gatta|gatinho|kat|poes)$/i, 'cat'],
  [/^(?:lapin|kaninchen|conejo|coniglio|coelho|konijn)$/i, 'rabbit'],
];
// German writes nouns capitalised ("unser Kater Moritz"): each word's first letter in either case.
const PET_WORD = String.raw`(${'chien|chienne|chat|chatte|lapin|hund|hündin|katze|kater|kaninchen|perro|perra|gato|gata|conejo|cane|gatto|gatta|coniglio|cachorro|cadela|cão|gatinho|coelho|hond|kat|poes|konijn'.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
const NAME = String.raw`(\p{Lu}[\p{Ll}'-]{1,20})`;
const PET_NAMED = [
  // "mon vieux chien Filou", "mein Hund Bello", "mi perra Luna", "il mio gatto Micio", "minha gata Mel", "mijn hond Max".
  anyScript(String.raw`\b(?:mon|ma|notre|mein(?:e)?|unser(?:e)?|mi|nuestr[oa]|il mio|la mia|il nostro|la nostra|meu|minha|nosso|nossa|mijn|onze)\s+(?:(?:vieux|vieille|petit|petite|alte[rn]?|kleine[rn]?|viejo|vieja|pequeñ[oa]|vecchi[oa]|piccol[oa]|velh[oa]|pequen[oa]|oude|kleine)\s+)?${PET_WORD},?\s+(?:(?:s'appelle|heißt|se llama|si chiama|se chama|heet)\s+)?${NAME}`, 'u'),
  // "J'ai adopté une chatte …, elle s'appelle Mistigri", "adoptamos un perro, se llama Coco".
  anyScript(String.raw`(?<![\p{L}])(?:adopté(?:e|s)?|adopt(?:ado|ada|amos|é)|adoptiert|adottat[oaie]|adotei|adotamos|geadopteerd)(?![\p{L}])[^.!?\n]{0,20}?(?<![\p{L}])${PET_WORD}(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:s'appelle|heißt|se llama|si chiama|se chama|heet)\s+${NAME}`, 'iu'),
];
/** "Filou est mort hier", "Bello ist gestorben", "Coco murió", "Micio è morto", "Mel morreu", "Max is overleden". */
const PET_DIED = anyScript(String.raw`(?:^|[,;:.!]\s*|\b(?:notre|mon|ma|unser(?:e)?|mein(?:e)?|mi|il mio|la mia|meu|minha|mijn|onze)\s+(?:\p{L}+\s+)?)${NAME}\s+(?:est mort(?:e)?|est décédée?|nous a quittés|ist (?:gestorben|tot|eingeschläfert worden)|(?:se )?murió|falleció|ha muerto|è mort[oa]|morreu|faleceu|is (?:overleden|dood|gestorven))\b`, 'u');

function named(list: [RegExp, string][], word: string): string | undefined {
  return list.find(([re]) => re.test(word))?.[1];
}

/** Facts and retractions one sentence says in one of the languages above; `at` dates an age. */
export function moreOtherLanguageStatements(sentence: string, at: number): { facts: LifeFact[]; retractions: LifeRetraction[] } {
  const s = sentence.replace(/[’‘]/g, "'");
  const facts: LifeFact[] = [];
  const retractions: LifeRetraction[] = [];
  for (const re of SHIFT) {
    const m = re.exec(s);
    const said = m?.slice(1).find((g) => g);
    const shift = said ? named(SHIFT_NAMES, said) : undefined;
    if (!shift) continue;
    facts.push({ kind: 'fact', slot: 'user/work-pattern:shift', text: `User works ${shift}.`, value: shift, importance: 0.65 });
    break;
  }
  const age = AGE.map((re) => re.exec(s)).find((m) => m);
  const made = age ? ageFact(Number(age[1]), at) : null;
  if (made) facts.push(made);
  const retired = RETIRED.exec(s) ?? RETIRED_MORE.exec(s);
  if (retired) {
    const before = FORMERLY.exec(s.slice(retired.index + retired[0].length))?.[1];
    facts.push({ kind: 'fact', slot: 'user/employer', text: `User is retired${before ? ` (before that: ${before})` : ''}.`, value: 'retired', importance: 0.75 });
  }
  // The determiner may open the sentence ("Mon chien Filou…"): read with it in lower case, the name as typed.
  const lowerFirst = s.replace(/(^|[.!?]\s+)(\p{Lu})/gu, (_, before: string, c: string) => before + c.toLowerCase());
  for (const re of PET_NAMED) {
    const m = re.exec(lowerFirst);
    const kind = m ? named(PETS, m[1]!) : undefined;
    if (!m || !kind) continue;
    const name = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
    facts.push({ kind: 'fact', slot: `user/pet:${name.toLowerCase()}`, text: `User has a ${kind} named ${name}.`, value: name, importance: 0.7 });
    break;
  }
  const died = PET_DIED.exec(s)?.[1];
  if (died) retractions.push({ value: died, slot: `user/pet:${died.toLowerCase()}` });
  // A partner or a diet said in these languages ends what it replaces, and may fill the slot it ends ("ich esse wieder
  // Fisch" ends "vegetarian" and says what the user eats now): added after the filter above.
  const partnersAndDiet = partnersAndDietInMoreLanguages(s);
  const hinglish = hinglishStatements(s);
  const hebrew = hebrewPartners(s);
  const bengaliScript = partnersInAssameseOrBengali(s);
  const chinese = workHomeAndPartnerInChinese(s);
  return {
    facts: [...facts.filter((f) => !retractions.some((x) => x.slot === f.slot)), ...partnersAndDiet.facts, ...hebrew.facts, ...bengaliScript.facts, ...hinglish.facts, ...newJobInOtherLanguages(s), ...ownBusinessAfterLeaving(s), ...dietAndHealthInChinese(s), ...workAndHomeInUrduOrHindi(s), ...workAndHomeInSindhi(s), ...jobInTibetan(s), ...chinese.facts],
    retractions: [...retractions, ...partnersAndDiet.retractions, ...hebrew.retractions, ...bengaliScript.retractions, ...hinglish.retractions, ...chinese.retractions],
  };
}
