import type { SecretSpan } from './rules';
import { isSecurityMode } from './values';

/**
 * CB's round: a value the words right around it, or its own make, say is no secret, whichever rule read it.
 *
 * - Said at once to be no real password: "… was 'Ferret' — the answer to Q7, not an actual password", "X (not a real
 *   PIN)". The denial must follow in the value's own sentence, with no other number between ("the hut is 48211, the
 *   radio channel is 7 (not a secret)" denies the channel), and name the secret's kind right after "not a(n)
 *   (actual|real)", so "not a strong password" or "not a real password manager" says nothing of it.
 * - Asked or told what it means: "what does code 7436 mean", "code E24 means a blocked drain", "the 4471 stands for".
 *   A code that is asked about is a machine's or a manual's; nobody asks what their own PIN means.
 * - A lock's or a device's factory setting of one digit repeated: "factory-set to 000", "the default code is 0000",
 *   "factory default 1111". Printed in every manual; a code changed from it is its new value's to judge.
 * - Bounds of a range in a call: "random.randint(100000, 999999)", "range(1000, 9999)": a generator's, not a code.
 * - A run of ones and zeros read as a national ID: DIP switches, a bit mask ("set to 10110011"); no ID is made of two
 *   digits only.
 * - Named right before as another thing's number, after "is" and a possessive: "the practice code for the portal is
 *   just their branch number, 0447", "the code is the flat's number: 12". Not where that number's word is a secret's
 *   own ("is my PIN number, 4471", "the card number, …").
 * - Given as an example: "e.g." or "for example" right before it ("the bell number, e.g. 1-3-5-8"), as a form's
 *   sample ID is (`values-glossed-as-public.ts`); no one gives their own code as "e.g.".
 * - A network's security mode or an authentication method's name read as a value ("between WPA2-PSK and WPA3-SAE").
 * - CE's round: taken back as a joke later in its own sentence, set off by a dash, a bracket or a comma: "the old one
 *   was "hunter2" — kidding", "it's letmein (just joking)", "pin's 1234, jk". "No kidding" and "joking aside" affirm,
 *   so they are not read.
 */
const DENIED_AFTER = /^(?:[^.!?\n\d]|(?<=[\p{L}\p{N}])\d){0,60}?(?<![\p{L}])not[ \t]+an?[ \t]+(?:(?:actual|real|true)[ \t]+)?(?:password|passcode|passwort|PIN|secret)(?![\p{L}])(?![ \t]+(?:manager|policy|rule|field|box|prompt|reset|generator|strength|hint)(?![\p{L}]))/iu;
const TAKEN_BACK_AS_A_JOKE = /^[^.!?\n]{0,80}?[—–(,-][ \t]*(?:(?:just|only)[ \t]+)?(?:kidding|joking|jk)(?![\p{L}])(?![ \t]+(?:aside|apart))/iu;
const ASKED_WHAT_IT_MEANS = /^['"’”]?[ \t]+(?:mean|means|meant|stands?[ \t]+for|indicates?)(?![\p{L}])/iu;
const FACTORY_SETTING_BEFORE = /(?<![\p{L}])(?:factory[ \t-]*(?:set|setting|settings|default|defaults|preset|code)|(?:is|are|was)[ \t]+set[ \t]+from[ \t]+the[ \t]+factory|default(?:[ \t]+(?:code|combination|combo|pin|setting))?)[ \t]*(?:(?:to|is|was|of|at)[ \t]+|[:=][ \t]*|[ \t]*)$/iu;
const ANOTHER_NUMBER_NAMED_BEFORE =
  /(?<![\p{L}])(?:is|was|=)[ \t]+(?:(?:just|only|simply|basically|actually|really)[ \t]+)?(?:the|their|its|our|his|her|my|your)[ \t]+((?:[\p{L}'’-]+[ \t]+){0,2}?)(?:number|no\.|nr\.)[ \t]*[,:—–-]?[ \t]*$/iu;
const SECRET_NUMBER_WORD = /(?<![\p{L}])(?:PIN|PUK|code|pass\p{L}*|secret|security|access|door|gate|alarm|safe|lock|key|combination|card|account|routing|sort|social|ID|tax|passport|licen[cs]e|phone|mobile|cell)(?![\p{L}])/iu;
const EXAMPLE_RIGHT_BEFORE = /(?<![\p{L}])(?:e\.g\.|eg\.|for[ \t]+example|for[ \t]+instance|z\.[ \t]?B\.|p\.[ \t]?ej\.|bijv\.)[ \t]*[,:]?[ \t]*$/iu;
const ONE_DIGIT_REPEATED = /^(\d)\1{2,5}$/;
const RANGE_CALL = /[A-Za-z_][\w.]*\([ \t]*-?\d+[ \t]*,[ \t]*-?\d+[ \t]*\)/g;

function inRangeCall(text: string, span: SecretSpan): boolean {
  const line = text.slice(Math.max(0, span.start - 60), Math.min(text.length, span.end + 60));
  const offset = Math.max(0, span.start - 60);
  RANGE_CALL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RANGE_CALL.exec(line)); ) {
    const open = offset + m.index + m[0].indexOf('(');
    if (open < span.start && offset + m.index + m[0].length > span.end) return true;
  }
  return false;
}

export function isSaidToBeAnotherThing(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (span.label === 'national id') return /^[01]{8,}$/.test(value.replace(/[ -]/g, ''));
  if (span.label !== 'password') return false;
  if (isSecurityMode(value)) return true;
  const after = text.slice(span.end, span.end + 100);
  if (EXAMPLE_RIGHT_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) return true;
  if (DENIED_AFTER.test(after) || ASKED_WHAT_IT_MEANS.test(after) || TAKEN_BACK_AS_A_JOKE.test(after)) return true;
  if (ONE_DIGIT_REPEATED.test(value) && FACTORY_SETTING_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return true;
  if (/^\d{3,8}$/.test(value)) {
    const named = ANOTHER_NUMBER_NAMED_BEFORE.exec(text.slice(Math.max(0, span.start - 80), span.start));
    if (named && !SECRET_NUMBER_WORD.test(named[1]!)) return true;
  }
  return /^\d+$/.test(value) && inRangeCall(text, span);
}
