import { DATA_KEY } from './labelled';
import { NOT_THE_PASSWORD } from './password-colon';
import { NOT_A_CREDENTIAL_LINE, regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, isPlaceholder, looksLikeRandomToken } from './values';

/**
 * A token or key named in a sentence and given later on its line, where the prose rules' value shapes stop:
 * - after a clause and a colon, a value of a password's alphabet, symbols and all ("OCI auth token for OCIR (generated
 *   yesterday): >YVx…"): providers generate tokens with brackets, colons and quotes in them, which the token shapes
 *   of `labelled.ts` leave out. Such a value must hold capitals, small letters, digits and two symbols, and end its
 *   line or be followed by a space.
 * - after "new value", "value" or "is now", a random token ("the scanner API key rotated on Monday, new value …").
 * - AV's round: after what it is for, a random token of 24 characters or more that ends the line ("here is the Okta
 *   API token for the booking engine 00Qz…"): the clause names the token, and nothing else it could name is so random.
 * What the noun names must be a secret (`classifyKey`; not a key of data, `DATA_KEY`: a primary, sort or message key), and a line that speaks of
 * hashes or ids is not read.
 */

const NOUN_THEN_VALUE =
  /(?<![\p{L}\p{N}_])(token|key|secret)(?![\p{L}\p{N}_])(?:[^\n:=]{0,60}?[:：][ \t]+(\S{12,128})(?=[ \t]|\r?$)|[^\n]{0,60}?(?<![\p{L}])(?:new[ \t]+value|value|is[ \t]+now)[ \t]*:?[ \t]+([A-Za-z0-9_\-.+/=~]{20,512})(?![A-Za-z0-9_\-+/=~])|[^\n:=]{0,40}?(?<![\p{L}])for[ \t]+[^\n:=]{1,50}?[ \t]([A-Za-z0-9_\-+/=~]{24,512})(?=[ \t]*\.?[ \t]*\r?$))/dgimu;

/** A generated password-like token: capitals, small letters, digits and at least two symbols; no link, path or name. */
function symbolToken(value: string): boolean {
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value)) return false;
  if ((value.match(/[^A-Za-z0-9]/g) ?? []).length < 2) return false;
  return !/:\/\/|^[/~$%@]|\w\.\w+\.\w|^\w+\(|[\p{L}]{5,}[ ._-][\p{L}]{5,}/u.test(value) && !REGEX_SHAPE.test(value) && !isPlaceholder(value);
}

/** A regular expression, not a token: a class with a range, a counted repeat, an escape class, a group, anchors. */
const REGEX_SHAPE = /\[[^\]]*\w-\w[^\]]*\]|\{\d+(?:,\d*)?\}|\\[dwsbDWS]|\(\?|^\^.*\$$/;

/** Where the line holding `at` starts, looked for within 200 characters (not back to the text's start per match). */
function lineStartNear(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 200), at);
  return at - before.length + before.lastIndexOf('\n') + 1;
}

/** The noun with up to two words before it on its line: "OCI auth token", "the scanner API key". */
function nounPhrase(text: string, at: number, noun: string): string {
  const lineStart = lineStartNear(text, at);
  const before = text.slice(Math.max(lineStart, at - 60), at).match(/(?:[\p{L}\p{N}_-]+[ \t]+){0,2}$/u)?.[0] ?? '';
  return `${before}${noun}`.trim();
}

const TOKEN_AFTER_CLAUSE: RegexRule = {
  name: 'token-after-clause',
  pattern: NOUN_THEN_VALUE,
  judge(m, text) {
    const phrase = nounPhrase(text, m.index, m[1]!);
    if (classifyKey(phrase) !== 'secret' || (/^key$/i.test(m[1]!) && DATA_KEY.test(phrase))) return null;
    const lineStart = lineStartNear(text, m.index);
    if (NOT_A_CREDENTIAL_LINE.test(text.slice(lineStart, m.index + m[0].length))) return null;
    const group = m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    const value = m[group]!;
    if (group === 2 ? !symbolToken(value) : !looksLikeRandomToken(value)) return null;
    // "regex for Stripe secret keys: …", "the token format: …": the colon gives a pattern or an example.
    if (group === 2 && NOT_THE_PASSWORD.test(text.slice(lineStart, m.indices![2]![0]))) return null;
    const start = m.indices![group]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
  resumeAfterReject: (m) => m.index + m[1]!.length,
};

/**
 * A token or key given in apposition, after a comma right behind its noun: "They gave me an app token, a46d… — do I
 * send it as …", "my personal access key, 9f2c…, stopped working". The noun phrase must name a secret (`classifyKey`),
 * the value be random (`looksLikeRandomToken`) and end where the clause does (a dash, a comma, a stop, a bracket).
 */
const NOUN_COMMA_VALUE =
  /(?<![\p{L}\p{N}_])(token|key|secret)[ \t]*,[ \t]+[`'"]?([A-Za-z0-9_\-.+/=~]{20,256}?)[`'"]?(?=[ \t]*(?:[—–,;)]|[.!?](?:\s|$)|\r?$|[ \t]+-[ \t]))/dgimu;

const TOKEN_IN_APPOSITION: RegexRule = {
  name: 'token-in-apposition',
  pattern: NOUN_COMMA_VALUE,
  judge(m, text) {
    const phrase = nounPhrase(text, m.index, m[1]!);
    if (classifyKey(phrase) !== 'secret' || (/^key$/i.test(m[1]!) && DATA_KEY.test(phrase))) return null;
    const lineStart = lineStartNear(text, m.index);
    if (NOT_A_CREDENTIAL_LINE.test(text.slice(lineStart, m.index + m[0].length))) return null;
    const value = m[2]!;
    if (!looksLikeRandomToken(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'api key' };
  },
  resumeAfterReject: (m) => m.index + m[1]!.length,
};

export const TOKEN_AFTER_CLAUSE_FINDERS: readonly Finder[] = [regexFinder(TOKEN_AFTER_CLAUSE), regexFinder(TOKEN_IN_APPOSITION)];
