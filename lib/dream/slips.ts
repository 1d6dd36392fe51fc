/**
 * A name said wrong and mended in the same breath: "questions for my aunt Hafija... no, Hanna, sorry", "my brother
 * Tom, I mean Tim, is visiting", "my sister Ana — sorry, Anna — is a nurse". Read with the slip left out, the rules
 * learn the name meant ("User's aunt is Hanna.") and never the slip.
 */

/** What mends a slip: "no", "sorry", "I mean", "er", "oops", alone or two together ("no, sorry"). */
const MEND = String.raw`(?:no|nope|sorry|oops|I mean|I meant|er|erm|um|uh|wait|or rather|rather)`;
/**
 * A capitalised word, a pause (dots, a comma or a dash), the mend, and another capitalised word. Both must look like
 * names: the second is not a pronoun or an opener ("Tom, sorry, I forgot" mends nothing).
 */
const SLIP = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)(?:\s*(?:\.{2,}|…|,|—|–)\s*|\s+-\s+)${MEND}(?:[,.!]?\s+${MEND})?[,.!:]?\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])(?:,?\s+sorry\b)?`,
  'gu',
);
const NOT_A_NAME = /^(?:I|I'm|I've|I'll|I'd|It|It's|He|She|We|They|You|My|Our|His|Her|Their|Your|The|A|An|This|That|There|Then|So|But|And|Or|No|Yes|Sorry|Thanks|Please|Just|Not|Wait|Oh|Well|Ok|Okay|What|Who|How|Why|When|Where)$/;

/** A word made from a name that is no name: "British-style", "Claude-like", "Python-based". */
const MADE_FROM_A_NAME = /-(?:style|like|ish|based|esque|type|flavou?red|speaking)$/i;
/**
 * "no" right before the word, with no pause, may be the determiner of a noun phrase: "answer in French, no Claude
 * hedging" asks for no hedging and mends nothing. Read as a slip only when what follows the word is a pause, the end,
 * or a verb a slip goes on with ("Tom, no Tim is coming").
 */
const BARE_NO = /,\s*no(?:pe)?\s+\p{Lu}/u;
const GOES_ON = /^(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:is|was|will|has|had|said|says|told|and|from|who|too|also|sorry)\b)/u;

/**
 * A diet said wrong and mended in the same breath: "vegan. no wait — vegetarian", "im vegan. no wait veggie", "sou
 * vegano. não, pera — vegetariano", "je suis végane, non, attends, végétarienne", "soy vegana, no, perdón, vegetariana". Diets are a closed
 * class, so the two words need no capital to be told apart from the talk around them; the mend is said in English or
 * in the language the rules read the diet in. The word meant ends its clause ("no, vegetarian."), so "I'm vegan, no
 * vegetarian options here" mends nothing.
 */
const DIET = String.raw`(?:veggie|vego|veggo|plant[- ]based|vegan|vegetarian|pescatarian|pescetarian|flexitarian|vegan[oa]|vegetarian[oa]|pescetarian[oa]|pescatarian[oa]|v[ée]gane?|v[ée]g[ée]tarien(?:ne)?|v[ée]g[ée]talien(?:ne)?|pesc[ée]tarien(?:ne)?|Veganer(?:in)?|Vegetarier(?:in)?|vegetarisch|veganistisch|veganist)`;
const MEND_ANY = String.raw`(?:${MEND}|não|nao|pera|peraí|espera|quer dizer|digo|desculpa|perdão|non|attends|pardon|enfin|je veux dire|nein|warte|ich meine|sorry|äh|perdón|quiero decir|aspetta|cioè|scusa|nee|wacht|ik bedoel)`;
const DIET_SLIP = new RegExp(
  String.raw`(?<![\p{L}])(${DIET})(?:\s*(?:\.{1,3}|…|,|;|—|–)\s*|\s+-\s+)${MEND_ANY}(?:[\s,.!:—–-]+${MEND_ANY}){0,2}[\s,.!:—–-]+(${DIET})(?![\p{L}])(?=\s*(?:[,.;:!?)—–-]|$)|\s+(?:and|but|so|now|since|because|though|I|e|et|y|und|en|mas|mais|pero|aber|ma|maar)(?![\p{L}]))`,
  'giu',
);

/** `text` with each mended slip replaced by the name or the diet meant. */
export function withoutSlips(text: string): string {
  if (!/\b(?:no|nope|sorry|oops|mean|meant|er|erm|um|uh|wait|rather|não|nao|pera|espera|non|attends|nein|warte|aspetta|nee|wacht|digo|perdón|pardon)\b/i.test(text)) return text;
  text = text.replace(DIET_SLIP, (all: string, said: string, meant: string) => (said.toLowerCase() === meant.toLowerCase() ? all : meant));
  return text.replace(SLIP, (all: string, said: string, meant: string, at: number) => {
    if (NOT_A_NAME.test(meant) || NOT_A_NAME.test(said) || said === meant || MADE_FROM_A_NAME.test(meant)) return all;
    if (BARE_NO.test(all) && !GOES_ON.test(text.slice(at + all.length))) return all;
    return meant;
  });
}
