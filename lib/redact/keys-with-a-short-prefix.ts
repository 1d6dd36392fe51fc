import type { Finder, SecretSpan } from './rules';
import { decodesToText } from './structured';
import { looksLikeRandomToken } from './values';

/**
 * CF's round: a provider's key written as a short prefix of its name, an underscore, and a long random body, with no
 * word for the key's kind between (`acme_Zq4…`, `4lm_Hq8Tz…`, `tallykey_Wb7r…`), standing anywhere, in prose too
 * ("Copied it for the bot: acme_Zq4…"). New providers keep choosing this shape, and the rules cannot list them all;
 * `keys-with-a-kind-marker.ts` reads the shape with a kind word between. The prefix is one word of two to eight small
 * letters or digits, starting as a name does; the body's first run, thirty characters or more, must be random as
 * only a machine writes it (`looksLikeRandomToken`: capitals, small letters and digits mixed as chance mixes them),
 * not hex (a digest's or a commit's, `build_3f9a…`) nor base64 of text (`chunk_Zm9vYmFy…`). Object ids of this shape (Stripe's `pi_…`, a typed id's
 * `user_2x4…`) have bodies of 14 to 27 characters; a publishable key's body starts with its kind word (`pk_live_…`).
 * A token that runs on past a dot (`…Xq9.eu`) is left whole to the rules that read it so.
 */
const PREFIXED = /(?<![A-Za-z0-9_.~:/#@$%&?+\\-])([a-z0-9][a-z0-9]{1,7})_([A-Za-z0-9]{30,300})((?:[_-][A-Za-z0-9]{1,40}){0,3})(?![A-Za-z0-9_=+/-]|\.[A-Za-z0-9])/dg;

/**
 * Prefixes providers document for keys shipped in client code: a publishable key's (`pk_`, `pub_`) and PostHog's
 * project key (`phc_`), public by design.
 */
const PUBLIC_PREFIX = /^(?:pk|pub|phc)$/;

/** A name for an id right before the value (`APP_ID=`, `"clientId": `): an id is the other rules' to judge. */
const ID_NAME_BEFORE = /(?:^|[^A-Za-z])(?:id|ID|Id)["']?[ \t]*[:=][ \t]*["']?$/;

/** Words on the value's line, before it or in the clause after it, that say it is public or made up. */
const SAID_NOT_SECRET = /(?<![\p{L}])(?:public|publishable|example|sample|placeholder|fake|dummy|redacted)(?![\p{L}])/iu;

function findKeysWithAShortPrefix(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PREFIXED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PREFIXED.exec(text)); ) {
    const body = m[2]!;
    if ((!/^[a-z]/.test(m[1]!) && !/^\d[a-z]/.test(m[1]!)) || PUBLIC_PREFIX.test(m[1]!)) continue;
    if (/^[0-9a-f]+$/i.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/\d/.test(body) || !looksLikeRandomToken(body) || decodesToText(body)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const end = m.index + m[0].length;
    const clauseAfter = text.slice(end, end + 60).split(/[\n.!?;]/)[0]!;
    if (ID_NAME_BEFORE.test(text.slice(Math.max(lineStart, m.index - 24), m.index))) continue;
    if (SAID_NOT_SECRET.test(text.slice(Math.max(lineStart, m.index - 80), m.index)) || SAID_NOT_SECRET.test(clauseAfter)) continue;
    spans.push({ start: m.index, end, label: 'api key' });
  }
  return spans;
}

export const KEYS_WITH_A_SHORT_PREFIX_FINDERS: readonly Finder[] = [{ name: 'keys-with-a-short-prefix', find: findKeysWithAShortPrefix, trigger: /_[A-Za-z0-9]{30}/ }];
