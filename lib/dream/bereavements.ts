/**
 * Someone close who died, said by the user: "My wife Pilar died in November", "my dad passed away last year", "we lost
 * Mum in March". Who the user is changes with it (widowed), and the next chat must not treat the person as living:
 * "User's wife is Pilar." read from the same words would say the opposite. A partner's death fills the partner slot,
 * so an earlier "User is married to Pilar." goes to its history.
 */

import { saidAsDone } from './said-as-done';

export interface BereavementFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const RELATIONS: Record<string, string> = {
  wife: 'wife', husband: 'husband', partner: 'partner', fiance: 'fiancé', 'fiancé': 'fiancé', 'fiancée': 'fiancée',
  mum: 'mother', mom: 'mother', mother: 'mother', dad: 'father', father: 'father', brother: 'brother', sister: 'sister',
  son: 'son', daughter: 'daughter', grandma: 'grandmother', grandmother: 'grandmother', nan: 'grandmother', gran: 'grandmother',
  grandpa: 'grandfather', grandfather: 'grandfather', granddad: 'grandfather',
};
const PARTNERS = new Set(['wife', 'husband', 'partner', 'fiancé', 'fiancée']);
const DIED = new RegExp(
  String.raw`\bmy (?:late |beloved |dear )?(wife|husband|partner|fianc[eé]e?|mum|mom|mother|dad|father|brother|sister|son|daughter|grandma|grandmother|nan|gran|grandpa|grandfather|granddad),? (\p{Lu}[\p{L}'’-]+,? )?(?:died|passed away|passed|has died|has passed(?: away)?|was killed|lost (?:her|his) (?:fight|battle))\b((?: (?:in|on|last) (?:\d{4}|\d{1,2}(?:st|nd|rd|th)? \p{L}+(?: \d{4})?|\p{L}+(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{4})?))?)(?=[\s,.;!?]|$)`,
  'iu',
);

export function bereavements(sentence: string): BereavementFact[] {
  const m = DIED.exec(sentence);
  if (!m || !saidAsDone(sentence.slice(0, m.index)) || /\?\s*$/.test(sentence)) return [];
  const rel = RELATIONS[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase();
  // Read case-blind: a name is capitalised as typed, and "who" in "my grandmother, who passed away" is none.
  const said = (m[2] ?? '').replace(/[,\s]+$/, '');
  const name = /^\p{Lu}/u.test(said) && !/^(?:Who|That|Which|Has|Had|Just|Sadly|Recently|Finally)$/.test(said) ? said : '';
  const when = (m[3] ?? '').trim();
  const who = `${rel}${name ? ` ${name}` : ''}`;
  if (PARTNERS.has(rel))
    return [{ kind: 'fact', slot: 'user/family:partner', text: `User is widowed: their ${who} died${when ? ` ${when}` : ''}.`, value: name || rel, importance: 0.9 }];
  return [{ kind: 'fact', slot: `user/family:${rel}:died`, text: `User's ${who} died${when ? ` ${when}` : ''}.`, value: name || rel, importance: 0.85 }];
}
