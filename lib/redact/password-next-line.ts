import { EN_LABEL, FOREIGN_LABEL, passwordWordStarts } from './passwords';
import { NOT_THE_PASSWORD, strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { trimTrailingPunctuation } from './values';

/**
 * A password that a line says was reset, changed or generated, given on the next line after a short label and a
 * colon: "Password for the [elastic] user successfully reset.\nNew value: …" (Elasticsearch's reset tool), "Passwort
 * wurde geändert.\nNeuer Wert: …". The label of the value says nothing of a password; the line above does. The value
 * must be a password beyond doubt (`strongPassword`), and a label naming a user, host or other field is not read.
 */

const LABEL = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${EN_LABEL}|${FOREIGN_LABEL})(?![\\p{L}\\p{N}_])`, 'iuy');

/** Words that say the line above gives a new password. */
const NEW_PASSWORD_TALK =
  /\b(?:reset|changed|generated|created|set|updated|rotated|new|zurückgesetzt|geändert|erstellt|generiert|neu\w*|gewijzigd|gereset|nieuw\w*|réinitialisé\w*|modifié\w*|nouveau|nouvelle|restablecid\w*|cambiad\w*|nuev\w*|redefinid\w*|alterad\w*|nov\w*|reimpostat\w*|cambiat\w*|nuov\w*)\b/iu;

/** The next line: one to three words, a colon, one token to the end of the line. */
const NEXT_LINE = /^[ \t]*([\p{L}][\p{L}\p{N} ._-]{0,30}?)[ \t]*[:：][ \t]+(\S{6,64})[ \t]*\r?$/u;

/** Labels of other fields. */
const OTHER_FIELD = /(?<!\p{L})(?:user\w*|login|e-?mail|host\w*|name|benutzer\w*|gebruiker\w*|utilisateur|usuario|url|server|account|konto|id)(?!\p{L})/iu;

function findPasswordNextLine(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // The label is tried only where a password word begins (`PASSWORD_LABEL_ANCHORS`): its Unicode look-arounds, tried at
  // every character of a long text, cost more than the rest of the rule.
  // (Their places are found once per text for the rules that share them: `passwordWordStarts`.)
  let from = 0;
  for (const at of passwordWordStarts(text)) {
    if (at < from) continue;
    LABEL.lastIndex = at;
    const m = LABEL.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    from = m.index + m[0].length;
    // Line ends are looked for within 300 characters: a search to the text's ends per label would be quadratic.
    const after = text.slice(m.index, m.index + 300);
    if (!after.includes('\n')) continue;
    const lineEnd = m.index + after.indexOf('\n');
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    if (!before.includes('\n') && m.index > 300) continue;
    const lineStart = m.index - before.length + before.lastIndexOf('\n') + 1;
    from = lineEnd;
    if (!NEW_PASSWORD_TALK.test(text.slice(lineStart, lineEnd))) continue;
    const below = text.slice(lineEnd + 1, lineEnd + 122);
    const nextEnd = below.includes('\n') ? lineEnd + 1 + below.indexOf('\n') : lineEnd + 1 + below.length;
    if (!below.includes('\n') && lineEnd + 122 < text.length) continue;
    const next = NEXT_LINE.exec(text.slice(lineEnd + 1, nextEnd));
    if (!next || OTHER_FIELD.test(next[1]!) || NOT_THE_PASSWORD.test(next[1]!)) continue;
    const value = trimTrailingPunctuation(next[2]!);
    if (!strongPassword(value)) continue;
    const start = lineEnd + 1 + next[0].lastIndexOf(next[2]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const PASSWORD_NEXT_LINE_FINDERS: readonly Finder[] = [{ name: 'password-next-line', find: findPasswordNextLine }];
