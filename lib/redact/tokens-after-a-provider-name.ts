import type { Finder, SecretSpan } from './rules';
import { letterDigitSwitches, UUID } from './values';

/**
 * BY's round: a machine-made key written straight after a service's name, with no key word at all: "Zenpark —
 * NuUyIIbXa1fW…", "Lumenfold = …", "staging Quillbase: …", or the name alone on its line and the key alone on the
 * next. A note of credentials is kept so (a sticky note, a text file, a shared doc); BW's and BX's corpora left the
 * same shape ("RedTrack: …"). The older corpora's look-alikes bound it hard: a checksum after a pod's name
 * ("Firebase: d0bd4c…"), a coin's address after its ticker ("DOT: 1Uij5…"), a VIN, a LEI, a chat's speaker and a
 * commit ("Alex: cdeb82…"), a price's id ("Price IDs: price_…"), so:
 * - the name is one to three words as a brand writes them (a capital first, a small letter in it, a digit or two at
 *   most, thirty characters at most), none a word that names a public value (a commit, a hash, a digest, a build, an
 *   ID, an order, a wallet, an address, a coin …);
 * - the separator is a colon, an equals sign, a dash or an arrow, or the line's end (then the name and the key are
 *   each alone on their lines);
 * - the key stands alone there: twenty letters and digits or more (with `_ . + -` inside; no slash, which paths and
 *   base64 lines hold, no `=` but a base64 key's padding), in both cases, letters and digits switching at least four
 *   times; no kind's prefix (`price_`, `cus_`). Hexadecimal keys and keys of capitals and digits alone are left:
 *   after a name they are as often a checksum, a VIN or a coin's address.
 */
const NAME_WORD = String.raw`[A-Z][A-Za-z0-9]*(?:[.&+][A-Za-z0-9]+)*`;
// A name starts where no name's word or joiner stands before it: a name's own "+" or "&" ("Swedbank+Pay") joins it, so
// a start after one would read the rest of the chain again, and a long run of "Ab+Ab+…" once from each "+" (quadratic:
// 240 KB took 142 s).
const NAMED_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@/&+-])(${NAME_WORD}(?:[ \t]${NAME_WORD}){0,2})(?:[ \t]*(?::|=|->|→|[—–])[ \t]*|[ \t]+-[ \t]+|[ \t]*\n[ \t]*)([A-Za-z0-9][A-Za-z0-9_.+=-]{14,98}[A-Za-z0-9=])(?![A-Za-z0-9_/+@&-]|\.[A-Za-z0-9])`,
  'gu',
);

/** Names of public values, and words that make the line a log's or a form's field, not a service's name. */
const PUBLIC_NAME =
  /(?<![\p{L}])(?:commit|sha\d*|hash|digest|checksum|md5|crc\d*|build|version|release|tag|id|uuid|guid|request|trace|span|order|tracking|ref|reference|invoice|serial|imei|iccid|fingerprint|etag|ticket|booking|case|incident|calendar|meeting|container|image|object|file|blob|tx|txid|transaction|block|address|wallet|bitcoin|btc|eth|ethereum|litecoin|ltc|monero|xmr|doge|solana|sol|tron|trx|xrp|ada|bnb|usdt|usdc|matic|avax|puuid|sid|baseband|kernel|iban|bic|swift|vat|isbn|ean|sku|asin|part|model|device|mac|ip|hostname|host|user|username|login|email|e-mail|name|account|customer|client|member|public|publishable|pk|test|example|sample|placeholder|dummy|fake|old|revoked|expired|deleted|error|nonce|salt|iv|integrity|subresource|signature|pubkey|public[ \t]key|content|page|post|video|channel|playlist|folder|drive|sheet|doc|document|form|survey|repo|branch|merge|pr|issue|job|run|pipeline|artifact|package|checksum|licen[cs]e|product|activation|receipt|payment|refund|charge|session[ \t]id|correlation|message|msg|event|log|record|row|item|node|cluster|instance|region|zone|project|org|organisation|organization|tenant|workspace|team|app[ \t]id|application[ \t]id|client[ \t]id)(?![\p{L}])/iu;


function machineMadeToken(value: string): boolean {
  // A kind's prefix (`price_…`, `cus_…`): an id of that kind, or a key other rules read by its prefix.
  if (UUID.test(value) || /^(?:0x|bc1|sha\d*[-:])/i.test(value) || /^[a-z]{2,8}_/.test(value) || /=./.test(value)) return false;
  const alnum = value.replace(/[_.+=-]/g, '');
  if (alnum.length < 20 || !/\d/.test(alnum) || letterDigitSwitches(alnum) < 4) return false;
  // Both cases, two letters of each at least ("g5300q-240823-B-…", a baseband's version, has one capital).
  return /[A-Z][^A-Z]*[A-Z]/.test(alnum) && /[a-z][^a-z]*[a-z]/.test(alnum);
}

function findTokensAfterAProviderName(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NAMED_TOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAMED_TOKEN.exec(text)); ) {
    const name = m[1]!;
    const token = m[2]!;
    // A name in camel case is read word by word ("ExtendedRequestId": a request's id).
    // A name is a word or a few, as a brand writes them (CiviCRM, Tensor.art, Swedbank Pay): short, with a digit or
    // two at most, never a run of random characters (a base64 line's start over the next one), and not in capitals
    // alone (a coin's ticker: "DOT: …", "TRX: …", a form's "VIN: …", "LEI: …").
    if (name.length > 30 || letterDigitSwitches(name) > 2 || !/[a-z]/.test(name) || PUBLIC_NAME.test(name.replace(/([a-z])([A-Z])/g, '$1 $2')) || !machineMadeToken(token)) continue;
    // A parcel's tracking number (UPS writes 1Z and sixteen capitals and digits).
    if (/^1Z[0-9A-Z]{16}$/.test(token)) continue;
    // Across a line break, the name is alone on its line (after a comment's or a quote's mark at most), and so is
    // the token: a sentence's last word over a line of data is no label.
    if (m[0].includes('\n')) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      if (!/^[ \t#>*/-]*$/.test(text.slice(lineStart, m.index))) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (after !== '' && !/^[ \t]*(?:\n|$)/.test(after)) continue;
    }
    const start = m.index + m[0].length - token.length;
    spans.push({ start, end: start + token.length, label: 'api key' });
  }
  return spans;
}

export const TOKENS_AFTER_A_PROVIDER_NAME_FINDERS: readonly Finder[] = [{ name: 'tokens-after-a-provider-name', find: findTokensAfterAProviderName }];
