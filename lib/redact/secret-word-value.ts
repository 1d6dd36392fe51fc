import { NOT_A_CREDENTIAL_LINE, regexFinder, type Finder, type RegexRule } from './rules';
import { lineAround, looksLikeRandomToken, UUID, UUID_SHAPE } from './values';

/**
 * A value right after the word "secret", with no verb or colon between, as people write a client's pair in prose:
 * "client APP-… secret <uuid>", "my client secret <token> does not work", "app id 1234, app secret <token>",
 * "AccessKey Secret <token>，但是 …" (a CJK comma ends the value as a Latin one does). The word
 * names what follows, so the value is taken when it is a UUID or a random token; "the secret sauce", "secret
 * santa 2024", `kubectl get secret my-app-tls` hold no such value.
 */
const SECRET_THEN_VALUE =
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_-])secret[ \t]+(${UUID_SHAPE}|[A-Za-z0-9_\-.+/=~]{20,512}?)(?=[,;)]?(?:[ \t]|\r?$|\n)|[.!?](?:[ \t]|\r?$|\n)|[，、；。）]|$)`,
    'dgiu',
  );


/**
 * Hex of a key's length in small letters, digits and letters mixed through it ("secret 4d37fc1d115f…", as Plaid and
 * others issue secrets): the word before names it, so the one case that keeps hex ids from the random-value rules
 * does not count here.
 */
function randomHex(v: string): boolean {
  return /^[0-9a-f]{24,64}$/.test(v) && (v.match(/[a-f]/g) ?? []).length >= 6 && (v.match(/\d/g) ?? []).length >= 6;
}

const SECRET_WORD_VALUE: RegexRule = {
  name: 'secret-word-value',
  pattern: SECRET_THEN_VALUE,
  judge(m, text) {
    const value = m[1]!;
    if (!UUID.test(value) && !looksLikeRandomToken(value) && !randomHex(value)) return null;
    const start = m.indices![1]![0];
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, start, 160).text)) return null;
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const SECRET_WORD_VALUE_FINDERS: readonly Finder[] = [regexFinder(SECRET_WORD_VALUE)];
