import { describe, expect, it } from 'vitest';
import { nameToUse } from '../../../lib/dream/address';
import { readCorrections } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { measureStatements, progressStatements } from '../../../lib/dream/measures';
import { moreOtherLanguageStatements } from '../../../lib/dream/other-languages-life';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const AT = Date.UTC(2026, 4, 18, 9);
const said = (text: string, replyTo?: string) => extractFromTurn({ id: 't1', text, at: AT, ...(replyTo ? { replyTo } : {}) });
const texts = (text: string) => said(text).facts.map((f) => f.text);

describe('what the assistant assumed, corrected', () => {
  it('a value given back to someone else, "not me", was never the user’s', () => {
    expect(said("ha, no — it's my flatmate who's gluten free, not me").retractions).toContainEqual(expect.objectContaining({ value: 'gluten free', disproven: true, someoneElses: true }));
    expect(said("that's my wife who plays the cello, not me").retractions).toContainEqual(expect.objectContaining({ value: 'plays the cello', disproven: true }));
  });

  it('"I\'m not a …" corrects when the assistant just said it of the user, and only then', () => {
    const reply = 'As a teacher, you probably know the summer slide well.';
    expect(said("I'm not a teacher, I run the school kitchen lol", reply).retractions).toContainEqual(expect.objectContaining({ value: 'teacher', disproven: true }));
    expect(said("I'm not a teacher, I run the school kitchen lol", 'Teachers often see this.').retractions).toEqual([]);
    expect(said("I'm not sure", reply).retractions).toEqual([]);
  });

  it('the assistant’s turn that said it carries the note; what the user said of the other person does not', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'my brother jonas is coming to stay, he is coeliac. ideas for a weekend menu?' },
      { role: 'assistant', text: 'Happy to help with a gluten-free weekend for Jonas: …' },
    ]);
    await addConversation(db, 'b', T0 + 5 * DAY, [
      { role: 'user', text: 'packed lunch ideas for the office?' },
      { role: 'assistant', text: 'Since you are coeliac, here are lunches that are naturally gluten free: …' },
      { role: 'user', text: "no no, it's my brother who's coeliac, not me. i eat anything" },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 6 * DAY) });
    const notes = await readCorrections(db);
    const noted = new Set(notes.flatMap((n) => n.passageIds));
    const passages = await db.memories.where('kind').equals('passage').toArray();
    const claim = passages.find((p) => p.text.startsWith('Since you are coeliac'))!;
    const brother = passages.find((p) => p.text.startsWith('my brother jonas'))!;
    expect(noted.has(claim.id)).toBe(true);
    expect(noted.has(brother.id)).toBe(false);
  });
});

describe('a line of work said as what the user does', () => {
  it('reads the closed list of fields, with where', () => {
    expect(texts('I do payroll for a care home chain')).toContain('User does payroll for a care home chain.');
    expect(texts('i do admin at a primary school, mornings only')).toContain('User does admin at a primary school.');
    expect(texts('I work in procurement')).toContain('User works in procurement.');
    expect(texts('I do pilates at the leisure centre')).toEqual([]);
    expect(texts('This is where I do it most evenings.')).toEqual([]);
    expect(texts('I do sales calls from home')).toEqual([]);
  });
});

describe('numbers that change: weight and the weight aimed for', () => {
  it('dates each, so the latest supersedes', () => {
    expect(measureStatements("I'm 94 kg right now and my goal is 85 kg", AT)).toEqual([
      expect.objectContaining({ slot: 'user/weight', text: 'User weighs 94 kg (as of 2026-05-18).' }),
      expect.objectContaining({ slot: 'user/weight-goal', text: "User's weight goal is 85 kg (set 2026-05-18)." }),
    ]);
    expect(measureStatements('weigh-in today: 88,4 kg', AT)[0]).toMatchObject({ value: '88.4 kg' });
    expect(measureStatements('new low, 81.2 kg this morning!', AT)[0]).toMatchObject({ value: '81.2 kg' });
    expect(measureStatements('I weigh about 170 lbs', AT)[0]).toMatchObject({ value: '170 lb' });
  });

  it('leaves other weights alone', () => {
    for (const s of ['our labrador is 38 kg', 'I can deadlift 120 kg now', 'a 25 kg bag of rice', 'if I was 70 kg I could climb harder', 'when I was 60 kg I ran faster'])
      expect(measureStatements(s, AT).filter((f) => f.slot === 'user/weight'), s).toEqual([]);
  });

  it('the latest weigh-in is the one the memory keeps', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: "starting couch to 5k, I'm 96 kg. any tips for the first week?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 30 * DAY, [{ role: 'user', text: 'weighed in this morning: 91.5 kg! what should I eat after a run?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const weights = (await facts(db)).filter((f) => f.text.startsWith('User weighs'));
    expect(weights.map((f) => f.text)).toEqual(['User weighs 91.5 kg (as of 2025-02-05).']);
  });
});

describe('a tool or service moved off, and a job word that is none', () => {
  it('retracts what was moved off or shut down, as changed', () => {
    expect(said('we finally migrated the site off WordPress to Astro').retractions).toContainEqual(expect.objectContaining({ value: 'WordPress', disproven: false }));
    expect(said('we switched off Sentry last month').retractions).toContainEqual(expect.objectContaining({ value: 'Sentry' }));
    expect(said('we shut Mattermost down on friday').retractions).toContainEqual(expect.objectContaining({ value: 'Mattermost' }));
    expect(said('we shut the café down for the holidays').retractions).toEqual([]);
  });

  it('"as the pilot" of a project is no job', () => {
    expect(texts('rolling it out with the finance team as the pilot')).toEqual([]);
    expect(texts("I'm starting at Ryanair as a pilot in June")).toContain('User is a pilot.');
  });
});

describe('health and name, said in passing', () => {
  it('"been type 1 diabetic since…" with the subject dropped', () => {
    expect(texts('been type 1 diabetic since I was 8, pump user')).toContain('User has type 1 diabetes.');
    expect(texts("she's been type 1 diabetic since birth")).toEqual([]);
  });

  it('"it’s Kit, please" in a turn about what the user is called', () => {
    expect(nameToUse("And it's Kit, please!", "And it's Kit, please! Only my teachers called me Christopher.")).toEqual({ now: 'Kit', drop: 'Christopher' });
    expect(nameToUse("it's Nell, not Eleanor", "it's Nell, not Eleanor, that's my name")).toEqual({ now: 'Nell', drop: 'Eleanor' });
    expect(nameToUse("it's Paris, not Lyon", "it's Paris, not Lyon, where the conference is")).toBeNull();
  });
});

describe('more of the user’s life in other languages', () => {
  const life = (s: string) => moreOtherLanguageStatements(s, AT);
  it('shifts, as the English slot’s values', () => {
    expect(life('trabajo de cocinero en turno de noche').facts[0]).toMatchObject({ slot: 'user/work-pattern:shift', value: 'nights' });
    expect(life('ich habe Wechselschicht im Werk').facts[0]).toMatchObject({ value: 'rotating shifts' });
    expect(life('je travaille de nuit aux urgences').facts[0]).toMatchObject({ value: 'nights' });
    expect(life('lavoro di notte in fabbrica').facts[0]).toMatchObject({ value: 'nights' });
    expect(life('trabalho no turno da manhã').facts[0]).toMatchObject({ value: 'early shifts' });
    expect(life('ik draai nachtdiensten in het ziekenhuis').facts[0]).toMatchObject({ value: 'nights' });
  });

  it('ages, not years of experience or someone else’s', () => {
    expect(life('tengo 34 años y vivo sola').facts[0]).toMatchObject({ slot: 'user/age', value: '34' });
    expect(life("j'ai 52 ans, c'est grave docteur ?").facts[0]).toMatchObject({ value: '52' });
    expect(life('bin 17 und mache gerade Abi').facts[0]).toMatchObject({ value: '17' });
    expect(life('tengo 12 años de experiencia en ventas').facts).toEqual([]);
    expect(life('il a 9 ans et adore le foot').facts).toEqual([]);
  });

  it('retired, with the work before when said', () => {
    expect(life('je suis retraitée (ancienne institutrice), j’ai du temps').facts[0]).toMatchObject({ slot: 'user/employer', text: 'User is retired (before that: institutrice).' });
    expect(life('estoy jubilado desde marzo').facts[0]).toMatchObject({ value: 'retired' });
    expect(life('ik ben met pensioen').facts[0]).toMatchObject({ value: 'retired' });
  });

  it('a pet by name, and a pet that died', () => {
    expect(life('Mi perra Canela odia la lluvia').facts[0]).toMatchObject({ slot: 'user/pet:canela', text: 'User has a dog named Canela.' });
    expect(life('On a adopté un chat au refuge, il s’appelle Pompon').facts[0]).toMatchObject({ text: 'User has a cat named Pompon.' });
    expect(life('unser Kater Moritz schläft nur auf der Heizung').facts[0]).toMatchObject({ text: 'User has a cat named Moritz.' });
    expect(life('Pompon est mort cette nuit').retractions).toEqual([{ value: 'Pompon', slot: 'user/pet:pompon' }]);
    expect(life('Moritz ist gestorben, ich bin traurig').retractions).toEqual([{ value: 'Moritz', slot: 'user/pet:moritz' }]);
    expect(life('mon chien adore la plage').facts).toEqual([]);
  });
});

describe('more corrections, more numbers that change', () => {
  it('"X is the one, not me" and "I\'m not the … one, X is"', () => {
    expect(said("no, dad's the vegetarian, not me").retractions).toContainEqual(expect.objectContaining({ value: 'vegetarian', disproven: true, someoneElses: true }));
    expect(said("haha I'm not the anxious one, Priya is").retractions).toContainEqual(expect.objectContaining({ value: 'anxious', disproven: true }));
  });

  it('savings toward a goal and the goal, each dated', () => {
    const turn = "we're saving for a campervan, goal is €15,000 and we've got €4,250 so far";
    expect(progressStatements(turn, turn, AT)).toEqual([
      expect.objectContaining({ slot: 'user/savings', text: 'User has saved €4,250 so far (as of 2026-05-18).' }),
      expect.objectContaining({ slot: 'user/savings-goal', text: "User's savings goal is €15,000 (set 2026-05-18)." }),
    ]);
    const later = 'van fund is at 6,900 now!';
    expect(progressStatements(later, later, AT)[0]).toMatchObject({ slot: 'user/savings', value: '6,900' });
    const raised = "prices went up so we've raised our target to 18k";
    expect(progressStatements(raised, raised, AT)[0]).toMatchObject({ slot: 'user/savings-goal', value: '18k' });
    // Money without a word of saving or a goal is no savings; a target audience is no goal.
    const price = 'we are at £240 for the flights';
    expect(progressStatements(price, price, AT)).toEqual([]);
    const audience = 'the target audience is 5000 people';
    expect(progressStatements(audience, audience, AT)).toEqual([]);
  });

  it('a fitness figure and a race time, the user’s own', () => {
    const ftp = 'retested my FTP, 212W!!';
    expect(progressStatements(ftp, ftp, AT)[0]).toMatchObject({ slot: 'user/measure:ftp', text: "User's FTP is 212 W (as of 2026-05-18)." });
    const rhr = 'my resting heart rate is 54 now';
    expect(progressStatements(rhr, rhr, AT)[0]).toMatchObject({ slot: 'user/measure:resting heart rate', value: '54' });
    const race = 'parkrun this morning: 27:41, new PB';
    expect(progressStatements(race, race, AT)[0]).toMatchObject({ slot: 'user/measure:5k time', value: '27:41' });
    const after = 'ran 52:10 at the 10k on sunday';
    expect(progressStatements(after, after, AT)[0]).toMatchObject({ slot: 'user/measure:10k time', value: '52:10' });
    const hers = 'my wife ran 24:30 at parkrun';
    expect(progressStatements(hers, hers, AT)).toEqual([]);
  });

  it('a job said with what it pays, and what was moved off or closed for good', () => {
    expect(texts('I take home about 1.9k a month as a healthcare assistant')).toContain('User is a healthcare assistant.');
    expect(said('we finished migrating off the old Jenkins box, all on GitLab CI now').retractions).toContainEqual(expect.objectContaining({ value: 'old Jenkins box', disproven: false }));
    expect(said('closed my ebay shop for good last week').retractions).toContainEqual(expect.objectContaining({ value: 'ebay shop' }));
    expect(said('we closed the shop early today').retractions).toEqual([]);
  });

  it('weekdays said short retire what was said in full', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'my swimming lessons are on tuesdays and thursdays, what should I eat before?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: 'lessons are mon/wed now instead of tue/thu. any stretches for after?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    const noted = new Set((await readCorrections(db)).flatMap((n) => n.passageIds));
    const old = (await db.memories.where('kind').equals('passage').toArray()).find((p) => p.text.startsWith('my swimming lessons'))!;
    expect(noted.has(old.id)).toBe(true);
  });
});
