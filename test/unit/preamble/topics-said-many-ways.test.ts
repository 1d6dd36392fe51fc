import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { withTopicsSaidOneWay } from '../../../lib/preamble/topics-said-many-ways';
import { day, freshDb, memory, wordOverlapRecall } from './helpers';

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

describe('being in prison, said many ways, read as one word', () => {
  it('inside, locked up, behind bars, doing time, jail', () => {
    expect(withTopicsSaidOneWay("don't ever bring up my uncle being inside again")).toBe("don't ever bring up my uncle being prison again");
    expect(withTopicsSaidOneWay('my brother got locked up last year')).toBe('my brother got prison last year');
    expect(withTopicsSaidOneWay('she has been behind bars since 2021')).toBe('she has been prison since 2021');
    expect(withTopicsSaidOneWay("he's doing time for fraud")).toBe("he's prison for fraud");
    expect(withTopicsSaidOneWay('my cousin was jailed in May')).toBe('my cousin was prison in May');
    expect(withTopicsSaidOneWay('my time inside')).toBe('my prison');
    expect(withTopicsSaidOneWay('he was inside for two years')).toBe('he was prison for two years');
  });

  it('not "inside" a place, nor a shop locked up', () => {
    expect(withTopicsSaidOneWay('I was inside the house all day')).toBe('I was inside the house all day');
    expect(withTopicsSaidOneWay('he locked up the shop at six')).toBe('he locked up the shop at six');
    expect(withTopicsSaidOneWay('time to go inside.')).toBe('time to go inside.');
    expect(withTopicsSaidOneWay('the cat is inside.')).toBe('the cat is inside.');
    expect(withTopicsSaidOneWay('we spent some time inside the museum')).toBe('we spent some time inside the museum');
  });
});

describe('the other topics people keep off, each said many ways', () => {
  // Each way of saying a topic, and the one word it is read as.
  const said: [string, string][] = [
    ['since we split up', 'divorce'],
    ['we separated in 2023', 'divorce'],
    ['the decree absolute came through', 'divorce'],
    ['after she dumped me', 'breakup'],
    ['my ex-wife called', 'expartner'],
    ['mum passed away in March', 'death'],
    ['since I lost my dad', 'death'],
    ['the funeral was on Friday', 'death'],
    ['we lost the baby at 10 weeks', 'miscarriage'],
    ['after the miscarriage', 'miscarriage'],
    ['I need to lose 10kg', 'weight'],
    ['I started counting calories', 'weight'],
    ['we are behind on the rent', 'debt'],
    ["I've maxed out my credit cards", 'debt'],
    ["I'm flat broke", 'debt'],
    ['three years sober for 3 years', 'addiction'],
    ['he went to rehab in June', 'addiction'],
    ['I failed my driving test again', 'exam'],
    ['I have to resit chemistry', 'exam'],
    ['chemo starts on Monday', 'cancer'],
    ['I got laid off in April', 'redundancy'],
    ['they made me redundant', 'redundancy'],
    ['the court case is next week', 'lawsuit'],
    ['my therapist says so', 'therapy'],
    ['she was in an abusive relationship', 'abuse'],
    ['mi divorcio', 'divorce'],
    ['meine Scheidung', 'divorce'],
  ];
  it.each(said)('"%s" says %s', (text, word) => {
    expect(withTopicsSaidOneWay(text).split(/\s+/)).toContain(word);
  });

  it('a phrase of two topics reads as both', () => {
    expect(withTopicsSaidOneWay('since we split up')).toBe('since we divorce breakup');
  });

  // Words that say a topic only in some phrases, in the others.
  const notSaid = [
    'the cat is inside.',
    "let's split the bill",
    'we split up the chores',
    'my phone died again',
    'the battery died on the way',
    'I fired up the kiln',
    'I let go of the rope',
    'she broke up the fight',
    'physical therapy for my knee',
    'we ran the unit tests and two failed',
    'separated the eggs into two bowls',
    'I lost my keys',
    'locked up the shop',
    'a free trial of the app',
    'the tennis court was wet',
  ];
  it.each(notSaid)('"%s" is said as typed', (text) => {
    expect(withTopicsSaidOneWay(text)).toBe(text);
  });
});

describe('a topic kept off is kept off however the chats said it', () => {
  // The request, a line that says the topic another way, a line about something else that stays.
  const cases: [string, string, string][] = [
    ["Please don't ever bring up my time inside again.", 'when I was in jail I learned cooking', 'I learned cooking risotto in Rome'],
    ["Don't bring up the divorce again.", "since we split up I've been cooking for one", "let's split the bill for the cooking class"],
    ["Please don't mention my mum's death again.", 'mum passed away in March and cooking helps', 'mum loves cooking on Sundays'],
    ["Don't bring up the miscarriage again.", 'we lost the baby at 10 weeks, cooking keeps me busy', 'cooking for the baby shower on Saturday'],
    ["Never bring up my drinking again.", 'eight months sober for 8 months now, cooking instead', 'cooking with a glass of water'],
    ["Please don't mention my redundancy again.", 'I got laid off in April so more cooking at home', 'more cooking at home since the new kitchen'],
    ["Don't bring up my ex again.", 'my ex-husband taught me cooking', 'my brother taught me cooking'],
  ];
  it.each(cases)('%s', async (request, another, other) => {
    db = freshDb();
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: request, occurredAt: day('2026-10-25') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: another }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: other }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'cooking ideas', now: day('2026-11-01') });
    expect(block.text).toContain(other);
    expect(block.text).not.toContain(another);
  });

  it('a line about a different kept-off topic is kept', async () => {
    db = freshDb();
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: "Don't bring up the divorce again.", occurredAt: day('2026-10-25') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: 'I got laid off in April so more cooking at home' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'my brother went to prison, cooking helps me cope' }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'cooking ideas', now: day('2026-11-01') });
    expect(block.text).toContain('I got laid off in April so more cooking');
    expect(block.text).toContain('my brother went to prison');
  });
});
