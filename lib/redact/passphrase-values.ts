import { factored, fastAnchors, fastScan } from './fast-anchors';
import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';

/**
 * A password whose shape the token rules cannot see, right after a password word in any language (the shared list
 * of password-word-near-value.ts, some hundred languages): a passphrase of words with spaces and digits at the end
 * ("lantern trowel 437", "Tundra chisel saffron38", "пароль Fennel kettle cinder69"), four or more small words joined
 * by hyphens or dots without a digit ("geslo saffron-thimble-fennel-bramble"), or a long run of digits ("lea fufū
 * 345746809"). The value follows the word, its colon or its verb for "is" in the many languages' short forms; it is
 * taken whole, so that a rule that reads one word does not leave the rest of the phrase shown. A rule, a list of bad
 * examples, an error or a count keeps it ("must be 12 characters", "never use these passwords: …, …").
 */
const ANCHORS = fastScan(fastAnchors(new RegExp(PASSWORD_WORDS.source, 'giu')));

/**
 * A word of the phrase: letters only, three to twelve of them, lower case after an optional capital. A number apart
 * after the words has three digits or more: a rule's "vsaj 12", "at least 8" or "farafahakeliny 10" has one or two.
 */
const W = String.raw`\p{L}\p{Ll}{2,11}`;
/** With spaces, ASCII letters only, as generators make them: in other scripts such words are the sentence's ("της πόρτας είναι 4471"). */
const SPACED = new RegExp(String.raw`^[A-Za-z][a-z]{2,11}(?:[ \t][a-z]{3,12}){1,3}(?:[ \t]\d{3,6}|\d{1,4})[!?#@*$%&]?(?![\p{L}\p{N}@:/_-])`, 'u');
const JOINED = new RegExp(String.raw`^${W}(?:([-.])\p{Ll}{3,12})(?:\1\p{Ll}{3,12}){2,5}(?:\1?\d{1,4})?[!?#@*$%&]?(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])`, 'u');
/**
 * Letters in random case, as a meeting's passcode is made ("miFPom", "ocWxswkv"): a capital after the first letter, a
 * small letter, the word ended. Only after "passcode": after "password" a camel-cased type or name is as likely
 * ("password: SecretStr = Field(…)").
 */
const RANDOM_CASE = /^(?=\p{L}{1,15}\p{Lu})(?=\p{L}*\p{Ll})\p{L}(?=\p{L}*\p{Lu})\p{L}{5,15}(?=$|[\s,;)"'”»]|[.!?](?:\s|$))/u;
/** Two words joined by a dot with digits after: "Nluy.kettle85?", "Mdud.lagoon77!" (a dotted user name has no digits after a word). */
const DOTTED = /^\p{L}\p{Ll}{2,11}\.\p{Ll}{3,12}\d{1,4}[!?#@*$%&]?(?![\p{L}\p{N}@:/_-]|\.[\p{L}\p{N}])/u;
/** Three or four small words and digits run on, anywhere in the word's sentence when quoted ("it shows \"Fennel marlin thimble39\""). */
const QUOTED_PHRASE = /["'“«]([\p{Lu}\p{Ll}]\p{Ll}{2,11}(?:[ \t]\p{Ll}{3,12}){2,3}\d{1,4}[!?#@*$%&]?)["'”»]/u;
const DIGITS = /^\d{6,12}(?![\p{L}\p{N}@:/_-]|[.,]\d)/u;

/**
 * What may stand between the word and its value: a suffix, a colon or dash, a short clause and a colon ("Пароль от
 * кассы театра: …", "password for the box office: …"), a verb for "is" in many languages.
 */
const BETWEEN =
  /^(?:\p{L}{0,3})?(?:[ \t]+[^\n:：=.!?;,"'“«]{1,40}?[ \t]*[:：][ \t]*|[ \t]+[^\n:：=.!?;,"'“«]{1,40}?[ \t]+(?:is|es|est|ist|é|è|är|er|era|was|c['’]est)[ \t]+|[ \t]*(?:[:=：\-–—][ \t]*)?)(?:(?:is|ist|es|est|é|è|är|er|on|jest|je|ye|hai|ni|dia|eo|mooy|la[ \t]+se|se|ko|ko[ \t]+e|waa|ngu|ndi|ni|iko|yw|huwa|hija|ir|yra|van|это|е|є|бол|dır|dir|dur|är|era|was|será)[ \t]+)?["'“«]?/iu;

/** A word in the phrase that makes it a sentence about the password rather than the password. */
const PROSE_WORD = factored(
  /(?<![\p{L}])(?:the|for|and|with|from|after|before|every|expires?|expired|must|should|least|most|have|has|had|are|were|was|will|can|not|days?|hours?|minutes?|weeks?|months?|years?|times?|characters?|chars|digits?|letters?|symbols?|long|length|version|since|until|only|new|old|reset|change[ds]?|changed|update[ds]?|again|attempts?|tries|left|per|than|more|less|über|mindestens|jours|días|dias|giorni|tagen?|dagen|zeichen|caract\p{L}*|символ\p{L}*|дн\p{L}*|раз)(?![\p{L}])/iu,
);

const EXAMPLE_OR_RULE = /(?<![\p{L}])(?:like|such as|e\.g|example\p{L}*|must|should|at least|never|avoid|policy|rules?|format|error\p{L}*)(?![\p{L}])/iu;

const CLAUSE_END = /^(?:[ \t]*(?:$|[\n.,;:!?)"'”»。،؟።|])|[ \t]+(?:[-–—]|y|and|und|et|e|i|og|och|en|ve|na|dan|lan|ug)[ \t])/u;

/** A list after the value: "…, Summer2024, Welcome1": bad examples or a rule's, not one password given. */
const LIST_AFTER = /^[ \t]*[,;،][ \t]*[^\s,;]{3,}[ \t]*[,;،]/u;
const SENTENCE_END = /[.!?]\s|[\n。！？؟።။]/;

function valueAfter(text: string, from: number, login: boolean, passcode: boolean): { start: number; end: number } | null {
  const head = text.slice(from, from + 80);
  const between = BETWEEN.exec(head);
  const at = between ? between[0].length : 0;
  const rest = head.slice(at);
  const m = SPACED.exec(rest) ?? JOINED.exec(rest) ?? DOTTED.exec(rest) ?? (login ? null : DIGITS.exec(rest)) ?? (passcode ? RANDOM_CASE.exec(rest) : null);
  if (!m) return null;
  const value = m[0];
  // Words with spaces end their clause: a stop, a comma, a quote, a line's end or an "and" ("… 801 y el candado"), where a
  // sentence about the password goes on ("deve essere cambiata ogni 90 giorni", "holds 312 shared passwords").
  if (/[ \t]/.test(value) && (PROSE_WORD.test(value) || !CLAUSE_END.test(rest.slice(value.length)))) return null;
  if (LIST_AFTER.test(rest.slice(value.length))) return null;
  return { start: from + at, end: from + at + value.length };
}

function quotedInSentence(text: string, from: number): { start: number; end: number } | null {
  let window = text.slice(from, from + 120);
  const stop = SENTENCE_END.exec(window);
  if (stop) window = window.slice(0, stop.index + 1);
  const q = QUOTED_PHRASE.exec(window);
  if (!q || PROSE_WORD.test(q[1]!)) return null;
  return { start: from + q.index + 1, end: from + q.index + 1 + q[1]!.length };
}

function findPassphraseValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Every shape holds a digit, a hyphen between small letters or a capital after a small letter: a text with none
  // of them passes at once.
  if (!/\d|\p{Ll}-\p{Ll}|\p{Ll}\p{Lu}/u.test(text)) return spans;
  const anchors = ANCHORS;
  anchors.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = anchors.exec(text)); ) {
    const from = a.index + a[0].length;
    if (from < after) continue;
    // Inside a longer word of the Arabic script, or an English plural: "passwords: a, b, c" is a list.
    // Arabic's "and", "with" and "for" are written on the word ("وكلمة السر"): a word after one of them stands alone.
    const prev = text[a.index - 1] ?? '';
    const clitic = /[وبل]/.test(prev) && !/[\u0600-\u06FF]/.test(text[a.index - 2] ?? '');
    if (/[\u0600-\u06FF]/.test(a[0][0]!) && /[\u0600-\u06FF]/.test(prev) && !clitic) continue;
    if (/^[sS]\b/.test(text.slice(from, from + 2)) && /[a-z]$/i.test(a[0])) continue;
    const direct = valueAfter(text, from, /^log/i.test(a[0]), /^passcode$/i.test(a[0]));
    const found = direct ?? quotedInSentence(text, from);
    if (!found) continue;
    // The words of its own clause before the word, on its line: "a password like …", "never use these passwords"; not
    // a heading's "Our notice says:" before the clause. Read from a short slice: a search for the line's start in the
    // whole text would read back through a long text without line breaks from every word.
    let lead = text.slice(Math.max(0, a.index - 60), a.index);
    lead = lead.slice(lead.lastIndexOf('\n') + 1);
    // What a screen or a note "says" or "shows" before the word describes it, and bars nothing here.
    lead = lead.slice(lead.search(/[^.!?:,;]*$/)).replace(/(?<![\p{L}])(?:says|shows?|said)(?![\p{L}])/giu, '');
    if (NOT_THE_PASSWORD.test(lead) || /(?<![\p{L}])(?:never|don['’]?t|avoid|weak|common|worst|bad|banned)(?![\p{L}])/iu.test(lead)) continue;
    const between = text.slice(from, found.start);
    // A quoted phrase further on may follow what a screen "shows" or "says"; a rule's or an example's words still bar it.
    if (SENTENCE_END.test(between) || (direct ? NOT_THE_PASSWORD : EXAMPLE_OR_RULE).test(between)) continue;
    spans.push({ ...found, label: 'password' });
    after = found.end;
  }
  return spans;
}

export const PASSPHRASE_VALUE_FINDERS: readonly Finder[] = [{ name: 'passphrase-values', find: findPassphraseValues }];
