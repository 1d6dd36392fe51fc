/**
 * "Oublie ce que je t'ai dit, c'est privé", "забудь, что я написала, это личное": a request to forget what was just
 * said, in the languages the dream reads facts in besides English (forget-requests.ts reads the English ones and acts
 * on both alike).
 *
 * As in English, "forget what I told you" alone is as often "never mind, do it another way", so it counts only with a
 * word in the message saying the matter was private or a slip; asking that it be deleted from or not kept in the
 * assistant's memory says it by itself. "Don't forget …" and "I forgot …" are other verbs or other forms and are not
 * read.
 */

/**
 * Where "what I told you" ends: the clause does, perhaps after a "please" or a time. "Olvida lo que te dije sobre mi
 * sueldo" names a topic, which may lie in other chats; that is not read here (nor in English).
 */
const ENDS = String.raw`(?:\s+(?:à l'instant|tout à l'heure|hier|ayer|antes|ontem|agora|ieri|prima|gestern|vorhin|gisteren|вчера|раньше|wczoraj|tadi|kemarin))?(?=\s*(?:[,.;:!?…)—–-]|$|(?:s'il te pla[iî]t|s'il vous pla[iî]t|por favor|bitte|per favore|alsjeblieft|пожалуйста|proszę|dong|ya)(?!\p{L})))`;
/** Said before the verb in the languages that put it last ("kardeşim hakkında yazdıklarımı unut"): a topic named. */
const NO_TOPIC_BEFORE = String.raw`(?<!(?:hakkında|ile ilgili|について|に関して|에 대해|에 대해서|के बारे में)\s*(?:\S+\s+)?)`;

/** "forget what I (just) told you / said / wrote", by language. */
const FORGET_WHAT_I_SAID = [
  // French
  String.raw`(?<!\p{L})oubli(?:e|ez)(?:[- ]moi)?\s+(?:tout\s+)?(?:ce que|que) je (?:viens de |t'ai |vous ai |t’ai )?(?:te |vous )?(?:dire|écrire|raconter|dit|écrit|raconté)${ENDS}`,
  // Spanish
  String.raw`(?<!\p{L})(?:olvida|olvide|olvídate de|olvidate de|olvídese de)\s+(?:todo\s+)?(?:lo que|que) te (?:acabo de )?(?:dije|conté|escribí|decir|contar|escribir)${ENDS}`,
  // Portuguese
  String.raw`(?<!\p{L})(?:esquece|esqueça|esqueca)\s+(?:tudo\s+)?(?:o que|que) (?:eu )?(?:te |lhe )?(?:acabei de )?(?:disse|contei|escrevi|falei|dizer|contar|escrever)${ENDS}`,
  // Italian
  String.raw`(?<!\p{L})dimentica(?:ti|te)?\s+(?:(?:di )?(?:tutto )?(?:quello|ciò) che|che) ti ho (?:appena )?(?:detto|scritto|raccontato)${ENDS}`,
  // German
  String.raw`(?<!\p{L})vergiss(?:\s+bitte)?,?\s+(?:alles,?\s+)?(?:was|dass) ich (?:dir |Ihnen )?(?:gerade |eben )?(?:gesagt|geschrieben|erzählt)(?:\s+(?:habe|hab|hatte))?${ENDS}`,
  // Dutch
  String.raw`(?<!\p{L})vergeet\s+(?:alles\s+)?wat ik (?:je |u )?(?:net |zonet )?(?:heb )?(?:gezegd|verteld|geschreven)(?:\s+(?:heb|had))?${ENDS}`,
  // Russian
  String.raw`(?<![нН]е\s)(?<!\p{L})забудь(?:те)?,?\s+(?:всё,?\s+|все,?\s+|то,?\s+)?что я (?:тебе |вам )?(?:только что )?(?:сказал|написал|рассказал)а?${ENDS}`,
  // Polish
  String.raw`(?<!\p{L})zapomnij,?\s+(?:o tym,?\s+)?co (?:ci )?(?:właśnie )?(?:powiedział|napisał|opowiedział)(?:em|am)${ENDS}`,
  // Turkish: "(sana) söylediklerimi / yazdıklarımı unut"
  String.raw`${NO_TOPIC_BEFORE}(?:söyled|yazd|anlatt)[ıi]kl[ae]r[ıi]m[ıi]\s+unut(?!ma)`,
  // Indonesian / Malay
  String.raw`(?<!\p{L})lupakan\s+(?:saja\s+)?(?:apa\s+)?yang (?:tadi )?(?:aku|saya|gue|gua) (?:bilang|katakan|ceritakan|tulis)${ENDS}`,
  // Japanese, Korean, Chinese, Hindi
  String.raw`${NO_TOPIC_BEFORE}(?:言った|話した|書いた)(?:こと|の)(?:は|を)?忘れて`,
  String.raw`${NO_TOPIC_BEFORE}(?:말한|한 말|얘기한|쓴)\s*(?:거|것|건)?\s*(?:은|는|을|를)?\s*잊어\s*(?:줘|주세요|버려)`,
  String.raw`忘(?:掉|记)我(?:刚才|刚刚)?(?:说|讲|写|告诉你)的`,
  String.raw`${NO_TOPIC_BEFORE}(?:जो )?(?:मैंने|मैने) (?:जो )?(?:कहा|बताया|लिखा)(?: वो| उसे)? भूल जा`,
];

/** Asked that it be deleted from, or not kept in, the assistant's memory: a request by itself. */
const NOT_IN_YOUR_MEMORY = [
  String.raw`(?<!\p{L})(?:ne (?:le |la |les )?(?:garde|retiens|mémorise|enregistre)(?:z)? pas|efface(?:z)?)\b[^.!?]{0,30}(?<!\p{L})(?:mémoire)`,
  String.raw`(?<!\p{L})(?:no (?:lo |la |los )?(?:guardes|recuerdes|memorices)|borra(?:lo)?)\b[^.!?]{0,30}(?<!\p{L})(?:memoria)`,
  String.raw`(?<!\p{L})(?:não (?:guarde|guardes|memorize|grave)|apaga|apague)\b[^.!?]{0,30}(?<!\p{L})(?:memória)`,
  String.raw`(?<!\p{L})(?:non (?:memorizzare|salvare|ricordare)|cancella(?:lo)?)\b[^.!?]{0,30}(?<!\p{L})(?:memoria)`,
  String.raw`(?<!\p{L})(?:(?:speicher|merk)(?:e)? (?:dir )?(?:das |es )?nicht|lösch(?:e)?)\b[^.!?]{0,30}(?<!\p{L})(?:Gedächtnis|Speicher)`,
  String.raw`(?:не (?:запоминай|сохраняй)|удали)[^.!?]{0,30}(?:памят)`,
];

/** A word saying the matter was private, someone else's or a slip, by language. */
const PRIVATE_OTHER = new RegExp(
  [
    String.raw`(?<!\p{L})(?:privé|privée|perso|personnel|confidentiel|pas à moi de|je n'aurais pas dû)`,
    String.raw`(?<!\p{L})(?:privad[oa]|personal|confidencial|no (?:debí|debería) (?:haberte|habértelo|contarte|decirte))`,
    String.raw`(?<!\p{L})(?:pessoal|confidencial|não devia ter)`,
    String.raw`(?<!\p{L})(?:privat[oa]|personale|riservat[oa]|non (?:dovevo|avrei dovuto))`,
    String.raw`(?<!\p{L})(?:privat|vertraulich|persönlich|hätte ich nicht)`,
    String.raw`(?<!\p{L})(?:privé|persoonlijk|vertrouwelijk)`,
    String.raw`(?:личн|приватн|конфиденц|не стоило|не надо было)`,
    String.raw`(?<!\p{L})(?:prywatn|osobist|poufn)`,
    String.raw`(?<!\p{L})(?:özel|kişisel|gizli)(?!likle)`,
    String.raw`(?<!\p{L})(?:pribadi|rahasia)`,
    'プライベート|個人的|秘密|内緒|사적|개인적|비밀|隐私|私事|私人|秘密|निजी|व्यक्तिगत|गोपनीय',
  ].join('|'),
  'iu',
);

const SAID = new RegExp(FORGET_WHAT_I_SAID.join('|'), 'iu');
const MEMORY = new RegExp(NOT_IN_YOUR_MEMORY.join('|'), 'iu');

/** Where in the sentence a request in another language starts, or -1 when it holds none ("forget what I said" alone counts only in a message that says it was private). */
export function otherLanguageRequestAt(sentence: string, messageSaysPrivate: boolean): number {
  const memory = MEMORY.exec(sentence);
  if (memory) return memory.index;
  const said = SAID.exec(sentence);
  return said && messageSaysPrivate ? said.index : -1;
}

/** Whether a sentence gives a reason in another language that the matter was private. */
export function saysPrivateInOtherLanguage(sentence: string): boolean {
  return PRIVATE_OTHER.test(sentence);
}

/**
 * "Dün yazdıklarımı unut lütfen — please forget that whole thing": one who writes two languages may say the request in
 * the other first. Only the verb to forget is read in it (imperatives and their common forms; the English request that
 * follows is what is acted on).
 */
const FORGET_IN_ANOTHER_LANGUAGE = new RegExp(
  [
    String.raw`(?:^|[\s,.!…—–-])(?:unut(?!ma)|oubli|olvid|esquec|esqueç|dimentic|vergiss|vergeet|zapomnij|zapomeň|lupakan|glöm|glem|unohda|uită|felejtsd|kalimutan|sahau)\p{L}*`,
    String.raw`(?<![нН]е )забуд\p{L}*|ξέχασ\p{L}*|(?:^|\s)انس[َى]?(?=\s|$)|भूल जाओ|忘れて(?:ください|くれ|ほしい|ね|[!！。、\s]|$)|잊어\s*(?:줘|주세요|버려)|忘掉|quên (?:đi|giúp)`,
  ].join('|'),
  'iu',
);

/** Whether the text holds the verb to forget of another language (said before the same request in English). */
export function forgetVerbInAnotherLanguage(text: string): boolean {
  return FORGET_IN_ANOTHER_LANGUAGE.test(text);
}
