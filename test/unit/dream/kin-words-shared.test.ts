import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { namesOfRelative, relativeKeptOff } from '../../../lib/preamble/relatives-kept-off';

const learn = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).facts.map((f) => f.text);

// The extractor's first call loads its word lists; it is made here, so no test's own time runs over.
beforeAll(() => void learn('I live in Leeds.'), 180_000);

describe('one list of kin and partner words, shared by the rules that ask whether a line is about someone close', () => {
  it('a line a stepparent, an ex or an aunt said after a colon is theirs', () => {
    expect(learn("my stepdad: 'I'm allergic to shellfish'")).toEqual([]);
    expect(learn('my ex: "I live in Leeds now"')).toEqual([]);
    expect(learn("my aunt Rosa: 'I'm vegan now.' I'm a nurse.")).not.toContain('User is vegan.');
  });

  it('an allergy in note form after a sentence about a grandparent, an in-law or a fiancé is theirs', () => {
    expect(learn('My grandma is visiting. Allergic to penicillin.')).toEqual([]);
    expect(learn('My mother-in-law is staying with us. Allergic to latex.')).toEqual([]);
    expect(learn('My fiance cooks tonight. Allergic to peanuts.')).toEqual([]);
    expect(learn('Long day at work. Allergic to penicillin, btw.')).toEqual(['User is allergic to penicillin.']);
  });

  it('a relative kept off may be any of the words', () => {
    expect(relativeKeptOff('my stepdad')).toBe('stepdad');
    expect(relativeKeptOff('my ex-wife')).toBe('ex-wife');
    expect(relativeKeptOff('my nan')).toBe('nan');
    expect(relativeKeptOff('the weather')).toBeUndefined();
  });

  it('a relative’s word written with a capital beside the one kept off is no name of theirs', () => {
    expect(namesOfRelative('me, my brother, Mom and Dad went to the lake', 'brother')).toEqual([]);
    expect(namesOfRelative('my brother, Grandma and I', 'brother')).toEqual([]);
    expect(namesOfRelative('my sister Thanksgiving dinner is at hers', 'sister')).toEqual([]);
    expect(namesOfRelative('my little brother Tomasz', 'brother')).toEqual(['Tomasz']);
  });
});
