import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/** Sentences made up for these tests; none is from a scenario set. */
const read = (text: string) => extractFromTurn({ id: 'chatgpt:x#1', text, at: T0 });
const learned = (text: string) => read(text).facts.map((f) => f.text);

describe('what the user says they said wrongly', () => {
  it('is taken back, and not learned from the sentence that takes it back', () => {
    const r = read('quick fix — earlier I said I trained in Valencia, that was wrong, I trained at the Sorbonne in Paris.');
    expect(r.retractions).toEqual([expect.objectContaining({ value: 'trained in Valencia', disproven: true })]);
    expect(r.facts.map((f) => f.text).join(' ')).not.toMatch(/Valencia/);
    expect(learned("I told you I'm a paramedic but that's not true, I'm a firefighter.")).toContain('User is a firefighter.');
    expect(read("I told you I'm a paramedic but that's not true, I'm a firefighter.").retractions).toEqual([expect.objectContaining({ value: 'paramedic', disproven: true })]);
  });

  it('leaves what was said and still stands', () => {
    expect(read('like I said, I live in Gdynia').retractions).toEqual([]);
    expect(read('I said I would call the landlord, and that was the plan').retractions).toEqual([]);
  });
});

describe('where the user studied', () => {
  it('is read from "studied at", "graduated from", "went to uni in", "did my degree at"', () => {
    expect(learned('I studied at the Royal Conservatoire in Glasgow.')).toContain('User studied at Royal Conservatoire in Glasgow.');
    expect(learned('I graduated from Makerere University.')).toContain('User studied at Makerere University.');
    expect(learned('I went to uni in Aberystwyth, loved it')).toContain('User studied in Aberystwyth.');
    expect(learned('I did my degree at Monash')).toContain('User studied at Monash.');
  });
});

describe('an office the user holds in a body, in several languages', () => {
  it('is read with the body it is held in', () => {
    expect(learned('Soy el tesorero de la Asociación Vecinal San Blas.')).toContain('User is the tesorero of Asociación Vecinal San Blas.');
    expect(learned('Je suis la présidente du Club de Voile de Brest.')).toContain('User is the présidente of Club de Voile de Brest.');
    expect(learned("I'm secretary of our residents' association")).toContain("User is the secretary of residents' association.");
  });

  it('leaves a joke and an office of nothing', () => {
    expect(learned("I'm president of nothing lol").join(' ')).not.toMatch(/president/);
  });
});

describe('work said by what the user does for whom, or drives', () => {
  it('reads "I guide … for a small company", "I coach … for a local club", "I drive a bus"', () => {
    expect(learned('I guide kayak tours on the Dart for a small company')).toContain('User guides kayak tours on the Dart for a small company.');
    expect(learned('I coach the juniors for a local club.')).toContain('User coaches the juniors for a local club.');
    expect(learned('I drive a tram in Lisbon, early shifts')).toContain('User drives a tram in Lisbon.');
  });

  it('leaves a vehicle that is no job and a figure of speech', () => {
    expect(learned('I drive a hard bargain with suppliers').join(' ')).not.toMatch(/User drives a/);
    expect(learned('I lead a quiet life these days').join(' ')).not.toMatch(/User leads/);
  });
});

describe('a plan moved or called off, told by the thing it moves', () => {
  it('"pushing the exam to March", "postponed the wedding to June" say a change', () => {
    expect(changeSaid("decision made: I'm pushing the audit to March.")?.said).toBeDefined();
    expect(changeSaid('we postponed the wedding to June')?.said).toBeDefined();
  });

  it('notes the earlier passage by the thing the marker spans (a month, "the exam"), and the assistant’s answers that restate it', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'my sister and her boys are coming over from Cork in August, what can we do with a 6 and a 9 year old?' },
      { role: 'assistant', text: 'Lovely! For two boys of 6 and 9 in August: a beach day, a farm park, and the aquarium if it rains.' },
    ]);
    await addConversation(db, 'b', T0 + DAY, [
      { role: 'user', text: 'write a welcome card for my sister' },
      { role: 'assistant', text: 'Here you go: "Welcome, all the way from Cork! We can’t wait for August."' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 2 * DAY) });
    await addConversation(db, 'c', T0 + 20 * DAY, [{ role: 'user', text: 'Mia and the boys are not coming from Cork in August after all, her job changed. any ideas for a card to send instead?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 21 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.get('passage:chatgpt:b#1:0')).toMatchObject({ kind: 'update' });
  });
});

describe('a favourite said as what it is not', () => {
  it('is no favourite, and takes back the one it names', () => {
    expect(learned('My favourite film is not Titanic, whatever my sister says').join(' ')).not.toMatch(/favou?rite film/);
    expect(read("my favourite drink isn't gin anymore").retractions).toEqual([expect.objectContaining({ value: 'gin' })]);
  });
});

describe('work said by what the user makes or studies, and where', () => {
  it('reads "I build … near X", "I study … in the X", a lodge run, a vehicle with its employer', () => {
    expect(learned('I build timber boats near Tromsø, mostly small ones')).toContain('User builds timber boats near Tromsø.');
    expect(learned('I study puffins in the Faroes for my PhD')).toContain('User studies puffins in the Faroes.');
    expect(learned('I run a mountain lodge in Zermatt, 9 rooms.')).toContain('User runs a mountain lodge in Zermatt.');
    expect(learned('I drive a gritter lorry for the Highland Council, nights')).toContain('User drives a gritter lorry for the Highland Council.');
    expect(learned('Ik ben scheidsrechter in de Vierde Klasse')).toContain('User works as scheidsrechter.');
    expect(learned("I'm a referee in the Welsh league")).toContain('User is a referee.');
  });

  it('leaves a meal made somewhere and the user’s own things', () => {
    expect(learned('I make lunch in Rome when I visit').join(' ')).not.toMatch(/makes lunch/);
    expect(learned('I fix my bike in Leeds on Sundays').join(' ')).not.toMatch(/fixes my bike/);
  });
});

describe('a deed the assistant took as done, denied as a correction', () => {
  it('"no no, I never summited" takes it back; "no no" opens a correction', () => {
    expect(read("no no, I never summited, that's my cousin Dawa").retractions).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'summited', disproven: true })]));
    expect(read('I never cooked before this year').retractions).toEqual([]);
  });

  it('"ik heb je gezegd X maar dat klopte niet" and its French, German and Spanish forms take X back', () => {
    expect(read('correctie: ik heb je vorige week gezegd Hoofdklasse maar dat klopte niet').retractions).toEqual([expect.objectContaining({ value: 'Hoofdklasse', disproven: true })]);
    expect(read("j'ai dit Marseille mais c'était faux, c'est Toulon").retractions).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'Marseille' })]));
  });

  it('a promotion is a change', () => {
    expect(changeSaid('wallah ik ben gepromoveerd, vanaf september in de Hoofdklasse')?.said).toBeDefined();
    expect(changeSaid('I got promoted to senior nurse last month')?.said).toBeDefined();
  });
});

describe('the assistant’s later answers in a conversation whose user turn a change reaches', () => {
  it('carry the change when they name what the user named', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'quote template please, we always fit Morso stoves in our cabins' },
      { role: 'assistant', text: 'Sure, here is a template.' },
      { role: 'user', text: 'round numbers please' },
      { role: 'assistant', text: 'Cabin shell 9 000 €, Morso stove and flue 2 400 €, labour 4 000 €.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 10 * DAY, [{ role: 'user', text: 'prices went up again. I am switching to Jotul stoves from now on for every new cabin.' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 11 * DAY) });
    const notes = await correctionsByPassage(db);
    expect(notes.get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'update' });
    expect(notes.get('passage:chatgpt:a#3:0')).toMatchObject({ kind: 'update' });
  });
});
