/**
 * A first day, week or shift at a named place is said of a job just started there: "First week at the Harlow depot in
 * the books", "survived my first shift at Brennan's", "first day at Halden & Co done!". The place is where the user
 * works now. Only a place with a name (capitalised as typed), so "first week at the new school" or "my first day at
 * the gym" names no employer, and not a place said as a visit ("first night at the Ritz" is a stay: only days, weeks,
 * months and shifts count), nor a question or a plan ("how do I survive my first week at …", "my first day at Orla's
 * is Monday" is read by the rules of a job to come).
 */

export interface FirstDaysFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** What may be said of a place after its name: the kind of workplace it is ("the Jeep plant", "Brennan's bakery"). */
const WORKPLACE = String.raw`plant|factory|depot|site|hospital|school|academy|warehouse|mill|works|yard|store|office|branch|clinic|surgery|station|hotel|restaurant|kitchen|lab|garage|shop|bakery|firm|agency|practice|centre|center|distribution centre|distribution center|campus|refinery|mine|port|docks|terminal`;

const FIRST_AT = new RegExp(
  String.raw`(?:^|[,:;!—–-]\s*|\b(?:[Mm]y|[Ss]urvived|[Ff]inished|[Cc]ompleted|[Nn]ailed|[Ww]rapped up|[Dd]one with|[Oo]fficially)\s+(?:my\s+)?)(?:[Ff]irst|[Ss]econd|1st|2nd) (?:full |proper |real )?(?:day|week|month|shift|fortnight) at ((?:the )?\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:&|and|of) \p{Lu}[\p{L}\p{N}&'’-]*| \p{Lu}[\p{L}\p{N}&'’-]*){0,3}(?: (?:${WORKPLACE})\b)?)`,
  'u',
);

/** A question, a plan or a wish about the first days is not yet a job had. */
const NOT_YET = /\?|\b(?:how|what|any tips|tips for|advice|nervous|dreading|worried|before|will|going to|gonna|is (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|is tomorrow|is next|starts?|if)\b/i;

/** Where the user works, said by a first day, week or shift there. */
export function firstDaysAt(sentence: string): FirstDaysFact[] {
  const m = FIRST_AT.exec(sentence);
  if (!m || NOT_YET.test(sentence)) return [];
  const place = m[1]!.trim();
  // "the" belongs to a place said by its kind ("the Jeep plant"), not to a name alone ("the Brennan's" is not said).
  const name = /^the \S+$/i.test(place) ? place.slice(4) : place;
  return [{ kind: 'fact', slot: 'user/employer', text: `User works at ${name}.`, value: name, importance: 0.75 }];
}
