import { BANK_ACCOUNT_FINDER } from './national-ids';
import type { Finder, SecretSpan } from './rules';

/**
 * A sort code (or a BSB, a branch or transit code) given beside the account number it belongs to, named in any
 * language: "cod didoli 40-11-62, rhif cyfrif 41234567", "kod sortowania 20-00-00 i numer konta 55779911", "Sort
 * Code: 30-90-89 · Account: 12345678". The sort code's name varies by language and by bank, but the pair does not:
 * six digits grouped 2-2-2 (or 3-3) in the same sentence as an account number the bank-account rule takes (an
 * account word, then its number, with bank words around). Together they pay from or into the account, so both are
 * masked. Alone, a sort code names a branch and stays (`national-ids.ts` masks one named in English or as a BSB
 * only beside an account too). A date written 2-2-2 is left where a date's word stands right before it, and so is a phone, room or order number.
 */
const SORT_CODE = /(?<![\d-])(?:\d{2}-\d{2}-\d{2}|\d{3}-\d{3})(?![\d-]|[.,]\d)/g;
const DATE_BEFORE = /(?<![\p{L}])(?:date[ds]?|dated|on|am|le|el|il|den|datum|fecha|data|dyddiad|d[áa]tum|дата|tarih\p{L}*|born|geboren|n[ée]e?|expir\p{L}*|valid|exp|tel|phone|call|ring|fax|mobile|ext|room|flat|unit|order|invoice|ref)[ \t.:#]*$/iu;
/** How far the account may stand from the sort code, in the same line and sentence. */
const REACH = 90;

function findSortCodesBesideAccounts(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SORT_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SORT_CODE.exec(text)); ) {
    if (DATE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (/^(\d)(?:\1|-)+$/.test(m[0])) continue;
    // The sentence around the code, on its line.
    let from = Math.max(0, m.index - REACH);
    let to = Math.min(text.length, m.index + m[0].length + REACH);
    const before = text.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?](?=\s[^.!?]*$)/));
    if (cut >= 0) from += cut + 1;
    const after = text.slice(m.index + m[0].length, to);
    const stop = after.search(/\n|[.!?](?:\s|$)/);
    if (stop >= 0) to = m.index + m[0].length + stop;
    // The account in that sentence; the bank words its rule asks for may stand in the sentences before.
    const wide = Math.max(0, from - 160);
    if (!BANK_ACCOUNT_FINDER.find(text.slice(wide, to)).some((s) => s.start >= from - wide)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'bank account' });
  }
  return spans;
}

export const SORT_CODE_BESIDE_ACCOUNT_FINDERS: readonly Finder[] = [{ name: 'sort-code-beside-account', find: findSortCodesBesideAccounts }];
