import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The rules added after held-out scenario set BR, on sentences made up here: a diet said as the whole sentence ("vegan
 * btw."); orders announced as standing ("two standing requests, for this and all future chats: …") each kept apart; a
 * skipper's job and "I'm the … now on …"; a job said "working like" by non-native speakers; a workplace that is a
 * hospice or a nursing home; a job left for a business of the user's own, in English and four Romance languages; a job
 * said with "jestem" in Polish; a child named with an age in Polish, Italian, Spanish, French, Portuguese and German.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const rules = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);

describe('a diet said as the whole sentence', () => {
  it('with "btw", "fyi" or "here"', () => {
    expect(facts('pescatarian btw. two lunches, cheap please.')).toContain('user/diet User is pescatarian.');
    expect(facts('vegan here, any ideas for a picnic?')).toContain('user/diet User is vegan.');
    expect(facts('strict vegetarian, fyi.')).toContain('user/diet User is vegetarian.');
  });

  it('not a menu or a question', () => {
    expect(facts('vegetarian options here?').some((f) => f.startsWith('user/diet'))).toBe(false);
    expect(facts('vegan recipes btw would be great.').some((f) => f.startsWith('user/diet'))).toBe(false);
  });
});

describe('orders announced as standing', () => {
  it('each order after the announcement is a rule of its own', () => {
    const said = rules('Three standing requests, for this and all future chats: use metric units throughout (kg, km), and never use emojis; I like it plain.');
    expect(said).toContain('Use metric units throughout (kg, km).');
    expect(said).toContain('Never use emojis.');
  });

  it('"standing instructions:" announces them too', () => {
    expect(rules('Standing instructions: answer in Spanish; keep it short.')).toEqual(['Answer in Spanish.', 'Keep it short.']);
  });
});

describe('jobs by the words people use', () => {
  it('a skipper, and "I\'m the … now on …"', () => {
    expect(facts("I'm the night skipper now on the island ferry, more hours.")).toContain('user/occupation User is a night skipper.');
    expect(facts("I'm the skipper of our pub quiz team.").some((f) => f.startsWith('user/occupation'))).toBe(false);
  });

  it('"working like" a job, as people put "como" or "jako" in English', () => {
    expect(facts('I am working like nurse in the city hospital in Porto.')).toContain('user/occupation User is a nurse.');
    expect(facts('I work like a dog all week.').some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts("I'm working as plumber in Cork.").filter((f) => f.startsWith('user/occupation'))).toEqual(['user/occupation User is a plumber.']);
  });

  it('a hospice or a nursing home as the workplace, with its town', () => {
    expect(facts("I'm a nurse at a hospice in Galway.")).toContain('user/employer User works at a hospice in Galway.');
    expect(facts("I'm a cook at a nursing home in Derby.")).toContain('user/employer User works at a nursing home in Derby.');
  });
});

describe('a job left for a business of the user\'s own', () => {
  it('in English and in Romance languages, as the occupation', () => {
    expect(facts('I quit the hotel and opened my own bakery in Hove.')).toContain('user/occupation User runs their own bakery in Hove.');
    expect(facts("ho lasciato la trattoria e ho aperto la mia gelateria a Lecce, si chiama 'Brina'.")).toContain('user/occupation User runs their own gelateria in Lecce called Brina.');
    expect(facts('dejé la oficina y abrí mi propia librería en Vigo')).toContain('user/occupation User runs their own librería in Vigo.');
    expect(facts("j'ai quitté la banque et j'ai ouvert ma propre fromagerie à Annecy")).toContain('user/occupation User runs their own fromagerie in Annecy.');
    expect(facts('saí do hospital e abri a minha clínica')).toContain('user/occupation User runs their own clínica.');
  });

  it('not without the leaving, nor what is opened that is no business', () => {
    expect(facts('I left work early and opened a bottle of wine.')).toEqual([]);
    expect(facts('I left the office and opened my laptop.')).toEqual([]);
    expect(facts('ho lasciato il lavoro in banca.').some((f) => /banca/.test(f))).toBe(false);
  });
});

describe('Polish', () => {
  it('a job said with "jestem", in the instrumental', () => {
    expect(facts('Jestem spawaczem konstrukcji stalowych, 8 lat.')).toContain('user/occupation User works as spawaczem konstrukcji stalowych.');
    expect(facts('jestem pielęgniarką w szpitalu')).toContain('user/occupation User works as pielęgniarką.');
  });

  it('not what a person is that is no job', () => {
    expect(facts('jestem mamą dwójki dzieci').some((f) => f.startsWith('user/occupation'))).toBe(false);
    // Said bare, the form is as often a trait or a cry of having made it.
    expect(facts('jestem optymistką!').some((f) => f.startsWith('user/occupation'))).toBe(false);
    expect(facts('nie jestem kucharzem').some((f) => f.startsWith('user/occupation'))).toBe(false);
  });
});

describe('a child named with an age in other languages', () => {
  it('the relation first, as a reply or with "my"', () => {
    expect(facts('tak, jeden syn, Kuba, ma 8 lat.')).toContain("user/child:kuba User's son Kuba is 8 (as of 2026-07).");
    expect(facts('mia figlia Irene ha 6 anni')).toContain("user/child:irene User's daughter Irene is 6 (as of 2026-07).");
    expect(facts('mi hijo Bruno tiene 3 años')).toContain("user/child:bruno User's son Bruno is 3 (as of 2026-07).");
    expect(facts('ma fille Inès a 9 ans')).toContain("user/child:inès User's daughter Inès is 9 (as of 2026-07).");
    expect(facts('meu filho Davi tem 4 anos')).toContain("user/child:davi User's son Davi is 4 (as of 2026-07).");
    expect(facts('meine Tochter Lotte ist 7')).toContain("user/child:lotte User's daughter Lotte is 7 (as of 2026-07).");
  });

  it('not someone else\'s', () => {
    expect(facts('jego córka Hania ma 6 lat').some((f) => f.startsWith('user/child'))).toBe(false);
    expect(facts('sua figlia Irene ha 6 anni').some((f) => f.startsWith('user/child'))).toBe(false);
  });
});
