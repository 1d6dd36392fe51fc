import { anchoredFinder } from './anchored-finder';
import type { Finder, RegexRule } from './rules';

/**
 * A passphrase of plain words after its name: a diceware passphrase, or the codename a whistleblowing system
 * (SecureDrop, GlobaLeaks) hands a source to log back in with: "The codename it gave me is "hazel ample flint bugle
 * fable wharf yodel"", "My passphrase: tulip brisk rumba cobalt vinyl hazel lemon". Five to twelve small words of three
 * to ten letters, none of them a word prose is made of ("the", "and", "we", "last"), quoted or ending its line or
 * sentence, or before a remark in parentheses ("… moth (all lowercase)"): "the codename for the release is Falcon" or "the passphrase is the one we agreed on last week" are
 * sentences, not phrases. (BIP-39 seed phrases are read before, by `seed.ts`.)
 */

const NAME = String.raw`(?:code[ \t-]?name|passphrase|pass[ \t]+phrase|secret[ \t]+phrase|diceware[ \t]+(?:phrase|passphrase|words)|phrase[ \t]+secr[èe]te|frase[ \t]+(?:de[ \t]+contrase[ñn]a|segreta|secreta))`;

const PHRASE = new RegExp(
  String.raw`(?<![\p{L}])${NAME}(?![\p{L}])([^\n:=.!?"“”]{0,40}?)(?:[ \t]+(?:is|was|es|est|è|é|ist|lautet)[ \t]*:?|[ \t]*[:：=])[ \t]*(["“']?)` +
    String.raw`(\p{Ll}{3,10}(?:[ \t]+\p{Ll}{3,10}){4,11})(?:["”']|[ \t]*(?:[.!?,;](?:\s|$)|\r?\n|$|\([^()\n]{1,60}\)))`,
  'dgiu',
);

/** Words prose is made of: a run holding one is a sentence. */
const PROSE_WORDS = new Set(
  (
    'the and for with that this was are you your our not but have has had from they them his her she him its who what when where which will would can could ' +
    'should into onto than then there here just also very more most some any all each every one two been being were did does done about after before ' +
    'again because like only over under out off mine yours how why too now still same last next week day time way agreed used use using need make made get got ' +
    'les des une est pas que qui der die das und ist nicht ein eine los las del que por para una con sur dans pour avec'
  ).split(' '),
);

const PASSPHRASE: RegexRule = {
  name: 'named-passphrase',
  pattern: PHRASE,
  judge(m) {
    const words = m[3]!.split(/[ \t]+/);
    if (words.some((w) => PROSE_WORDS.has(w))) return null;
    // Unquoted, the words must be the phrase's own case: lower case throughout (the `i` flag reads \p{Ll} as any letter).
    if (words.some((w) => w !== w.toLowerCase())) return null;
    const start = m.indices![3]![0];
    return { start, end: start + m[3]!.length, label: 'password' };
  },
};

export const PASSPHRASE_FINDERS: readonly Finder[] = [
  anchoredFinder(PASSPHRASE, /code[ \t-]?name|passphrase|pass[ \t]+phrase|secret[ \t]+phrase|diceware|phrase[ \t]+secr[èe]te|frase[ \t]+(?:de[ \t]+contrase[ñn]a|segreta|secreta)/giu),
];
