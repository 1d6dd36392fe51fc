import type { Finder } from './rules';

/**
 * A US routing (ABA) number names a bank branch, not a person: banks print theirs on their websites, and "ABA routing
 * 021000021 — is that the same kind of thing as a sort code?" gives nothing away. Beside an account number it is half
 * of what pays from or into that account (a direct deposit form, a void check), so it is masked only where an account
 * is named near it, and not denied ("no account numbers").
 */
const ACCOUNT_NEAR = /\b(?:account|acct|a\/c|checking|savings|kontonummer|compte|cuenta|conta)\b/gi;
const REACH = 200;

/**
 * A word that denies the account right before it, with two words at most between: "no account numbers", "without
 * the account number", "keine Kontonummer", "sans numéro de compte", "sin número de cuenta", "sem conta": the text
 * says it holds none.
 */
const DENIED =
  /(?<![\p{L}])(?:no|not|without|never|neither|nor|keine?n?|ohne|nicht|sans|pas[ \t]+de|aucun\p{L}*|sin|ning[úu]n\p{L}*|sem|nenhum\p{L}*|senza|nessun\p{L}*|zonder|geen|utan|uden|uten|ingen|bez|ani|без|ни)(?:[ \t]+[\p{L}'’-]{1,20}){0,2}[ \t]+$/iu;

/** Whether an account word stands in the window, one not denied by the words before it. */
function accountNamed(window: string): boolean {
  ACCOUNT_NEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ACCOUNT_NEAR.exec(window)); ) {
    if (!DENIED.test(window.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

export function withAccountNearby(finder: Finder): Finder {
  return {
    name: finder.name,
    find(text) {
      return finder.find(text).filter((s) => accountNamed(text.slice(Math.max(0, s.start - REACH), s.end + REACH)));
    },
  };
}
