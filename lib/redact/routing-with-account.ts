import type { Finder } from './rules';

/**
 * A US routing (ABA) number names a bank branch, not a person: banks print theirs on their websites, and "ABA routing
 * 021000021 — is that the same kind of thing as a sort code?" gives nothing away. Beside an account number it is half
 * of what pays from or into that account (a direct deposit form, a void check), so it is masked only where an account
 * is named near it.
 */
const ACCOUNT_NEAR = /\b(?:account|acct|a\/c|checking|savings|kontonummer|compte|cuenta|conta)\b/i;
const REACH = 200;

export function withAccountNearby(finder: Finder): Finder {
  return {
    name: finder.name,
    find(text) {
      return finder
        .find(text)
        .filter((s) => ACCOUNT_NEAR.test(text.slice(Math.max(0, s.start - REACH), s.end + REACH)));
    },
  };
}
