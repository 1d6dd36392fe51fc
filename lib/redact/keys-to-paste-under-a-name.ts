import { isTokenShaped } from './keys-given-when-asked';
import type { Finder, SecretSpan } from './rules';

/**
 * BG's round: a key handed over to be pasted under a variable's name, alone on the next line: "Please paste this into
 * PREMBLY_API_KEY on the server:\n<value>", "put this in OKRA_SECRET:\n<value>", "set STRIPE_KEY to the following:".
 * The name says key, secret, token, password or passkey (not an id, which stays as it is); the value is the whole of
 * the next line and token-shaped (`isTokenShaped`: random, a UUID or hex).
 * BH's round: the name right after the verb, what it is set to said after it ("Please update RAZORFISH_API_KEY on the
 * box to:\n<value>", "change ACME_TOKEN in the vault to:").
 */
const PASTE_UNDER_A_NAME =
  /(?<![\p{L}])(?:paste|put|set|add|save|store|update|copy)[ \t]+(?:(?:this|it|the[ \t]+(?:new|following)[ \t]+(?:one|value|key|token|secret))[ \t]+)?(?:(?:in|into|as|under|to|for)[ \t]+)?(?:the[ \t]+)?`?([A-Za-z][A-Za-z0-9_]{0,60}(?:KEY|SECRET|TOKEN|PASSWORD|PASS|PASSKEY|PWD|CRC|SALT)[A-Za-z0-9_]{0,20})`?[^\n]{0,60}:[ \t]*\r?\n[ \t]*([^\s]{16,300})[ \t]*(?=\r?\n|$)/dgiu;
const ID_NAME = /(?:_ID|_IDENTIFIER|_USER(?:NAME)?|_ACCOUNT|_URL|_HOST)$/i;

function findKeysToPasteUnderAName(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PASTE_UNDER_A_NAME.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PASTE_UNDER_A_NAME.exec(text)); ) {
    if (ID_NAME.test(m[1]!) || !isTokenShaped(m[2]!)) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'api key' });
  }
  return spans;
}

export const KEYS_TO_PASTE_UNDER_A_NAME_FINDERS: readonly Finder[] = [
  { name: 'keys-to-paste-under-a-name', find: findKeysToPasteUnderAName, trigger: /paste|put|set|add|save|store|update|copy/i },
];
