import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const one = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });
const texts = (text: string) => one(text).facts.map((f) => f.text).sort();
const ended = (text: string) => one(text).retractions.map((x) => [x.value, x.slot ?? '', x.disproven]);

describe('facts said in other languages', () => {
  it('where the user lives, works and as what, in French, German, Spanish, Italian, Portuguese, Dutch and Japanese', () => {
    expect(texts('Je suis pharmacienne à Nantes et je travaille chez Biocoop depuis mars.')).toEqual(['User works as pharmacienne in Nantes.', 'User works at Biocoop.']);
    expect(texts('Wir wohnen jetzt in Freiburg und ich arbeite als Tischlerin.')).toEqual(['User lives in Freiburg.', 'User works as Tischlerin.']);
    expect(texts('Trabajo como fontanero y vivo en Bilbao.')).toEqual(['User lives in Bilbao.', 'User works as fontanero.']);
    expect(texts('Mi sono trasferita a Bologna, lavoro per Ducati.')).toEqual(['User lives in Bologna.', 'User works at Ducati.']);
    expect(texts('Moro em Belo Horizonte e sou dentista.')).toEqual(['User lives in Belo Horizonte.', 'User works as dentista.']);
    expect(texts('Ik ben vorige maand verhuisd naar Groningen en werk bij Gasunie.')).toEqual(['User lives in Groningen.', 'User works at Gasunie.']);
    expect(texts('私は札幌に住んでいて、薬剤師をしています。')).toEqual(['User lives in 札幌.', 'User works as 薬剤師.']);
  });

  it('diet, allergies, names and what they love; a place must be a name', () => {
    expect(texts('Ich bin seit Jahren Veganerin.')).toEqual(['User is vegan.']);
    expect(texts('Sono allergica alle noci.')).toEqual(['User is allergic to nuts.']);
    expect(texts('Ik heet Femke en ik hou van zeilen.')).toEqual(["User likes zeilen.", "User's name is Femke."]);
    expect(texts('私は卵アレルギーがあります。')).toEqual(['User is allergic to 卵.']);
    expect(texts("J'habite à côté de la gare.")).toEqual([]);
    expect(texts('大阪の会社で働いています。')).toEqual([]);
  });

  it('a negation, a conditional or a wish states nothing; "no longer" retracts', () => {
    expect(texts('Se abitassi a Roma sarei felice.')).toEqual([]);
    expect(texts("Je ne suis pas végétarienne.")).toEqual([]);
    expect(texts('No vivo en Madrid.')).toEqual([]);
    expect(ended('Ya no vivo en Madrid, me mudé a Valencia.')).toEqual([['Madrid', 'user/location', false]]);
    expect(texts('Ya no vivo en Madrid, me mudé a Valencia.')).toEqual(['User lives in Valencia.']);
    expect(ended('Ich bin kein Vegetarier mehr.')).toEqual([['vegetarian', 'user/diet', false]]);
  });
});

describe('things that ended', () => {
  it('a pet that died, by name, in the ways people say it', () => {
    expect(ended('Our dog Biscuit died on Tuesday and the house is so quiet.')).toEqual([['Biscuit', 'user/pet:biscuit', false]]);
    expect(texts('Our dog Biscuit died on Tuesday and the house is so quiet.')).toEqual([]);
    expect(ended('We had to put Pepper down last week.')).toEqual([['Pepper', 'user/pet:pepper', false]]);
    expect(ended('I lost my old cat, Tofu, in the spring.')).toEqual([['Tofu', 'user/pet:tofu', false]]);
    expect(ended('She died peacefully.')).toEqual([]);
    expect(ended('We put the kettle on.')).toEqual([]);
  });

  it('a partner the user broke up with; a new partner takes the slot', () => {
    expect(ended('Jonas and I split up in the summer.')).toEqual([['Jonas', 'user/family:partner', false]]);
    expect(ended('I broke up with my boyfriend, Jonas.')).toEqual([['Jonas', 'user/family:partner', false]]);
    expect(one('My new girlfriend Aiko is vegetarian.').facts[0]).toMatchObject({ slot: 'user/family:partner', value: 'Aiko' });
    // Someone else's partner, or a business partner, is not the user's.
    expect(one('Our partner Acme ships the parts.').facts[0]?.slot).toBeUndefined();
    expect(ended('My sister and I split the bill.')).toEqual([]);
  });

  it('an instruction taken back, by what it was about', () => {
    expect(ended('Actually you can use tables again, I changed my mind.')).toEqual([['tables', '', false]]);
    expect(ended('Forget the no-emoji rule.')).toEqual([['emoji', '', false]]);
    expect(ended('Forget this whole metric thing.')).toEqual([['metric', '', false]]);
    // "that whole thing" names no rule (a request to forget what was said: forget-requests.ts).
    expect(ended("Please forget that whole thing, it's his private business.")).toEqual([]);
    expect(ended('forget that entire thing')).toEqual([]);
    expect(ended('You can give me imperial again.')).toEqual([['metric', '', false]]);
    expect(ended('Stop converting everything to Celsius, please.')).toEqual([['Celsius', '', false]]);
    expect(ended('I stop using my phone at nine.')).toEqual([]);
  });

  it('make-believe and supposing are not facts about the user', () => {
    expect(texts("Let's play a game. You are a detective and I'm a nurse who lives in Paris.")).toEqual([]);
    expect(texts('For the sake of argument, say I work at Google.')).toEqual([]);
    expect(texts('Write a short scene where I am a surgeon in Oslo.')).toEqual([]);
    expect(texts("I'm a nurse in Leeds. Write a poem about my cat where I am a queen.")).toEqual(['User is a nurse in Leeds.']);
  });

  it('a job about to start, a move into a new place, a pastime taken up, a pastime stopped', () => {
    expect(texts("I'm starting at Kestrel Labs next month as a designer.")).toEqual(['User is a designer.', 'User works at Kestrel Labs.']);
    expect(texts("I'm starting with the basics.")).toEqual([]);
    expect(texts("I'm joining Spotify in March.")).toEqual(['User works at Spotify.']);
    for (const said of ["I'm starting Monday.", "I'm joining Zoom calls all day.", "I'm joining Dad for lunch.", "I'm starting Duolingo again.", 'I think my sister started as a nurse.'])
      expect(texts(said), said).toEqual([]);
    expect(texts('We just moved into a little house in Aarhus.')).toEqual(['User lives in Aarhus.']);
    expect(texts("I've taken up pottery this year.")).toEqual(['User took up pottery.']);
    expect(ended('I stopped climbing after my shoulder injury.')).toEqual([['climbing', '', false]]);
  });
});

describe('what ended is no longer current after the dream', () => {
  it('a pet that died, a partner, and an instruction taken back, each kept with the date it ended', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'I have a cat named Tofu. My boyfriend Jonas is allergic to him.' },
      { role: 'user', text: 'Please never use tables in your answers.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(['Never use tables in your answers.', "User has a cat named Tofu.", "User's boyfriend is Jonas."]);

    await addConversation(db, 'b', T0 + 30 * DAY, [
      { role: 'user', text: 'Sad week. We had to put Tofu down on Monday.' },
      { role: 'user', text: 'Jonas and I split up too. My new girlfriend Aiko has been lovely.' },
      { role: 'user', text: 'Oh and you can use tables again.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    expect((await facts(db)).map((f) => f.text)).toEqual(["User's girlfriend is Aiko."]);
    const gone = (await db.memories.toArray()).filter((m) => m.status === 'superseded').map((m) => m.text).sort();
    expect(gone).toEqual(['Never use tables in your answers.', 'User has a cat named Tofu.', "User's boyfriend is Jonas."]);
  });
});

describe('how people say who they are, typed fast', () => {
  it('a subject left out, a new flat, someone new, a job in an aside, one of several, "as a …"', () => {
    expect(texts('finally moved to Bristol!! got the keys saturday.')).toEqual(['User lives in Bristol.']);
    expect(texts("so I've taken a flat in Glasgow, moving on the 27th.")).toEqual(['User lives in Glasgow.']);
    expect(one("plot twist, I've been seeing someone new, Theo, we met in august.").facts[0]).toMatchObject({ slot: 'user/family:partner', text: 'User is seeing Theo.' });
    expect(texts("I work nights most of next week (ICU nurse, galway) so it has to be sorted in advance")).toEqual(['User is an ICU nurse.']);
    expect(texts('I do this for a living (carpenter/joiner) but never a top this big')).toEqual(['User is a carpenter.']);
    expect(texts("im one of the senior accountants so apparently this is my job now")).toEqual(['User is a senior accountant.']);
    expect(texts('I was hired as a junior designer at a studio.')).toEqual(['User is a junior designer.']);
    expect(texts('I work from home (UX research, back to back video calls)')).toEqual(['User works from home.']);
    expect(texts("honestly I've given up climbing. I've been doing pottery instead, a wheel class on tuesdays.")).toEqual(['User has been doing pottery.']);
    expect(texts("I've been doing a lot of overtime lately.")).toEqual([]);
  });

  it('"sorry if…" is an apology, not a correction or a conditional: what follows it is read', () => {
    const r = one('sorry if im slow today, was at the allergist, turns out im allergic to tree nuts — cashews, the lot.');
    expect(r.facts.map((f) => [f.text, f.correction])).toEqual([['User is allergic to tree nuts.', false]]);
    expect(ended('sorry if this is all over the place, we had to put Biscuit down yesterday.')).toEqual([['Biscuit', 'user/pet:biscuit', false]]);
    expect(texts('my kelpie Biscuit is 13 and stiff in the mornings.')).toEqual(['User has a kelpie named Biscuit.']);
    // "Sorry, I meant…" still corrects.
    expect(one('Sorry, I meant Lisbon, not Porto.').retractions.map((x) => [x.value, x.disproven])).toEqual([['Porto', true]]);
  });
});
