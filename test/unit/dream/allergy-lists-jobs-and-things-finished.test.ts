import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { partnersAndDietInMoreLanguages } from '../../../lib/dream/partners-and-diet-more-languages';

const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 4, 2) }).facts.map((f) => f.text);

describe('what a list or a verb of owning runs on to', () => {
  it('an allergy list ends where a new clause says what the allergen does', () => {
    const said = facts("I'm allergic to naproxen, I come out in welts and puffy eyelids, what else helps a sprain?");
    expect(said).toContain('User is allergic to naproxen.');
    expect(said.filter((f) => f.startsWith('User is allergic to'))).toHaveLength(1);
    expect(facts('I am allergic to mango, it makes my lips tingle and my tongue swell').filter((f) => f.includes('allergic'))).toEqual(['User is allergic to mango.']);
    expect(facts("I'm allergic to sesame, lupin and mustard, so check the bread.")).toEqual(
      expect.arrayContaining(['User is allergic to sesame.', 'User is allergic to lupin.', 'User is allergic to mustard.']),
    );
  });

  it('a job started at a business is no business the user runs', () => {
    expect(facts('I started a new job at a pharmacy on Monday, any tips for the first week?')).not.toContainEqual(expect.stringMatching(/^User runs/));
    expect(facts('I started an apprenticeship at a garage in March')).not.toContainEqual(expect.stringMatching(/^User runs/));
    expect(facts('I opened a tiny bookshop in Kendal last spring, how do I price secondhand stock?')).toContain('User runs a tiny bookshop in Kendal.');
  });
});

describe('"terminamos" and "cortamos" end a couple only where nothing finished follows', () => {
  const left = (text: string) => partnersAndDietInMoreLanguages(text).retractions.map((x) => x.value);
  it('homework, a cake or a job finished together is no break-up', () => {
    expect(left('Lucía y yo terminamos el rompecabezas anoche, ¿otro de 1000 piezas?')).toEqual([]);
    expect(left('Marco y yo cortamos la leña para el invierno')).toEqual([]);
    expect(left('Eu e Joana terminamos o relatório ontem')).toEqual([]);
  });
  it('a couple that ended, with when or nothing after', () => {
    expect(left('Lucía y yo terminamos hace un mes y sigo triste')).toEqual(['Lucía']);
    expect(left('Marco y yo cortamos, ¿cómo devuelvo sus cosas?')).toEqual(['Marco']);
    expect(left('Eu e Joana terminamos, preciso de um plano para o fim de semana')).toEqual(['Joana']);
  });
});

// Session 58, from CF's round: "motorista de camião numa …" kept "numa" (in a) as a word of the job.
describe('what a job is of, in the Romance languages', () => {
  it('ends before a preposition joined to its article', () => {
    expect(facts('Sou enfermeira de urgência numa clínica de Setúbal, como trato uma queimadura?')).toContain('User works as enfermeira de urgência.');
    expect(facts('Sou professora de música nas escolas do concelho.')).toContain('User works as professora de música.');
    expect(facts('Sono infermiera di reparto nella clinica di mio cugino.')).toContain('User works as infermiera di reparto.');
    expect(facts('Sou professora de matemática aplicada em Braga.')).toContain('User works as professora de matemática aplicada in Braga.');
  });
});
