import type { Finder, SecretSpan } from './rules';
import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';
import { PASSWORD_WORD_TRIGGER } from './values-after-secret-words';

/**
 * AL's round: a password's word, one or two short particles of any language (a possessive, an article, a copula:
 * Ilocano "ti password ko ket …", Tetum "password mak …", Bislama "pasword blong mi hemi …", Tok Pisin "em i …"), then
 * the value. The particles are read by their length alone (one to four letters), not from a list of languages' words;
 * the value by its shape: eight to forty characters without a space, letters with two digits or more, or letters and
 * digits with a symbol, as no word of prose is. A number with its unit ("12characters") or a word with one digit is not.
 */
const PARTICLES_THEN_VALUE = new RegExp(
  String.raw`(?<!\[redacted )(?<![\p{L}\p{N}])(?:${PASSWORD_WORDS.source})\p{L}{0,4}((?:[ \t]+[\p{L}'’-]{1,4}){1,2})(?:[ \t]*:)?[ \t]+([^\s"'“”«»()<>\[\]]{8,40})(?=$|[\s"'”»),;]|[.!?](?:\s|$))`,
  'gimu',
);
/** English's prepositions and conjunctions between the word and a value say what the password is for, not what it is. */
const ENGLISH_LINK = /(?<![\p{L}])(?:for|to|of|in|on|at|by|from|with|the|and|or|per|via|ok|was|had|has|not|no|set|new|old|your|our|her|his)(?![\p{L}])/iu;
const UNIT = /^\d+[ \t]*(?:characters?|chars?|digits?|letters?|symbols?|caract\p{L}*|zeichen|karakter\p{L}*|ký)$/iu;

function findValuesAfterParticles(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PARTICLES_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PARTICLES_THEN_VALUE.exec(text)); ) {
    const value = m[2]!.replace(/[.,;:!?]+$/, '');
    const digits = value.match(/\d/g)?.length ?? 0;
    const letters = /\p{L}/u.test(value);
    const symbol = /[^\p{L}\p{N}]/u.test(value);
    if (!letters || value.length < 8 || UNIT.test(value) || /^https?:|@|\.\p{L}{2,}$/u.test(value)) continue;
    if (!(digits >= 2 || (digits >= 1 && symbol))) continue;
    if (NOT_THE_PASSWORD.test(m[1]!) || ENGLISH_LINK.test(m[1]!)) continue;
    // A log's or a config's `key=value` pairs, and a login's record ("login ok user=…"), are other rules' to read.
    if (/=/.test(value) || /^log/i.test(m[0])) continue;
    const start = m.index + m[0].length - m[2]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const VALUES_AFTER_PARTICLES_FINDERS: readonly Finder[] = [
  // Skipped unless the text names a password: its regex needs one of `PASSWORD_WORDS`.
  { name: 'values-after-particles', find: findValuesAfterParticles, trigger: PASSWORD_WORD_TRIGGER },
];
