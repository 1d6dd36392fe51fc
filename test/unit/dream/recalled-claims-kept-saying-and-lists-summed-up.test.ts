import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withNotListsJoined, offLimitsTopicsListed } from '../../../lib/dream/off-limits';

/**
 * After held-out scenario set CS's round, on sentences made up here: a claim recalled as a question and then called
 * wrong; what someone else keeps saying, quoted; a list of what a topic kept off means, summed up by "none of it"
 * without a "not" before each thing; a request opened by "one more thing"; a car wash, a laundromat or a gas station run
 * as a business.
 */

const read = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
const learn = (text: string) => read(text).facts.map((f) => f.text);
// The extractor's first call loads its word lists; it is made here, so no test's own time runs over.
beforeAll(() => void learn('I live in Leeds.'), 180_000);

const joinedTopics = (text: string) => withNotListsJoined(text.split(/(?<=[.!?])\s+/)).flatMap((s) => offLimitsTopicsListed(s));

describe('a claim recalled as a question, then called wrong', () => {
  it('is taken back', () => {
    expect(read("remember when I said I was vegetarian? wrong, that's my wife, I was reading her list.").retractions.map((r) => [r.value, r.disproven])).toEqual([['vegetarian', true]]);
    expect(read("you know how I told you I'm a welder? not true, I'm a pipefitter.").retractions.map((r) => r.value)).toEqual(['welder']);
    expect(learn("you know how I told you I'm a welder? not true, I'm a pipefitter.")).toEqual(['User is a pipefitter.']);
  });

  it('is not taken back by a question that only recalls it', () => {
    expect(read('remember when I said I was vegetarian? good times').retractions).toEqual([]);
    expect(read('did I say I was vegetarian? wrong, I mean').retractions).toEqual([]);
  });
});

describe('what someone else keeps saying, quoted', () => {
  it('is theirs', () => {
    expect(learn("Marco on my shift keeps announcing 'I'm gluten free, I can't eat any of this' so he brings his own.")).toEqual([]);
    expect(learn("my landlord is always complaining 'I live in a shoebox'")).toEqual([]);
    expect(learn("Priya keeps saying 'I'm allergic to cats' but she has two")).toEqual([]);
  });

  it('is the user’s where the user keeps saying it', () => {
    expect(learn("I keep telling them 'I'm allergic to peanuts' and nobody listens").join(' ')).toMatch(/allergic to peanuts/);
  });
});

describe('a list summed up by "none of it" after a request to keep a matter off', () => {
  it('names more of the matter, with no "not" before each thing', () => {
    expect(joinedTopics("please don't ever bring the flood up again. the insurance, the mould, Dale's basement, none of it.")).toEqual(['flood', 'insurance', 'mould', "Dale's basement"]);
    expect(joinedTopics('never mention my divorce again. my lawyer, the house, any of that.')).toEqual(['divorce', 'lawyer', 'house']);
  });

  it('is no list where its parts are clauses, or where no request comes before', () => {
    expect(joinedTopics('never mention my divorce again. I mean, whatever, none of it.')).toEqual(['divorce']);
    expect(joinedTopics('I love my dog. the walks, the fur, all of it.')).toEqual([]);
  });

  it('a request opened by "one more thing" is read as a request', () => {
    expect(joinedTopics("oh and one more thing, please don't ever bring the flood up again. the insurance, the mould, none of it.")).toEqual(['flood', 'insurance', 'mould']);
  });
});

describe('a roadside business', () => {
  it('run or managed by the user', () => {
    expect(learn('I manage a car wash in Lorain')).toEqual(['User runs a car wash in Lorain.']);
    expect(learn('I run a laundromat in Toledo')).toEqual(['User runs a laundromat in Toledo.']);
  });

  it('not a car wash held to raise money, nor one run by someone else', () => {
    expect(learn('I run a car wash fundraiser every spring')).toEqual([]);
    expect(learn('my wife manages a car wash')).toEqual([]);
    expect(learn('I went to the car wash')).toEqual([]);
  });
});
