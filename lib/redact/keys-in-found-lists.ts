import { neighbourLineStart } from './line-starts';
import type { SecretSpan } from './rules';

/**
 * AZ's round: the other entries of a list whose one entry a rule has found as a provider's key. A ticket, a forwarded
 * mail, a chat, a wiki page or a sheet hands over several services' keys one to a line ("- Shopify: shpca_…" over "-
 * Snyk: 5e0d…", "Theo: Grafana one is glsa_…" over "Theo: Cisco Meraki one is 7d41…", "| Vault | hvs.… |" over "|
 * Authress | sc_… |", "Gemini;GEMINI_API_KEY;AIza…;Ines" over "Linear;LINEAR_CLIENT_SECRET;9c1f…;Femi", `setenv`
 * lines), and most services' keys carry no mark of their own: the found one, by its prefix, says what the list holds.
 * An entry beside it (up to eight lines either way, no blank line between) laid out the same way (the same leading
 * mark, the same separator before the value, as many of them before it, the same mark or the line's end after it) is a
 * key where its value has a random token's shape: sixteen characters or more of letters, digits and `_-.+/=`, two
 * digits or more and four letters or more among them, no address, path, domain or version, and where what names it is
 * a service's name in capitals (or a sheet's cell, or a `setenv` line's variable, the same command as the found
 * one's). A config's assignments (`NAME=value`, `key: value` in small letters, JSON) are left to the rules that read
 * their names; a label naming another field (an id, a user, an e-mail, a host, a digest, a model, an address, a public
 * or publishable half) keeps its value, and a key public by design stays as the found ones do.
 */
const SEP_AT_END = /(?:(?:->|=>|[:=;|→>—–]|(?<![\p{L}])is)[ \t]*)?(["'`]?)$/u;
const VALUE = /^[A-Za-z0-9_.+/=~-]{16,400}/;
const OTHER_FIELD =
  /(?<![\p{L}])(?:ids?|user(?:name)?|login|e-?mail|mail|host(?:name)?|server|url|uri|endpoint|link|site|domain|region|zone|account|org|project|name|owner|version|phone|public|publishable|sha\d*|digest|hash|checksum|fingerprint|commit|trace|span|request)(?![\p{L}])/iu;
const MAX_FOUND = 100;
const REACH = 8;
const KEY_LABELS: ReadonlySet<string> = new Set(['api key', 'bearer token']);

interface Layout {
  command: string;
  mark: string;
  sep: string;
  quote: string;
  count: number;
  tail: string;
}

const markOf = (head: string): string => {
  const c = head.trimStart()[0] ?? '';
  return /[\p{L}\p{N}]/u.test(c) ? 'w' : c;
};
const tailOf = (s: string): string => s.trimStart()[0] ?? '';

/** The places right after each separator in `head`, in order (whitespace runs where the separator is blank). */
function sepEnds(line: string, sep: string): number[] {
  const ends: number[] = [];
  if (sep === '') {
    const re = /\S[ \t]+(?=\S)/g;
    for (let m: RegExpExecArray | null; (m = re.exec(line)); ) ends.push(m.index + m[0].length);
    return ends;
  }
  const word = /^[\p{L}]+$/u.test(sep);
  for (let at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, at + sep.length)) {
    if (word && (/[\p{L}]/u.test(line[at - 1] ?? '') || /[\p{L}]/u.test(line[at + sep.length] ?? ''))) continue;
    let end = at + sep.length;
    while (line[end] === ' ' || line[end] === '\t') end++;
    ends.push(end);
  }
  return ends;
}

function layoutOf(line: string, start: number, end: number): Layout | null {
  const head = line.slice(0, start);
  const m = SEP_AT_END.exec(head)!;
  const quote = m[1]!;
  const sep = m[0].slice(0, m[0].length - quote.length).trim();
  if (sep === '' && !/\S[ \t]+["'`]?$/.test(head)) return null;
  // An assignment (`NAME=value`, `key = "…"`, `=>`) is a config's, whose names the rules for names read.
  if (sep === '=' || sep === '=>') return null;
  const count = sepEnds(head + 'x', sep).filter((e) => e <= start - quote.length).length;
  if (count === 0) return null;
  const after = line.slice(quote !== '' && line[end] === quote ? end + 1 : end);
  return { command: head.trim().split(/[ \t]+/)[0]!, mark: markOf(head), sep, quote, count, tail: tailOf(after) };
}

function keyShaped(v: string): boolean {
  if (/:\/\/|@|^\/|\.(?:com|org|net|io|dev|app|html?|pdf|png|jpe?g|txt|csv|json|ya?ml|js|ts|py)$/i.test(v)) return false;
  if (/^v?\d+(?:[._-]\d+)+$/.test(v) || /^\d{4}-\d\d-\d\d/.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  const letters = v.replace(/[^A-Za-z]/g, '').length;
  return digits >= 2 && letters >= 4;
}

/** A label that names a thing's identifier, not a key: `DevEUI`, `RESTAURANT_GUID`, `AccountTag`, `CONTRACT_ADDRESS`. */
const ID_END = /(?:id|ids|uid|guid|uuid|sid|eui|tag|address|addr|model|region|url|host)$/i;
/** A service's name as a list gives it ("Cisco Meraki", "1Password", "GitLab OAuth app"); a sheet's cell may be a variable. */
const SERVICE_LABEL = /^[\p{Lu}\p{N}][\p{L}\p{N} &.+'’()-]{0,40}$/u;
const CELL_LABEL = /^[\p{Lu}\p{N}][\p{L}\p{N}_ &.+'’()-]{0,60}$/u;

/** What names the value: the cell before it, the words before the separator, or a command line's variable. */
function labelOf(head: string, own: Layout): string {
  const h = head.replace(/["'`]$/, '').trimEnd();
  if (own.sep === '') return h.split(/[ \t]+/).pop()!;
  const before = h.endsWith(own.sep) ? h.slice(0, h.length - own.sep.length) : h;
  if (own.sep === ';' || own.sep === '|') return before.split(own.sep).pop()!.trim();
  const words = own.sep === ':' ? before : before.split(':').pop()!;
  return words.replace(/^[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*/, '').trim();
}

function labelNamesAKey(label: string, own: Layout): boolean {
  if (OTHER_FIELD.test(label) || ID_END.test(label.replace(/[^A-Za-z]+$/, ''))) return false;
  return own.sep === ';' || own.sep === '|' || own.sep === '' ? CELL_LABEL.test(label) : SERVICE_LABEL.test(label);
}

/** The value of the line at `at` laid out as `own`, or null. */
function entryAt(text: string, at: number, own: Layout): { start: number; end: number } | null {
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - at > 2000) return null;
  const line = text.slice(at, lineEnd).replace(/\r$/, '');
  if (line.trim() === '' || markOf(line) !== own.mark) return null;
  // A command's line (`setenv NAME value`, `SetEnv NAME "value"`): the same command, a name, the value, nothing more.
  if (own.sep === '' && (line.trim().split(/[ \t]+/).length !== 3 || line.trim().split(/[ \t]+/)[0] !== own.command)) return null;
  const ends = sepEnds(line, own.sep);
  if (ends.length < own.count) return null;
  let from = ends[own.count - 1]!;
  if (own.quote !== '') {
    if (line[from] !== own.quote) return null;
    from++;
  }
  const v = VALUE.exec(line.slice(from));
  if (!v) return null;
  const to = from + v[0].length;
  const rest = line.slice(to + (own.quote !== '' && line[to] === own.quote ? 1 : 0));
  if (tailOf(rest) !== own.tail) return null;
  if (!labelNamesAKey(labelOf(line.slice(0, from), own), own)) return null;
  return { start: at + from, end: at + to };
}

export function findKeysInFoundLists(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  const seen = new Set<number>();
  for (const found of kept) {
    if (!KEY_LABELS.has(found.label)) continue;
    if (--budget < 0) break;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    if (seen.has(lineStart)) continue;
    seen.add(lineStart);
    let lineEnd = text.indexOf('\n', found.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > 2000) continue;
    const own = layoutOf(text.slice(lineStart, lineEnd), found.start - lineStart, found.end - lineStart);
    if (!own) continue;
    for (const dir of [-1, 1] as const) {
      let at = lineStart;
      for (let i = 0; i < REACH; i++) {
        at = neighbourLineStart(text, at, dir);
        if (at < 0 || text[at] === '\n' || text.startsWith('\r\n', at)) break;
        const e = entryAt(text, at, own);
        if (!e || taken.subarray(e.start, e.end).some((t) => t !== 0) || !keyShaped(text.slice(e.start, e.end))) continue;
        taken.fill(1, e.start, e.end);
        spans.push({ start: e.start, end: e.end, label: 'api key' });
      }
    }
  }
  return spans;
}
