import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CI, on sentences made up here: a value the user had wrong, named alone with "it's not" beside
 * a word that owns the mistake; a make-believe opened with a word or two before "role-play"; a list of "not"s that names
 * what a request covers, which contrasts nothing; a plan called off and a job given notice on in Swiss German, a booking
 * cancelled in German; and a machine that broke down for good in Portuguese, or is past mending in English.
 */
const AT = Date.UTC(2026, 8, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => `${r.value}${r.disproven ? ' (wrong)' : ''}`);
const marker = (s: string) => changeSaid(s)?.marker;

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void facts('I live in Leeds.'), 120_000);

describe('a value had wrong, named alone with "it\'s not"', () => {
  it('beside a word that owns the mistake, the value is taken back as never true', () => {
    expect(retracted("Quick correction: it's not amoxicillin, I mixed them up.")).toEqual(['amoxicillin (wrong)']);
    expect(retracted("It isn't Hull, I got them mixed up, we live in Goole.")).toContain('Hull (wrong)');
    expect(facts("It isn't Hull, I got them mixed up, we live in Goole.")).toContain('User lives in Goole.');
    expect(retracted("Typo earlier - it's not walnuts.")).toEqual(['walnuts (wrong)']);
    expect(retracted("My mistake, it wasn't the Corolla.")).toEqual(['Corolla (wrong)']);
  });

  it('the right value said in the next sentence is learned as well', () => {
    const r = read("Correction: it's not sulfa, I mixed it up. I'm allergic to trimethoprim.");
    expect(r.retractions.map((x) => x.value)).toEqual(['sulfa']);
    expect(r.facts.map((f) => f.text)).toContain('User is allergic to trimethoprim.');
  });

  it('not an opinion or a reassurance, nor "it\'s not" without a mistake owned', () => {
    expect(retracted("My bad, it's not a big deal.")).toEqual([]);
    expect(retracted("Sorry, it's not working.")).toEqual([]);
    expect(retracted("I mixed up the dates, it's not easy.")).toEqual([]);
    expect(retracted("It's not penicillin, the nurse said so.")).toEqual([]);
    expect(retracted("It's not fair, my bad luck again.")).toEqual([]);
  });
});

describe('a make-believe opened with a word or two before "role-play"', () => {
  it('the name played is not the user\'s', () => {
    expect(facts("Let's play a creepy role-play game. You're a sailor. I'm Maud Pellow, a lighthouse keeper.").some((f) => f.includes('Maud'))).toBe(false);
    expect(facts("Let's try a quick role play: I'm Captain Vex, you're my first mate.").some((f) => f.includes('Vex'))).toBe(false);
  });

  it('a game or a song is no make-believe: the name said after it is the user\'s', () => {
    expect(facts("Let's play some music. My name is Dana.")).toContain("User's name is Dana.");
  });
});

describe('a list of "not"s contrasts nothing', () => {
  it('no value is taken back', () => {
    expect(retracted('Not my sister, not the wedding, not the bank.')).toEqual([]);
    expect(retracted('Not at work, not at home.')).toEqual([]);
  });

  it('"A, not B" still contrasts', () => {
    expect(retracted('I live in Braga, not Porto.')).toEqual(['Porto']);
  });
});

describe('a plan called off and a job given notice on, in Swiss German; a booking cancelled in German', () => {
  it('is a change', () => {
    expect(marker('Üsi Velotour isch abgseit.')).toBe('abgseit');
    expect(marker('Dr Usflug nach Luzern isch abgsait.')).toBe('abgsait');
    expect(marker('I ha bi dr Druckerei kündet, ab Mai bin i Buschauffeur.')).toBe('kündet');
    expect(marker('Si het gchündet, letscht Wuche.')).toBe('gchündet');
    expect(marker('Ich habe beim Verlag gekündigt.')).toBe('gekündigt');
    expect(marker('Die Ferienwohnung haben wir storniert.')).toBe('storniert');
  });

  it('not "announces" or a word that only holds the letters', () => {
    expect(marker('Der Frühling kündet von besseren Zeiten.')).toBeUndefined();
    expect(marker('Der Bürgermeister hat den Plan verkündet.')).toBeUndefined();
  });
});

describe('a machine that broke down for good, or is past mending', () => {
  it('is a change', () => {
    expect(marker('A arca frigorífica avariou de vez ontem.')).toBe('avariou de vez');
    expect(marker('O fogão estragou-se de vez.')).toBe('estragou-se de vez');
    expect(marker('A Singer já não vale a pena arranjar.')).toBe('já não vale a pena arranjar');
    expect(marker('The old Hoover is beyond repair.')).toBe('beyond repair');
  });

  it('not a fault soon mended, nor a question', () => {
    expect(marker('O elevador avariou ontem, já o arranjaram.')).toBeUndefined();
    expect(marker('Vale a pena arranjar a máquina?')).toBeUndefined();
    expect(marker('Is the Hoover beyond repair?')).toBeUndefined();
  });
});
