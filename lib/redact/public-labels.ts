import type { SecretSpan } from './rules';
import { isBrowserEnvName } from './values';

/**
 * Keys that the words right before them call public: "Mapbox public token pk.…", "reCAPTCHA site key 6L…", "Algolia
 * search-only key (safe for frontend): …", and keys assigned to a name that a front-end build ships to every visitor
 * (`VITE_SENTRY_DSN=https://<key>@…`). Providers issue these for the browser; the secret counterpart has another
 * name (secret key, admin key, service role key), which these words never are.
 */

/**
 * A kind of key issued to be public, as the label just before a value: public, publishable, search-only, site key,
 * client-side, browser, front-end; an aside in parentheses and a colon may follow.
 */
const PUBLIC_LABEL_BEFORE =
  /(?:^|[^\p{L}\p{N}_-])(?:public|publishable|search[ -]only|site|client[- ]side|browser|front[- ]?end)[ \t]+(?:api[ \t]+)?(?:token|key)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[:=]|is)?[ \t]*["'`]?$/iu;

/** A public label with what the key is for between it and its colon: "search-only key for the browser:". */
const PUBLIC_LABEL_FOR =
  /(?:^|[^\p{L}\p{N}_-])(?:public|publishable|search[ -]only|site|client[- ]side)[ \t]+(?:api[ \t]+)?(?:token|key)[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?(?:browser|front[- ]?end|web|client|site|widget|app)[ \t]*:[ \t]*$/iu;

/**
 * Kinds of value that providers issue to be shipped in the page or the app, named so right before the value: an
 * analytics project token (Mixpanel) and a meeting SDK's key (Zoom). Their secret counterparts have other names (API
 * secret, SDK secret), which these never are. (A Segment write key is not among them: a server source's write key
 * is a secret under the same name.)
 */
const CLIENT_KIND_BEFORE = /(?:^|[^\p{L}\p{N}_-])(?:project[ _]?token|sdk[ _]?key)["'`]?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[:=]|is)?[ \t]*["'`]?$/iu;

/**
 * The name a value is assigned to on its line (`NAME=`, `NAME: "`, `"name": "`), if any; the value may be part of the
 * assigned word (the key in `VITE_SENTRY_DSN=https://<key>@…`).
 */
const ASSIGNED_NAME = /([A-Za-z_][\w.-]{0,127})["'\]]?[ \t]*(?:=|:)[ \t]*["'`]?[^\s"'`]{0,200}$/;

/**
 * AY's round: Pusher's app key (`PUSHER_KEY`, `PUSHER_APP_KEY`, `pusherAppKey`) is what `new Pusher(key, {cluster})`
 * ships to every browser that subscribes; the app's secret, under its own name, signs the server's calls.
 */
const PUSHER_APP_KEY = /^(?:(?:next|vite|reactapp|mix|public)?)pusher(?:app)?key$/;

/**
 * A name that calls its key the public kind, in any case style: `searchOnlyApiKey`, `ALGOLIA_SEARCH_ONLY_KEY`,
 * `publishable_key`, `publicApiKey`; not one that says secret, admin, private, service or server as well.
 */
function publicKeyName(name: string): boolean {
  const joined = name.replace(/[\W_]/g, '').toLowerCase();
  return (/(?:searchonly|public|publishable)(?:api|access)?(?:key|token)$/.test(joined) || PUSHER_APP_KEY.test(joined)) && !/secret|admin|private|service|server|master/.test(joined);
}

/**
 * A key in a `data-…key` attribute of an HTML tag (`<script src=… data-client-key="…">`, `data-sitekey`): markup
 * every visitor's browser receives, so only a key issued to be public belongs there.
 */
const IN_PAGE_KEY_ATTRIBUTE = /<[A-Za-z][\w-]{0,20}[ \t][^<>\n]{0,300}?[ \t]data-[\w-]{0,30}key=["']$/i;

/**
 * A line of prose that ends by introducing what follows as the public kind of key, in the languages the rules read
 * ("the front end uses the public key:", "o front usa a chave pública:", "la clave pública:", "la clé publique :",
 * "den öffentlichen Schlüssel:"), then at most one blank line before the value's line.
 */
const PUBLIC_KEY_INTRO =
  /(?:^|[^\p{L}])(?:(?:public|publishable)[ \t]+(?:api[ \t]+)?(?:key|token)|chave[ \t]+p[úu]blica|clave[ \t]+p[úu]blica|cl[ée][ \t]+publique|chiave[ \t]+pubblica|[öo]ffentlichen?[ \t]+Schl[üu]ssel|publieke[ \t]+sleutel|klucz[ \t]+publiczny|offentlig[ \t]+(?:nyckel|nøkkel|nøgle)|公钥|公開鍵|공개[ \t]?키)[ \t]*[:：][ \t]*$/iu;
/** Words on the value's own line that name it a secret after all. */
const SECRET_ON_LINE = /secret|private|privad[ao]|privée?|privat|segret|secreta|geheim/i;

function introducedAsPublic(text: string, lineStart: number, lineBefore: string): boolean {
  if (lineStart <= 0 || SECRET_ON_LINE.test(lineBefore)) return false;
  const above = text.slice(Math.max(0, lineStart - 300), lineStart - 1).split('\n');
  let last = above.pop();
  if (last !== undefined && last.trim() === '') last = above.pop();
  return last !== undefined && PUBLIC_KEY_INTRO.test(last);
}

/** What every browser-shipped name holds (checked first: most lines hold none, and the name's pattern costs more). */
const BROWSER_PREFIX = /(?:PUBLIC|VITE|REACT_APP|NUXT_ENV|GATSBY|VUE_APP|STORYBOOK)_/;

/**
 * Whether the text just before `start` (on its line) names the value as a public key or, for a key that is not a JWT,
 * a browser-shipped variable. (Whether a JWT is public is in its payload, not its name: Supabase's anon key and its
 * service-role key are both JWTs, and the service-role key pasted under a `NEXT_PUBLIC_` name by mistake is a leak.)
 */
export function labelledPublic(text: string, start: number, label: SecretSpan['label']): boolean {
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (PUBLIC_LABEL_BEFORE.test(line) || PUBLIC_LABEL_FOR.test(line) || CLIENT_KIND_BEFORE.test(line)) return true;
  if (IN_PAGE_KEY_ATTRIBUTE.test(line) || introducedAsPublic(text, start - before.length + before.lastIndexOf('\n') + 1, line)) return true;
  // The label, then the name the value is assigned to: "Algolia search-only key for the browser: ALGOLIA_SEARCH_KEY=…".
  const labelOfName = line.replace(/[A-Za-z_][\w.-]{0,127}[ \t]*=[ \t]*["'`]?$/, '');
  if (labelOfName !== line && (PUBLIC_LABEL_FOR.test(labelOfName) || PUBLIC_LABEL_BEFORE.test(labelOfName))) return true;
  if (label === 'jwt') return false;
  // The assigned name is read only where a word for it stands (most lines hold none, and the name's pattern costs more).
  const publicWord = /public|publishable|search[\W_]?only|pusher/i.test(line);
  const browser = BROWSER_PREFIX.test(line);
  if (!publicWord && !browser) return false;
  const name = ASSIGNED_NAME.exec(line)?.[1];
  if (name === undefined) return false;
  return (publicWord && publicKeyName(name)) || (browser && isBrowserEnvName(name));
}
