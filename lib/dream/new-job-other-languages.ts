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
