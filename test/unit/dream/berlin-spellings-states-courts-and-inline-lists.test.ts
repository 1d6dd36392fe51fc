import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { inStandardGermanSpellings } from '../../../lib/dream/berlin-spellings';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { townWithState } from '../../../lib/dream/town-with-state';
import { topicRoots } from '../../../lib/preamble/topic-words';
import { capture, type Chat, searchText, serviceAt } from './chats-through-the-service';

/**
 * After held-out scenario set CO's round, on sentences and chats made up here: a list numbered inside a paragraph
 * after its colon, the toolroom trades and other jobs, notice given without its "I", Berlinerisch read in standard
 * German spellings, Italian "allo" and "antworte mal", a thing given away or dead in Italian, a court named by its kind,
 * and a town named with its state.
 */

const AT = Date.UTC(2026, 5, 9);
const read = (text: string) => extractFromTurn({ id: 't', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => f.text);

describe('a list numbered inside a paragraph', () => {
  it('reads each item after the colon that opens it, in lower case too', () => {
    const out = facts('ok listen. three things from now on: 1) always give me sources at the end. 2) metric units only. 3) no emojis.');
    expect(out).toEqual(expect.arrayContaining(['Always give me sources at the end.', 'Metric units only.']));
  });

  it('leaves a colon before a time or a number alone', () => {
    expect(facts('the bus leaves at 9:30) and we are late')).toEqual([]);
  });
});

describe('jobs named by their trade', () => {
  it('reads the toolroom trades, the tree trimmer and the hands of a farm or a cellar', () => {
    expect(facts("i'm a mold maker at a plastics plant")).toContain('User is a mold maker.');
    expect(facts("I'm a tool & die maker")).toContain('User is a tool & die maker.');
    expect(facts("i'm a tree trimmer with the county now")).toContain('User is a tree trimmer.');
    expect(facts("I'm a farmhand on a dairy outside Tillamook")).toContain('User is a farmhand.');
    expect(facts('my hands are a mess from the hedge trimmer')).toEqual([]);
  });

  it('notice given at a workplace without its "I" ends the job there', () => {
    expect(read('gave notice at the bakery, last shift is friday.').retractions).toEqual([expect.objectContaining({ slot: 'user/employer', value: 'bakery' })]);
  });
});

describe('a list of allergens', () => {
  it('ends where what the allergy does to the user begins', () => {
    expect(facts("i'm allergic to sesame, tahini anything, hives and my tongue swells")).toEqual(['User is allergic to sesame.', 'User is allergic to tahini.']);
    expect(facts("i'm allergic to kiwi, like itchy lips and a rash")).toEqual(['User is allergic to kiwi.']);
  });

  it('reads the item after an Oxford comma without its "and"', () => {
    expect(facts("I'm allergic to latex, sulfa drugs, and codeine.")).toContain('User is allergic to codeine.');
  });
});

describe('Berlinerisch is read in standard German spellings', () => {
  it('reads who the user is, an allergy, a move and the language to answer in', () => {
    expect(facts("Ick bin Klempner bei 'ner Firma in Spandau, dit macht ooch Spaß.")).toEqual(expect.arrayContaining([expect.stringMatching(/Klempner/)]));
    expect(facts('Ick bin allergisch jejen Sellerie, dit is echt schlimm.')).toContain('User is allergic to Sellerie.');
    expect(facts('Wir sind nach Pankow jezogen, ick wohn jetzt da.')).toContain('User lives in Pankow.');
    expect(read('Ick hab wat: schreib ma bitte imma uff Deutsch, nich uff Englisch.').facts).toEqual([expect.objectContaining({ slot: 'user/reply-language' })]);
  });

  it('respells participles with "je-" but not the German words that begin so', () => {
    expect(inStandardGermanSpellings('Ick hab jekündigt, jetzt is jeden Tag frei, wat?')).toBe('Ich hab gekündigt, jetzt is jeden Tag frei, was?');
  });

  it('leaves text alone that is not plainly Berlinerisch', () => {
    for (const t of ['Wat is dat nu weer?', 'Wat een dag, ik ben moe', 'uff, what a day', 'Ich bin nicht da, wat auch immer.']) expect(inStandardGermanSpellings(t)).toBe(t);
  });
});

describe('Italian, German and a court', () => {
  it('keeps no article in an Italian allergen after "allo"', () => {
    expect(facts('sono allergico allo zenzero')).toContain('User is allergic to zenzero.');
  });

  it('reads "antworte mal bitte immer auf …" as the language to answer in', () => {
    expect(read('Antworte mal bitte immer auf Deutsch.').facts).toEqual([expect.objectContaining({ slot: 'user/reply-language', text: 'Reply to the user in German.' })]);
  });

  it('reads a thing given away, scrapped or dead in Italian as a change', () => {
    expect(changeSaid("La lavatrice è morta, l'ho data via.")).toBeDefined();
    expect(changeSaid("Il Ducato l'abbiamo rottamato a marzo.")).toBeDefined();
    expect(changeSaid('Ho dato un passaggio a Marco.')).toBeUndefined();
  });

  it('reads a court named by its kind or a call to appear in one as a court case; not a food court', () => {
    expect(topicRoots('Tomasz has to appear in family court next month')).toContain('lawsuit');
    expect(topicRoots('she got a notice to appear from the immigration office')).toContain('lawsuit');
    expect(topicRoots('we had noodles at the food court')).not.toContain('lawsuit');
    expect(topicRoots('the supreme court ruled on it today')).not.toContain('lawsuit');
  });
});

describe('a town named with its state', () => {
  it('keeps the state, by name or by its code in capitals', () => {
    expect(townWithState('Portland', 'I live in Portland, Maine, near the water.')).toBe('Portland, Maine');
    expect(townWithState('Kingston', 'i live in kingston, ontario')).toBe('Kingston, Ontario');
    expect(townWithState('Wheeling', 'I live in Wheeling, WV now')).toBe('Wheeling, WV');
    expect(townWithState('Leeds', 'I live in Leeds, Dave, and it rains.')).toBe('Leeds');
    expect(townWithState('Austin', 'I live in Austin, or near it')).toBe('Austin');
  });

  it('one Springfield corrects the other', async () => {
    const FIRST: Chat = {
      id: 'radio',
      turns: [
        { role: 'user', text: 'I live in Springfield, Ohio. Which weather radio should I get?' },
        { role: 'assistant', text: 'A NOAA weather radio with SAME coding.' },
      ],
    };
    const FIX: Chat = {
      id: 'fix',
      turns: [
        { role: 'user', text: 'Sorry, I said that wrong before. I live in Springfield, Oregon, not Ohio. Which SAME code then?' },
        { role: 'assistant', text: 'Lane County has its own code.' },
      ],
    };
    const world = await serviceAt('town-with-state', Date.UTC(2026, 5, 2, 20));
    await capture(world.service, [FIRST]);
    await world.service.dream('manual');
    world.tick(10);
    await capture(world.service, [FIX]);
    await world.service.dream('manual');
    const found = await searchText(world.service, 'where do I live');
    expect(found).toMatch(/User lives in Springfield, Oregon/);
    expect(found).not.toMatch(/User lives in Springfield, Ohio/);
  }, 120_000);
});
