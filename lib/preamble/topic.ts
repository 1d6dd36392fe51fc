import { stripPreamble } from './delimiters';
import { cleanMemoryText } from './sanitize';
import { SITE_GENERIC_TITLES } from '../sites';

/**
 * What a conversation is about, in the user's words: its title when it has a meaningful one, else the first sentence
 * of the user's first turn that says something (greetings and pleasantries skipped), cut at a word boundary.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title that says nothing of the chat: the sites' placeholders, or only a site's name (as each site declares). */
export const GENERIC_TITLE = new RegExp(
  `^(new chat|new conversation|untitled|chat|conversation|new thread|home|${SITE_GENERIC_TITLES.map(escapeRegExp).join('|')})$`,
  'i',
);
/** A sentence that is only a greeting or pleasantry ("Hi!", "Hello there.", "Thanks!"). */
const PHATIC = /^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings|thanks|thank you|cheers|ok(?:ay)?|sure|great|cool|yes|no|please|quick question|question)(?: there| again| all| everyone| so much)?[\s!.,:;?-]*$/i;
const MAX_TOPIC_WORDS = 16;

export function meaningfulTitle(title: string | undefined | null): string {
  const t = cleanMemoryText(title);
  return t && !GENERIC_TITLE.test(t) ? t : '';
}

/** The first sentence of a user turn that is not a greeting, at most 16 words (cut at a word, with "…"). */
export function topicFromTurn(text: string): string {
  const clean = cleanMemoryText(stripPreamble(text));
  const sentences = clean.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
  let first = sentences.find((s) => !PHATIC.test(s) && s.split(/\s+/).length >= 2) ?? sentences[0] ?? '';
  // "Hi! I'm planning meals…": a leading greeting inside the sentence goes too.
  first = first.replace(/^(?:hi|hello|hey)(?: there)?[,!.\s]+/i, '');
  const words = first.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_TOPIC_WORDS) return words.join(' ');
  return `${words.slice(0, MAX_TOPIC_WORDS).join(' ').replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** A request's subject as a phrase: "Can you help me with a cover letter outline?" → "a cover letter outline". */
export function topicPhrase(text: string): string {
  const t = text
    .replace(/^(?:(?:can|could|would|will) you(?: please)?(?: (?:help me(?: (?:with|to|understand|write|plan|fix|find))?|tell me(?: about)?|explain|show me|give me|write|suggest|recommend))?|(?:please )?help me(?: (?:with|to))?|i need (?:help|advice|ideas) (?:with|on|for)|i(?:'d| would) like (?:help|advice|ideas) (?:with|on|for)|what(?:'s| is| are)(?: the)? (?:best|good)(?: ways? to)?|how (?:do|can|should) i)\s+/i, '')
    .replace(/[?.!]+$/, '')
    .trim();
  return t.split(/\s+/).length >= 2 ? t : text.replace(/[?.!]+$/, '').trim();
}
