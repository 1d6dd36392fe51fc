/**
 * A topic the user asks the assistant never to raise again, said in Indonesian and Malay, Russian and Ukrainian,
 * Spanish, Portuguese, French and German (off-limits.ts reads English): "tolong jangan pernah bahas soal perceraian
 * orang tuaku lagi" (please never bring up my parents' divorce again), "больше никогда не упоминай мой развод", "no
 * vuelvas a mencionar mi divorcio", "ne me parle plus jamais de mon divorce", "erwähne nie wieder meine Scheidung";
 * Hindi and Persian too. Norwegian, Danish, Swedish, Urdu and Hebrew are read by off-limits-nordic-urdu-hebrew.ts, Arabic by
 * off-limits-arabic.ts.
 *
 * Each form is the verb of raising (mention, bring up, talk about, ask about, remind of) under a "never" or "no more"
 * of its language, so a request about one answer ("jangan bahas harga di email ini") is not read as one kept for good.
 */

import { offLimitsTopicInArabic } from './off-limits-arabic';
import { offLimitsTopicNordicUrduHebrew } from './off-limits-nordic-urdu-hebrew';

/** What ends the topic: a clause break, or the words that close such a request ("lagi", "ever again", "please"). */
const TOPIC = String.raw`([^,.;:!?\n()]{2,50}?)`;
const TOPIC_END = (closers: string) => String.raw`(?=\s+(?:${closers})(?![\p{L}])|\s*[,.;:!?\n(]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`;

/**
 * Persian nouns made verbs with a light verb ("رد شدن", being refused): the verb's infinitive is left out of the topic,
 * as the chats about it say "رد شده", "رد شد".
 */
const PERSIAN_LIGHT_VERBS = /(?<![\p{L}\p{M}])(?:شدن|کردن|بودن|دادن|گرفتن)(?![\p{L}\p{M}])/gu;

/** Possessives and articles the topic opens with, left out of it as the English rule leaves out "my", "the". */
const LEADING_WORDS = /^(?:(?:please|pls|कृपया|प्लीज़|प्लीज|मेरी|मेरा|मेरे|म्हारो|म्हारी|म्हारै|म्हारा|म्हारे|हमर|हमरा|अपन|ओहि|एहि|ओ|ई|soal|tentang|masalah|mengenai|perihal|hal|urusan|о|об|обо|про|мой|моя|моё|мои|моего|моей|моём|моих|мою|мій|моя|de|del|de la|de los|de las|sobre|mi|mis|el|la|los|las|do|da|dos|das|meu|minha|meus|minhas|o|a|os|as|du|des|le|les|mon|ma|mes|von|vom|über|meine|meinen|meiner|meinem|mein|die|der|das|den|dem)\s+)+/iu;

/**
 * Indonesian and Malay: "jangan (pernah) bahas/sebut/singgung/ungkit … (lagi)". "Jangan" is as often about one answer
 * ("jangan bahas harganya di caption"), so "pernah" (ever), "lagi" (again) or "di mana pun" (anywhere) must say it is
 * for good.
 */
const INDONESIAN_FOR_GOOD = /(?<![\p{L}])(?:pernah|lagi|selamanya|sekali-kali|di mana pun|di manapun|kapan pun|kapanpun)(?![\p{L}])/iu;

/** Persian "about", with the joining mark or a space before its ezafe ("درباره‌ی", "درباره ی", "در مورد"). */
const PERSIAN_ABOUT = String.raw`درباره(?:[\u200c\s]?(?:ی|ٔ))?|دربارهٔ|در\s+مورد|راجع\s+به`;
/** A Persian topic: a few words, none a clause's end. */
const PERSIAN_TOPIC = String.raw`((?:[\p{L}\p{M}\u200c]+\s+){0,4}?[\p{L}\p{M}\u200c]+)`;

const RULES: RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}])jangan\s+(?:pernah\s+|lagi\s+|sekali-kali\s+)*(?:(?:kamu|anda|awak|kau)\s+)?(?:bahas|membahas|dibahas|sebut|menyebut|disebut|sebut-sebut|singgung|menyinggung|disinggung|ungkit|mengungkit|diungkit|ungkit-ungkit|ngomongin|omongin|bicarakan|membicarakan|tanya(?:in|kan)?|menanyakan|ingatkan|mengingatkan|ingetin)\s+(?:(?:aku|saya|gue|gw)\s+)?(?:(?:soal|tentang|masalah|mengenai|perihal|hal|pasal|urusan)\s+)?${TOPIC}${TOPIC_END('lagi|ya|yah|yaa|deh|dong|ok|oke|okay|please|tolong|sama sekali|di mana pun|kapan pun|selamanya')}`,
    'iu',
  ),
  // Russian and Ukrainian: "(больше) никогда не упоминай / не напоминай мне о / не спрашивай про …", "не поднимай тему …".
  new RegExp(
    String.raw`(?<![\p{L}])(?:больше\s+(?:никогда\s+)?|никогда\s+(?:больше\s+)?|більше\s+(?:ніколи\s+)?|ніколи\s+(?:більше\s+)?)(?:не|ні)\s+(?:упоминай|упоминайте|напоминай(?:\s+мне)?|спрашивай(?:\s+меня)?|говори(?:\s+со\s+мной)?|заговаривай|поднимай(?:\s+тему)?|згадуй|нагадуй(?:\s+мені)?|питай(?:\s+мене)?|говори\s+зі\s+мною|піднімай(?:\s+тему)?)\s+${TOPIC}${TOPIC_END('пожалуйста|будь ласка|больше|більше|никогда|ніколи')}`,
    'iu',
  ),
  // Spanish and Portuguese: "no vuelvas a mencionar …", "nunca más me hables de …", "não volte a falar de/sobre …".
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:no|não|nao)\s+(?:me\s+)?(?:vuelvas|volvás|vuelva|volte|voltes)\s+a\s+(?:mencionar|hablar(?:me)?|preguntar(?:me)?|sacar(?:\s+el\s+tema)?|recordar(?:me)?|falar|perguntar|tocar\s+no\s+assunto|lembrar)|(?:nunca\s+más|nunca\s+mais|jamás|jamais)\s+(?:me\s+)?(?:menciones|mencione|hables|hable|preguntes|pregunte|saques(?:\s+el\s+tema)?|recuerdes|fale|pergunte|toque\s+no\s+assunto|lembre))\s+${TOPIC}${TOPIC_END('por favor|otra vez|de nuevo|nunca|outra vez|de novo|nunca')}`,
    'iu',
  ),
  // French: "ne me parle plus (jamais) de …", "ne mentionne plus jamais …", "ne me rappelle plus …".
  new RegExp(
    String.raw`(?<![\p{L}])ne\s+(?:me\s+)?(?:parle|parlez|reparle|reparlez|mentionne|mentionnez|rappelle|rappelez|demande|demandez)\s+(?:plus\s+jamais|jamais\s+plus|plus)\s+${TOPIC}${TOPIC_END("s'il te plaît|s'il vous plaît|stp|svp|merci")}`,
    'iu',
  ),
  // German: "erwähne nie wieder …", "sprich mich nie wieder auf … an", "frag mich nicht mehr nach …".
  new RegExp(
    String.raw`(?<![\p{L}])(?:erwähne|erwähnt|erwähnen Sie|frag(?:e)?\s+(?:mich\s+)?|fragen Sie\s+(?:mich\s+)?|sprich|sprecht|rede)\s+(?:mich\s+)?(?:nie\s+wieder|nie\s+mehr|nicht\s+mehr|niemals)\s+(?:nach|über|auf|von)?\s*${TOPIC}${TOPIC_END('an|bitte|danke')}`,
    'iu',
  ),
  // Hindi, topic first as Hindi puts it: "X वाली बात दोबारा कभी मत छेड़ना" (never bring up the X matter again), "X के
  // बारे में फिर कभी मत पूछना". "दोबारा", "फिर" or "कभी" must say it is for good. Haryanvi says it the same way with its
  // own forms of वाली (आली, आला, आले), भी (बी) and कभी (कदे, कदी): "X आली बात दोबारा मत छेड़िए", "X आली बात कदे मत पूछियो".
  new RegExp(
    String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+)\s+(?:(?:वाली|वाला|वाले|आली|आला|आले)\s+(?:बात|बातें|मामला|मामले|topic)|के\s+बारे\s+में|का\s+(?:ज़िक्र|जिक्र))\s+(?=(?:[\p{L}\p{M}]+\s+){0,3}?(?:दोबारा|फिर|कभी|कदे|कदी)\s)(?:(?:दोबारा|फिर\s+से|फिर|कभी|कदे|कदी|भी|बी|अब|ईब|बात|ज़िक्र|जिक्र)\s+)+मत\s+(?:छेड़|उठा|पूछ|बता|कर|याद\s+दिला)`,
    'iu',
  ),
  // Marwari (and Rajasthani at large), topic first with its genitive "रो/री/रा/रै" or "रै बारै में" (about), then "again"
  // or "ever" (पाछो, फेरूं, फेर, कदैई, कदे) and a "not" (मत, ना, नीं) before the verb of raising or asking: "म्हारै तलाक
  // रो जिक्र पाछो मत करजो" (don't mention my divorce again), "उण झगड़ै रै बारै में कदैई मत पूछजो".
  new RegExp(
    String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+)\s+(?:(?:रो|री|रा|रै)\s+(?:जिक्र|ज़िक्र|चरचा|चर्चा|बात)|रै\s+बारै\s+में)\s+(?=(?:[\p{L}\p{M}]+\s+){0,3}?(?:पाछो|पाछा|पाछी|पाछै|फेरूं|फेर|कदैई|कदेई|कदे|कदी)\s)(?:(?:पाछो|पाछा|पाछी|पाछै|फेरूं|फेर|कदैई|कदेई|कदे|कदी|भी|अबै|बात|जिक्र|ज़िक्र)\s+)+(?:मत|ना|नीं)\s+(?:कर|छे(?:ड़|ड़)|पूछ|बता|उठा|याद)`,
    'iu',
  ),
  // Maithili, topic first with its genitive ("X क / केर बात", or "-क" joined: "कर्जाक बात"), then "now", "ever" or "again"
  // (आब, कहियो, फेर, कखनो, दोबारा) and a "not" (नै, नहि, नञि, जुनि) before the verb of raising, asking or talking:
  // "भाइक नोकरीक बात फेर नै पूछब" (don't ask about my brother's job again), "ओहि झगड़ाक चर्चा आब कहियो नहि करू".
  new RegExp(
    String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+?)(?:\s+(?:केर|क|के))?\s+(?:बात|बातक|चर्चा|विषय|प्रसंग|मामला|गप्प|प्रश्न)(?:\s+(?:मे|पर|सँ))?\s+(?=(?:[\p{L}\p{M}]+\s+){0,3}?(?:आब|कहियो|फेर|फेरो|कखनो|कदापि|दोबारा)\s)(?:(?:आब|कहियो|फेर|फेरो|कखनो|कदापि|दोबारा|सँ|हमरा|हमरासँ|कहियो-कहियो)\s+)+(?:नै|नहि|नहिं|नञि|जुनि)\s+(?:उठा|छेड़|पूछ|कह|चर्चा|मोन\s+पाड़|याद|कर|बाज)`,
    'iu',
  ),
  // Persian: "دیگه هیچ وقت درباره‌ی X حرف نزن" (never talk about X again), and "چیزی که درباره‌ی X گفتم رو فراموش کن"
  // (forget what I said about X): a topic named, as "forget what I said about X" is one in English.
  new RegExp(
    String.raw`(?:دیگه|دیگر)\s+(?:(?:هیچ\s*وقت|هرگز)\s+)?(?:${PERSIAN_ABOUT})\s+${PERSIAN_TOPIC}\s+(?:(?:با\s+من|ازم|از\s+من)\s+)?(?:حرف|صحبت|سوال|سؤال|چیزی)\s+(?:نزن|نزنید|نکن|نکنید|نپرس|نپرسید|نگو|نگید)`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:چیزی|چیزایی|چیزهایی|هرچی|هر\s+چی|آنچه|حرفی)\s+(?:رو\s+|را\s+)?که\s+(?:${PERSIAN_ABOUT})\s+${PERSIAN_TOPIC}\s+(?:(?:بهت|به\s+تو|بهتون)\s+)?(?:گفتم|نوشتم|گفته\s+بودم|نوشته\s+بودم)\s+(?:رو|را)\s+فراموش\s+(?:کن|کنید)`,
    'iu',
  ),
];

/**
 * A topic that is only a pronoun: "jangan bahas itu lagi", "не упоминай это", "इस बात का ज़िक्र दोबारा मत करना", "इण बात
 * रो जिक्र पाछो मत करजो" (this matter). It names nothing to leave out by itself; what it means was said before it.
 */
const PRONOUN_MATTER = /^(?:itu|ini|hal itu|это|этого|об этом|про это|це|цього|eso|esto|ello|isso|isto|ça|cela|cette chose|das|es|dies|davon|darüber|(?:इस|इसी|यह|ये|उस|वह|वो|इण|इणी|उण|आ|वा|ई|ओ|एहि|ओहि)|(?:(?:इस|इसी|यह|ये|उस|वह|वो|इण|इणी|उण|आ|वा|ई|ओ|एहि|ओहि)\s+)?(?:बात|बातां|बातें|मामला|मामले|मामलो|विषय|चीज|चीज़))$/iu;

/** Each rule's topic, cut of its possessive, and where in the sentence it ends. */
function* topicsOf(sentence: string): Generator<{ topic: string; end: number }> {
  for (const re of RULES) {
    if (re === RULES[0] && !INDONESIAN_FOR_GOOD.test(sentence)) continue;
    const m = new RegExp(re.source, `${re.flags}d`).exec(sentence);
    const topic = m?.[1]?.trim().replace(LEADING_WORDS, '').replace(PERSIAN_LIGHT_VERBS, ' ').replace(/\s{2,}/g, ' ').trim();
    if (m && topic) yield { topic, end: m.indices![1]![1] };
  }
}

/** The topic a request in one of these languages asks the assistant never to raise, without its possessive. */
export function offLimitsTopicInOtherLanguage(sentence: string): string | undefined {
  for (const { topic } of topicsOf(sentence)) if (!PRONOUN_MATTER.test(topic)) return topic;
  return offLimitsTopicNordicUrduHebrew(sentence) ?? offLimitsTopicInArabic(sentence);
}

/**
 * Where a request in one of these languages names its matter only by a pronoun ("इण बात रो जिक्र पाछो मत करजो"): the
 * index just after the pronoun, where the matter said before may be put beside it (off-limits.ts).
 */
export function pronounMatterEnd(sentence: string): number | undefined {
  for (const { topic, end } of topicsOf(sentence)) if (PRONOUN_MATTER.test(topic)) return end;
  return undefined;
}

/**
 * A word of a topic as Indonesian and Malay derive it, cut to its root: a noun made with pe(r)-…-an or ke-…-an
 * ("perceraian", divorce, from "cerai"), a verb with ber- ("bercerai"), a word with "my", "your", "his" joined on
 * ("tuaku"). "perceraian orang tuaku" then meets "orang tuaku baru resmi cerai". A root keeps four letters at least,
 * so short words of other languages ("pecan", "berg") stay whole.
 */
export function indonesianRoot(word: string): string {
  const clitic = /^(\p{Ll}{3,})(?:ku|mu|nya)$/u.exec(word);
  const w = clitic ? clitic[1]! : word;
  const circumfix = /^(?:per|pe|ke)(\p{Ll}{4,})an$/u.exec(w);
  if (circumfix) return circumfix[1]!;
  const ber = /^ber(\p{Ll}{4,})$/u.exec(w);
  return ber ? ber[1]! : w;
}

/**
 * A Devanagari word without the genitive "-क" Maithili joins to a noun ("कर्जाक", of the debt; "बाबूजीक", father's) and
 * without the "-ा" of its long form ("कर्जा" beside "कर्ज"): a topic kept off is named in the genitive ("कर्जाक बात") and
 * the chats about it say the bare noun. Only after a vowel sign, so a word whose own last letter is "क" ("लेखक") stays.
 */
export function maithiliRoot(word: string): string {
  const bare = /^(\p{Script=Devanagari}{2,}[\u093e-\u094c])क$/u.exec(word)?.[1] ?? word;
  return /^\p{Script=Devanagari}{3,}ा$/u.test(bare) ? bare.slice(0, -1) : bare;
}
