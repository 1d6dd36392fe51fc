import { PASSWORD_WORDS } from './password-word-near-value';
import { ADVICE_NOUNS, FUNCTION, PROSE } from './prose-words';
import type { Finder, SecretSpan } from './rules';
import { MORE_PASSWORD_WORDS, PASSWORD_WORD_TRIGGER } from './values-after-secret-words';

/**
 * AN's round: a passphrase of four to seven plain English words given after a password's or a Wi-Fi's word, in a
 * sentence of any language or in a config line ("Гесло до вайфаю є frozen bonsai floats at the pier", "la contraseña
 * es salty herring dances under the pier", "password=lucky kettle sings at the pier", "Password=golden mill sleeps by
 * midnight;"), or before "as the password" ("j'ai mis … comme mot de passe", "coloquei … como senha"). Such a phrase
 * may read like a small sentence (adjective, noun, verb, a preposition and a noun), so unlike the generator rules this
 * one admits "at", "by", "the"; what keeps prose out:
 * - the words between the password's word and the phrase are a bridge only: a colon, an equals sign, a slash, a word
 *   of another script or capitalised, a copula, or a short word that is no English function word ("es", "jo", "ayeke");
 *   "password for the portal stopped working yesterday" has "for the" before its words;
 * - no word of the phrase is an English pronoun, auxiliary, negation, adverb of talk or a word about passwords, and
 *   none ends in "-ing" or "-ed" (a report's verbs: "keeps getting rejected", "is written on the back");
 * - the phrase ends its clause: the line's end, a stop, a comma, a bracket, a dash, a quote, "and", or another script.
 */
const ANCHOR = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}/-])(?:${PASSWORD_WORDS.source}|${MORE_PASSWORD_WORDS}|wi-?fi|wlan|wpa2?|psk|passphrase|와이파이|ワイファイ|无线|無線|вай-?фа\p{L}*)\p{L}{0,3}(?![\p{L}])`,
  'giu',
);

const COPULA = /^(?:is|es|est|ist|era|was|war|är|er|on|om|jo|je|jest|lea|en|si|amo|an|ayeke|leti['’]?|ye|ni|ne|ku|da|ta|ir|yra|now|nu|nun|jetzt|ahora|agora|ora|adesso|teraz|sada|tani|nyt|desormais|désormais|maintenant|ie|e|é|è|ch['’]est|c['’]est)$/i;
/**
 * The phrase holds one of English's small words (the passphrases this rule is for read as a small sentence; a run of
 * nouns is the generator rules'), and none of another Latin-script language's function words (a sentence of that
 * language after its password word: "del programa de la", "logiciel de caisse du", "waa inuu ahaadaa").
 */
const ENGLISH_SMALL = /^(?:the|at|by|under|past|on|in|over|near|of|to|from|with|into|behind|beyond|across|after|before|above|below|beneath|through|around|along)$/i;
const FOREIGN_FUNCTION =
  /^(?:de|del|della|dello|dei|degli|delle|la|le|les|el|los|las|lo|gli|il|un|una|une|du|des|di|da|do|dos|das|der|die|den|dem|und|het|een|se|que|qui|ne|na|no|nu|za|ja|ei|ka|ko|sa|ang|nga|mga|waa|ah|ee|iyo|ku|ya|wa|ni|si|cu|ca|pe|si|og|och|er|ist|ein|eine|zu|auf|mit|von|voor|van|op|por|para|pour|avec|sur|dans|per|con|com|em|au|aux|ce|cette|est|sont|ser|es|et|ou|ni|mais|pero|ma|ha|ta|te|ti|mi|tu|su|nos|vos|ich|du|wir|sie|es|moat|syn|dia|tokony|ay|ng|nang|kay|nako|ug|sa|ai|nei|nel|nella|alla|al|ai)$/i;
const NO_BEFORE = /(?<![\p{L}])(?:no|without|not[ \t]+a|forgot|forgotten|lost|reset|change|policy|rules?|sans|sin|sem|senza|ohne|kein\p{L}*|zonder|geen|utan|uden|uten|bez|без)[ \t]+(?:\p{L}+[ \t]+){0,2}$/iu;
/** Nouns that make one name with a password's word before them: "login details", "password reset", "Wi-Fi settings". */
const NAMED_WITH_THE_WORD = new RegExp(
  String.raw`^(?:details|detail|info|information|credentials|data|page|pages|screen|screens|form|forms|field|fields|box|prompt|link|links|email|emails|reset|resets|manager|managers|settings|setting|attempts?|requests?|problems?|issues?|troubles?|errors?|process|procedure|instructions?|rules?|policy|policies|requirements?|${ADVICE_NOUNS}|changes?|history|status|portal|system|systems|sheet|card|cards|slip|slips|letter|letters|note|notes|list|lists)[.,;:!?)]*$`,
  'i',
);
const STOP = /^(?:and|but|or|comme|como|come|als|as|then|und|et|y|og|och|en|ja|i|и|та|і)$/i;
const WORD = /^[a-z]{2,12}$/;

interface Token {
  text: string;
  start: number;
}

function tokens(line: string, offset: number): Token[] {
  const out: Token[] = [];
  // A Latin word with the punctuation after it, or a run of anything else but spaces (another script's words run
  // straight on after a phrase: "pier，记得开").
  const re = /[A-Za-z][A-Za-z'’]*[.,;:!?)"'”»]*|[^\sA-Za-z]+/g;
  for (let m: RegExpExecArray | null; (m = re.exec(line)) && out.length < 16; ) out.push({ text: m[0], start: offset + m.index });
  return out;
}

function bridge(t: string): boolean {
  if (/^[:：=/—–|(["'“«„-]+$/.test(t)) return true;
  if (/^(?:wi-?fi|wlan|wpa2?|psk)$/i.test(t)) return true;
  const w = t.replace(/[:：=]+$/, '');
  // A word of another script is a bridge (a copula, a particle); a capitalised or upper-case Latin word is not (a
  // keyword, a name: "PASSWORD NULL lock the role out").
  if (!/^[a-z'’]+$/.test(w)) return /\p{L}/u.test(w) && !/\d/.test(w) && !/^[(["'“]/.test(w) && !/^\p{Script=Latin}/u.test(w);
  return COPULA.test(w) || (w.length <= 5 && !FUNCTION.test(w) && !PROSE.test(w));
}

/** The phrase from token `i`: its words and where it ends, or null. */
function phraseAt(ts: Token[], i: number): { start: number; end: number } | null {
  let n = 0;
  let end = -1;
  let closed = false;
  for (let j = i; j < ts.length; j++) {
    const raw = ts[j]!.text;
    const m = /^([a-z]{2,12})([.,;:!?)"'”»]*)$/.exec(raw);
    if (!m) {
      // Another script, a bracket, a dash or a quote: the phrase ends before it (not a digit, a capital or a link: the
      // sentence goes on).
      closed = n > 0 && /^(?:[([—–"'“«„，。、；：！？-]|[^\p{Script=Latin}\p{N}\p{P}\p{S}])/u.test(raw);
      break;
    }
    if (n > 0 && STOP.test(m[1]!)) {
      closed = true;
      break;
    }
    const w = m[1]!;
    if (PROSE.test(w)) return null;
    if (n === 0 && (FUNCTION.test(w) || w.length < 3)) return null;
    n++;
    end = ts[j]!.start + w.length;
    // BY's round: an apostrophe after a plural's "s" with a word after it is the possessive's ("the kids' tablet"),
    // not a closing quote: the sentence goes on.
    const possessive = /^['’]$/.test(m[2]!) && w.endsWith('s') && /^[A-Za-z]/.test(ts[j + 1]?.text ?? '');
    if (m[2] && !possessive) {
      // CE's round: a colon after the phrase makes it the label of what follows ("login token for the ringing rota:
      // …"), not a value.
      if (m[2].includes(':')) return null;
      closed = true;
      break;
    }
    if (n > 7) return null;
    if (j === ts.length - 1) closed = true;
  }
  if (!closed || n < 4 || n > 7) return null;
  const words = ts.slice(i, i + n).map((t) => t.text.replace(/[^a-z]+$/, ''));
  // Two words in "-ing" or "-ed" are a report's verbs ("stopped working", "keeps getting rejected"); one is a noun or
  // an adjective as often ("herring", "crooked").
  if (words.filter((w) => w.length > 4 && /(?:ing|ed)$/.test(w)).length >= 2) return null;
  // A participle followed by a preposition or an adverb is a report ("printed once to the log", "masked by the driver").
  if (words.some((w, k) => w.length > 4 && /(?:ing|ed)$/.test(w) && k + 1 < words.length && (ENGLISH_SMALL.test(words[k + 1]!) || /^(?:once|twice|automatically|only|again|here|there|out|up|down|away|back|when|if)$/.test(words[k + 1]!)))) return null;
  if (!words.some((w) => ENGLISH_SMALL.test(w)) || words.some((w) => FOREIGN_FUNCTION.test(w))) return null;
  return { start: ts[i]!.start, end };
}

/**
 * AP's round: a run of plain words with no small word of English's between them (a generator's nouns: "kiln madder
 * derby linen", "hydrant surety valve valve36"), where the run's edges say it is inserted, not written:
 * - its last word runs straight into digits ("… valve36", "… laundry44"), as generators append a number and prose
 *   does not; or
 * - the sentence around it is of another script: the password's word or the word right after the run is Hangul,
 *   Cyrillic, Arabic, Devanagari … ("비번 kiln filly hide canteen 다른 사람한테", "паролем ferret linen woad … (…)"), so
 *   a Latin run inside it is the value quoted in it.
 * Three to seven words of three letters or more; none of English's prose or function words, none another Latin-script
 * language's function word, and not two in "-ing"/"-ed" (a report's verbs).
 */
const NOT_LATIN_WORD = /^[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u;
/** An aside's mark after a blank: an emoji, an em or en dash standing alone, an ellipsis. */
const ASIDE_MARK = /^(?:\p{Extended_Pictographic}|[—–](?!\S)|…|\.{3})/u;

function wordRunAt(ts: Token[], i: number, anchorNotLatin: boolean): { start: number; end: number } | null {
  const words: string[] = [];
  let end = -1;
  let digitsEnd = false;
  let closed = false;
  for (let j = i; j < ts.length && words.length < 8; j++) {
    const raw = ts[j]!.text;
    const m = /^([a-z]{3,12})([.,;:!?)"'”»]*)$/.exec(raw);
    if (!m) {
      // A bracket or a dash after a blank (not a hyphen that joins the last word to more: "oxbow-cobalt-…").
      // AQ's round: whatever the anchor's script, a run set off by an aside's mark after a blank ends there too: an
      // emoji, an em or en dash, an ellipsis ("pw pelican wombat panther 🙏", "паорль bronze forest harbor — pls …",
      // "… topaz … lo de …"); a sentence's words do not stop on such a mark after three nouns.
      closed = words.length > 0 && (NOT_LATIN_WORD.test(raw) || (anchorNotLatin && ts[j]!.start > end && /^[([—–"'“«„-]/.test(raw)) || (ts[j]!.start > end && ASIDE_MARK.test(raw)));
      break;
    }
    const w = m[1]!;
    if (PROSE.test(w) || FUNCTION.test(w) || FOREIGN_FUNCTION.test(w) || STOP.test(w) || ENGLISH_SMALL.test(w)) return null;
    words.push(w);
    end = ts[j]!.start + w.length;
    const next = ts[j + 1];
    const glued = !m[2] && next && next.start === end ? /^\d{1,4}(?=[.,;:!?)"'”»]*$)/.exec(next.text) : null;
    if (glued) {
      end = next!.start + glued[0].length;
      digitsEnd = true;
      closed = true;
      break;
    }
    if (m[2]) {
      closed = anchorNotLatin && words.length >= 3 && NOT_LATIN_WORD.test(ts[j + 1]?.text ?? '');
      break;
    }
    if (j === ts.length - 1) closed = anchorNotLatin;
  }
  if (!closed || words.length < (digitsEnd ? 3 : 3) || words.length > 7) return null;
  const after = ts[i + words.length];
  if (!digitsEnd && !anchorNotLatin && !NOT_LATIN_WORD.test(after?.text ?? '') && !(after && after.start > end && ASIDE_MARK.test(after.text))) return null;
  if (words.filter((w) => w.length > 4 && /(?:ing|ed)$/.test(w)).length >= 2) return null;
  return { start: ts[i]!.start, end };
}

function findAfter(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ANCHOR.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHOR.exec(text)); ) {
    // English "pass" is a verb as often ("pass cards", "pass on stories"): only the password's own words open a phrase.
    if (/^pass$/i.test(a[0])) continue;
    // An English word built on a short password word's letters ("sanding" on Indonesian "sandi") is that word.
    if (/^[a-z]+(?:ing|ed)$/i.test(a[0]) && !/^pass/i.test(a[0])) continue;
    // After a Wi-Fi's word the phrase needs a bridge (a colon, a copula, a password's word): "Wi-Fi signals on specific
    // devices" is the network's talk.
    const wifi = /^(?:wi-?fi|wlan|wpa|psk|와이파이|ワイファイ|无线|無線|вай)/i.test(a[0]);
    const from = a.index + a[0].length;
    const lead = text.slice(Math.max(0, a.index - 40), a.index);
    if (NO_BEFORE.test(lead)) continue;
    const rest = text.slice(from, from + 160);
    // A name in code (`DB_PASSWORD`, `forge.password`) gives its value after `=` or `:` only, not in a comment's words.
    if (/[_.]/.test(text[a.index - 1] ?? '') && !/^[ \t]*[=:(]/.test(rest)) continue;
    const line = rest.slice(0, rest.search(/\n|$/));
    // `key = value` to the line's end, or a connection string's `Password=…;`: the field ends the phrase.
    const field = /^[ \t]*[=:][ \t]*([^;"'\n]*)/.exec(line);
    const ts = tokens(field ? line.slice(0, field[0].length) : line, from);
    for (let i = wifi ? 1 : 0; i <= 3 && i < ts.length; i++) {
      if (i > 0 && !bridge(ts[i - 1]!.text)) break;
      // CB's round: a noun right after the password's word makes one name with it ("share login details with other
      // children", "password reset link in the email"): no phrase of a value follows.
      if (i === 0 && NAMED_WITH_THE_WORD.test(ts[0]!.text)) break;
      const p = phraseAt(ts, i) ?? wordRunAt(ts, i, !/^\p{Script=Latin}/u.test(a[0]));
      if (p) {
        spans.push({ start: p.start, end: p.end, label: 'password' });
        ANCHOR.lastIndex = p.end;
        break;
      }
    }
  }
  return spans;
}

/** Before "as the password": "j'ai mis … comme mot de passe", "coloquei … como senha", "I set … as the password". */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’])((?:[a-z]{2,12}[ \t]+){3,7}[a-z]{2,12})[ \t]+(?:comme|como|come|als|as|de|for|pour|para|per)[ \t]+(?:(?:the|my|le|la|el|a|o|il|das|der|die|mon|mi|meu|minha|il[ \t]+mio)[ \t]+)?(?:new[ \t]+|nouveau[ \t]+|nuevo[ \t]+|nova[ \t]+|neues?[ \t]+)?(?:${PASSWORD_WORDS.source}|${MORE_PASSWORD_WORDS})`,
  'giu',
);

function findBefore(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  BEFORE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BEFORE.exec(text)); ) {
    let words = m[1]!.split(/[ \t]+/);
    let start = m.index;
    // The verb that sets it may lead the run ("mis", "puse", "coloquei", "set"): dropped while more than four remain.
    while (words.length > 4 && (words[0]!.length <= 4 || /^(?:coloquei|puse|chose|picked|made|used|typed|put)$/.test(words[0]!))) {
      start += words[0]!.length;
      start += /^[ \t]+/.exec(text.slice(start))![0].length;
      words = words.slice(1);
    }
    const ts = words.map((w) => ({ text: w, start: 0 }));
    if (!words.some((w) => ENGLISH_SMALL.test(w)) || words.some((w) => FOREIGN_FUNCTION.test(w))) continue;
    if (words.length < 4 || !ts.every((t, k) => WORD.test(t.text) && !PROSE.test(t.text) && (k > 0 || !FUNCTION.test(t.text)))) continue;
    if (words.filter((w) => w.length > 4 && /(?:ing|ed)$/.test(w)).length >= 2) continue;
    spans.push({ start, end: m.index + m[1]!.length, label: 'password' });
  }
  return spans;
}

export const WORD_PHRASES_AFTER_SECRET_WORD_FINDERS: readonly Finder[] = [
  // Each skipped unless the text names a password or a Wi-Fi: `ANCHOR` and `BEFORE` need such a word.
  { name: 'word-phrases-after-secret-words', find: findAfter, trigger: PASSWORD_WORD_TRIGGER },
  { name: 'word-phrases-before-password-words', find: findBefore, trigger: PASSWORD_WORD_TRIGGER },
];
