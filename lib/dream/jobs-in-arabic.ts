/**
 * A job said in Arabic, in the script, as the Gulf, Levantine, Egyptian and standard Arabic all say it: "أنا مهندسة
 * مدنية في شركة …" (I'm a civil engineer at …), "أنا سلمى، ممرضة في مستشفى …" (I'm Salma, a nurse at …), "أشتغل محاسب
 * في بنك" (I work as an accountant), "أعمل كمعلم رياضيات" (I work as a maths teacher). Arabic says "I am" with no verb,
 * so "أنا" alone is as often how the user feels ("أنا تعبانة", I'm tired): a job is read only where its first word is one
 * of the words for a trade or a profession below, after "أنا" (and a name set off by a comma) or a verb of working. The
 * job is kept as typed, with the words that qualify it ("أخصائية اجتماعية", a social worker), up to where it is done.
 */

import type { WorkOrHomeFact } from './work-and-home-more-languages';

/** Words that open a job, in their masculine and feminine forms. */
const JOB_WORD = [
  'مهندس', 'مهندسة', 'معلم', 'معلمة', 'مدرس', 'طبيب', 'طبيبة', 'دكتور', 'دكتورة', 'ممرض', 'ممرضة', 'محامي', 'محامية',
  'محاسب', 'محاسبة', 'صيدلي', 'صيدلية', 'صيدلانية', 'أخصائي', 'أخصائية', 'اخصائي', 'اخصائية', 'إخصائي', 'إخصائية',
  'مبرمج', 'مبرمجة', 'مصمم', 'مصممة', 'صحفي', 'صحفية', 'مترجم', 'مترجمة', 'مدير', 'مديرة', 'موظف', 'موظفة', 'طباخ',
  'طباخة', 'شيف', 'سائق', 'نجار', 'كهربائي', 'سباك', 'خباز', 'مزارع', 'طيار', 'مضيفة', 'مضيف', 'باحث', 'باحثة', 'أستاذ',
  'أستاذة', 'استاذ', 'استاذة', 'فني', 'فنية', 'مستشار', 'مستشارة', 'مندوب', 'مندوبة', 'ضابط', 'شرطي', 'جندي', 'حلاق',
  'خياط', 'خياطة', 'مصور', 'مصورة', 'كاتب', 'كاتبة', 'مذيع', 'مذيعة', 'بائع', 'بائعة', 'ميكانيكي', 'سكرتير', 'سكرتيرة',
].join('|');
/** A word that ends the job: where or for whom it is done, "and", or a clause's end. */
const ENDS_JOB = String.raw`(?=\s+(?:في|فى|ب|بـ|عند|مع|لدى|و|من|على|حق|ل)(?![\p{L}\p{M}])|\s*[،,.؛;:!?؟()\n]|$)`;
/** The job: its first word, with up to two words that qualify it. */
const JOB = String.raw`((?:${JOB_WORD})(?:\s+(?!(?:في|فى|عند|مع|لدى|من|على|حق)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,2}?)${ENDS_JOB}`;
const BEFORE = String.raw`(?<![\p{L}\p{M}])`;
/** "أنا ممرضة", "أنا نور، أخصائية …" (a name set off by a comma), "أشتغل محاسب", "أعمل كمعلم", "وظيفتي مهندس". */
const I_AM_JOB = new RegExp(
  String.raw`${BEFORE}(?:(?:و)?(?:أنا|انا)(?:\s+[\p{L}\p{M}]+\s*[،,])?\s+|(?:و)?(?:أشتغل|اشتغل|أعمل|اعمل|بشتغل|شغال|شغالة)\s+(?:ك|كـ)?|(?:وظيفتي|شغلي|مهنتي)\s+(?:هي\s+)?)${JOB}`,
  'u',
);
/** A "not" just before: "مو مهندسة", "ما أشتغل …", "لست طبيبا". */
const NEGATED = /(?:^|[^\p{L}\p{M}])(?:مو|مش|ما|مب|لست|ليس|لا|مانيش|مابشتغل)\s*$/u;

/** The user's job said in Arabic, as "User works as …" with the job as typed. */
export function arabicJobStatements(sentence: string): WorkOrHomeFact[] {
  const m = I_AM_JOB.exec(sentence);
  if (!m || NEGATED.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return [];
  const job = m[1]!.trim();
  return [{ kind: 'fact', slot: 'user/occupation', text: `User works as ${job}.`, value: job, importance: 0.75 }];
}
