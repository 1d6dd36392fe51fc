import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { wishes } from '../../../lib/dream/wishes';
import { dietsLeft } from '../../../lib/dream/diets-left';

/**
 * The rules added after held-out scenario set BD, on sentences made up here: a wish held for some day, what the user
 * studies now, a diet taken up and the one said against it, an order dictated after "from now on please", and a plan
 * called off in a sentence that also names someone, and someone else's words quoted after a verb of saying.
 */
const AT = Date.UTC(2026, 2, 15);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const slots = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`);

describe('a wish for some day', () => {
  it('is kept as a wish, never as a plan', () => {
    expect(wishes('honestly i kinda want to live on a boat in the Algarve someday lol').map((w) => w.text)).toEqual([
      'User would like to live on a boat in the Algarve some day (a wish, not a plan).',
    ]);
    expect(wishes("I'd love to learn Georgian one day").map((w) => w.text)).toEqual(['User would like to learn Georgian some day (a wish, not a plan).']);
    expect(wishes('my big dream is to run a guesthouse').map((w) => w.text)).toEqual(['User would like to run a guesthouse some day (a wish, not a plan).']);
    expect(wishes("I've always wanted to see the northern lights").map((w) => w.text)).toEqual(['User would like to see the northern lights some day (a wish, not a plan).']);
    expect(wishes('my dream is to build a cabin and grow my own food').map((w) => w.text)).toEqual(['User would like to build a cabin and grow their own food some day (a wish, not a plan).']);
  });

  it('not one the same message says came true or is under way', () => {
    expect(wishes("I've always wanted to learn Welsh.", "I've always wanted to learn Welsh. I just started an evening class!")).toEqual([]);
    expect(wishes("it's a dream come true, I've always wanted to sail", "it's a dream come true, I've always wanted to sail")).toEqual([]);
  });

  it('not one denied, supposed, asked, someone else’s, about the task in hand or pointing at nothing', () => {
    for (const s of [
      "I don't want to live in a city someday",
      'if I want to retire at 55 one day, how much do I need?',
      'could I become a pilot one day?',
      'my daughter wants to be a dentist one day',
      'I want to fix this spreadsheet',
      'I want to go back there someday',
      // A dream that came true is no wish now.
      'My dream was to open a bike shop and now I have one',
    ])
      expect(wishes(s)).toEqual([]);
  });
});

describe('what the user studies now', () => {
  it('fills the education slot from a major declared, changed or switched to', () => {
    expect(slots("so i'm declaring linguistics, finally")).toContain('user/education User studies linguistics.');
    expect(slots('I changed my major to chemistry last week.')).toContain('user/education User studies chemistry.');
    expect(slots('i switched to the BSc in marine biology this term')).toContain('user/education User studies marine biology (BSc).');
    expect(slots("I'm majoring in philosophy now")).toContain('user/education User studies philosophy.');
  });

  it('not a switch to anything that is no course, nor bankruptcy', () => {
    for (const s of ['I switched to oat milk', 'the company is declaring bankruptcy', "I'm declaring my income", 'I changed to a new bank'])
      expect(slots(s).filter((f) => f.startsWith('user/education'))).toEqual([]);
  });
});

describe('a diet taken up and the one said against it', () => {
  it('learns the diet taken up, "going" and "again" alike', () => {
    expect(slots("I'm going paleo from this week")).toContain('user/diet:paleo User follows a paleo diet.');
    expect(slots("we're going vegan, the whole house")).toContain('user/diet User is vegan.');
    expect(slots('so yeah low-carb again, for real')).toContain('user/diet:low-carb User follows a low-carb diet.');
  });

  it('ends the diet the message speaks against, not one of someone else, nor without another taken up', () => {
    expect(read("I'm back on paleo. pescatarian was leaving me tired all the time.").retractions.map((r) => [r.value, r.slot])).toEqual([['pescatarian', 'user/diet']]);
    expect(dietsLeft("I'm going keto, my partner is vegetarian and vegetarian was fine for her", ['user/diet:keto'])).toEqual([]);
    expect(dietsLeft('vegetarian was hard at first but I love it', [])).toEqual([]);
    expect(read("I'm going vegan for a month, a challenge with work").facts).toEqual([]);
  });
});

describe('dictated instructions and plans called off', () => {
  it('an order after "from now on please" in dictated text is one instruction, with its exception', () => {
    const said =
      'right so I just got home from the depot and the van was late again anyway from now on please keep your replies short and in plain words I read them on my phone except when I ask about tax then give me all the detail';
    const orders = read(said).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatch(/^From now on please keep your replies short.*except when I ask about tax then give me all the detail/);
  });

  it('a plan called off in a sentence that names a relative is still a change', () => {
    const r = read('The Kotor cruise is off — my husband Marko hurt his knee.');
    expect(r.updates.map((u) => u.marker)).toContain('is off');
    expect(r.facts.map((f) => f.text)).toContain("User's husband is Marko.");
  });
});

describe("someone else's words quoted after a verb of saying", () => {
  it('teaches nothing of the user, in single quotes as in double, while the user quoting themselves still does', () => {
    expect(read("my flatmate Ruth announced 'I'm going vegetarian from Monday' so dinner is complicated now").facts.filter((f) => f.slot === 'user/diet')).toEqual([]);
    expect(read("my boss goes 'I'm a night owl, I work best after ten'").facts).toEqual([]);
    expect(slots("I said 'I'm vegetarian' and the waiter laughed")).toContain('user/diet User is vegetarian.');
  });
});
