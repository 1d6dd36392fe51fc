import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { hebrewOrUrduRoot } from '../../../lib/dream/off-limits-nordic-urdu-hebrew';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

/**
 * A topic kept off, asked in Norwegian, Danish, Swedish, Urdu or Hebrew (off-limits-nordic-urdu-hebrew.ts), and the
 * block's reading of it across a compound's forms, Hebrew's joined prefixes and Urdu's oblique endings; on sentences
 * made up here.
 */
let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

describe('a topic kept off, asked in Norwegian, Danish or Swedish', () => {
  it('the verb of raising under a negation, with a word saying it is for good', () => {
    expect(offLimitsTopic('Ikke ta opp oppsigelsen min igjen, er du snill.')).toBe('oppsigelsen');
    expect(offLimitsTopic('Nevn aldri skilsmissen igjen.')).toBe('skilsmissen');
    expect(offLimitsTopic('Ikke spør meg om eksamen mer')).toBe('eksamen');
    expect(offLimitsTopic('Ta inte upp min sjukdom igen, tack.')).toBe('sjukdom');
    expect(offLimitsTopic('Nämn aldrig flytten igen')).toBe('flytten');
    expect(offLimitsTopic('Tag ikke min fyring op igen')).toBe('fyring');
  });

  it('not a request about one answer, a pronoun, or the user saying what they will not talk about', () => {
    expect(offLimitsTopic('Ikke nevn prisen i e-posten.')).toBeUndefined();
    expect(offLimitsTopic('Ikke ta det opp igjen.')).toBeUndefined();
    expect(offLimitsTopic('Jeg vil ikke snakke om det nå.')).toBeUndefined();
    expect(offLimitsTopic('Hun tok opp lønna igjen på møtet.')).toBeUndefined();
  });
});

describe('a topic kept off, asked in Urdu or Hebrew', () => {
  it('Urdu, topic first: "X کا ذکر دوبارہ نہ کریں", "X کے بارے میں پھر کبھی مت پوچھنا", without its joining words', () => {
    expect(offLimitsTopic('میری طلاق کا ذکر دوبارہ کبھی نہ کریں۔')).toBe('طلاق');
    expect(offLimitsTopic('بھائی کے قرض کے بارے میں پھر کبھی مت پوچھنا')).toBe('بھائی قرض');
  });

  it('Hebrew: "אל תזכיר לי את X שוב", and "תשכח את מה שסיפרתי לך על X"', () => {
    expect(offLimitsTopic('אל תזכיר לי את הפיטורים שוב')).toBe('הפיטורים');
    expect(offLimitsTopic('בבקשה אל תעלה את הגירושים של ההורים שלי יותר')).toBe('הגירושים ההורים');
    expect(offLimitsTopic('תשכח את מה שסיפרתי לך על המשכנתא של אחי')).toBe('המשכנתא אחי');
  });

  it('not a request for one answer, a question or a verb said of someone else', () => {
    expect(offLimitsTopic('אל תזכיר את המחיר במייל')).toBeUndefined();
    expect(offLimitsTopic('הוא הזכיר את הפיטורים שוב')).toBeUndefined();
    expect(offLimitsTopic('میں نے طلاق کا ذکر کیا تھا')).toBeUndefined();
    expect(offLimitsTopic('کیا آپ کو طلاق کا ذکر کرنا چاہیے؟')).toBeUndefined();
  });

  it('a Hebrew word meets its forms with a joined prefix, an Urdu noun its oblique form', () => {
    expect(hebrewOrUrduRoot('והפיטורים')).toBe(hebrewOrUrduRoot('פיטורים'));
    expect(hebrewOrUrduRoot('בחיפה')).toBe(hebrewOrUrduRoot('חיפה'));
    expect(hebrewOrUrduRoot('جھگڑے')).toBe(hebrewOrUrduRoot('جھگڑا'));
    expect(hebrewOrUrduRoot('divorce')).toBe('divorce');
  });
});

describe('the block keeps a topic off across the forms its words take', () => {
  it('a compound and a derivation of the topic\'s word ("alkoholiker", "alkoholfri" for "alkoholisme")', async () => {
    db = freshDb();
    await addConversation(db, { site: 'chatgpt', conversationId: 'b', lastSeenAt: day('2026-09-02'), title: 'Bursdag' });
    await addConversation(db, { site: 'chatgpt', conversationId: 'h', lastSeenAt: day('2026-09-20'), title: 'Hage' });
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: 'Ikke ta opp brorens spillegalskap igjen.', occurredAt: day('2026-09-10') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: 'Broren ringte igjen om penger til spillegalskapen sin, hva sier jeg til bursdagen?', conversationKey: 'chatgpt:b' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'Hvilke bursdagsgaver passer for en hage?', conversationKey: 'chatgpt:h' }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'hage bursdagen', now: day('2026-10-01') });
    expect(block.text).toContain('Hvilke bursdagsgaver passer');
    expect(block.text).not.toMatch(/spillegal/i);
  });

  it('a Hebrew topic with its prefixes, and the lines that name it without them', async () => {
    db = freshDb();
    await addConversation(db, { site: 'claude', conversationId: 'a', lastSeenAt: day('2026-03-02'), title: 'עזרה' });
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: 'אל תזכיר לי את החובות של אבא שוב', occurredAt: day('2026-03-10') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: 'לאבא שלי יש חובות גדולים, איך מתכננים ארוחת חג?', conversationKey: 'claude:a' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'מתכון לארוחת חג לשישה אנשים', conversationKey: 'claude:a' }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'ארוחת חג', now: day('2026-04-01') });
    expect(block.text).toContain('מתכון לארוחת חג');
    expect(block.text).not.toContain('חובות');
  });
});
