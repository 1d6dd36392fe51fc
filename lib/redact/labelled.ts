import { anchoredFinder } from './anchored-finder';
import { wordAnchors } from './fast-anchors';
import { groupSpan, regexFinder, windowedFinder, type Finder, type RegexRule } from './rules';
import { anotherThingsNumber, classifyKey, contextOf, hasAlphabetRun, letterDigitSwitches, looksLikeRandomToken, trimTrailingPunctuation, UUID } from './values';
import type { SecretSpan } from './rules';

/**
 * Secrets that only a nearby word names: a token after "client secret" or "deploy token is" in prose, a string literal
 * with `# admin key` beside it, a base32 seed after "setup key", a legacy Vault token in a Vault config. The word is
 * read the way key names are (`classifyKey`), so "public key", "idempotency key" and "sort key" name no secret; the
 * value must look machine-made (`looksLikeRandomToken`), so prose after the word is left alone.
 */

/** The text from `from` to `to`, cut at the line breaks around `at`. */
function lineAround(text: string, at: number, from: number, to: number): string {
  const s = contextOf(text, from, to);
  const i = at - Math.max(0, from);
  const lineStart = s.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = s.indexOf('\n', i);
  return s.slice(lineStart, lineEnd < 0 ? s.length : lineEnd);
}

/** The up to two words before `at` on its line, joined with the label: "binance api key", "staging deploy token". */
function labelPhrase(text: string, at: number, label: string): string {
  const before = lineAround(text, at, at - 60, at).match(/(?:[\p{L}\p{N}_-]+[ \t]+){0,2}$/u)?.[0] ?? '';
  return `${before}${label}`.trim();
}

/**
 * "client secret X", "the staging deploy token is X", "binance api key: X", "API token — X", "key_secret X" (a key
 * name used as a word), "webhook secret I put in the settings: X" (a short clause, then a colon and a space: `shows
 * nodekey:…` is a typed value; a possessive may stand in the clause: "token for the bar's song queue: …"), "Your API
 * key is:" with the key on a line below.
 */
const PROSE_SECRET: RegexRule = {
  name: 'prose-secret',
  pattern:
    /(key|token|secret|pat)(?![\p{L}\p{N}_])(?:[ \t]*[:=][ \t]*(?:\r?\n[ \t]*){0,2}|[ \t]+(?:is|was|are|reads)[ \t]*:?(?:[ \t]*(?:\r?\n[ \t]*){1,2}|[ \t]+)|[ \t]+[-–—→][ \t]+|[ \t]+(?:[^\n:=.!?"'`]|(?<=\p{L})['’]s(?![\p{L}])){1,40}?[ \t]*:(?:[ \t]+|(?=["'`]))|[ \t]+)(?:"([^"\n]{20,512})"|'([^'\n]{20,512})'|`([^`\n]{20,512})`|([^\s"'`<>()[\]{}]{20,512}))/dgiu,
  judge(m, text) {
    let labelStart = m.index;
    if (m.index > 0 && /[\p{L}\p{N}_]/u.test(text[m.index - 1]!)) {
      // Inside a word ("monkey") unless the word is a key name written as one (`key_secret`, `apiToken`).
      while (labelStart > 0 && labelStart > m.index - 40 && /[\p{L}\p{N}_.-]/u.test(text[labelStart - 1]!)) labelStart--;
      const word = text.slice(labelStart, m.index + m[1]!.length);
      if (!/[_.-]|[a-z][A-Z]/.test(word) || classifyKey(word) !== 'secret') return null;
    }
    // "PAT" (a personal access token) in capitals; "pat" is a word and a name too.
    if (m[1] !== 'PAT' && classifyKey(labelPhrase(text, labelStart, text.slice(labelStart, m.index + m[1]!.length))) !== 'secret') return null;
    if (/^pat$/i.test(m[1]!) && m[1] !== 'PAT') return null;
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, m.index - 60, m.index + 60))) return null;
    if (/^key$/i.test(m[1]!) && STORED_UNDER.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // A key of data ("Kafka message key (base64): …") names a record, whatever its value looks like.
    if (/^key$/i.test(m[1]!) && DATA_KEY.test(labelPhrase(text, labelStart, 'key'))) return null;
    const span = groupSpan(m, [2, 3, 4, 5]);
    if (!span) return null;
    const value = span.group === 5 ? trimTrailingPunctuation(span.value) : span.value;
    // CA's round: a field of its own, `name=value`, whose name names no secret ("key rotation scheduled:
    // key_id=kid_0b86…"): the field is read by the key-value rules, by its own name. (A base32 or base64 key's padding,
    // `…7SM======`, is no field.)
    const field = span.group === 5 ? /^([A-Za-z_][\w.-]{0,40})=(?=[^=])/.exec(value) : null;
    if (field && classifyKey(field[1]!) === null) return null;
    const label = labelPhrase(text, labelStart, text.slice(labelStart, m.index + m[1]!.length));
    if (!(looksLikeRandomToken(value) || uuidAfterColon(value, label, text.slice(m.index + m[1]!.length, span.start))) || text[span.start + value.length] === '(') return null;
    return { start: span.start, end: span.start + value.length, label: 'api key' };
  },
};

/**
 * "stored with key …", "cached under the key …", "saved as key …": the key an entry is kept under in a cache or a
 * store names the entry; it opens nothing.
 */
const STORED_UNDER = /\b(?:stored|saved|cached|written|kept|indexed|found|persisted)[ \t]+(?:with|under|as|at)[ \t]+(?:the[ \t]+)?$/i;


/**
 * Keys of data, not of access: a UUID after "primary key:" or "partition key:" is a row's id; a Kafka "message key"
 * or a "routing key" picks a partition or a queue.
 */
export const DATA_KEY =
  /\b(?:primary|foreign|partition|sort|row|record|object|entity|unique|composite|surrogate|natural|cache|lookup|join|index|map|dict|bucket|s3|idempotency|dedup(?:lication)?|message|event|routing|shard|grouping)\b/i;

/**
 * A UUID set apart as the value of a key or token ("heroku api key: <uuid>", "the token is <uuid>"): Heroku, Snyk,
 * Postmark and others issue their keys as UUIDs. Without a colon, `=` or "is" a UUID after such a word is more often
 * an id written beside it; after a key of data it is a row's id.
 */
function uuidAfterColon(value: string, label: string, between: string): boolean {
  // A key's id, number or name names the key (BitLocker's "Recovery key ID: <uuid>", a KMS "key identifier"): the id is
  // shown beside the key and opens nothing.
  if (KEY_ID_AFTER.test(between)) return false;
  return UUID.test(value) && /[:=]|\b(?:is|was|are|reads)\b/.test(between) && !DATA_KEY.test(label);
}

const KEY_ID_AFTER = /^[ \t_-]*(?:id|ids|identifier|ident|kennung|identifiant|identificador|identificativo|identificatore|идентификатор|numm?er|number|no|nr|name|serial|label|alias)(?![\p{L}])/iu;

/** Words on a line that make a random value on it a digest or an identifier rather than a credential. */
const NOT_A_CREDENTIAL_LINE = /\b(?:hash(?:es|ed)?|sha-?\d*|md5|digest|checksum|integrity|commit|etag|fingerprint|nonce|uuid|guid|request[ _-]?id|trace[ _-]?id|gpg|pgp)\b/i;
/** Words that may name a credential, checked with the word before them as a key name would be. */
const CREDENTIAL_WORD = /([\p{L}\p{N}_.-]+[ \t]+)?([\p{L}\p{N}_.-]*(?:key|token|secret|credential|password)[\p{L}\p{N}_.-]*)/giu;
/** A comment: its marker after a space or at the line's start, then a space. */
const COMMENT = /(?:^|[ \t])(?:#|\/\/|\/\*|--|;)[ \t]+(.*)$/;

/** Whether a comment names a credential ("admin key", "trial key", "server-side write key"). */
function namesCredential(comment: string | undefined): boolean {
  if (!comment || NOT_A_CREDENTIAL_LINE.test(comment)) return false;
  for (const w of comment.matchAll(CREDENTIAL_WORD)) {
    if (classifyKey(`${w[1] ?? ''}${w[2]}`) === 'secret' || classifyKey(w[2]!) === 'secret') return true;
  }
  return false;
}

/** The comment after a literal on its line (`… # trial key`), or a comment line just above that line. */
function commentNamesCredential(text: string, start: number, end: number): boolean {
  const after = contextOf(text, end, end + 200).split('\n')[0]!;
  if (namesCredential(COMMENT.exec(after)?.[1])) return true;
  const before = contextOf(text, start - 300, start).split('\n');
  const above = before.length >= 2 ? before[before.length - 2]! : '';
  return /^[ \t]*(?:#|\/\/|--)/.test(above) && namesCredential(above);
}

/**
 * A random string literal that a comment names as a credential: `co = cohere.Client('P3ge…')  # trial key`,
 * `algoliasearch('1BJM…', '3216…'); // admin key`. (Names in code are read by the key-value rules.)
 */
const LABELLED_LITERAL: RegexRule = {
  name: 'labelled-literal',
  pattern: /(["'`])([A-Za-z0-9_\-.+/=~]{20,512})\1/dg,
  judge(m, text) {
    const span = groupSpan(m, [2])!;
    if (!looksLikeRandomToken(span.value) || !commentNamesCredential(text, m.index, m.index + m[0].length)) return null;
    return { start: span.start, end: span.end, label: 'api key' };
  },
  resumeAfterReject: (m) => m.index + m[0].length - 1,
};

/**
 * What a one-time-password seed is called near it, or how an authenticator app's set-up screen offers it ("can't scan the
 * QR code? enter this key manually", "Can't scan? Enter this key:").
 */
const OTP_CONTEXT = /\b(?:2fa|mfa|totp|hotp|otp|two[ -]?factor|second[ -]?(?:factor|step)|2-?step|two[ -]?step|authenticator|authy|time-based|setup[ \t]+key|secret[ \t]+key|seed|otpauth|scan[ \t]+the[ \t]+qr|qr[ \t-]?code|key[ \t]+manually|manual[ \t]+entry|enter[ \t]+(?:this|the)[ \t]+(?:key|code|secret)(?:[ \t]+manually)?|can['’]?t[ \t]+scan|unable[ \t]+to[ \t]+scan|cannot[ \t]+scan|einrichtungsschlüssel|clé[ \t]+de[ \t]+configuration|clave[ \t]+de[ \t]+configuración|chave[ \t]+de[ \t]+configuração|chiave[ \t]+di[ \t]+configurazione|opsætningsnøgle|oppsettsnøkkel|konfigurationsnyckel|inställningsnyckel|instelsleutel|installatiesleutel|määritysavain|asetusavain|klucz[ \t]+konfiguracji|kurulum[ \t]+anahtarı|kunci[ \t]+penyiapan|to-?faktor|tv[åa]-?faktor|totrinns|zwei-?faktor|twee-?(?:staps|factor)|kaksivaihei(?:nen|sen)|dwuetapow[a-ząę]*|doble[ \t]+factor|deux[ \t]+facteurs|due[ \t]+fattori|dois[ \t]+fatores|iki[ \t]+adımlı)(?![A-Za-z0-9À-ÿ])|κλειδ[ίι][ \t]+(?:ρύθμισης|ρυθμισης|εγκατάστασης)|ключ[ \t]+(?:настройки|налаштування)|kl[íi][čc][ \t]+(?:pro[ \t]+)?nastaven[íi]|kh[óo]a[ \t]+thi[ếe]t[ \t]+l[ậa]p|be[áa]ll[íi]t[áa]si[ \t]+kulcs|cheie[ \t]+de[ \t]+configurare|セットアップキー|設定キー|설정[ \t]*키|设置密钥|設定金鑰|מפתח[ \t]+הגדרה|ufunguo[ \t]+wa[ \t]+kuweka|susi[ \t]+sa[ \t]+pag-?setup/i;
const OTP_ANCHORS = new RegExp(OTP_CONTEXT.source, 'gi');

/**
 * TOTP/HOTP seeds: base32 (RFC 4648) of 16, 26, 32, 52 or 64 characters, bare or in groups of four, where the text
 * just before speaks of two-factor set-up, or passed to an OTP constructor (`pyotp.TOTP("…")`).
 */
/** Seeds that documentation and RFC 6238's test vectors print: base32 of "Hello!\xde\xad\xbe\xef" and of "1234567890…". */
const PUBLISHED_OTP_SEEDS = new Set(['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'GEZDGNBVGY3TQOJQ']);

/** Field names that a TOTP seed goes under. */
const SEED_FIELD = /secret|seed|otp|totp|hotp|mfa|2fa|two[_-]?factor|key|token|auth|base32/i;

/** An OTP account's parameters: its hash and its code's length, or its digits and period as attributes. */
const OTP_PARAMETERS_AFTER = /^["']?[ \t]*[|,;\t][ \t]*(?:SHA-?1|SHA-?256|SHA-?512)[ \t]*[|,;\t][ \t]*[68](?![\d])|^["'][ \t]+(?:algorithm=["']SHA|digits=["'][68]["'])/i;

const OTP_PARAMETER_ANCHORS = /SHA-?(?:1|256|512)(?![\w])|digits=/gi;

/**
 * A seed's length in base32: 10, 16, 20, 25, 32 and 40 bytes. BS's round: and 15 bytes (24 characters, "L34U_UWLW_…" in
 * six groups of four), which some generators draw: a whole number of bytes with no padding left over.
 */
const SEED_LENGTHS = [16, 24, 26, 32, 40, 52, 64];

/**
 * BK's round: a QR code that would not scan and a key typed instead ("the QR wouldn't scan … so I typed the long key
 * in"): what is typed in place of an authenticator's QR code is its seed.
 */
const QR_NOT_SCANNED = /\bQR\b[^\n]{0,40}?\b(?:wouldn['’]?t|won['’]?t|didn['’]?t|doesn['’]?t|couldn['’]?t|can['’]?t|would[ \t]+not|did[ \t]+not|does[ \t]+not|could[ \t]+not)[ \t]+scan/i;
/**
 * BM's round: a key shown in place of the QR code ("the site showed this instead of a QR:"): what a set-up page gives
 * instead of an authenticator's QR code is its seed, whatever it is encoded in (base32 or hex).
 */
// BO's round: or the QR named first and what was shown "instead" after ("wouldn't give me a QR …, so this is what it
// showed instead:").
const QR_INSTEAD = /\b(?:instead[ \t]+of|in[ \t]+place[ \t]+of|rather[ \t]+than)[ \t]+(?:(?:a|the|scanning[ \t]+(?:a|the))[ \t]+)?QR\b|\bQR\b[^\n.!?]{0,80}?\binstead\b[^\n.!?]{0,20}$/i;
/**
 * BK's round: the seed under its own field, a JSON key (`"secret": "…"`) or an export's column headed "secret" or
 * "seed" in a header above it (`name,secret,issuer`), as authenticators export their accounts.
 */
const SEED_KEY_BEFORE = /["'](?:secret|seed|totp_?secret|otp_?secret|shared_?secret)["'][ \t]*:[ \t]*["']$/i;
const SEED_COLUMN = /(?:^|[,;\t])[ \t]*(?:secret|seed)[ \t]*(?:[,;\t]|$)/im;
function seedField(text: string, at: number): boolean {
  if (SEED_KEY_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const sep = /[,;\t]/.exec(text.slice(lineStart, at))?.[0];
  if (!sep || lineStart === 0) return false;
  // The header: the line right above, or the first of the lines above of the same layout (within a short window).
  const above = text.slice(Math.max(0, lineStart - 400), lineStart - 1).split('\n');
  return above.slice(-6).some((line) => line.includes(sep) && SEED_COLUMN.test(line) && !/[2-7]{2}/.test(line));
}

const SEED_PLACE_ANCHORS = /\bQR\b|["'](?:secret|seed|totp_?secret|otp_?secret|shared_?secret)["']|(?:^|[,;\t])[ \t]*(?:secret|seed)[ \t]*(?=[,;\t]|$)/gim;

const OTP_SEED: RegexRule = {
  name: 'otp-seed',
  // Base32 is written in capitals or, by Google and others, in small letters in groups of four; one case throughout.
  // BG's round: the last group may be short, as a seed of 16 or 25 bytes leaves it (26 and 40 characters: "… h2qd 4m").
  // BJ's round: or in groups of eight joined by hyphens ("2fujjy4i-hxnynwdz-…"), as some apps show a seed to type.
  // BM's round: or in groups of four joined by hyphens ("FXQ2-LUDI-…").
  // BO's round: or by dots, or by hyphens with a space each side ("ML4D.U6BQ.…", "AZW5 - UTQ3 - …"), as set-up
  // screens print a seed to copy by hand.
  // BP's round: or by underscores ("YBFR_F73G_…"), or in spaced groups of five to eight in capitals ("6R3BAYO 7MEPSD3 …"), as other
  // set-up screens group it; the whole must still have a seed's length and a digit of base32.
  // BS's round: or in spaced groups of ten ("NMFZTSDQIT EP6XKOG6C3 …"), as a seed of 25 bytes splits into four.
  // BT's round: groups of eight joined by hyphens with a space each side ("KRMJ… - 5KPG… - …"), and a seed split over two
  // lines as it was copied off a narrow screen ("…FALPPPP2B\nRCUO…").
  // BU's round: groups of four to eight of one case joined by one colon, hyphen or slash throughout, the last one short
  // ("yxy3l-x6kod-…-g4", "GULV:WRYG:OCDH:APD4", "KUMAIWUF/6GCYSZ5H/…"), as more set-up screens print a seed.
  // BV's round: so joined by dots too, and groups of three ("M6YGSD.4YBJNZ.….6I", "2by-j3r-u7n-mos-kdg-c"); groups of
  // four split by two spaces ("45IJ  S4HA  MGXL …"), as a seed is copied off a screen that spaces it wide.
  pattern: /(?<![A-Za-z0-9])(?:[A-Z2-7]{8}(?:[ ]-[ ][A-Z2-7]{8}){1,7}|[a-z2-7]{8}(?:[ ]-[ ][a-z2-7]{8}){1,7}|[A-Z2-7]{12,32}\r?\n[A-Z2-7]{8,32}|(?:[A-Z2-7]{4}[ ]{0,2}){3,15}[A-Z2-7]{1,4}|(?:[a-z2-7]{4}[ ]{0,2}){3,15}[a-z2-7]{1,4}|[A-Z2-7]{8}(?:-[A-Z2-7]{8}){1,7}|[a-z2-7]{8}(?:-[a-z2-7]{8}){1,7}|[A-Z2-7]{4}(?:(?:-|\.|_|[ ]-[ ])[A-Z2-7]{4}){3,15}|[a-z2-7]{4}(?:(?:-|\.|_|[ ]-[ ])[a-z2-7]{4}){3,15}|(?:[A-Z2-7]{5,10}[ ]){2,12}[A-Z2-7]{1,10}|[A-Z2-7]{3,8}([-:/.])[A-Z2-7]{3,8}(?:\1[A-Z2-7]{1,8}){1,15}|[a-z2-7]{3,8}([-:/.])[a-z2-7]{3,8}(?:\2[a-z2-7]{1,8}){1,15})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/dg,
  judge(m, text) {
    let raw = m[0];
    // BO's round: a word of four letters before the seed ("re-add it with 4kdl6ybp…") is read as its first group:
    // without it, the seed may have its length.
    let lead = 0;
    if (!SEED_LENGTHS.includes(raw.replace(/[ ._:/-]/g, '').length) && /^[A-Za-z]{4} (?=[A-Za-z2-7]{4})/.test(raw)) {
      lead = 5;
      raw = raw.slice(lead);
    }
    // A short word after the seed ("… ults nu") is read as its last group: without it, the seed may have its length.
    // BO's round: a word of four letters too ("… with <seed> then"), where the whole has no seed's length.
    if (!SEED_LENGTHS.includes(raw.replace(/[ ._:/-]/g, '').length) && /[ ][A-Za-z2-7]{1,4}$/.test(raw)) raw = raw.slice(0, raw.lastIndexOf(' '));
    const seed = raw.replace(/[\s._:/-]/g, '').toUpperCase();
    if (!SEED_LENGTHS.includes(seed.length) || new Set(seed).size < 8 || !/[2-7]/.test(seed) || PUBLISHED_OTP_SEEDS.has(seed)) return null;
    // BI's round: the two-factor words a sentence back ("the 2-step QR wouldn't scan on the old phone so I typed the
    // letters in by hand: …"), 160 characters: a seed's grouped base32 is no word, and the words still name it.
    const before = contextOf(text, m.index - 160, m.index);
    // BJ's round: or the seed's own parameters after it on its line, as an authenticator's export writes each account
    // ("… | SEED | SHA1 | 6", `secret="…" digits="6" period="30"`): a hash's name and a code's length name a seed.
    const after = contextOf(text, m.index + raw.length, m.index + raw.length + 60).split('\n')[0]!;
    // BV's round: or the two-factor words after it on its line ("… with <seed> (manual entry, 6 digits, 30s)").
    if (!OTP_CONTEXT.test(before) && !OTP_CONTEXT.test(after) && !QR_NOT_SCANNED.test(before) && !QR_INSTEAD.test(before) && !/\b[TH]OTP\([ \t]*["']$/.test(before) && !OTP_PARAMETERS_AFTER.test(after) && !seedField(text, m.index)) return null;
    // A log's or a config's own field names the value: `client_id=…`, `trace=…` beside `mfa=totp` is an id, not a seed.
    const field = /(?<![\w.-])([A-Za-z][\w.-]{0,30})=["']?$/.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (field && !SEED_FIELD.test(field[1]!)) return null;
    return { start: m.index + lead, end: m.index + lead + raw.length, label: 'api key' };
  },
};

/**
 * BM's round: a seed in hex (16 or 20 bytes, as some sites and hardware tokens show it), where it is given instead of a
 * QR code, or where a two-factor word stands before it and a TOTP's period and code length after it ("30s, 6 digits"):
 * a digest of the same length has neither.
 */
const OTP_PERIOD_AND_DIGITS = /\b(?:30|60)[ \t]?s(?:ec(?:onds?)?)?\b[^\n]{0,24}?\b[68][ \t-]?digits?\b|\b[68][ \t-]?digits?\b[^\n]{0,24}?\b(?:30|60)[ \t]?s(?:ec(?:onds?)?)?\b/i;
const HEX_OTP_SEED: RegexRule = {
  name: 'hex-otp-seed',
  pattern: /(?<![A-Za-z0-9])(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9A-F]{32}|[0-9A-F]{40})(?![A-Za-z0-9-])/dg,
  judge(m, text) {
    if (!/[a-f]/i.test(m[0]) || !/\d/.test(m[0])) return null;
    const before = contextOf(text, m.index - 160, m.index);
    const after = contextOf(text, m.index + m[0].length, m.index + m[0].length + 80);
    if (!QR_INSTEAD.test(before) && !QR_NOT_SCANNED.test(before) && !(OTP_CONTEXT.test(before) && OTP_PERIOD_AND_DIGITS.test(after))) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'api key' };
  },
};

/** Vault service tokens before Vault 1.10 (`s.` and 24 characters), where the text around speaks of Vault. */
const LEGACY_VAULT_TOKEN: RegexRule = {
  name: 'legacy-vault-token',
  pattern: /s\.(?<=(?<![\w.-])s\.)[A-Za-z0-9]{24}(?![\w.-])/dg,
  judge(m, text) {
    const around = contextOf(text, m.index - 160, m.index + m[0].length + 40);
    if (!/vault|x-vault-token/i.test(around) || !/[A-Z]/.test(m[0]) || !/\d/.test(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'api key' };
  },
};

/** Where a Fernet key (or another raw 32-byte key in URL-safe base64) is spoken of. */
const FERNET_ANCHORS = /fernet|encrypt|cipher|secret[ _-]?key|signing[ _-]?key/gi;

/**
 * Fernet keys: 32 bytes in URL-safe base64, 43 characters and `=`. Found near words about encryption keys (before or
 * after, since the key is often assigned first and handed to `Fernet(KEY)` a line later), never on a line about hashes.
 */
const FERNET_KEY: RegexRule = {
  name: 'fernet-key',
  pattern: /(?<![A-Za-z0-9_+/=-])[A-Za-z0-9_-]{43}=(?![A-Za-z0-9_+/=-])/dg,
  judge(m, text) {
    if (!/\d/.test(m[0]) || !/[A-Z]/.test(m[0]) || !/[a-z]/.test(m[0])) return null;
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, m.index - 120, m.index + 120))) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'api key' };
  },
};

/** Words just before a raw 32-byte key in standard base64 that say it is a private one (WireGuard, X25519, NaCl). */
const RAW_PRIVATE_KEY_ANCHORS = /genkey|private[ _-]?key|privkey|secret[ _-]?key|preshared[ _-]?key|wireguard|\bwg\b/gi;
const PUBLIC_WORD = /pub(?:lic)?[ _-]?key|pubkey|\bpeer\b|\bpublic\b|server[ _-]?key/gi;

/**
 * A WireGuard (Curve25519) private or preshared key: 32 bytes in standard base64, 43 characters and `=`, where the
 * nearest key word before it speaks of a private key, `wg genkey` or WireGuard — not of a public key or a peer.
 */
const RAW_PRIVATE_KEY: RegexRule = {
  name: 'raw-private-key',
  pattern: /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=(?![A-Za-z0-9+/=_-])/dg,
  judge(m, text) {
    const v = m[0];
    if (!/\d/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v)) return null;
    const before = contextOf(text, m.index - 120, m.index);
    let lastKey = -1;
    let lastPublic = -1;
    for (const k of before.matchAll(new RegExp(RAW_PRIVATE_KEY_ANCHORS.source, 'gi'))) lastKey = k.index!;
    for (const k of before.matchAll(new RegExp(PUBLIC_WORD.source, 'gi'))) lastPublic = k.index!;
    if (lastKey < 0 || lastPublic > lastKey) return null;
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, m.index - 120, m.index))) return null;
    return { start: m.index, end: m.index + v.length, label: 'private key' };
  },
};

/**
 * "Recovery codes" and "backup codes" in the languages of the password table, either word order, and compounds
 * ("Wiederherstellungscodes", "herstelcodes"); a recovery key too (Apple, Bitwarden); with the codes' purpose between
 * ("backup verification codes", Google's heading; "recovery login codes").
 */
const RECOVERY_ANCHORS = new RegExp(
  [
    // BC's round: joined by `_` too, as a JSON export names the list (`"recovery_codes": ["…", …]`).
    '(?:recovery|backup|rescue|emergency|scratch|one[ -]?time|2fa|mfa|two[ -]factor)[ \\t_-]*(?:(?:verification|login|sign[ -]?in|security|account)[ \\t_-]+)?(?:codes?|keys?)(?![A-Za-z])',
    '(?:wiederherstellungs|sicherungs|notfall|backup|herstel|reserve|gjenopprettings|återställnings|palautus|varmuus|varmistus|vara|gendannelses|reserv)-?(?:codes?|schlüssel|kode[rn]?|koder|koodit|koodi)',
    // Turkish, Indonesian, Hungarian, Greek and Vietnamese: "yedek kodlar", "kode cadangan", "helyreállítási kódok".
    '(?:yedek|kurtarma)[ \\t]+kod(?:lar[ıi]?|u)?|kode[ \\t]+(?:cadangan|pemulihan)|helyre[áa]ll[íi]t[áa]si[ \\t]+k[óo]d(?:ok)?|tartal[ée]k[ \\t]*k[óo]d(?:ok)?|κωδικο[ίι][ \\t]+(?:ανάκτησης|ασφαλείας)|mã[ \\t]+(?:dự[ \\t]+phòng|khôi[ \\t]+phục)',
    '(?:códigos?|codes?|codici|codice|kody|kod|kódy|коды|код|chaves?|clés?|claves?)[ \\t]+(?:(?:de|di|du|da)[ \\t]+)?(?:recuperación|recuperacion|respaldo|récupération|recuperation|secours|recupero|backup|zapasowe|odzyskiwania|obnovení|восстановления|recuperação|recuperacao|emergência|emergencia)',
    '(?:резервные|запасные)[ \\t]+коды',
    '(?:リカバリー|バックアップ|復旧|恢复|备用|備用|복구|백업)[ \\t]*(?:コード|码|碼|代码|代碼|코드|키)',
    // Slovak and Czech, Lithuanian, Latvian, Estonian, Icelandic, Catalan, Afrikaans, Romanian, Croatian and Serbian,
    // Slovenian, Bulgarian, Ukrainian, Welsh, Irish, Malay, Swahili: "záložné kódy", "atsarginiai kodai", "rezerves
    // kodi", "varukoodid", "varakóðar", "codis de recuperació", "rugsteunkodes", "coduri de rezervă", "rezervni kodovi".
    'z[áa]lo[žz]n[éeíi][ \\t]+k[óo]d(?:y|ov|ů|u)?|atsargini[aų]i?[ \\t]+kod(?:ai|ų|us)?|rezerves[ \\t]+kod(?:i|s|u)|varukood(?:id|i)?|varak[óo]ð(?:ar|i|ana)?|endurheimtar?k[óo]ð(?:ar|i)?',
    'codis[ \\t]+de[ \\t]+(?:recuperaci[óo]|c[òo]pia|reserva|seguretat)|rugsteun-?kodes?|herstel-?kodes?|coduri(?:le)?[ \\t]+de[ \\t]+(?:rezerv[ăa]|recuperare|backup)|rezervn[ie][ \\t]+kod(?:ovi|e|a)?|kodovi[ \\t]+za[ \\t]+oporavak|резервн(?:и|і)[ \\t]+код(?:ове|и)',
    'codau[ \\t]+wrth[ \\t]+gefn|c[óo]id[ \\t]+ch[úu]ltaca|kod[ \\t]+sandaran|misimbo[ \\t]+ya[ \\t]+akiba',
    // Persian, Arabic, Hebrew, Hindi, Bengali, Thai, Amharic.
    'کد(?:های)?[ \\t]+(?:پشتیبان|بازیابی)|رموز[ \\t]+(?:احتياطية|الاسترداد)|קודי[ \\t]+(?:גיבוי|שחזור)|बैकअप[ \\t]+कोड|ব্যাকআপ[ \\t]+কোড|รหัสสำรอง|የመጠባበቂያ[ \\t]+ኮድ',
    // The English word as the other Indic scripts and Urdu spell it (Nepali ब्याकअप कोडहरू, Marathi बॅकअप), Sinhala,
    // Khmer, Lao, Burmese, Georgian, Armenian, Mongolian, Kazakh, Albanian, Basque, Maltese.
    'ब्याकअप[ \\t]+कोड|बॅकअप[ \\t]+कोड|ബാക്കപ്പ്[ \\t]+കോഡ|காப்பு[ \\t]+குறியீ|பேக்கப்[ \\t]+கோட|బ్యాకప్[ \\t]+కోడ|ಬ್ಯಾಕಪ್[ \\t]+ಕೋಡ|બેકઅપ[ \\t]+કોડ|ਬੈਕਅੱਪ[ \\t]+ਕੋਡ|بیک[ \\t]*اپ[ \\t]+کوڈ|උපස්ථ[ \\t]+කේත|លេខកូដបម្រុង|ລະຫັດສຳຮອງ|အရန်[ \\t]*ကုဒ်|' +
      // AI's round: the kind in brackets after a code's word of any language, as a note shortens it ("koda (backup)
      // storage-unit gate:", "الرمز (backup) …:", "코드 (recovery)"): the bracket says what the list below is.
      '\\([ \\t]*(?:backup|recovery|rescue|emergency|2fa|mfa|one[ -]?time|reserve|sicherung|notfall|respaldo|recuperaci[óo]n|secours|r[ée]cup[ée]ration|recupero|zapasowe|yedek|cadangan|dự[ \\t]+phòng|резерв\\S{0,4}|バックアップ|备用|백업)[ \\t]*\\)|' +
      'სარეზერვო[ \\t]+კოდ|պահուստային[ \\t]+կոդ|нөөц[ \\t]+код|резервтік[ \\t]+код|kod(?:et|i)[ \\t]+(?:rezerv[ëe]|e[ \\t]+rezerv[ëe]s)|babes-?kopia(?:ko)?[ \\t]+kode|kodi[ċc]i[ \\t]+(?:ta[\'’][ \\t]+)?(?:backup|riżerva)',
  ].join('|'),
  'gi',
);

/** One code: groups of equal length joined by one separator (`0984d-b1e1f`, `HBT2-OQ8G-IV2U`, `8072 4056`), or one run. */
const CODE = /(?<![\w-])(?:([A-Za-z0-9]{3,8})([- ])[A-Za-z0-9]{3,8}(?:\2[A-Za-z0-9]{3,8}){0,6}|[A-Za-z0-9]{6,40})(?![\w-])/g;

/** A phone number's opening right before a token: an area code in brackets, a country's code. */
const PHONE_PREFIX = /(?:\(\d{2,5}\)|\+\d{1,3})[ .-]?$/;

/**
 * CA's round: words right before a number on the row that make it another thing's number ("The one-time code never
 * arrived. Support reference 88218510."): a reference, a ticket, an order, a case, an invoice, a tracking, a booking,
 * a receipt, a transaction, a serial, a customer's, a member's, an account's, a policy's or a claim's, with a colon
 * only after a number's word ("order number:", "ref:"): "… in case she loses her phone: 7140 7296" ends a clause.
 */
const OTHER_THING = anotherThingsNumber();
const ANOTHER_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${OTHER_THING})[ \t]+(?:number|no\.?|nr\.?|id)[ \t]*[:#]?|(?:reference|ref)[ \t]*[:#]?|(?:${OTHER_THING})[ \t]*#?)[ \t]*$`,
  'iu',
);

/** A link running on right up to a token: its scheme or its "www." before, with no blank between. */
const IN_A_LINK = /(?:[a-z][a-z0-9+.-]*:\/\/|(?<![\w.-])www\.)[^\s"'<>]*$/i;

/** Whether a token shaped like a code is one: random, not a word, a year or a name with a number after it. */
function isCode(token: string, sep: string | undefined): boolean {
  const alnum = token.replace(/[- ]/g, '');
  // `XXXX-XXXX-XXXX`, `0000 0000`: the format, not a code.
  if (alnum.length < 6 || new Set(alnum.toUpperCase()).size < Math.min(6, alnum.length / 2) || hasAlphabetRun(alnum)) return false;
  if (sep !== undefined) {
    const groups = token.split(sep);
    if (groups.some((g) => g.length !== groups[0]!.length) || alnum.length < 8) return false;
    if (/\d/.test(alnum)) return !/^[a-z]+$/i.test(groups[0]!) || groups.some((g) => /\d/.test(g) && /[a-z]/i.test(g)) || /^\d+$/.test(alnum);
    return groups.length >= 3 && /^[A-Z]+$/.test(alnum); // capitals only, like a product key
  }
  if (/^\d+$/.test(alnum)) return alnum.length >= 6 && alnum.length <= 12 && !/^(?:19|20)\d\d$/.test(alnum);
  if (!/\d/.test(alnum) || !/[A-Za-z]/.test(alnum) || alnum.length < 8) return false;
  // Letters and digits interleaved, as random codes have them; `GitHub2024` changes once.
  return letterDigitSwitches(alnum) >= 3;
}

/** A code's shape: each letter or digit an `x`, the separators kept (`hcutv-qrllt` and `jvk70-ju902`: `xxxxx-xxxxx`). */
const shapeOf = (token: string) => token.replace(/[A-Za-z0-9]/g, 'x');

/** A list's numbering before an item ("9. ", "10) "). */
const LIST_NUMBER = /^\d{1,2}[.)][ \t]*/;

/** A row holding only codes of one shape, side by side (`jvk70-ju902  hcutv-qrllt  …`): each of them is one. */
// BC's round: a row's codes may be set apart by bars, commas or semicolons too ("nznz-vj2v | fflx-igty | 4q2u-sjqw").
const rowOfOneShape = (row: string, shape: string) => row.trim().split(/(?:\s*[|,;]\s*|\s+)/).filter(Boolean).every((t) => shapeOf(t) === shape);

/**
 * What the list rule asks of a row, read once per row rather than once per token, so that a long line of tokens costs
 * time in proportion to its length: the row without its list number, the one shape all its tokens have (if they do),
 * and where its first token may begin (after spaces and a list's number).
 */
function rowReading(row: string): { bare: string; oneShape: string | null; lead: number } {
  const tokens = row.trim().split(/\s+/);
  const shape = shapeOf(tokens[0]!);
  return {
    bare: row.trim().replace(LIST_NUMBER, ''),
    oneShape: rowOfOneShape(row, shape) ? shape : null,
    lead: /^\s*(?:\d{1,2}[.)])?\s*/.exec(row)![0].length,
  };
}

/**
 * Recovery (backup) codes: after words that name them, the codes on the rest of that line and on the lines below,
 * until a line without one (up to three blank or other lines may come first). Each code must look random by itself
 * (`isCode`), or be alone on its line (after a list's number perhaps), or in a row of codes of one shape, with the shape
 * of the code before it: one code in ten of a generated list has no digit
 * (`hcutv-qrllt` among `jvk70-ju902`), and the list goes on after it.
 */
function findRecoveryCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  RECOVERY_ANCHORS.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = RECOVERY_ANCHORS.exec(text)); ) {
    let at = a.index + a[0].length;
    let found = 0;
    let idle = 0;
    let lastShape = '';
    // AH's round: every shape the list's codes have had, as a list may mix two ("5194-7668" and "4b9asiz3" in turn):
    // a row's code of any of them is like the ones above.
    const shapes = new Set<string>();
    // The list's first code alone on its line where it does not look random by itself ("flzp 6951", letters then
    // digits): a code once the next line's code has its shape.
    let pending: SecretSpan | null = null;
    for (let line = 0; line < 40 && at < text.length; line++) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const row = text.slice(at, end);
      let read: ReturnType<typeof rowReading> | undefined;
      const reading = () => (read ??= rowReading(row));
      let here = 0;
      CODE.lastIndex = 0;
      for (let c: RegExpExecArray | null; (c = CODE.exec(row)); ) {
        // AW's round: digits after an area code in brackets or a country's code are a phone's ("call me on (071) 6515 3073").
        if (PHONE_PREFIX.test(row.slice(Math.max(0, c.index - 12), c.index))) continue;
        // BY's round: a part of a link (its host's or its path's: "http://f21ho4sc.example/verify") is the link's.
        if (IN_A_LINK.test(row.slice(Math.max(0, c.index - 200), c.index))) continue;
        if (ANOTHER_NUMBER_BEFORE.test(row.slice(Math.max(0, c.index - 40), c.index))) continue;
        const likeAbove =
          found + here > 0 &&
          c[0].length >= 8 &&
          (shapeOf(c[0]) === lastShape || shapes.has(shapeOf(c[0]))) &&
          (c[0] === reading().bare || reading().oneShape === shapeOf(c[0]) ||
            // BC's round: a quoted list's item with the shape of the two or more codes before it on the row
            // (`["0RTF7-RH1KL", "OMV20-K47RP", …, "BKWSG-AVYIS", …]`: one code in ten of a list has no digit).
            (here >= 2 && shapeOf(c[0]) === lastShape && /["'`]/.test(row[c.index - 1] ?? '')));
        if (!isCode(c[0], c[2]) && !likeAbove) {
          // AV's round: or first of a row of codes ("wkpt-mzrq | a8k2-xq7v | …"), a code once the next one has its shape.
          if (found + here === 0 && c[0].length >= 8 && (c[0] === reading().bare || c.index <= reading().lead)) {
            pending = { start: at + c.index, end: at + c.index + c[0].length, label: 'recovery code' };
            lastShape = shapeOf(c[0]);
          }
          continue;
        }
        // Or of another shape, where the first one has digits among its letters, as a random code has ("zd6hfjnu"
        // over "5194-7668": a list may mix two shapes).
        if (pending && found + here === 0 && (shapeOf(c[0]) === lastShape || /^(?=.*\d)(?=.*[a-z])[a-z\d]{8,12}$/i.test(text.slice(pending.start, pending.end)))) spans.push(pending);
        pending = null;
        lastShape = shapeOf(c[0]);
        shapes.add(lastShape);
        spans.push({ start: at + c.index, end: at + c.index + c[0].length, label: 'recovery code' });
        here++;
      }
      found += here;
      // Before the first code, the rest of the heading's line and up to three lines of something else: blank lines, the
      // account the codes are for (Google's printout puts the address under its heading), a line of instructions.
      if (here === 0 && (found > 0 || ++idle > 4)) break;
      at = end + 1;
    }
    RECOVERY_ANCHORS.lastIndex = Math.max(RECOVERY_ANCHORS.lastIndex, at);
  }
  return spans;
}

/**
 * A key or token named in another language, then a colon or `=`: "API-sleutel: …", "API-Schlüssel: …", "clé API : …",
 * "clave de API: …", "chave da API: …", "chiave API: …", "klucz API: …", "API-nyckel: …", "ключ API: …", "APIキー：…",
 * "API 키: …", "API密钥：…", and the same for a secret key or an access token ("geheime sleutel", "clé secrète",
 * "Zugangstoken", "jeton d'accès", "token de acceso", "токен доступа"), and private keys ("khóa bí mật", "kunci privat",
 * "clave privada", "privater Schlüssel"). The English names are read by `PROSE_SECRET`;
 * the value must look machine-made here as there (`looksLikeRandomToken`), so a word or a sentence after the colon
 * is left alone.
 */
const FOREIGN_KEY_NAME =
  // API + a word for key: Dutch, German, Swedish, Norwegian, Danish, Finnish, Hungarian, Czech, Slovak, Polish,
  // Russian/Ukrainian, Greek, Turkish, Japanese, Korean, Chinese.
  String.raw`API[ \t-]?(?:sleutel|schl(?:ü|ue)ssel|nyckel(?:n)?|n(?:ø|o)kkel(?:en)?|n(?:ø|o)gle(?:n)?|avaime\p{L}{0,3}|avain|kulcs|kl(?:í|i)(?:č|c)|k(?:ľ|l)(?:ú|u)(?:č|c)|klucz|ключ(?:а|у|ом|е|и|ей|ами)?|κλειδ(?:ί|ι)|anahtar\p{L}{0,4}|キー|[ \t]?키|密钥|密鑰|金鑰)|` +
  // A word for key + (of) API: French, Spanish, Portuguese, Italian, Polish, Czech, Russian/Ukrainian, Indonesian,
  // Romanian, Vietnamese.
  String.raw`(?:cl(?:é|e)|clef|clave|chave|chiave|klucz|kl(?:í|i)(?:č|c)|ключ|kunci|cheia|cheie|kh(?:ó|o)a)[ \t]+(?:(?:de|da|do|di|dell['’]|d['’]|de[ \t]+la|de[ \t]+l['’]|della)[ \t]*)?(?:l['’])?API|` +
  // Secret keys and access tokens.
  String.raw`geheime[nr]?[ \t]+sleutel|toegangssleutel|toegangstoken|geheimer[ \t]+schl(?:ü|ue)ssel|zugangs(?:token|schl(?:ü|ue)ssel)|` +
  String.raw`cl(?:é|e)[ \t]+secr(?:è|e)te|jeton[ \t]+d['’]acc(?:è|e)s|clave[ \t]+secreta|token[ \t]+de[ \t]+acce(?:s|ss)o|chave[ \t]+secreta|chiave[ \t]+segreta|` +
  String.raw`tajny[ \t]+klucz|klucz[ \t]+tajny|секретн\p{L}*[ \t]+ключ|токен[ \t]+доступу?|ключ[ \t]+доступу?|` +
  // Secret and private keys (a wallet's, a signing key's): Vietnamese, Indonesian, Turkish, the Romance languages,
  // German, Polish, Russian.
  String.raw`kh(?:ó|o)a[ \t]+(?:b(?:í|i)[ \t]+m(?:ậ|a)t|ri(?:ê|e)ng(?:[ \t]+t(?:ư|u))?)|kunci[ \t]+(?:rahasia|privat|pribadi)|(?:ö|o)zel[ \t]+anahtar\p{L}{0,4}|gizli[ \t]+anahtar\p{L}{0,4}|` +
  String.raw`clave[ \t]+privada|chave[ \t]+privada|cl(?:é|e)[ \t]+priv(?:é|e)e|chiave[ \t]+privata|privater?[ \t]+schl(?:ü|ue)ssel|klucz[ \t]+prywatny|prywatny[ \t]+klucz|(?:приватн|закрыт)\p{L}*[ \t]+ключ|` +
  // Keys and secrets in Swahili, Hebrew, Greek, Vietnamese, Turkish, Tagalog, the Nordic languages, Japanese, Korean
  // and Chinese ("ufunguo wa API", "מפתח ה-API", "μυστικό κλειδί", "hemlig nyckel", "秘密鍵", "시크릿 키").
  String.raw`ufunguo[ \t]+wa[ \t]+(?:API|siri)|מפתח[ \t]+(?:ה-?)?API|מפתח[ \t]+(?:ה)?סודי|κλειδ(?:ί|ι)[ \t]+(?:του[ \t]+)?API|μυστικ(?:ό|ο)[ \t]+κλειδ(?:ί|ι)|` +
  String.raw`m(?:ã|a)[ \t]+b(?:í|i)[ \t]+m(?:ậ|a)t|s(?:ı|i)r[ \t]+anahtar\p{L}{0,4}|lihim[ \t]+na[ \t]+susi|hemlig[ \t]+nyckel|hemmelig[ \t]+n(?:ø|o)k(?:kel|le)|salainen[ \t]+avain|` +
  String.raw`秘密鍵|シークレットキー|アクセスキー|시크릿[ \t]?키|비밀[ \t]?키|액세스[ \t]?키|秘钥|私钥|访问密钥`;
/**
 * After the name: a colon or `=`, or the language's verb "is" with a possessive before it ("Min API-nyckel är …",
 * "khóa API của tôi là …", "ufunguo wa API ni …", "APIキーは …", "API密钥是 …"). The value must still look machine-made.
 */
const FOREIGN_KEY_POSSESSIVE = String.raw`(?:[ \t]+(?:min|mitt|minun|của[ \t]+tôi|của[ \t]+mình|yangu|wangu|ko|μου|שלי|saya|benim))?`;
const FOREIGN_KEY_IS = String.raw`(?:is|är|er|on|je|to|jest|ist|lautet|est|es|é|è|είναι|là|ni|ay|adalah|הוא|היא|は|が|是|为|는|은|가|이)`;
const FOREIGN_KEY_LABEL: RegexRule = {
  name: 'foreign-key-label',
  pattern: new RegExp(
    // A letter of Japanese, Chinese or Korean may run on after the name: those scripts put the particle there ("APIキーは").
    String.raw`(?<![\p{L}\p{N}_])(?:${FOREIGN_KEY_NAME})(?!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_])[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[:：=]|${FOREIGN_KEY_POSSESSIVE}[ \t]*${FOREIGN_KEY_IS}(?:[ \t]*[:：])?(?=[ \t"'\x60]|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])))[ \t]*["'\x60]?([A-Za-z0-9_\-.+/=~]{20,512})`,
    'dgiu',
  ),
  judge(m, text) {
    const span = groupSpan(m, [1])!;
    const value = trimTrailingPunctuation(span.value);
    if (!looksLikeRandomToken(value) || NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, m.index - 60, m.index + 60))) return null;
    return { start: span.start, end: span.start + value.length, label: 'api key' };
  },
};

export const LABELLED_FINDERS: readonly Finder[] = [
  { name: 'recovery-codes', find: findRecoveryCodes },
  regexFinder(PROSE_SECRET),
  regexFinder(LABELLED_LITERAL),
  windowedFinder(OTP_SEED, OTP_ANCHORS, 0, 120, true),
  // BJ's round: an authenticator export's row or element, read back from the seed's parameters after it.
  windowedFinder(OTP_SEED, OTP_PARAMETER_ANCHORS, 160, 0, true),
  // BV's round: and from the two-factor words after it on its line ("… <seed> (manual entry, 6 digits, 30s)").
  windowedFinder(OTP_SEED, OTP_ANCHORS, 100, 0, true),
  // BK's round: after a QR code that would not scan, and under a seed's field or column.
  windowedFinder(OTP_SEED, SEED_PLACE_ANCHORS, 0, 240, true),
  windowedFinder(HEX_OTP_SEED, /\bQR\b|2fa|mfa|totp|authenticator|two[ -]?factor/gi, 0, 240, true),
  regexFinder(LEGACY_VAULT_TOKEN),
  windowedFinder(FERNET_KEY, FERNET_ANCHORS, 160, 160),
  windowedFinder(RAW_PRIVATE_KEY, RAW_PRIVATE_KEY_ANCHORS, 0, 120),
  // Tried only where its name stands: the names without their letter runs, as plain anchors.
  anchoredFinder(FOREIGN_KEY_LABEL, wordAnchors(FOREIGN_KEY_NAME)),
];
