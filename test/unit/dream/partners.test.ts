import { describe, expect, it } from 'vitest';
import { partnerLeft, partnerStatements } from '../../../lib/dream/partners';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const names = (s: string) => partnerStatements(s).map((f) => `${f.slot} | ${f.text}`);

describe("the user's partner, mentioned in passing", () => {
  it('someone new, named after an emoji, "called", or "her name is"; a partner named in lower case', () => {
    expect(names('so... been seeing someone 😳 Tobias, we met at climbing')).toEqual(['user/family:partner | User is seeing Tobias.']);
    expect(names('I just started dating a woman called ines')).toEqual(['user/family:partner | User is seeing Ines.']);
    expect(names("I'm seeing someone new, his name's Kofi")).toEqual(['user/family:partner | User is seeing Kofi.']);
    expect(names('been going out with Priya since the spring')).toEqual(['user/family:partner | User is seeing Priya.']);
    expect(names('my girlfriend noor loves spicy food')).toEqual(["user/family:partner | User's girlfriend is Noor."]);
    expect(names("I've got a boyfriend called Dev")).toEqual(['user/family:partner | User is seeing Dev.']);
  });

  it('not a meeting, a sight, a professional, someone else\'s partner or a wish', () => {
    for (const s of [
      "I'm seeing Marta tomorrow for coffee",
      'been seeing Lisbon from the rooftops all week',
      "I've been seeing a therapist, Dr Osei",
      "my brother's been seeing someone, Tobias",
      'I wish I was dating someone',
      'my partner is amazing',
      'been dating apps for a while, exhausting',
    ])
      expect(names(s), s).toEqual([]);
  });

  it('a partner who left is named; a flatmate or "I" is not a partner', () => {
    expect(partnerLeft('tomas moved out last weekend. 3 years.')).toBe('Tomas');
    expect(partnerLeft('anyway Ana left me in may')).toBe('Ana');
    expect(partnerLeft('my flatmate moved out')).toBeUndefined();
    expect(partnerLeft('my daughter moved out to uni last week')).toBeUndefined();
    expect(partnerLeft('I moved out of my parents place')).toBeUndefined();
  });

  it('a partner who left, told by what is left of them in the home', () => {
    expect(partnerLeft("Joaquim's side of the closet is empty now. how do I sleep in a big bed alone?")).toBe('Joaquim');
    expect(partnerLeft("Priya's name came off the lease on friday")).toBe('Priya');
    expect(partnerLeft("Dan's half of the wardrobe is cleared out and the flat is quiet")).toBe('Dan');
    expect(partnerLeft('my side of the closet is empty, I gave it all away')).toBeUndefined();
    expect(partnerLeft("Marco's side of the bed is always warm")).toBeUndefined();
    expect(partnerLeft("I'm off the lease at Greta's place")).toBeUndefined();
  });

  it('after the dream, the partner whose side of the closet is empty is the partner no more', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'my girlfriend Priya loves spicy food, what curry should I make her?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain("User's girlfriend is Priya.");
    await addConversation(db, 'b', T0 + 100 * DAY, [{ role: 'user', text: "Priya's side of the closet is empty and her name is off the lease. how do I cook for one?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 101 * DAY) });
    expect((await facts(db)).map((f) => f.text)).not.toContain("User's girlfriend is Priya.");
  }, 120_000);

  it('after the dream the new partner is the partner; the one who moved out is not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'my boyfriend tomas hates mushrooms, what risotto can I make?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain("User's boyfriend is Tomas.");
    await addConversation(db, 'b', T0 + 100 * DAY, [{ role: 'user', text: 'tomas moved out on saturday. how do I cook for one?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 101 * DAY) });
    expect((await facts(db)).map((f) => f.text)).not.toContain("User's boyfriend is Tomas.");
    await addConversation(db, 'c', T0 + 200 * DAY, [{ role: 'user', text: 'been seeing someone 🙈 Kofi, 2nd date friday. ideas?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 201 * DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User is seeing Kofi.');
  });
});
