import { NOT_A_CREDENTIAL_LINE, regexFinder, type Finder, type RegexRule } from './rules';
import { lineAround, looksLikeRandomToken } from './values';

/**
 * A value right after the word "secret", with no verb or colon between, as people write a client's pair in prose:
 * "client APP-… secret <uuid>", "my client secret <token> does not work", "app id 1234, app secret <token>". The word
 * names what follows, so the value is taken when it is a UUID or a random token; "the secret sauce", "secret
 * santa 2024", `kubectl get secret my-app-tls` hold no such value.
 */
const SECRET_THEN_VALUE =
  /(?<![\p{L}\p{N}_-])secret[ \t]+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_\-.+/=~]{20,512}?)(?=[,;)]?(?:[ \t]|\r?$|\n)|[.!?](?:[ \t]|\r?$|\n)|$)/dgiu;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SECRET_WORD_VALUE: RegexRule = {
  name: 'secret-word-value',
  pattern: SECRET_THEN_VALUE,
  judge(m, text) {
    const value = m[1]!;
    if (!UUID.test(value) && !looksLikeRandomToken(value)) return null;
    const start = m.indices![1]![0];
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, start, 160).text)) return null;
    return { start, end: start + value.length, label: 'api key' };
  },
};

export const SECRET_WORD_VALUE_FINDERS: readonly Finder[] = [regexFinder(SECRET_WORD_VALUE)];
