/**
 * Work said by what the user does all day rather than by a job's name: "i cut hair 10 till 6 tues to sat", "I do nails
 * from home", "I lay bricks for a living"; and where, said by how long they have done it there: "been cutting at fresh
 * fadez in croydon 3 yrs now", "been teaching at Ridgeway for ten years". Nobody says "I cut hair" of their own or their
 * children's hair without saying whose, so the trade's work on a bare object is the trade; and a stretch of years at a
 * named place, with a verb of a trade, is where the user works.
 */

export interface WorkDoneFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const fact = (slot: string, text: string, value: string): WorkDoneFact => ({ kind: 'fact', slot: `user/${slot}`, text, value, importance: 0.75 });

/**
 * A trade's work on its bare object, by the verb the user says it with ("cut hair", "do nails", "lay bricks", "set glass
 * mosaic"), goods graded or work inspected for a living ("I grade lumber", "I scale logs", "I inspect welds": nobody
 * grades lumber or inspects welds of their own for a hobby), a route driven for a living ("I drive a vending route
 * around Muncie", "I run a bread route"), a seamstress's or a bookkeeper's work ("i do alterations at the bridal shop"),
 * and traps or pots for an animal worked for a living ("i run possum traps for a contractor", "I check crab pots out
 * of Newport": the animal named, since "I set traps" may be for the mice at home).
 */
const TRADE_WORK = String.raw`(cut|cuts|style|styles|colour|color|do|does) (hair|nails|lashes|brows|eyebrows|make-?up|tattoos|piercings)|(do|does) (alterations|tailoring|upholstery|bookkeeping)|(run|runs|check|checks|set|sets) ((?:possum|rabbit|rat|stoat|ferret|mole|muskrat|beaver|fur|predator|crab|lobster|cray) (?:traps|trap ?lines|pots))|(run|runs) ((?:a |the )?trap ?lines?)|(lay|lays) (bricks|carpets|floors|tiles|slabs)|(fit|fits) (kitchens|bathrooms|windows|carpets|boilers|tyres|tires)|(shoe|shoes) (horses)|(mend|repair|fix) (shoes|watches|clocks|boilers|roofs)|(read|reads) ((?:water |gas |electric |electricity |utility )?meters)|(set|sets|lay|lays) ((?:glass |stone |ceramic |porcelain |marble |mosaic )?(?:tile|tiles|tilework|mosaics?|pavers|flagstones|terrazzo))|(grade|grades|scale|scales) (lumber|timber|logs|eggs|grain|wool|cotton|hides|beef|diamonds|coins)|(inspect|inspects) (welds|pipelines|bridges|elevators|lifts|boilers|aircraft|restaurants|meat|poultry)|(drive|drives|run|runs|work|works) ((?:a|the) (?:vending|delivery|bread|milk|mail|rural mail|paper|newspaper|school bus|bus|snack|beer|linen|laundry|parcel|courier|postal|garbage|trash|bin|recycling|ice cream|propane|fuel) route)`;

/**
 * "i cut hair 10 till 6", "I do nails from home", "I lay bricks for a living": said as what the user does, with how long,
 * where or for a living after it, or nothing; not "I cut hair for my kids" or "I do my nails", nor a job done once in
 * the clause's past ("I set tile at my sister's last weekend": "set" is a past as well). Meters are read for
 * the body that bills for them ("I read gas meters for the council"), which is who the user works for.
 */
const DOES_THE_WORK = new RegExp(
  String.raw`\bI (?:currently |now |still |also |mostly |just )?(?:${TRADE_WORK})(?=\s*(?:[,.;:!?()]|$)|\s+(?:\d|for a living|full[- ]time|part[- ]time|for (?:work|money|a job)|for (?:a|an|the) (?:contractor|company|firm|business|crew|outfit|co-?op)|for (?:the |a )?(?:town|city|council|county|borough|utility|water board|gas board)|at (?!home\b)|in (?!my\b|our\b|the (?:bath|kitchen|garden|mirror)\b)|around (?!my\b|our\b|the (?:house|bath|kitchen|garden)\b)|across|out of|all over|from home|and|but|so|now|these days|mon|tues|wednes|thurs|fri|satur|sun)\b)(?![^.!?\n,;]{0,40}\b(?:yesterday|last (?:week|weekend|month|year|night)|ago|this morning)\b)`,
  'iu',
);

/**
 * "I do cell-tower work out of Odessa", "I do demolition work in Leeds", "I mostly do commercial roofing work": a line
 * of work said as the work the user does, with where it is based when said. Not work that says no trade ("I do some
 * work on my car", "my best work", "volunteer work", "shift work", "freelance work").
 */
const DOES_KIND_OF_WORK = new RegExp(
  String.raw`\bI (?:currently |now |still |also |mostly |mainly |just )?do ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) work(?=\s*(?:[,.;:!?()]|$)|\s+(?:out of|in|on|at|around|across|all over|for a living|full[- ]time|part[- ]time|now|these days|mostly|most days|and|but|so)\b)(?: (out of|in|around|across) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))?`,
  'u',
);
/**
 * Words before "work" that say how much, whose, how or on what terms it is done, not what it is; and the words of a
 * "do" that stresses a verb ("I do need to work on it", "I do want to work abroad"), where "work" is a verb.
 */
const NOT_A_LINE_OF_WORK =
  /^(?:to|not|need|needs|want|wanna|have|like|love|hate|get|really|actually|still|try|hope|plan|mean|intend|enjoy|prefer|and|or|of|with|for|in|on|at|it|that|what|so|too|a|an|the|my|our|his|her|their|your|this|that|these|those|some|any|no|all|more|less|much|extra|good|great|hard|real|honest|quick|light|heavy|odd|best|own|volunteer|volunteering|charity|unpaid|paid|shift|night|day|weekend|freelance|contract|agency|temp|casual|seasonal|gig|remote|office|desk|computer|house|home|school|course|team|paper|side|part-time|full-time|manual|physical|admin|overtime|lots|lot|plenty|enough|little)$/i;

/** The verbs of a trade a stretch of years at a place is said with ("been cutting at …", "been nursing at …"). */
const TRADE_VERB = String.raw`working|cutting|styling|teaching|lecturing|tutoring|nursing|cooking|baking|brewing|bartending|serving|waitressing|cleaning|driving|coaching|managing|barbering|tattooing|training (?:staff|apprentices)`;
const COUNT = String.raw`(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;

/**
 * "been cutting at fresh fadez in croydon 3 yrs now", "I've been working at Harlow Dental for six years": where, by the
 * years or months spent there. Not a home, a gym or a friend's ("been training at the gym", "been staying at my mum's").
 */
const YEARS_AT = new RegExp(
  String.raw`(?:\bI(?:'ve| have)? |^|[,;:—–!]\s*|\p{Extended_Pictographic}\s*)been (${TRADE_VERB}) at (?!(?:home|work|it|this|that|my|his|her|their|our|a)\b)((?:the )?[\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,3}?)(?: in ([\p{L}'’-]+(?: [\p{L}'’-]+)?))?,? (?:for )?(?:about |nearly |almost |over |going on )?${COUNT} (?:yrs?|years?|months?)\b`,
  'iu',
);

/**
 * "I keep the grounds at Riverside cemetery in Kearney", "i keep the grounds for the golf club": the groundskeeper's
 * work said as what they do, with where. Only the grounds of a place ("keep the grounds at …", "of …", "for …"): "I keep
 * the grounds tidy" or "keep the coffee grounds" say no job. (Case-blind by hand: `\p{Lu}` under the i flag is any letter.)
 */
const KEEPS_THE_GROUNDS = new RegExp(
  String.raw`\b[Ii] (?:currently |now |still |also |just )?keep the grounds (?:at|of|for) ((?:the )?[\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,3}?)(?: (?:in|near|outside) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)?))?(?=\s*(?:[.;:!?()]|,(?! \p{Lu})|$)|\s+(?:and|but|so|now|for|since)\b)`,
  'u',
);

/**
 * Where the trade's work is done, said right after it: "I grade lumber at the sawmill in Libby", "i cut hair at fresh
 * fadez in croydon". A place with "the" or a name, and its town when said; not "at home", nor a time ("at 6").
 */
const WORK_DONE_AT = /^\s+at (?!(?:home|night|weekends?|the weekends?|work|times|least|first|last|most|all)\b)((?:the |an? )?[\p{L}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,3}?)(?: in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?|\p{Ll}[\p{L}'’-]+))?(?=\s*(?:[,.;:!?()]|$)|\s+(?:and|but|so|for|since|which|where|now|these|mon|tues|wednes|thurs|fri|satur|sun)\b)/u;

/**
 * Each word capitalised, where the user typed a name all in lower case ("fresh fadez" → "Fresh Fadez"); a place said
 * with "the" or "a" ("the hospital", "a packing plant") is a kind of place, not a name, and stays as typed.
 */
function asName(name: string): string {
  return name === name.toLowerCase() && !/^(?:the|an?)\b/.test(name) ? name.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase()) : name;
}

/** The work the user does and where, said in a sentence of theirs. */
export function workSaidByDoing(sentence: string): WorkDoneFact[] {
  const out: WorkDoneFact[] = [];
  const does = DOES_THE_WORK.exec(sentence);
  if (does) {
    const said = does[0].replace(/^I (?:currently |now |still |also |mostly |just )?/i, '').toLowerCase().split(/\s+/);
    const verb = said[0]!;
    // "I do hair", "I cut hair": said in the third person as the user's work.
    const third = verb === 'do' || verb === 'does' ? 'does' : verb.endsWith('s') ? verb : `${verb}${/(?:sh|ch|x)$/.test(verb) ? 'es' : 's'}`;
    const work = `${third} ${said.slice(1).join(' ')}`;
    out.push(fact('occupation', `User ${work}.`, work));
    const at = WORK_DONE_AT.exec(sentence.slice(does.index + does[0].length));
    if (at) {
      const place = `${asName(at[1]!)}${at[2] ? ` in ${asName(at[2])}` : ''}`;
      out.push(fact('employer', `User works at ${place}.`, place));
    }
  }
  const kind = does ? null : DOES_KIND_OF_WORK.exec(sentence);
  if (kind && !kind[1]!.split(/\s+/).some((w) => NOT_A_LINE_OF_WORK.test(w))) {
    const work = `does ${kind[1]} work${kind[3] ? ` ${kind[2]} ${kind[3]}` : ''}`;
    out.push(fact('occupation', `User ${work}.`, `${kind[1]} work`));
  }
  const grounds = KEEPS_THE_GROUNDS.exec(sentence);
  if (grounds) {
    const where = `${grounds[1]}${grounds[2] ? ` in ${grounds[2]}` : ''}`;
    out.push(fact('occupation', `User is a groundskeeper at ${where}.`, 'groundskeeper'));
  }
  const at = YEARS_AT.exec(sentence);
  if (at) {
    const place = `${asName(at[2]!)}${at[3] ? ` in ${asName(at[3])}` : ''}`;
    out.push(fact('employer', `User works at ${place}.`, asName(at[2]!)));
  }
  return out;
}
