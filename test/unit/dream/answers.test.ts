import { describe, expect, it } from 'vitest';
import { answersTo, askedAbout } from '../../../lib/dream/answers';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const ASKED = 'Glad to help you plan the move! Before I suggest neighbourhoods: where do you live now, and what kind of work do you do?';

describe('a short reply is read as the answer to what the assistant asked', () => {
  it('reads which questions were asked', () => {
    expect(askedAbout(ASKED)).toEqual(['job', 'home']);
    expect(askedAbout('Nice! How old are you, if you don\'t mind me asking?')).toEqual(['age']);
    expect(askedAbout('Where are you originally from?')).toEqual(['origin']);
    // Said, not asked: "where you live" in a sentence is no question.
    expect(askedAbout('Rent depends a lot on where you live and what you do for work.')).toEqual([]);
  });

  it('gives each part of the reply the meaning of its question', () => {
    const asked = askedAbout(ASKED);
    expect(answersTo(asked, 'galway. plumber.')).toEqual([
      { what: 'job', value: 'plumber' },
      { what: 'home', value: 'galway' },
    ]);
    expect(answersTo(asked, 'I\'m a midwife, just outside Utrecht 🙂')).toEqual([
      { what: 'job', value: 'midwife' },
      { what: 'home', value: 'Utrecht' },
    ]);
    expect(answersTo(['age'], '19 lol')).toEqual([{ what: 'age', value: '19' }]);
  });

  it('a reply that asks back, hedges or runs long answers nothing', () => {
    const asked = askedAbout(ASKED);
    expect(answersTo(asked, 'why does that matter?')).toEqual([]);
    expect(answersTo(asked, 'not sure yet, maybe later')).toEqual([]);
    expect(answersTo(asked, 'honestly it is complicated because I split my time between two cities for family reasons and the job moves')).toEqual([]);
    expect(answersTo([], 'galway. plumber.')).toEqual([]);
  });

  it('the facts come out of extraction, and only with the question before them', () => {
    const texts = (replyTo?: string) => extractFromTurn({ id: 't', text: 'galway. plumber.', at: 0, ...(replyTo ? { replyTo } : {}) }).facts.map((f) => f.text);
    expect(texts(ASKED)).toEqual(['User is a plumber.', 'User lives in Galway.']);
    expect(texts()).toEqual([]);
  });

  it('the dream reads the assistant turn the user replied to', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'can you help me budget for a move next year' },
      { role: 'assistant', text: ASKED },
      { role: 'user', text: 'galway. plumber.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(['User is a plumber.', 'User lives in Galway.']);
  });
});
