import { randomBody } from './keys-with-a-kind-marker';
import type { Finder, SecretSpan } from './rules';

/**
 * BR's round: a key that opens with its provider's name cut short, the provider named on the same line ("can you check
 * the Paragon key works? PAR_PZcw…", "note to self: Futrli api = futr-3a36…", "for the Celigo integration use
 * CEL_rftN…"). Providers write their keys so (GitLab's `glpat-`, npm's `npm_`, Hugging Face's `hf_`), and new ones keep
 * coming; no list holds them all, but the line that names the provider and a key says whose key it is. The prefix is
 * one short word of one case, the first letters of a capitalised name on the line; the body is random as only a machine
 * writes it (`randomBody`); the line has a word for a key, a token, an API or access, or the name stands right before
 * the key with a colon or an arrow. A record's id named after its kind ("Request req_…", "Customer cus_…") is no key,
 * and a key its line calls public (a mobile SDK's, shipped in the app) is left.
 */
const PREFIXED = /(?<![A-Za-z0-9_.~:/+=@#$%-])([a-z][a-z0-9]{2,11}|[A-Z][A-Z0-9]{2,11})([_-])([A-Za-z0-9][A-Za-z0-9_-]{19,300})={0,2}(?![A-Za-z0-9_=+/@-])/g;
const NAME = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}]{2,30}/gu;
const KEY_WORD = /(?<![\p{L}])(?:key|keys|token|tokens|api|access|integration|secret|credentials?|creds|auth|vault|webhook|bearer)(?![\p{L}])/iu;
const RECORD_KIND =
  /^(?:request|req|trace|span|customer|charge|payment|event|invoice|order|job|build|commit|session|user|account|transaction|subscription|product|price|test|run|task|file|object|message|thread|item|record|batch|ticket|issue|case|report|log|node|pod|cluster|instance|image|volume|snapshot|bucket|table|query|response|result|release|version|device|host|server|client|app|project|team|org|organisation|organization|workspace|channel|group|document|page|doc|note|entry)$/i;
/** A line that says the key is public ("the public SDK key … what about the Google one, goog_…?"): published by design. */
const SAID_PUBLIC =
  /(?<![\p{L}])(?:public|publishable|client[ \t-]side|(?:safe|fine|ok|okay)[ \t]+to[ \t]+(?:ship|share|commit|expose|publish))(?![\p{L}])/iu;
const LINE_REACH = 200;

function findKeysPrefixedWithTheirProvidersName(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PREFIXED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PREFIXED.exec(text)); ) {
    const prefix = m[1]!.toLowerCase();
    if (RECORD_KIND.test(prefix) || !randomBody(m[3]!)) continue;
    // The key's line, a bounded stretch of it either side.
    let before = text.slice(Math.max(0, m.index - LINE_REACH), m.index);
    before = before.slice(before.lastIndexOf('\n') + 1);
    const end = m.index + m[0].length;
    let after = text.slice(end, end + LINE_REACH);
    const nl = after.indexOf('\n');
    if (nl >= 0) after = after.slice(0, nl);
    let named = false;
    let nameRightBefore = false;
    for (const part of [before, after]) {
      NAME.lastIndex = 0;
      for (let n: RegExpExecArray | null; (n = NAME.exec(part)); ) {
        const word = n[0].toLowerCase();
        if (!word.startsWith(prefix) || RECORD_KIND.test(word)) continue;
        named = true;
        if (part === before && /^[ \t]*(?::|→|->|=)[ \t]*$/.test(part.slice(n.index + n[0].length))) nameRightBefore = true;
      }
    }
    if (!named || (!nameRightBefore && !KEY_WORD.test(before) && !KEY_WORD.test(after))) continue;
    if (SAID_PUBLIC.test(before) || SAID_PUBLIC.test(after)) continue;
    spans.push({ start: m.index, end, label: 'api key' });
  }
  return spans;
}

export const KEYS_PREFIXED_WITH_THEIR_PROVIDERS_NAME_FINDERS: readonly Finder[] = [
  { name: 'keys-prefixed-with-their-providers-name', find: findKeysPrefixedWithTheirProvidersName, trigger: /[_-][A-Za-z0-9][A-Za-z0-9_-]{19}/ },
];
