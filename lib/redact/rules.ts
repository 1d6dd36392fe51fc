import { hasCardIssuerPrefix, passesLuhn } from './luhn';
import {
  isMarker,
  looksLikeGenericSecret,
  looksLikeKeyBody,
  looksLikePassword,
  trimTrailingPunctuation,
} from './values';

/**
 * The secret-finding rules, in the order they run. Every pattern is linear-time: each starts at a literal or behind
 * a lookbehind that stops it from restarting inside the run it just scanned, and every repeat is bounded or
 * separated by a character it cannot itself match, so no input makes the engine backtrack quadratically.
 */

export type RedactionLabel =
  | 'api key'
  | 'bearer token'
  | 'jwt'
  | 'private key'
  | 'password'
  | 'card number'
  | 'email'
  | 'phone';

/** The part of a match to replace, and what it is. */
export interface SecretSpan {
  start: number;
  end: number;
  label: RedactionLabel;
}

export interface RegexRule {
  name: string;
  /** Must carry the `g` and `d` flags. */
  pattern: RegExp;
  judge(match: RegExpExecArray, text: string): SecretSpan | null;
  /** Where to scan on from when `judge` turns a match down (default: after the match). */
  resumeAfterReject?(match: RegExpExecArray): number;
}

/** Span of the first capture group that took part in the match. */
function groupSpan(m: RegExpExecArray, groups: number[]): { start: number; end: number; value: string; group: number } | null {
  for (const g of groups) {
    const span = m.indices?.[g];
    const value = m[g];
    if (span && value !== undefined) return { start: span[0], end: span[1], value, group: g };
  }
  return null;
}

/** A rule that replaces the whole match (or one group) when `accept` agrees. */
function simple(
  name: string,
  label: RedactionLabel,
  pattern: RegExp,
  accept: (secret: string) => boolean = () => true,
  group = 0,
): RegexRule {
  return {
    name,
    pattern,
    judge(m) {
      const span = groupSpan(m, [group]);
      if (!span || !accept(span.value) || isMarker(span.value)) return null;
      return { start: span.start, end: span.end, label };
    },
  };
}

/** Not preceded by a character that could belong to the same token. */
const B = '(?<![A-Za-z0-9_-])';
/** Not followed by one. */
const E = '(?![A-Za-z0-9_-])';

/** Provider keys recognisable by their prefix. The body check drops prose words that happen to share a prefix. */
const PROVIDER_KEYS: RegexRule[] = [
  ['anthropic', `${B}sk-ant-(?:api|admin|sid)\\d{2}-[A-Za-z0-9_-]{20,300}`],
  ['openai', `${B}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9][A-Za-z0-9_-]{19,300}`],
  ['google', `${B}AIza[0-9A-Za-z_-]{35}${E}`],
  ['google-oauth', `${B}(?:GOCSPX-[A-Za-z0-9_-]{28}|ya29\\.[A-Za-z0-9_-]{20,400})`],
  ['aws-access-key-id', `${B}(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}${E}`],
  ['github', `${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})${E}`],
  ['gitlab', `${B}gl(?:pat|dt|ptt|rt|cbt|soat|ft)-[A-Za-z0-9_-]{20,100}`],
  ['slack', `${B}(?:xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\\d-[A-Za-z0-9-]{10,250})`],
  ['slack-webhook', `hooks\\.slack\\.com/(?:services|workflows)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,12}/[A-Za-z0-9]{16,64}`],
  ['discord-webhook', `discord(?:app)?\\.com/api/webhooks/\\d{15,20}/[A-Za-z0-9_-]{40,100}`],
  ['stripe', `${B}(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,250}${E}`],
  ['stripe-webhook', `${B}whsec_[A-Za-z0-9]{24,100}${E}`],
  ['huggingface', `${B}(?:hf_|api_org_)[A-Za-z0-9]{30,60}${E}`],
  ['twilio', `${B}(?:AC|SK)[0-9a-f]{32}${E}`],
  ['sendgrid', `${B}SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}${E}`],
  ['npm', `${B}npm_[A-Za-z0-9]{36}${E}`],
  ['pypi', `${B}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}`],
  ['groq', `${B}gsk_[A-Za-z0-9]{40,60}${E}`],
  ['xai', `${B}xai-[A-Za-z0-9]{40,100}${E}`],
  ['replicate', `${B}r8_[A-Za-z0-9]{30,50}${E}`],
  ['perplexity', `${B}pplx-[A-Za-z0-9]{40,60}${E}`],
  ['digitalocean', `${B}do[por]_v1_[a-f0-9]{64}${E}`],
  ['shopify', `${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`],
  ['linear', `${B}lin_api_[A-Za-z0-9]{40}${E}`],
  ['notion', `${B}(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})${E}`],
  ['databricks', `${B}dapi[a-f0-9]{32}(?:-\\d)?${E}`],
  ['mailgun', `${B}key-[0-9a-f]{32}${E}`],
  ['telegram-bot', `(?<![\\w:])\\d{8,10}:AA[A-Za-z0-9_-]{33}${E}`],
  ['discord-bot', `${B}[MN][A-Za-z0-9]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}${E}`],
].map(([name, source]) => simple(name!, 'api key', new RegExp(source!, 'gd'), looksLikeKeyBody));

/** `-----BEGIN ... PRIVATE KEY-----` through its END line, or to the end of the base64 if it was cut off. */
export function findPrivateKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const begin = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
  const end = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
  // The next END at or after a position; scans only move forward, so all of them together read the text once.
  let endAt = -2;
  let endLength = 0;
  let m: RegExpExecArray | null;
  while ((m = begin.exec(text))) {
    const bodyStart = m.index + m[0].length;
    if (endAt !== -1 && endAt < bodyStart) {
      end.lastIndex = bodyStart;
      const e = end.exec(text);
      endAt = e ? e.index : -1;
      endLength = e ? e[0].length : 0;
    }
    let stop: number;
    if (endAt !== -1) {
      stop = endAt + endLength;
    } else {
      // Truncated paste: take the following lines while they look like PEM headers or base64.
      stop = bodyStart;
      const line = /\r?\n([A-Za-z0-9+/=]{1,100}|[A-Za-z-]{1,40}: [^\n]{0,200})(?=\r?\n|$)/y;
      line.lastIndex = stop;
      let l: RegExpExecArray | null;
      while ((l = line.exec(text))) stop = line.lastIndex;
    }
    spans.push({ start: m.index, end: stop, label: 'private key' });
    begin.lastIndex = stop;
  }
  return spans;
}

const BEARER: RegexRule = simple(
  'bearer',
  'bearer token',
  /(?<![\w-])[Bb]earer[ \t]{1,5}([A-Za-z0-9\-._~+/]{16,4000}=*)(?![\w\-.~+/])/dg,
  (t) => looksLikeKeyBody(t) || t.length >= 32,
  1,
);

const AUTHORIZATION_OTHER: RegexRule = {
  name: 'authorization',
  pattern: /\bAuthorization["']?[ \t]*[:=][ \t]*["']?(Basic|Token|Digest)[ \t]{1,5}([A-Za-z0-9\-._~+/]{8,4000}=*)/dgi,
  judge(m) {
    const span = groupSpan(m, [2]);
    if (!span || !looksLikeKeyBody(span.value)) return null;
    return { start: span.start, end: span.end, label: m[1]!.toLowerCase() === 'basic' ? 'password' : 'bearer token' };
  },
};

const JWT: RegexRule = simple(
  'jwt',
  'jwt',
  /(?<![\w-])eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,2000}(?![\w-])/dg,
);

/** The password in `scheme://user:password@host` (databases, brokers, git remotes). */
const URL_PASSWORD: RegexRule = simple(
  'url-password',
  'password',
  /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@]{0,100}:([^\s@/]{1,200})@(?=[A-Za-z0-9[])/dg,
  (p) => !/^(?:\*+|x+|\$\{[^}]*\}|<[^>]*>|\{\{[^}]*\}\})$/i.test(p) && !p.startsWith('$'),
  1,
);

/** Key names whose value is a password (after lower-casing, `-` and `.` read as `_`). */
const PASSWORD_KEY =
  /(?:^|_)(?:pass|pw|pwd)$|pass(?:word|wd|phrase|code)$|(?:passwort|kennwort|wachtwoord|senha|contrasena|parola|haslo|salasana|losenord|adgangskode|passord)$/;
/** Key names whose value is an API key, token or other credential. */
const SECRET_KEY =
  /(?:api|access|secret|private|auth|account|sharedaccess|shared_access|client|master|signing|encryption|session|app|consumer|webhook|license|subscription|service|admin|deploy|integration|bot)_?key$|(?:^|_)(?:apikey|secret|token|sig|credentials?|auth)$|(?:access|refresh|auth|bearer|bot|api|id|session|personal_access|oauth|app|user|slack|github|gitlab|hf|npm|pat)_?token$|secret$|secret_?(?:key|token|access_key)$/;

/**
 * `key <sep> value` assignments in code, config, env files, JSON, YAML and headers. The key decides what kind of
 * secret the value would be; the value check decides whether it is one.
 */
const KEY_VALUE: RegexRule = {
  name: 'key-value',
  pattern:
    /(?<![\w.$]|\w-)(["']?)([A-Za-z_][\w.-]{0,63})\1[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|`([^`\n]{1,300})`|([^\s,;'"`<>(){}[\]&]{1,300}))/dg,
  judge(m, text) {
    const key = m[2]!.toLowerCase().replace(/[-.]/g, '_');
    const isPassword = PASSWORD_KEY.test(key);
    if (!isPassword && !SECRET_KEY.test(key)) return null;
    const span = groupSpan(m, [3, 4, 5, 6]);
    if (!span) return null;
    const quoted = span.group !== 6;
    let { value, end } = span;
    if (!quoted) {
      value = trimTrailingPunctuation(value);
      end = span.start + value.length;
    }
    if (isPassword) {
      if (!looksLikePassword(value, { quoted, strict: false, nextChar: text[span.end] })) return null;
      return { start: span.start, end, label: 'password' };
    }
    if (!quoted && (text[span.end] === '(' || text[span.end] === '[')) return null;
    return looksLikeGenericSecret(value) ? { start: span.start, end, label: 'api key' } : null;
  },
  // A rejected value may hold assignments of its own (`CONN="...;AccountKey=..."`): scan it too.
  resumeAfterReject(m) {
    return groupSpan(m, [3, 4, 5, 6])!.start;
  },
};

/** Password labels in prose and other languages: "my password is ...", "contraseña: ...", "mot de passe : ...". */
const PROSE_PASSWORD: RegexRule = {
  name: 'prose-password',
  pattern:
    /(?<![\p{L}\p{N}_])(?:password|passcode|passphrase|passwort|kennwort|contraseña|contrasena|mot de passe|senha|wachtwoord|пароль|parola|hasło|lösenord|salasana)(?:[ \t]{0,3}[:：=][ \t]{0,3}|[ \t]{1,3}(?:is|was|es|est|ist|é|är|er|on|это|—|-)[ \t]{1,3}(?:now[ \t]{1,3}|still[ \t]{1,3})?)(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|“([^”\n]{1,200})”|«[ \t]?([^»\n]{1,200})»|([^\s"'“«()[\]{}<>]{1,200}))/dgiu,
  judge(m, text) {
    const span = groupSpan(m, [1, 2, 3, 4, 5]);
    if (!span) return null;
    const quoted = span.group !== 5;
    const value = quoted ? span.value : trimTrailingPunctuation(span.value);
    const label = text.slice(m.index, span.start);
    const colonForm = /[:：=]/.test(label);
    // ASCII `password: value` / `password=value` is the key-value rule's, which knows code from secrets.
    if (colonForm && /^pass(?:word|code|phrase)\b/i.test(label)) return null;
    if (!looksLikePassword(value, { quoted, strict: !colonForm && !quoted, nextChar: text[span.end] })) return null;
    return { start: span.start, end: span.start + value.length, label: 'password' };
  },
};

/** Korean, Japanese and Chinese labels take a particle instead of a colon and need no space before the value. */
const CJK_PASSWORD: RegexRule = {
  name: 'cjk-password',
  pattern:
    /(?:비밀번호|암호|パスワード|密码|密碼|口令)(?:[ \t]{0,2}(?:는요|는|은|は|が|是|为|為|：|:|=)){1,2}[ \t]{0,3}(?:「([^」\n]{1,100})」|"([^"\n]{1,100})"|([^\s"「」、。，,！？]{1,100}))/dgu,
  judge(m, text) {
    const span = groupSpan(m, [1, 2, 3]);
    if (!span) return null;
    const quoted = span.group !== 3;
    // Trailing polite endings: "abc123です", "abc123입니다".
    const value = quoted ? span.value : trimTrailingPunctuation(span.value).replace(/(?:です|입니다|이에요|예요|요)$/u, '');
    if (!looksLikePassword(value, { quoted, strict: !quoted, nextChar: text[span.end] })) return null;
    return { start: span.start, end: span.start + value.length, label: 'password' };
  },
};

/** A 40-character AWS secret access key, only where the text around it talks about AWS or secrets. */
const AWS_SECRET_IN_CONTEXT: RegexRule = {
  name: 'aws-secret',
  pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/dg,
  judge(m, text) {
    const v = m[0];
    if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v)) return null;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (!/aws|amazon|secret/i.test(before)) return null;
    return { start: m.index, end: m.index + v.length, label: 'api key' };
  },
};

const CARD_NUMBER: RegexRule = {
  name: 'card',
  pattern: /(?<![\w.,+\-/])\d(?:[ -]?\d){12,18}(?![\w]|[.,/-]\d)/dg,
  judge(m) {
    const raw = m[0];
    const separators = new Set(raw.replace(/\d/g, ''));
    if (separators.size > 1) return null;
    const digits = raw.replace(/\D/g, '');
    if (/^(\d)\1+$/.test(digits)) return null;
    if (!hasCardIssuerPrefix(digits) || !passesLuhn(digits)) return null;
    return { start: m.index, end: m.index + raw.length, label: 'card number' };
  },
};

const EMAIL: RegexRule = simple(
  'email',
  'email',
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![\w-])/dg,
);

const PHONE: RegexRule = {
  name: 'phone',
  pattern:
    /(?<![\w+.-]|\d[ .-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]?\d{3,4}(?!\w|[ .-]?\d)/dg,
  judge(m) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) return null;
    const separators = raw.replace(/[\d+()]/g, '').length;
    if (!raw.startsWith('+') && !raw.includes('(') && separators < 2) return null;
    if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return null; // a date
    return { start: m.index, end: m.index + raw.length, label: 'phone' };
  },
};

/** Rules that always run, in order: specific before generic so the most telling label wins. */
export const SECRET_RULES: readonly RegexRule[] = [
  BEARER,
  AUTHORIZATION_OTHER,
  JWT,
  ...PROVIDER_KEYS,
  URL_PASSWORD,
  KEY_VALUE,
  PROSE_PASSWORD,
  CJK_PASSWORD,
  AWS_SECRET_IN_CONTEXT,
  CARD_NUMBER,
];

export const EMAIL_RULE = EMAIL;
export const PHONE_RULE = PHONE;
