import { describe, expect, it } from 'vitest';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * Two matters people ask never to hear of again, named in the request by a word of their own and told in the chats by
 * what happened: a wedding that did not take place, and pay taken by a court. Sentences made up for these tests.
 */

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('a wedding that did not take place', () => {
  const topic = offLimitsTopic("Don't ever mention my non-wedding again, please.") ?? '';

  it('the request names the matter by a word of its own', () => {
    expect(topic).toBe('non-wedding');
  });

  it('meets the chats that told what happened', () => {
    expect(names(topic, 'Marguerite never turned up at the chapel, the whole family waited an hour')).toBe(true);
    expect(names(topic, 'so yes, I got jilted two weeks before my thirtieth')).toBe(true);
    expect(names(topic, 'I still have the dress from the wedding that fell through')).toBe(true);
    expect(names(topic, 'we called off the engagement in April and I kept the ring')).toBe(true);
    expect(names('my almost wedding', 'he left me at the altar in Tulsa')).toBe(true);
  });

  it('a guest missing a wedding, or a wedding put off or planned, is none', () => {
    expect(names(topic, 'my cousin never showed up to the wedding reception')).toBe(false);
    expect(names(topic, 'we moved the wedding to October because of the venue')).toBe(false);
    expect(names(topic, 'help me write vows for our wedding at the chapel')).toBe(false);
  });
});

describe('pay taken by a court, named as docked and told as garnished', () => {
  const topic = forgetTopicOf("Can you forget what I told you about Ottilie's wages being docked by the court? Not my story to tell.") ?? '';

  it('the request names the matter', () => {
    expect(topic).toBe("Ottilie's wages being docked by the court");
  });

  it('meets the chats that told it as a garnishment', () => {
    expect(names(topic, 'Ottilie said the state is garnishing her wages over an old medical bill')).toBe(true);
    expect(names(topic, 'the garnishment leaves Ottilie with about two hundred a week')).toBe(true);
    expect(names(topic, "Ottilie's paycheque got garnished again this month")).toBe(true);
  });

  it('a garnish on a plate or pay docked by a boss is not the matter, nor Ottilie elsewhere', () => {
    expect(names(topic, 'Ottilie makes a lemon tart and tops it with a mint leaf')).toBe(false);
    expect(names(topic, 'Ottilie is taking Friday off for her sister’s move')).toBe(false);
    expect(names('my pay getting docked for being late', 'the county is garnishing my paycheck')).toBe(false);
  });
});
