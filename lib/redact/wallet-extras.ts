import type { Finder, SecretSpan } from './rules';
import { SEED_CONTEXT } from './seed';
import { isPlaceholder } from './values';

/**
 * BK's round: what a wallet's owner writes down beside its phrase: the optional passphrase wallets call the "25th
 * word" (or the "13th word" of a twelve-word phrase), and the PIN that unlocks the device or the phone ("device unlock
 * 234789", "phone unlock code: 5521"). The names are the wallets' own and say what follows: any word after the
 * passphrase's name, four to eight digits after an unlock's.
 */
// BM's round: the "extra word" (or an additional or optional one) where the text before speaks of the phrase, as
// wallets and their owners also name the passphrase ("recovery words (12): … plus the extra word: …"). BV's round: a
// clause of up to three words may stand between the name and its "is" ("the extra word I added is …").
const EXTRA_WORD = /(?<![\p{L}\p{N}])(25th|13th|twenty-fifth|thirteenth|extra|additional|optional)[ \t]+word(?:(?:[ \t]+[\p{L}'’]{1,12}){1,3}?[ \t]+(?:is|was)[ \t]*:?|[ \t]*(?:[:=]|is|->|–|-)?)[ \t]*([^\s"'`<>()[\]]{4,64})(?=$|[\s"'`)\],;])/giu;
const UNLOCK_PIN = /(?<![\p{L}\p{N}])(?:device|phone|tablet|wallet|screen)[ \t]+unlock(?:[ \t]+(?:pin|code|number))?[ \t]*(?:[:=]|is|->|–|-)?[ \t]*(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)/giu;

function findWalletExtras(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [EXTRA_WORD, UNLOCK_PIN]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const raw = re === EXTRA_WORD ? m[2]! : m[1]!;
      if (re === EXTRA_WORD && /^(?:extra|additional|optional)$/i.test(m[1]!) && !SEED_CONTEXT.test(text.slice(Math.max(0, m.index - 240), m.index))) continue;
      const value = raw.replace(/[.,;:]+$/, '');
      // A passphrase has a password's makings (a digit, a symbol, both cases, or eight letters at least): "the 25th
      // word thing" names it without giving it.
      if (value.length < 4 || isPlaceholder(value) || (re === EXTRA_WORD && !/[\d\W_]|\p{Lu}[^]*\p{Ll}|\p{Ll}[^]*\p{Lu}|^\p{L}{8,}$/u.test(value))) continue;
      const start = m.index + m[0].length - raw.length;
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const WALLET_EXTRA_FINDERS: readonly Finder[] = [{ name: 'wallet-extras', find: findWalletExtras, trigger: /word|unlock/i }];
