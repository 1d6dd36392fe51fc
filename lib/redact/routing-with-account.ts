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

/**
 * The account given, not only named: its number word or a colon after the account word ("account number", "acct #",
 * "Kontonummer", "compte :"), or another run of digits in the window. "Wire it to our school's Bank of America
 * account — ABA routing 026009593 or the SWIFT code?" names where money goes, and gives no account away.
 */
const ACCOUNT_GIVEN = /^(?:nummer|[ \t]*(?:number|no\b|nr\b|num|#|n[úuº°]|:|：))/i;
const OTHER_DIGITS = /\d{4,}/g;

/** Whether an account word stands in the window, one not denied by the words before it, and the account is given. */
function accountNamed(window: string, routing: string): boolean {
  ACCOUNT_NEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ACCOUNT_NEAR.exec(window)); ) {
    if (DENIED.test(window.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (ACCOUNT_GIVEN.test(window.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
    OTHER_DIGITS.lastIndex = 0;
    for (let d: RegExpExecArray | null; (d = OTHER_DIGITS.exec(window)); ) if (d[0] !== routing) return true;
    return false;
  }
  return false;
}

export function withAccountNearby(finder: Finder): Finder {
  return {
    name: finder.name,
    find(text) {
      return finder.find(text).filter((s) => accountNamed(text.slice(Math.max(0, s.start - REACH), s.end + REACH), text.slice(s.start, s.end)));
    },
  };
}
