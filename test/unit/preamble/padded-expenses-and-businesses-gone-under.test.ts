import { describe, expect, it } from 'vitest';
import { offLimitsTopic, offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * Two matters people ask never to hear of again, named in the request by words of their own and told in the chats by
 * what happened: expenses claimed that were never spent, and a business of the user's that went under. And a request to
 * forget said with a verb of wiping ("scrub everything I told you about …"). Sentences made up for these tests.
 */

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));
const namesAny = (request: string, text: string) => offLimitsTopicsListed(request).some((t) => names(t, text));

describe('a request to forget said with a verb of wiping', () => {
  it('scrub, delete or wipe what the user told about a matter', () => {
    expect(forgetTopicOf('Scrub everything I told you about Ingeborg fudging her overtime claims.')).toBe('Ingeborg fudging her overtime claims');
    expect(forgetTopicOf("ok delete what I said about Radomir's court date, it isn't mine to share")).toBe("Radomir's court date");
    expect(offLimitsTopic('Please wipe anything I mentioned about the Halloran lease.')).toBe('Halloran lease');
  });

  it('not a file, a photo or an email deleted', () => {
    expect(forgetTopicOf('Delete the photos of Radomir from the shared album.')).toBeUndefined();
    expect(offLimitsTopic('Can you scrub the grout lines before the tiler comes?')).toBeUndefined();
    expect(forgetTopicOf('How do I remove everything from my old laptop before I sell it?')).toBeUndefined();
  });
});

describe('expenses claimed that were never spent', () => {
  // As the request above names it.
  const topic = 'Ingeborg fudging her overtime claims';

  it('meets the chats that told it otherwise', () => {
    expect(names(topic, 'Ingeborg has been padding her expense reports since spring')).toBe(true);
    expect(names(topic, 'Ingeborg keeps claiming about 12 hours of overtime a week that she never works')).toBe(true);
    expect(names(topic, 'apparently Ingeborg handed in fake receipts for the Denver trip')).toBe(true);
    expect(names("Teodor's mileage", 'Teodor inflated his mileage logs by a third')).toBe(true);
  });

  it('a cushion padded, a violin fiddled or miles really driven are none', () => {
    expect(names(topic, 'Ingeborg padded the chair seats with old quilts')).toBe(false);
    expect(names(topic, 'Ingeborg was fiddling with the thermostat again')).toBe(false);
    expect(names("Teodor's mileage", 'Teodor claimed 40 miles for the Tuesday site visit')).toBe(false);
    expect(names('Teodor fiddling his expenses', 'Teodor says the doctor expenses for his knee were covered')).toBe(false);
  });
});

describe('a business of the user’s that went under', () => {
  const request = 'Never bring up the old shop on Larkspur Road again, or anything about it going under.';

  it('the request keeps off what befell the place, said by a pronoun', () => {
    expect(offLimitsTopicsListed(request)).toEqual(['old shop on Larkspur Road', 'going under']);
  });

  it('meets the chats that told it', () => {
    expect(namesAny(request, 'ever since my bakery closed I drive for a courier firm')).toBe(true);
    expect(namesAny(request, 'the year the company went bust I lost the van too')).toBe(true);
    expect(namesAny(request, 'the council shut us down over the fire exits')).toBe(true);
    expect(namesAny(request, 'losing a business at fifty is a strange kind of grief')).toBe(true);
  });

  it('a shop closed for the day, an operation, or a pronoun with no matter are none', () => {
    expect(namesAny(request, 'the bakery closed early because of the ice')).toBe(false);
    expect(namesAny(request, 'I am going under the knife for my hernia in March')).toBe(false);
    expect(namesAny(request, 'I lost my shop keys at the market')).toBe(false);
    // Not "ending" (every line that says "end"), nor "anything about it ending" (every line that says "anything" and "end").
    expect(offLimitsTopicsListed("Don't mention my ex again, or anything about it ending.")).toEqual(['ex']);
  });
});
