import type { Finder, SecretSpan } from './rules';
import { looksLikePassword } from './values';

/**
 * BA's round: a text expander's snippet that types a password (espanso's match file: `- trigger: ":wifi"` over
 * `replace: "sumacLupin064"`): people keep logins there to type them anywhere. A snippet is read only in a file of
 * triggers, and only one word of a password's shape; a signature, an address or a sentence has spaces or line breaks.
 */
const TRIGGER_THEN_REPLACE = /^[ \t]*-?[ \t]*trigger:[ \t]*["']?[^\s"']{1,40}["']?[ \t]*\r?\n[ \t]*replace:[ \t]*(["']?)([^\s"'\\]{6,64})\1[ \t]*$/dgm;

function findTextExpanderSnippets(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  TRIGGER_THEN_REPLACE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TRIGGER_THEN_REPLACE.exec(text)); ) {
    const value = m[2]!;
    // Letters with digits or in mixed case: a date, a version, a number or a plain word is some other snippet.
    if (/^v?\d+(?:\.\d+)+/.test(value) || !/\p{L}/u.test(value) || !/\d|\p{Ll}\p{Lu}/u.test(value) || !looksLikePassword(value, { quoted: m[1] !== '', strict: true })) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const TEXT_EXPANDER_SNIPPET_FINDERS: readonly Finder[] = [{ name: 'text-expander-snippets', find: findTextExpanderSnippets, trigger: /trigger:/ }];
