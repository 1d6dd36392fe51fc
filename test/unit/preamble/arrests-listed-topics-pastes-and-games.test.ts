import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { mostlyPasted, ownWordsWithPasteMarked } from '../../../lib/dream/pasted';
import { stretches } from '../../../lib/preamble/make-believe';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set CD, on sentences made up here: a brush with the law named one way in a request to forget
 * and another in the chat, several topics kept off in one list, a pasted email's "I" kept out of the block, and a game
 * with a part given to the assistant read as make-believe.
 */

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('a brush with the law, said as what was done or as what followed', () => {
  it('a request naming the theft meets the chat that told the arrest, and the other way round', () => {
    const topic = forgetTopicOf('Please forget what I told you about Marguerite getting caught stealing.')!;
    expect(topic).toBe('Marguerite getting caught stealing');
    expect(names(topic, 'Marguerite was arrested at the pharmacy on Friday, they say for shoplifting.')).toBe(true);
    expect(names('my nephew’s arrest', 'my nephew got nicked for pinching a bike outside the Co-op')).toBe(true);
    expect(names('Tobin getting arrested', 'Tobin was charged with theft last spring')).toBe(true);
  });

  it('a bargain, a stolen scene or a heart that stopped is no crime', () => {
    expect(names('Marguerite getting caught stealing', 'Marguerite found a real steal at the flea market')).toBe(false);
    expect(names('Marguerite getting caught stealing', 'Marguerite stole the show at the talent night')).toBe(false);
    expect(names('Marguerite getting caught stealing', 'Marguerite brought a lemon tart to the potluck')).toBe(false);
  });
});

describe('several topics kept off in one request', () => {
  it('each item of the list, and each side of an "or"', () => {
    expect(offLimitsTopicsListed('Never bring up the foreclosure, the auction or my old bakery again.')).toEqual(['foreclosure', 'auction', 'old bakery']);
    expect(offLimitsTopicsListed("Please don't ever mention my stepfather again, not the trial, not the farm.")).toEqual(['stepfather', 'trial', 'farm']);
  });

  it('a clause after the comma is no topic', () => {
    expect(offLimitsTopicsListed("Please never mention my miscarriage, it's still raw.")).toEqual(['miscarriage']);
    expect(offLimitsTopicsListed('Never bring up my weight again, thanks.')).toEqual(['weight']);
  });
});

describe('a pasted email in a line of the block', () => {
  const message = 'Can you help me answer this?\n\nFrom: Ottilie Brandt\nSubject: Choir rota\n\nI am moving to Hexham in June and I have a new knee, so I will stop singing alto.';

  it('the user’s own words, with a mark where the paste was', () => {
    expect(ownWordsWithPasteMarked(message)).toBe('Can you help me answer this? [pasted text not shown]');
    expect(mostlyPasted(message)).toBe(true);
  });

  it('a message with nothing pasted is left as it is', () => {
    const own = 'From what I remember, the choir meets on Tuesdays. Can you draft a rota?';
    expect(ownWordsWithPasteMarked(own)).toBe(own);
    expect(mostlyPasted(own)).toBe(false);
  });

  it('a message written in paragraphs, with nothing pasted, is left as it is', () => {
    const own = 'Night audit again tonight, ugh.\n\nCan you give me three easy dinners I can reheat at 3am?\n\nThanks!';
    expect(ownWordsWithPasteMarked(own)).toBe(own);
  });
});

describe('a game with a part given to the assistant', () => {
  const played = (text: string) => stretches([{ id: 'a', role: 'user', text }]).get('a');

  it('is make-believe', () => {
    expect(played("Let's play a pirate game. I'm Admiral Crane with a glass eye. You're my bosun, so start us in a fog.")).toBe('role-play');
  });

  it('a game with no part given is not', () => {
    expect(played("Let's play a word game: give me a five-letter word and I'll guess.")).toBeUndefined();
    expect(played("Let's play a game of chess, you're white.")).toBeUndefined();
  });
});
