import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { isPlaceholder, looksLikeRandomToken, UUID } from './values';

/**
 * Incoming-webhook URLs of any service: whoever holds the URL can post, so its random part is the credential. The
 * providers with a fixed URL shape (Slack, Discord, Teams …) have their own rules in `rules.ts`; this one reads the
 * shape they all share — a path word that says "hook" (`/hooks/…`, `/webhook/send?key=…`, `/bot/v2/hook/…`), a host
 * named for hooks (`hook.eu2.make.com/…`), or a `/key/` segment — and takes the URL when what follows is random.
 */

/** Path segments that say a webhook's credential follows. */
const HOOK_SEGMENT = /^(?:hooks?|webhooks?|incoming[-_]?webhooks?|key|keys|token|tokens)$/i;

/** A host whose first label says it receives hooks. */
const HOOK_HOST = /^(?:hooks?|webhooks?)\./i;

/** Query parameters that carry a webhook's credential. */
const HOOK_PARAM = /^(?:key|token|access_token|secret|sign|signature|sig)$/i;


/** Path segments named for a hook, after which a UUID is the hook's credential (a REST `/keys/<uuid>` is a key's id). */
const HOOK_WORD = /^(?:hooks?|webhooks?|incoming[-_]?webhooks?)$/i;

/** AU's round: Mattermost's hook id, 26 small letters and digits (on a self-hosted server's own host). */
const MATTERMOST_ID = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{26}$/;

/** A webhook's credential: a random token, or after a hook word a UUID (webhook ids are bearer credentials too). */
function isHookCredential(value: string, afterHookWord: boolean): boolean {
  return !isPlaceholder(value) && ((afterHookWord && (UUID.test(value) || MATTERMOST_ID.test(value))) || looksLikeRandomToken(value));
}

const WEBHOOK_URL: RegexRule = {
  name: 'webhook-url',
  pattern: /https?:\/\/([A-Za-z0-9.-]{1,253})(\/[^\s"'<>`\\)\]]{1,800})/dg,
  judge(m) {
    const host = m[1]!;
    const pathStart = m.indices![2]![0];
    const [path, query = ''] = m[2]!.split('?', 2) as [string, string?];
    const spans: SecretSpan[] = [];
    const segments = path.split('/');
    // The segments that follow a hook word, or all of them on a hook host: from the first one that is not itself a
    // hook word to the end of the path, when one of them is random.
    const hookHost = HOOK_HOST.test(host);
    let from = hookHost ? 1 : segments.findIndex((s) => HOOK_SEGMENT.test(s)) + 1;
    while (from > 0 && from < segments.length && HOOK_SEGMENT.test(segments[from]!)) from++;
    const afterHookWord = hookHost || (from > 0 && HOOK_WORD.test(segments[from - 1]!));
    if (from > 0 && from < segments.length) {
      // Rocket.Chat and others split the credential in two (`/hooks/<id>/<token>`): all of it goes.
      if (segments.slice(from).some((s) => isHookCredential(s.replace(/[.,;:!]+$/, ''), afterHookWord))) {
        const start = pathStart + segments.slice(0, from).join('/').length + 1;
        const end = pathStart + path.replace(/[.,;:!]+$/, '').length;
        if (end > start) spans.push({ start, end, label: 'api key' });
      }
    }
    const hookUrl = hookHost || /hook/i.test(path);
    if (hookUrl && query) {
      let at = pathStart + path.length + 1;
      for (const pair of query.split('&')) {
        const eq = pair.indexOf('=');
        const value = pair.slice(eq + 1).replace(/[.,;:!]+$/, '');
        if (eq > 0 && HOOK_PARAM.test(pair.slice(0, eq)) && isHookCredential(value, true)) {
          spans.push({ start: at + eq + 1, end: at + eq + 1 + value.length, label: 'api key' });
        }
        at += pair.length + 1;
      }
    }
    // A webhook's URL is its credential whole, as the providers' own webhook rules in `rules.ts` take it: the host
    // and path before the random part say where to post, and left in view they would leave a known service's URL
    // with a hole to fill. A `/key/` segment outside a webhook is a key in an API's URL, and only it goes. On a host
    // named "example" the random part alone goes, as before: a span holding the word would be read as documentation's.
    if (spans.length > 0 && (hookHost || afterHookWord || (hookUrl && from <= 0)) && !/example/i.test(host)) {
      return [{ start: m.index, end: Math.max(...spans.map((s) => s.end)), label: 'api key' }];
    }
    return spans;
  },
};

/**
 * Notification URLs of a service's own scheme, as Apprise, Moonraker, Home Assistant and other notifiers write them:
 * `discord://<webhook id>/<token>`, `tgram://<bot token>/<chat id>`, `slack://<tokenA>/<tokenB>/<tokenC>`,
 * `pover://<user>@<token>`, `gotify://host/<token>`. The part after `://` is a service's ids and tokens, not a web
 * address; each random segment in it is a credential. A scheme that names a protocol of the web or a file (`http`,
 * `ftp`, `file`, `s3` …) is not one of these, and a segment that is a word, a number or a path is kept.
 */
const NOT_A_NOTIFIER = /^(?:https?|wss?|ftps?|sftp|file|s3|gs|az|abfss?|hdfs|git|ssh|svn|rsync|smb|nfs|jdbc|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|redis|rediss|amqps?|mqtts?|ldaps?|data|blob|chrome|about|mailto|tel|urn|content|android-app|ipfs|ipns|magnet|spotify|steam|zoommtg|vscode|docker)$/i;
const SCHEME_BEFORE = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+]{2,15}$/;
const URL_BODY = /[^\s"'<>`\\)\]]{20,800}/y;

/** Found from each `://` (a literal V8 finds fast), the scheme read back from it. */
function findNotifierUrls(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(0, at - 17), at));
    // `git+https`, `svn+ssh`: a web or version-control protocol under another name.
    if (!scheme || scheme[0].split('+').some((part) => NOT_A_NOTIFIER.test(part)) || /^(?:containerd|cri-o|docker|podman)$/.test(scheme[0])) continue;
    URL_BODY.lastIndex = at + 3;
    const body = URL_BODY.exec(text);
    if (!body) continue;
    const path = body[0].split('?', 1)[0]!;
    // A resource's path under a word (`mapbox://styles/<user>/<style id>`, `spotify://track/<id>`) names a public
    // object; a notifier's opens with its ids or tokens.
    if (/^[a-z]+\//.test(path)) continue;
    for (const part of path.matchAll(/[^/:@]+/g)) {
      const value = part[0].replace(/[.,;!]+$/, '');
      const start = at + 3 + part.index;
      // A digest or a container's id is hex; a notifier's tokens are not.
      if (value.length >= 20 && !/^[0-9a-f]+$/i.test(value) && looksLikeRandomToken(value)) spans.push({ start, end: start + value.length, label: 'api key' });
    }
    at += body[0].length;
  }
  return spans;
}

export const WEBHOOK_URL_FINDERS: readonly Finder[] = [regexFinder(WEBHOOK_URL), { name: 'notifier-url', find: findNotifierUrls }];
