import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { buildPreamble } from '../../../lib/preamble/build';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { addConversation, day, freshDb, memory, wordOverlapRecall } from './helpers';

let db: ReverieDb;
afterEach(async () => {
  await db?.delete();
});

describe('a topic the user asked the assistant not to raise', () => {
  it('is a standing instruction, however it is asked', () => {
    expect(offLimitsTopic("please don't bring up my divorce again, it's done")).toBe('divorce');
    expect(offLimitsTopic('can you stop asking about my weight loss goals?')).toBe('weight loss goals');
    expect(offLimitsTopic('dont talk about the layoffs unless I ask')).toBe('layoffs');
    expect(offLimitsTopic('my chemo is off limits btw')).toBe('chemo');
    expect(offLimitsTopic("I don't want to talk about my dad's illness anymore")).toBe("dad's illness");
    expect(isInstructionToAssistant('Never mention the audition again 😅')).toBe(true);
  });

  it('"don\'t mention it", "not right now" and a topic named nowhere are not such a request', () => {
    expect(offLimitsTopic("Don't mention it, happy to help")).toBeUndefined();
    expect(offLimitsTopic("I don't want to talk about work right now")).toBeUndefined();
    expect(offLimitsTopic('stop talking about yourself')).toBeUndefined();
    // About the text being written now, not a topic kept off for good; nor a topic said to be open.
    expect(offLimitsTopic("don't mention the price in the email")).toBeUndefined();
    expect(offLimitsTopic('so no products are off-limits')).toBeUndefined();
    expect(isInstructionToAssistant("Don't mention it.")).toBe(false);
  });

  it('no line of the block names it, the request included, unless the message typed raises it', async () => {
    db = freshDb();
    await addConversation(db, { site: 'claude', conversationId: 'd', lastSeenAt: day('2026-10-02'), title: 'Divorce paperwork checklist' });
    await addConversation(db, { site: 'claude', conversationId: 'g', lastSeenAt: day('2026-10-20'), title: 'Raised beds for the garden' });
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: "Don't bring up my divorce again.", occurredAt: day('2026-10-25') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: 'since the divorce I cook for one, easy dinners please', conversationKey: 'claude:d' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'easy dinners that keep for two days', conversationKey: 'claude:g' }),
    ];
    await db.memories.bulkPut(rows);
    const quiet = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'easy dinners for the week', now: day('2026-11-01') });
    // The request itself would name the topic to every new chat, on sites that never heard of it: it stays in memory
    // (the popup lists it) and out of the block.
    expect(quiet.text).toContain('easy dinners that keep for two days');
    expect(quiet.text).not.toMatch(/divorce/i);
    expect((await db.memories.get('rule'))?.status).toBe('active');

    const raised = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'divorce dinners for one', now: day('2026-11-01') });
    expect(raised.text).toContain('since the divorce I cook for one');
    expect(raised.text).toContain("Don't bring up my divorce again.");
  });

  it('is read when asked in Indonesian, Russian, Spanish, French or German, with "never" or "again"', () => {
    expect(offLimitsTopic('tolong jangan pernah bahas soal pemecatanku lagi ya')).toBe('pemecatanku');
    expect(offLimitsTopic('Больше никогда не упоминай мой развод, пожалуйста.')).toBe('развод');
    expect(offLimitsTopic('No vuelvas a mencionar mi despido, por favor.')).toBe('despido');
    expect(offLimitsTopic('Ne me parle plus jamais de mon opération.')).toBe('opération');
    expect(offLimitsTopic('Erwähne nie wieder meine Kündigung.')).toBe('Kündigung');
    // About one answer, or naming nothing: no topic kept off.
    expect(offLimitsTopic('jangan bahas harga di caption ini')).toBeUndefined();
    expect(offLimitsTopic('jangan ungkit itu lagi')).toBeUndefined();
  });

  it('in Indonesian, leaves out the lines that name the topic by its root ("perceraian" → "cerai")', async () => {
    db = freshDb();
    await addConversation(db, { site: 'gemini', conversationId: 'b', lastSeenAt: day('2026-10-02'), title: 'jadwal minggu depan' });
    const rows = [
      memory({ id: 'rule', kind: 'instruction', text: 'tolong jangan pernah singgung perceraian kakakku lagi ya', occurredAt: day('2026-10-25') }),
      memory({ id: 'p1', kind: 'passage', role: 'user', text: 'kakakku baru bercerai, aku bantu jaga anaknya tiap sore, bikin jadwal dong', conversationKey: 'gemini:b' }),
      memory({ id: 'p2', kind: 'passage', role: 'user', text: 'bikin jadwal olahraga tiap sore dong', conversationKey: 'gemini:b' }),
    ];
    await db.memories.bulkPut(rows);
    const block = await buildPreamble({ db, recall: wordOverlapRecall(rows), firstMessage: 'bikin jadwal tiap sore', now: day('2026-11-01') });
    expect(block.text).toContain('bikin jadwal olahraga tiap sore');
    expect(block.text).not.toMatch(/cerai/i);
  });
});
