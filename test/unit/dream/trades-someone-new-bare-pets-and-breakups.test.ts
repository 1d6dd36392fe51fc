import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { extractFromTurn } from '../../../lib/dream/extract';
import { isInstructionInOtherLanguage } from '../../../lib/dream/instructions-other-languages';
import { partnerStatements } from '../../../lib/dream/partners';

/**
 * The rules added after held-out scenario set BS, on sentences made up here: trades named by "-monger", "-wright" or
 * "lady"/"man" ("a dinner lady"), someone new announced with "there's someone" or "I met someone", a diet mended in
 * the same breath with an everyday word ("vegan, no wait, veggie"), a new pet said as bare news with its name next,
 * a "please" set off by commas inside an instruction in another language, and a couple broken up said in other
 * languages.
 */
const AT = Date.UTC(2026, 6, 1);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('trades by how their names are made', () => {
  it('"-monger", "-wright", and the jobs named with "lady" or "man"', () => {
    expect(facts("I'm a fishmonger on the quay, early starts")).toContain('user/occupation User is a fishmonger.');
    expect(facts("I'm an ironmonger in a little market town")).toContain('user/occupation User is an ironmonger.');
    expect(facts("I'm a wheelwright, mostly restoration work")).toContain('user/occupation User is a wheelwright.');
    expect(facts('ha yes I\'m a dinner lady at the juniors')).toContain('user/occupation User is a dinner lady.');
    expect(facts("need a rota (i'm a lollipop man, mornings only) for the week")).toContain('user/occupation User is a lollipop man.');
    expect(facts('I work as a crossing guard by the primary school')).toContain('user/occupation User works as a crossing guard by the primary school.');
  });

  it('not the figurative ones', () => {
    expect(facts("I'm a bit of a scaremonger, sorry").filter((f) => f.startsWith('user/occupation'))).toEqual([]);
    expect(facts("I'm a total gossipmonger lol").filter((f) => f.startsWith('user/occupation'))).toEqual([]);
  });
});

describe('someone new, announced without "seeing" or "dating"', () => {
  const names = (s: string) => partnerStatements(s).map((f) => f.text);
  it('"there\'s someone new … he\'s called", "I met someone, her name is"', () => {
    expect(names("ok so there's someone new 😳 she's called maren and she climbs")).toEqual(['User is seeing Maren.']);
    expect(names("I've met someone, his name is Anselm")).toEqual(['User is seeing Anselm.']);
    expect(names('met a guy — he’s called Tobiah, he fixes boats')).toEqual(['User is seeing Tobiah.']);
  });

  it('not someone new at work or in a team, nor someone else\'s', () => {
    expect(names("there's someone new at work, she's called Ilse")).toEqual([]);
    expect(names("there's someone new in my team, he's called Bruno")).toEqual([]);
    expect(names("my cousin met someone, he's called Lev")).toEqual([]);
  });
});

describe('a diet said with its everyday word', () => {
  it('"veggie", "vego", "plant-based", and mended in the same breath', () => {
    expect(facts('im veggie btw, no fish either')).toContain('user/diet User is vegetarian.');
    expect(facts("I'm plant-based, so no dairy in the cake please")).toContain('user/diet User is vegan.');
    const mended = facts('lunches for the week. im vegan. no wait veggie, i do eat yoghurt');
    expect(mended).toContain('user/diet User is vegetarian.');
    expect(mended).not.toContain('user/diet User is vegan.');
  });

  it('not a dish or a menu', () => {
    expect(facts("I'm veggie-curious, what's a good first recipe?").filter((f) => f.startsWith('user/diet'))).toEqual([]);
  });
});

describe('a new pet said as bare news', () => {
  it('with its name set off after it or as the next sentence', () => {
    expect(facts('new puppy. bramble. 9 weeks. what do i feed her')).toContain('user/pet:bramble User has a puppy named Bramble.');
    expect(facts('got a new kitten, Sprout, any litter tips?')).toContain('user/pet:sprout User has a kitten named Sprout.');
    expect(facts('New rescue lurcher! Meet Otis.')).toContain('user/pet:otis User has a lurcher named Otis.');
  });

  it('not a cry, a request or a thing for a pet', () => {
    for (const s of ['new puppy. exhausted.', 'new kitten. help.', 'new dog bed, any good brands?', 'got a new cat flap, Sureflap one']) {
      expect(facts(s).filter((f) => f.startsWith('user/pet')), s).toEqual([]);
    }
  });
});

describe('an instruction in another language with "please" set off by commas', () => {
  it('reads the clause whole', () => {
    expect(isInstructionInOtherLanguage('Пиши, пожалуйста, всегда коротко.')).toBe(true);
    expect(isInstructionInOtherLanguage('Antworte, bitte, immer auf Englisch.')).toBe(true);
    expect(isInstructionInOtherLanguage('Escribe, por favor, siempre en español.')).toBe(true);
  });

  it('not a "please" around something that is no answer', () => {
    expect(isInstructionInOtherLanguage('Ты, пожалуйста, не переживай.')).toBe(false);
  });
});

describe('a couple broken up, in other languages', () => {
  it('is a change said in passing', () => {
    for (const s of ['지난달에 민서랑 헤어졌어요.', 'с Артёмом мы расстались в мае', '和小林分手了，心情不好', 'Kenji と別れた', 'wir haben uns getrennt, Jonas und ich', "avec Théo on s'est séparés cet été", 'udah putus sama Dimas bulan lalu']) {
      expect(changeSaid(s), s).toBeDefined();
    }
  });

  it('not a thing broken or a word of leaving something behind', () => {
    for (const s of ['rompimos el récord del club', 'ik zet het uit om tien uur']) {
      expect(changeSaid(s), s).toBeUndefined();
    }
  });
});
