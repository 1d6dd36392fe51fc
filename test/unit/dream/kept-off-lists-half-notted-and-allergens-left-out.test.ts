import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { offLimitsTopicsListed, withNotListsJoined } from '../../../lib/dream/off-limits';

/**
 * A list of what a matter kept off means, with "not" before only some of its things and summed up by "any of it"; a
 * time among those things, which tells no change; an allergen asked to be left out, then "I'm allergic" alone.
 */

const read = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
const learn = (text: string) => read(text).facts.map((f) => f.text);
// The extractor's first call loads its word lists; it is made here, so no test's own time runs over.
beforeAll(() => void learn('I live in Leeds.'), 180_000);

const joinedTopics = (text: string) => withNotListsJoined(text.split(/(?<=[.!?])\s+/)).flatMap((s) => offLimitsTopicsListed(s));

describe('a list kept off with "not" before only some of its things', () => {
  it('names each thing of the list', () => {
    expect(joinedTopics("please don't bring up the accident again. not the crash, not the hospital, the cast, any of it.")).toEqual(['accident', 'crash', 'hospital', 'cast']);
    expect(joinedTopics('Never mention my divorce again. Not the lawyer, the house, the custody hearing, none of it.')).toEqual(['divorce', 'lawyer', 'house', 'custody hearing']);
  });

  it('is no list after a sentence that asks nothing kept off', () => {
    expect(joinedTopics('I moved to Leeds in May. Not the flat, the job, any of it.')).toEqual([]);
  });

  it('tells no change by a time named among the things kept off', () => {
    const r = read("please dont ever bring up my brother's stuff again. not what happened in march, not the hospital, the narcan, the rehab, any of it.");
    expect(r.updates).toEqual([]);
    expect(r.facts.map((f) => f.text)).toEqual(["Dont ever bring up my brother's stuff again. not what happened in march, not the hospital, not the narcan, not the rehab."]);
  });
});

describe('an allergen asked to be left out, then "I\'m allergic" with nothing after it', () => {
  it('is read as an allergy to what is left out', () => {
    expect(learn('making dessert tonight. nothing with plums please, im allergic, itchy throat every time.')).toEqual(['User is allergic to plums.']);
    expect(learn("no shellfish please, I'm allergic. what should I order?")).toEqual(['User is allergic to shellfish.']);
    expect(learn('hold the sesame — im allergic')).toEqual(['User is allergic to sesame.']);
    expect(learn("Skip the walnuts, because I'm allergic.")).toEqual(['User is allergic to walnuts.']);
  });

  it('not a saying opened by "no", nor someone else\'s allergy', () => {
    expect(learn("no kidding, i'm allergic, haha")).toEqual([]);
    expect(learn('my son wants pancakes, no eggs please, he is allergic.')).toEqual([]);
    expect(learn("nothing with nuts please, she's allergic")).toEqual([]);
    // The words after the thing left out are no part of its name.
    expect(learn("no pets allowed in the flat, since I'm allergic")).toEqual([]);
    expect(learn("no pets allowed, since I'm allergic")).toEqual([]);
    expect(learn("no pine nuts, I'm allergic")).toEqual(['User is allergic to pine nuts.']);
  });
});
