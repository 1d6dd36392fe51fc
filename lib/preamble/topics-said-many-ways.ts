/**
 * The topics people most often ask an assistant never to raise, each said many ways. A topic kept off is rarely named
 * the way the chats about it named it: "don't bring up my time inside" keeps off "when I was in jail", "the divorce"
 * keeps off "since we split up", "mum's death" keeps off "since mum passed away". Before a topic's words are matched
 * (build.ts), every way of saying one of these topics is read as the topic's one word, on both sides.
 *
 * Each entry is a phrase, not a bare word that means other things as often: "inside" is prison only as a state of
 * someone ("my dad being inside", "years inside"), never "the cat is inside."; "split" is a separation only as a couple
 * splitting ("we split up"), never "split the bill"; "died" is not a phone's or a battery's. A phrase may name two
 * topics ("we split up" is a divorce and a breakup), and then it reads as both words.
 */

/** A topic's one word, and the phrases that say it. */
interface Topic {
  word: string;
  said: readonly RegExp[];
  /**
   * Words that name the topic as the name of one kept off, said alone ("drinking", "inside", "ex"): nobody asks never to
   * hear of "inside" the house, but a line may say it so.
   */
  named?: RegExp;
  /** Kin said another way ("my wife's brother" is a brother-in-law): part of a matter, never a matter by itself. */
  kin?: true;
  /**
   * Where a request names the topic by fewer of its phrases than the chats do: "my kid" in a request means the son or
   * the daughter the chats name, but "my son" in one means no daughter. Absent: a request names it by every phrase.
   */
  asked?: readonly RegExp[];
}

/** Someone a sentence may say is in prison or has died: a pronoun or a relative ("my uncle being inside"). */
const PERSON = String.raw`(?:he|she|they|him|her|them|dad|father|mum|mom|mother|brother|sister|son|daughter|uncle|aunt|auntie|cousin|husband|wife|partner|boyfriend|girlfriend|friend|nephew|niece|grandad|granddad|grandpa|grandfather|gran|granny|grandma|grandmother|grandson|granddaughter|stepdad|stepmum|stepmom|fianc(?:é|e)e?|bestie|mate|baby)`;
/** Someone or an animal of the user's a sentence may say was lost: "lost my mum", "lost our dog". */
const LOST_ONE = String.raw`(?:dad|father|mum|mom|mother|brother|sister|son|daughter|uncle|aunt|auntie|cousin|husband|wife|partner|boyfriend|girlfriend|friend|best friend|nephew|niece|grandad|granddad|grandpa|grandfather|gran|granny|grandma|grandmother|grandson|granddaughter|stepdad|stepmum|stepmom|baby|dog|cat|pet)`;
/** What follows a verb whose object makes it something else: "locked up the shop", "split up the work". */
const AN_OBJECT = String.raw`(?:the|a|an|my|your|his|her|their|our|it|this|that|these|those|some|all|everything|costs?|bills?|work|tasks?|chores|money|cash|difference)\b`;
/** A length of time someone is away for: "for two years", "for 18 months", "for a stretch". */
const FOR_YEARS = String.raw`for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (?:years?|yrs?|months?|stretch)\b`;

const rx = (source: string) => new RegExp(source, 'giu');

const TOPICS: readonly Topic[] = [
  {
    word: 'prison',
    named: rx(String.raw`\binside\b`),
    said: [
      rx(String.raw`\b(?:jail|gaol|prison|penitentiary)(?:s|ed)?\b`),
      rx(String.raw`\bimprison(?:ed|ment)?\b`),
      rx(String.raw`\bincarcerat(?:ed|ion)\b`),
      rx(String.raw`\b(?:locked|banged|sent) up\b(?! (?:${AN_OBJECT}|early|late|for the night|shop|house|office|tight))`),
      rx(String.raw`\bbehind bars\b`),
      rx(String.raw`\b(?:doing|serving|did|served|done) (?:time|(?:a|his|her|their|my) (?:sentence|stretch))\b`),
      rx(String.raw`\bin the (?:nick|clink|slammer)\b`),
      rx(String.raw`\b(?:released|let out|got out) (?:of|from) (?:jail|prison|gaol)\b`),
      rx(String.raw`\bHMP(?= \p{Lu})`),
      // "my time inside", "two years inside": inside said as a stretch of someone's life, not of a place.
      rx(String.raw`\b(?:time|years?|months|stretch|spell) inside\b(?! (?:${AN_OBJECT}|of|out))`),
      // "my uncle being inside", "he was inside for two years", "she's inside again": inside said of a person.
      rx(String.raw`(?<=\b${PERSON}(?:[\s\p{L}]{0,12}?\s(?:is|was|were|been)|'s|’s|'s been|’s been) )inside\b(?=\s+(?:again|${FOR_YEARS}|since (?:\d{4}|last year)))`),
      rx(String.raw`(?<=\bbeing )inside\b(?!\s+(?:${AN_OBJECT}|of|out|for (?:the|a) (?:day|night|morning|afternoon|evening)))`),
      rx(String.raw`\b(?:gefängnis|knast|hinter gittern|cárcel|carcel|prisión|prision|taule|en prison)\b`),
    ],
  },
  {
    word: 'divorce',
    named: rx(String.raw`\b(?:split|separation|separating)\b`),
    said: [
      rx(String.raw`\bdivorc(?:e|es|ed|ing)\b`),
      rx(String.raw`\b(?:split|splitting) up\b(?! ${AN_OBJECT})`),
      rx(String.raw`\b(?:we|they|I|she|he) split\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|last|this|after|when|two|three|a|years?|months?)\b(?! (?:bill|cost|check|the)))`),
      rx(String.raw`\bsplit (?:from|with) (?:my|her|his|their) (?:husband|wife|partner)\b`),
      rx(String.raw`\b(?:(?:we|they|we're|we are|they're|they are|I'm|I am|got|been|were|are|was) separated|separated from (?:my|her|his) (?:husband|wife|partner)|(?:my|our|the|their|her|his|a|trial) separation)\b`),
      rx(String.raw`\b(?:marriage|relationship) (?:ended|fell apart|broke down|is over|was over|breakdown)\b`),
      // Said as it happens: "Oz's marriage falling apart", "their marriage is breaking down", "on the rocks".
      rx(String.raw`\bmarriage(?:'s|’s| is| was)? (?:(?:slowly|finally|completely|kind of|sort of) )?(?:falling apart|coming apart|breaking down|breaking up|on the rocks|in trouble)\b`),
      rx(String.raw`\b(?:left (?:my|her|his) (?:husband|wife)|(?:husband|wife) left (?:me|her|him))\b`),
      // A spouse put out of the home by the other: "since his wife kicked him out", "my husband threw me out".
      rx(String.raw`\b(?:wife|husband|missus|hubby|spouse) (?:kicked|threw|put|booted|chucked|turfed) (?:him|her|me|them) out\b(?! of (?:the|a|an) (?:game|meeting|class|team|kitchen|car|bar|pub|room|chat|group)\b)`),
      rx(String.raw`\b(?:decree (?:nisi|absolute)|divorce papers)\b`),
      rx(String.raw`\b(?:scheidung|geschieden|getrennt|trennung|divorcio|divorciad[oa]s?|divorciamos|nos separamos|séparation|séparés|scheiding|gescheiden)\b`),
    ],
  },
  {
    word: 'breakup',
    named: rx(String.raw`\b(?:split|break ?up)\b`),
    said: [
      rx(String.raw`\bbreak-?ups?\b`),
      rx(String.raw`\b(?:broke|broken|breaking) up\b(?! (?:${AN_OBJECT}|the fight|a fight|into|laughing))`),
      rx(String.raw`\b(?:split|splitting) up\b(?! ${AN_OBJECT})`),
      rx(String.raw`\b(?:we|they) split\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|last|this|after|when|two|three|a|years?|months?)\b(?! (?:bill|cost|check|the)))`),
      rx(String.raw`\b(?:dumped (?:me|him|her)|got dumped|(?:he|she|they) dumped me|ended things with|called it quits|left me for)\b`),
      rx(String.raw`\b(?:trennung|schluss gemacht|ruptura|rompimos|rupture|on a rompu|uit elkaar)\b`),
    ],
  },
  {
    word: 'expartner',
    named: rx(String.raw`\bex\b`),
    said: [
      rx(String.raw`\bex-?(?:husband|wife|hubby|boyfriend|girlfriend|bf|gf|partner|fianc(?:é|e)e?)s?\b`),
      rx(String.raw`\b(?<=(?:my|his|her|your|our|an|the|their) )ex\b(?!-)(?!\s+(?:machina|officio|post|ante|libris|gratia))`),
      rx(String.raw`\bformer (?:husband|wife|partner|boyfriend|girlfriend)\b`),
      rx(String.raw`\b(?:mon ex|mi ex|mein ex|meine ex|ex-mann|ex-frau|ex-freund|ex-freundin|exmarido|exmujer|exnovi[oa])\b`),
    ],
  },
  {
    word: 'death',
    named: rx(String.raw`\bpassing\b`),
    said: [
      rx(String.raw`\b(?:deaths?|dying|bereave(?:d|ment)|funerals?|widow(?:ed|er)?|grie(?:f|ving)|mourning)\b`),
      rx(String.raw`\b(?:passed away|passed on|passing of|(?:her|his|their|mum's|mom's|dad's) passing)\b`),
      rx(String.raw`\b(?<!\b(?:phone|battery|laptop|car|engine|computer|it|signal|wifi|conversation|plant|plants|joke|mood|party|fire|server|hard drive|drive|screen|light|lights|bulb|app|account|trend|hype|noise|wind)\s)died\b`),
      rx(String.raw`\b(?:lost|losing)(?= (?:my|our|his|her|their) ${LOST_ONE}\b)`),
      rx(String.raw`\b(?:tod|gestorben|verstorben|muerte|falleci(?:ó|o|miento)|murió|décès|deuil|décédée?|overleden)\b`),
    ],
  },
  {
    // A parent by birth, as someone adopted names them: "my birth mother", "my biological mom", "bio dad", "my birth
    // parents", "mi madre biológica". "never bring up my birth mother" keeps off "the letter came back … my biological
    // mom"; "birth parents" and "biological family" are both parents. Not a mother or a birth alone ("my mom", "a birth
    // certificate", "since birth"), nor biology's other words ("biological clock", "a biological son"), nor a "natural mother" (one good at it).
    word: 'birthmother',
    said: [
      rx(String.raw`\b(?:birth|biological|bio)[- ](?:mothers?|moms?|mums?|mams?|mamas?)\b`),
      rx(String.raw`\b(?:birth|biological|bio)[- ](?:parents?|family|families|relatives)\b`),
      rx(String.raw`\b(?:mère biologique|madre biol[oó]gica|leibliche(?:n)? mutter|mãe biológica|biologische moeder|mamma biologica)\b`),
    ],
  },
  {
    word: 'birthfather',
    said: [
      rx(String.raw`\b(?:birth|biological|bio)[- ](?:fathers?|dads?|papas?)\b`),
      rx(String.raw`\b(?:birth|biological|bio)[- ](?:parents?|family|families|relatives)\b`),
      rx(String.raw`\b(?:père biologique|padre biol[oó]gico|leibliche(?:n|r)? vater|pai biológico|biologische vader|padre biologico)\b`),
    ],
  },
  {
    word: 'miscarriage',
    said: [
      rx(String.raw`\bmiscarr(?:iage|iages|ied|y)\b`),
      rx(String.raw`\b(?:lost|losing) (?:the|our|my|a|her) (?:baby|pregnancy)\b`),
      rx(String.raw`\b(?:pregnancy loss|baby loss|stillbirth|still-?born|ectopic(?: pregnancy)?|chemical pregnancy)\b`),
      rx(String.raw`\b(?:fehlgeburt|fausse couche|aborto espontáneo|aborto espontaneo|miskraam)\b`),
    ],
  },
  {
    // Fertility treatment is named by its procedures as often as by its name: "my sister's fertility treatment" keeps
    // off "she's on her second round of IVF", "the egg retrieval went well", "we've been trying for a baby for two years".
    word: 'fertility',
    named: rx(String.raw`\bfertility\b`),
    said: [
      rx(String.raw`\b(?:IVF|ICSI|IUI|in[- ]vitro fertili[sz]ation|infertil(?:e|ity)|surrogacy|surrogate)\b`),
      rx(String.raw`\bfertility (?:treatments?|clinics?|specialists?|doctors?|journey|struggles?|issues|problems|meds|medications?|drugs|injections|shots|testing|tests)\b`),
      rx(String.raw`\b(?:egg (?:retrievals?|collections?|freezing)|frozen embryos?|embryo (?:transfers?|implantation)|(?:trying|tried|been trying|struggling) (?:for a baby|to conceive|to get pregnant)|can'?t (?:seem to )?get pregnant)\b`),
      rx(String.raw`\b(?:künstliche befruchtung|kinderwunschbehandlung|kinderwunschklinik|fécondation in vitro|fecundación in vitro|fecondazione assistita|tratamiento de fertilidad|traitement de fertilité|fertiliteitsbehandeling|reageerbuisbevruchting)\b`),
    ],
  },
  {
    word: 'weight',
    named: rx(String.raw`\b(?:diet|dieting|weight loss|size|BMI)\b`),
    said: [
      rx(String.raw`\bweight(?:s)?\b(?!\s*(?:lifting|training|bench|room|plates?|class|vest)\b)`),
      rx(String.raw`\b(?:dieting|on a diet|my diet|calorie counting|counting calories|slimming world|weight ?watchers|my BMI|overweight|obese|obesity)\b`),
      rx(String.raw`\b(?:I'm|I am|feel|feeling|being|look|looking|so|too) fat\b`),
      rx(String.raw`\b(?:lose|lost|losing|gain|gained|gaining|put on|putting on) (?:\d+\s*(?:kg|kilos?|lbs?|pounds|stone)|(?:a (?:few|lot of|bit of) )?(?:pounds|kilos))\b`),
      rx(String.raw`\b(?:gewicht|abnehmen|poids|maigrir|régime|peso|adelgazar)\b`),
    ],
  },
  {
    word: 'debt',
    // "his money mess", "her financial troubles": the matter summed up, where the chats said foreclosure or debt.
    named: rx(String.raw`\b(?:(?:money|financial|cash) (?:troubles?|problems?|worries|issues|mess|struggles?|difficult(?:y|ies))|finances|loans?|credit cards?|overdraft)\b`),
    said: [
      rx(String.raw`\b(?:debt|debts|indebted|bankrupt(?:cy)?|insolven(?:t|cy)|bailiffs?|debt collectors?|overdrawn|overdraft|repossess(?:ed|ion)|foreclos(?:ed|ure))\b`),
      rx(String.raw`\b(?:owe|owed|owing) (?:money|the bank|thousands|\p{Sc}\s?\d|\d[\d,.]*k?\s*(?:quid|pounds|dollars|euros))\b`),
      rx(String.raw`\b(?:money|financial|cash|money's|finances) (?:troubles?|problems?|worries|issues|difficult(?:y|ies)|mess|stress|struggles?)\b`),
      rx(String.raw`\bmaxed out (?:my |our |the )?(?:credit )?cards?\b`),
      // A home lost to the lender, said without "foreclosed": "the bank taking his place", "losing the house to the bank".
      rx(String.raw`\b(?:the |his |her |their |my |our )?(?:bank|lender|mortgage company) (?:is |was |are |were )?(?:taking|took|takes|taken|repossessing|repossessed)(?: back)? (?:his|her|their|my|our|the|your) (?:place|house|home|flat|apartment|condo|farm)\b|\blos(?:e|es|ing|t) (?:his|her|their|my|our|the) (?:place|house|home|flat|apartment|condo|farm) to the (?:bank|lender)\b`),
      rx(String.raw`\bbehind (?:on|with) (?:the |my |our )?(?:rent|payments|bills|mortgage|loans?)\b`),
      rx(String.raw`\b(?:I'm|I am|we're|we are|flat|completely|totally|stony|so) broke\b(?! (?:up|down|my|the|it|into|off|out|through|in)\b)`),
      rx(String.raw`\b(?:schulden|verschuldet|pleite|dettes?|endett(?:é|e)e?|deudas?|endeudad[oa]|quiebra|schulden)\b`),
    ],
  },
  {
    word: 'addiction',
    named: rx(String.raw`\b(?:drinking|drugs|drug use|gambling|booze|alcohol)\b`),
    said: [
      rx(String.raw`\b(?:addict(?:s|ed|ion|ions)?|rehab|relaps(?:e|es|ed|ing)|sobriety|alcoholi(?:c|cs|sm)|AA meetings?|twelve steps|12 steps)\b`),
      rx(String.raw`\b(?:sober|clean) (?:for|since) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days?|weeks?|months?|years?)\b`),
      rx(String.raw`\b(?:(?:my|his|her|their|the) drinking|drinking (?:problem|habit|again)|(?:stopped|quit|gave up|giving up|quitting) (?:drinking|the booze|alcohol|drugs|gambling)|(?:drug|gambling|drinking|alcohol) (?:problem|habit|addiction|use)|using again|went to detox|in detox)\b`),
      rx(String.raw`\b(?:sucht|süchtig|entzug|adicción|adicto|addiction|désintox|alcoolique|verslaving)\b`),
    ],
  },
  {
    word: 'exam',
    named: rx(String.raw`\b(?:exams?|finals|resits?)\b`),
    said: [
      rx(String.raw`\b(?:exams?|finals|resits?|re-sits?|retakes?|bar exam|A-?levels|GCSEs?|MCAT|LSAT|(?:driving|theory|maths?|english|entrance|placement|final|end of year|mock) tests?)\b(?=[^.!?\n]{0,40}\b(?:fail|failed|failing|flunk|flunked|bombed|didn't pass|did not pass)\b)`),
      rx(String.raw`\b(?:fail|failed|failing|flunk|flunked|bombed|didn't pass|did not pass) (?:the |my |his |her |an |a |all my |both )?(?:\p{L}+ ){0,2}?(?:exams?|finals|resits?|boards|module|modules|A-?levels|GCSEs?|MCAT|LSAT|bar|(?:driving|theory|maths?|english|entrance|placement|final|mock) tests?)\b`),
      rx(String.raw`\b(?:resit|re-sit|retake|resat|retook|resitting|retaking)(?:s)?\b`),
      rx(String.raw`\b(?:durchgefallen|prüfung|examen|suspendí|suspendido|raté|recalé)\b`),
    ],
  },
  {
    word: 'cancer',
    named: rx(String.raw`\b(?:diagnosis|biopsy)\b`),
    said: [
      rx(String.raw`\b(?:cancer|tumou?rs?|chemo(?:therapy)?|radiotherapy|radiation therapy|oncolog(?:y|ist)|malignant|metasta(?:sis|tic|sised|sized)|lymphoma|leukaemia|leukemia|melanoma|carcinoma|sarcoma|mastectomy|remission)\b`),
      rx(String.raw`\b(?:krebs|tumor|chemotherapie|cáncer|quimio(?:terapia)?|cancer du|chimio(?:thérapie)?)\b`),
    ],
  },
  {
    word: 'redundancy',
    named: rx(String.raw`\b(?:job loss|layoffs?|lay-offs?|getting fired|being fired|sacking|dismissal)\b`),
    said: [
      rx(String.raw`\b(?:redundan(?:cy|cies|t)|laid off|lay-?offs?|layoffs?|let go|sacked|fired|got the sack|given the sack|lost (?:my|his|her|their) job|losing (?:my|his|her|their) job|job loss|out of work|made redundant)\b(?! (?:up|off|at|on|by|the|of|it|from the oven|from the kiln)\b)`),
      rx(String.raw`\b(?:gekündigt|entlassen|kündigung|arbeitslos|despido|despedid[oa]|me despidieron|licenciement|licencié|viré|ontslagen|ontslag)\b`),
    ],
  },
  {
    // A road accident is told as "the crash", "the accident", "my wreck", "the collision", or by what happened ("the man
    // I hit in the crosswalk", "got rear-ended"): "never bring up the collision" keeps off each. Only said of a road or
    // of someone's: a program that crashes, "by accident", a crash course or a collision in a physics lab is none.
    word: 'roadcrash',
    named: rx(String.raw`\b(?:crash|collision|accident|wreck|car accident|car crash)\b`),
    said: [
      rx(String.raw`\b(?:the|my|that|our|his|her|their|this|car|road|traffic|bike|bicycle|motorbike|motorcycle|cycling|head-on|highway|freeway|motorway) (?:crash|collision|wreck|smash|accident)(?:es|s)?\b(?! course\b)`),
      rx(String.raw`\b(?:fender[- ]benders?|hit[- ]and[- ]run|pile-?ups?|rear-?ended|t-?boned|crashed (?:my|the|our|her|his|into)|totall?ed (?:my|the|our|her|his) (?:car|truck|van|bike))\b`),
      rx(String.raw`\b(?:hit|struck|ran over|knocked down) (?:a|the|that|an?) (?:pedestrian|cyclist|biker|jogger|child|kid)\b`),
      rx(String.raw`\b(?:the )?(?:man|woman|guy|lady|kid|boy|girl|pedestrian|cyclist) I (?:hit|struck|ran over|knocked down)\b`),
    ],
  },
  {
    word: 'lawsuit',
    named: rx(String.raw`\b(?:court|case|trial|hearing|legal stuff|legal things)\b`),
    said: [
      rx(String.raw`\b(?:lawsuits?|sued|suing|litigation|employment tribunal|court (?:case|hearing|date|battle|proceedings|order)|(?:the|a|my) case against|legal (?:case|battle|action|fight|dispute)|custody (?:battle|case|hearing|fight)|small claims)\b`),
      // A court named by its kind, and being called to one: "a notice to appear at the immigration court", "her date in
      // family court", "has to appear in court". Courts that try someone's own matter (not "the supreme court" of the
      // news, nor a food court or a tennis court).
      rx(String.raw`\b(?:(?:immigration|family|criminal|traffic|county|magistrates['’]?|crown|district|juvenile|housing|probate|bankruptcy|divorce|eviction|municipal) courts?|notices? to appear|(?:appear|appears|appeared|appearing|appearance) (?:in|at|before) (?:the )?(?:[\p{L}-]+ )?court|court (?:appearance|summons|papers))\b`),
      // An order a court gives against someone, and a judge's ruling, told without the court's name: "I filed for a
      // restraining order", "the judge granted the order last week". A judge who rules, not one of a show or a contest.
      rx(String.raw`\b(?:restraining|protective|protection|no-contact|non-molestation) orders?\b|\border of protection\b`),
      rx(String.raw`\b(?:the|a) judge (?:granted|denied|ruled|ordered|dismissed|threw out|signed|sentenced|awarded)\b`),
      rx(String.raw`\b(?:gerichtsverfahren|verklagt|procès|demandad[oa]|rechtszaak)\b`),
      // Hindi and Rajasthani in Devanagari: "कोर्ट केस", "कोरट केस", "मुकदमा", "अदालत में केस", "कचहरी" (no word edges:
      // JavaScript's \b knows only ASCII letters).
      rx(String.raw`(?<![\p{L}\p{M}])(?:को(?:र्ट|रट)(?:[- ]कचहरी|\s+(?:केस|का\s+केस|रो\s+केस|(?:में|मां)\s+(?:केस|पेशी|तारीख)|री\s+तारीख|की\s+तारीख))|मु(?:क|क़)दम(?:ा|े|ो|ों|ां)|कचहरी|कचेड़ी|अदालत(?:ी)?)(?![\p{L}\p{M}])`),
    ],
  },
  {
    // An eviction is told by what the landlord did as often as by its name: "never bring up the eviction" keeps off
    // "since the landlord threw us out of the flat" and "they kicked me out of my apartment". Thrown out of a home, or
    // by whoever lets one; not out of a bar, a class or a game ("got kicked out of the pub", "threw out the old sofa").
    word: 'eviction',
    said: [
      rx(String.raw`\bevict(?:s|ed|ing|ion|ions)?\b`),
      rx(String.raw`\b(?:thr(?:ew|own|owing|ow)|kick(?:ed|ing)?|chuck(?:ed|ing)?|turf(?:ed|ing)?|forc(?:ed|ing)) (?:us|me|them|him|her|my family|the family|the kids|the tenants?) out\b(?= of (?:the|our|my|his|her|their|that|this|a|an) (?:[\p{L}-]+ ){0,2}?(?:flat|apartment|house|home|place|rental|room|unit|condo|bedsit|digs|trailer|caravan|tenancy)\b)`),
      rx(String.raw`(?<=\b(?:landlord|landlady|letting agents?|property manager|management company|housing association|owner)s?\b[^.!?\n]{0,40}?)\b(?:thr(?:ew|own|owing|ow)|kick(?:ed|ing)?|chuck(?:ed|ing)?|turf(?:ed|ing)?|forc(?:ed|ing)) (?:us|me|them|him|her|my family|the family|the tenants?) out\b`),
      rx(String.raw`\b(?:notice to quit|section 21 notice|possession order|no-fault eviction)\b`),
      rx(String.raw`\b(?:zwangsger(?:ä|ae)umt|zwangsr(?:ä|ae)umung|r(?:ä|ae)umungsklage|desalojo|desalojad[oa]s?|desahucio|desahuciad[oa]s?|expulsion locative|expulsée?s? de (?:notre|mon|leur) (?:appartement|logement)|uitgezet|uitzetting|huisuitzetting|sfratto|sfrattat[oa]|despejad[oa]s?)\b`),
    ],
  },
  {
    // Infidelity is named as a plain word in a request ("forget what I told you about Barnaby cheating on his wife")
    // and told otherwise in the chats ("he's having an affair", "seeing someone behind her husband's back"). Cheating
    // on a partner, not on a test or a diet; an affair someone has, not a family or a formal affair.
    word: 'infidelity',
    named: rx(String.raw`\bcheating\b`),
    said: [
      rx(String.raw`\b(?:cheat(?:s|ed|ing)?|two-tim(?:es|ed|ing)|stepp(?:ed|ing) out) on (?:(?:his|her|my|their|your|our) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fianc(?:é|e)e?|spouse|missus|hubby)|him|her|me|them|us)\b`),
      rx(String.raw`\b(?:infidelit(?:y|ies)|unfaithful|adultery|adulterous|cheating (?:husband|wife|partner|boyfriend|girlfriend|spouse))\b`),
      rx(String.raw`(?<!\b(?:family|whole|grand|formal|black-tie|quiet|simple|low-key|public|private|foreign|current|internal|state|messy|lavish|casual|glamorous|dressy)\s)\b(?:an|the|his|her|their|my|your|love|extramarital|secret) affair\b(?!s)`),
      rx(String.raw`\bbehind (?:his|her|my|their|your|our) (?:wife|husband|partner|girlfriend|boyfriend|fianc(?:é|e)e?|spouse)(?:'s|’s) back\b`),
      rx(String.raw`\b(?:seeing|sleeping with|hooking up with) (?:someone|somebody|other (?:women|men|people)) else\b`),
      rx(String.raw`\b(?:fremdgeh(?:t|en)|fremdgegangen|aff(?:ä|ae)re|(?:seine|ihre|meine) (?:frau|freundin) betrogen|(?:seinen|ihren|meinen) (?:mann|freund|partner) betrogen|infid(?:é|e)lit(?:é|e)|infidelidad|infiel|le (?:ha )?(?:puesto los cuernos|pone los cuernos)|vreemdgaan|vreemdgegaan|vreemdgaat|overspel|tradimento|traição)\b`),
    ],
  },
  {
    // A brush with the law is named in a request by what was done ("forget what I told you about Leopold getting caught
    // stealing") and told in the chat by what followed ("he got arrested for shoplifting"), or the other way round.
    // Theft said as a crime, not a bargain ("that's a steal") or a scene stolen; an arrest, not a cardiac one. The words
    // in other languages are those that say nothing else ("arrêté" is also "stopped", "volé" also "flew").
    word: 'crime',
    said: [
      rx(String.raw`\b(?:(?:getting|get|gets|got|gotten|been|being|was|were) )?(?:caught|accused of|charged with|done for|nicked for|arrested for|busted for|fired for|sacked for) (?:stealing|shoplifting|theft|nicking|pinching|lifting|pocketing|fraud|embezzl\p{L}*|burglary|robbery|drink[- ]driving|drunk[- ]driving|DUI|DWI|possession)\b`),
      rx(String.raw`\b(?:shoplift(?:s|ed|ing|er|ers)?|thefts?|thie(?:f|ves)|burglar(?:y|ies|ized|ised)?|robbery|embezzl(?:e|ed|ing|ement)|criminal record|convicted of|(?:a |his |her |their |my )?police record)\b`),
      rx(String.raw`(?<!\bcardiac )\b(?:(?:getting|get|gets|got|gotten|been|being|was|were) )?arrest(?:ed|s)?\b(?! (?:development|rate)\b)`),
      rx(String.raw`\b(?:(?:getting|get|gets|got|gotten|been|being|was|were) )?(?:caught )?(?:stealing|stole|nicking|pinching)(?= (?:from|at|in|money|cash|a|an|some|stuff|things|food|tools|bolts|clothes|booze|drugs)\b)`),
      rx(String.raw`\b(?:got|get|getting|been|was) (?:nicked|busted|pinched|picked up by the police|taken in by the police)\b`),
      // Theft at work said without naming it: "the money going missing at work", "cash kept going missing from the till",
      // and told as what was done: "skimming from the register", "pocketing the cash", "his hand in the till". Not money
      // gone on bills, nor skimming a book or milk.
      rx(String.raw`\b(?:money|cash|takings|funds|tips|the float)\s+(?:(?:kept|keeps|has been|had been|was|were|is|are|started|starts)\s+)?(?:going|gone|went|goes|go)\s+missing\b`),
      rx(String.raw`\bskimm(?:ed|ing|s)?\s+(?:money\s+|cash\s+)?(?:from|off)\s+(?:the\s+)?(?:register|till|tips|takings|cash(?: drawer)?|safe|float)\b|\bpocket(?:ed|ing|s)?\s+(?:the\s+)?(?:cash|money|takings|tips)\b|\b(?:hand|hands|fingers) in the till\b|\bcook(?:ed|ing|s)? the books\b`),
      rx(String.raw`\b(?:festgenommen|verhaftet|ladendiebstahl|diebstahl|vol à l'étalage|detenid[oa]|arrestad[oa]|robo|hurto|arrestat[oa]|furto|roubou|roubo|gearresteerd|winkeldiefstal|diefstal)\b`),
    ],
  },
  {
    word: 'therapy',
    named: rx(String.raw`\b(?:counsellor|counselor|anxiety)\b`),
    said: [
      rx(String.raw`(?<!\b(?:physical|physio|speech|occupational|couples?|retail|sports|light|heat|cold|water|music|art) )\b(?:therapy|therapist|counsell?ing|psychologist|psychiatrist|psychiatric|psychotherapy|CBT|EMDR|my shrink|mental health|(?:nervous|mental) breakdown|depression|panic attacks?|anxiety (?:disorder|attacks?|meds|medication)|antidepressants?|sertraline|fluoxetine|citalopram|sectioned)\b`),
      rx(String.raw`\b(?:therapie|therapeutin|therapeut|psychotherapie|terapia|terapeuta|thérapie|dépression|depresión)\b`),
    ],
  },
  {
    word: 'abuse',
    named: rx(String.raw`\b(?:assault|violence|what (?:he|she|they) did)\b`),
    said: [
      rx(String.raw`(?<!\b(?:drug|alcohol|substance|verbal abuse of|the|API|rate|system) )\b(?:abuse|abused|abusive|abuser|sexual(?:ly)? assault(?:ed)?|assaulted|domestic violence|coercive control|molest(?:ed|ation)|rape|raped|groom(?:ed|ing) (?:me|her|him)|(?:he|she|they) (?:hit|beat) me)\b`),
      rx(String.raw`\b(?:missbrauch|missbraucht|häusliche gewalt|maltrato|abuso|violences? conjugales?|violencia (?:doméstica|de género)|mishandeling)\b`),
    ],
  },
  {
    // A wedding that did not take place is named in a request by a word of its own ("never bring up my almost-wedding")
    // and told in the chats by what happened ("she didn't show up at the church", "I was left at the altar", "returning
    // the gifts from the wedding that never happened"). Not a guest missing a wedding, nor a wedding put off to a date.
    word: 'jilted',
    said: [
      rx(String.raw`\b(?:left|jilted|stood up|dumped|abandoned|ditched) (?:me |him |her )?at the (?:altar|church|chapel)\b|\bjilt(?:ed|ing)?\b`),
      rx(String.raw`\b(?:almost|nearly|near|would-be|non|never-was|failed|cancell?ed|called-off)[- ]weddings?\b`),
      rx(String.raw`\bwedding (?:that|which) (?:never (?:happened|took place|was)|didn'?t happen|did not happen|fell through|(?:was|got) (?:called off|cancell?ed))\b`),
      rx(String.raw`\b(?:call(?:ed|ing)?|broke|break|breaking) off (?:the|my|our|his|her|their) (?:wedding|engagement)\b|\b(?:the|my|our|his|her|their) (?:wedding|engagement) (?:is|was|got|has been) (?:called off|cancell?ed|off)\b`),
      // The one who did not come to their own wedding: at the church or the altar, not a guest at a reception.
      rx(String.raw`\b(?:(?:didn'?t|did not|never) (?:show|turn)|never (?:showed|turned)) up (?:at|to) the (?:church|altar|chapel|registry office|register office)\b`),
      rx(String.raw`\b(?:plantad[oa] en el altar|dejad[oa] en el altar|vor dem altar (?:stehen )?gelassen|abandonn(?:é|e)e? (?:devant|à) l'autel|voor het altaar (?:laten )?staan)\b`),
    ],
  },
  {
    // A share of someone's pay taken by order of a court, for a debt or child support: named in a request as "his pay
    // getting docked by the court" and told in the chat as "the county is garnishing his paycheck", "the garnishment".
    // Garnishing said of pay, not of a dish ("garnish with parsley"); pay docked by a court or for support, not by a
    // boss for being late.
    word: 'garnishment',
    said: [
      rx(String.raw`\bgarnishments?\b|\bgarnish(?:es|ed|ing)?(?= (?:his|her|my|their|your|our|the) (?:pay|paycheck|paycheque|wages?|salary|check|cheque|earnings|benefits|tax refund|bank account)\b)`),
      rx(String.raw`\b(?:pay|paycheck|paycheque|wages?|salary|earnings)(?: is| are| was| were| got| gets| getting| being| has been| have been)? garnished\b`),
      rx(String.raw`\b(?:pay|paycheck|paycheque|wages?|salary|earnings)(?: is| are| was| were| got| gets| getting| being| has been| have been)? docked (?:by (?:the )?(?:court|county|state|IRS|child support agency)|for (?:back )?(?:child support|alimony|back taxes))\b`),
      rx(String.raw`\b(?:attachment of earnings(?: order)?|wage attachment|wage garnishment|income withholding order)\b`),
      rx(String.raw`\b(?:lohnpf(?:ä|ae)ndung|pf(?:ä|ae)ndung|saisie sur salaire|embargo (?:de|del) (?:sueldo|salario|n(?:ó|o)mina))\b`),
    ],
  },
  {
    // Expenses claimed that were never spent, at work: named in a request as "Cosmo fiddling his travel reimbursements"
    // and told in the chat as "he's been padding his mileage log", "claiming 300 miles a week he never drove", "fake
    // receipts". Padding, fiddling or faking said of a claim for money, not of a cushion or a violin (nor "doctor
    // expenses" or "rig expenses", which are costs); miles claimed that were never driven, not miles driven.
    word: 'expensefraud',
    named: rx(String.raw`\b(?:(?:travel|mileage|business|work|fuel|gas|petrol) )?(?:expenses|expense (?:claims?|reports?|account)|mileage|reimbursements?|travel claims?)\b`),
    said: [
      rx(String.raw`\b(?:fiddl|padd?|inflat|fudg|fak|falsif)(?:e|es|ed|ing|s|y|ied|ies|ying)? (?:up )?(?:(?:his|her|their|my|the|our|your|its|all) )?(?:own )?(?:travel |business |work |company |overtime )?(?:expenses|expense (?:claims?|reports?|forms?|account)|mileage(?: (?:logs?|claims?|sheets?|forms?))?|reimbursements?|travel claims?|per diems?|time ?sheets?|receipts|overtime (?:claims?|hours))\b`),
      rx(String.raw`\b(?:expenses?|expense claims?|mileage|travel claims?|reimbursements?|per diem|overtime) (?:fraud|fiddl\p{L}*|scams?|padding|cheating)\b`),
      rx(String.raw`\b(?:fake|false|inflated|padded|fiddled|bogus|made-up|fraudulent|doctored) (?:(?:expense|mileage|travel|reimbursement|per diem|overtime) (?:claims?|receipts|reports?|logs?|forms?)|expenses|receipts|mileage|reimbursements?|time ?sheets?)\b`),
      rx(String.raw`\bclaim(?:s|ed|ing)? (?:for )?(?:about |around |over |nearly |almost )?(?:\d[\d,]* )?(?:miles|mileage|trips|hours|overtime|expenses|meals)\b[^.!?\n]{0,50}\b(?:never|didn'?t|did not|wasn'?t|weren'?t|hadn'?t)\b`),
    ],
  },
  {
    // Money the user was cheated of: named in a request as "the money I lost to that man online", "the scam", "getting
    // catfished", and told in the chats as "before I got catfished", "the wire transfers I sent to a man I met on a
    // dating site", "a romance scam took my savings". A person taken in ("scammed", "conned"), not a fish; money lost
    // or sent to someone met online, not a number given to a date or money lost on a bet.
    word: 'scam',
    named: rx(String.raw`\b(?:scams?|scammers?)\b`),
    said: [
      rx(String.raw`\b(?:catfish(?:ed|ing)|scamm(?:ed|ers?)|conned|swindled|defrauded)\b`),
      rx(String.raw`\b(?:romance|dating|online|sweetheart|pig[- ]butchering|crypto|investment|inheritance|lottery|military) (?:scams?|fraud)\b|\b(?:fell|falling|fall|fallen) for (?:a|the|his|her|their|that|this) (?:scam|con)\b`),
      rx(String.raw`(?:\b(?:money|savings|cash|wire[ds]?|wire transfers?|transfers?)|\p{Sc}\s?\d[\d,.]*k?|\b\d[\d,.]*k? (?:dollars|pounds|euros|bucks|quid))\b[^.!?\n]{0,40}?\bto (?:a|an|that|this|the|some) (?:man|woman|guy|girl|person|someone|stranger)\b[^.!?\n]{0,20}?(?:\bonline\b|\b(?:on|through|via) (?:an? |the )?(?:internet|dating (?:sites?|apps?)|tinder|bumble|hinge|facebook|instagram|whatsapp|match(?:\.com)?|plenty of fish)\b)`),
    ],
  },
  {
    // A business of the user's that failed or closed for good: named in a request as "anything about it going under"
    // and told in the chats as "since my diner closed", "when the restaurant went belly-up", "the health inspector
    // shut us down", "losing a business". Closed for good, not for the day ("the shop closed at 5", "closed early").
    word: 'businessclosed',
    said: [
      rx(String.raw`\b(?:went|go|goes|going|gone|has gone|had gone|was going|is going) (?:bust|belly[- ]up|out of business|to the wall|into (?:administration|receivership|liquidation))\b`),
      rx(String.raw`\b(?:it|we|they|the (?:\p{L}+ )?(?:business|company|firm|shop|store|restaurant|diner|café|cafe|bar|pub|bakery|salon|startup|place)) (?:went|go|goes|going|gone|has gone|had gone|was going|is going) under\b`),
      rx(String.raw`(?<=^|[\s(])(?:going|gone) under(?=\s*(?:[,.;:!?)]|$))`),
      rx(String.raw`\b(?:my|our|the|his|her|their) (?:own |old |little |family )?(?:diner|restaurant|café|cafe|shop|store|business|company|firm|startup|start-up|bar|pub|bakery|salon|studio|gym|garage|practice|boutique|bistro|deli|food truck|takeaway) (?:closed|shut|folded|failed|collapsed|went under)(?: (?:down|for good|its doors|for the last time))?\b(?! (?:at|early|late|for the (?:day|night|holidays?|weekend|season)|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?|till|until|by|before|after|because of the|due to the (?:snow|storm|weather|heat)))`),
      rx(String.raw`\b(?:shut|closed) (?:us|me) down\b|\bout of business\b(?! hours)|\bclosed (?:its|our|my) doors for good\b`),
      rx(String.raw`\blos(?:e|es|ing|t) (?:a|the|my|our|his|her|their) (?:own |family )?(?:business|restaurant|diner|shop|store|company|café|cafe|bar|pub|bakery|salon|practice)\b(?!['’]s)(?! (?:keys?|cards?|accounts?|passwords?|receipts?|number|address|contract|lease|customers?|clients?))`),
    ],
  },
  // Where a matter happened, said in a request as "at work" ("Ray and the money going missing at work") and told in the
  // chats by who and where: "my coworker Raymond", "a workplace where people think I'm a snitch", "my colleague".
  // Part of a matter, never a matter by itself (as kin is); "work" said alone still says it.
  {
    word: 'atwork',
    kin: true,
    said: [rx(String.raw`\bat work\b|\bwork\b|\bco-?workers?\b|\bworkmates?\b|\bworkplace\b|\bcolleagues?\b|\b(?:on|at) (?:my|the) (?:job|shift)\b`)],
  },
  // In-laws, said by the spouse they come through as often as by their name: "forget what I told you about my
  // brother-in-law" means the chat that said "my wife's brother got done for …".
  ...inLaws(),
  // A child of the user's named vaguely in a request: "never raise the thing with my kid again" keeps off the chats that
  // said "my son Kellan", "my boy got engaged", "my estranged son", "my daughter" and the line "User's son is …". Only
  // "my kid" or "my child" in the request stands for any of them; "my son" there still means the son alone.
  {
    word: 'ownchild',
    kin: true,
    said: [rx(String.raw`\b(?:my|our|user(?:'s|’s)) (?:[\p{L}-]+ )?(?:kids?|child|children|sons?|boys?|daughters?|lad|stepson|stepdaughter)\b`)],
    asked: [rx(String.raw`\b(?:my|our) (?:[\p{L}-]+ )?(?:kids?|child|children)\b`)],
  },
];

/** Each in-law with the ways of saying one: "brother-in-law", "my wife's brother", "my sister's husband". */
function inLaws(): Topic[] {
  const SPOUSE = String.raw`(?:wife|husband|partner|spouse|missus|missis|hubby|fianc(?:é|e)e?)(?:'s|’s)`;
  const kin = (word: string, through: string, or?: string): Topic => ({
    word: `${word}inlaw`,
    kin: true,
    said: [
      rx(String.raw`\b${word}[- ]in[- ]law\b`),
      rx(String.raw`\b(?:my|our|his|her|the) ${SPOUSE} ${through}\b${or ? String.raw`|\b(?:my|our) ${or}\b` : ''}`),
    ],
  });
  return [
    kin('brother', 'brother', String.raw`sister(?:'s|’s) husband`),
    kin('sister', 'sister', String.raw`brother(?:'s|’s) wife`),
    kin('mother', '(?:mother|mum|mom|mam)'),
    kin('father', '(?:father|dad)'),
  ];
}

/** Whether a phrase of several words is, whole, a name of a topic said alone (`named`): "travel reimbursement". */
function namedWhole(phrase: string): boolean {
  const p = phrase.trim();
  return TOPICS.some((t) => t.named && [...p.matchAll(t.named)].some((m) => m.index === 0 && m[0].length === p.length));
}

/** Where a text says one of the topics, and which: overlapping phrases join, with every topic they name. */
function topicSpans(text: string, asNamed = false, withKin = true): { start: number; end: number; words: string[] }[] {
  const found: { start: number; end: number; words: string[] }[] = [];
  for (const t of withKin ? TOPICS : TOPICS.filter((x) => !x.kin))
    for (const re of asNamed ? [...(t.asked ?? t.said), ...(t.named ? [t.named] : [])] : t.said)
      for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, words: [t.word] });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: typeof found = [];
  for (const f of found) {
    const last = joined.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      for (const w of f.words) if (!last.words.includes(w)) last.words.push(w);
    } else joined.push({ ...f, words: [...f.words] });
  }
  return joined;
}

/**
 * The first phrase of a text that says one of the topics, as it is said there ("years inside", "कोर्ट केस"): what a
 * request that names its matter by a pronoun ("never bring it up again") means, when the sentence before says one.
 */
export function topicPhraseIn(text: string): string | undefined {
  const span = topicSpans(text, false, false)[0];
  return span ? text.slice(span.start, span.end) : undefined;
}

/** The text with every phrase of a topic read as the topic's one word (or words: "split up" → "divorce breakup"). */
export function withTopicsSaidOneWay(text: string): string {
  let out = '';
  let at = 0;
  for (const span of topicSpans(text)) {
    out += `${text.slice(at, span.start)}${span.words.join(' ')}`;
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * A kept-off topic's name as the words a line must say to name it, each with the words that may stand for it: a phrase
 * of one of the topics is any word of its topics ("time inside" → "prison", "split up" → "divorce" or "breakup"), and
 * the user's own word too where the phrase is one word ("drinking" → "addiction" or "drinking"), so a line said in the
 * request's own wording is still found. A word a topic's name says alone names that topic too (`named`). `wordsOf` gives a text's words as they are matched.
 */
export function topicWordsSaidManyWays(topic: string, wordsOf: (text: string) => string[]): string[][] {
  const out: string[][] = [];
  let at = 0;
  for (const span of topicSpans(topic, true)) {
    for (const w of wordsOf(topic.slice(at, span.start))) out.push([w]);
    // The user's own word only where they said one ("drinking"): of "going under" the only word left is "going", and
    // "non-wedding" is two ("non", "wedding").
    const phrase = topic.slice(span.start, span.end);
    // A topic's name said with a word of what kind ("travel reimbursement", "gas expenses"): the chats may say its head
    // alone ("the reimbursement mess"), so the head is the user's own word, where it names the topic by itself ("claims"
    // in "expense claims" does not).
    const head = phrase.trim().split(/\s+/).at(-1)!;
    // "his money mess": the user's word before "mess" is theirs too, so a line that says only "money" is still found.
    const beforeMess = /^(\S+)\s+mess$/iu.exec(phrase.trim())?.[1];
    const own = phrase.trim().split(/\s+/).length === 1 ? wordsOf(phrase) : beforeMess ? wordsOf(beforeMess) : namedWhole(phrase) && namedWhole(head) ? wordsOf(head) : [];
    out.push([...new Set([...wordsOf(span.words.join(' ')), ...(own.length === 1 ? own : [])])]);
    at = span.end;
  }
  for (const w of wordsOf(topic.slice(at))) out.push([w]);
  return out;
}
