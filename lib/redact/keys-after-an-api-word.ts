import type { Finder, SecretSpan } from './rules';
import { looksLikeRandomToken, trimTrailingPunctuation, UUID_SHAPE } from './values';

/**
 * CE's round: a service's key given after the word "API" alone, or "API" and the word for a key in the writer's own
 * language, and a colon: "Clubright API: fb1b3960…", "the API for the club's ladder: BxhBPI2Y…", "GAMA API raktas:
 * ichU6cyF…", "API-sleutel tO0oRDHf…". People name a key by the interface it opens as often as by "key"; the rules that
 * read "API key" need the key's word. "API" is written in capitals as a word; a clause of a few words may stand
 * between it and the colon ("API for the dowsing-rod shop:"); no word on the line makes the value an id, a request's,
 * a version, an address, a build's or an example ("API request id: …", "Build log — API: …", "… is the store's id").
 * The value is machine-made
 * (`looksLikeRandomToken`), thirty-two hexadecimal digits or more, or a UUID, as many services issue their keys.
 */
/** "Key" in the languages a note may name it in after "API" (Lithuanian raktas, Hungarian kulcs, Dutch sleutel, …). */
const KEY_WORD = String.raw`(?:key|token|secret|raktas|kulcs|sleutel|klíč|klucz|nyckel|nøkkel|nøgle|avain|võti|atslēga|schlüssel|clé|clave|chiave|chave|anahtar|ključ|kljuc)`;
/** CF's round: the Romance languages' order, the key's word first ("clé API …", "clave de API …", "chiave API …"). */
const KEY_WORD_FIRST = String.raw`(?:cl[ée]|clef|clave|chiave|chave)[ \t]+(?:d['’][ \t]?|de[ \t]+|dell['’][ \t]?)?`;
const API_THEN_KEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_./-])(?:${KEY_WORD_FIRST})?API(?:(?:[ \t]+|-)${KEY_WORD}(?![\p{L}]))?([ \t]+(?:for|of|to|on)[ \t]+[^:\n.!?;]{1,60}?)?(?:[ \t]*[:=][ \t]*|(?<=${KEY_WORD}|${KEY_WORD_FIRST}API)[ \t]+)([A-Za-z0-9_][A-Za-z0-9_\-.+/=~]{19,300})`,
  'giu',
);
/** Words in the value's line (before "API", between it and the colon, after the value) that make it something else's. */
const NOT_A_KEY = /(?<![\p{L}])(?:id|ids|request|response|status|version|docs?|documentation|url|endpoint|host|base|reference|ref|example|sample|public|publishable|hash|checksum|commit|build|trace|log|error)(?![\p{L}])/iu;
const HEX = /^[0-9a-fA-F]{32,}$/;
const UUID_FIRST = new RegExp(String.raw`^${UUID_SHAPE}(?![\w-])`);

function findKeysAfterAnApiWord(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  API_THEN_KEY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = API_THEN_KEY.exec(text)); ) {
    // "API" in capitals, as the word is written; "api" in small letters is a path's or a host's part.
    if (!/^(?:\p{L}+[ \t]+(?:\p{L}+['’]?[ \t]*)?)?API/u.test(m[0])) continue;
    const raw = m[2]!;
    const uuid = UUID_FIRST.exec(raw);
    const value = uuid ? uuid[0] : trimTrailingPunctuation(raw);
    if (!uuid && !HEX.test(value) && !looksLikeRandomToken(value)) continue;
    const start = m.index + m[0].length - raw.length;
    // The line around, before "API" and after the value, may say it too ("Build log — API: …", "… is the store's id").
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(Math.max(lineStart, m.index - 60), m.index) + (m[1] ?? '') + text.slice(start + value.length, lineEnd < 0 ? Math.min(text.length, start + value.length + 80) : Math.min(lineEnd, start + value.length + 80));
    if (NOT_A_KEY.test(line)) continue;
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const KEYS_AFTER_AN_API_WORD_FINDERS: readonly Finder[] = [{ name: 'keys-after-an-api-word', find: findKeysAfterAnApiWord, trigger: /API/ }];
