import { CALLEE, CLIENT_NAME, UUID_KEY, VALUE_CLASS } from './client-constructors';
import { NOT_A_CREDENTIAL_LINE, type Finder, type SecretSpan } from './rules';
import { PUBLIC_IDENTIFIER, isPlaceholder, lineAround, looksLikeRandomToken } from './values';

/**
 * Every literal argument of an API client's constructor that is a key, not only the first: SDKs take a key and its
 * secret (`Client("<key>", "<secret>")`, `CoinbaseExchangeAuth(key, secret, passphrase)`), an account and its token
 * (`Client("AC…", "<auth token>")`), an application id and its key (`algoliasearch("APPID", "<key>")`), or an
 * endpoint and a key (`VendorClient::new("https://…", "<key>")`, `PaymentGateway("merchant-7", "<key>", Env.LIVE)`).
 * The callee is a class as `client-constructors.ts` reads it, Rust's `Name::new`, a client factory in small letters
 * (`createClient`, `…client`, `…search`), or a bare capitalised name; after a bare name only the second argument on
 * is read, since mobile SDKs configure themselves with a public key as the first (`PurchasesConfiguration("goog_…")`).
 * A literal is taken when it is a random token; once one is, a shorter key id of letters and digits beside it is taken
 * too (the pair's other half). A UUID is taken as the call's only literal, before an options object
 * (`new Analytics("<uuid>", { flushAt: 20 })`); beside other literals it is a tenant's or an app's id.
 */

/** Client factories written in small letters: `createClient`, `twilio`, `algoliasearch`, `meilisearch`, `…Client`. */
const CLIENT_FACTORY = /^(?:create\w*Client|\w*[cC]lient|\w+search|twilio)$/;

/** The callee in small letters right before the parenthesis, with its modules. */
const LOWER_CALLEE = /(?:^|[^\w$.])((?:[A-Za-z_$][\w$]*\.){0,3})([a-z][\w$]{2,60})[ \t]*$/;

/** Rust's constructor: `VendorClient::new(`. */
const RUST_NEW = /(?:^|[^\w$:])(?:[A-Za-z_]\w*::){0,4}([A-Z]\w{1,60})::new[ \t]*$/;

/**
 * A key id beside its secret: 12 or more letters and digits, no separators, digits set among the letters at least
 * twice (`vuedg8o3ildaoujd`), as a name with a number at its end (`shop2024prod`) has them once.
 */
function keyIdBeside(value: string): boolean {
  return value.length >= 12 && value.length <= 128 && /^[A-Za-z0-9]+$/.test(value) && (value.match(/[A-Za-z]\d+(?=[A-Za-z])/g) ?? []).length >= 2;
}

interface Literal {
  start: number;
  end: number;
  index: number;
}

/**
 * The string literals among a call's arguments at its own depth, from the opening parenthesis to the closing one
 * (read within 300 characters, and no deeper than two brackets in: every literal-opened call is read, so a run of
 * unclosed calls must not make each read long), and what follows each; null when the call does not close there.
 */
function callLiterals(text: string, open: number): { literals: Literal[]; after: string[] } | null {
  const literals: Literal[] = [];
  const after: string[] = [];
  let depth = 0;
  let index = 0;
  const limit = Math.min(text.length, open + 300);
  for (let i = open + 1; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n' && depth === 0 && literals.length === 0 && index === 0) return null;
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0 || close - i > 300 || text.slice(i + 1, close).includes('\n')) return null;
      if (depth === 0) {
        literals.push({ start: i + 1, end: close, index });
        after.push(text.slice(close + 1, close + 40));
      }
      i = close;
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > 2) return null;
    }
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return c === ')' ? { literals, after } : null;
      depth--;
    } else if (c === ',' && depth === 0) index++;
  }
  return null;
}

/** How the callee before `open` is read: null when it is no client, else the first argument index read. */
function firstIndexRead(before: string): number | null {
  const callee = CALLEE.exec(before);
  if (callee) {
    const [, made, modules = '', name = '', rubyNew] = callee;
    if (VALUE_CLASS.test(name)) return null;
    if (made || rubyNew || /^\\?[a-z_$]/.test(modules) || CLIENT_NAME.test(name)) return 0;
    // A bare capitalised name (Kotlin, Python, Swift); a capitalised module before it is C#'s `Guid.Parse(…)`.
    return modules === '' ? 1 : null;
  }
  const rust = RUST_NEW.exec(before);
  if (rust) return VALUE_CLASS.test(rust[1]!) ? null : 0;
  const lower = LOWER_CALLEE.exec(before);
  return lower && CLIENT_FACTORY.test(lower[2]!) ? 0 : null;
}

/**
 * Where a call opens whose first literal comes after up to three bare arguments (numbers, names):
 * `zotero.Zotero(5146213, 'user', '<key>')`, `Client(ACCOUNT_ID, "<key>")`.
 */
const LITERAL_AFTER_BARE = /\((?:[ \t]*[\w.$-]{1,60}[ \t]*,){0,3}[ \t]*(?:[bBrRuU]{1,2}|@)?(["'`])/g;

function findClientArguments(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LITERAL_AFTER_BARE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LITERAL_AFTER_BARE.exec(text)); ) {
    const open = m.index;
    const from = firstIndexRead(text.slice(Math.max(0, open - 120), open));
    if (from === null) continue;
    const call = callLiterals(text, open);
    if (!call) continue;
    const { literals, after } = call;
    const value = (l: Literal) => text.slice(l.start, l.end);
    const random = literals.map((l) => l.index >= from && !isPlaceholder(value(l)) && looksLikeRandomToken(value(l)));
    const taken: Literal[] = literals.filter((_, i) => random[i]);
    if (taken.length > 0) {
      for (const l of literals) if (!taken.includes(l) && keyIdBeside(value(l)) && !PUBLIC_IDENTIFIER.test(value(l))) taken.push(l);
    } else if (literals.length === 1 && literals[0]!.index === 0 && from === 0 && UUID_KEY.test(value(literals[0]!)) && /^[ \t]*,[ \t]*\{/.test(after[0]!)) {
      taken.push(literals[0]!);
    }
    if (taken.length === 0 || NOT_A_CREDENTIAL_LINE.test(lineAround(text, open, 160).text)) continue;
    for (const l of taken) spans.push({ start: l.start, end: l.end, label: 'api key' });
    LITERAL_AFTER_BARE.lastIndex = Math.max(...taken.map((l) => l.end)) + 1;
  }
  return spans;
}


export const CLIENT_ARGUMENT_FINDERS: readonly Finder[] = [{ name: 'client-argument-key', find: findClientArguments }];
