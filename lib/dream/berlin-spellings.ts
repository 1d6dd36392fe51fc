/**
 * Berlinerisch written as it is spoken ("Ick bin Busfahrer bei der BVG", "ick bin allergisch jejen Kidneybohnen", "Wir
 * sind nach Köpenick jezogen", "antworte ma bitte imma uff Deutsch, wa, nich uff Englisch"): the German rules read
 * standard German, so a turn that is plainly Berlinerisch is read in standard spellings, word for word. The
 * correspondences are the dialect's own and regular: "ick"/"icke" for "ich", "j" for a "g" before a vowel ("jejen",
 * "jut", "janz", and the participles "jezogen", "jekündigt", "abjejeben"), "ooch" for "auch", "uff" for "auf", "nich"
 * for "nicht", "wat" for "was", "dit"/"det" for "das", "imma" for "immer", "kleene" for "kleine".
 *
 * Only a turn whose "I" is "ick" or "icke" and that holds one more word of the dialect is respelt: alone, "wat" is
 * Dutch, "det" Danish, "uff" a sigh, and "ick" the "I" of some Low German too (respelt the same, which is right there).
 */

/** "I" in Berlinerisch, the word a turn must hold to be read so. */
const BERLIN_I = /(?<![\p{L}'’])(?:ick|icke|ha['’]ick|hab['’]ick)(?![\p{L}])/iu;

/** Words that only the dialect spells so; one of them beside "ick" says the turn is Berlinerisch. */
const BERLIN_ONLY = new Set(
  'jejen ooch imma nich wat dit det uff janz jut jerne jenau jeht kleene keene eene kieke kiek jibt jibts jetan jesacht jemacht'.split(' '),
);

/** Berlinerisch word → standard German word. */
const RESPELT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ick: 'ich',
    icke: 'ich',
    "ha'ick": 'habe ich',
    "hab'ick": 'habe ich',
    nich: 'nicht',
    ooch: 'auch',
    uff: 'auf',
    imma: 'immer',
    wat: 'was',
    dit: 'das',
    det: 'das',
    jejen: 'gegen',
    janz: 'ganz',
    jut: 'gut',
    jerne: 'gerne',
    jenau: 'genau',
    jeht: 'geht',
    jibt: 'gibt',
    jibts: 'gibts',
    kleene: 'kleine',
    keene: 'keine',
    eene: 'eine',
    kieke: 'gucke',
    // "ma" is "mal" or "mir"; after a verb's imperative it is the softening "mal" ("antworte ma bitte").
    ma: 'mal',
  }),
);

/**
 * A participle with the dialect's "je-" for "ge-", after a separable prefix or none: "jezogen", "jekündigt",
 * "jeschafft", "abjejeben", "umjezogen". German words that begin with "je" themselves ("jeden", "jetzt", "jemand",
 * "jedoch", "jenseits", "jeweils") are no participles.
 */
const JE_PARTICIPLE = /^(ab|an|auf|aus|ein|mit|nach|vor|zu|um|weg|zurück|raus|rein|hin|her)?je(\p{Ll}{2,}(?:t|en))$/u;
const JE_WORDS = /^je(?:de[nmrs]?|dweder|doch|denfalls|tzt|mand|mals|ner|ne[nmrs]?|nseits|weils|weilig|ans|rsey|ts)$/iu;

const WORD = /(?<![\p{L}'’])\p{L}+(?:['’]\p{L}+)?(?![\p{L}])/gu;

function isBerlinerisch(text: string): boolean {
  if (!BERLIN_I.test(text)) return false;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (BERLIN_ONLY.has(w)) return true;
    const je = JE_PARTICIPLE.exec(w);
    if (je && !JE_WORDS.test(w.slice(je[1]?.length ?? 0))) return true;
  }
  return false;
}

/** The turn in standard German spellings when it is written in Berlinerisch; any other text as it was. */
export function inStandardGermanSpellings(text: string): string {
  if (!isBerlinerisch(text)) return text;
  return text.replace(WORD, (word) => {
    const lower = word.toLowerCase().replace('’', "'");
    let standard = RESPELT.get(lower);
    if (standard === undefined) {
      const je = JE_PARTICIPLE.exec(lower);
      if (je && !JE_WORDS.test(lower.slice(je[1]?.length ?? 0))) standard = `${je[1] ?? ''}ge${je[2]!}`;
    }
    if (standard === undefined) return word;
    return /^\p{Lu}/u.test(word) ? standard[0]!.toUpperCase() + standard.slice(1) : standard;
  });
}
