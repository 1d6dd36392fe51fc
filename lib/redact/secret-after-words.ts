import { DATA_KEY } from './labelled';
import { OTHER_COPULAS, SHORT_COPULAS } from './passwords';
import { anchoredFinder } from './anchored-finder';
import { NOT_A_CREDENTIAL_LINE, type Finder, type RegexRule } from './rules';
import { isPlaceholder, isSecurityMode, looksLikeRandomToken, UUID } from './values';

/**
 * A token, key or password named in a sentence, with a few words about whose or what for between the name and the
 * verb, in any language seen so far: "the token ops gave me is …", "Il token del nostro gateway interno è …", "Il
 * mio token Snyk è <uuid>", "vpn pre-shared key for the Seoul office is …", "La contraseña nueva del portal de
 * nóminas es …", "A jelszó a közös Netflixhez most …", "Kunci AssemblyAI saya …". The prose rules take a value right
 * after its name; here up to 50 characters may stand between, so the value must be beyond doubt: a random token or a
 * UUID after a token's or key's name, and after a password's name a value with letters and digits and no space, of
 * eight characters or more. A line that speaks of hashes, ids or checksums is not read.
 */

const TOKEN_NOUN =
  'token|api[ \\t]+key|access[ \\t]+key|secret[ \\t]+key|pre-?shared[ \\t]+key|psk|secret|' +
  '(?:activation|licen[cs]e|product|serial|registration)[ \\t]+key|' +
  'chiave|clave|cl[ée]|schl[üu]ssel|chave|sleutel|klucz|kl[íi][čc]|kulcs|kunci';
const PASSWORD_NOUN =
  'password|passphrase|passwort|kennwort|contrase[ñn]a|clave|mot[ \\t]+de[ \\t]+passe|senha|wachtwoord|has[łl]o|heslo|jelsz[óo]\\p{L}*|kata[ \\t]+sandi|sandi';

/**
 * "is", "è", "es", "est", "ist", "é", "adalah", "saya" (my, after the name), "most" and "now" (Hungarian, English), and
 * the verbs for "is" of every language `passwords.ts` knows ("ay" in Tagalog, "là" in Vietnamese): the value after
 * them must be beyond doubt anyway.
 */
const VERB = `(?:is|was|è|e|es|era|est|ist|é|adalah|saya|most|now|is[ \\t]+now|${OTHER_COPULAS}|${SHORT_COPULAS})`;

const NOUN_WORDS_VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${TOKEN_NOUN})|(${PASSWORD_NOUN}))(?![\\p{L}\\p{N}_])` +
    `([^\\n:=.!?;"]{0,50}?)[ \\t]${VERB}[ \\t]*:?[ \\t]+` +
    '([A-Za-z0-9_\\-.+/=~!@#$%^&*?]{8,512}?)(?=[,;)]?(?:[ \\t]|\\r?$|\\n)|[.!?](?:[ \\t]|\\r?$|\\n)|$)',
  'dgiu',
);


/** Words between the name and the verb that make the value no secret: a format, an example, a length, a hash. */
const NOT_THE_VALUE = /\b(?:format|example|sample|like|length|long|prefix|hash|name|id|type|placeholder|expired|invalid|wrong|old)\b/i;

function passwordShaped(value: string): boolean {
  if (isSecurityMode(value)) return false;
  return /\p{L}/u.test(value) && /\d/.test(value) && !/:\/\/|^[/~$]|\.(?:com|org|net|io|txt|json|ya?ml|env|js|ts|py)$/i.test(value) && !isPlaceholder(value);
}

const SECRET_AFTER_WORDS: RegexRule = {
  name: 'secret-after-words',
  pattern: NOUN_WORDS_VALUE,
  judge(m, text) {
    const between = m[3]!;
    if (NOT_THE_VALUE.test(between)) return null;
    // The line up to 200 characters back (not to the text's start per match: a text without breaks would be quadratic).
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const line = before.slice(before.lastIndexOf('\n') + 1) + m[0];
    if (NOT_A_CREDENTIAL_LINE.test(line)) return null;
    const value = m[4]!;
    const token = m[1] !== undefined;
    if (token ? DATA_KEY.test(between) || !(looksLikeRandomToken(value) || UUID.test(value)) : !passwordShaped(value)) return null;
    const start = m.indices![4]![0];
    return { start, end: start + value.length, label: token ? 'api key' : 'password' };
  },
  resumeAfterReject: (m) => m.index + (m[1] ?? m[2])!.length,
};

// Tried only where a noun stands (`anchored-finder.ts`); the anchor drops the noun's Unicode ending, which only
// lengthens a word already found.
const NOUNS = new RegExp(`${TOKEN_NOUN}|${PASSWORD_NOUN.replace('\\p{L}*', '')}`, 'gi');
export const SECRET_AFTER_WORDS_FINDERS: readonly Finder[] = [anchoredFinder(SECRET_AFTER_WORDS, NOUNS)];
