import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { householdAllergies } from '../../../lib/dream/household-allergies';
import { withoutOldName } from '../../../lib/dream/old-names';
import { ratingStatements } from '../../../lib/dream/ratings';

/**
 * The rules added after held-out scenario set BB, on sentences made up here: a trade said with a verb after the name
 * ("I'm Oskar, I coach rowing"), a role given to the user, a guide's job and coeliac disease in other languages, an
 * aside that is no instruction, an old name kept out of the instruction that drops it, an allergy of someone in the
 * household, the changes "pushed to" a new date, "left" a named workplace and "cutting down", a rating or handicap, the
 * right value given as "it's …" after a claim taken back; and, after set BC, going back to work part-time and where the
 * user is said against a place taken wrongly.
 */
const AT = Date.UTC(2026, 4, 10);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const instructions = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('what the user does, after their name', () => {
  it('reads a trade said with a verb, and never a pronoun as a job', () => {
    expect(facts("I'm Oskar, I coach rowing in Turku.")).toContain('User coaches rowing.');
    expect(facts("I'm Lena, I guide kayak trips.")).toContain('User guides kayak trips.');
    for (const f of facts("I'm Oskar, I coach rowing in Turku.")) expect(f).not.toMatch(/\ban? I\b/);
    expect(facts("I'm Ines, my brother coaches football.").some((f) => /coach/.test(f))).toBe(false);
  });

  it('takes a role given to the user as their job, with where when said', () => {
    expect(facts('Good news, they made me head chef at Bistro Lune!')).toContain('User is head chef at Bistro Lune.');
    expect(facts('The club elected me treasurer on Sunday.')).toContain('User is treasurer.');
    expect(facts('That documentary made me cry.').some((f) => f.startsWith('User is'))).toBe(false);
  });

  it('reads a guide and coeliac disease in Spanish, Italian, French and German', () => {
    expect(facts('Soy guía de montaña en Huaraz.')).toContain('User works as guía de montaña in Huaraz.');
    expect(facts('Lavoro in città, sono guida turistica.').join(' ')).toMatch(/guida turistica/);
    expect(facts('Depuis mars je suis cœliaque.')).toContain('User is celiac.');
    expect(facts('Mi hija no, pero yo soy celíaco.')).toContain('User is celiac.');
  });
});

describe('instructions', () => {
  it('takes no aside about someone else for an instruction', () => {
    expect(instructions("He was upset at dinner, don't tell him I mentioned it.")).toEqual([]);
    expect(instructions("Don't tell my sister I asked about this.")).toEqual([]);
    expect(instructions('Never tell me the score before I watch the match.')).toHaveLength(1);
  });

  it('keeps an old name the user asked never to hear out of the instruction, with the new name in it', () => {
    expect(withoutOldName("stop calling me Andy or Andrew please, that's my old name, it's Drew now.")).toBe('Call me Drew; never use or bring up my old name.');
    expect(instructions("Never call me Marguerite, that's my birth name. Call me Margo.").join(' ')).not.toMatch(/Marguerite/);
    // Not said to be an old name: kept as typed.
    expect(withoutOldName("Don't call me Jim, call me James.")).toBe("Don't call me Jim, call me James.");
  });
});

describe('an allergy of someone in the household', () => {
  it('is learned with whose it is when the turn says they live with the user', () => {
    const made = householdAllergies('Tomek has a severe peanut allergy.', 'Our foster placement started today. Tomek has a severe peanut allergy.');
    expect(made.map((f) => f.text)).toEqual(["Tomek (in the user's household) has a severe peanut allergy."]);
    expect(made[0]!.slot).toBe('user/family:tomek:allergy:peanut');
    expect(householdAllergies('Zofia is allergic to sesame.', 'My niece is staying with us all summer. Zofia is allergic to sesame.').map((f) => f.text)).toEqual([
      "Zofia (in the user's household) is allergic to sesame.",
    ]);
  });

  it('is not learned for someone the turn does not place in the home, or named by a relation another rule reads', () => {
    expect(householdAllergies('Priya has a nut allergy.', 'At work today Priya has a nut allergy, so no cake.')).toEqual([]);
    expect(householdAllergies('our son Max has a nut allergy.', 'our son Max has a nut allergy.')).toEqual([]);
    expect(householdAllergies('She has a nut allergy.', 'She lives with us. She has a nut allergy.')).toEqual([]);
  });
});

describe('changes said later', () => {
  it('reads a date pushed to another, and not "not going anywhere"', () => {
    expect(changeSaid('The launch party got pushed back to 3 March because the venue flooded.')).toBeDefined();
    expect(changeSaid('The exam was brought forward to the 12th.')).toBeDefined();
    expect(changeSaid("Honestly I'm not going anywhere, this town is home.")).toBeUndefined();
  });

  it('reads leaving a named workplace, and not leaving early or leaving a thing behind', () => {
    expect(changeSaid('Big news: I left Brightwell Dental on Friday and I start at a new clinic in June.')).toBeDefined();
    expect(changeSaid('so yeah, left northgate motors last month, better hours now')).toBeDefined();
    expect(changeSaid('I left early because the train was late.')).toBeUndefined();
    expect(changeSaid('I left it at the office again.')).toBeUndefined();
  });

  it('notes leaving a workplace even when a rule reads a new job title in the same sentence', () => {
    const r = read('starting at Larch Analytics as a data analyst, left Ferris & Cole yesterday.');
    expect(r.facts.map((f) => f.text)).toContain('User is a data analyst.');
    expect(r.updates.map((u) => u.said).join(' ')).toMatch(/Ferris & Cole/);
  });
});

describe('a rating, and the value that corrects one', () => {
  it('reads a rating or a handicap said in the present, one slot per kind', () => {
    expect(ratingStatements('My ECF rating is 1840 these days.', AT).map((f) => f.text)).toEqual(["User's ECF rating is 1840 (as of 2026-05)."]);
    expect(ratingStatements("my handicap's about 9 now", AT)[0]!.slot).toBe('user/rating:handicap');
    expect(ratingStatements('my lichess blitz rating is 2010', AT)[0]!.slot).toBe('user/rating:blitz');
    expect(ratingStatements('If my rating were 2000 I could play the open section.', AT)).toEqual([]);
    expect(ratingStatements('my rating was 1700 two years ago', AT)).toEqual([]);
  });

  it('reads "it\'s …" after a claim taken back as the taken-back subject\'s right value', () => {
    const r = read('Quick fix: earlier I said my handicap was 18, that was wrong. It\'s 12.');
    expect(r.facts.map((f) => f.text)).toContain("User's handicap is 12 (as of 2026-05).");
    expect(r.retractions.map((x) => x.value).join(' ')).toMatch(/18/);
    // Without a claim taken back, "it's 12" has no subject.
    expect(read('It\'s 12.').facts).toEqual([]);
  });

  it('does not count a model year as a number of things', () => {
    expect(read('my car is a 2014 skoda octavia.').updates).toEqual([]);
  });
});

describe('after set BC', () => {
  it('reads going back to work part-time, and not someone else coming back', () => {
    expect(facts("I'm going back to the bakery in May but part-time, mornings only.")).toContain('User works part-time.');
    expect(facts("I'm back at the office but only part time for now.")).toContain('User works part-time.');
    expect(facts('He came back from leave but part-time is hard on the team.')).not.toContain('User works part-time.');
  });

  it('notes "cutting down" or "scaling back" as a change', () => {
    expect(changeSaid("Cutting back again: from March I'm only at the depot on Mondays.")).toBeDefined();
    expect(changeSaid('We scaled back the Saturday market to once a month.')).toBeDefined();
  });

  it('takes where the user is, said against a place taken wrongly', () => {
    expect(facts("I'm not in Aberdeen, I'm in Inverness, the office is just registered there.")).toContain('User lives in Inverness.');
    expect(facts("I'm not in the mood, I'm in bed already.").some((f) => /lives in/.test(f))).toBe(false);
  });
});
