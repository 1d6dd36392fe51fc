/**
 * An injury or illness the user got over, said in another language, as recovered.ts reads it in English: "mon genou
 * est enfin guéri", "la rodilla ya está bien", "il ginocchio è guarito", "o joelho já sarou", "mein Knie ist wieder
 * gesund", "mijn knie is hersteld", "колено уже зажило", "dizim tamamen iyileşti", "lututku sudah sembuh", "endelig frisk
 * etter kyssesyken", "knät är läkt", "narakize malariya" (Kirundi, Kinyarwanda), "nimepona malaria" (Swahili).
 *
 * What it returns is the body part or illness as the user's own chats would spell it, so the passages that talked
 * about it can be found by their words: the word as typed in the languages that keep it whole; in Turkish with the
 * "my" ending that the other cases build on ("dizim" is in "dizimde", "dizimdeki"); in Russian and Ukrainian its stem,
 * the cases changing only the end ("колен" is in "колено", "колене", "коленом").
 *
 * Not a wish, a hope, a condition or a question ("si mon genou va mieux", "ojalá la rodilla esté bien", "dizim
 * iyileşti mi?"), and not a negation ("mein Knie ist nicht gesund").
 */

const FULLY = (words: string) => String.raw`(?:(?:${words})\s+)*`;
const EDGE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

interface Said {
  re: RegExp;
  /** The word the passages about it hold, from the word matched. */
  spelled?: (word: string) => string;
  /** Someone else named before it in its clause ("kona er frisk etter influensaen"): theirs, not the user's. */
  someoneElse?: RegExp;
}

/** Norwegian, Danish and Swedish words for someone other than the user, as the subject before a recovery. */
const NORDIC_SOMEONE_ELSE = /(?:^|[^\p{L}])(?:han|hun|hon|du|dere|ni|de|vi|kona|konen|frua|mannen|sambo(?:en)?|kjæresten|sønnen|datteren|sonen|dottern|barna|ungene|mamma|pappa|mor|far|bror|søster|syster|broren|søsteren|kollegaen|kollegan|vennen|venninnen|hunden|katten)(?:[^\p{L}][^,;:.!?]*)?$/iu;

/** Illnesses in Norwegian, Danish and Swedish, in their plain (indefinite) form. */
const NORDIC_ILLS = 'kyssesyke|kyssesjuke|kjertelfeber|körtelfeber|mononukleose|influensa|influenza|forkjølelse|förkylning|forkølelse|lungebetennelse|lunginflammation|lungebetændelse|bronkitt|bronkit|halsbetennelse|halsbetændelse|halsfluss|omgangssyke|omgangssyge|magsjuka|covid|korona|corona|helvetesild|bältros|halvsidig hovedpine|feber|ørebetennelse|öroninflammation|bihulebetennelse|bihåleinflammation|blindtarmsbetennelse';
/** Body parts and injuries in the same, plain form. */
const NORDIC_PARTS = 'kne|knä|knæ|ankel|fotled|fot|rygg|ryg|skulder|skuldra|håndledd|håndled|handled|hofte|höft|albue|armbåge|ribbein|revben|ribben|menisk|sene|brudd|brud|bein|ben|arm|hånd|hand|finger|tå|nakke|nacke|lyske|ljumske';
/** The definite endings those words take ("kneet", "foten", "influensaen", "knät", "hånda"). */
const NORDIC_DEFINITE = '(?:ene|en|et|n|a|t)?';

const SAID: Said[] = [
  // French: "mon genou est (enfin) guéri", "ma cheville va mieux", "la grippe est passée".
  {
    re: new RegExp(String.raw`${EDGE}(?:mon|ma|le|la|l')\s*(genou|cheville|dos|poignet|épaule|hanche|pied|jambe|bras|coude|doigt|orteil|côtes?|ménisque|tendon|grippe|covid|rhume|bronchite|pneumonie|fracture|entorse|zona)\s+(?:est|va)\s+${FULLY('complètement|totalement|enfin|maintenant|bien|tout à fait|déjà')}(?:guérie?|rétablie?|mieux|bien|cicatrisée?|passée?|partie?)${AFTER}`, 'iu'),
  },
  // Spanish: "la rodilla ya está bien", "mi tobillo está curado", "se me curó la gripe" is left.
  {
    re: new RegExp(String.raw`${EDGE}(?:mi|la|el)\s+(rodilla|tobillo|espalda|muñeca|hombro|cadera|pierna|brazo|codo|costillas?|menisco|tendón|gripe|covid|resfriado|bronquitis|neumonía|fractura|esguince)\s+(?:ya\s+)?(?:está|quedó|se ha)\s+${FULLY('totalmente|completamente|por fin|ya|bien|del todo')}(?:curad[oa]|recuperad[oa]|bien|perfect[oa]|sanad[oa]|mejor|como nuev[oa])${AFTER}`, 'iu'),
  },
  // Portuguese: "o joelho já sarou", "meu tornozelo está bom", "a gripe passou".
  {
    re: new RegExp(String.raw`${EDGE}(?:meu|minha|o|a)\s+(joelho|tornozelo|costas|pulso|ombro|quadril|anca|perna|braço|cotovelo|costelas?|menisco|gripe|covid|resfriado|constipação|fratura|entorse)\s+(?:já\s+)?(?:sarou|melhorou|curou|passou|(?:está|ficou)\s+${FULLY('totalmente|completamente|finalmente|já')}(?:curad[oa]|recuperad[oa]|bom|boa|bem|ótim[oa]|nov[oa] em folha))${AFTER}`, 'iu'),
  },
  // Italian: "il ginocchio è guarito", "la caviglia sta bene ormai".
  {
    re: new RegExp(String.raw`${EDGE}(?:il mio|la mia|il|la|lo|l')\s*(ginocchio|caviglia|schiena|polso|spalla|anca|gamba|braccio|gomito|costol[ae]|menisco|influenza|covid|raffreddore|bronchite|polmonite|frattura|distorsione)\s+(?:è|sta)\s+${FULLY('completamente|finalmente|ormai|di nuovo|del tutto|già')}(?:guarit[oa]|bene|meglio|a posto|passat[oa])${AFTER}`, 'iu'),
  },
  // German: "mein Knie ist wieder gesund", "die Grippe ist weg", "der Bruch ist verheilt".
  {
    re: new RegExp(String.raw`${EDGE}(?:mein|meine|das|die|der)\s+(Knie|Knöchel|Sprunggelenk|Rücken|Handgelenk|Schulter|Hüfte|Bein|Ellbogen|Rippen?|Meniskus|Sehne|Grippe|Erkältung|Bronchitis|Lungenentzündung|Bruch|Zerrung|Gürtelrose)\s+(?:ist|sind)\s+${FULLY('wieder|endlich|jetzt|komplett|völlig|ganz|vollständig|schon')}(?:gesund|verheilt|geheilt|ausgeheilt|gut|okay|in Ordnung|weg|vorbei)${AFTER}`, 'iu'),
  },
  // Dutch: "mijn knie is hersteld", "de griep is over".
  {
    re: new RegExp(String.raw`${EDGE}(?:mijn|de|het)\s+(knie|enkel|rug|pols|schouder|heup|been|elleboog|ribben?|meniscus|pees|griep|covid|verkoudheid|breuk|longontsteking)\s+(?:is|zijn)\s+${FULLY('weer|eindelijk|nu|helemaal|volledig|al')}(?:genezen|hersteld|beter|goed|oké|in orde|over|voorbij)${AFTER}`, 'iu'),
  },
  // Russian and Ukrainian: "колено уже зажило", "грипп прошёл", "коліно нарешті загоїлося".
  {
    re: new RegExp(String.raw`${EDGE}(колено|лодыжка|спина|запястье|плечо|бедро|локоть|ребро|мениск|сухожилие|перелом|грипп|ковид|простуда|бронхит|пневмония|коліно|щиколотка|зап'ястя|лікоть|ребро|меніск|застуда)\s+${FULLY('уже|наконец|полностью|совсем|окончательно|вже|нарешті|повністю|зовсім')}(?:зажил[оаи]?|прош(?:ло|ла|ли|ёл|ел)|вылечил(?:ся|ось|ась|ись)|восстановил(?:ся|ось|ась|ись)|в порядке|загоїл(?:ося|ася|ися|ся)|пройш(?:ло|ла|ли|ов)|минул[оаи]?|в нормі)${AFTER}`, 'iu'),
    spelled: (w) => (w.length > 5 ? w.replace(/[аяоеёиыуюьй]+$/u, '') : w),
  },
  // Turkish: the part with its "my" ending, then "iyileşti" / "düzeldi" / "geçti": "dizim tamamen iyileşti", "gribim geçti".
  {
    re: new RegExp(String.raw`${EDGE}(dizim|bileğim|ayak bileğim|omzum|omuzum|sırtım|belim|boynum|kalçam|ayağım|bacağım|kolum|dirseğim|parmağım|kaburgam|menisküsüm|tendonum|bağlarım|gribim|grip|nezlem|öksürüğüm|enfeksiyonum|kırığım|zatürrem|bronşitim|zona)\s+${FULLY('tamamen|artık|nihayet|sonunda|çoktan|iyice|tam|da|de')}(?:iyileşti|düzeldi|geçti|kaynadı)${AFTER}`, 'iu'),
  },
  // Indonesian and Malay: "lututku sudah sembuh", "flu saya udah sembuh", "kaki sudah pulih".
  {
    re: new RegExp(String.raw`${EDGE}(lutut|pergelangan kaki|punggung|pergelangan tangan|bahu|pinggul|siku|rusuk|tulang|flu|demam|covid|DBD|tipes|cedera)(?:ku|\s+(?:saya|aku|gue|gw))?\s+${FULLY('sudah|udah|sdh|dah|akhirnya|benar-benar|sepenuhnya|total')}(?:sembuh|pulih|baikan|membaik|normal lagi|sehat lagi)${AFTER}`, 'iu'),
  },
  // Norwegian, Danish and Swedish, the illness or part named in its plain form and read in its definite one too
  // ("kyssesyken", "kneet", "influensaen"): "endelig frisk etter kyssesyken", "ferdig med lungebetennelsen", "frisk
  // från influensan", "kneet er grodd", "foten er bra igjen", "knät är läkt", "forkølelsen er overstået".
  {
    someoneElse: NORDIC_SOMEONE_ELSE,
    re: new RegExp(String.raw`${EDGE}(?:frisk|rask|kvitt|ferdig med|färdig med|kommet (?:meg|mig) over|av med|fri for|fri från)\s+(?:igjen\s+|igen\s+|nå\s+|nu\s+)?(?:(?:etter|efter|fra|från|for)\s+)?(?:min\s+|mi\s+|mitt\s+)?(${NORDIC_ILLS}|${NORDIC_PARTS})${NORDIC_DEFINITE}${AFTER}`, 'iu'),
  },
  {
    re: new RegExp(String.raw`${EDGE}(${NORDIC_ILLS}|${NORDIC_PARTS})${NORDIC_DEFINITE}\s+(?:(?:min|mi|mitt)\s+)?(?:er|är)\s+${FULLY('helt|endelig|nå|nu|äntligen|igjen|igen|fullstendig|heilt')}(?:grodd|leget|helet|läkt|läkt ut|bra igjen|bra igen|god igjen|godt igjen|frisk|over|borte|forbi|overstået|væk|borta|över|slut)${AFTER}`, 'iu'),
  },
  // Kirundi and Kinyarwanda, "I healed (from) X" with the illness as typed after the verb: "narakize malariya",
  // "nakize neza igicurane", "ndakize inkorora".
  {
    re: new RegExp(String.raw`${EDGE}(?:nara|na|nda)kize\s+${FULLY('neza|rwose|burundu|ubu|noneho')}([\p{L}'’-]{4,})${AFTER}`, 'iu'),
  },
  // Swahili: "nimepona malaria", "nimepona kabisa kutoka homa", "malaria imeisha", "mafua yamekwisha".
  {
    re: new RegExp(String.raw`${EDGE}(?:nimepona|nimeshapona|nimepata nafuu)\s+${FULLY('kabisa|sasa|tayari')}(?:(?:kutoka|na)\s+)?(?!kabisa${AFTER})([\p{L}'’-]{4,})${AFTER}`, 'iu'),
  },
  {
    re: new RegExp(String.raw`${EDGE}(malaria|homa|mafua|kikohozi|typhoid|taifodi|korona|covid)\s+(?:yangu\s+)?${FULLY('sasa|tayari|kabisa')}(?:imeisha|imekwisha|imepona|yameisha|yamekwisha|umeisha|umekwisha)${AFTER}`, 'iu'),
  },
];

/** A hope, a condition, a wish or a negation in the clause before: "si", "ojalá", "wenn", "eğer", "если", "semoga". */
const NOT_OVER_BEFORE = /(?:^|[^\p{L}])(?:hvis|om|når|håper|hoppas|håber|dersom|ifall|si|quand|j'espère|espère|ojalá|espero|cuando|se|spero|quando|wenn|falls|hoffentlich|ob|als|als het|hopelijk|eğer|umarım|если|надеюсь|когда|якщо|сподіваюся|коли|semoga|kalau|jika|moga|nimba|ndizera|ndiz[ei]ye|kama|ikiwa|natumaini|nikipona)(?:[^\p{L}][^,;:.!?]*)?$/iu;
const NEGATED = /(?:^|[^\p{L}])(?:pas|no|non|não|nicht|niet|не|ні|belum|tidak|nggak|henüz|ikke|ikkje|inte|ennå ikke|ännu inte)\s+$/iu;

/** The body parts and illnesses a sentence in another language says the user got over. */
export function recoveriesInOtherLanguages(sentence: string): string[] {
  // A question asks whether it is over: "¿ya está bien la rodilla?", "dizim iyileşti mi?".
  if (/[?¿]|\s(?:mi|mı|mu|mü)\s*$/iu.test(sentence)) return [];
  const out: string[] = [];
  for (const { re, spelled, someoneElse } of SAID) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    if (NOT_OVER_BEFORE.test(before) || someoneElse?.test(before)) continue;
    const body = m[0].slice(m[0].toLowerCase().indexOf(m[1]!.toLowerCase()) + m[1]!.length);
    if (NEGATED.test(before) || /(?:^|\s)(?:pas|nicht|niet|не|ні|belum|tidak|ikke|ikkje|inte)\s/iu.test(body)) continue;
    const word = m[1]!.toLowerCase();
    out.push(spelled ? spelled(word) : word);
  }
  return out;
}
