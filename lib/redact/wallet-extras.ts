import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * BK's round: what a wallet's owner writes down beside its phrase: the optional passphrase wallets call the "25th
 * word" (or the "13th word" of a twelve-word phrase), and the PIN that unlocks the device or the phone ("device unlock
 * 234789", "phone unlock code: 5521"). The names are the wallets' own and say what follows: any word after the
 * passphrase's name, four to eight digits after an unlock's.
 */
const EXTRA_WORD = /(?<![\p{L}\p{N}])(?:25th|13th|twenty-fifth|thirteenth)[ \t]+word[ \t]*(?:[:=]|is|->|–|-)?[ \t]*([^\s"'`<>()[\]]{4,64})(?=$|[\s"'`)\],;])/giu;
const UNLOCK_PIN = /(?<![\p{L}\p{N}])(?:device|phone|tablet|wallet|screen)[ \t]+unlock(?:[ \t]+(?:pin|code|number))?[ \t]*(?:[:=]|is|->|–|-)?[ \t]*(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)/giu;

function findWalletExtras(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [EXTRA_WORD, UNLOCK_PIN]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const value = m[1]!.replace(/[.,;:]+$/, '');
      // A passphrase has a password's makings (a digit, a symbol, both cases, or eight letters at least): "the 25th
      // word thing" names it without giving it.
      if (value.length < 4 || isPlaceholder(value) || (re === EXTRA_WORD && !/[\d\W_]|\p{Lu}[^]*\p{Ll}|\p{Ll}[^]*\p{Lu}|^\p{L}{8,}$/u.test(value))) continue;
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const WALLET_EXTRA_FINDERS: readonly Finder[] = [{ name: 'wallet-extras', find: findWalletExtras, trigger: /word|unlock/i }];
