import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { withTopicsSaidOneWay } from '../../../lib/preamble/topics-said-many-ways';

/**
 * Two matters people ask never to hear of again, told in the chats in other words than the request's: an eviction
 * (what the landlord did) and an affair (someone cheating on a partner). Sentences made up for these tests.
 */

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('an eviction, said as what the landlord did', () => {
  it('a request naming the eviction meets the chats that told it otherwise', () => {
    expect(names('the eviction', 'ever since the landlord kicked us out we have been sofa-surfing in Tacoma')).toBe(true);
    expect(names('the eviction', 'they threw me out of my apartment on Elm Road two days before Christmas')).toBe(true);
    expect(names('the eviction', 'we got evicted in March')).toBe(true);
    expect(names('the eviction', 'the letting agent served a notice to quit on Friday')).toBe(true);
    expect(withTopicsSaidOneWay('me desahuciaron en mayo, fue un desahucio rapidísimo')).toContain('eviction');
  });

  it('thrown out of somewhere else, or a thing thrown out, is no eviction', () => {
    expect(names('the eviction', 'we got kicked out of the pub at closing time')).toBe(false);
    expect(names('the eviction', 'I threw out the old sofa and the broken lamp')).toBe(false);
    expect(names('the eviction', 'my coach kicked me out of practice for being late')).toBe(false);
  });
});

describe('an affair, said as cheating or as going behind a partner’s back', () => {
  it('a matter named as cheating meets the chats that told it as an affair or behind a back', () => {
    expect(names('Dorian cheating on his husband', 'Dorian has been meeting his pilates instructor behind his husband’s back')).toBe(true);
    expect(names('Dorian cheating on his husband', 'Dorian begged me not to tell anyone about the affair')).toBe(true);
    expect(names('Dorian cheating on his husband', 'I think Dorian is being unfaithful again')).toBe(true);
    expect(names('my sister’s affair', 'my sister is cheating on her boyfriend with a neighbour')).toBe(true);
  });

  it('cheating at a test or on a diet, or an affair that is an event, is no infidelity', () => {
    expect(names('Dorian cheating on his husband', 'Dorian cheated on the driving theory test')).toBe(false);
    expect(names('Dorian cheating on his husband', 'Dorian is cheating on his diet with doughnuts')).toBe(false);
    expect(names('Dorian cheating on his husband', 'Dorian’s birthday was a family affair this year')).toBe(false);
    expect(names('Dorian cheating on his husband', 'Dorian and his husband went to Lisbon')).toBe(false);
  });
});

describe('a request to forget after a long heading', () => {
  it('what follows the colon is the request, however long the heading', () => {
    expect(forgetTopicOf('Last entry of a long and rather embarrassing week: please forget everything I told you about Dorian cheating on his husband.')).toBe(
      'Dorian cheating on his husband',
    );
    expect(forgetTopicOf('Note to self from a very tired person: can you forget what I said about the eviction')).toBe('eviction');
  });

  it('a heading before something else than forgetting asks nothing', () => {
    expect(forgetTopicOf('Notes from a long and rather embarrassing week: Dorian asked about the eviction.')).toBeUndefined();
    expect(forgetTopicOf('What my sister told her friend at the party: forget it, he is not worth it.')).toBeUndefined();
  });
});
