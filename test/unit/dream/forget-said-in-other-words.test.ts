import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set BZ, on sentences made up here: a request to forget "all that stuff I told you about" a
 * matter, and the matter named otherwise than the chat said it. An in-law is said by the spouse they come through ("my
 * husband's sister", "my sister's husband") as often as by "-in-law"; a word that says only that it is a matter ("his
 * tax business", "the visa saga") is rarely said in the chat about it.
 */
const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('a request to forget "all that stuff I told you about …"', () => {
  it('names its matter, as "what I told you about …" does', () => {
    expect(forgetTopicOf('Forget all that stuff I told you about my landlord and his tax business. None of my business.')).toBe('landlord and his tax business');
    expect(offLimitsTopic('Please forget those things I mentioned about my sister\'s debts.')).toBe("sister's debts");
    expect(offLimitsTopic('Forget all the stuff I said about the audition.')).toBe('audition');
  });

  it('not "all that stuff" naming nothing, nor the user forgetting', () => {
    expect(offLimitsTopic('Forget all that stuff, it was nothing.')).toBeUndefined();
    expect(offLimitsTopic('I forget all the stuff I told you about Python.')).toBeUndefined();
  });
});

describe('the matter named otherwise than the chat said it', () => {
  it('an in-law, by the spouse they come through', () => {
    expect(names('sister-in-law and her tax business', "Ugh, my husband's sister got a letter from the tax office, she owes thousands.")).toBe(true);
    expect(names('brother-in-law', 'my sister\'s husband lost his job')).toBe(true);
    expect(names('mother-in-law', "my wife's mum moved in with us")).toBe(true);
  });

  it('not another relative, and not the matter without its other words', () => {
    expect(names('sister-in-law and her tax business', 'my sister got a tax letter')).toBe(false);
    expect(names('sister-in-law and her tax business', "my husband's sister is visiting")).toBe(false);
  });

  it('"business", "saga", "thing" after a matter say no more; alone they are the matter', () => {
    expect(names('the visa saga', 'the consulate rejected my visa again')).toBe(true);
    expect(names('my business', 'my business made a loss this year')).toBe(true);
    expect(names('my business', 'the visa was rejected')).toBe(false);
  });
});
