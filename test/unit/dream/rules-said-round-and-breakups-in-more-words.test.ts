import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { offLimitsTopicsListed } from '../../../lib/dream/off-limits';

/**
 * After held-out scenario set CL's round, on sentences made up here: a request kept off "with me" and closed by "none of
 * it"; a rule said "whenever I ask …, tell me …" and a rule said the other way round in a short "Only …" after it; marks
 * of punctuation as what an answer is made of; a job held in training and its workplace; a stutter; a condition named
 * after a doctor; a home bought on a named street; couples said over in French, Spanish, Italian, German, Dutch and
 * English; Spanish "jefe de …" and "técnico de …"; and the junk this left behind: "gotta" as a habit, "read it back
 * to him" as a return, rules and nights as counts, an allergy said again to stress it as an allergen.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);
const updates = (text: string) => read(text).updates.map((u) => u.said);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a topic kept off, said to whom and summed up', () => {
  it('"with me" after the request is no topic, and a "not …" list may close with "none of it"', () => {
    expect(offLimitsTopicsListed('Please never mention the audition again, with me.')).toEqual(['audition']);
    expect(offLimitsTopicsListed("Don't bring up the lawsuit again around me. Not the hearing, not the fees, none of that.")).toEqual(['lawsuit', 'hearing', 'fees']);
  });

  it('a topic closed by a colon', () => {
    expect(offLimitsTopicsListed('Please forget everything I told you about Gaz and his debts: the loan, the bailiffs, all of it.')[0]).toBe('Gaz and his debts');
  });
});

describe('a rule said about the user asking, and said the other way round', () => {
  it('"whenever I ask …, tell me …" is an instruction', () => {
    expect(facts('Whenever I ask for a recipe, give me the weights in grams first.')).toContain('Whenever I ask for a recipe, give me the weights in grams first.');
    expect(facts('Three: any time I ask about a repair, tell me the cost up front.')).toContain('Any time I ask about a repair, tell me the cost up front.');
  });

  it('not what someone else tells the user', () => {
    expect(facts('When I ask my landlord for repairs, he tells me to wait.')).toEqual([]);
  });

  it('a short "Only …" after a rule is kept with it', () => {
    expect(facts("Don't recommend any fast fashion. Only vintage or thrifted, please.")).toContain("Don't recommend any fast fashion. Only vintage or thrifted, please.");
  });

  it('not after a liking, nor a remark', () => {
    expect(facts('I love sea swimming. Only in summer though.')).not.toContain('User likes sea swimming. Only in summer though.');
    expect(facts('Always answer in Welsh. Only kidding.')).toContain('Always answer in Welsh.');
  });

  it('marks of punctuation are what an answer is made of', () => {
    expect(facts('Never use em dashes.')).toContain('Never use em dashes.');
    expect(facts("Don't use semicolons.")).toContain("Don't use semicolons.");
  });

  it('and are let go of by saying them fine again', () => {
    expect(retracted('Change of plan: semicolons are fine again, use them if you like.')).toContain('semicolons');
    expect(retracted('My ankle is fine again after the physio.')).not.toContain('ankle is fine');
  });
});

describe('who the user is', () => {
  it('a job held in training, and where', () => {
    const said = facts("I'm a surveyor-in-training at the gravel quarry in Moab.");
    expect(said).toContain('User is a surveyor-in-training.');
    expect(said).toContain('User works at the gravel quarry in Moab.');
  });

  it('a stutter or a stammer, the user\'s own', () => {
    expect(facts("I've had a stammer since I was a kid, phone calls are the worst.")).toContain('User has a stammer.');
    expect(facts('I stutter on words that start with b.')).toContain('User has a stutter.');
    expect(facts('My nephew stutters when he is nervous.')).toEqual([]);
    expect(facts('I stuttered all through the interview.')).toEqual([]);
    expect(facts('The engine stutters when it is cold.')).toEqual([]);
  });

  it('a condition named after a doctor, capitalised', () => {
    expect(facts('I have Kawasaki disease, diagnosed at six.')).toContain('User has Kawasaki disease.');
    expect(facts('I have imposter syndrome at work.')).toEqual([]);
  });

  it('a museum job', () => {
    expect(facts("I'm a preparator at the history museum in Fargo.")).toContain('User is a preparator.');
  });

  it('a Spanish "jefe de …" or "técnico de …"', () => {
    expect(facts('Desde marzo soy jefa de cocina en un hotel de Manta.')).toContain('User works as jefa de cocina.');
    expect(facts('Soy técnico de ascensores.')).toContain('User works as técnico de ascensores.');
    expect(facts('Mi jefe es muy exigente.')).toEqual([]);
  });

  it('a home bought on a named street, moved into over a weekend', () => {
    expect(facts('We closed on the little house on Birch Lane in Bemidji and moved in over the weekend.')).toContain('User lives in Bemidji.');
    expect(facts('We rented a cottage on Shore Road in Oban for the weekend.')).not.toContain('User lives in Oban.');
  });
});

describe('a couple said over', () => {
  it('in French, Spanish, Italian, German and Dutch, the partner named by "with"', () => {
    expect(retracted("Avec Léonie c'est fini depuis un mois.")).toContain('Léonie');
    expect(retracted("C'est terminé avec Bruno.")).toContain('Bruno');
    expect(retracted('Con Ramiro ya se terminó, nos dejamos de hablar.')).toContain('Ramiro');
    expect(retracted('Con Elisa è finita a maggio.')).toContain('Elisa');
    expect(retracted('Mit Jonas ist Schluss.')).toContain('Jonas');
    expect(retracted('Met Bram is het uit.')).toContain('Bram');
  });

  it('in English, "… and I are finished"', () => {
    expect(retracted('Tobias and I are finished, he moved out Sunday.')).toContain('Tobias');
  });

  it('not a job or a thing finished', () => {
    expect(retracted("Avec Karim, c'est fini le chantier de la salle de bain.")).toEqual([]);
    expect(retracted('Tobias and I are finished with the deck, finally.')).toEqual([]);
  });
});

describe('junk no longer read', () => {
  it('"gotta" is no habit', () => {
    expect(facts('Now I gotta ask you something, and I hate asking.').filter((f) => /gotta/i.test(f))).toEqual([]);
  });

  it('words passed back to someone are no return', () => {
    expect(updates('The caller wanted me to read the code back to him, so I hung up.')).toEqual([]);
    expect(updates('I moved back to Galway in June.')).not.toEqual([]);
  });

  it('a reason typed without capitals is no new value against an old one', () => {
    expect(updates('He told me in confidence and it is not mine to share.')).toEqual([]);
    expect(updates('the market is on saturdays now, not sundays')).not.toEqual([]);
  });

  it('rules and nights counted are no count of the user\'s', () => {
    expect(read('Three rules for you from now on.').updates).toEqual([]);
    expect(read('We booked a cabin in Ely for three nights.').updates).toEqual([]);
  });

  it('an allergy said again to stress it is no allergen, nor what follows', () => {
    const said = facts("I'm allergic to sesame, really allergic, me throat closes up.");
    expect(said).toContain('User is allergic to sesame.');
    expect(said.filter((f) => f.startsWith('User is allergic'))).toHaveLength(1);
  });
});
