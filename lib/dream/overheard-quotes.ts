/**
 * Someone else's words quoted without a verb of saying before them: what the user overheard ("overheard at dinner, my
 * sister-in-law: 'I'm deathly allergic to cats'", "heard at the till today: 'I've lived in Tacoma three years'") or
 * what a relative said, written as a script's line ("my mum: 'you should have been a nurse'"). They are the speaker's
 * facts, never the user's: the quotation is left out of what the rules read, as a quotation after "said" is.
 */

import { KIN_WORDS } from './kin-words';

/** A relative or someone the user knows, named as the speaker of a line ("my sister-in-law Daria:", "my boss:"). */
const SPEAKER =
  String.raw`my (?:(?:little|big|older|younger|best|new|old) )?(?:${KIN_WORDS}|roommate|flatmate|neighbou?r|boss|manager|coworker|co-worker|colleague|doctor|pharmacist|customer|client|landlord|landlady|teacher)(?: \p{Lu}[\p{L}'’-]+)?`;
/** The opening quote, then the words up to the closing quote that a space, a stop or the end follows. */
const QUOTATION = String.raw`(['‘"“])[^\n]{2,400}?['’"”](?=[\s.,;:!?)]|$)`;
/**
 * "overheard…:" or "heard…," and up to eighty characters of where and from whom, then the quotation; or a speaker
 * named as a relative or acquaintance, a colon, then the quotation.
 */
const OVERHEARD_QUOTE = new RegExp(
  String.raw`(\b(?:overheard|overhearing|overhear|eavesdropped|heard)\b[^'‘"“\n]{0,80}?[:,]\s*|(?:^|[\s(,;])${SPEAKER}:\s*)${QUOTATION}`,
  'giu',
);

/** The text with quotations the user overheard, or that a named relative said, as "…". */
export function withOverheardQuotesOut(text: string): string {
  return text.replace(OVERHEARD_QUOTE, (_all, lead: string) => `${lead}…`);
}
