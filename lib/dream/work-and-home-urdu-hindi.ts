/**
 * The user's job and home said in Urdu (Perso-Arabic script) or Hindi (Devanagari), which share their grammar: the
 * verb "am" closes the sentence, so a job is "میں … میں teller ہوں" / "मैं … में नर्स हूँ" (I am a teller / a nurse at
 * …), the job often the English word code-switched in; a home is "گلبرگ میں رہتی ہوں" / "मैं इंदौर में रहता हूँ" (I
 * live in X); a move is "ہم بریڈفورڈ منتقل ہو گئے ہیں" (we have moved to Bradford) or "Heaton میں ایک گھر کرائے پر لیا
 * ہے" (rented a house in Heaton). Written as the English rules write them, in the same slots, so the later job or home
 * supersedes the earlier one.
 *
 * "ہوں" / "हूँ" (am) is said only of oneself, so the job before it is the user's; a negation before it ("teller نہیں
 * ہوں"), a past ("teller تھی", was) or a question ("کیا", "क्या") is none.
 */

import { OCCUPATION } from './occupations';

export interface UrduHindiFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Jobs named in Urdu and Hindi words (the English ones are read by OCCUPATION). */
const URDU_JOBS = 'ڈاکٹر|استاد|استانی|ٹیچر|نرس|انجینئر|انجنیئر|وکیل|اکاؤنٹنٹ|ڈرائیور|پروفیسر|کیشیئر|درزی|باورچی|صحافی|پائلٹ|فارماسسٹ|مکینک|الیکٹریشن|پلمبر';
const HINDI_JOBS = 'डॉक्टर|डाक्टर|शिक्षक|शिक्षिका|अध्यापक|अध्यापिका|टीचर|नर्स|इंजीनियर|वकील|अकाउंटेंट|ड्राइवर|प्रोफेसर|कैशियर|दर्जी|रसोइया|पत्रकार|पायलट|फार्मासिस्ट|मैकेनिक|इलेक्ट्रीशियन|प्लंबर';
/** "am", and "have become": the user's own present. */
const AM = String.raw`(?:ہوں|بن\s+گئی\s+ہوں|بن\s+گیا\s+ہوں|हूँ|हूं|बन\s+गई\s+हूँ|बन\s+गया\s+हूँ|बन\s+गई\s+हूं|बन\s+गया\s+हूं)`;
const NOT_SO = /(?:^|\s)(?:کیا|اگر|شاید|क्या|अगर|शायद)\s/u;

const JOB = new RegExp(String.raw`(?:^|\s)((?:[A-Za-z-]+\s+){0,2}?${OCCUPATION}|${URDU_JOBS}|${HINDI_JOBS})\s+${AM}(?![\p{L}\p{M}])`, 'iu');
/** A place: one or two words of either script, or a name in Latin letters, before "in". */
const PLACE = String.raw`((?:\p{Lu}[\p{L}'’-]+|[\p{Script=Arabic}\p{Script=Devanagari}\p{M}]{2,})(?:\s+(?:\p{Lu}[\p{L}'’-]+|[\p{Script=Arabic}\p{Script=Devanagari}\p{M}]{2,}))?)`;
const IN = String.raw`(?:میں|में)`;
/** Words before a place that are none of it: "I", "we", "and", "now", "a", "of". */
const BEFORE_A_PLACE = /^(?:(?:میں|ہم|اور|اب|ایک|کی|کے|کا|ہی|بھی|मैं|हम|और|अब|एक|की|के|का|ही|भी)\s+)+/u;
/** Words that stand before "in" and are no place: "this", "here", "house", "city". */
const NOT_A_PLACE = /^(?:میں|ہم|اس|اسی|یہاں|وہاں|گھر|شہر|علاقے|ملک|मैं|हम|इस|इसी|यहाँ|वहाँ|घर|शहर|इलाके|देश)$/u;
/** "X میں (ہی) رہتی/رہتا ہوں", "X में रहती/रहता हूँ": I live in X. */
const LIVE = new RegExp(String.raw`${PLACE}\s+${IN}\s+(?:(?:ہی|ही|اب|अब)\s+)?(?:رہتی|رہتا|رہتے|रहती|रहता|रहते)\s+(?:ہوں|ہیں|हूँ|हूं|हैं)(?![\p{L}\p{M}])`, 'u');
/** "ہم X منتقل/شفٹ ہو گئے ہیں", "हम X शिफ्ट हो गए हैं": we have moved to X. */
const MOVED = new RegExp(String.raw`(?:^|\s)(?:ہم|میں|हम|मैं)\s+${PLACE}\s+(?:منتقل|شفٹ|شفٹ|shift|शिफ्ट)\s+(?:ہو|हो)\s+(?:گئے|گئی|گیا|चुके|गए|गई|गया)(?![\p{L}\p{M}])`, 'iu');
/** "X میں (ایک) گھر/فلیٹ (کرائے پر) لیا ہے", "X में (एक) घर (किराए पर) लिया है": took a home in X. */
const TOOK_HOME = new RegExp(String.raw`${PLACE}\s+${IN}\s+(?:(?:ایک|एक|نیا|नया)\s+)*(?:گھر|فلیٹ|مکان|flat|house|घर|फ्लैट|मकान)\s+(?:(?:کرائے|किराए)\s+(?:پر|पर)\s+)?(?:لیا|خریدا|लिया|ख़रीदा|खरीदा)(?![\p{L}\p{M}])`, 'iu');

/** The job and home an Urdu or Hindi sentence says of the user. */
export function workAndHomeInUrduOrHindi(sentence: string): UrduHindiFact[] {
  if (NOT_SO.test(` ${sentence}`) || /[؟?]\s*$/u.test(sentence)) return [];
  const out: UrduHindiFact[] = [];
  const job = JOB.exec(sentence);
  if (job && !/(?:نہیں|नहीं)\s*$/u.test(sentence.slice(0, job.index))) {
    const what = job[1]!.trim();
    const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
    out.push({ kind: 'fact', slot: 'user/occupation', text: /^[A-Za-z]/.test(what) ? `User is ${article} ${what}.` : `User works as ${what}.`, value: what, importance: 0.75 });
  }
  const home = MOVED.exec(sentence) ?? TOOK_HOME.exec(sentence) ?? LIVE.exec(sentence);
  const place = home?.[1]?.trim().replace(BEFORE_A_PLACE, '');
  if (place && !place.split(/\s+/).some((w) => NOT_A_PLACE.test(w)))
    out.push({ kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 });
  return out;
}
