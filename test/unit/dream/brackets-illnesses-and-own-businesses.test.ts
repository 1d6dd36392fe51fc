import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { ownPremises } from '../../../lib/dream/own-premises';
import { possessionStatements } from '../../../lib/dream/possessions';
import { recoveries } from '../../../lib/dream/recovered';

/**
 * The facts read after held-out scenario set BY, on sentences made up here: what the user is doing, said in brackets
 * inside someone else's news, ends at the bracket; an illness said over ("malaria done", "the flu's over now"); a
 * business of the user's own opened, in English and as English-based creoles say it ("me start me own …"); a shed the
 * user works from, with its town; and something that happened to the user on a road with a number ("got sideswiped on
 * the M62"), no thing got.
 */

describe('what the user is doing, said in brackets', () => {
  const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).facts.map((f) => f.text);

  it('ends at the closing bracket: the rest of the sentence is someone else\'s news', () => {
    expect(facts('My editor, Ros Penhaligon (with whom I\'m writing a guide to Cornish tide mills), has just moved to Ghent for a fellowship.')).toEqual([
      'User is writing a guide to Cornish tide mills.',
    ]);
  });

  it('a bracketed aside inside what the user is doing is kept whole', () => {
    expect(facts("I'm restoring a (very old) Erard harp for the parish hall.")).toEqual(['User is restoring a (very old) Erard harp for the parish hall.']);
  });
});

describe('an illness that ran its course', () => {
  it('"done", "over", "finished" after an illness, and "over/recovered from" before it', () => {
    expect(recoveries('Malaria done, I feel strong again, back at the market.')).toEqual(['malaria']);
    expect(recoveries("the flu's over now, back at work tomorrow")).toEqual(['flu']);
    expect(recoveries('finally recovered from the chikungunya')).toEqual(['chikungunya']);
  });

  it('not a body part worn out, an illness hoped over, or a treatment', () => {
    expect(recoveries('my knee is done, I need a new one')).toEqual([]);
    expect(recoveries('if the malaria is over by May we can travel')).toEqual([]);
  });
});

describe("a business of the user's own, and the shed they work from", () => {
  it('opened, started or set up, with where it is', () => {
    expect(ownPremises('I finally opened my own salon in Otley last month!').map((f) => f.text)).toEqual(['User has their own salon in Otley.']);
    expect(ownPremises('Big news: me start me own roti-shop at Anna Catherina.').map((f) => f.text)).toEqual(['User has their own roti-shop at Anna Catherina.']);
    expect(ownPremises("we've opened our own little coffee shop by the quay").map((f) => f.text)).toEqual(['User has their own coffee shop.']);
  });

  it('not a wish, a question, or a business that is someone else\'s', () => {
    expect(ownPremises('one day I want to open my own bakery')).toEqual([]);
    expect(ownPremises('Should I open my own practice?')).toEqual([]);
    expect(ownPremises('my brother opened his own garage in Derby')).toEqual([]);
  });

  it('a shed worked from, with its town', () => {
    expect(ownPremises('I turn wooden bowls out of my shed in Kyneton, Victoria.').map((f) => f.text)).toEqual(["User's shed is in Kyneton."]);
  });
});

describe('something that happened on a numbered road is no thing got', () => {
  const got = (s: string) => possessionStatements(s, Date.UTC(2026, 3, 1)).map((f) => f.text);

  it('"got sideswiped on the M62", "got stuck behind an A320": nothing owned', () => {
    expect(got('got sideswiped on M62 coming home, the Fiesta is a write-off.')).toEqual([]);
    expect(got('we got stuck behind an A320 at the gate for an hour')).toEqual([]);
  });

  it('a model got is still read', () => {
    expect(got('I got a Pixel 8 yesterday')).toEqual(['User has a Pixel 8 (since 2026-04).']);
  });
});
