import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { partsListedAfter } from '../../../lib/dream/forget-parts-listed';
import { offLimitsTopicsListed, withNotListsJoined } from '../../../lib/dream/off-limits';
import { changeSaid } from '../../../lib/dream/later-updates';
import { possessionStatements } from '../../../lib/dream/possessions';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { capture, type Chat, searchText, serviceAt } from './chats-through-the-service';

/**
 * After held-out scenario set CM's round, on sentences and chats made up here: a matter to forget named by a round-about
 * and then by a list of its parts ("…, all of it"), a month said after the matter, a list kept off with the person as a
 * pronoun in it, a court's order and a judge's ruling told without the court, a car got "used" with its model year, one
 * kidney, a works managed, a plan that does not go ahead in Dutch and Gronings, and Sicilian and Calabrese "sugnu".
 */

const facts = (text: string) => extractFromTurn({ id: 't', text, at: Date.UTC(2026, 5, 9) }).facts.map((f) => f.text);

describe('a matter to forget, named round-about and then by its parts', () => {
  it('reads the parts of a list that sums up', () => {
    const s = ['please forget what I told you about Mo and his bother with the landlord?', 'The letters, the deposit, the tribunal, all of it.'];
    expect(partsListedAfter(s, s[0]!).map((p) => p.flat()[0])).toEqual(['letter', 'deposit', 'tribun']);
  });

  it('not a sentence that lists nothing, or one part alone', () => {
    expect(partsListedAfter(['forget what I said about Mo.', 'Thanks for everything.'], 'forget what I said about Mo.')).toEqual([]);
    expect(partsListedAfter(['forget what I said about Mo.', 'Forget it, all of it.'], 'forget what I said about Mo.')).toEqual([]);
  });

  it('a month said after the matter is when it was told', () => {
    expect(forgetTopicOf('Could you forget what I told you about Priya and her visa in March?')).toBe('Priya and her visa');
  });

  const MAN: Chat = {
    id: 'trouble',
    turns: [
      { role: 'user', text: 'My neighbour Leopold got a final warning from the landlord and the letting agent is threatening to keep his deposit, and there is a tribunal date in June. How can I help him?' },
      { role: 'assistant', text: 'Help him gather the tenancy papers and photos for the tribunal, and point him to a housing advice line.' },
    ],
  };
  const OTHER: Chat = {
    id: 'plants',
    turns: [
      { role: 'user', text: 'Leopold from next door is watering my tomatoes while I am away in Crete. What should I tell him?' },
      { role: 'assistant', text: 'Water deeply every other evening, more in a heatwave.' },
    ],
  };
  const REQUEST: Chat = {
    id: 'request',
    turns: [
      { role: 'user', text: "Could you please forget what I told you about Leo and his bother with the landlord? The deposit, the tribunal, the warning, all of it. It's his business. Anyway, what's a good gin cocktail?" },
      { role: 'assistant', text: 'Sure. A Tom Collins: gin, lemon, sugar, soda.' },
    ],
  };

  it('leaves search with the messages naming the person and a part; the other chat with him stays', async () => {
    const world = await serviceAt('forget-parts', Date.UTC(2026, 5, 2, 20));
    await capture(world.service, [MAN, OTHER]);
    world.tick(10);
    await capture(world.service, [REQUEST]);
    await world.service.dream('manual');
    const found = await searchText(world.service, 'Leopold');
    expect(found).not.toMatch(/final warning|letting agent|tenancy papers/);
    expect(found).toMatch(/watering my tomatoes/);
  }, 120_000);
});

describe('a list kept off with the person in it as a pronoun', () => {
  it('is part of the request', () => {
    const joined = withNotListsJoined(["Please don't ever bring up the business with my ex again.", 'Not him, not the court, not his car, not any of it.']);
    expect(joined).toHaveLength(1);
    expect(offLimitsTopicsListed(joined[0]!)).toEqual(expect.arrayContaining(['court', 'car']));
  });

  it('not a list of how or when', () => {
    expect(withNotListsJoined(["Please don't bring up my ex again.", 'Not in passing, not ever.'])).toHaveLength(2);
  });
});

describe('a court matter told without the court', () => {
  const court = topicWords('the court');
  const names = (s: string) => namesAll(new Set(topicRoots(s)), court);
  it('a court order and a judge ruling', () => {
    expect(names('I filed for a restraining order last week.')).toBe(true);
    expect(names('The judge granted the order on Friday.')).toBe(true);
  });
  it('not a judge of a contest, nor an order of food', () => {
    expect(names('The judges loved my pie at the county fair.')).toBe(false);
    expect(names('I placed an order for pizza.')).toBe(false);
  });
});

describe('a car got used, with its model year', () => {
  const had = (text: string) => possessionStatements(text, Date.UTC(2026, 5, 9)).map((p) => p.text);
  it('is named by its maker, without "used" or the year', () => {
    expect(had('the insurance paid out and I bought a used 2016 Honda Civic from a guy in Pueblo')).toEqual(['User has a Honda Civic (since 2026-06).']);
  });
  it('no "used" thing without a maker', () => {
    expect(had('I bought a used 2018 from a lady down the road')).toEqual([]);
  });
});

describe('one kidney', () => {
  it('said, or given', () => {
    expect(facts('I only have one kidney, so no ibuprofen for me.')).toContain('User has one kidney.');
    expect(facts('I donated a kidney to my brother in 2021.')).toContain('User has one kidney.');
  });
  it('not someone else’s, a stone or a bean', () => {
    expect(facts('My mum has one kidney.')).not.toContain('User has one kidney.');
    expect(facts('I have a kidney stone.')).not.toContain('User has one kidney.');
    expect(facts('I have one kidney bean left.')).not.toContain('User has one kidney.');
  });
});

describe('a works managed', () => {
  it('is run by the user', () => {
    expect(facts('I manage a sawmill outside Bemidji.')).toContain('User runs a sawmill outside Bemidji.');
  });
  it('not a factory reset', () => {
    expect(facts('I run a factory reset on the router every week.').some((f) => /runs a factory\./.test(f))).toBe(false);
  });
});

describe('a plan that does not go ahead, in Dutch and Gronings', () => {
  it('is a change', () => {
    expect(changeSaid('Het weekend op Texel gaat niet door.')).toBeDefined();
    expect(changeSaid('Ameland gaait nait deur, mien broer is ziek.')).toBeDefined();
    expect(changeSaid('Wie hebben t huusje annuleerd.')).toBeDefined();
  });
  it('not going on with something', () => {
    expect(changeSaid('Hij gaat niet door met zijn studie? Dat wist ik niet.')).toBeUndefined();
  });
});

describe('Sicilian and Calabrese "sugnu"', () => {
  it('is "sono" for a job', () => {
    expect(facts('Sugnu potatore, lavoro in campagna.')).toContain('User works as potatore.');
  });
});
