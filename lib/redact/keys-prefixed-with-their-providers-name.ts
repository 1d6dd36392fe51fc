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
/**
 * BS's round: the prefix may be the name's first letters with a kind run on ("andtok_…" for Andreani, "tark_…" for
 * Tarabut: three letters shared at least), or a kind after it ("coo_key_…", "lt_prod_…"); or the initials of a name of
 * two or three capitalised words ("pp_s_…" for Pod Point, "re-…" for RingCentral Events, "lt_…" for Lean Technologies),
 * where the prefix is two or three letters. The line before counts as the key's line too: a chat asks for the key on
 * one line and is answered on the next ("can someone paste the Rivery token? …" over "> RIV_…").
 */
/**
 * BT's round: the prefix may be the name's letters skipped through, as a consonant skeleton ("srw_" for SerwerSMS, "kwf_"
 * for Kiwify, "bzn_" for Bizneo, "DHB." for Dahabshiil): three letters at least, the name's first letter first, every
 * letter in the name's order. A dot may join the prefix to the body ("mng.…", "DHB.…"), as some providers write it. A
 * kind in the prefix ("pb-key-…", "srw_tok_…") names a key as a key's word on the line does.
 */
const PREFIXED = /(?<![A-Za-z0-9_.~:/+=@#$%-])((?:[a-z][a-z0-9]{1,11}|[A-Z][A-Z0-9]{1,11})(?:[_-][a-z]{1,6})?)([_.-])([A-Za-z0-9][A-Za-z0-9_-]{19,300})={0,2}(?![A-Za-z0-9_=+/@-]|\.[A-Za-z0-9])/g;
const KIND_IN_PREFIX = /[_-](?:key|tok|token|sk|api|secret|live|prod|pat)$/i;
const NAME = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}]{2,30}/gu;
/** Two or three capitalised words in a row, whose initials a key's prefix may be. */
const NAME_OF_WORDS = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}]{1,30}(?:[ \t]+\p{Lu}[\p{L}\p{N}]{1,30}){1,2}(?![\p{L}\p{N}])/gu;
/** Words that open a sentence with a capital and name no provider. */
const SENTENCE_WORD = /^(?:the|this|that|these|those|then|there|they|can|could|need|needs|use|used|using|our|and|any|anyone|also|all|put|please|pasting|paste|found|for|from|with|what|when|where|which|who|why|how|not|now|new|old|yes|yeah|sure|think|here|have|has|had|did|does|just|still|try|tried)$/i;
const KEY_WORD = /(?<![\p{L}])(?:key|keys|token|tokens|api|access|integration|secret|credentials?|creds|auth|vault|webhook|bearer|regenerat(?:e|ed|ing)|rotated)(?![\p{L}])/iu;

/** Whether the key's prefix (its first part, before a kind) is a provider's name cut short or its initials. */
function prefixOfName(first: string, name: string): boolean {
  const word = name.toLowerCase();
  if (first.length >= 3) return word.startsWith(first) || (!SENTENCE_WORD.test(name) && (word.slice(0, 3) === first.slice(0, 3) || skeletonOf(first, word)));
  return false;
}
/** Whether the prefix's letters are the name's, its first letter first, the rest in the name's order. */
function skeletonOf(first: string, word: string): boolean {
  if (!/^[a-z]{3,5}$/.test(first) || word[0] !== first[0]) return false;
  let at = 1;
  for (const c of first.slice(1)) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
/** Where the prefix is the initials of a name on the line: 0 none, 1 named, 2 named right before with a colon or an arrow. */
function initialsOf(first: string, part: string, isBefore: boolean): number {
  if (first.length < 2 || first.length > 3) return 0;
  let found = 0;
  NAME_OF_WORDS.lastIndex = 0;
  for (let n: RegExpExecArray | null; (n = NAME_OF_WORDS.exec(part)); ) {
    const words = n[0].split(/[ \t]+/);
    if (words.some((w) => SENTENCE_WORD.test(w))) continue;
    if (words.map((w) => w[0]!.toLowerCase()).join('') !== first) continue;
    if (isBefore && /^[ \t]*(?::|→|->|=)[ \t]*$/.test(part.slice(n.index + n[0].length))) return 2;
    found = 1;
  }
  return found;
}
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
    const first = prefix.split(/[_-]/)[0]!;
    if (RECORD_KIND.test(first) || !randomBody(m[3]!)) continue;
    // The key's line, a bounded stretch of it either side, and the line before.
    let before = text.slice(Math.max(0, m.index - LINE_REACH), m.index);
    const lineStart = before.lastIndexOf('\n');
    before = before.slice(lineStart < 0 ? 0 : before.lastIndexOf('\n', lineStart - 1) + 1);
    const end = m.index + m[0].length;
    let after = text.slice(end, end + LINE_REACH);
    const nl = after.indexOf('\n');
    if (nl >= 0) after = after.slice(0, nl);
    let named = false;
    let nameRightBefore = false;
    // BX's round (BW left provider tokens with no key word): a prefix of four letters or more that the name on the line
    // opens with ("pawf_…" beside Pawfinity) says whose key it is without a key's word.
    let nameOpensWithPrefix = false;
    for (const part of [before, after]) {
      NAME.lastIndex = 0;
      for (let n: RegExpExecArray | null; (n = NAME.exec(part)); ) {
        const word = n[0].toLowerCase();
        if (!prefixOfName(first, n[0]) || RECORD_KIND.test(word)) continue;
        named = true;
        if (first.length >= 4 && word.startsWith(first)) nameOpensWithPrefix = true;
        if (part === before && /^[ \t]*(?::|→|->|=|\|)[ \t]*$/.test(part.slice(n.index + n[0].length))) nameRightBefore = true;
      }
      const initials = named ? 0 : initialsOf(first, part, part === before);
      if (initials > 0) named = true;
      if (initials === 2) nameRightBefore = true;
    }
    if (!named || (!nameRightBefore && !nameOpensWithPrefix && !KIND_IN_PREFIX.test(prefix) && !KEY_WORD.test(before) && !KEY_WORD.test(after))) continue;
    if (SAID_PUBLIC.test(before) || SAID_PUBLIC.test(after)) continue;
    spans.push({ start: m.index, end, label: 'api key' });
  }
  return spans;
}

export const KEYS_PREFIXED_WITH_THEIR_PROVIDERS_NAME_FINDERS: readonly Finder[] = [
  { name: 'keys-prefixed-with-their-providers-name', find: findKeysPrefixedWithTheirProvidersName, trigger: /[_-][A-Za-z0-9][A-Za-z0-9_-]{19}/ },
];
