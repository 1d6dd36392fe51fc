import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { hebrewPartners } from '../../../lib/dream/partners-in-hebrew';
import { workAndHomeInUrduOrHindi } from '../../../lib/dream/work-and-home-urdu-hindi';
import { T0 } from './fixture';

/**
 * A partner named, seen or left, said in Hebrew (partners-in-hebrew.ts); a job and a home said in Urdu or Hindi
 * (work-and-home-urdu-hindi.ts); on sentences made up here.
 */
const partners = (s: string) => {
  const r = hebrewPartners(s);
  return [...r.facts.map((f) => f.text), ...r.retractions.map((x) => `left ${x.value}`)];
};
const workAndHome = (s: string) => workAndHomeInUrduOrHindi(s).map((f) => `${f.slot} ${f.text}`);

describe('a partner in Hebrew', () => {
  it('named after "my partner", "my husband", "my wife"', () => {
    expect(partners('בת הזוג שלי, נועה, אופה בבית מאפה בתל אביב')).toEqual(["User's partner is נועה."]);
    expect(partners('בעלי אורי עובד במשמרות לילה')).toEqual(["User's partner is אורי."]);
  });

  it('someone the user is now seeing, and one the user left', () => {
    expect(partners('אני יוצא עם מישהי חדשה, דנה, והיא צלמת')).toEqual(['User is in a relationship with דנה.']);
    expect(partners('התחלתי לצאת עם עידו לפני חודש')).toEqual(['User is in a relationship with עידו.']);
    expect(partners('אורי ואני נפרדנו בחורף')).toEqual(['left אורי']);
    expect(partners('נפרדתי מדנה אחרי שלוש שנים')).toEqual(['left דנה']);
  });

  it('not a pronoun, a negation, a condition or a question', () => {
    for (const s of ['אני יוצאת עם מישהו חדש', 'אני לא יוצאת עם עידו', 'אם אני יוצאת עם עידו, מה לעשות?', 'בעלי הוא מורה', 'האם אורי ואני נפרדנו?'])
      expect(partners(s), s).toEqual([]);
  });

  it('is read in the whole turn and fills the partner slot', () => {
    const r = extractFromTurn({ id: 't1', text: 'עידו ואני נפרדנו, אז אני צריכה תקציב חדש.', at: T0 });
    expect(r.retractions.map((x) => `${x.slot} ${x.value}`)).toContain('user/family:partner עידו');
  });
});

describe('a job and a home in Urdu or Hindi', () => {
  it('"میں … میں X ہوں": the job before "am", in English or Urdu words; "मैं … में नर्स हूँ" in Hindi', () => {
    expect(workAndHome('میں کراچی کے ایک ہسپتال میں staff nurse ہوں')).toEqual(['user/occupation User is a staff nurse.']);
    expect(workAndHome('میں ایک سکول میں استانی ہوں۔')).toEqual(['user/occupation User works as استانی.']);
    expect(workAndHome('अब मैं एक होटल में chef हूँ')).toEqual(['user/occupation User is a chef.']);
  });

  it('a home lived in, a move and a home taken', () => {
    expect(workAndHome('ہم ملتان میں رہتے ہیں')).toEqual(['user/location User lives in ملتان.']);
    expect(workAndHome('हम जयपुर शिफ्ट हो गए हैं')).toEqual(['user/location User lives in जयपुर.']);
    expect(workAndHome('Leith میں ایک فلیٹ کرائے پر لیا ہے')).toEqual(['user/location User lives in Leith.']);
  });

  it('not a negation, a past, a question, a condition or no place', () => {
    for (const s of ['میں nurse نہیں ہوں', 'میں پہلے nurse تھی', 'کیا میں nurse ہوں؟', 'اگر میں لاہور میں رہتی ہوں تو؟', 'ہم اس گھر میں رہتے ہیں', 'मैं नर्स नहीं हूँ'])
      expect(workAndHome(s), s).toEqual([]);
  });

  it('a bank teller is a job in English too', () => {
    expect(extractFromTurn({ id: 't1', text: "I'm a bank teller in Leeds.", at: T0 }).facts.map((f) => f.text)).toContain('User is a bank teller in Leeds.');
  });
});
