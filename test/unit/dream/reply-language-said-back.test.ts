import { describe, expect, it } from 'vitest';
import { replyLanguageSaidBack } from '../../../lib/dream/reply-language-said-back';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

/**
 * After held-out scenario set CV, on sentences made up here: a reply language asked again with its verb left out
 * ("english again please", "back to English pls"), and a trial said to be over ("the spanish experiment is over").
 */
describe('a reply language asked again, its verb left out', () => {
  it('names the language', () => {
    expect(replyLanguageSaidBack('ok the spanish experiment is over, english again please, im too fried.')).toBe('English');
    expect(replyLanguageSaidBack('back to English pls')).toBe('English');
    expect(replyLanguageSaidBack('can you go back to english now?')).toBe('English');
    expect(replyLanguageSaidBack('German from now on please.')).toBe('German');
    expect(replyLanguageSaidBack('switch back to english please, thanks')).toBe('English');
  });

  it('not a question, a class, a trip or a statement', () => {
    expect(replyLanguageSaidBack('English again?')).toBeUndefined();
    expect(replyLanguageSaidBack('back to French class tomorrow, what should i review')).toBeUndefined();
    expect(replyLanguageSaidBack('English again was my worst grade.')).toBeUndefined();
    expect(replyLanguageSaidBack("i'm going back to spanish lessons in the fall")).toBeUndefined();
    expect(replyLanguageSaidBack('my english again failed me lol')).toBeUndefined();
  });
});

describe('a trial said to be over', () => {
  it('ends the instruction it named, and the language asked again stands', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'from now on answer me in german, im practising for my exchange term. keep it simple' }]);
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: 'right, the german experiment is over, english again please. how do i descale a kettle' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const texts = (await facts(db)).map((f) => f.text);
    expect(texts.filter((t) => /german/i.test(t))).toEqual([]);
    expect(texts).toContain('Reply to the user in English.');
  });
});
