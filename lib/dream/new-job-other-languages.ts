/**
 * A new job said as when it starts, in French, Spanish, Italian and Portuguese: "je commence lundi comme enseignante
 * en sommellerie à l'École hôtelière de Laval", "empiezo el lunes como enfermera en el Hospital Clínic", "comincio
 * domani come cuoco presso l'Osteria Bacco", "comecei semana passada como designer na Nubank". As the English "I'm
 * starting as a nurse at St Mary's": what the user works as and, when named, where; the employer slot then holds the
 * new workplace, so the one said before ("je suis sommelière chez Ferland") reads as the old one.
 *
 * Only the first person of "begin" with "as": "il commence comme serveur" is someone else's, "je commence à comprendre"
 * (I'm beginning to understand) names no job.
 */

export interface NewJobFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Up to four words of when between the verb and "as" ("lundi", "la semaine prochaine", "el 3 de marzo"). */
const WHEN = String.raw`((?:\s+(?!(?:comme|en tant que|como|come)\b)[\p{L}\p{N}'-]+){0,4}?)`;
/** The job: a word, and what it is of ("enseignante en sommellerie", "profesora de inglés"). */
const AS_WHAT = String.raw`(\p{L}[\p{L}'-]+(?:\s+(?:en|de|d'|du|di|da|do|in)\s*\p{Ll}[\p{L}'-]+)?)`;
/**
 * Where: a capitalised name after "chez", "presso", "na", or after "à", "en", "a" with an article ("à l'École …",
 * "en el Hospital …"). Without the article these are as often a town ("como enfermera en Madrid"): where the job is.
 */
const WHERE = String.raw`(?:\s+(?:(?:chez|presso|na|no|nella|nel|alla|all'|au)\s+(?:l'|la |le |el |il |lo |o |a |os |as )?|(?:à|en|em|a|dans)\s+(?:l'|la |le |el |il |lo |o |os |as ))(\p{Lu}[^,.;!?\n]{1,50}?)|\s+(?:à|en|em|a|in)\s+(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?))?`;
const ENDS = String.raw`(?=\s*(?:[,.;:!?—–()-]|$)|\s+(?:et|mais|donc|y|pero|e|ma|mas|and|but|so)\b)`;

/** Each opening may start a sentence with a capital ("Je commence", "Empiezo"); the rest is matched as typed. */
const opening = (alternatives: string) => alternatives.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
// Without the "i" flag: under it \p{Lu} takes lower-case letters too, and a name must be capitalised.
const STARTS: RegExp[] = [
  // French: "je commence", "j'ai commencé", "je débute", "je démarre".
  new RegExp(String.raw`(?<![\p{L}])(?:${opening('je commence|j\'ai commencé|je débute|j\'ai débuté|je démarre|j\'ai démarré')})${WHEN}\s+(?:comme|en tant que)\s+${AS_WHAT}${WHERE}${ENDS}`, 'u'),
  // Spanish: "empiezo", "empecé", "comienzo", "comencé".
  new RegExp(String.raw`(?<![\p{L}])(?:${opening('empiezo|empecé|comienzo|comencé|he empezado|he comenzado')})${WHEN}\s+como\s+${AS_WHAT}${WHERE}${ENDS}`, 'u'),
  // Italian: "inizio", "comincio", "ho iniziato", "ho cominciato".
  new RegExp(String.raw`(?<![\p{L}])(?:${opening('inizio|comincio|ho iniziato|ho cominciato')})${WHEN}\s+come\s+${AS_WHAT}${WHERE}${ENDS}`, 'u'),
  // Portuguese: "começo", "comecei", "vou começar".
  new RegExp(String.raw`(?<![\p{L}])(?:${opening('começo|comecei|vou começar')})${WHEN}\s+como\s+${AS_WHAT}${WHERE}${ENDS}`, 'u'),
];

/** Words after "as" that name no job: "comme prévu" (as planned), "como siempre", "come sempre". */
const NOT_A_JOB = /^(?:prévu|d'habitude|toujours|avant|ça|cela|siempre|antes|eso|esto|sempre|previsto|prima|isso|isto|de costume|d'hab)$/iu;

export function newJobInOtherLanguages(sentence: string): NewJobFact[] {
  const s = sentence.replace(/[’‘]/g, "'");
  for (const re of STARTS) {
    const m = re.exec(s);
    if (!m) continue;
    const job = m[2]!.trim();
    if (NOT_A_JOB.test(job) || NOT_A_JOB.test(job.split(/\s+/)[0]!)) continue;
    const town = m[4] ? ` in ${m[4]}` : '';
    const out: NewJobFact[] = [{ kind: 'fact', slot: 'user/occupation', text: `User works as ${job}${town}.`, value: job, importance: 0.75 }];
    const where = m[3]?.trim();
    if (where && where.split(/\s+/).length <= 6) out.push({ kind: 'fact', slot: 'user/employer', text: `User works at ${where}.`, value: where, importance: 0.75 });
    return out;
  }
  return [];
}

/**
 * A job left for a business of the user's own, in one breath: "ho lasciato l'osteria e ho aperto la mia enoteca in via
 * Roma, si chiama 'Tappo'", "dejé el hotel y abrí mi propia cafetería en Cádiz", "j'ai quitté le restaurant et j'ai
 * ouvert ma propre cave à Lyon", "saí do banco e abri a minha loja", "I quit the hotel and opened my own bakery in
 * Hove". The business is then the user's work: it holds the occupation slot, so the job said before reads as the old one.
 * Only with the leaving said, and the business said as the user's own ("opened a bottle" is none): "I opened my own Etsy shop" alone may be beside a job.
 */
const LEFT_THEN_OPENED: RegExp[] = [
  // Italian: "ho lasciato / mollato …, mi sono licenziata … e ho aperto il mio / la mia / un / una …".
  String.raw`(?:ho lasciato|ho mollato|mi sono licenziat[oa]|mi sono dimess[oa])(?![\p{L}])[^.!?;\n]{0,60}?\s+e\s+(?:ho\s+)?aperto\s+(?:il mio|la mia|il mio nuovo|la mia nuova)\s+`,
  // Spanish: "dejé / he dejado / renuncié a … y abrí / he abierto mi propio/a / un/a …".
  String.raw`(?:dejé|he dejado|renuncié a|me fui de|me despidieron de)(?![\p{L}])[^.!?;\n]{0,60}?\s+y\s+(?:he\s+)?(?:abrí|abierto|monté|montado)\s+(?:mi propi[oa]|mi)\s+`,
  // French: "j'ai quitté / démissionné de … et j'ai ouvert / lancé mon / ma (propre) / un/e …".
  String.raw`(?:j'ai quitté|j'ai démissionné d[eu]|j'ai lâché)(?![\p{L}])[^.!?;\n]{0,60}?\s+et\s+(?:j'ai\s+)?(?:ouvert|lancé|monté)\s+(?:mon|ma)\s+(?:propre\s+)?`,
  // Portuguese: "saí do / deixei o / larguei o … e abri a minha / o meu / uma …".
  String.raw`(?:saí d[oa]|deixei [oa]|larguei [oa]|pedi demissão d[oa])(?![\p{L}])[^.!?;\n]{0,60}?\s+e\s+(?:abri|montei)\s+(?:a minha|o meu|minha|meu)\s+(?:própri[oa]\s+)?`,
  // English: "I quit / left the … and opened / started my own …".
  String.raw`\bI(?:'ve| have)?\s+(?:just\s+|finally\s+)?(?:quit|left|resigned from|walked out of)\b[^.!?;\n]{0,60}?\s+and\s+(?:I(?:'ve| have)?\s+)?(?:just\s+)?(?:opened|started|launched|set up)\s+(?:my own|my|our own|our)\s+`,
].map((source) => new RegExp(source + String.raw`((?:(?!(?:in|a|ad|al|alla|nel|nella|en|à|au|em|na|no|on|at|e|y|et|and|che|que|di|de|da|do|con|with|per|for|si|se|called|named)\b)\p{L}[\p{L}'-]*\s*){1,3}?)(?:\s*(in|a|en|à|em|na|no|on|at)\s+((?:via|viale|piazza|corso|calle|avenida|rue|avenue|rua)\s+[^,.;!?\n]{2,30}?|\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?))?(?:,?\s*(?:si chiama|chiamat[oa]|se llama|llamad[oa]|s'appelle|appelée?|chamad[oa]|called|named)\s+['"‘“]?(\p{Lu}[^'"’”,.;!?\n]{1,30}?)['"’”]?)?(?=\s*(?:[,.;:!?—–()]|$)|\s+(?:e|y|et|and|ma|pero|mais|mas|but)\b)`, 'iu'));
/** What was opened that is no business: "ho aperto il mio cuore", "I opened my own account". */
const NOT_A_BUSINESS = /^(?:cuore|conto|account|bank account|mind|heart|eyes|mouth|door|window|windows|laptop|computer|phone|inbox|fridge|app|email|mail|coração|conta|corazón|cuenta|cœur|compte|porta|puerta|porte)$/iu;

export function ownBusinessAfterLeaving(sentence: string): NewJobFact[] {
  const s = sentence.replace(/[’‘]/g, "'");
  for (const re of LEFT_THEN_OPENED) {
    const m = re.exec(s);
    if (!m) continue;
    const what = m[1]!.trim();
    if (NOT_A_BUSINESS.test(what) || what.split(/\s+/).length > 3) continue;
    const where = m[3] ? ` ${/^(?:on|at)$/i.test(m[2]!) ? m[2]!.toLowerCase() : 'in'} ${m[3].trim()}` : '';
    const name = m[4] ? ` called ${m[4].trim()}` : '';
    return [{ kind: 'fact', slot: 'user/occupation', text: `User runs their own ${what}${where}${name}.`, value: what, importance: 0.8 }];
  }
  return [];
}
