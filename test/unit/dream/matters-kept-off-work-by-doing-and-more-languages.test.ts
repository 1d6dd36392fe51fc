import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { extractFromTurn } from '../../../lib/dream/extract';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { offLimitsTopic, withPersonNamed } from '../../../lib/dream/off-limits';
import { workSaidByDoing } from '../../../lib/dream/work-said-by-doing';
import { dietAndHealthInChinese } from '../../../lib/dream/diet-and-health-chinese';
import { buildPreamble } from '../../../lib/preamble/build';
import { hashNormalised } from '../../../lib/engine/text';
import type { MemoryRow } from '../../../lib/db/schema';
import { addConversation, DAY, freshDb, T0 } from './fixture';

/**
 * The rules added after held-out scenario set BT, on sentences made up here: a matter kept off asked formally or by
 * "it" after the sentence that names it, "can you forget what I told you about …", and in Hindi and Persian; a standing
 * scope of "all our correspondence"; "by the way" closing a value; a new home said after the user's "I" without it;
 * work said by what the user does and by the years at a place; a diet and a condition said in Chinese; a change said in
 * Hindi and Persian; a role-play's "(still in character)"; a pet's name that heads a thing ("our lab Slack channel").
 */
const AT = Date.UTC(2026, 6, 1);
const made = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => made(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('a matter kept off, asked formally or named before its "it"', () => {
  it('"I must ask you never to …", "I\'d ask that you never …"', () => {
    expect(offLimitsTopic('I must ask that you never mention my hip operation again.')).toBe('hip operation');
    expect(offLimitsTopic("I'd ask you, kindly, never to bring up the redundancy again")).toBe('redundancy');
    expect(offLimitsTopic("I'd ask you not to mention the price in this letter")).toBeUndefined();
  });

  it('"it" takes the matter the sentence before opens with', () => {
    const request = withPersonNamed('Please never raise it again unless I do.', 'The business of my aunt\'s estate is closed now.');
    expect(request).toBe("Please never raise it [aunt's estate] again unless I do.");
    expect(offLimitsTopic(request)).toBe("aunt's estate");
    expect(offLimitsTopic(withPersonNamed("please don't ever bring it up again", 'My redundancy has been hard.'))).toBe('redundancy');
    // "Don't mention it" is "you're welcome", whatever came before.
    expect(offLimitsTopic(withPersonNamed("Don't mention it, glad to help", 'The boiler is fixed now.'))).toBeUndefined();
  });

  it('"can you forget what I told you about …", and a closing word is no topic', () => {
    expect(offLimitsTopic('actually could you forget what I told you about Bex and the clinic.')).toBe('Bex and the clinic');
    expect(offLimitsTopic("please don't bring it up ever")).toBeUndefined();
    expect(facts("please don't bring it up ever").some((f) => /bring it up/i.test(f))).toBe(false);
  });

  it('in Hindi ("… वाली बात फिर कभी मत छेड़ना") and Persian ("… درباره‌ی … حرف نزن", "forget what I said about …")', () => {
    expect(offLimitsTopic('प्लीज़ भाई की नौकरी वाली बात फिर कभी मत छेड़ना')).toBe('भाई की नौकरी');
    expect(offLimitsTopic('मेरे ऑपरेशन के बारे में दोबारा मत पूछना')).toBe('ऑपरेशन');
    // Said for one answer, without "again" or "ever": not kept off for good.
    expect(offLimitsTopic('नौकरी वाली बात मत छेड़ना')).toBeUndefined();
    expect(offLimitsTopic('دیگه هیچ وقت درباره‌ی اخراج برادرم حرف نزن')).toBe('اخراج برادرم');
    expect(offLimitsTopic('لطفاً چیزی که درباره‌ی طلاق گرفتن خاله‌ام گفتم رو فراموش کن')).toBe('طلاق خاله‌ام');
  });
});

describe('a standing scope said as "all our correspondence"', () => {
  it('an order after it stands for every answer', () => {
    expect(isInstructionToAssistant('In all our correspondence please spell out the units in full.')).toBe(true);
    expect(isInstructionToAssistant('for all our chats, please write times in the 24-hour clock')).toBe(true);
    expect(isInstructionToAssistant('please check the spelling in all my emails')).toBe(false);
  });
});

describe('"by the way" ends a value', () => {
  it('a name or a place said before it', () => {
    expect(facts('call me Birdie by the way, everyone does')).toContain('user/call-me User wants to be called Birdie.');
    expect(facts('I live in Frome by the way')).toContain('user/location User lives in Frome.');
  });
});

describe('a new home said after the user\'s "I", without it', () => {
  it('"I left X, got a flat in Y", and not what the home is near', () => {
    expect(facts('so i finally left the houseshare, found a little place in penryn near the campus.')).toContain('user/location User lives in Penryn.');
    expect(facts('took a flat in Hexham right by the abbey')).toContain('user/location User lives in Hexham.');
    expect(facts('got a flat tyre on the A30 this morning').filter((f) => f.startsWith('user/location'))).toEqual([]);
  });
});

describe('work said by what the user does, and by the years at a place', () => {
  it('a trade\'s work on a bare object', () => {
    expect(workSaidByDoing('I do nails from home three days a week').map((f) => f.text)).toEqual(['User does nails.']);
    expect(workSaidByDoing('I fit kitchens for a living').map((f) => f.text)).toEqual(['User fits kitchens.']);
    expect(workSaidByDoing('I cut hair 9 till 5 most days').map((f) => f.text)).toEqual(['User cuts hair.']);
  });

  it('not whose hair, nor at home', () => {
    expect(workSaidByDoing('I cut hair for my two boys')).toEqual([]);
    expect(workSaidByDoing('I do my nails on Sundays')).toEqual([]);
    expect(workSaidByDoing('I cut hair at home to save money')).toEqual([]);
  });

  it('a named place by the years spent working there', () => {
    expect(workSaidByDoing('been styling at curl & co in leith 4 yrs now').map((f) => f.text)).toEqual(['User works at Curl & Co in Leith.']);
    expect(workSaidByDoing("I've been teaching at Hollins Park for eleven years")).toContainEqual(expect.objectContaining({ slot: 'user/employer', value: 'Hollins Park' }));
    expect(workSaidByDoing('been staying at my sister\'s in Derby 3 weeks')).toEqual([]);
    expect(workSaidByDoing("she's been working at the depot 2 years")).toEqual([]);
  });
});

describe('a diet and a condition said in Chinese', () => {
  it('vegetarian, vegan, and fish kept in the same breath', () => {
    expect(dietAndHealthInChinese('我吃素，帮我想几个便当').map((f) => f.text)).toEqual(['User is vegetarian.']);
    expect(dietAndHealthInChinese('我现在吃全素了').map((f) => f.text)).toEqual(['User is vegan.']);
    expect(dietAndHealthInChinese('我是素食者，哦不对，海鲜我还是吃的').map((f) => f.text)).toEqual(['User is pescatarian.']);
    expect(dietAndHealthInChinese('我还吃鱼，但是不吃红肉').map((f) => f.text)).toEqual(['User is pescatarian.']);
  });

  it('not a negation, a restaurant, or fish alone', () => {
    expect(dietAndHealthInChinese('我不吃素')).toEqual([]);
    expect(dietAndHealthInChinese('附近有素食餐厅吗')).toEqual([]);
    expect(dietAndHealthInChinese('我也吃鱼')).toEqual([]);
  });

  it('a condition the user has, not one someone else has', () => {
    expect(dietAndHealthInChinese('我有哮喘，冬天跑步要注意什么？')).toEqual([expect.objectContaining({ slot: 'user/health:asthma', text: 'User has asthma.' })]);
    expect(dietAndHealthInChinese('我一直有偏头痛').map((f) => f.text)).toEqual(['User has migraines.']);
    expect(dietAndHealthInChinese('我爸爸有高血压')).toEqual([]);
    expect(facts('我有2型糖尿病，晚饭吃什么好')).toContain('user/health:type 2 diabetes User has type 2 diabetes.');
  });
});

describe('a change said in Hindi and Persian', () => {
  it('a move under way, a service to be closed, a transfer', () => {
    expect(changeSaid('हम अगले महीने नागपुर shift हो रहे हैं।')?.marker).toBe('shift हो रहे हैं');
    expect(changeSaid('इसलिए बेकरी का काम 10 जून से बंद करना पड़ेगा।')?.marker).toBe('बंद करना पड़ेगा');
    expect(changeSaid('मेरा तबादला हो गया है भोपाल में।')).toBeDefined();
  });

  it('a stage finished, a job offer taken; not a day\'s work', () => {
    expect(changeSaid('پایان‌نامه‌ام تموم شد و فردا جشن داریم')?.marker).toBe('پایان‌نامه‌ام تموم شد');
    expect(changeSaid('بالاخره پیشنهاد کار شرکت بیمه رو قبول کردم')).toBeDefined();
    expect(changeSaid('امروز کارم تموم شد و رفتم خونه')).toBeUndefined();
  });
});

describe('make-believe and names that head a thing', () => {
  it('"(still in character)" keeps the role-play\'s turn out of what is learned', () => {
    expect(made('(still in character) we own six bakeries and I drive a Bentley').facts).toEqual([]);
  });

  it('"our lab Slack channel" names no dog', () => {
    expect(facts('the script posts to our lab Teams channel every hour').filter((f) => f.startsWith('user/pet'))).toEqual([]);
    expect(facts('our lab Pepper is nine now')).toContain('user/pet:pepper User has a lab named Pepper.');
  });
});

describe('what the block leaves out', () => {
  const everyPassage = (rows: MemoryRow[]) => async (query: string) =>
    rows
      .filter((m) => m.kind === 'passage' && query.split(/\s+/).some((w) => w.length > 3 && m.text.toLowerCase().includes(w.toLowerCase())))
      .map((memory) => ({ memory, score: 1, via: ['lexical' as const] }));

  it("the assistant's reply that takes up a matter kept off, though the reply does not name it; not one to a message that named it in passing", async () => {
    const db = freshDb();
    await addConversation(db, 'lease', T0, [
      { role: 'user', text: 'my landlord Mr Pryce is keeping my deposit, what should I do about the tribunal' },
      { role: 'assistant', text: 'Get the deposit protection certificate and the check-in inventory, and ask the tribunal for a hearing date.' },
    ]);
    await addConversation(db, 'move', T0 + DAY / 2, [
      { role: 'user', text: 'since the thing with Mr Pryce I want a cheap van hire for the move, what do photos of the flat need to show' },
      { role: 'assistant', text: 'Take photos of every wall and the meter readings on the day.' },
    ]);
    await addConversation(db, 'plants', T0 + DAY, [
      { role: 'user', text: 'which photos of my balcony plants should I post' },
      { role: 'assistant', text: 'Post the photos of the tomatoes in the morning light.' },
    ]);
    const rule: MemoryRow = {
      ...(await db.memories.get('passage:chatgpt:plants#0:0'))!,
      id: 'rule',
      kind: 'instruction',
      text: 'Please never mention Mr Pryce again.',
      hash: hashNormalised('Please never mention Mr Pryce again.'),
      sourceTurnIds: [],
    };
    await db.memories.put(rule);
    const rows = await db.memories.toArray();
    const block = (await buildPreamble({ db, recall: everyPassage(rows), firstMessage: 'photos and a hearing date', now: T0 + 2 * DAY })).text;
    expect(block).toContain('tomatoes in the morning light');
    expect(block).toContain('every wall and the meter readings');
    expect(block).not.toMatch(/Pryce|check-in inventory/);
  });

  it('a chat whose opening message the user deleted, though a later one of theirs is left', async () => {
    const db = freshDb();
    await addConversation(db, 'fine', T0, [
      { role: 'user', text: 'I got a parking fine outside the school, how do I appeal it' },
      { role: 'assistant', text: 'You can appeal within 28 days.' },
      { role: 'user', text: 'ok thanks' },
    ]);
    await db.conversations.update('chatgpt:fine', { title: 'Parking fine appeal' });
    await addConversation(db, 'soup', T0 + DAY, [{ role: 'user', text: 'a soup for a cold evening?' }]);
    const block = () => buildPreamble({ db, recall: async () => [], now: T0 + 2 * DAY }).then((p) => p.text);
    expect(await block()).toContain('Parking fine appeal');
    await db.memories.update('passage:chatgpt:fine#0:0', { status: 'deleted' });
    const after = await block();
    expect(after).not.toContain('Parking fine');
    expect(after).toContain('soup for a cold evening');
  });
});
