import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { T0 } from './fixture';

/** Sentences made up for these tests; none is from a scenario set. */
const read = (text: string) => extractFromTurn({ id: 'chatgpt:x#1', text, at: T0 });
const learned = (text: string) => read(text).facts.map((f) => f.text);

describe('a change said in Indonesian or Malay', () => {
  it('a price or number raised or lowered "jadi" a new one, something stopped or called off', () => {
    expect(changeSaid('modal naik, jadi aku naikin tarif les privat jadi Rp 150.000 per jam')?.said).toMatch(/Rp 150\.000/);
    expect(changeSaid('saya turunkan harga kue lapis ke RM 45 mulai minggu ini')).toBeDefined();
    expect(changeSaid('aku udah nggak ngajar di sanggar lagi')).toBeDefined();
    expect(changeSaid('arisan bulan depan batal, tuan rumahnya sakit')).toBeDefined();
    expect(changeSaid('kami pindah ke Bandung bulan lalu')).toBeDefined();
  });

  it('what only looks like a change is none', () => {
    expect(changeSaid('nggak apa-apa kok, lagi sibuk aja')).toBeUndefined();
    expect(changeSaid('harga naik terus ya kak')).toBeUndefined();
  });
});

describe('corrections and values said casually', () => {
  it('"no lah", "no mate": a correction, so the assistant\'s assumption was wrong, not outdated', () => {
    expect(read("no lah, i don't have asthma. my son Wei is the one").retractions).toEqual([expect.objectContaining({ value: 'asthma', disproven: true })]);
    expect(read("no mate, I don't have asthma").retractions).toEqual([expect.objectContaining({ disproven: true })]);
  });

  it('"X not Y" without a comma ends the value at "not"', () => {
    expect(learned('I live in Hobart not Launceston')).toContain('User lives in Hobart.');
    expect(learned("I'm a welder not a fitter")).toContain('User is a welder.');
  });

  it('a liking said with an eye-roll is not learned, in other languages too', () => {
    expect(learned("j'adore les voisins qui font des travaux à 7h 🙄").join(' ')).not.toMatch(/likes/);
    expect(learned("j'adore le café turc")).toContain('User likes le café turc.');
  });
});
