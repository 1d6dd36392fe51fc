/**
 * Where the user lives and what they work as, said in Slavic languages, Romanian and Greek (other-languages.ts reads
 * the Western European ones and Japanese and Turkish): "Pozimi delam kot tehnik na žičnicah v Kranjski Gori"
 * (Slovenian: in winter I work as a lift technician in Kranjska Gora), "radim kao medicinska sestra u Splitu",
 * "pracuji jako účetní", "mieszkam w Gdańsku", "živim u Novom Sadu", "lucrez ca asistentă", "μένω στη Θεσσαλονίκη"; and as
 * the Baltic languages, Finnish and Faroese say it, the place in its own case and no "in": "gyvenu Kaune", "asun Tampereella".
 * Written as the English rules write them, in the same slots. These languages decline a place after "in" ("v Kranjski
 * Gori", "u Splitu"): the fact keeps the form the user typed. A job said in Russian or Ukrainian, which often say it
 * with no verb ("я техник по свету в театре …"), is read by jobs-in-russian.ts, and one said in Arabic by jobs-in-arabic.ts;
 * a job and a home said in Swahili by work-and-home-swahili.ts.
 */

import { arabicJobStatements } from './jobs-in-arabic';
import { russianJobStatements } from './jobs-in-russian';
import { swahiliWorkAndHome } from './work-and-home-swahili';

export interface WorkOrHomeFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const EDGE = String.raw`(?<![\p{L}\p{N}])`;
/** A place: capitalised words, as typed ("Kranjski Gori", "Novom Sadu", "Θεσσαλονίκη"). */
const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;
/** What follows a job: up to the clause's end. */
const JOB = String.raw`([^,.;:!?()\n"«»“”]{2,60}?)(?=\s*[,.;:!?()\n"«»“”]|\s+(?:a|i|in|ale|ali|pa|and|și|dar|και|αλλά|но|и|а|od|since|že|už)\s|$)`;

/** "I work as": Slovenian, Croatian/Serbian/Bosnian, Czech, Slovak, Polish, Bulgarian, Romanian, Greek. */
const WORK_AS = new RegExp(String.raw`${EDGE}(?:delam kot|radim kao|radim kot|pracuji jako|pracuju jako|pracujem ako|pracuję jako|работя като|lucrez ca|lucrez drept|δουλεύω ως|δουλεύω σαν|εργάζομαι ως)\s+${JOB}`, 'iu');
/**
 * "I am" a job in Polish, which puts the job in the instrumental ("jestem operatorem żurawia wieżowego", "jestem
 * pielęgniarką w szpitalu"): a noun ending -em, -iem or -ą, perhaps after an adjective, with what it is of or where it is
 * done. Said bare, the same form is as often what a person is ("jestem optymistką", "jestem abstynentem") or a cry of
 * having made it ("jestem flebotomistką!"), and no job is read. Not "jestem mamą dwójki dzieci", "jestem fanem Legii".
 */
const POLISH_I_AM_JOB = new RegExp(String.raw`${EDGE}jestem\s+(?:(?:teraz|obecnie|już|nadal)\s+)?((?:\p{Ll}+(?:ym|im)\s+)?\p{Ll}{3,}(?:em|ą)(?:(?:\s+\p{Ll}+(?:a|u|ego|ej|ych|ów|i|y)){1,2}(?=\s*[,.;:!?()\n]|\s+(?:w|we|na|od|i|a|z|ze|przy|dla)\s|$)|(?=\s+(?:w|we|na|przy|dla|u)\s+\p{L})))`, 'iu');
const NOT_A_JOB_PL = /^(?:\p{Ll}+(?:ym|im)\s+)?(?:mamą|matką|tatą|ojcem|żoną|mężem|fanem|fanką|człowiekiem|osobą|kobietą|mężczyzną|facetem|dzieckiem|weganinem|weganką|wegetarianinem|wegetarianką|chłopakiem|dziewczyną|przyjacielem|przyjaciółką|członkiem|członkinią|Polakiem|Polką|synem|córką|bratem|siostrą|babcią|dziadkiem|singlem|singielką|sam[aą]?|pewien|zmęczon\p{L}*|gotow\p{L}*|ciekaw\p{L}*)(?:\s|$)/iu;
/** "I live in", and "I moved to", in the same languages (and Russian "живу в"). */
const LIVE_IN = new RegExp(
  String.raw`${EDGE}(?:gyvenu|dzīvoju|elan|asun|búgvi í|bý í|živim v|živim u|živím v|žiju v|bydlím v|bývam v|žijem v|mieszkam w|живея в|живу в|живём в|locuiesc în|locuiesc la|stau în|μένω (?:στην|στη|στο|στον)|preselil(?:a)? sem se v|preselio sam se u|preselila sam se u|přestěhoval(?:a)? jsem se do|presťahoval(?:a)? som sa do|przeprowadził(?:em|am) się do|преместих се в|переехал(?:а)? в|m-am mutat în|m-am mutat la|μετακόμισα (?:στην|στη|στο))\s+${PLACE}`,
  'iu',
);
/** A negation just before the verb, in these languages: the place is denied, not said. */
const NEGATED = /(?:^|[^\p{L}])(?:nu|ne|nie|не|δεν|not|no)\s+(?:\p{L}+\s+)?$/iu;
/** Where a job is said with its place: the last "in" before a capitalised place ("v Kranjski Gori", "u Splitu"). */
const JOB_PLACE = /^(.+?)\s+(?:v|u|w|ve|vo|în|la|в|σε|στην|στη|στο)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

/** Words matched in any case while the place beside them keeps its capital. */
const anyCase = (words: readonly string[]) => words.map((w) => w.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)).join('|');
const NAMED_PLACE = String.raw`(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2})`;
/**
 * "I live in" as romanised South Asian languages say it, the place first and the verb last, the place often with its
 * case ending joined by a hyphen: Bengali and Sylheti "ami Whitechapel-o thaki", "Dhaka-te thaki"; Hindi and Urdu "main
 * Pune mein rehta hoon"; Punjabi "main Leeds ch rehnda haan"; Marathi "mi Nashik madhe rahto"; Bhojpuri "hum Patna mein
 * rahila"; Konkani "Margao-ant ravtam"; Nepali "ma Pokhara-ma baschu". Only the first person: "bhai Birmingham-o thake"
 * (he lives) is someone else's.
 */
const HOME_VERB_LAST = new RegExp(
  String.raw`${NAMED_PLACE}(?:-?(?:e|o|te|ot|t|ant|ak|ma|la|madhe|mein|me|mai|ch|vich))?(?:\s+(?:${anyCase(['mein', 'me', 'mai', 'main', 'ch', 'vich', 'madhe', 'mathe', 'ma'])}))?\s+(?:${anyCase(['thaki', 'thaki na', 'rehta hoon', 'rehti hoon', 'rehta hun', 'rehti hun', 'rehta hu', 'rehti hu', 'rahta hoon', 'rahti hoon', 'rahta hun', 'rahti hun', 'rehte hain', 'rahte hain', 'rehnda haan', 'rehndi haan', 'rehnde haan', 'rahto', 'rahte', 'rahila', 'rahilan', 'rahat bani', 'ravtam', 'rauta', 'baschu', 'baschu'])})(?![\p{L}])`,
  'u',
);
/**
 * And in romanised Arabic (Arabizi), verb first: "sakne b Villeray", "ana sakin fi Dubai", "sa2en bi Beirut" (I live
 * in), not "sakne b" said of someone ("hiye sakne b …": she lives).
 */
const HOME_ARABIZI = new RegExp(String.raw`(?:^|[\s,;:(])(?:(?:${anyCase(['ana'])})\s+)?(?:${anyCase(['sakin', 'sakne', 'sakna', 'saken', 'saakin', 'saakna', 'sa2en', 'sa2ne', 'sakneh'])})\s+(?:${anyCase(['b', 'bi', 'fi', 'f', 'bel', 'fil'])})\s+${NAMED_PLACE}`, 'u');
/** Someone else as the subject just before: "my brother … sakne", "hiye sakne", "amar bhai … thaki" is never the user. */
const SOMEONE_ELSE_BEFORE = /\b(?:hiye|huwe|howe|hiyye|huwwe|he|she|they|my (?:brother|sister|mother|mum|mom|father|dad|son|daughter|wife|husband|friend)|amar (?:bhai|bon|ma|baba|amma|abba)|mera bhai|meri behen)\b[^.!?]{0,30}$/iu;
/** A supposition or a wish before it: "agar main Delhi mein rehta hoon to …", "jodi ami Dhaka-te thaki". */
const SUPPOSED_BEFORE = /\b(?:agar|yadi|jodi|jadi|kaash|iza|if|suppose)\b[^.!?]*$/iu;
/** A negation just before or after: "Whitechapel-o thaki na", "nahi rehta", "mesh sakne". */
const HOME_NEGATED = /(?:\b(?:nahi|nahin|nai|na|mesh|mish|ma)\s+$)/iu;

/**
 * A place left, in romanised Hindi, Urdu and Bhojpuri: "Banaras chhod ke aail bani" (I left Banaras and came), "Delhi
 * chhodkar Pune aa gaye", "humne Lucknow chhod diya". What said the user lived there is no longer true.
 */
const PLACE_LEFT = new RegExp(String.raw`${NAMED_PLACE}\s+(?:${anyCase(['ko', 'se'])}\s+)?(?:${anyCase(['chhod ke', 'chhod kar', 'chhodke', 'chhodkar', 'chhod diya', 'chhod diye', 'chhod dihni', 'chhod dihli', 'chhod aaye', 'chhod aail', 'chod ke', 'chodke', 'chod kar', 'chodkar', 'chod diya'])})(?![\p{L}])`, 'u');

/** The place a sentence in one of those languages says the user left, unless someone else did. */
export function placeLeftElsewhere(sentence: string): string | undefined {
  const m = PLACE_LEFT.exec(sentence);
  return m && !SOMEONE_ELSE_BEFORE.test(sentence.slice(0, m.index)) ? m[1]!.trim() : undefined;
}

/** Where the user lives, said in a romanised language that puts the verb last, or in Arabizi. */
function homeSaidElsewhere(sentence: string): string | undefined {
  const last = HOME_VERB_LAST.exec(sentence);
  const m = last ?? HOME_ARABIZI.exec(sentence);
  if (!m) return undefined;
  const before = sentence.slice(0, m.index);
  if (SOMEONE_ELSE_BEFORE.test(before) || HOME_NEGATED.test(before) || SUPPOSED_BEFORE.test(before) || (last && /\s+(?:thaki|ravtam) na\b/i.test(m[0]))) return undefined;
  const place = m[1]!.trim();
  return /^(?:I|Ami|Main|Mai|Hum|Ana|Mi|Ma)$/u.test(place) ? undefined : place;
}

export function workAndHomeInMoreLanguages(sentence: string): WorkOrHomeFact[] {
  const out: WorkOrHomeFact[] = [];
  const worked = WORK_AS.exec(sentence);
  const work = worked && !NEGATED.test(sentence.slice(Math.max(0, worked.index - 12), worked.index)) ? worked[1]?.trim() : undefined;
  const polish = work ? undefined : POLISH_I_AM_JOB.exec(sentence);
  const polishJob = polish && !NOT_A_JOB_PL.test(polish[1]!) && !NEGATED.test(sentence.slice(Math.max(0, polish.index - 12), polish.index)) ? polish[1]!.trim() : undefined;
  if (polishJob) out.push({ kind: 'fact', slot: 'user/occupation', text: `User works as ${polishJob}.`, value: polishJob, importance: 0.75 });
  if (work) {
    const at = JOB_PLACE.exec(work);
    const job = (at?.[1] ?? work).trim();
    if (job.split(/\s+/).length <= 5)
      out.push({ kind: 'fact', slot: 'user/occupation', text: `User works as ${job}${at ? ` in ${at[2]}` : ''}.`, value: job, importance: 0.75 });
  }
  if (!out.some((f) => f.slot === 'user/occupation')) out.push(...russianJobStatements(sentence));
  if (!out.some((f) => f.slot === 'user/occupation')) out.push(...arabicJobStatements(sentence));
  // The verbs are read in any case, the place only capitalised: "stau în casă" names no place, and "v Ljubljani in se
  // vozim" ends at "in".
  // Not a place denied: "nu, nu stau în Iași, stau în Suceava", "ne živim več v Ljubljani".
  const said = [...sentence.matchAll(new RegExp(LIVE_IN.source, 'giu'))].find((m) => !NEGATED.test(sentence.slice(Math.max(0, m.index - 12), m.index)));
  const words = said?.[1]?.split(/\s+/) ?? [];
  const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const home = (lower === -1 ? words : words.slice(0, lower)).join(' ');
  const place = home || homeSaidElsewhere(sentence);
  if (place) out.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 });
  out.push(...swahiliWorkAndHome(sentence).filter((f) => !out.some((g) => g.slot === f.slot)));
  return out;
}
