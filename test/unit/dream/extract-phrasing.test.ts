import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { extractFromTurn } from '../../../lib/dream/extract';

/** What the rules learn from one message (texts only). */
const learn = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).facts.map((f) => f.text);

describe('rule extractor: how people say what they like', () => {
  it('drops likes that point at someone else or at nothing', () => {
    expect(learn('The band played downtown last night, and I love their music.')).toEqual([]);
    expect(learn('My neighbour grows dahlias. I love her garden.')).toEqual([]);
    expect(learn('The ducks came back to the pond and I love feeding them.')).toEqual([]);
    expect(learn('I love going back to that village.')).toEqual([]);
    expect(learn('Honestly I enjoy fixing it on weekends.')).toEqual([]);
  });

  it('does not read a relative clause as a statement of what the user likes', () => {
    expect(learn('Pottery is a class I enjoy every week.')).toEqual([]);
    expect(learn('Finding a hobby I love is hard.')).toEqual([]);
    expect(learn('All the gadgets I like make the kitchen cluttered.')).toEqual([]);
    // An adverb or a conjunction before the "I" still opens a clause.
    expect(learn('That is exactly why I love chess.')).toEqual(['User likes chess.']);
  });

  it('keeps the object of a verb that says nothing alone, and shared nouns of short pairs', () => {
    expect(learn('On Sunday mornings I enjoy sitting down with a crossword.')).toEqual(['User likes sitting down with a crossword.']);
    expect(learn("I've always loved cooking for my parents.")).toEqual(['User likes cooking for their parents.']);
    expect(learn('I love horror and mystery novels, they keep me up at night.')).toEqual(['User likes horror and mystery novels.']);
    expect(learn('I enjoy doing and making things.')).toEqual([]);
    expect(learn('I love going.')).toEqual([]);
  });

  it('cuts asides and trailing words', () => {
    expect(learn('I love baking sourdough - the smell is the best part!')).toEqual(['User likes baking sourdough.']);
    expect(learn('Tea? I love green tea too!')).toEqual(['User likes green tea.']);
    expect(learn("It turns out I'm allergic to shellfish as well.")).toEqual(['User is allergic to shellfish.']);
  });

  it('hears fan of, into, passionate about, and names of jobs', () => {
    expect(learn("I'm a huge fan of Italian neorealism!")).toEqual(['User likes Italian neorealism.']);
    expect(learn("I'm mainly into baroque music though I listen to anything.")).toEqual(['User likes baroque music.']);
    expect(learn("I'm passionate about restoring old furniture.")).toEqual(['User is passionate about restoring old furniture.']);
    expect(learn("These days I'm a structural engineer and it keeps me busy.")).toEqual(['User is a structural engineer.']);
    expect(learn("I'm a big fan of it.")).toEqual([]);
    expect(learn("Explain compilers like I'm a beginner.")).toEqual([]);
  });

  it('says "one of" favorites as one of them, and no favorite "thing"', () => {
    expect(learn('One of my favorite films is Alien!')).toEqual(["One of the user's favorite films is Alien."]);
    expect(learn('My favorite thing is a long bath.')).toEqual([]);
    expect(learn('My favorite one to cook is a stew my mother taught me.')).toEqual([]);
  });
});

describe('rule extractor: projects, groups, family', () => {
  it('ends a project where a new clause starts', () => {
    expect(learn("I'm building a garden shed and things are going well.")).toEqual(['User is building a garden shed.']);
    expect(learn("I'm making a quilt for my aunt, she loves blue.")).toEqual(['User is making a quilt for their aunt.']);
    expect(learn("I feel like I'm making a difference, even if it's small.")).toEqual([]);
    expect(learn("Exams are close, so I've been studying so hard.")).toEqual([]);
    expect(learn("I'm learning how to sail this summer.")).toEqual(['User is learning to sail.']);
  });

  it('keeps the verb: joining a club is not founding it', () => {
    expect(learn('Yesterday I joined a book club at the library - great people.')).toEqual(['User joined a book club at the library.']);
    expect(learn('I joined a choir to meet people and I love it.')).toEqual(['User joined a choir.']);
    expect(learn('Last month I started an evening pottery course at the arts centre.')).toEqual(['User started an evening pottery course at the arts centre.']);
  });

  it('tells a list from an apposition after a comma', () => {
    expect(learn('My brother, Rex and I went hiking.')).toEqual([]);
    expect(learn('I went to the fair with my aunt, Ines, and it was fun.')).toEqual(["User's aunt is Ines."]);
    expect(learn('I went with my uncle Bo.')).toEqual(["User's uncle is Bo."]);
  });

  it('does not take a frequency adverb for the verb of a habit', () => {
    expect(learn('I usually swim on Mondays.')).toEqual(['User usually swims on Mondays.']);
    expect(learn('I play the trumpet too!')).toEqual(['User plays the trumpet.']);
  });
});

describe('instructions are said to the assistant about its answers', () => {
  it('a standing scope alone does not make an instruction', () => {
    expect(isInstructionToAssistant("Keep going, I'm sure it gets easier in the future!")).toBe(false);
    expect(isInstructionToAssistant('Please use metric units in all your answers.')).toBe(true);
    expect(isInstructionToAssistant('Use British spelling whenever you write.')).toBe(true);
  });
});

describe('rule extractor: a pet named in brackets', () => {
  it('after "my dog" or a dog the user keeps or adopted; not a neighbour\'s, not a breed', () => {
    expect(learn('my cat (Tofu) keeps knocking glasses off the table')).toEqual(['User has a cat named Tofu.']);
    expect(learn("we're keeping the rabbit (clover, a lop) after all")).toEqual(['User has a rabbit named Clover.']);
    expect(learn('I adopted a dog (bruno) from the shelter')).toEqual(['User has a dog named Bruno.']);
    expect(learn("feeding my sister's cat (Tofu) this week")).toEqual([]);
    expect(learn('my dog (a collie) limps after walks')).toEqual([]);
  });
});
