import { ibanChecksumValid, ibanLength, isPlausibleSsn } from './checks';
import { hasCardIssuerPrefix, passesLuhn } from './luhn';
import {
  classifyKey,
  contextOf,
  isMarker,
  isPlaceholder,
  looksLikeGenericSecret,
  looksLikeKeyBody,
  looksLikePassword,
  trimTrailingPunctuation,
} from './values';

/**
 * The secret-finding rules. Every rule reads the original text and proposes spans; the caller keeps, in rule order,
 * each span that does not overlap one already kept. Every pattern is linear-time: each starts at a literal or behind a
 * lookbehind that stops it from restarting inside the run it just scanned, and every repeat is bounded or separated
 * by a character it cannot itself match, so no input makes the engine backtrack quadratically.
 */

export type RedactionLabel =
  | 'api key'
  | 'bearer token'
  | 'jwt'
  | 'private key'
  | 'password'
  | 'cookie'
  | 'card number'
  | 'iban'
  | 'ssn'
  | 'seed phrase'
  | 'email'
  | 'phone';

/** The part of a text to replace, and what it is. */
export interface SecretSpan {
  start: number;
  end: number;
  label: RedactionLabel;
}

/** Anything that finds secrets in a text. */
export interface Finder {
  name: string;
  find(text: string): SecretSpan[];
}

export interface RegexRule {
  name: string;
  /** Must carry the `g` and `d` flags. */
  pattern: RegExp;
  judge(match: RegExpExecArray, text: string): SecretSpan | SecretSpan[] | null;
  /** Where to scan on from when `judge` turns a match down (default: after the match). */
  resumeAfterReject?(match: RegExpExecArray): number;
}

/** Runs a regex rule over a text. */
export function regexFinder(rule: RegexRule): Finder {
  return {
    name: rule.name,
    find(text) {
      const { pattern } = rule;
      pattern.lastIndex = 0;
      const spans: SecretSpan[] = [];
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text))) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const judged = rule.judge(m, text);
        const list = judged === null ? [] : Array.isArray(judged) ? judged : [judged];
        let kept = 0;
        for (const s of list) {
          if (s.end > s.start && !isMarker(text.slice(s.start, s.end))) {
            spans.push(s);
            kept++;
          }
        }
        if (kept === 0 && rule.resumeAfterReject) pattern.lastIndex = Math.max(m.index + 1, rule.resumeAfterReject(m));
      }
      return spans;
    },
  };
}

/**
 * Runs a regex rule only near its anchors: where the rule needs a context word anyway, the text between context
 * words is never scanned. `before` and `after` bound how far from an anchor a match may start.
 */
function windowedFinder(rule: RegexRule, anchors: RegExp, before: number, after: number): Finder {
  const inner = rule.pattern;
  return {
    name: rule.name,
    find(text) {
      const windows: [number, number][] = [];
      anchors.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = anchors.exec(text))) {
        const from = Math.max(0, a.index - before);
        const to = Math.min(text.length, a.index + a[0].length + after);
        const last = windows[windows.length - 1];
        if (last && from <= last[1]) last[1] = Math.max(last[1], to);
        else windows.push([from, to]);
        if (a[0].length === 0) anchors.lastIndex++;
      }
      const spans: SecretSpan[] = [];
      for (const [from, to] of windows) {
        // Search the window alone (plus room for a match to finish), then shift the match back onto the text.
        const sub = text.slice(from, Math.min(text.length, to + 512));
        inner.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = inner.exec(sub)) && m.index < to - from) {
          if (m.index === 0 && from > 0 && /[A-Za-z0-9_/+=-]/.test(text[from - 1]!)) continue; // cut from a longer run
          m.index += from;
          if (m.indices) {
            const shifted = m.indices.map((p) => (p ? ([p[0] + from, p[1] + from] as [number, number]) : p));
            m.indices = Object.assign(shifted, { groups: m.indices.groups }) as RegExpIndicesArray;
          }
          const judged = rule.judge(m, text);
          if (judged && !Array.isArray(judged)) spans.push(judged);
        }
      }
      return spans;
    },
  };
}

/** Span of the first capture group that took part in the match. */
export function groupSpan(m: RegExpExecArray, groups: number[]): { start: number; end: number; value: string; group: number } | null {
  for (const g of groups) {
    const span = m.indices?.[g];
    const value = m[g];
    if (span && value !== undefined) return { start: span[0], end: span[1], value, group: g };
  }
  return null;
}

/** A rule that replaces the whole match (or one group) when `accept` agrees. */
function simple(name: string, label: RedactionLabel, pattern: RegExp, accept: (secret: string) => boolean = () => true, group = 0): RegexRule {
  return {
    name,
    pattern,
    judge(m) {
      const span = groupSpan(m, [group]);
      if (!span || !accept(span.value)) return null;
      return { start: span.start, end: span.end, label };
    },
  };
}

/** Not preceded by a character that could belong to the same token. */
const B = '(?<![A-Za-z0-9_-])';
/** Not followed by one. */
const E = '(?![A-Za-z0-9_-])';

/**
 * A provider-key rule. Patterns that would otherwise start with a character class (and so be tried at every
 * position) find their literal part first and capture what comes before it in a lookbehind: group 1, when present,
 * is that leading part, and the span starts there.
 */
function prefixed(name: string, source: string): RegexRule {
  // A leading `B` lookbehind would be evaluated at every position; the same check on the character before a match
  // lets the engine scan for the literal prefix instead.
  const bounded = source.startsWith(B);
  const pattern = new RegExp(bounded ? source.slice(B.length) : source, 'gd');
  return {
    name,
    pattern,
    judge(m, text) {
      const lead = m[1]?.length ?? 0;
      const start = m.index - lead;
      if (bounded && start > 0 && /[A-Za-z0-9_-]/.test(text[start - 1]!)) return null;
      const value = (m[1] ?? '') + m[0];
      if (!looksLikeKeyBody(value)) return null;
      return { start, end: m.index + m[0].length, label: 'api key' };
    },
  };
}

/**
 * Provider keys recognisable by their documented prefix and shape. The body check drops prose and identifiers that
 * happen to share a prefix (a key body mixes letters and digits, or is letters in both cases where the format is
 * letters only).
 */
const PROVIDER_KEYS: RegexRule[] = (
  [
    ['anthropic', `${B}sk-ant-(?:api|admin|sid|oat|ort)\\d{2}-[A-Za-z0-9_-]{20,300}`],
    ['openrouter', `${B}sk-or-v1-[a-f0-9]{64}${E}`],
    ['openai', `${B}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9][A-Za-z0-9_-]{19,300}`],
    ['google', `${B}AIza[0-9A-Za-z_-]{35}${E}`],
    ['google-oauth', `${B}(?:GOCSPX-[A-Za-z0-9_-]{28}|ya29\\.[A-Za-z0-9_-]{20,400}|1//0[A-Za-z0-9_-]{40,300})`],
    ['aws-access-key-id', `${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}${E}`],
    ['github', `${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})${E}`],
    // Legacy GitLab tokens are 20 characters; routable ones (17.x) add `.<version>.<crc>`.
    ['gitlab', `${B}(?:gl(?:pat|dt|ptt|rt|cbt|soat|ft|oas|imt|agent|wt|ffct|cbt)-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?|GR1348941[A-Za-z0-9_-]{20,40})${E}`],
    ['slack', `${B}(?:xox[abposre]-[A-Za-z0-9-]{10,250}|xoxe\\.xox[bp]-\\d-[A-Za-z0-9-]{20,250}|xoxe-\\d-[A-Za-z0-9-]{20,250}|xapp-\\d-[A-Za-z0-9-]{10,250})`],
    ['stripe', `${B}(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,250}${E}`],
    ['stripe-webhook', `${B}whsec_[A-Za-z0-9]{24,100}${E}`],
    ['huggingface', `${B}(?:hf_|api_org_)[A-Za-z0-9]{30,60}${E}`],
    ['twilio', `${B}(?:AC|SK)[0-9a-f]{32}${E}`],
    ['sendgrid', `${B}SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}${E}`],
    ['npm', `${B}npm_[A-Za-z0-9]{36}${E}`],
    ['pypi', `${B}pypi-AgE[A-Za-z0-9_-]{50,400}`],
    ['groq', `${B}gsk_[A-Za-z0-9]{40,60}${E}`],
    ['xai', `${B}xai-[A-Za-z0-9]{40,100}${E}`],
    ['replicate', `${B}r8_[A-Za-z0-9]{30,50}${E}`],
    ['perplexity', `${B}pplx-[A-Za-z0-9]{40,60}${E}`],
    ['digitalocean', `${B}do[por]_v1_[a-f0-9]{64}${E}`],
    ['shopify', `${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`],
    ['linear', `${B}lin_(?:api|oauth)_[A-Za-z0-9]{40}${E}`],
    ['notion', `${B}(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})${E}`],
    ['databricks', `${B}dapi[a-f0-9]{32}(?:-\\d)?${E}`],
    ['mailgun', `${B}key-[0-9a-f]{32}${E}`],
    ['mailchimp', `-us(?<=(?<![A-Za-z0-9_-])([0-9a-f]{32})-us)\\d{1,2}${E}`],
    ['telegram-bot', `:A(?<=(?<![\\w:])(\\d{8,10}):A)[A-Za-z0-9_-]{34}${E}`],
    ['discord-bot', `${B}[MNO][A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40}${E}`],
    // Doppler: personal, service, service-account, CLI, SCIM and audit tokens; service tokens may name their config.
    ['doppler', `${B}dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}${E}`],
    // Mapbox secret and temporary tokens: a base64url JSON claim set between dots.
    ['mapbox', `${B}(?:sk|tk)\\.eyJ[A-Za-z0-9_-]{10,300}\\.[A-Za-z0-9_-]{20,100}${E}`],
    ['vault', `${B}hv[sbr]\\.[A-Za-z0-9_-]{24,300}${E}`],
    ['atlassian', `${B}AT(?:ATT|CTT)3[A-Za-z0-9_=-]{100,300}${E}`],
    ['sentry', `${B}(?:sntrys_eyJ[A-Za-z0-9_=+/-]{20,400}|sntry[ua]_[a-f0-9]{64})${E}`],
    ['grafana', `${B}(?:glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}|glc_[A-Za-z0-9+/=_-]{32,400})${E}`],
    ['newrelic', `${B}NR(?:AK|II|JS|RA|SP|AA)-[A-Z0-9]{19,32}${E}`],
    ['dockerhub', `${B}dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,40}${E}`],
    ['supabase', `${B}(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,60})${E}`],
    ['postman', `${B}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`],
    ['age', `${B}AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}${E}`],
    ['square', `${B}(?:sq0(?:atp|csp|idp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60})${E}`],
    ['pulumi', `${B}pul-[a-f0-9]{40}${E}`],
    ['terraform', `\\.atlasv1\\.(?<=${B}([A-Za-z0-9]{14})\\.atlasv1\\.)[A-Za-z0-9_=-]{60,70}${E}`],
    ['tailscale', `${B}tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,64}${E}`],
    ['airtable', `${B}pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${E}`],
    ['heroku', `${B}HRKU-[A-Za-z0-9_-]{30,80}${E}`],
    ['firebase-fcm', `${B}AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}${E}`],
    ['flyio', `${B}(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,2000})${E}`],
    ['netlify', `${B}nf[pcou]_[A-Za-z0-9]{36,40}${E}`],
    // A full stop after one ends the sentence unless more key characters follow it.
    ['azure-ad', `Q~(?<=(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\\d)Q~)[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~-]|\\.[A-Za-z0-9_~-])`],
  ] as const
).map(([name, source]) => prefixed(name, source));

/** `-----BEGIN ... PRIVATE KEY-----` through its END line, or to the end of the base64 if it was cut off. */
function findPrivateKeys(text: string): SecretSpan[] {
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
      const line = /(?:\r?\n|\\n)([A-Za-z0-9+/=]{1,100}|[A-Za-z-]{1,40}: [^\n]{0,200})(?=\r?\n|\\n|$)/y;
      line.lastIndex = stop;
      while (line.exec(text)) stop = line.lastIndex;
    }
    spans.push({ start: m.index, end: stop, label: 'private key' });
    begin.lastIndex = stop;
  }
  return spans;
}

/** PuTTY's .ppk key files: the `Private-Lines: N` header and the N lines of base64 after it. */
const PUTTY_PRIVATE: RegexRule = {
  name: 'putty',
  pattern: /Private-Lines:[ \t]*(\d{1,3})[ \t]*\r?\n/dg,
  judge(m, text) {
    const count = Number(m[1]);
    const line = /([A-Za-z0-9+/=]{1,200})(?:\r?\n|$)/y;
    line.lastIndex = m.index + m[0].length;
    let stop = line.lastIndex;
    for (let i = 0; i < count; i++) {
      const l = line.exec(text);
      if (!l) break;
      stop = l.index + l[1]!.length;
    }
    return { start: m.index + m[0].length, end: stop, label: 'private key' };
  },
};

const BEARER: RegexRule = simple(
  'bearer',
  'bearer token',
  /[Bb]earer(?<=(?<![\w-])[Bb]earer)[ \t]{1,5}([A-Za-z0-9\-._~+/]{16,4000}=*)(?![\w\-.~+/])/dg,
  (t) => looksLikeKeyBody(t) || t.length >= 32,
  1,
);

/** `Authorization: <scheme> <credentials>` for schemes other than Bearer (Basic, token, SSWS, Bot, ApiKey …). */
const AUTHORIZATION_OTHER: RegexRule = {
  name: 'authorization',
  pattern: /\b(?:Proxy-)?Authorization["']?[ \t]*[:=][ \t]*["'`]?([A-Za-z][\w-]{1,30})[ \t]{1,5}([A-Za-z0-9\-._~+/]{8,4000}=*)/dgi,
  judge(m) {
    const scheme = m[1]!.toLowerCase();
    if (scheme === 'bearer' || scheme === 'digest' || scheme === 'negotiate' && m[2]!.length < 16) return null;
    const span = groupSpan(m, [2]);
    if (!span || !looksLikeKeyBody(span.value) || isPlaceholder(span.value)) return null;
    return { start: span.start, end: span.end, label: scheme === 'basic' ? 'password' : 'bearer token' };
  },
};

const JWT: RegexRule = simple(
  'jwt',
  'jwt',
  /eyJ(?<=(?<![\w-])eyJ)[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,2000}(?![\w-])/dg,
);

/** Slack and Discord incoming webhooks: the last path segment is the credential. */
const WEBHOOKS: RegexRule[] = [
  simple('slack-webhook', 'api key', /hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Z0-9]{6,12}\/([A-Za-z0-9]{16,64})/dg, () => true, 1),
  simple('discord-webhook', 'api key', /discord(?:app)?\.com\/api\/webhooks\/\d{15,20}\/([A-Za-z0-9_-]{40,100})/dg, () => true, 1),
];

/**
 * The password in `scheme://user:password@host`: the user part ends at the LAST `@` before the host, so passwords
 * with an unescaped `@` (common in pasted connection strings) are taken whole.
 */
const URL_PASSWORD: RegexRule = {
  name: 'url-password',
  // `?` and `#` may sit in a pasted password; the user name before the colon holds neither.
  pattern: /:\/\/(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/)([^\s/"'<>`\\]{3,300})/dg,
  judge(m) {
    const authority = m[1]!;
    const at = authority.lastIndexOf('@');
    if (at <= 0 || !/^[A-Za-z0-9[]/.test(authority.slice(at + 1))) return null;
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon < 0 || /[?#]/.test(userinfo.slice(0, colon))) return null;
    const password = userinfo.slice(colon + 1);
    if (password === '' || /^(?:\*+|x+|•+)$/i.test(password) || isPlaceholder(password) || isMarker(password)) return null;
    const start = m.indices![1]![0] + colon + 1;
    return { start, end: start + password.length, label: 'password' };
  },
};

/** Lines that open a dotenv/shell/Dockerfile assignment: the whole rest of the word is the value there. */
const ENV_LINE_PREFIX = /(?:^|\n)[ \t]*(?:-[ \t]+)?(?:(?:export|set|ENV|ARG|setx)[ \t]+)?$/;

/**
 * `key <sep> value` assignments in code, config, env files, JSON, YAML, query strings and headers. The key decides
 * what kind of secret the value would be; the value check decides whether it is one.
 */
/** Where a key worth classifying may be: anything else (`name:`, `https:`, `Note:`) is never looked at. */
const KEY_HINT = /pass|pw|pwd|psk|secret|token|key|auth|cred|sig|bearer|sas|cookie|session|pin|mdp|contras|senha|wacht|kennw|parol|hasl|salas|losen|adgang/gi;

/** The separator after a key (and its closing quote). */
const KEY_SEPARATOR = /(["']?)[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}/y;

/** The value after a key and its separator: quoted (groups 1–3) or one unquoted run (group 4). */
const ASSIGNED_VALUE = /"([^"\n]{1,400})"|'([^'\n]{1,400})'|`([^`\n]{1,400})`|([^\s,;'"`<>]{1,400})/dy;

const KEY_CHAR = /[\w.-]/;
const WORD_CHAR = /\w/;

/**
 * `key <sep> value` assignments in code, config, env files, JSON, YAML, query strings and headers. The key decides
 * what kind of secret the value would be; the value check decides whether it is one. The scan starts from the
 * words a credential's key contains, so text without them is read once, by one search.
 */
function findAssignments(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  KEY_HINT.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = KEY_HINT.exec(text))) {
    // The whole key around the hint: word characters, dots, and dashes between word characters (`x-api-key`).
    let start = h.index;
    while (start > 0 && start > h.index - 64) {
      const c = text[start - 1]!;
      if (WORD_CHAR.test(c) || c === '.' || (c === '-' && start > 1 && WORD_CHAR.test(text[start - 2]!))) start--;
      else break;
    }
    while (start < h.index && !/[A-Za-z_]/.test(text[start]!)) start++;
    let end = h.index + h[0].length;
    while (end < text.length && end < start + 64 && KEY_CHAR.test(text[end]!)) end++;
    KEY_HINT.lastIndex = end;
    KEY_SEPARATOR.lastIndex = end;
    const sep = KEY_SEPARATOR.exec(text);
    // A quote after the key must close one before it (`"password": …`); one before it alone opens a string that
    // holds the assignment (`-H "X-API-Key: …"`).
    if (!sep || (sep[1] && text[start - 1] !== sep[1])) continue;
    const keyStart = sep[1] ? start - 1 : start;
    const span = judgeAssignment(text, keyStart, text.slice(start, end), sep.index + sep[0].length);
    if (span) {
      spans.push(span);
      KEY_HINT.lastIndex = span.end;
    }
  }
  return spans;
}

function judgeAssignment(text: string, keyStart: number, key: string, valueStart: number): SecretSpan | null {
  const kind = classifyKey(key);
  if (!kind) return null;
  // A condition, not an assignment: `if not password: raise …`, `while token: …`, `case secret: …`.
  if (/\b(?:if|elif|while|not|and|or|case|when|unless|assert|until)[ \t]+$/.test(text.slice(Math.max(0, keyStart - 12), keyStart))) return null;
  ASSIGNED_VALUE.lastIndex = valueStart;
  const v = ASSIGNED_VALUE.exec(text);
  if (!v) return null;
  const span = groupSpan(v, [1, 2, 3, 4]);
  if (!span) return null;
  const quoted = span.group !== 4;
  let { value, end } = span;
  let nextChar = text[span.end];
  if (!quoted) {
    const envLine =
      /^[A-Z][A-Z0-9_]*$/.test(key) && text[valueStart - 1] === '=' && text[valueStart - 2] !== ' ' &&
      ENV_LINE_PREFIX.test(text.slice(Math.max(0, keyStart - 40), keyStart));
    // In a query string (`?user=a&password=b&ssl=1`) the value ends at the next `&`.
    if (!envLine && /[?&]/.test(text[keyStart - 1] ?? '')) value = value.split('&')[0]!;
    // Code, not a value: a call or an index (`input(...)`, `request.form['password']`, `Optional[str]`), a group,
    // a regex literal, a path.
    if (!envLine && /^[\w$.:>-]*[([{]/.test(value)) return null;
    if (/^\/(?:\^|\(|\[|\\)/.test(value) || /^\/.*[\^$\\[\]|?*+].*\/[dgimsuy]*$/.test(value) || /^(?:~|\.{1,2})?\/[a-z0-9._-]+(?:\/[a-z0-9._-]+)*\/?$/.test(value)) return null;
    // Brackets close the code around the value: `f(password=pw)`, `{token: abc}`.
    if (!envLine) value = value.replace(/^([^([{]*)[)\]}].*$/, '$1');
    value = trimTrailingPunctuation(value);
    end = span.start + value.length;
    nextChar = text[end];
  }
  if (kind === 'password') {
    if (!looksLikePassword(value, { quoted, strict: false, nextChar })) return null;
    return { start: span.start, end, label: 'password' };
  }
  if (!quoted && (nextChar === '(' || nextChar === '[')) return null;
  return looksLikeGenericSecret(value) ? { start: span.start, end, label: 'api key' } : null;
}

/** `<password>…</password>`, `<ApiKey>…</ApiKey>` and `<add key="SmtpPassword" value="…"/>` in XML configs. */
const XML_VALUES: RegexRule[] = [
  {
    name: 'xml-element',
    pattern: /<([A-Za-z][\w.:-]{0,63})>([^<>\n]{1,400})<\/\1>/dg,
    judge(m) {
      const kind = classifyKey(m[1]!.replace(/^.*:/, ''));
      const span = groupSpan(m, [2]);
      if (!kind || !span) return null;
      const v = span.value.trim();
      const ok = kind === 'password' ? looksLikePassword(v, { quoted: true, strict: false }) && !isPlaceholder(v) : looksLikeGenericSecret(v);
      return ok ? { start: span.start, end: span.end, label: kind === 'password' ? 'password' : 'api key' } : null;
    },
  },
  {
    name: 'xml-key-value',
    pattern: /\b(?:key|name)=(["'])([^"'\n]{1,64})\1[ \t]+value=(["'])([^"'\n]{1,400})\3/dg,
    judge(m) {
      const kind = classifyKey(m[2]!);
      const span = groupSpan(m, [4]);
      if (!kind || !span) return null;
      const ok = kind === 'password' ? looksLikePassword(span.value, { quoted: true, strict: false }) : looksLikeGenericSecret(span.value);
      return ok ? { start: span.start, end: span.end, label: kind === 'password' ? 'password' : 'api key' } : null;
    },
  },
];

/** Config lines that separate key and value by spaces: `.netrc`'s `password X`, redis.conf's `requirepass X`. */
const SPACED_CONFIG_PASSWORD: RegexRule = {
  name: 'spaced-config-password',
  // Config keys are lower case; `PASSWORD  *tag*` is a heading.
  pattern: /(?<=^|\n)[ \t]*(password|passwd|requirepass|masterauth|rpcpassword|passphrase)[ \t]+([^\s"']{1,200})[ \t]*(?=\r?\n|$)/dg,
  judge(m) {
    const span = groupSpan(m, [2]);
    if (!span || !looksLikePassword(span.value, { quoted: false, strict: true })) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/** Cookie names and attributes that carry no secret. */
const COOKIE_ATTRIBUTE = /^(?:path|domain|expires|max-age|samesite|secure|httponly|priority|partitioned|version|comment)$/i;

function cookieValueSpans(list: string, offset: number): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const pair = /([^=;\s]{1,200})=([^;\s]{1,4000})/g;
  let p: RegExpExecArray | null;
  while ((p = pair.exec(list))) {
    const value = p[2]!.replace(/^"|"$/g, '');
    if (COOKIE_ATTRIBUTE.test(p[1]!) || !looksLikeCookieSecret(value) || isPlaceholder(value)) continue;
    const start = offset + p.index + p[1]!.length + 1 + (p[2]!.startsWith('"') ? 1 : 0);
    spans.push({ start, end: start + value.length, label: 'cookie' });
  }
  return spans;
}

/** Session identifiers are long and random; preferences (`theme=dark`, `lang=en`) are not. */
function looksLikeCookieSecret(value: string): boolean {
  if (value.length >= 16) return !/^[a-z]+(?:[-_][a-z]+)*$/i.test(value) || /[A-Z].*[a-z].*[A-Z]/.test(value);
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** Cookie and Set-Cookie headers, curl's `-b`/`--cookie`, cookies.txt lines and `cookies={…}` literals. */
const COOKIES: RegexRule[] = [
  {
    name: 'cookie-header',
    pattern: /(?:Set-)?Cookie(?<=(?<![\w-])(?:Set-)?Cookie)["']?[ \t]*:[ \t]*["']?([^\n"']{3,8000})/dgi,
    judge(m) {
      const span = groupSpan(m, [1])!;
      // Set-Cookie holds one cookie then its attributes; Cookie holds many.
      const list = /^set-/i.test(m[0]) ? span.value.split(';')[0]! : span.value;
      return cookieValueSpans(list, span.start);
    },
  },
  {
    name: 'curl-cookie',
    pattern: /-(?<=(?<![\w-])-)(?:b|-cookie)[ \t]+(?:"([^"\n]{3,8000})"|'([^'\n]{3,8000})'|([^\s"']{3,8000}))/dg,
    judge(m) {
      const span = groupSpan(m, [1, 2, 3])!;
      if (!span.value.includes('=')) return null; // a cookie jar file
      return cookieValueSpans(span.value, span.start);
    },
  },
  {
    // Netscape cookies.txt: domain, subdomains flag, path, secure flag, expiry, name, value — tab separated.
    name: 'cookies-txt',
    pattern: /\t(?<=(?:^|\n)[^\t\n]{1,253}\t)(?:TRUE|FALSE)\t[^\t\n]{1,1000}\t(?:TRUE|FALSE)\t\d{1,20}\t[^\t\n]{1,200}\t([^\t\n]{1,4000})/dg,
    judge(m) {
      const span = groupSpan(m, [1])!;
      return looksLikeCookieSecret(span.value) ? { start: span.start, end: span.end, label: 'cookie' } : null;
    },
  },
  {
    name: 'cookie-literal',
    pattern: /\b(?:cookies|document\.cookie)[ \t]*[=:][ \t]*(?:\{([^{}\n]{3,4000})\}|(["'])([^"'\n]{3,4000})\2)/dg,
    judge(m) {
      const dict = groupSpan(m, [1]);
      if (dict) {
        const spans: SecretSpan[] = [];
        const pair = /["']([^"'\n]{1,200})["'][ \t]*:[ \t]*["']([^"'\n]{1,4000})["']/g;
        let p: RegExpExecArray | null;
        while ((p = pair.exec(dict.value))) {
          if (!looksLikeCookieSecret(p[2]!)) continue;
          const start = dict.start + p.index + p[0].lastIndexOf(p[2]!);
          spans.push({ start, end: start + p[2]!.length, label: 'cookie' });
        }
        return spans;
      }
      const str = groupSpan(m, [3])!;
      return cookieValueSpans(str.value, str.start);
    },
  },
];

/** Words that, shortly before a 40-character string, say it is an AWS secret access key. */
const AWS_CONTEXT = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|aws|amazon|\bs3\b|\biam\b|boto|secret|credential|access[ _-]?key/i;
const AWS_ANCHORS = new RegExp(AWS_CONTEXT.source, 'gi');

/** A 40-character AWS secret access key, only where the text around it talks about AWS, keys or secrets. */
const AWS_SECRET_IN_CONTEXT: RegexRule = {
  name: 'aws-secret',
  pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/dg,
  judge(m, text) {
    const v = m[0];
    if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/[\d/+]/.test(v) || /^[0-9a-f]+$/i.test(v)) return null;
    const before = contextOf(text, m.index - 200, m.index);
    const after = contextOf(text, m.index + v.length, m.index + v.length + 80);
    if (!AWS_CONTEXT.test(before) && !/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/.test(after)) return null;
    return { start: m.index, end: m.index + v.length, label: 'api key' };
  },
};

/**
 * 64 hex digits (optionally 0x) that the text calls a private or wallet key: Ethereum and other secp256k1 keys.
 * The nearest telling word before it decides, so a transaction or block hash next to a wallet is left alone.
 */
const HEX_KEY_CONTEXT = /priv(?:ate)?[ _-]?key|privkey|secret[ _-]?key|wallet[ _-]?key|signing[ _-]?key|from_?key|fromKey|privateKeyToAccount|Wallet\(|accounts["']?\s*:\s*\[|mnemonic|metamask|seed|wallet/gi;

const HEX_PRIVATE_KEY: RegexRule = {
  name: 'hex-private-key',
  pattern: /(?<![A-Za-z0-9])(?:0x)?[0-9a-fA-F]{64}(?![A-Za-z0-9])/dg,
  judge(m, text) {
    const before = contextOf(text, m.index - 100, m.index);
    const key = new RegExp(HEX_KEY_CONTEXT.source, 'gi');
    const notKey = /hash|\btx|txid|transaction|digest|sha-?\d+|checksum|commit|block|fingerprint|salt|nonce|address|contract|signature/gi;
    let lastKey = -1;
    let lastNot = -1;
    for (const k of before.matchAll(key)) lastKey = k.index!;
    for (const k of before.matchAll(notKey)) lastNot = k.index!;
    if (lastKey < 0 || lastNot > lastKey) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

const CARD_NUMBER: RegexRule = {
  name: 'card',
  pattern: /\d(?<=(?<![\w.,+\-/])\d)(?:[ -]?\d){12,18}(?![\w]|[.,/-]\d)/dg,
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

/** IBANs, electronic (`DE89370400440532013000`) or in print groups of four, checked by length and mod 97. */
const IBAN: RegexRule = {
  name: 'iban',
  pattern: /([A-Z]{2})(?<=(?<![A-Za-z0-9])[A-Z]{2})\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/dg,
  judge(m, text) {
    const length = ibanLength(m[1]!);
    if (!length) return null;
    // Take exactly the country's length of characters, across print spaces; the next must not continue the group.
    let count = 0;
    let end = m.index;
    while (end < m.index + m[0].length && count < length) {
      if (text[end] !== ' ') count++;
      end++;
    }
    if (count !== length || /[A-Za-z0-9]/.test(text[end] ?? '')) return null;
    const iban = text.slice(m.index, end).replace(/ /g, '');
    if (!ibanChecksumValid(iban)) return null;
    return { start: m.index, end, label: 'iban' };
  },
};

const SSN_CONTEXT = /\b(?:ssn|ss#|social[ \t]+security|social|tax[ \t]+id|tin|itin|sozialversicherung)\b/i;

/** US Social Security numbers: `123-45-6789` anywhere; spaced or bare nine digits only after an SSN label. */
const SSN: RegexRule = {
  name: 'ssn',
  pattern: /(\d{3})(?<=(?<![\w.\-+/:])\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w]|[-.:/]\d)/dg,
  judge(m, text) {
    const digits = m[1]! + m[3]! + m[4]!;
    if (!isPlausibleSsn(digits)) return null;
    if (m[2] !== '-' && !SSN_CONTEXT.test(contextOf(text, m.index - 40, m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'ssn' };
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

export const STRUCTURAL_FINDERS: readonly Finder[] = [
  { name: 'private-key', find: findPrivateKeys },
  regexFinder(PUTTY_PRIVATE),
];

/** Token rules: specific before generic so the most telling label wins. */
export const TOKEN_FINDERS: readonly Finder[] = [
  regexFinder(JWT),
  regexFinder(BEARER),
  regexFinder(AUTHORIZATION_OTHER),
  ...PROVIDER_KEYS.map(regexFinder),
  ...WEBHOOKS.map(regexFinder),
  regexFinder(URL_PASSWORD),
  ...COOKIES.map(regexFinder),
];

/** Assignments in code and config. */
export const ASSIGNMENT_FINDERS: readonly Finder[] = [
  { name: 'key-value', find: findAssignments },
  ...XML_VALUES.map(regexFinder),
  regexFinder(SPACED_CONFIG_PASSWORD),
];

/** Shapes that need their surroundings or a checksum. */
export const CONTEXT_FINDERS: readonly Finder[] = [
  windowedFinder(AWS_SECRET_IN_CONTEXT, AWS_ANCHORS, 120, 200),
  windowedFinder(HEX_PRIVATE_KEY, HEX_KEY_CONTEXT, 0, 100),
  regexFinder(CARD_NUMBER),
  regexFinder(IBAN),
  regexFinder(SSN),
];

export const EMAIL_FINDER = regexFinder(EMAIL);
export const PHONE_FINDER = regexFinder(PHONE);
