import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { withoutWordsOfAddress } from '../../../lib/dream/words-of-address';

/**
 * After held-out scenario set CA, on sentences made up here: a word of address closing a clause ("no emojis ever
 * mate, …"), a rule taken back by "scratch" and answers of a kind let go of ("forget the long answers"), an illness
 * said with how bad or where it is ("severe scalp psoriasis"), a contrast ended by a colon, a job given by whoever gave
 * it ("took me on as a chaplain"), a job said in Arabic, a pet's name put right in the next breath, a plan dropped as
 * many say it ("I ain't selling", "not running the 10k this year"), and work that goes out of a town ("outta Whitby").
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 2, 1) });
const facts = (text: string) => read(text).facts.map((f) => f.text);
const ended = (text: string) => read(text).retractions.map((x) => x.value);
const marker = (text: string) => read(text).updates.map((u) => u.marker);

describe('a word of address closing a clause', () => {
  it('is read without the word, so the instruction or the rule taken back ends where it did', () => {
    expect(facts('no emojis ever mate, they look childish')).toContain('No emojis ever, they look childish.');
    expect(ended('scratch the bullet points thing bro, paragraphs are fine')).toContain('bullet points');
  });

  it('leaves a person named alone', () => {
    expect(withoutWordsOfAddress('I went fishing with my mate, Joe.')).toBe('I went fishing with my mate, Joe.');
    expect(withoutWordsOfAddress("he's a good buddy.")).toBe("he's a good buddy.");
    expect(withoutWordsOfAddress("I don't have a climbing buddy, so I boulder alone.")).toBe("I don't have a climbing buddy, so I boulder alone.");
  });
});

describe('answers of a kind let go of', () => {
  it('takes back the instruction by the kind of answer', () => {
    expect(ended('forget the long answers, I only read the first line anyway')).toContain('long');
  });
});

describe('an illness with how bad or where it is', () => {
  it('is learned with those words', () => {
    expect(facts('I have severe scalp psoriasis, it flares in winter.')).toContain('User has severe scalp psoriasis.');
  });

  it('is read past a contrast that a colon ends', () => {
    expect(facts("Asking for myself, not a client: I have mild asthma and the gym's air is dusty.")).toContain('User has mild asthma.');
  });
});

describe('a job given to the user, said of who gave it', () => {
  it('is the job, and where', () => {
    const said = facts("The hospice took me on as a chaplain at St Clare's, two days a week.");
    expect(said).toContain('User is a chaplain.');
    expect(said).toContain("User works at St Clare's.");
  });

  it('is no job asked about', () => {
    expect(facts('Would you hire me as a nanny?')).toEqual([]);
  });
});

describe('a job said in Arabic', () => {
  it('is read after "I am" (and a name) or a verb of working', () => {
    expect(facts('أنا سلمى، ممرضة في مستشفى الجامعة')).toContain('User works as ممرضة.');
    expect(facts('أشتغل مبرمج في شركة صغيرة')).toContain('User works as مبرمج.');
  });

  it("is not a sister's job, a feeling or a job denied", () => {
    expect(facts('أختي مهندسة في شركة كبيرة')).toEqual([]);
    expect(facts('أنا تعبانة اليوم')).toEqual([]);
    expect(facts('أنا مو مهندسة')).toEqual([]);
  });
});

describe("a pet's name put right in the next breath", () => {
  it('keeps the right name only', () => {
    const said = facts('My dog Biscuit chewed the sofa again. Sorry, autocorrect — his name is Brisket.');
    expect(said).toContain('User has a dog named Brisket.');
    expect(said).not.toContain('User has a dog named Biscuit.');
  });
});

describe('a plan dropped', () => {
  it('is a change, as many say it and of an event', () => {
    expect(marker("I ain't selling the caravan after all the fuss.")).toContain("I ain't selling");
    expect(marker("I'm not running the Leeds 10k this year.")).toEqual([expect.stringContaining("I'm not running the")]);
  });

  it('is not running late', () => {
    expect(marker("I'm not running late, I'll be there at six.")).toEqual([]);
  });
});

describe('work that goes out of a town or premises', () => {
  it('is the work, with the town', () => {
    expect(facts('I fish mackerel outta Whitby in the summer.')).toContain('User fishes mackerel outta Whitby.');
    expect(facts('I restore motorbikes out of my garage in Hexham.')).toContain("User's garage is in Hexham.");
  });

  it('is not what a thing is made of, nor a pastime', () => {
    expect(facts('I make soup out of leftover veg.')).toEqual([]);
    expect(facts('I fish off the rocks for fun.')).toEqual([]);
  });
});
