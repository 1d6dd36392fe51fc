import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withIntroductionsApart } from '../../../lib/dream/introductions';

/**
 * The rules added after held-out scenario set BO, on sentences made up here: what follows the name in an introduction
 * ("I'm Tom, 34, a plumber") and the items of a list about the user; an age with the word for "years" of another
 * language; "we stay in" as where one lives; an instruction in another language for one named site ("sur Le Chat, …");
 * "real me" later in an out-of-character aside; a rule split by case said later; an employer named as who let the user
 * go; a dose raised or lowered, a medicine said with its dose in another language and "I take X"; where one lives and a
 * place left, in romanised South Asian languages and Arabizi.
 */
const AT = Date.UTC(2026, 6, 1);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const slots = (text: string) => read(text).facts.map((f) => f.slot);

describe('an introduction: what follows the name', () => {
  it('reads the age, the job and the place after "I\'m NAME," and "NAME here,"', () => {
    const f = facts("Hi, I'm Priya, 41, a dental hygienist in Dundalk.");
    expect(f).toContain("user/name User's name is Priya.");
    expect(f).toContain('user/age User is 41 (as of 2026-07).');
    expect(f.some((x) => x.startsWith('user/occupation') && /dental hygienist/.test(x))).toBe(true);
    expect(facts('Gus here, 58, electrician from Ballarat.')).toContain('user/age User is 58 (as of 2026-07).');
  });

  it('reads an age with the word for "years" of another language after a first-person introduction', () => {
    expect(facts('Ich bin Jörg, 47 Jahre, und koche gern.')).toContain('user/age User is 47 (as of 2026-07).');
    expect(facts('sono Piero, 63 anni, pensionato.')).toContain('user/age User is 63 (as of 2026-07).');
    expect(facts('main Arjun, 29 saal, Lucknow se.')).toContain('user/age User is 29 (as of 2026-07).');
  });

  it('quotes the user\'s own sentence and says a fact once', () => {
    const r = read("I'm Lena, 36, a welder.");
    const age = r.facts.find((f) => f.slot === 'user/age');
    expect(age?.said).toMatch(/Lena/);
    const twice = facts("I'm Irish, a midwife in Galway.").filter((x) => x.startsWith('user/occupation'));
    expect(twice).toHaveLength(1);
  });

  it('reads nothing more after a name that a question or an errand follows, or someone else\'s name and age', () => {
    expect(slots("I'm Dara, and I need help with a cover letter.")).not.toContain('user/age');
    expect(slots('Dara, 41, is my sister-in-law.')).not.toContain('user/age');
    expect(slots('My sister is Dara, 41, a vet.')).not.toContain('user/age');
  });

  it('reads the items of a list about the user, not of a list about others', () => {
    const about = facts('A few things about me:\n- Kofi Asante, 39\n- beekeeper, about 40 hives\n- Kumasi, we stay in Bantama');
    expect(about).toContain('user/age User is 39 (as of 2026-07).');
    expect(about.some((x) => x.startsWith('user/occupation') && /beekeeper/.test(x))).toBe(true);
    expect(about).toContain('user/location User lives in Bantama.');
    const family = slots('My family:\n- Ama, 37\n- Yaw, 12');
    expect(family).not.toContain('user/age');
  });

  it('adds a sentence only where there is one to add', () => {
    expect(withIntroductionsApart(['Hello there.', 'How are you?']).sentences).toEqual(['Hello there.', 'How are you?']);
    const { sentences, readFrom } = withIntroductionsApart(["I'm Noor, 52, retired."]);
    expect(sentences).toEqual(["I'm Noor, 52, retired.", "I'm 52, retired."]);
    expect(readFrom.get("I'm 52, retired.")).toBe("I'm Noor, 52, retired.");
  });
});

describe('"we stay in" as where one lives', () => {
  it('is a home', () => {
    expect(facts('we stay in Kabulonga with my parents.')).toContain('user/location User lives in Kabulonga.');
    expect(facts('I stay in Woodlands.')).toContain('user/location User lives in Woodlands.');
  });
  it('is not a stay for a while, a habit on trips, a hotel or "in touch"', () => {
    expect(slots('when we visit Lagos we stay in Ikeja.')).not.toContain('user/location');
    expect(slots('I stay in Rome for a week.')).not.toContain('user/location');
    expect(slots('we usually stay in Marriott hotels.')).not.toContain('user/location');
    expect(slots('We stay in touch.')).not.toContain('user/location');
  });
});

describe('an instruction in another language for one named site', () => {
  it('holds on the site it names, with the site in its words and no global setting', () => {
    const r = read('sur Le Chat, réponds-moi toujours en français stp.');
    const rule = r.facts.find((f) => f.kind === 'instruction');
    expect(rule?.onlyOnSite).toBe('mistral');
    expect(rule?.text).toMatch(/^On Mistral Le Chat, /);
    expect(rule?.slot).toBeUndefined();
    expect(read('auf Gemini antworte mir bitte immer auf Deutsch.').facts.find((f) => f.kind === 'instruction')?.onlyOnSite).toBe('gemini');
  });
  it('holds everywhere when no site is named, and "le chat" in lower case names none', () => {
    const r = read('Réponds-moi toujours en français.');
    expect(r.facts.find((f) => f.kind === 'instruction')?.onlyOnSite).toBeUndefined();
    expect(read('dans le chat, réponds-moi toujours en français').facts.find((f) => f.kind === 'instruction')?.onlyOnSite).toBeUndefined();
  });
  it('an English one may name the site by its last words', () => {
    expect(read('On Le Chat, always answer in Spanish.').facts.find((f) => f.kind === 'instruction')?.onlyOnSite).toBe('mistral');
  });
});

describe('"real me" later in an out-of-character aside', () => {
  it('reads the user after a joke or words in another language', () => {
    expect(facts('Ahoy, the galley is open! (ooc: ja ja, genau — real me is allergic to sesame)')).toContain('user/allergy:sesame User is allergic to sesame.');
    expect(facts('(ooc: lol no — real me has two dogs)').some((x) => x.startsWith('user/pets'))).toBe(true);
  });
  it('reads nothing from an aside with no "real me" and from the story itself', () => {
    expect(slots('(ooc: the real meal would be pasta)')).toEqual([]);
    expect(slots("Let's role-play: I'm a pirate captain allergic to rum.")).toEqual([]);
  });
});

describe('a rule split by case, said later', () => {
  it('is a standing instruction in the user\'s words', () => {
    const r = read('for the shell scripts bash examples are fine, Go for everything else.');
    expect(r.facts.filter((f) => f.kind === 'instruction').map((f) => f.text)).toEqual(['For the shell scripts bash examples are fine, Go for everything else.']);
  });
  it('is not thanks or a review', () => {
    expect(read('the soup was fine, thanks for everything else!').facts.filter((f) => f.kind === 'instruction')).toEqual([]);
    expect(read('the room is fine, the rest for everything else was awful').facts.filter((f) => f.kind === 'instruction')).toEqual([]);
  });
});

describe('an employer named as who let the user go', () => {
  it('is no longer the employer, learned or not', () => {
    const r = read('so Brightwave made me redundant yesterday.');
    expect(r.facts.map((f) => f.text)).toContain('User lost their job.');
    expect(r.retractions.map((x) => `${x.slot} ${x.value}`)).toContain('user/employer Brightwave');
    expect(read('I was laid off by Tidewell Foods last week.').retractions.map((x) => x.value)).toContain('Tidewell Foods');
  });
  it('not a job lost in a what-if, nor a parent letting the user go somewhere', () => {
    expect(read('if they made me redundant I would travel.').facts.map((f) => f.text)).not.toContain('User lost their job.');
    expect(read('my dad let me go to the gig.').retractions).toEqual([]);
    expect(read('they laid me off').retractions.map((x) => x.value)).toEqual([]);
  });
});

describe('medicines: a dose changed, "I take X", and a dose said in another language', () => {
  it('a dose raised or lowered, with the new dose in the sentence or the next', () => {
    expect(facts('my GP lowered my ramipril to 2.5 mg.')).toContain('user/health:medication:ramipril User takes ramipril 2.5 mg (dose lowered).');
    expect(facts('The consultant increased my sertraline. I take 100 mg now.')).toContain('user/health:medication:sertraline User takes sertraline 100 mg (dose raised).');
  });
  it('"I take" a medicine is the medicine, not a habit; the bus is neither', () => {
    expect(facts('I take atorvastatin 20 mg at night.')).toContain('user/health:medication:atorvastatin User takes atorvastatin 20 mg at night.');
    expect(slots('I take the bus to work.').some((s) => s?.includes('medication'))).toBe(false);
  });
  it('a medicine with its dose and a first-person word of another language, not someone else\'s nor a question', () => {
    expect(facts('main roz amlodipine 5 mg leta hoon.')).toContain('user/health:medication:amlodipine User takes amlodipine 5 mg.');
    expect(slots('my father takes amlodipine 5 mg').some((s) => s?.includes('medication'))).toBe(false);
    expect(slots('is amlodipine 5 mg safe for me?').some((s) => s?.includes('medication'))).toBe(false);
  });
});

describe('where one lives, and a place left, in romanised South Asian languages and Arabizi', () => {
  it('the place before the verb, with its ending joined', () => {
    expect(facts('ami Sylhet-e thaki, nurse ami.')).toContain('user/location User lives in Sylhet.');
    expect(facts('main Indore mein rehti hoon.')).toContain('user/location User lives in Indore.');
    expect(facts('Panjim-ant ravtam.')).toContain('user/location User lives in Panjim.');
    expect(facts('ana sakin fi Zahle hala2.')).toContain('user/location User lives in Zahle.');
  });
  it('not someone else\'s home, nor one denied', () => {
    expect(slots('amar bon Dhaka-te thake.')).not.toContain('user/location');
    expect(slots('mera bhai Jaipur mein rehta hai.')).not.toContain('user/location');
    expect(slots('hiye sakne b Tripoli.')).not.toContain('user/location');
  });
  it('a place left is no longer where the user lives', () => {
    expect(read('Kanpur chhod ke Nagpur aa gaye.').retractions.map((x) => `${x.slot} ${x.value}`)).toContain('user/location Kanpur');
    expect(read('mera bhai Kanpur chhod ke gaya.').retractions).toEqual([]);
  });
});

describe('German with its verb second, a day written "1.", and Low German', () => {
  it('reads "Seit Mai bin ich …" and "Jetzt wohne ich in …" as the subject-first statements', () => {
    expect(facts('Seit März bin ich Erzieherin in Kassel.').some((x) => x.startsWith('user/occupation') && /Erzieherin/.test(x))).toBe(true);
    expect(facts('Inzwischen wohne ich in Rostock.')).toContain('user/location User lives in Rostock.');
    expect(slots('Wo wohne ich jetzt?')).not.toContain('user/location');
  });
  it('does not take the month "Mai" for the Italian "never", nor split a sentence after "1."', () => {
    expect(facts('Seit dem 1. Mai bin ich Bäckerin.').some((x) => x.startsWith('user/occupation') && /Bäckerin/.test(x))).toBe(true);
    expect(slots('non sono mai stata infermiera')).not.toContain('user/occupation');
  });
  it('reads Low German in German spellings where its own small words are there', () => {
    const f = facts('Ik bün Swantje un ik wahn in Leer. Ik arbeit as Tischlerin.');
    expect(f).toContain('user/location User lives in Leer.');
    expect(f.some((x) => x.startsWith('user/occupation') && /Tischlerin/.test(x))).toBe(true);
    expect(facts('Siet Juni fahr ik as Binnenschiffer.').some((x) => /Binnenschiffer/.test(x))).toBe(true);
  });
  it('leaves English with one such word alone, and a ride taken along is no job', () => {
    expect(read('I will arbeit on it later.').facts).toEqual([]);
    expect(slots('Ich fahre als Beifahrer mit.')).not.toContain('user/occupation');
  });
});
