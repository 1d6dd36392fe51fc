import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { countsSaid } from '../../../lib/dream/later-counts';
import { inEnglishSpellings } from '../../../lib/dream/scots-spellings';

/**
 * The rules added after held-out scenario sets AP, AQ and AR, on sentences made up here: Scots read in English
 * spellings, change words in more languages, Catalan and Romance jobs with what they are of, children named in a list,
 * a partner one is married to, "I said my … — that was wrong", "we're not in X", counts with a word before the noun.
 */
const AT = Date.UTC(2026, 5, 1);
const read = (text: string, replyTo?: string) => extractFromTurn({ id: 't1', text, at: AT, ...(replyTo ? { replyTo } : {}) });
const facts = (text: string) => read(text).facts.map((f) => f.text);

describe('Scots as spoken is read in English spellings', () => {
  it('reads an instruction and who the user is from a turn in Scots', () => {
    const out = read("aye, ah'm 68, a retired joiner fae Paisley. keep yer answers short an tae the point, nae long lists");
    const texts = out.facts.map((f) => f.text);
    expect(texts).toContain('User is 68 (as of 2026-06).');
    expect(texts.some((t) => /retired joiner/.test(t))).toBe(true);
    expect(out.facts.some((f) => f.kind === 'instruction' && /Keep your answers short/.test(f.text))).toBe(true);
  });

  it('leaves text alone that is not plainly Scots', () => {
    for (const t of ['ah ok, ma chérie, on se voit demain', 'Ma and Pa are coming over', 'the Wi-Fi password is on the fridge, ah well', 'an apple a day'])
      expect(inEnglishSpellings(t)).toBe(t);
  });

  it('keeps a sigh and an article, respells the rest', () => {
    expect(inEnglishSpellings("ah, right. ah cannae find ma keys an ah'm late fae work")).toBe("ah, right. I can't find my keys and I'm late from work");
  });
});

describe('change words in more languages', () => {
  it('reads a move by the employer, and "is off though"', () => {
    expect(changeSaid('they moved me over to the night desk, they reassigned half the team')?.marker).toMatch(/reassigned|moved me over to/);
    expect(changeSaid('I got transferred to the Gdynia branch in May')?.marker).toBe('got transferred');
    expect(changeSaid('the Lisbon workshop is off though, budget cuts')?.marker).toBe('is off');
    expect(changeSaid('I transferred 200 euros to my brother')).toBeUndefined();
  });

  it('reads called off, sold, no longer and moved in other languages', () => {
    for (const s of [
      'Lemondtuk a velencei utat, nincs rá pénz.',
      'Predal som starý bicykel, už nejazdím.',
      'Otkazali smo put u Rim.',
      'Я больше не работаю в банке.',
      'Ακυρώθηκε το ταξίδι στην Κρήτη.',
      'Myimme mökin viime kesänä.',
      'Tumehamia Arusha mwezi uliopita.',
      'Ons het die plaas verkoop.',
      '我们取消了去成都的旅行',
      '京都への旅行はキャンセルになりました',
      '부산 여행은 취소됐어요',
      'लखनऊ वाली नौकरी छोड़ दिया',
      'ألغيت الرحلة إلى دبي',
    ])
      expect(changeSaid(s), s).toBeDefined();
  });

  it('does not read "told", "not more than" or a plan as a change', () => {
    for (const s of ['Elmondtam neki az egészet.', 'Ons het nie meer as twee nie', 'Myön sen ehkä ensi vuonna?']) expect(changeSaid(s), s).toBeUndefined();
  });
});

describe('diets denied, Catalan, and Romance jobs with what they are of', () => {
  it('takes a diet the user denies as never true, and one given up as changed', () => {
    expect(read('no, no soy vegetariano, es mi cuñada').retractions).toEqual([expect.objectContaining({ value: 'vegetarian', disproven: true, slot: 'user/diet' })]);
    expect(read('ja ja, non sono vegana').retractions).toEqual([expect.objectContaining({ value: 'vegan', disproven: true })]);
    expect(read('ya no soy vegano').retractions).toEqual([expect.objectContaining({ value: 'vegan', disproven: false })]);
    expect(read('no soy vegano todavía, pero casi').retractions).toEqual([]);
  });

  it('reads Catalan: a job with where, where the user lives, a name', () => {
    expect(facts('Sóc fisioterapeuta a Reus des de fa anys.')).toContain('User works as fisioterapeuta in Reus.');
    expect(facts('Visc a Manresa amb la Núria.')).toContain('User lives in Manresa.');
    expect(facts('Em dic Pau.')).toContain("User's name is Pau.");
  });

  it('keeps what a job is of, not a time or a place after it', () => {
    expect(facts('soy profesora de química en Sevilla')).toContain('User works as profesora de química in Sevilla.');
    expect(facts('sono insegnante di musica a Bari')).toContain('User works as insegnante di musica in Bari.');
    expect(facts('soy enfermera desde 2015')).toContain('User works as enfermera.');
  });
});

describe('the user said they were wrong, or are not where the assistant put them', () => {
  it('takes back "my …" said earlier', () => {
    const out = read('Earlier I said my boat is 12 metres long — that was wrong, it is 14.');
    expect(out.retractions).toEqual([expect.objectContaining({ value: 'boat is 12 metres long', disproven: true })]);
  });

  it('takes "we\'re not in X" as a correction', () => {
    expect(read("No, we're not in Mombasa, the yard is in Kilifi.").retractions).toEqual([expect.objectContaining({ value: 'Mombasa', disproven: true })]);
    expect(read("No, I'm not based in Perth.").retractions).toEqual([expect.objectContaining({ value: 'Perth', disproven: true })]);
  });

  it('does not read where the user lives as a habit', () => {
    expect(facts('I live in Kilifi and drive to the yard twice a week.')).toEqual(['User lives in Kilifi.']);
  });
});

describe('children named in a list, a partner married to', () => {
  it('names each child, with the age said before them', () => {
    expect(facts('we have 9 year old twins, Oskar and Mette.')).toEqual(["User's child Oskar is 9 (as of 2026-06).", "User's child Mette is 9 (as of 2026-06)."]);
    expect(facts("I've got three boys, Tom, Ned and Alfie")).toEqual(['User has a son named Tom.', 'User has a son named Ned.', 'User has a son named Alfie.']);
  });

  it('takes no one else’s children, and no pets', () => {
    expect(facts('my brother has twins, Ida and Ole')).toEqual([]);
    expect(facts('I have two cats, Mochi and Tofu').some((t) => /child|son|daughter/.test(t))).toBe(false);
  });

  it('names the partner the user is married to', () => {
    expect(facts('Married to Ines, we live near the harbour.')).toContain('User is married to Ines.');
    expect(facts("I'm married to the job, honestly")).not.toContain(expect.stringMatching(/married to/));
  });
});

describe('a count with a word before what it counts', () => {
  it('reads "640 member farmers" and "70 new hives" by the noun', () => {
    expect(countsSaid("we're at 640 member farmers right now")).toEqual([{ unit: 'farmers', value: 640 }]);
    expect(countsSaid('added 70 new hives this spring')).toEqual([{ unit: 'hives', value: 70 }]);
  });
});

describe('a sentence ended by another script\'s stop, and what the user makes in a workshop', () => {
  it('reads "I\'m X" after an Armenian, Devanagari or Japanese full stop', () => {
    expect(facts('Բարև։ I\'m Lilit, a potter from Dilijan.')).toContain("User's name is Lilit.");
    expect(facts('नमस्ते। I\'m Arjun, I work as a welder in Nagpur.')).toContain('User works as a welder in Nagpur.');
  });

  it('says what is made and the workshop, not the town the workshop may leave', () => {
    expect(facts('I make violins in a small workshop in Cremona.')).toContain('User makes violins in a small workshop.');
    expect(facts('I repair clocks in my garage')).toContain('User repairs clocks in their garage.');
    expect(facts('I make dinner in the kitchen').some((t) => /dinner/.test(t))).toBe(false);
  });
});

describe('work and home in Slavic languages, Romanian and Greek', () => {
  it('reads "I work as" and "I live in", keeping the place as typed', () => {
    expect(facts('Pozimi delam kot serviser na vlečnicah v Kranjski Gori.')).toContain('User works as serviser na vlečnicah in Kranjski Gori.');
    expect(facts('radim kao zubni tehničar u Osijeku')).toContain('User works as zubni tehničar in Osijeku.');
    expect(facts('Mieszkam w Toruniu od pięciu lat.')).toContain('User lives in Toruniu.');
    expect(facts('μένω στη Λάρισα με τον άντρα μου')).toContain('User lives in Λάρισα.');
  });

  it('takes no place that is denied, and none in lower case', () => {
    expect(facts('nu, nu stau în Cluj, stau în Brașov')).toEqual(['User lives in Brașov.']);
    expect(facts('stau în casă toată ziua')).toEqual([]);
  });
});

describe('more ways a job, a home, a price and a change are said', () => {
  it('reads a machine operator, and a place got with a partner', () => {
    expect(facts('im a forklift operator at the port')).toContain('User is a forklift operator.');
    expect(facts('me n my bf got a tiny flat in leith together')).toContain('User lives in Leith.');
  });

  it('reads a licence held "as of today" as the one held now', () => {
    const before = read('Right now I hold a provisional licence.').facts[0]!;
    const after = read('As of today I hold a full driving licence!').facts[0]!;
    expect(after.text).toMatch(/holds a full driving licence/);
    expect(after.slot).toBe(before.slot);
  });

  it('takes back what was said of someone by name', () => {
    expect(read('Earlier I said Amara is at Hillcrest — that was wrong, she is at Westville.').retractions).toEqual([expect.objectContaining({ value: 'Amara is at Hillcrest', disproven: true })]);
    expect(read('I said hello and that was wrong of me').retractions).toEqual([]);
  });

  it('reads a price said before what it is the price of, and a raise or a cancel in Serbian and Punjabi', () => {
    expect(countsSaid('I charge $90 for a standard service.')).toEqual([{ unit: 'service $', value: 90 }]);
    expect(countsSaid('lessons are £35 per hour')).toEqual([]);
    expect(changeSaid('digla sam cenu na 4500 po satu')?.marker).toMatch(/^digla/);
    expect(changeSaid('goa wala trip cancel kar ditta yaar')?.marker).toBe('cancel kar ditta');
  });
});

describe('dictated text, jobs by their shape, and a claim taken back in the next sentence', () => {
  it('cuts a long run of dictated words where a question or an order begins', () => {
    const counted = read("so we bought the Miller field last week so that's ten more acres we're at 60 acres now what should I plant on it first do you think");
    expect(counted.updates.some((u) => u.counts?.some((c) => c.unit === 'acres' && c.value === 60))).toBe(true);
    const told = read("thats way too long keep your answers short I listen to them in the tractor so no lists just talk to me normal");
    expect(told.facts.some((f) => f.kind === 'instruction' && f.text.startsWith('Keep your answers short'))).toBe(true);
  });

  it('reads a job the list does not hold by its shape and where it is done, and a year of an apprenticeship', () => {
    // ("assessor" has been a listed job since set BL's round: a word the list still lacks shows the shape rule.)
    expect(facts("I'm a lift certifier at Heathrow Airport.")).toContain('User is a lift certifier at Heathrow Airport.');
    expect(facts("I'm a 3rd year apprentice plumber in Cork")).toContain('User is a 3rd year apprentice plumber in Cork.');
    expect(facts("I'm a big believer in Rust")).toEqual([]);
    expect(facts("I'm a regular at The Crown")).toEqual([]);
    expect(changeSaid("I'm in final year now, exams in May")?.marker).toBe('final year now');
  });

  it('takes back a claim whose "that was wrong" is the next sentence', () => {
    const out = read('Earlier I said that my niece Ffion studies at Bangor. That was wrong, I am sorry. She is at Aberystwyth.');
    expect(out.retractions).toEqual([expect.objectContaining({ value: 'niece Ffion studies at Bangor', disproven: true })]);
  });

  it('reads "no emojis in answers, never" after "first thing:", and Galician changes', () => {
    expect(read('First thing: no emojis in answers, never.').facts.some((f) => f.kind === 'instruction')).toBe(true);
    expect(read('no tables please').facts).toEqual([]);
    expect(changeSaid('A viaxe a Vigo cancelámola, xa non imos.')).toBeDefined();
    expect(changeSaid('moved in! the new flat is tiny but ours')?.marker).toBe('moved in');
  });
});

describe('a parent who died, a job the list holds, Baltic homes, notice handed in', () => {
  it('takes no parent for a pet, and reads a listed job once', () => {
    expect(read('Mum passed away on Sunday.').retractions.some((r) => r.slot?.startsWith('user/pet:'))).toBe(false);
    expect(facts("I'm an air traffic controller at Prestwick Airport.")).toEqual(['User is an air traffic controller.', 'User works at Prestwick Airport.']);
  });

  it('reads "I live" said with the place in its own case', () => {
    expect(facts('Gyvenu Vilniuje su vyru.')).toContain('User lives in Vilniuje.');
    expect(facts('Asun Tampereella.')).toContain('User lives in Tampereella.');
  });

  it('reads a notice handed in, a withdrawal and a Faroese move as changes', () => {
    expect(changeSaid('handed my notice in at the bakery today')?.marker).toBe('handed my notice');
    expect(changeSaid("we've pulled out of the Cork half marathon")?.marker).toBe('pulled out of');
    expect(changeSaid('Vit fluttu til Klaksvíkar í fjør.')?.marker).toBe('fluttu');
  });
});

