import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * The change words added after held-out scenario set BY, on sentences made up here: a diagnosis or a treatment taken
 * back ("ruled out", "misdiagnosed", "discontinued", "d/c'd", "it's not X, it's Y"), and change words in Dogri.
 */
const marker = (sentence: string) => changeSaid(sentence)?.marker;

describe('a diagnosis or a treatment taken back is a change', () => {
  it('reads "ruled out", "misdiagnosed", "discontinued", "d/c\'d" and "it\'s not X, it\'s Y"', () => {
    expect(marker("Saw the rheumatologist, it's not lupus, it's a vitamin D thing.")).toBe("it's not lupus, it's");
    expect(marker("turns out it's not gout, it's pseudogout")).toBe("turns out it's not gout, it's");
    expect(marker('They discontinued my statin after the liver tests.')).toBe('discontinued');
    expect(marker("we d/c'd the metformin on Friday")).toBe("d/c'd");
    expect(marker('The knee MRI ruled out a tear.')).toBe('ruled out');
    expect(marker('Turns out I was misdiagnosed with gout.')).toBe('misdiagnosed');
  });

  it('not a patient discharged, a medicine named, a denial, a product discontinued, or "it\'s not X, it\'s Y" said of no finding', () => {
    expect(marker("I d/c'd the patient at noon")).toBeUndefined();
    expect(marker('I had the inhaler with me all shift.')).toBeUndefined();
    expect(marker("They haven't discontinued the bus route.")).toBeUndefined();
    expect(marker("It's not easy, but it's so much fun to practise.")).toBeUndefined();
    expect(marker("It's not a problem, it's a pleasure to help.")).toBeUndefined();
    expect(marker('The model was discontinued when the smaller one came out.')).toBeUndefined();
  });
});

describe('change words in Dogri', () => {
  it('a home or a job left, a transfer and a promotion come through, a move under way', () => {
    expect(marker('में हून जम्मू च रौंह्दा आं, साम्बा छोड़ी दित्ता।')).toBe('छोड़ी दित्ता');
    expect(marker('मेरी बदली होई गेई ऐ, हून में राजौरी दे दफ्तर च आं।')).toBe('बदली होई गेई');
    expect(marker('अगले म्हीने अस पुंछ शिफ्ट होआ करदे आं।')).toBe('शिफ्ट होआ करदे');
    expect(marker('पिछले महीने मेरा प्रमोशन हो गया, अब मैं टीम लीड हूं।')).toBe('प्रमोशन हो गया');
  });

  it('a plan is none', () => {
    expect(marker('अगले साल में नौकरी छोड़गा।')).toBeUndefined();
  });
});
