/**
 * Where the user lives and what they work as, said in Slavic languages, Romanian and Greek (other-languages.ts reads
 * the Western European ones and Japanese and Turkish): "Pozimi delam kot tehnik na žičnicah v Kranjski Gori"
 * (Slovenian: in winter I work as a lift technician in Kranjska Gora), "radim kao medicinska sestra u Splitu",
 * "pracuji jako účetní", "mieszkam w Gdańsku", "živim u Novom Sadu", "lucrez ca asistentă", "μένω στη Θεσσαλονίκη"; and as
 * the Baltic languages, Finnish and Faroese say it, the place in its own case and no "in": "gyvenu Kaune", "asun Tampereella".
 * Written as the English rules write them, in the same slots. These languages decline a place after "in" ("v Kranjski
 * Gori", "u Splitu"): the fact keeps the form the user typed.
 */

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
/** "I live in", and "I moved to", in the same languages (and Russian "живу в"). */
const LIVE_IN = new RegExp(
  String.raw`${EDGE}(?:gyvenu|dzīvoju|elan|asun|búgvi í|bý í|živim v|živim u|živím v|žiju v|bydlím v|bývam v|žijem v|mieszkam w|живея в|живу в|живём в|locuiesc în|locuiesc la|stau în|μένω (?:στην|στη|στο|στον)|preselil(?:a)? sem se v|preselio sam se u|preselila sam se u|přestěhoval(?:a)? jsem se do|presťahoval(?:a)? som sa do|przeprowadził(?:em|am) się do|преместих се в|переехал(?:а)? в|m-am mutat în|m-am mutat la|μετακόμισα (?:στην|στη|στο))\s+${PLACE}`,
  'iu',
);
/** A negation just before the verb, in these languages: the place is denied, not said. */
const NEGATED = /(?:^|[^\p{L}])(?:nu|ne|nie|не|δεν|not|no)\s+(?:\p{L}+\s+)?$/iu;
/** Where a job is said with its place: the last "in" before a capitalised place ("v Kranjski Gori", "u Splitu"). */
const JOB_PLACE = /^(.+?)\s+(?:v|u|w|ve|vo|în|la|в|σε|στην|στη|στο)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

export function workAndHomeInMoreLanguages(sentence: string): WorkOrHomeFact[] {
  const out: WorkOrHomeFact[] = [];
  const worked = WORK_AS.exec(sentence);
  const work = worked && !NEGATED.test(sentence.slice(Math.max(0, worked.index - 12), worked.index)) ? worked[1]?.trim() : undefined;
  if (work) {
    const at = JOB_PLACE.exec(work);
    const job = (at?.[1] ?? work).trim();
    if (job.split(/\s+/).length <= 5)
      out.push({ kind: 'fact', slot: 'user/occupation', text: `User works as ${job}${at ? ` in ${at[2]}` : ''}.`, value: job, importance: 0.75 });
  }
  // The verbs are read in any case, the place only capitalised: "stau în casă" names no place, and "v Ljubljani in se
  // vozim" ends at "in".
  // Not a place denied: "nu, nu stau în Iași, stau în Suceava", "ne živim več v Ljubljani".
  const said = [...sentence.matchAll(new RegExp(LIVE_IN.source, 'giu'))].find((m) => !NEGATED.test(sentence.slice(Math.max(0, m.index - 12), m.index)));
  const words = said?.[1]?.split(/\s+/) ?? [];
  const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const home = (lower === -1 ? words : words.slice(0, lower)).join(' ');
  if (home) out.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${home}.`, value: home, importance: 0.8 });
  return out;
}
