import { OTHER_KIND } from './codes-said-in-prose';
import { strongPassword } from './password-colon';
import { PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { isMarker, looksLikeRandomToken, trimTrailingPunctuation } from './values';

/**
 * Passwords and codes said in a chat's loose words (AJ's round: some twenty such lines were left), three shapes:
 *
 * - the secret's word, perhaps what it is for, then "is" and the value: "the pw is 1876", "the code for the kennel
 *   cameras is K1ln!41", "the pasword for student portal is C6222", "the scanner workstation password is 하늘-37",
 *   "route plannerのpassは باران_82"; the verb in the languages people chat in ("ist", "est", "es", "é", "är", "er",
 *   "on", "是", "は", "là", "adalah" …);
 * - a login asked of someone with the value after "it's": "can u log into X for me its Brioche324!", "entra no X, é …";
 * - a password to be changed, typed or tried, named by its verb: "remind me to change Amstel9372+ on the TuneLog",
 *   "i typed M3rl1n%51 like 5 times into KilnLink"; and keys pasted or leaked: "pasted the keys A; B into the chat".
 *
 * The value must be a password's or a keypad's: four to twelve digits (never a year), letters of any script with
 * digits or a symbol, a capital and digits. A code of another kind in the words between (an error's, an order's, a
 * postcode: `OTHER_KIND`), or a number of a count ("is 4 digits"), gives nothing.
 */

const WORD = String.raw`(?:${PASSWORD_WORDS.source}|pasword|paswd|passwrd|pswd|pw|code|pin|passcode|combo|combination)`;
const COPULA = String.raw`(?:is|was|=|ist|war|est|était|es|era|é|è|er|var|är|on|jest|je|adalah|ialah|là|คือ|是|は|が|हैः?|है)`;
const VALUE = String.raw`([^\s"'“”<>()，。、]{4,40})`;

const WORD_THEN_IS = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}_])(${WORD})((?:[ \t]+(?:for|to|of|on|at|für|pour|para|per|voor|för|na|do|da|de|del|des|du)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,5}?)?)[ \t]*${COPULA}[ \t]*${VALUE}`,
  'giu',
);
const LOGIN_ITS = new RegExp(
  String.raw`(?<![\p{L}])log(?:ged)?[ \t]?in(?:to)?[ \t]+((?:[\p{L}\p{N}'’-]+[ \t]+){1,6}?)(?:for[ \t]+(?:me|us)[ \t]+)?(?:it['’]?s|it[ \t]+is|with|using)[ \t]+${VALUE}`,
  'giu',
);
const VERB_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:change|changed|reset|typed|type|tried|entered|enter|ändern|geändert|changer|cambiar|mudar|cambiare|wijzigen)[ \t]+${VALUE}[ \t]+(?:on|for|in|into|like|auf|für|sur|pour|en|no|na|su|op)[ \t]`,
  'dgiu',
);

/** A key or a password pasted, posted or leaked, then the values ("pasted the keys A; B straight into the chat"). */
const LEAKED = new RegExp(
  String.raw`(?<![\p{L}])(?:pasted|posted|shared|leaked|sent|exposed|committed|pushed|copied)[ \t]+(?:(?:the|my|our|a|an|his|her|their|both)[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:keys?|tokens?|passwords?|secrets?|credentials|creds)[ \t]+([^\s;,"'<>()]{8,200}(?:(?:[;,][ \t]*|[ \t]+and[ \t]+)[^\s;,"'<>()]{8,200}){0,3})`,
  'giu',
);

/**
 * AT's round: a value followed by "same user as …" (or "same username", "same login", "usual user"): the account is
 * the one the reader knows, so the value given is its password ("club portal Fjord22! same user as last year", "wifi
 * admin page: Tern-hollow-5, same username as before"). It must hold a letter and a digit, or a symbol.
 */
const SAME_USER_AFTER =
  /(?<![^\s"'“(:])([^\s"'“”<>()]{6,40})[ \t]*[,;(—–-]?[ \t]+(?:(?:the|my)[ \t]+)?(?:same|usual|old)[ \t]+(?:user(?:[ \t-]?name)?|login|e-?mail|account)(?![\p{L}])/giu;

const DIGITS = /^[*#]?\d{4,12}[*#]?$|^[A-Z]\d{3,10}$|^\d{3,10}[A-Z]$/u;
/** Letters of any script with digits or a symbol: "하늘-37", "باران_82", "K1ln!41". */
const MIXED = /^(?=.*\p{L})(?=.*\d)[\p{L}\p{M}\p{N}!#$%^&*?~+=@_.-]{4,40}$/u;

function judge(raw: string, strict: boolean): string | null {
  const value = trimTrailingPunctuation(raw.replace(/[?]+$/, (q) => (strict ? '' : q)));
  if (isMarker(value) || /^(?:19[5-9]\d|20[0-4]\d)$/.test(value) || /:\/\/|\/|@[\w-]+\.\p{L}/u.test(value)) return null;
  if (DIGITS.test(value)) return strict ? null : value;
  if (strongPassword(value)) return value;
  // Another script's letters with digits: the Latin-only shape tests do not read them.
  // A number then another script's word is a quantity and its unit ("12文字以上", "8자리"), not a password.
  if (!strict && MIXED.test(value) && /[^\p{Script=Latin}\p{N}\p{P}\p{S}]/u.test(value) && !/^\d/.test(value)) return value;
  // A capital word and digits with a symbol at the end, the commonest chosen password ("Tannheim45?").
  if (/^\p{Lu}\p{Ll}{3,}\d{2,6}[!?#$%&*+=@]?$/u.test(raw) || (!strict && /^\p{Lu}?\p{Ll}{2,}\d{2,6}$/u.test(value) && value.length >= 6)) return raw.replace(/[.,;]$/, '');
  return null;
}

const COUNT_AFTER = /^[ \t]*(?:digits?|characters?|chars?|letters?|long|times|tries|attempts?|steps?|points?|pieces?|units?|ziffern|zeichen|chiffres|caract\p{L}*|d[íi]gitos|cifre)(?![\p{L}])/iu;

function push(spans: SecretSpan[], text: string, m: RegExpExecArray, value: string): void {
  const at = m.index + m[0].length - m[m.length - 1]!.length;
  if (COUNT_AFTER.test(text.slice(at + value.length, at + value.length + 16))) return;
  spans.push({ start: at, end: at + value.length, label: 'password' });
}

function findCasualPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  WORD_THEN_IS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WORD_THEN_IS.exec(text)); ) {
    // What the code is for is its last word ("the code for the lane booking kiosk" is a kiosk's; "the code for the
    // booking" is a booking's reference).
    const head = /[\p{L}\p{N}'’-]+(?=[ \t]*$)/u.exec(m[2]!)?.[0] ?? '';
    // A code's, a PIN's or a combination's word says what it opens: "the code is 5512" alone is a program's or a
    // message's as often, and the one-time and lock rules read those sentences.
    const codeWord = /^(?:code|pin|passcode|combo|combination)$/i.test(m[1]!);
    if (OTHER_KIND.test(head) || (codeWord && (m[2]!.trim() === '' || OTHER_KIND.test(text.slice(Math.max(0, m.index - 24), m.index))))) continue;
    const value = judge(m[3]!, false);
    if (value) push(spans, text, m, value);
  }
  LOGIN_ITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LOGIN_ITS.exec(text)); ) {
    const value = judge(m[2]!, false);
    if (value) push(spans, text, m, value);
  }
  VERB_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VERB_THEN_VALUE.exec(text)); ) {
    const value = judge(m[1]!, true);
    const start = m.indices![1]![0];
    if (value) spans.push({ start, end: start + value.length, label: 'password' });
  }
  SAME_USER_AFTER.lastIndex = 0;
  for (let m: RegExpExecArray | null; /same|usual|old/i.test(text) && (m = SAME_USER_AFTER.exec(text)); ) {
    const value = m[1]!.replace(/[,;.]+$/, '');
    if (isMarker(value) || /:\/\/|\/|@[\w-]+\.\p{L}/u.test(value) || !/\p{L}/u.test(value) || !/\d|[!#$%^&*?~+=@]/.test(value)) continue;
    if (!strongPassword(value) && judge(value, false) === null) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  LEAKED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEAKED.exec(text)); ) {
    const list = m[1]!;
    let at = m.index + m[0].length - list.length;
    for (const part of list.split(/([;,][ \t]*|[ \t]+and[ \t]+)/)) {
      const value = part.replace(/[.!?]+$/, '');
      if (value.length >= 8 && !isMarker(value) && !/^[;,]|^[ \t]/.test(part) && (strongPassword(value) || looksLikeRandomToken(value))) spans.push({ start: at, end: at + value.length, label: 'password' });
      at += part.length;
    }
  }
  return spans;
}

export const CASUAL_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'casual-password-mentions', find: findCasualPasswords }];
