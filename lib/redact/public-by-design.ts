import { isGhostContentKey } from './ghost-keys';
import { regexFinder, type Finder, type SecretSpan } from './rules';

/**
 * Keys that providers issue to be shipped in client code, kept where their format or their place in the text marks
 * them as the public kind (the rule is written down in test/fixtures/redaction/README.md):
 * - Mapbox `pk.` tokens (the secret kind is `sk.`, the temporary one `tk.`);
 * - the key a browser analytics or monitoring SDK's snippet starts with (`analytics.load('…')`, `mixpanel.init('…')`);
 * - a Sentry DSN's key, the user part of `https://<key>@…sentry…/<project>` (Sentry documents it as public; the
 *   legacy secret after a colon, `https://<key>:<secret>@…`, is not this);
 * - a Firebase web config's `apiKey` inside a `firebaseConfig = {…}` or `initializeApp({…})` block, and a Firebase
 *   Android app's key, the `current_key` of google-services.json (the build writes it into the APK's resources), and
 *   an Apple app's, the `API_KEY` of GoogleService-Info.plist (copied into the app bundle);
 * - a Supabase anon key: a JWT whose payload says `"role": "anon"`, under an anon or publishable name or as
 *   the key argument of a Supabase client's constructor after its URL, written out or held in a name. A JWT whose
 *   payload says anything else (`service_role`) stays a secret wherever it stands: the payload, not the name, says
 *   which key it is.
 * Any of these under a name that says secret, admin, service, server or private is taken for a secret: that is the
 * counterpart pasted where it should not be, or a name that means it.
 */

/** The name just before a value that says it is a secret counterpart. */
const SECRET_NAME_BEFORE = /(?:secret|admin|service|server|private|master)[\w.-]{0,40}["'\]]?[ \t]*(?:[:=]|=>)[ \t]*["'`]?$/i;

/** The same line's text before `start`, at most 160 characters. */
function lineBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * A Mapbox public token: `pk.`, the claims (base64url JSON, `eyJ…`, as Mapbox issues them; or a long random run, as
 * copies and generators write it), a dot and the signature. No other provider issues a `pk.` token of two dotted parts.
 * AT's round: the claims alone, long, without the signature (a copy cut at its dot, a generator's): `pk.eyJ…` is still
 * Mapbox's public kind, the claims' `eyJ` (base64 of `{"`) being a signed token's and `pk.` the public prefix.
 */
const MAPBOX_PUBLIC_SOURCE = 'pk\\.(?:(?:eyJ[A-Za-z0-9_-]{10,300}|[A-Za-z0-9_-]{40,300})\\.[A-Za-z0-9_-]{10,100}|eyJ[A-Za-z0-9_-]{40,300})';
const MAPBOX_PUBLIC = new RegExp(`^${MAPBOX_PUBLIC_SOURCE}$`);

/** A Sentry DSN's key: 32 hex digits between `://` and `@`, before a host that names Sentry or its ingest. */
function isSentryDsnKey(text: string, span: SecretSpan, value: string): boolean {
  if (!/^[0-9a-f]{32}$/i.test(value) || text.slice(span.start - 3, span.start) !== '://') return false;
  return /^@[\w.-]*(?:sentry|ingest)[\w.-]*(?::\d+)?\/\d+/i.test(text.slice(span.end, span.end + 120));
}

/** A Google API key as google-services.json's `"current_key": "…"`, the key the Firebase Android SDK ships. */
function isFirebaseAndroidKey(text: string, span: SecretSpan, value: string): boolean {
  return /^AIza[0-9A-Za-z_-]{35}$/.test(value) && /"current_key"[ \t]*:[ \t]*"$/.test(lineBefore(text, span.start));
}

/**
 * A Google API key as GoogleService-Info.plist's `API_KEY`, the key the Firebase Apple SDK ships in the app bundle (as
 * google-services.json's `current_key` is for Android): `<key>API_KEY</key>` then its `<string>`, in a property list
 * that holds the file's other keys (`GOOGLE_APP_ID`, `GCM_SENDER_ID`, `BUNDLE_ID`, `PROJECT_ID`).
 */
function isFirebaseAppleKey(text: string, span: SecretSpan, value: string): boolean {
  if (!/^AIza[0-9A-Za-z_-]{35}$/.test(value) || !/<key>API_KEY<\/key>\s*<string>$/.test(text.slice(Math.max(0, span.start - 80), span.start))) return false;
  const around = text.slice(Math.max(0, span.start - 1500), span.end + 1500);
  return /<key>(?:GOOGLE_APP_ID|GCM_SENDER_ID|BUNDLE_ID|PROJECT_ID|STORAGE_BUCKET)<\/key>/.test(around);
}

/** A block a Firebase web config opens: `const firebaseConfig = {`, `initializeApp({`, `FirebaseOptions(`. */
const FIREBASE_BLOCK = /\b(?:firebase_?config|initializeApp|FirebaseOptions)\b[^\n{(]{0,40}[{(]/gi;

/** Whether `at` lies inside brackets opened at `from` and not yet closed. */
function insideBlock(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i]!;
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth <= 0) return false;
    }
  }
  return depth > 0;
}

/** A Google API key as the `apiKey` of a Firebase web config block (looked for in the 800 characters above). */
function isFirebaseWebKey(text: string, span: SecretSpan, value: string): boolean {
  if (!/^AIza[0-9A-Za-z_-]{35}$/.test(value) || !/\bapi_?key["']?[ \t]*[:=][ \t]*["']?$/i.test(lineBefore(text, span.start))) return false;
  const from = Math.max(0, span.start - 800);
  const above = text.slice(from, span.start);
  FIREBASE_BLOCK.lastIndex = 0;
  let open = -1;
  for (let m: RegExpExecArray | null; (m = FIREBASE_BLOCK.exec(above)); ) open = from + m.index + m[0].length - 1;
  return open >= 0 && insideBlock(text, open, span.start);
}

/** The role a JWT's payload claims, if it decodes to JSON with one. */
function jwtRole(value: string): string | undefined {
  const payload = value.split('.')[1];
  if (payload === undefined || payload.length > 2000) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const role = (JSON.parse(json) as { role?: unknown }).role;
    return typeof role === 'string' ? role : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An anon or publishable name right before the value, or the key argument of a Supabase client's constructor after its
 * URL, whether the URL is written out (`createClient('https://….supabase.co', `) or held in a name (`createClient(url,
 * `, `createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, `, Python's `create_client(url, `, Swift's
 * `SupabaseClient(supabaseURL: url, supabaseKey: `): the payload's anon role says which key it is, the call where it
 * is used.
 */
const ANON_PLACE =
  /(?:anon|publishable)(?:[\w.-]{0,40}|[ \t][^\n:=]{0,60})["'\]]?[ \t]*(?:[:=]|=>)[ \t]*["'`]?$|(?:createClient|createBrowserClient|createServerClient|createSupabaseClient|create_client|SupabaseClient)\([ \t]*(?:(?:supabase_?ur[il])[ \t]*[:=][ \t]*)?(?:["'`]https:\/\/[a-z0-9-]+\.supabase\.co\/?["'`]|["'`][^"'`\n,()]{1,200}["'`]|[\w$.!]{1,120})[ \t]*,[ \t]*(?:(?:supabase_?key|key)[ \t]*[:=][ \t]*)?["'`]?$/i;

function isSupabaseAnonKey(text: string, span: SecretSpan, value: string): boolean {
  if (!value.startsWith('eyJ') || jwtRole(value) !== 'anon') return false;
  // A call's arguments written one a line (`createClient(\n  'https://….supabase.co',\n  'eyJ…'`) read as one line.
  return ANON_PLACE.test(lineBefore(text, span.start)) || ANON_PLACE.test(text.slice(Math.max(0, span.start - 400), span.start).replace(/[ \t]*\r?\n[ \t]*/g, ' '));
}

/** A token around `at`: the run of base64url characters and dots that holds it. */
function tokenAround(text: string, at: number): string {
  let start = at;
  let end = at;
  while (start > 0 && /[A-Za-z0-9_.-]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[A-Za-z0-9_.-]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** Whether a token is itself one of the public kinds of signed token (a `pk.` token, an anon JWT). */
function publicToken(token: string): boolean {
  return MAPBOX_PUBLIC.test(token) || (token.startsWith('eyJ') && jwtRole(token) === 'anon');
}

/**
 * Whether the text also holds a secret token that opens as this public one does: a service-role JWT of the same
 * project (the same header and claims up to the project's ref), or an `sk.` token of the same Mapbox account (the same
 * user claim). A signed token's opening is its header and claims, not its secret; but kept beside its secret twin it
 * shows the twin's first characters word for word, and nobody reading the text can tell which of the two was kept.
 * Masking the public one too costs the reader nothing.
 */
function hasSecretTwin(text: string, span: SecretSpan, value: string): boolean {
  const dot = value.indexOf('.');
  const opening = value.startsWith('pk.') ? value.slice(3, 3 + 20) : value.slice(0, dot + 1 + 24);
  if (opening.length < 20) return false;
  // Looked for within 4,000 characters either side: a pasted config or chat turn, not the whole text once per token
  // (a text of many such tokens would make that quadratic).
  const from = Math.max(0, span.start - 4000);
  const near = text.slice(from, Math.min(text.length, span.end + 4000));
  // At most 16 look-alikes are read: a text that repeats one public token thousands of times must stay linear.
  let seen = 0;
  for (let at = near.indexOf(opening); at >= 0 && seen < 16; at = near.indexOf(opening, at + opening.length), seen++) {
    if (value.startsWith('pk.')) {
      if (near.startsWith('sk.', at - 3) || near.startsWith('tk.', at - 3)) return true;
      continue;
    }
    const token = tokenAround(near, at);
    if (token !== value && !publicToken(token)) return true;
  }
  return false;
}

/**
 * A Google API key in the Maps JavaScript API's loader URL (`<script src="https://maps.googleapis.com/maps/api/js?key=…">`)
 * that the text says is restricted to a domain or referrer: the page hands it to every visitor's browser, and the
 * restriction is what guards it. Without such words it stays masked: the same key may be unrestricted and open
 * Google's paid server APIs.
 */
const RESTRICTED_TO_SITE =
  /\brestrict(?:ed|ion)\b[^\n]{0,40}?\b(?:domains?|referr?ers?|websites?|sites?|origins?)\b|\b(?:(?:HTTP|website|domain|site)[ \t-]+)?referr?er[ \t-]*(?:restricted|locked|limited)\b|\b(?:domain|website|site|origin)[ \t-]*(?:restricted|locked|limited)\b|\b(?:restricted|limited|locked)[ \t]+(?:by|with|via)[ \t]+(?:HTTP[ \t]+)?(?:referr?ers?|domains?|origins?|websites?)\b/i;

function isMapsLoaderKey(text: string, span: SecretSpan, value: string): boolean {
  if (!/^AIza[0-9A-Za-z_-]{35}$/.test(value)) return false;
  if (!/maps\.googleapis\.com\/maps\/api\/js\?(?:[^"'\s<>]*?&(?:amp;)?)?key=$/.test(lineBefore(text, span.start))) return false;
  const around = text.slice(Math.max(0, span.start - 300), span.end + 300);
  return RESTRICTED_TO_SITE.test(around) || RESTRICTED_TO_ADDRESS.test(around);
}

/**
 * The same said with the site itself, in English and the languages most people write in: "restricted to
 * https://example.com/*", "locked to *.example.org", "only works on example.com", "allowed referrers: …",
 * "restringida a https://…", "eingeschränkt auf example.de", "limitée à …", "обмежений до …".
 */
const SITE = String.raw`(?:https?:\/\/|\*\.|[\p{L}\p{N}-]+\.[\p{L}]{2,}(?:[\/:*.,;)]|[ \t]|$))`;
const RESTRICTED_TO_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:restricted|limited|locked|bound|tied)[ \t]+(?:only[ \t]+)?to|only[ \t]+(?:works|allowed)[ \t]+(?:on|from|for)|allowed[ \t]+(?:referr?ers|domains|origins|websites|sites)[ \t]*:?|` +
    String.raw`restringid[ao][ \t]+(?:a|al|para)|limitad[ao][ \t]+(?:a|al|para)|restreinte?[ \t]+(?:à|au|a)|limit[ée]e?[ \t]+(?:à|au)|eingeschr[äa]nkt[ \t]+auf|beschr[äa]nkt[ \t]+auf|limitata?[ \t]+a|` +
    String.raw`beperkt[ \t]+tot|begr[äa]nsad[ \t]+till|begrenset[ \t]+til|begr[æa]nset[ \t]+til|ograniczon[ya][ \t]+do|omezen[ýa][ \t]+na|ограничен\p{L}*[ \t]+(?:до|на|по)|обмежен\p{L}*[ \t]+(?:до|на)|k[ıi]s[ıi]tl[ıi]|dibatasi[ \t]+(?:ke|pada|untuk))[ \t]+${SITE}`,
  'iu',
);

/**
 * The first argument of a browser analytics or monitoring SDK's start call, as its snippet on every page writes it:
 * Segment's and RudderStack's write key (`analytics.load('…')`, `AnalyticsBrowser.load({ writeKey: '…' })`),
 * Mixpanel's project token, PostHog's, Amplitude's, Heap's, Pendo's and Countly's keys, LogRocket's app id, Bugsnag's
 * notifier key. Each provider documents the value as meant for the browser (it can only send events in); the
 * server-side secrets of the same providers (an export secret, a personal key) go to no such call.
 */
const ANALYTICS_CALL =
  /(?:\b(?:window\.)?(?:analytics|rudderanalytics|mixpanel|posthog|amplitude(?:\.getInstance\([^()\n]{0,40}\))?|heap|pendo|Countly|LogRocket|Bugsnag|BugsnagPerformance|FS|smartlook|hj)\.(?:load|init|initialize|start|identify)\([ \t]*|\bAnalyticsBrowser\.load\([ \t]*\{[ \t]*writeKey[ \t]*:[ \t]*)["'`]$/;

function isAnalyticsSnippetKey(text: string, span: SecretSpan): boolean {
  return ANALYTICS_CALL.test(lineBefore(text, span.start));
}

/**
 * Whether a found key is a public signed token (a `pk.` token, an anon JWT) whose secret twin is in the text: masked
 * whatever else calls it public (a comment beside it, a label), as in its public place.
 */
export function publicTokenWithSecretTwin(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  return publicToken(value) && hasSecretTwin(text, span, value);
}

/** Whether a found key is one of the public kinds above, in its public place. */
export function publicByPlace(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (SECRET_NAME_BEFORE.test(lineBefore(text, span.start))) return false;
  if (isSentryDsnKey(text, span, value) || isFirebaseWebKey(text, span, value) || isFirebaseAndroidKey(text, span, value) || isFirebaseAppleKey(text, span, value) || isMapsLoaderKey(text, span, value) || isGhostContentKey(text, span, value)) return true;
  if (isAnalyticsSnippetKey(text, span)) return true;
  return (MAPBOX_PUBLIC.test(value) || isSupabaseAnonKey(text, span, value)) && !hasSecretTwin(text, span, value);
}

/**
 * Mapbox `pk.` tokens wherever they stand, found so that `publicByPlace` may judge them: kept, unless a secret twin
 * of the same account is in the text or a secret's name is right before it.
 */
export const PUBLIC_TOKEN_FINDERS: readonly Finder[] = [
  regexFinder({
    name: 'mapbox-public-token',
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${MAPBOX_PUBLIC_SOURCE}(?![A-Za-z0-9_-])`, 'dg'),
    judge: (m) => ({ start: m.index, end: m.index + m[0].length, label: 'api key' }),
  }),
];
