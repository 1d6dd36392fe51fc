import { describe, expect, it } from 'vitest';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('a home lost to the lender is a debt, however it is said', () => {
  it('a request naming the bank taking a home meets the chat that said it was repossessed or foreclosed', () => {
    expect(names('Ravi and the bank taking his place', "my mate Ravi's flat is being repossessed next month, he's staying with us")).toBe(true);
    expect(names('Ravi and the bank taking his place', 'Ravi lost his house to the bank last year, so he rents now')).toBe(true);
    expect(names('the lender taking our home', 'we were in debt for years after the shop closed')).toBe(true);
  });

  it('the person alone, or a bank in another sense, is not the matter', () => {
    expect(names('Ravi and the bank taking his place', 'Ravi and I are going fishing on Sunday')).toBe(false);
    expect(names('Ravi and the bank taking his place', 'Ravi took his place on the river bank at dawn')).toBe(false);
  });
});
