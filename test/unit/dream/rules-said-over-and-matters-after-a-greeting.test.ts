import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set CW, on sentences made up here: a rule said to be over ("the no-emoji rule is done now"),
 * the question asked after a rule is let go kept as no rule of its own, and a matter named first after a word to get
 * the assistant's ear ("hey that whole thing about …, forget all of it please"), and a "money mess" as the debts the
 * chats told by their own words.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a rule said to be over', () => {
  it('takes the rule back by what it was about', () => {
    expect(retracted('ok you can relax now, the 200 words thing is over, i have time again')).toContain('200 words');
    expect(retracted('the no-emoji rule is done now, use whatever you like')).toContain('emoji');
    expect(retracted('that word limit is lifted, i have more time these days')).toContain('word');
  });

  it('not a thing in the world that is over', () => {
    expect(retracted('the whole thing is over between us')).not.toContain('whole');
    expect(retracted('the lease is done, where do i return the keys')).toEqual([]);
  });
});

describe('the question asked after a rule is let go', () => {
  it('is no rule for every answer', () => {
    expect(facts('ok you can use bullet points again. explain why the sky is blue')).toEqual([]);
    expect(facts('scrap the no-tables rule. explain the difference between a roth and a traditional ira')).toEqual([]);
  });

  it('an order for every answer after it still is', () => {
    expect(facts('you can use emojis again. explain things simply, like im 10')).toContain('Explain things simply, like im 10.');
    expect(facts('forget the short answers thing. write in full paragraphs with examples from now on')).toContain('Write in full paragraphs with examples from now on.');
  });
});

describe('a matter named first after a word to get the assistant\'s ear', () => {
  it('is the matter of a request to forget or keep off', () => {
    expect(forgetTopicOf('hi, all that business about my landlord and the deposit, forget all of it pls')).toBe('landlord and the deposit');
    expect(forgetTopicOf("look, the stuff with my sister's divorce, please forget it, she'd kill me.")).toBe("sister's divorce");
    expect(offLimitsTopic("listen the thing about my mum's drinking - don't bring it up again ok")).toBe("mum's drinking");
  });

  it('not a matter put right, asked about or only said', () => {
    expect(forgetTopicOf('hey the thing with the router is fixed, forget it please')).toBeUndefined();
    expect(forgetTopicOf('hey that stuff about the budget spreadsheet, forget it, i figured it out')).toBeUndefined();
    expect(offLimitsTopic('hey that stuff about python generators, can you explain it again')).toBeUndefined();
    expect(offLimitsTopic('yo that whole situation with the car is a mess lol, how do i sell it')).toBeUndefined();
  });
});

describe('a money mess', () => {
  it('is debt, or the user\'s own word for it', () => {
    expect(topicWords('ruben and his money mess')).toEqual([['ruben'], ['debt', 'money']]);
    expect(topicWords('that financial mess')).toEqual([['debt', ...topicWords('financial')[0]!]]);
  });

  it('not any mess, nor a money thing', () => {
    expect(topicWords('the kitchen mess')).toEqual([['kitchen']]);
    expect(topicWords('the money thing')).toEqual([['money']]);
    expect(topicWords('my money problems')).toEqual([['debt']]);
  });
});
