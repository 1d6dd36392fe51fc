import { generatedPhrase } from './generated-phrases';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';

/**
 * A value the writer says they set something to, with no password word at all (AK's round): "Hej, Malmo%9873 is what I
 * set it to for Shopify admin", "moghrey mie, walnut saffron marble tulip is what i set it to for bookmyberth",
 * "X is what we changed the router to", "I set it to Kestrel!47 yesterday", "changed the pin to 7731, don't tell". The
 * setting verb is what names a chosen secret; people switching from their own language into English keep this phrase.
 * After a change, "the old one was X" and "the new one is X" name the value the same way.
 *
 * The value is a password's shape beyond doubt (`strongPassword`; letters with digits or symbols; four to ten digits
 * after a PIN's or a code's word), or three to six small words of a generated phrase, perhaps with digits or a symbol
 * after them. Before "is what I set", the value opens its clause (a line's start, a comma, a colon, a dash); a word or
 * a sentence there ("that is what I set it to", "the blue one is what I set it to") has no such shape.
 */

const SETTING = String.raw`(?:set|changed|reset|made|put|picked|chose|switched|updated|typed|entered)`;
/** What was set: "it", or a secret's word with its owner ("the wifi password", "my PIN"), not a label or an option. */
const SECRET_NOUN = String.raw`(?:pass\p{L}*|pw|pwd|pin|code|passcode|combo|combination|key|login|wi-?fi|router|lock|alarm|account)`;
const OBJECT = String.raw`(?:it|them|(?:the|my|our|his|her|their)[ \t]+(?:\p{L}+[ \t]+)?${SECRET_NOUN})`;
const TOKEN = String.raw`[^\s"'“”<>()\[\]\x60]{4,64}`;
const PHRASE = String.raw`[a-z]{3,12}(?:[ \t-][a-z]{3,12}){2,5}(?:[ \t]?\d{1,4})?[!#$%&*@]?`;

/** "X is what I set it to", "X is what we changed the wifi to", "X is what I put as the password". */
const VALUE_IS_WHAT = new RegExp(
  String.raw`(?:^|[,:;—–\n]|[ \t]-)[ \t]*["'“]?(${PHRASE}|${TOKEN}?)["'”]?[ \t]+(?:is|was|'s)[ \t]+what[ \t]+(?:i|we|he|she|they)[ \t]+(?:have[ \t]+|had[ \t]+|just[ \t]+)?${SETTING}(?:[ \t]+${OBJECT})?[ \t]+(?:to|as|for|on|in)(?![\p{L}])`,
  'gimu',
);
/** "I set it to X", "we changed the PIN to 7731", "reset my password to X". */
const SET_TO_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:i|we|i['’]ve|we['’]ve|just|have|has|had)[ \t]+(?:just[ \t]+|have[ \t]+|already[ \t]+)?${SETTING}[ \t]+${OBJECT}[ \t]+to[ \t]+["'“]?(${PHRASE}|${TOKEN})`,
  'giu',
);
/**
 * AN's round: "I set supervisor to X", "I changed the default to X": any one or two words as the thing set, where a
 * password's word stands in the 200 characters before (a BIOS screen's "Supervisor Password", a printer page's "Login
 * Password"); the value must still have a password's or a code's shape (`judge`).
 */
const SET_THING_TO_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:i|we|i['’]ve|we['’]ve)[ \t]+(?:just[ \t]+|have[ \t]+|already[ \t]+)?${SETTING}[ \t]+(?:(?:the|my|our)[ \t]+)?\p{L}{2,20}(?:[ \t]+\p{L}{2,20})?[ \t]+to[ \t]+["'“]?(${TOKEN})`,
  'giu',
);
const PASSWORD_BEFORE = /pass(?:word|wort|wd|code)?|pwd|\bpin\b/i;

/** "the old one was X", "new one is X" after a change: the one replaced or the one in force is the secret's value. */
const OLD_ONE_WAS = new RegExp(
  String.raw`(?<![\p{L}])(?:old|previous|former|new|current)[ \t]+one[ \t]+(?:is|was|['’]s)(?:[ \t]+now)?[ \t]*:?[ \t]+["'“]?(${TOKEN})`,
  'giu',
);
const CODE_OBJECT = /(?<![\p{L}])(?:pin|code|passcode|combo|combination|password|passwort|pw|pwd|passphrase|key)(?![\p{L}])/iu;
/** A quantity, a time, a date or a version after "set it to": a setting's value, not a secret. */
const UNIT_AFTER = /^[ \t]*(?:%|°|degrees?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|px|pt|em|am|pm|gb|mb|kb|fps|hz|khz|mhz|volts?|v|ms|x|times|percent)(?![\p{L}])/iu;

function judge(raw: string, codeWord: boolean): string | null {
  const value = raw.replace(/[.,;:)\]}»”"'’]+$/u, '');
  if (value.length < 4 || /:\/\/|^\/|@[\w-]+\.\p{L}/u.test(value)) return null;
  if (/^\d{4,10}$/.test(value)) return codeWord && !/^(?:19|20)\d\d$/.test(value) ? value : null;
  if (/[ \t-]/.test(value) && /^[a-z]{3,12}(?:[ \t-][a-z]{3,12}){2,5}/.test(value)) {
    const words = value.replace(/[ \t]?\d{1,4}[!#$%&*@]?$|[!#$%&*@]$/, '');
    return generatedPhrase(words.replace(/-/g, ' ')) ? value : null;
  }
  if (/\s/.test(value)) return null;
  if (strongPassword(value)) return value;
  // Letters and digits mixed, or a password's symbol among letters and digits: "4n7EnnA82", "$Mustikka12", "=Ир71".
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  const digits = (value.match(/\d/g) ?? []).length;
  const symbols = (value.match(/[!#$%^&*?~+=@]/g) ?? []).length;
  if (letters >= 2 && digits >= 2 && (symbols >= 1 || /\p{Lu}/u.test(value) || digits + letters >= 8)) return value;
  return null;
}

function findSetToValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/set|chang|made|put|pick|chose|switch|updat|typed|entered|rotat|replac/i.test(text)) return spans;
  VALUE_IS_WHAT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VALUE_IS_WHAT.exec(text)); ) {
    const value = judge(m[1]!, CODE_OBJECT.test(m[0]));
    if (!value) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  SET_TO_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SET_TO_VALUE.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    const value = judge(m[1]!, CODE_OBJECT.test(m[0]));
    if (!value || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  SET_THING_TO_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SET_THING_TO_VALUE.exec(text)); ) {
    if (!PASSWORD_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const value = judge(m[1]!, true);
    if (!value || (/^\d+$/.test(value) && value.length < 6) || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  // Only where the text speaks of a change ("changed after the storm, old one was …").
  if (/chang|reset|rotat|replac|updat/i.test(text)) {
    OLD_ONE_WAS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OLD_ONE_WAS.exec(text)); ) {
      const start = m.index + m[0].length - m[1]!.length;
      const value = judge(m[1]!, false);
      if (value && !/^\d+$/.test(value)) spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const SET_TO_VALUE_FINDERS: readonly Finder[] = [{ name: 'set-to-values', find: findSetToValues }];
