import { PASSWORD_LABEL_ANCHORS, passwordWordStarts } from './passwords';
import type { Finder, SecretSpan } from './rules';

/**
 * A code listed beside a password or a PIN, as a sticky note, a handover or a message lists a place's secrets one after
 * the other, each under a word or two of its own: "pw Harbor!2291 / alarm 406193", "PIN 5521, Tor 77314#", "ক্লাবের
 * দরজার কোড 40917 আর কার্ডের পিন 2290" (the club's door code … and the card's PIN …), "wachtwoord Zomer!88; kluis
 * 9120". The password or PIN beside it says what kind of list it is, in any language the password rules know; the
 * code's own name may be any word of any language (what it opens: an alarm, a gate, a locker), so no word list
 * limits it. The code is four to ten digits; a name that makes it another number (a room, an extension, a port, an
 * order, an amount) keeps it, and so do a year and a number with a unit.
 */

/** A password or PIN word: the password rules' words in every language they read, PIN and PUK in several scripts. */
const SECRET_WORD = `(?:${PASSWORD_LABEL_ANCHORS.source}|PIN|PUK|pin-?code|পিন|पिन|پین|ПИН|ПІН|ピン|핀|พิน)`;

/** What joins two items of a list: a slash, a bar, a semicolon, a comma or a bullet, or "and" in many languages. */
const JOIN =
  '(?:[ \\t]*[/|;,·•+][ \\t]*|[ \\t]+(?:and|und|et|y|e|i|og|och|en|ja|és|și|ve|dan|at|na|a|и|і|та|و|እና|আর|এবং|और|ও)[ \\t]+)';

/** One or two words naming the code (any script; marks inside words, as Indic vowel signs are). */
const NAME = "(\\p{L}[\\p{L}\\p{M}'’-]{0,24}(?:[ \\t]+\\p{L}[\\p{L}\\p{M}'’-]{0,24})?)";
const CODE = '(\\d{4,10})[#*]?(?![\\p{L}\\p{N}_]|[.,:/-]\\d)';
/** The password's or PIN's own value, with a digit in it: a list of secrets, not a sentence about them. */
const VALUE = '["\'“]?([^\\s/|;,"\'”।.]{3,64})';

/** Names that make the number another one. */
const OTHER_NUMBER =
  /(?<![\p{L}])(?:user\p{L}*|login|id|account|member|customer|order|invoice|ticket|ref\p{L}*|phone|tel|mobile|cell|ext|extension|room|floor|apt|unit|port|version|build|year|zip|post(?:al)?|postcode|qty|case|booking|table|seat|row|flight|amount|total|price|balance|limit|page|step|attempts?|tries|digits?|chars?|characters?|minutes?|seconds?|hours?|days?)(?![\p{L}])/iu;
const UNIT_AFTER = /^[ \t]*(?:[€$£¥₹₽₺₩%]|(?:EUR|USD|GBP|ms|kb|mb|gb|px|km|kg)(?![\p{L}]))/iu;

/** The code as a span, unless its name, the secret's word or value, or what follows make it no code of the list. */
function codeSpan(item: { word: string; value: string; name: string; code: string; start: number }, text: string): SecretSpan | null {
  const { word, value, name, code, start } = item;
  // PIN and PUK in capitals only: "pin 13" is a board's pin.
  if (/^p[iu][nk]$/i.test(word) && word !== word.toUpperCase()) return null;
  if (!/\d/.test(value) || OTHER_NUMBER.test(name) || /^(?:19|20)\d\d$/.test(code)) return null;
  if (UNIT_AFTER.test(text.slice(start + code.length, start + code.length + 6))) return null;
  return { start, end: start + code.length, label: 'password' };
}

/** The code after the password or PIN: "pw Harbor!2291 / alarm 406193". Tried at a password or PIN word. */
const CODE_AFTER_SECRET = new RegExp(`(?<![\\p{L}])(${SECRET_WORD})(?![\\p{L}])[ \\t]*[:=：]?[ \\t]*${VALUE}["'”]?${JOIN}${NAME}[ \\t]*[:=：]?[ \\t]*${CODE}`, 'diuy');

/**
 * The code before it: "দরজার কোড 40917 আর কার্ডের পিন 2290", "alarm 406193 / pw Harbor!2291": the code's number, a
 * join and perhaps the secret's owner ("the card's") end the 90 characters before the word (found from the digits,
 * which V8 scans for fast), the code's name ends right before the number.
 */
const CODE_THEN_JOIN = new RegExp(`(\\d{4,10})[#*]?${JOIN}(?:[\\p{L}\\p{M}'’-]{1,24}[ \\t]+)?$`, 'du');
const NAME_BEFORE_CODE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${NAME}[ \\t]*[:=：]?[ \\t]*$`, 'u');
const SECRET_THEN_VALUE = new RegExp(`(${SECRET_WORD})(?![\\p{L}])[ \\t]*[:=：]?[ \\t]*${VALUE}`, 'iuy');

/** PIN and PUK in the scripts above: the password words' places (`passwordWordStarts`) hold the rest. */
const PIN_WORD = /PIN|PUK|পিন|पिन|پین|ПИН|ПІН|ピン|핀|พิน/g;

/** The places of the password words and of the PIN words, in order, each once. */
function secretWordStarts(text: string): number[] {
  const words = passwordWordStarts(text);
  const pins: number[] = [];
  PIN_WORD.lastIndex = 0;
  for (let p: RegExpExecArray | null; (p = PIN_WORD.exec(text)); ) pins.push(p.index);
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < words.length || j < pins.length) {
    const next = j >= pins.length || (i < words.length && words[i]! <= pins[j]!) ? words[i++]! : pins[j++]!;
    if (all[all.length - 1] !== next) all.push(next);
  }
  return all;
}

function findListedCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const at of secretWordStarts(text)) {
    // Every list item holds a code of four digits or more: a word with none near is passed over at once.
    if (/\d{4}/.test(text.slice(at, at + 110))) {
      CODE_AFTER_SECRET.lastIndex = at;
      const m = CODE_AFTER_SECRET.exec(text);
      const span = m && codeSpan({ word: m[1]!, value: m[2]!, name: m[3]!, code: m[4]!, start: m.indices![4]![0] }, text);
      if (span) spans.push(span);
    }
    if (at > 0 && /[\p{L}\p{M}]/u.test(text[at - 1]!)) continue;
    const from = Math.max(0, at - 90);
    const back = text.slice(from, at);
    if (!/\d{4}/.test(back)) continue;
    const c = CODE_THEN_JOIN.exec(back);
    if (!c || /\d/.test(back[c.index - 1] ?? '')) continue;
    const n = NAME_BEFORE_CODE.exec(back.slice(0, c.index));
    if (!n) continue;
    SECRET_THEN_VALUE.lastIndex = at;
    const v = SECRET_THEN_VALUE.exec(text);
    if (!v) continue;
    const span = codeSpan({ word: v[1]!, value: v[2]!, name: n[1]!, code: c[1]!, start: from + c.indices![1]![0] }, text);
    if (span) spans.push(span);
  }
  return spans.sort((x, y) => x.start - y.start);
}

export const LISTED_CODE_FINDERS: readonly Finder[] = [{ name: 'code-listed-beside-secret', find: findListedCodes }];
