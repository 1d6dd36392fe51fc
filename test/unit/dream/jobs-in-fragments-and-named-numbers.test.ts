import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { correctionsByPassage, newestNoteOf } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/**
 * The rules added after held-out scenario set BL, on sentences made up here: a job said as a fragment, after a job
 * denied, with how much the user works, or as where a new job started; more job words; "Im" typed without its
 * apostrophe; a liking shouted after "just"; a wording the assistant must avoid, in quotes; being laid off with
 * everyone else; a pet named later in the sentence; "out of one thing into another"; and a model number that names
 * the thing an older chat spoke of. Then those added after set BM: an allergy said in the user's language with the
 * allergen in English, an instruction asked for formally, a person kept off by "him" after the sentence that names
 * them, a job "based in" a place, and a workplace's name that stops before the user's "I".
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('a job said without "I am"', () => {
  it('"now a qualified X", "second year X at Y", and a new job with its start', () => {
    expect(facts('results are in! now a qualified electrician.')).toContain('user/occupation User is a qualified electrician.');
    const year = facts('second year veterinary nurse at Hollybank Vets in Stroud');
    expect(year).toContain('user/occupation User is a second year veterinary nurse.');
    expect(year).toContain('user/employer User works at Hollybank Vets in Stroud.');
    const started = facts('they said yes!! junior curator at the Tullie museum, starting 3 March.');
    expect(started).toContain('user/occupation User is a junior curator.');
  });

  it('leaves a job that goes on into a sentence, a salary, and a headline', () => {
    expect(facts('A nurse at the clinic told me to rest my ankle.').some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts('Senior engineer at Globex, starting salary 90k.').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });

  it('the job after one denied: "not a X, Y"', () => {
    const r = read('haha no im not a chef, baker. i do the bread at a cafe');
    expect(r.facts.map((f) => f.text)).toContain('User is a baker.');
    expect(r.retractions.map((x) => x.value)).toContain('chef');
  });

  it('"I work part time (20h) as …", "three days a week as …"', () => {
    expect(facts('I work part time (20h) as a receptionist at a dental practice.')).toContain('user/occupation User works as a receptionist at a dental practice.');
    expect(facts('I work four days a week as a locum pharmacist.')).toContain('user/occupation User works as a locum pharmacist.');
  });

  it('where a job started is the workplace', () => {
    expect(facts("I've just started as a bookkeeper at Penrose Tiles in Truro, still finding my feet")).toContain('user/employer User works at Penrose Tiles in Truro.');
  });

  it('more job words: a piano tuner, a loss adjuster, a dog groomer; not a fan or a buyer', () => {
    expect(facts("I'm a piano tuner, so vans matter to me.")).toContain('user/occupation User is a piano tuner.');
    expect(facts("I'm a loss adjuster for a big insurer.")).toContain('user/occupation User is a loss adjuster.');
    expect(facts("I'm a dog groomer in Leeds.")).toContain('user/occupation User is a dog groomer in Leeds.');
    expect(facts("I'm a Rangers fan, obviously.").some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts("I'm a first-time buyer.").some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts("I'm a hard worker.").some((f) => f.startsWith('user/occupation'))).toBe(false);
  });

  it('"Im" without its apostrophe, and "here in" a place; German "Im" stays German', () => {
    expect(facts('Im a postman here in Oamaru so walking is my whole day')).toContain('user/occupation User is a postman in Oamaru.');
    expect(facts('Im a lorry driver.')).toContain('user/occupation User is a lorry driver.');
    expect(facts('Im ersten Jahr war ich Fahrer.').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });

  it('a job lost with everyone else', () => {
    expect(facts('the plant is closing and all the line staff are laid off in May including me.')).toContain('user/employer User lost their job.');
    expect(facts('we were all made redundant on Friday.')).toContain('user/employer User lost their job.');
  });
});

describe('what the user means, and wants said', () => {
  it('a liking shouted after "just" or "oh yeah" is not a liking; a plain one is', () => {
    expect(facts('oh yeah I just LOVE cleaning gutters in the rain').some((f) => f.includes('likes'))).toBe(false);
    expect(facts('Oh great, I love being on call at Christmas.').some((f) => f.includes('likes'))).toBe(false);
    expect(facts('I just love my new allotment.')).toContain('User likes their new allotment.');
  });

  it('words in quotes after "never say" or "don\'t call" are a standing instruction; said to someone else they are not', () => {
    const told = read("one rule please: never say my mum 'lost her battle' with cancer.").facts;
    expect(told.some((f) => f.kind === 'instruction')).toBe(true);
    expect(read("Don't ever call her 'demented'.").facts.some((f) => f.kind === 'instruction')).toBe(true);
    expect(read("never say 'calm down' to my sister, trust me").facts.some((f) => f.kind === 'instruction')).toBe(false);
  });

  it('a pet named later in the sentence; "learning their files" is no project', () => {
    expect(facts('we adopted a cat from the RSPCA on Sunday, a grey tabby called Pilchard, and she already owns the sofa')).toContain(
      'user/pet:pilchard User has a cat named Pilchard.',
    );
    expect(facts('we rescued a dog called Juno.')).toContain('user/pet:juno User has a dog named Juno.');
    expect(facts("I'm still learning their booking system, bear with me").some((f) => f.includes('learning'))).toBe(false);
  });
});

describe('a change and the older chats it bears on', () => {
  it('"out of one thing into another" is a change', () => {
    expect(changeSaid('she moved out of law into teaching last year')).toBeDefined();
    expect(changeSaid('he transferred from nursing into paramedic science in January')).toBeDefined();
  });

  it('a model number after "the" finds the chat that named the thing', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I drive a Skoda 120 to the allotment every weekend, is it worth an MOT?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'What should I plant in March?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: 'sold the 120 on saturday, bike from now on. best panniers?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.has('passage:chatgpt:b#0:0')).toBe(false);
  });
});

describe('after set BM', () => {
  it('an allergy in the user\'s language with the allergen in English; not someone else\'s', () => {
    expect(facts('Важно: у меня аллергия — peanuts, so none in my lunch please.')).toContain('user/allergy:peanut User is allergic to peanuts.');
    expect(facts('Benim alerjim var, shellfish, so keep it off my plate.')).toContain('user/allergy:shellfish User is allergic to shellfish.');
    expect(facts('Её аллергия — peanuts, she carries an EpiPen.').some((f) => f.includes('allerg'))).toBe(false);
  });

  it('an instruction asked formally', () => {
    expect(read('I kindly ask that you always reply to me in large clear paragraphs.').facts.some((f) => f.kind === 'instruction')).toBe(true);
    expect(read('I would be grateful if you would always give temperatures in Celsius.').facts.some((f) => f.kind === 'instruction')).toBe(true);
    expect(read('I ask that you never tell my daughter about this.').facts.some((f) => f.kind === 'instruction')).toBe(false);
  });

  it('a person kept off by "him", named in the sentence before', () => {
    const rule = read("Marco and I split up on Sunday. Please don't bring him up again, ever.").facts.find((f) => f.kind === 'instruction');
    expect(rule?.text).toContain('him [Marco]');
    expect(offLimitsTopic(rule!.text)).toBe('Marco');
    // Two people in the sentence before: which one is meant is not said, so nothing is added.
    expect(read("Marco told Dana everything. Please don't bring him up again.").facts.some((f) => f.text.includes('['))).toBe(false);
  });

  it('a job based in a place; a workplace stops before "and I"', () => {
    expect(facts("I'm a mountain guide based in Chamonix, mostly glacier days.")).toContain('user/occupation User is a mountain guide in Chamonix.');
    expect(facts("I'm a nurse at a clinic in Truro and I love it.")).toContain('user/employer User works at a clinic in Truro.');
  });
});

describe('after set BN', () => {
  it('a list item for "me" or for a relative by name', () => {
    const said = extractFromTurn({ id: 't1', text: 'Weekly shop list, constraints:\n- me: vegetarian, and no mushrooms\n- Oskar (son): nut allergy\n- budget £60', at: AT }).facts.map((f) => f.text);
    expect(said).toContain('User is vegetarian.');
    expect(said).toContain("User's son is Oskar.");
  });

  it('each item under "… for me, always:" is a standing instruction; a list under "Constraints:" is not', () => {
    const rules = extractFromTurn({ id: 't1', text: 'Style rules for me, always:\n- British spelling\n- no tables\n- short paragraphs', at: AT }).facts.filter((f) => f.kind === 'instruction');
    expect(rules.map((f) => f.text)).toEqual(['British spelling.', 'No tables.', 'Short paragraphs.']);
    const plan = extractFromTurn({ id: 't1', text: 'Constraints:\n- short paragraphs\n- no tables', at: AT }).facts.filter((f) => f.kind === 'instruction');
    expect(plan.map((f) => f.text)).not.toContain('Short paragraphs.');
    // "always" said of the user, not of answers: the list is what they pack, and no habit ends in a colon.
    const packing = extractFromTurn({ id: 't1', text: 'Things I always pack for camping:\n- tent\n- stove and gas', at: AT }).facts;
    expect(packing).toEqual([]);
  });

  it("a topic's passages give it the newest note a later change left on them", async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'Planning a long weekend in Lisbon in June, which neighbourhoods should we stay in?' }]);
    await addConversation(db, 'b', T0 + DAY, [{ role: 'user', text: 'Good restaurants in Alfama for the Lisbon weekend?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: "Lisbon's off, we're doing Seville instead, same dates. Which barrio?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(newestNoteOf(notes, ['passage:chatgpt:a#0:0', 'passage:chatgpt:b#0:0'])?.said).toMatch(/Lisbon's off/);
    expect(newestNoteOf(notes, ['passage:chatgpt:c#0:0'])).toBeUndefined();
  });
});
