import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { withCapitalsReadPlain } from '../../../lib/dream/said-in-capitals';

const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 4, 11) });
const facts = (text: string) => read(text).facts.map((f) => f.text);

describe('a sentence typed in capitals is read as if typed in ordinary case', () => {
  it('reads an instruction, an allergy and a request kept off said in capitals', () => {
    expect(facts('HOUSE RULE: NEVER ABBREVIATE MEASUREMENTS IN YOUR ANSWERS.')).toContain('Never abbreviate measurements in your answers.');
    expect(facts("I'M ALLERGIC TO SHELLFISH, WHAT CAN I ORDER AT A CRAB SHACK?")).toContain('User is allergic to shellfish.');
    expect(offLimitsTopicsListed(facts("DON'T EVER BRING UP MY BANKRUPTCY AGAIN.")[0] ?? '')).toEqual(['bankruptcy']);
  });

  it('takes no shouted words for a name', () => {
    expect(facts('MY MOM PROOFREADS EVERYTHING I SEND, SO KEEP IT POLITE.').join(' ')).not.toMatch(/PROOFREADS|mom is/i);
    expect(facts('MY BROTHER FIXES BIKES ON WEEKENDS.').join(' ')).not.toMatch(/FIXES|brother is F/i);
  });

  it('leaves mixed case, short acronyms and lines with a lower-case word as typed', () => {
    expect(withCapitalsReadPlain('I work at NASA in Houston.')).toBe('I work at NASA in Houston.');
    expect(withCapitalsReadPlain('LOL OK')).toBe('LOL OK');
    expect(withCapitalsReadPlain('MY WIFI PASSWORD IS [redacted password], USE IT')).toBe('MY WIFI PASSWORD IS [redacted password], USE IT');
    expect(withCapitalsReadPlain("thanks! I'M SO DONE WITH THIS WEEK. see you")).toBe("thanks! I'm so done with this week. see you");
    expect(facts('My sister Odile is a vet in Lyon.').join(' ')).toMatch(/Odile/);
  });
});

describe('a request kept off after a greeting or an opening before its heading', () => {
  it('reads the request after a greeting to the assistant', () => {
    expect(offLimitsTopicsListed('Hey Mistral, please never bring up my stepfather again.')).toEqual(['stepfather']);
    expect(offLimitsTopicsListed('hi there, quick rule: never mention the miscarriage again')).toEqual(['miscarriage']);
    expect(offLimitsTopicsListed('Good morning! Please stop asking about my weight.')).toEqual(['weight']);
  });

  it('reads the request after a few words and a comma that open a heading', () => {
    expect(offLimitsTopicsListed('Pilot to tower, standing request: do not bring up the custody hearing again.')).toEqual(['custody hearing']);
    expect(offLimitsTopicsListed('Evening crew, one more thing: never mention the repossession again.')).toEqual(['repossession']);
  });

  it('leaves a clause before a comma that is the request\'s own, with no heading after it', () => {
    expect(offLimitsTopicsListed('In the cover letter, please never mention my salary again.')).toEqual([]);
    expect(offLimitsTopicsListed('When you write to the landlord, never mention the dog.')).toEqual([]);
  });

  it('takes where the request holds for no second topic', () => {
    expect(offLimitsTopicsListed('Please never bring up the foreclosure again, in any chat.')).toEqual(['foreclosure']);
    expect(offLimitsTopicsListed("Don't mention my ex again, across all of our chats.")).toEqual(['ex']);
    expect(offLimitsTopicsListed("Never mention the fire again, at all.")).toEqual(['fire']);
    expect(offLimitsTopicsListed("Don't bring up the fire again, not the duplex, not the insurance.")).toEqual(['fire', 'duplex', 'insurance']);
    expect(offLimitsTopicsListed('never mention my ex, in-laws or the wedding')).toEqual(['ex', 'in-laws', 'wedding']);
  });

  it('keeps a short form typed in capitals inside one topic', () => {
    expect(offLimitsTopicsListed('Please never bring up the whole OR scheduling fight again.')).toEqual(['whole OR scheduling fight']);
    expect(offLimitsTopicsListed('Never mention the eviction or housing court again.')).toEqual(['eviction', 'housing court']);
  });
});

describe('a request to forget what the user mentioned, wrote or said', () => {
  it('reads "everything/anything/all/whatever I mentioned about …"', () => {
    expect(forgetTopicOf('Please forget everything I mentioned about Dario and the tax audit.')).toBe('Dario and the tax audit');
    expect(forgetTopicOf('Could you forget anything I wrote about my cousin\'s arrest?')).toBe("cousin's arrest");
    expect(forgetTopicOf('forget all I told you about the layoffs')).toBe('layoffs');
    expect(forgetTopicOf('Can you disregard whatever I shared about my landlord?')).toBe('landlord');
    expect(read('Please forget everything I mentioned about the custody fight.').facts.map((f) => f.kind)).toContain('instruction');
  });

  it('leaves "don\'t forget" and a forget with nothing told', () => {
    expect(forgetTopicOf("Don't forget anything I said about the deadline when you draft it.")).toBeUndefined();
    expect(forgetTopicOf('Forget the recipe, tell me about bread instead.')).toBeUndefined();
  });
});
