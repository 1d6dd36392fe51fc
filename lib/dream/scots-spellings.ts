/**
 * Scots written as it is spoken ("ah'm 74, retired welder fae the Govan yards", "keep yer answers short an in wee
 * numbered steps please, nae big paragraphs", "ah sing bass wi the choir"): the rules read English, so a turn that is
 * plainly Scots is read in English spellings, word for word. Only a turn holding two or more words that no English
 * sentence uses ("fae", "cannae", "ah'm", "ony") is respelt: alone, "ma" is French and Italian, "an" an article, "ah"
 * a sigh, "tae" a Vietnamese name.
 */

/** Words of Scots that English does not spell so (each counts once toward "this turn is Scots"). */
const SCOTS_ONLY = new Set(
  (
    "fae tae cannae dinnae didnae disnae wisnae wasnae isnae urnae wouldnae widnae couldnae shouldnae hasnae havnae hivnae willnae " +
    "ah'm ah've ah'll ah'd masel yersel hissel hersel oursels aboot oot doon hame whit ony onybody onything weans grandweans bairns " +
    'wi yer ye daein gaun gaein naw aw awfy ken'
  ).split(' '),
);

/** Scots word → English word. "ah" is "I" unless a pause or an English reply word follows it ("ah, right", "ah ok"). */
const RESPELT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "ah'm": "I'm",
    "ah've": "I've",
    "ah'll": "I'll",
    "ah'd": "I'd",
    ma: 'my',
    masel: 'myself',
    yer: 'your',
    yersel: 'yourself',
    ye: 'you',
    fae: 'from',
    tae: 'to',
    wi: 'with',
    nae: 'no',
    naw: 'no',
    aye: 'yes',
    aw: 'all',
    oot: 'out',
    doon: 'down',
    aboot: 'about',
    hame: 'home',
    whit: 'what',
    ony: 'any',
    onybody: 'anybody',
    onything: 'anything',
    weans: 'children',
    grandweans: 'grandchildren',
    bairns: 'children',
    daein: 'doing',
    gaun: 'going',
    gaein: 'going',
    cannae: "can't",
    dinnae: "don't",
    didnae: "didn't",
    disnae: "doesn't",
    wisnae: "wasn't",
    wasnae: "wasn't",
    isnae: "isn't",
    urnae: "aren't",
    wouldnae: "wouldn't",
    widnae: "wouldn't",
    couldnae: "couldn't",
    shouldnae: "shouldn't",
    hasnae: "hasn't",
    havnae: "haven't",
    hivnae: "haven't",
    willnae: "won't",
  }),
);

const WORD = /(?<![\p{L}'’])\p{L}+(?:['’]\p{L}+)?(?![\p{L}])/gu;
/** After "ah", a sigh goes on like this; a Scots "I" is followed by its verb. */
const SIGH_AFTER = /^\s*(?:[,.!?…:;—–-]|$|(?:ok|okay|right|well|yes|no|aye|naw|so|that|I|oh|ha|thanks|cheers|sorry|nice|good|great|cool|sure)\b)/i;

function isScots(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace('’', "'");
    // "Wi-Fi" is not "with".
    if (w === 'wi' && text[m.index + 2] === '-') continue;
    if (SCOTS_ONLY.has(w)) seen.add(w);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** The turn in English spellings when it is written in Scots; any other text as it was. */
export function inEnglishSpellings(text: string): string {
  if (!isScots(text)) return text;
  return text.replace(WORD, (word, at: number) => {
    const lower = word.toLowerCase().replace('’', "'");
    const rest = text.slice(at + word.length);
    let english: string | undefined;
    if (lower === 'ah') english = SIGH_AFTER.test(rest) ? undefined : 'I';
    // "an ma eyes", "an ah'm late" is "and"; "an hour", "an apple" keep their article.
    else if (lower === 'an') english = /^\s+(?:[bcdfgjklmnpqrstvwxyz]|ah(?![\p{L}])|I(?![\p{L}]))/iu.test(rest) ? 'and' : undefined;
    else if (lower === 'wi') english = rest.startsWith('-') ? undefined : 'with';
    else english = RESPELT.get(lower);
    if (!english) return word;
    return /^\p{Lu}/u.test(word) && english !== 'I' && !english.startsWith("I'") ? english[0]!.toUpperCase() + english.slice(1) : english;
  });
}
