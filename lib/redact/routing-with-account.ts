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
/**
 * BR's round: the account's own digits stand in the account word's sentence, close to it ("account 55779911", "my
 * 55779911 account"). Any run of digits in the window made "Sort code is 40-11-62 for the standing order (account
 * details in person)" an account's, read with an invoice, a phone or an order number two sentences off.
 */
const DIGITS_AFTER = 60;
/** The account's digits after its name, in its sentence (an abbreviation's stop, "no.", taken out first). */
const ACCOUNT_DIGITS_AFTER = /^[^.!?]*?\d{4,}/;
const NUMBER_WORD_STOP = /^[ \t]*(?:number|no|nr|num|n[úuº°])\./i;
const DIGITS_BEFORE = 40;
const SENTENCE_BREAK = /\n|[.!?](?:\s|$)/;

/**
 * BZ's round: the account's last four digits alone ("the account ends in 2973", "ending 2973", "last four 2973",
 * "****2973"), as an invoice or a receipt prints them: they open nothing and give no account away.
 */
const LAST_FOUR_BEFORE = /(?:(?<![\p{L}])(?:ends?|ending)(?:[ \t]+(?:in|with))?|(?<![\p{L}])last[ \t]+(?:four|4)(?:[ \t]+digits)?(?:[ \t]+(?:are|is))?[ \t]*:?|[*•xX]{2,})[ \t]*$/iu;

function digitsBesideAccount(window: string, word: RegExpExecArray, routing: string): boolean {
  let after = window.slice(word.index + word[0].length, word.index + word[0].length + DIGITS_AFTER);
  const stop = after.search(SENTENCE_BREAK);
  if (stop >= 0) after = after.slice(0, stop);
  let before = window.slice(Math.max(0, word.index - DIGITS_BEFORE), word.index);
  const breaks = before.split(SENTENCE_BREAK);
  before = breaks[breaks.length - 1]!;
  for (const part of [before, after]) {
    OTHER_DIGITS.lastIndex = 0;
    for (let d: RegExpExecArray | null; (d = OTHER_DIGITS.exec(part)); ) {
      if (d[0] === routing || (d[0].length === 4 && LAST_FOUR_BEFORE.test(part.slice(Math.max(0, d.index - 30), d.index)))) continue;
      return true;
    }
  }
  return false;
}

/**
 * BR's round: an account in another sentence than the routing or sort code is the bank account's where its sentence or
 * line opens with it, an article, a possessive or a bank's qualifier at most before it ("Sort code 20-00-00. Account
 * number 55779911.", a form's "Account: …" line); "The alarm company account number is …" two sentences on is that
 * company's customer number.
 */
const OPENS_ITS_SENTENCE =
  /(?:^|\n|[.!?][ \t]+)[ \t]*(?:[-*•][ \t]*)?(?:(?:the|my|our|your|his|her|their|and|bank|current|savings|checking|business|joint|personal|main)[ \t]+){0,2}$/i;

/** Whether an account word stands in the window, one not denied by the words before it, and the account is given. */
function accountNamed(window: string, at: number, routing: string): boolean {
  ACCOUNT_NEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ACCOUNT_NEAR.exec(window)); ) {
    if (DENIED.test(window.slice(Math.max(0, m.index - 40), m.index))) continue;
    const lo = Math.min(at, m.index);
    const hi = Math.max(at, m.index);
    const sameSentence = !SENTENCE_BREAK.test(window.slice(lo, hi).replace(/\b(?:no|nr|num|acct)\./gi, ''));
    if (!sameSentence && !OPENS_ITS_SENTENCE.test(window.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "account number" or "account:" with its number after it, on the next line maybe (a form's layout); "(account
    // number by phone)" gives none.
    const after = m.index + m[0].length;
    if (ACCOUNT_GIVEN.test(window.slice(after, after + 12)) && ACCOUNT_DIGITS_AFTER.test(window.slice(after, after + DIGITS_AFTER).replace(NUMBER_WORD_STOP, ''))) return true;
    if (digitsBesideAccount(window, m, routing)) return true;
  }
  return false;
}

export function withAccountNearby(finder: Finder): Finder {
  return {
    name: finder.name,
    find(text) {
      return finder.find(text).filter((s) => accountNamed(text.slice(Math.max(0, s.start - REACH), s.end + REACH), s.start - Math.max(0, s.start - REACH), text.slice(s.start, s.end)));
    },
  };
}
