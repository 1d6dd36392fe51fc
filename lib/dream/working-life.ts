/**
 * What the user does with their days besides a current job, said in passing as people introduce themselves: the job
 * they did for years before ("I was a librarian for 35 years"), their age with what they do ("I'm 71, retired primary
 * school teacher in Swansea"), where they volunteer ("I've just started volunteering at St Brigid's Hospice"), the team
 * they play for ("I play wheelchair basketball for the Winnipeg Wheelers"), lessons they have started ("Started flying
 * lessons in a Cessna"). Each is who the user is for months or years, and none has a slot: a person can hold several.
 */

import { OCCUPATION } from './occupations';
import { BUSINESS_KINDS } from './business-kinds';
import { utcMonth } from '../util/utc-day';

export interface WorkingLifeFact {
  kind: 'fact';
  slot?: string;
  text: string;
  value: string;
  importance: number;
}

const NUMBER = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)`;
/** A name as written: capitalised words, with the small words names hold ("St Brigid's Hospice", "Bank of Ireland"). */
// Not the user's "I" after it: "a clinic in Jelutong and I like it there".
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|the|de|for|and|&)\s+)?(?!I(?:'|’|\b))\p{Lu}[\p{L}\p{N}'’&-]*){0,5})`;
/** Names that are a time, not a place or a team ("for the Sunday league" names the league, "on Tuesdays" a day). */
const TIME_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)\b/;
const JOB = String.raw`((?:[\p{L}-]+ ){0,3}?${OCCUPATION})`;

/** Case matters: a name is told by its capitals, so the words around it are spelled both ways where users do ("i play"). */
const r = (source: string) => new RegExp(source, 'u');
/**
 * "I was a librarian for 35 years", "…and worked as a postman for thirty years with Royal Mail", "…and was a cooper in
 * Alloa for some forty years": where it was done said before the years or after them.
 */
const FORMER_JOB = r(
  String.raw`\b[Ii]\b(?:[^.!?;]{0,40}?\band)?\s+(?:was|worked as) (an? ${JOB})(?: ((?:in|at|with|for)(?: the)?) ${NAME})? for (?:some |about |around |over |nearly |almost |more than |well over |close to )?(${NUMBER}) years\b(?:\s+(?:with|at|for|in) (?:the )?${NAME})?`,
);
/** "I'm 71, retired primary school teacher in Swansea", "I'm 34, a nurse in Leeds": the age, then what they do. */
const AGE_THEN_JOB = r(String.raw`\b[Ii](?:'m| am) \d{1,3},\s+(?:an? )?${JOB}\b(?!['’])(?:\s+(?:in|at) ${NAME})?`);
/** "I've just started volunteering at St Brigid's Hospice", "I volunteer with the Red Cross". */
const VOLUNTEERS = r(String.raw`\b[Ii](?:'ve| have|'m| am)?\s+(?:just |recently |now |also |still )?(?:started |begun |been )?volunteer(?:ing|s)?\s+(?:at|for|with|in) (?:the )?${NAME}`);
/** "I play wheelchair basketball for the Winnipeg Wheelers", "I row for Tyne ARC". */
const PLAYS_FOR = r(String.raw`\b[Ii] (play|row|swim|run|race|skate|ride|coach|sing|referee) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+ )?for (?:the )?${NAME}`);
/** "Started flying lessons at Lorain County", "I've started piano lessons", "I'm taking sailing lessons". */
const LESSONS = r(String.raw`(?:^|\b[Ii](?:'ve| have|'m| am)?\s+)(?:[Jj]ust |[Ff]inally |[Rr]ecently )?(?:(?:[Ss]tarted|[Bb]egan|begun)(?: taking| attending| doing| having)?|[Tt]aking|take) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?:lessons|classes|course)\b`);
/**
 * What kind of place a named workplace is, said after its name ("Codfather's chippy", "Rossi's pizzeria"): part of
 * the place as the user names it, and what a later "I quit the chippy" names.
 */
const PLACE_KIND = String.raw`(?:chippy|chip shop|café|cafe|caff|bakery|shop|pub|bar|restaurant|diner|takeaway|salon|barbers?|garage|store|supermarket|garden cent(?:re|er)|hotel|kitchen|warehouse|factory|gym|pool|cinema|library|farm|stables|kennels|nursery|pharmacy|chemist|car wash|market|stall|bistro|pizzeria|deli|bookshop|bookstore|petrol station|gas station|leisure cent(?:re|er)|care home|laundrette|launderette)`;
/** Part-time work said by its hours: "I took weekend shifts at Hollins", "got a summer job at Boots", "I work Saturdays at Greggs". */
const HOURS_KIND = String.raw`(?:[Ww]eekend|[Ss]aturday|[Ss]unday|[Ee]vening|[Nn]ight|[Ss]ummer|[Hh]oliday|[Ww]eekday|[Mm]orning|[Pp]art[- ]time|[Cc]asual|[Bb]ank|[Rr]elief|[Cc]hristmas|[Ss]easonal|[Oo]vernight)`;
const SHIFTS_AT = r(
  String.raw`\b[Ii](?:'ve| have|'m| am)?\s+(?:just |now |also |recently |finally )?(?:took|taken|got|picked up|started(?: doing| working)?|do|work(?:ing)?|doing)\s+(?:an? |some )?((?:${HOURS_KIND}[ -])*(?:shifts|shift|job|work)|(?:[Ww]eekends|[Ss]aturdays|[Ss]undays|[Ee]venings|[Nn]ights|[Pp]art[- ]time))\s+(?:at|in|with) (?:the )?${NAME}(?:\s+(${PLACE_KIND}))?(?![\p{L}])`,
);
/**
 * Shifts said with where they are worked, the place named with what it is: "I do three 12-hour nights a week, 7p to
 * 7a, at Bronx Riverside Hospital", "I work weekends at Ridgeway Care Home".
 */
const SHIFTS_AT_AN_INSTITUTION = r(
  String.raw`\b[Ii] (?:do|work|pull|cover)\b[^.!?\n]{0,60}?\b(?:nights|days|shifts?|hours|weekends|lates|earlies)\b[^.!?\n]{0,40}? at (?:the )?(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3} (?:Hospital|Infirmary|Clinic|Medical Cent(?:re|er)|Health Cent(?:re|er)|Care Home|Nursing Home|Hospice|School|Academy|College|University|Hotel|Airport|Prison|Library|Museum|Station|Depot|Warehouse|Factory|Mill|Plant))(?![\p{L}])`,
);
/**
 * A workplace by what it is: "a logistics company", "the bottling plant", "a B&B" (any kind of business, and the
 * places that are no business); its kind may be an initialism joined by "&" ("an O&P clinic", "an R&D lab").
 */
const KIND_OF_PLACE = String.raw`(?:(?:[\p{L}-]+|\p{L}{1,3}&\p{L}{1,3}) ){0,3}?(?:${BUSINESS_KINDS}|bank|hospital|school|college|university|factory|council|ministry|nonprofit|lab|warehouse|museum|library|newspaper|supermarket|care home|nursing home|retirement home|hospice|prison|kindergarten|church|parish|mosque|synagogue|temple|cathedral|depot|plant|mill|mine|yard|site|terminal|distribution cent(?:re|er)|call cent(?:re|er)|sorting office)`;
/**
 * "I work in a warehouse", "i work in a hospital in Leeds", "I work in the bakery on Mill St": a workplace said by its
 * kind after "work in" ("I work in a team", "I work in a hurry" name no place).
 */
const WORK_IN_A_KIND_OF_PLACE = r(
  String.raw`\b[Ii] (?:currently |now |still |also )?work in ((?:an? |the )${KIND_OF_PLACE}(?: in ${NAME})?)(?![\p{L}])`,
);
/**
 * "We work together 6 years on CNC machines here in Limerick", "I work on the assembly line", "I work on oil rigs":
 * a job said by what the user works on, when that is a machine, a line, a vessel or a ward ("I work on my car at
 * weekends", "I'm working on a novel" name none).
 */
const WORKS_ON = r(
  String.raw`\b(?:I|[Ww]e)(?:(?:'ve| have) (?:always |also )?worked| (?:currently |now |still |also )?work)(?: together)?(?: (?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) years)? on ((?:the |an? )?(?:[\p{L}\p{N}-]+ ){0,2}?(?:machines|lathes|line|lines|rigs|ships|boats|trawlers|ferries|wards|trains|buses|trucks|lorries|tankers|building sites|construction sites|shop floor|docks|railways?|tracks))(?![\p{L}])`,
);
/**
 * "I'm a data analyst at a logistics company in Wrocław", "I'm team leader at the depot in Longueau": a workplace said
 * by its kind, and where it is ("the local hospital" alone names no workplace to keep).
 */
const AT_A_KIND_OF_PLACE = r(
  String.raw`\b[Ii](?:'m| am) (?:an? |the )?${JOB} (?:at|for|with) ((?:an? ${KIND_OF_PLACE}(?: in ${NAME})?|the ${KIND_OF_PLACE} in ${NAME}))(?![\p{L}])`,
);
/**
 * A business of one's own by its kind, in Portuguese, Spanish, French and Italian: what HAS_A_PLACE reads as had, and
 * what the rule for one sold, closed, handed on or left reads as given up (extract.ts).
 */
const OWN_PLACES = {
  pt: 'pomar|quinta|herdade|loja|restaurante|café|padaria|oficina|empresa|vinha|horta|negócio|clínica|escola|consultório|atelier',
  es: 'huerto|finca|granja|tienda|restaurante|bar|café|panadería|taller|empresa|viñedo|negocio|clínica|academia|consulta|bodega',
  fr: 'ferme|verger|boutique|restaurant|café|boulangerie|atelier|entreprise|vignoble|commerce|cabinet|épicerie|librairie',
  it: 'fattoria|frutteto|negozio|ristorante|bar|panificio|laboratorio|azienda|vigneto|bottega|agriturismo|studio',
};
export const OWN_PLACE_KINDS = [...new Set(Object.values(OWN_PLACES).flatMap((kinds) => kinds.split('|')))].join('|');
/**
 * A farm, a shop or a practice of the user's, said in another language: "Tenho um pomar de cerejeiras no Fundão",
 * "tengo una panadería en Cádiz", "j'ai une boulangerie à Nantes", "ho un agriturismo in Umbria", "wir haben einen
 * Hof in Tirol". English says it with "I run/own a …" (other rules).
 */
const HAS_A_PLACE = [
  String.raw`\b(?:[Tt]enho|[Tt]emos) (?:um|uma) ((?:[\p{L}-]+ ){0,2}?(?:${OWN_PLACES.pt})(?: de [\p{L}-]+(?: [\p{L}-]+)?)?) (?:no|na|em|nos|nas) ${NAME}`,
  String.raw`\b(?:[Tt]engo|[Tt]enemos) (?:un|una) ((?:[\p{L}-]+ ){0,2}?(?:${OWN_PLACES.es})(?: de [\p{L}-]+(?: [\p{L}-]+)?)?) en ${NAME}`,
  String.raw`\b(?:[Jj]'ai|[Nn]ous avons) (?:un|une) ((?:[\p{L}-]+ ){0,2}?(?:${OWN_PLACES.fr})(?: de [\p{L}-]+(?: [\p{L}-]+)?)?) (?:à|au|en) ${NAME}`,
  String.raw`\b(?:[Hh]o|[Aa]bbiamo) (?:una |un |un'\s?)((?:[\p{L}-]+ ){0,2}?(?:${OWN_PLACES.it})(?: di [\p{L}-]+(?: [\p{L}-]+)?)?) (?:a|in|ad) ${NAME}`,
  String.raw`\b(?:[Ii]ch habe|[Ww]ir haben) (?:einen|eine|ein) ((?:[\p{L}-]+ ){0,2}?(?:Hof|Bauernhof|Obstgarten|Laden|Restaurant|Café|Bäckerei|Werkstatt|Firma|Weinberg|Praxis|Betrieb|Imbiss))\b in ${NAME}`,
].map((source) => r(source));
const NOT_A_THING = /^(?:the|my|some|a|an|new|more|extra|online|private|these|those|your|his|her|taking|attending|doing|having|going|enjoying|thinking)$/i;

/** Inside a wish, a supposition or a negation a clause says nothing of the user: "if I worked in a bank", "I wish I could work in a bakery". */
const NOT_STATED_BEFORE = /\b(?:don't|do not|not|never|wish|if|hope|might|maybe|would|could|should|want to|wanna|imagine|pretend)\b[^,;:]*$/i;
const fact = (text: string, value: string, importance = 0.7): WorkingLifeFact => ({ kind: 'fact', text, value, importance });

/** The facts of one sentence of the user's about their working life, volunteering, team and lessons. */
export function workingLifeStatements(sentence: string, saidAt: number): WorkingLifeFact[] {
  const out: WorkingLifeFact[] = [];
  const former = FORMER_JOB.exec(sentence);
  if (former) {
    const before = former[4] && !TIME_NAME.test(former[4]) ? ` ${former[3]} ${former[4]}` : '';
    const where = former[6] && !TIME_NAME.test(former[6]) ? ` with ${former[6]}` : '';
    out.push(fact(`User was ${former[1]}${before} for ${former[5]} years${where}.`, former[2]!));
  }
  const aged = AGE_THEN_JOB.exec(sentence);
  if (aged && !/^(?:big|huge|bit|little|total)\b/i.test(aged[1]!)) {
    const job = aged[1]!;
    const where = aged[2] && !TIME_NAME.test(aged[2]) ? ` in ${aged[2]}` : '';
    out.push({ ...fact(`User is ${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}${where}.`, job, 0.75), slot: 'user/occupation' });
  }
  for (const re of HAS_A_PLACE) {
    const has = re.exec(sentence);
    if (has && !TIME_NAME.test(has[2]!)) out.push(fact(`User has ${/^[aeiou]/i.test(has[1]!) ? 'an' : 'a'} ${has[1]} in ${has[2]}.`, has[1]!, 0.75));
  }
  const workplace = AT_A_KIND_OF_PLACE.exec(sentence);
  if (workplace) out.push({ ...fact(`User works at ${workplace[2]}.`, workplace[2]!, 0.75), slot: 'user/employer' });
  const workIn = workplace ? null : WORK_IN_A_KIND_OF_PLACE.exec(sentence);
  if (workIn && !NOT_STATED_BEFORE.test(sentence.slice(0, workIn.index))) out.push({ ...fact(`User works in ${workIn[1]}.`, workIn[1]!, 0.7), slot: 'user/employer' });
  const worksOn = WORKS_ON.exec(sentence);
  // Nor someone else's ("my husband works on trawlers" is read by the family rules).
  if (worksOn && !NOT_STATED_BEFORE.test(sentence.slice(0, worksOn.index)) && !/\b(?:my|his|her|their)\b[^,;:]*$/i.test(sentence.slice(0, worksOn.index))) out.push(fact(`User works on ${worksOn[1]!.replace(/^The /, 'the ')}.`, worksOn[1]!, 0.7));
  const institution = workplace ? null : SHIFTS_AT_AN_INSTITUTION.exec(sentence);
  if (institution && !/^(?:my|his|her|their|our)\b/i.test(sentence.slice(0, institution.index).split(/[,;]/).at(-1) ?? '')) out.push({ ...fact(`User works at ${institution[1]}.`, institution[1]!, 0.75), slot: 'user/employer' });
  const hours = SHIFTS_AT.exec(sentence);
  if (hours && !TIME_NAME.test(hours[2]!) && !/^(?:job|work|shifts?)$/i.test(hours[1]!)) {
    // A day keeps its capital ("Saturday shifts"); "Weekend shifts" typed at a sentence's start does not.
    const what = TIME_NAME.test(hours[1]!) ? hours[1]! : hours[1]!.toLowerCase();
    const place = hours[3] ? `${hours[2]} ${hours[3]}` : hours[2]!;
    out.push(fact(what.endsWith('job') ? `User has ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} at ${place}.` : `User works ${what.endsWith('shift') ? `${what}s` : what} at ${place}.`, place, 0.75));
  }
  const volunteer = VOLUNTEERS.exec(sentence);
  if (volunteer && !TIME_NAME.test(volunteer[1]!)) out.push(fact(`User volunteers at ${volunteer[1]}.`, volunteer[1]!));
  const team = PLAYS_FOR.exec(sentence);
  if (team && !TIME_NAME.test(team[3]!)) {
    const verb = team[1]!.toLowerCase();
    const what = team[2]?.trim() ?? '';
    out.push(fact(`User ${verb}${/(?:ch|sh|s|x)$/.test(verb) ? 'es' : 's'} ${what ? `${what} ` : ''}for ${team[0].match(/\bfor the\b/i) ? 'the ' : ''}${team[3]}.`, team[3]!));
  }
  const lessons = LESSONS.exec(sentence);
  if (lessons && !NOT_A_THING.test(lessons[1]!.split(' ')[0]!) && !/\?\s*$/.test(sentence))
    out.push(fact(`User is taking ${lessons[1]!.toLowerCase()} lessons (since ${utcMonth(saidAt)}).`, lessons[1]!, 0.65));
  return out;
}
