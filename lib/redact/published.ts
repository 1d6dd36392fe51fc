/**
 * Values that look like secrets yet are printed for everyone: the keys that documentation and development tools
 * publish, and keys that the text itself declares public. Neither is ever redacted.
 */

/**
 * Published secrets, each public knowledge: the example of RFC 7617 (HTTP Basic), Stripe's API reference test keys (shown to every logged-out reader, they
 * charge nothing), and the private keys of the ten accounts that Hardhat and Anvil fund on every local chain (derived
 * from the mnemonic "test test … junk", printed by `npx hardhat node` and `anvil` with a warning that they are
 * publicly known), and the account key of Azure Storage's local emulators (Azurite and the Storage Emulator before it
 * serve `devstoreaccount1` with this one key in every install; Microsoft's docs print it), and the TOTP seeds that
 * standards and libraries print as their examples.
 */
const PUBLISHED_SECRETS: readonly string[] = [
  // RFC 7617's Basic credentials, "Aladdin:open sesame".
  'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  'dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // The TOTP seeds the standards and libraries print: Google Authenticator's Key Uri Format wiki (and most TOTP
  // tutorials after it), RFC 6238's test seed "12345678901234567890" in base32, and PyOTP's README.
  'JBSWY3DPEHPK3PXP',
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  'base32secret3232',
];

/**
 * xkcd 936's two passwords, quoted in talk of password strength ever since: the weak one and the passphrase. Someone
 * may use them for real too ("the password for the shared drive is Tr0ub4dor&3"), so they are the comic's only where
 * the text quotes the comic: its name or its passphrase's words beside them.
 */
const XKCD_PASSWORDS: readonly string[] = ['Tr0ub4dor&3', 'correcthorsebatterystaple', 'CorrectHorseBatteryStaple'];
const QUOTES_XKCD = /xkcd|correct[ \t_-]?horse[ \t_-]?battery[ \t_-]?staple/i;

/** Marks every occurrence of a published secret (with its `0x`, when it has one) as taken. */
export function markPublishedSecrets(text: string, taken: Uint8Array): void {
  const published = (text.includes('orse') || text.includes('kcd') || text.includes('KCD')) && QUOTES_XKCD.test(text) ? [...PUBLISHED_SECRETS, ...XKCD_PASSWORDS] : PUBLISHED_SECRETS;
  for (const value of published) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      const start = text.startsWith('0x', at - 2) ? at - 2 : at;
      if (/[A-Za-z0-9_+/]/.test(text[start - 1] ?? '') || /[A-Za-z0-9_+/=]/.test(text[at + value.length] ?? '')) continue;
      taken.fill(1, start, at + value.length);
    }
  }
}

/** A comment's marker, or a dash that sets an aside apart ("…); — DSN is public per the docs"), then its text to the line's end. */
const TRAILING_COMMENT = /(?:^|[ \t;,)])(?:\/\/|#|\/\*|--|—|–)[ \t]*([^\n]*)/;

/**
 * What a comment says when the value before it is public by design: Mapbox's `pk.` tokens, Paddle's client-side
 * tokens, browser keys restricted by referrer, Algolia's search-only keys. A question ("safe to expose?") declares nothing.
 */
const DECLARED_PUBLIC =
  /\b(?:public|publishable|search[ -]only|client[- ]side|browser|front[- ]?end)[ \t]+(?:\w+[ \t]+)?(?:token|key|id)\b|\bsafe[ \t]+to[ \t]+(?:expose|share|publish|commit|embed|ship)\b|\bsafe[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?(?:client|browser|front[- ]?end)\b|\bnot[ \t]+(?:a[ \t]+)?secret\b|\bmeant[ \t]+to[ \t]+be[ \t]+public\b|\bpublic[ \t]+by[ \t]+design\b|\b(?:dsn|key|token|config|id)s?[ \t]+(?:is|are)[ \t]+public\b/i;

/** Words that make a comment speak of a secret as well: "public and service-role keys", "admin key, never in the browser". */
const ALSO_SECRET = /\b(?:secret|private|admin|service[ _-]?role|server[- ]side)\b/i;

/** A tag question closing a statement: ", right?", ", isn't it?", ", no?", ", ¿verdad?", ", oder?", ", non ?". */
const TAG_QUESTION =
  /,[ \t]*(?:right|correct|yes|no|yeah|ok(?:ay)?|isn'?t[ \t]+it|aren'?t[ \t]+they|don'?t[ \t]+they|doesn'?t[ \t]+it|¿?verdad|¿?no|oder|nicht|ne|n'est-ce[ \t]+pas|non|vero|né|não[ \t]+é|toch|eller hur|eikö)[ \t]*\?[ \t]*$/iu;

/** Whether a comment's text says the value it speaks of is public (a question declares nothing). */
function saysPublic(whole: string | undefined): boolean {
  // The aside's first sentence: a question after it ("… so it should be fine public. Why are results not sorted?")
  // asks about something else.
  // A tag question after a statement ("… is safe in the browser, right?", "…, n'est-ce pas ?") asks only for a
  // nod: the statement still declares; a question of its own ("is it safe to expose?") declares nothing.
  const comment = whole?.split(/(?<=[.!?])[ \t]+(?=\p{Lu})/u)[0]?.replace(TAG_QUESTION, '');
  if (comment === undefined || comment.includes('?') || !DECLARED_PUBLIC.test(comment)) return false;
  return !ALSO_SECRET.test(comment.replace(/\bnot[ \t]+(?:a[ \t]+)?secret\b/gi, ''));
}

/**
 * BF's round: a bracketed aside right after the value that calls it the public one: "widget key is 3678… (public
 * one)", "(the publishable key)", "(it's public)". A question or more words there declare nothing.
 */
const PUBLIC_ASIDE = /^[ \t]*\((?:it'?s[ \t]+|that'?s[ \t]+)?(?:the[ \t]+)?(?:public|publishable)(?:[ \t]+(?:one|key|token|id))?[ \t]*\)/i;

/** A line that is a comment only. */
const COMMENT_LINE = /^[ \t]*(?:\/\/|#|\/\*|--)[ \t]*([^\n]*)$/;

/**
 * Whether the comment after a value on its line says the value is public, or the first comment below the value's
 * block, once the block has closed, does ("const firebaseConfig = { apiKey: … };" then "// the web config, meant to be
 * public"): a comment after a config block speaks of the block. A blank line ends the search.
 */
export function declaredPublic(text: string, end: number): boolean {
  // Looked for within the next 300 characters only: a search to the text's end, once per value, would make a long
  // text without line breaks quadratic.
  const ahead = text.slice(end, end + 300);
  const newline = ahead.indexOf('\n');
  const rest = newline < 0 ? ahead : ahead.slice(0, newline);
  if (saysPublic(TRAILING_COMMENT.exec(rest)?.[1]) || PUBLIC_ASIDE.test(rest)) return true;
  if (newline < 0) return false;
  const below = text.slice(end + newline + 1, end + newline + 1 + 600).split('\n');
  let closed = false;
  for (const line of below.slice(0, 8)) {
    if (line.trim() === '') return false;
    const comment = COMMENT_LINE.exec(line);
    // Only a comment after the block has closed speaks of the whole block; one between its lines is about the next.
    if (comment) return closed && saysPublic(comment[1]);
    if (BLOCK_CLOSE.test(line)) closed = true;
  }
  return false;
}

/**
 * Whether the comment line just above the value's line, or just above the line that opens the block holding the value
 * ("// Firebase web config — public by design" over `const firebaseConfig = {`), says the value is public. A comment
 * speaks of the line below it: one over another entry of the block, or over a block that has closed, is not about
 * this value. A blank line ends the search.
 */
export function declaredAbove(text: string, start: number): boolean {
  // The line's start, looked for within 600 characters: a search back to the text's start per value is quadratic in
  // a text without line breaks (a long line has no comment line above that speaks of this value anyway).
  const reach = text.slice(Math.max(0, start - 600), start);
  const newline = reach.lastIndexOf('\n');
  if (newline < 0) return false;
  const lineStart = start - reach.length + newline + 1;
  // At most 8 lines and 600 characters up: a config block, not the whole text once per value.
  const above = text.slice(Math.max(0, lineStart - 600), lineStart - 1).split('\n');
  let below = lineStart;
  for (let i = above.length - 1; i >= Math.max(0, above.length - 8); i--) {
    const line = above[i]!;
    if (line.trim() === '') return false;
    const comment = COMMENT_LINE.exec(line);
    if (comment) return (below === lineStart || opensBlockAround(text, below, start)) && saysPublic(comment[1]);
    below -= line.length + 1;
  }
  return false;
}

/** Whether brackets opened from `from` are still open at `at` (quotes are not told apart: config blocks rarely quote brackets). */
function opensBlockAround(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i]!;
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
  }
  return depth > 0;
}

/** A line that closes an object, a call or a list: `};`, `})`, `]`. */
const BLOCK_CLOSE = /^[ \t]*[}\])][}\])]*[ \t]*[;,]?[ \t]*$/;

/**
 * BA's round: a heading that declares every value of its list or file public, whatever comes between it and the
 * value: "# .env.public - everything here ships to the browser, no secrets", "public keys for the build box, safe to
 * share:". It speaks of all of them ("everything", "all", "no secrets", keys in the plural), not of the one line below
 * it, as a comment over one entry does. BB's round: "these" and "they" speak of all of them too ("# these ship to the
 * browser"), and so does a heading that says the secrets are kept somewhere else ("secrets live in the vault",
 * "secrets stay in the .env.local"): what is listed under it is what is not secret.
 */
const WHOLE_LIST_PUBLIC =
  /\b(?:everything|all|these|they)\b[^\n]{0,40}?\b(?:(?:is|are)[ \t]+public|ships?[ \t]+(?:to|in)[ \t]+the[ \t]+(?:browser|client|page|app)|safe[ \t]+to[ \t]+(?:share|expose|publish|commit))\b|\bno[ \t]+secrets\b|\b(?:keys|tokens|ids)\b[^\n]{0,80}?\bsafe[ \t]+to[ \t]+(?:share|expose|publish|commit)\b|\bsecrets[ \t]+(?:live|are[ \t]+kept|are[ \t]+stored|stay|go)[ \t]+(?:in[ \t]+(?:the[ \t]+|a[ \t]+)?(?:vault|key[ \t]?vault|secrets?[ \t]+manager|password[ \t]+manager|\.env(?:\.local)?)|elsewhere|separately)\b/i;

/** A value's name that says the value is a secret after all (a heading cannot make that one public). */
const SECRET_NAME_ON_LINE = /secret|private|admin|server|service|master|passw|signing/i;

/**
 * Whether the nearest heading above the value's line (a comment line, or a line ending in a colon; the list's other
 * lines between, and one blank line under the heading, at most 12 lines and 800 characters up) declares its whole list
 * public, and the value's own line names no secret.
 */
export function declaredForList(text: string, start: number): boolean {
  // The line's start within 200 characters, searched in those only: a search back through a text without line breaks
  // once per value would be quadratic (BJ's round: a text of many found keys and no line break made it so).
  const lead = text.slice(Math.max(0, start - 201), start);
  const newline = lead.lastIndexOf('\n');
  if (newline < 0) return false;
  const lineStart = start - lead.length + newline + 1;
  if (SECRET_NAME_ON_LINE.test(text.slice(lineStart, start))) return false;
  const above = text.slice(Math.max(0, lineStart - 800), lineStart - 1).split('\n');
  let blank = false;
  for (let i = above.length - 1; i >= Math.max(0, above.length - 12); i--) {
    const line = above[i]!;
    if (line.trim() === '') {
      if (blank) return false;
      blank = true;
      continue;
    }
    const comment = COMMENT_LINE.exec(line);
    if (comment || /:[ \t]*$/.test(line)) {
      const words = comment ? comment[1]! : line;
      return !words.includes('?') && WHOLE_LIST_PUBLIC.test(words) && !ALSO_SECRET.test(words.replace(/\bno[ \t]+secrets\b/gi, ''));
    }
    // Only the heading may stand above a blank line: an entry above one belongs to another list.
    if (blank) return false;
  }
  return false;
}
