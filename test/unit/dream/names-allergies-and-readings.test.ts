import { describe, expect, it } from 'vitest';
import { correctionsByPassage, formatCorrection } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { nameAnswered, namesOfThings } from '../../../lib/dream/names-of-things';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/** Sentences made up for these tests; none is from a scenario set. */
const learned = (text: string, replyTo?: string) => extractFromTurn({ id: 'chatgpt:x#1', text, at: T0, ...(replyTo ? { replyTo } : {}) }).facts.map((f) => f.text);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('what the user’s own things are called', () => {
  it('said in a sentence, with the small words names keep', () => {
    expect(namesOfThings('our bakery is called Crumb & Co and we open in June').map((f) => f.text)).toEqual(["User's bakery is called Crumb & Co."]);
    expect(namesOfThings('I named my podcast The Long Way Home').map((f) => f.text)).toEqual(["User's podcast is called The Long Way Home."]);
    expect(namesOfThings("we're calling our stall Jar of Plenty").map((f) => f.text)).toEqual(["User's stall is called Jar of Plenty."]);
    expect(namesOfThings('our boat, called "Second Wind", needs antifouling').map((f) => f.text)).toEqual(["User's boat is called Second Wind."]);
  });

  it('nothing when no name follows, or it is someone else’s', () => {
    expect(namesOfThings('my band is called that because of a song')).toEqual([]);
    expect(namesOfThings('my team is called the usual way')).toEqual([]);
    expect(namesOfThings("my cousin's shop is called Bloom")).toEqual([]);
  });

  it('a short reply naming what the assistant asked about is that name; a reply that names nothing is not', () => {
    const asked = 'Congratulations on the lease! Signage can wait a week.\n\nWhat will you call the café?';
    expect(nameAnswered(asked, 'Two Spoons ☕')?.text).toBe("User's café is called Two Spoons.");
    expect(nameAnswered(asked, "it's The Corner Table!")?.text).toBe("User's café is called The Corner Table.");
    for (const reply of ['not sure yet', 'no idea haha', 'two spoons', 'Maybe', 'We keep arguing about it, my partner wants something French']) expect(nameAnswered(asked, reply)).toBeNull();
    expect(nameAnswered('How was the opening week?', 'Busy!')).toBeNull();
    expect(learned('Two Spoons ☕', asked)).toEqual(["User's café is called Two Spoons."]);
  });
});

describe('a diet of no restrictions', () => {
  it('"I eat everything" is a diet, said at a clause’s end', () => {
    expect(learned("no that's my flatmate who's vegetarian, I eat everything lol")).toContain('User eats everything (no dietary restrictions).');
    expect(learned("I'm an omnivore, just cooking for a vegan friend")).toContain('User eats everything (no dietary restrictions).');
    expect(learned('I eat anything spicy')).toEqual([]);
    expect(learned("I'll eat anything you put in front of me")).toEqual([]);
    expect(learned('my toddler eats everything')).toEqual([]);
  });
});

describe('a job said without its "I"', () => {
  it('after words of the user’s own timeline', () => {
    expect(learned('second week working as a pharmacy technician and loving it')).toContain('User works as a pharmacy technician.');
    expect(learned('now working as a sous chef at the marina')).toContain('User works as a sous chef at the marina.');
    expect(learned('working as a surgeon must be exhausting')).toEqual([]);
    expect(learned('my brother is working as a welder')).toEqual([]);
  });
});

describe("a relative's allergy", () => {
  it('said of a relative, or of a child the turn has just named', () => {
    expect(learned('my daughter Ines has a sesame allergy so no tahini')).toContain("User's daughter Ines has a sesame allergy.");
    expect(learned('my husband is allergic to shellfish')).toContain("User's husband is allergic to shellfish.");
    const turn = learned('I have the kids on Sundays. Noor is 9 and Sami is 6. Sami has a severe egg allergy. dinner ideas?');
    expect(turn.join('\n')).toMatch(/^User's child Noor is 9 \(as of [\d-]+\)\.\nUser's child Sami is 6 \(as of [\d-]+\)\.\nUser's child Sami has an egg allergy\.$/);
  });

  it("a relative's allergy list is not the user's", () => {
    expect(learned('my dad is allergic to aspirin and ibuprofen')).not.toContain('User is allergic to ibuprofen.');
    expect(learned("I'm allergic to wasps and bees")).toEqual(['User is allergic to wasps.', 'User is allergic to bees.']);
  });
});

describe('a measurement said again', () => {
  it('"up from" the old number, or "another"/"latest" reading, is a change', () => {
    expect(changeSaid('bench press 90 kg now, up from 80')?.said).toMatch(/up from 80/);
    expect(changeSaid('another blood test: 5.9 this time')?.said).toMatch(/5\.9/);
    expect(changeSaid('new PB: 19:58 at the track')?.said).toMatch(/19:58/);
    expect(changeSaid('up from the basement with the laundry')).toBeUndefined();
    expect(changeSaid('new rules for the garden club')).toBeUndefined();
  });

  it('the older passage carries the later readings', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'my HbA1c came back at 6.8 at the diabetes clinic, how do I get it down?' }]);
    await addConversation(db, 'b', T0 + 90 * DAY, [{ role: 'user', text: 'another HbA1c: 6.1 at the clinic!! diet is working' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 91 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(formatCorrection(notes.get('passage:chatgpt:a#0:0')!, day)).toMatch(/6\.1/);
  });
});

describe('an aside out of a role-play', () => {
  it('is the user speaking as themselves; the part they play is not learned', () => {
    const turn = learned("let's role-play: I'm a ship's doctor on a whaler, you're the captain.\n(ooc: real me is a dental nurse in Hull, this is for my writing group)");
    expect(turn).toEqual(['User is a dental nurse in Hull.']);
    expect(learned("let's role-play, I'm a lighthouse keeper. irl I'm a bus driver in Derry")).toEqual(['User is a bus driver in Derry.']);
    expect(learned("let's role-play, I'm a lighthouse keeper and I live on Skye.")).toEqual([]);
  });
});
