import { generatedPhrase, MORE_PHRASE_WORDS } from './generated-phrases';
import { ibanChecksumValid, ibanLength, isPlausibleSsn } from './checks';
import { namedAsAnotherNumber } from './card-context';
import { factored, fastAnchors, fastScan } from './fast-anchors';
import { isLocalDefaultCredential } from './default-credentials';
import { hasCardIssuerPrefix, passesLuhn, printedAsCard } from './luhn';
import { pemBodyOnly } from './pem-body';
import {
  classifyKey,
  contextOf,
  isMarker,
  isMasked,
  isPlaceholder,
  lineAround,
  looksLikeGenericSecret,
  looksLikeKeyBody,
  looksLikePassword,
  looksLikeRandomToken,
  PRINTS_A_REFERENCE,
  trimTrailingPunctuation,
  UUID_SHAPE,
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
  | 'national id'
  | 'bank account'
  | 'recovery code'
  | 'policy number'
  | 'activation code'
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
  /**
   * Optional (`wordTrigger`): a plain-mode regex that finds something in every text where `find` can find anything, its
   * words being ones every match of the finder's regexes holds. Where it finds nothing, `find` is not called: a text of
   * chat without a password's word is not scanned by each rule that needs one. Tested once per text for all the finders
   * that share it.
   */
  trigger?: RegExp;
}

export interface RegexRule {
  name: string;
  /** Must carry the `g` and `d` flags. */
  pattern: RegExp;
  judge(match: RegExpExecArray, text: string): SecretSpan | SecretSpan[] | null;
  /** Where to scan on from when `judge` turns a match down (default: after the match). */
  resumeAfterReject?(match: RegExpExecArray): number;
}

/** What `rule` judges of a match, kept in `spans` when it is a span and not a marker already; how many were kept. */
export function keepJudged(rule: RegexRule, m: RegExpExecArray, text: string, spans: SecretSpan[]): number {
  const judged = rule.judge(m, text);
  const list = judged === null ? [] : Array.isArray(judged) ? judged : [judged];
  let kept = 0;
  for (const s of list) {
    if (s.end > s.start && !isMarker(text.slice(s.start, s.end))) {
      spans.push(s);
      kept++;
    }
  }
  return kept;
}

/** Runs a regex rule over a text. */
export function regexFinder(rule: RegexRule): Finder {
  // The same matches, found by a scan that looks for where each begins with the alternatives regrouped (`fastScan`).
  const pattern = fastScan(rule.pattern);
  return {
    name: rule.name,
    find(text) {
      pattern.lastIndex = 0;
      const spans: SecretSpan[] = [];
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text))) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const kept = keepJudged(rule, m, text, spans);
        if (kept === 0 && rule.resumeAfterReject) pattern.lastIndex = Math.max(m.index + 1, rule.resumeAfterReject(m));
      }
      return spans;
    },
  };
}

/**
 * Runs a regex rule only near its anchors: where the rule needs a context word anyway, the text between context
 * words is never scanned. `before` and `after` bound how far from an anchor a match may start. `probed`: the rule's
 * pattern opens with a long list of words in any case, which V8 can only try at every character, so each window is
 * searched with a probe that stops at the window's end (`findInWindowsProbed`); a pattern that opens with a literal, a
 * digit or a few words is searched faster by V8's own scan, which skips ahead to where it could start.
 */
export function windowedFinder(rule: RegexRule, unicodeAnchors: RegExp, before: number, after: number, probed = false, starts?: RegExp): Finder {
  const anchors = fastScan(fastAnchors(unicodeAnchors));
  const foldSensitive = rule.pattern.ignoreCase && rule.pattern.unicode;
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
      if (starts && !(foldSensitive && foldsOddly(text))) return findInWindowsAtStarts(rule, windows, text, starts);
      return probed ? findInWindowsProbed(rule, windows, text) : findInWindows(rule, windows, text);
    },
  };
}

/**
 * Characters that a case-insensitive regex matches differently in the Unicode and the plain mode (the Kelvin and
 * Ångström signs, the long s, the capital sharp s, the Ohm sign, Greek capital theta symbol, Greek letters with a
 * subscript iota): in a text without any, a plain-mode scan for a rule's opening words finds every place the rule's
 * Unicode-mode pattern may begin.
 */
const ODD_FOLDS = /[\u017F\u03F4\u1E9E\u1F80-\u1FAF\u1FB3\u1FBC\u1FC3\u1FCC\u1FF3\u1FFC\u2126\u212A\u212B]/;
let oddText: string | null = null;
let oddFound = false;

/** Whether `text` holds a character of `ODD_FOLDS` (the last text's answer is kept). */
function foldsOddly(text: string): boolean {
  if (text !== oddText) {
    oddText = text;
    oddFound = ODD_FOLDS.test(text);
  }
  return oddFound;
}

/**
 * `findInWindowsProbed`, the same matches found at the places `starts` gives: a global regex without the `u` flag and
 * without look-behinds whose matches begin at every place the rule's pattern may match (its opening words). The rule's
 * pattern, sticky, is tried at each such place in a window, in order, past the last match: the first place it matches
 * is the place the probes find.
 */
function findInWindowsAtStarts(rule: RegexRule, windows: readonly (readonly [number, number])[], text: string, starts: RegExp): SecretSpan[] {
  const scan = windowScan(rule.pattern);
  const spans: SecretSpan[] = [];
  for (const [from, to] of windows) {
    const sub = text.slice(from, Math.min(text.length, to + 512));
    const limit = to - from;
    let cursor = 0;
    while (cursor < limit) {
      starts.lastIndex = cursor;
      const s = starts.exec(sub);
      if (!s || s.index >= limit) break;
      scan.at.lastIndex = s.index;
      const m = scan.at.exec(sub);
      if (!m) {
        cursor = s.index + 1;
        continue;
      }
      cursor = m.index + m[0].length;
      if (m.index === 0 && from > 0 && /[A-Za-z0-9_/+=-]/.test(text[from - 1]!)) continue; // cut from a longer run
      judgeShifted(rule, m, from, text, spans);
    }
  }
  return spans;
}

/**
 * `windowedFinder` with its anchors' places given: `starts(text)` lists, in order, every place where `anchors` (a
 * global regex without the `u` flag) matches (a list several rules share, found once per text: `passwordWordStarts`).
 * The windows are the ones `windowedFinder` builds from a scan of the text with `anchors`: from each list place not
 * inside the last anchor taken, with that anchor's length, read by the regex made sticky there.
 */
export function windowedFinderAt(rule: RegexRule, starts: (text: string) => readonly number[], anchors: RegExp, before: number, after: number): Finder {
  const sticky = new RegExp(anchors.source, anchors.flags.replace('g', '') + 'y');
  return {
    name: rule.name,
    find(text) {
      const windows: [number, number][] = [];
      let lastEnd = 0;
      for (const at of starts(text)) {
        if (at < lastEnd) continue;
        sticky.lastIndex = at;
        const a = sticky.exec(text);
        if (!a) continue;
        const from = Math.max(0, at - before);
        const to = Math.min(text.length, at + a[0].length + after);
        const last = windows[windows.length - 1];
        if (last && from <= last[1]) last[1] = Math.max(last[1], to);
        else windows.push([from, to]);
        lastEnd = at + Math.max(1, a[0].length);
      }
      return findInWindows(rule, windows, text);
    },
  };
}

/**
 * A rule's pattern, sticky, and probes that find from `lastIndex` the first place within `reach` characters (code
 * points under the `u` flag) where it matches, reading no further: `[\s\S]{0,reach}?(?=(?:pattern))`; the sticky
 * pattern is then run where the probe stopped, for the match itself. The lookahead holds the same pattern on the same
 * text, so it matches at the same places, the first of them first; its groups are not read.
 */
interface WindowScan {
  at: RegExp;
  probes: Map<number, RegExp>;
  /** The pattern itself, its alternations regrouped (`factored`): the same matches. */
  global: RegExp;
}

const WINDOW_SCANS = new WeakMap<RegExp, WindowScan>();

function windowScan(pattern: RegExp): WindowScan {
  let scan = WINDOW_SCANS.get(pattern);
  if (!scan) {
    scan = { at: factored(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')), probes: new Map(), global: factored(new RegExp(pattern.source, pattern.flags)) };
    WINDOW_SCANS.set(pattern, scan);
  }
  return scan;
}

/** The probe for the smallest of 64, 128, … 1024 characters that covers `left`. */
function probeFor(scan: WindowScan, pattern: RegExp, left: number): { probe: RegExp; reach: number } {
  let reach = 64;
  while (reach < left && reach < 1024) reach *= 2;
  let probe = scan.probes.get(reach);
  if (!probe) {
    probe = factored(new RegExp(`[\\s\\S]{0,${reach}}?(?=(?:${pattern.source}))`, pattern.flags.replace(/[gd]/g, '') + 'y'));
    scan.probes.set(reach, probe);
  }
  return { probe, reach };
}

/** The index `count` characters on from `at` (code points where `unicode`, as the probe's `[\s\S]` reads them). */
function stepOn(s: string, at: number, count: number, unicode: boolean): number {
  if (!unicode) return at + count;
  let i = at;
  for (let k = 0; k < count && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Runs a rule only inside the given windows (sorted, not overlapping); a match must start inside one. */
export function findInWindows(rule: RegexRule, windows: readonly (readonly [number, number])[], text: string): SecretSpan[] {
  const inner = windowScan(rule.pattern).global;
  const spans: SecretSpan[] = [];
  for (const [from, to] of windows) {
    // Search the window alone (plus room for a match to finish), then shift the match back onto the text.
    const sub = text.slice(from, Math.min(text.length, to + 512));
    inner.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = inner.exec(sub)) && m.index < to - from) {
      if (m.index === 0 && from > 0 && /[A-Za-z0-9_/+=-]/.test(text[from - 1]!)) continue; // cut from a longer run
      judgeShifted(rule, m, from, text, spans);
    }
  }
  return spans;
}

/** Shifts a match in a window back onto the text and keeps what the rule judges of it. */
function judgeShifted(rule: RegexRule, m: RegExpExecArray, from: number, text: string, spans: SecretSpan[]): void {
  m.index += from;
  if (m.indices) {
    const shifted = m.indices.map((p) => (p ? ([p[0] + from, p[1] + from] as [number, number]) : p));
    m.indices = Object.assign(shifted, { groups: m.indices.groups }) as RegExpIndicesArray;
  }
  const judged = rule.judge(m, text);
  if (judged && !Array.isArray(judged)) spans.push(judged);
}

/**
 * `findInWindows`, the same matches found with a probe: a window's search with the plain pattern reads on through the
 * room left after the window for a match to finish (512 characters, most windows being under 200) wherever nothing
 * matches, which is most windows; the probe stops where the window ends.
 */
function findInWindowsProbed(rule: RegexRule, windows: readonly (readonly [number, number])[], text: string): SecretSpan[] {
  const inner = rule.pattern;
  const scan = windowScan(inner);
  const spans: SecretSpan[] = [];
  for (const [from, to] of windows) {
    const sub = text.slice(from, Math.min(text.length, to + 512));
    const limit = to - from;
    let cursor = 0;
    while (cursor < limit) {
      const { probe, reach } = probeFor(scan, inner, limit - cursor);
      probe.lastIndex = cursor;
      const found = probe.exec(sub);
      if (!found) {
        cursor = stepOn(sub, cursor, reach + 1, inner.unicode);
        continue;
      }
      const at = cursor + found[0].length;
      if (at >= limit) break;
      scan.at.lastIndex = at;
      const m = scan.at.exec(sub)!;
      cursor = m.index + m[0].length;
      if (m.index === 0 && from > 0 && /[A-Za-z0-9_/+=-]/.test(text[from - 1]!)) continue; // cut from a longer run
      judgeShifted(rule, m, from, text, spans);
    }
  }
  return spans;
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
export function simple(name: string, label: RedactionLabel, pattern: RegExp, accept: (secret: string) => boolean = () => true, group = 0): RegexRule {
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
function prefixed(name: string, source: string, accept: (value: string) => boolean = looksLikeKeyBody): RegexRule {
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
      // `sk-proj-XXXXXXXXXXXXXXXX`, `ghp_****…`: the prefix of a real format, masked or left to fill in.
      if (!accept(value) || isMasked(value)) return null;
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
    ['github', `${B}(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})${E}`],
    // Legacy GitLab tokens are 20 characters; routable ones (17.x) add `.<version>.<crc>`.
    ['gitlab', `${B}(?:gl(?:pat|dt|ptt|rt|cbt|soat|ft|oas|imt|agent|wt|ffct|cbt)-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?|GR1348941[A-Za-z0-9_-]{20,40})${E}`],
    ['slack', `${B}(?:xox[abposre]-[A-Za-z0-9-]{10,250}|xoxe\\.xox[bp]-\\d-[A-Za-z0-9-]{20,250}|xoxe-\\d-[A-Za-z0-9-]{20,250}|xapp-\\d-[A-Za-z0-9-]{10,250})`],
    // Secret and restricted keys; `pk_` publishable keys are meant for the browser and are public.
    ['stripe', `${B}(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,250}${E}`],
    ['stripe-webhook', `${B}whsec_[A-Za-z0-9]{24,100}${E}`],
    ['huggingface', `${B}(?:hf_|api_org_)[A-Za-z0-9]{30,60}${E}`],
    // API key SIDs (`SK…`); an Account SID (`AC…`) is the account's public identifier, in every console URL.
    ['twilio', `${B}SK[0-9a-f]{32}${E}`],
    ['sendgrid', `${B}SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}${E}`],
    ['npm', `${B}npm_[A-Za-z0-9]{36}${E}`],
    ['pypi', `${B}pypi-AgE[A-Za-z0-9_-]{50,400}`],
    ['groq', `${B}gsk_[A-Za-z0-9]{40,60}${E}`],
    // CA's round: Pterodactyl's (a game-server panel's) application and client API keys, `ptla_` and `ptlc_` then 43
    // letters and digits; The Things Stack's (The Things Network's) API keys, `NNSXS.`, 39 and 52 capitals and digits
    // (base32; capitals and digits read) joined by a dot.
    ['pterodactyl', `${B}ptl[ac]_[A-Za-z0-9]{43}${E}`],
    ['the-things-stack', `${B}NNSXS\\.[A-Z0-9]{39}\\.[A-Z0-9]{52}${E}`],
    // AV's round: Convex's deploy keys, the deployment's kind and name, a bar, then the key (`prod:happy-otter-123|eyJ…`).
    ['convex', `${B}(?:prod|dev|preview|project):[a-z][a-z0-9]*(?:-[a-z0-9]+){1,4}\\|[A-Za-z0-9+/=_-]{40,400}${E}`],
    ['xai', `${B}xai-[A-Za-z0-9]{40,100}${E}`],
    ['replicate', `${B}r8_[A-Za-z0-9]{30,50}${E}`],
    ['perplexity', `${B}pplx-[A-Za-z0-9]{40,60}${E}`],
    ['digitalocean', `${B}do[por]_v1_[a-f0-9]{64}${E}`],
    ['shopify', `${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`],
    ['linear', `${B}lin_(?:api|oauth)_[A-Za-z0-9]{40}${E}`],
    ['notion', `${B}(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})${E}`],
    ['databricks', `${B}dapi[a-f0-9]{32}(?:-\\d)?${E}`],
    // Mailgun: the legacy `key-…` and the private API keys issued since 2023 (32, 8 and 8 hex digits).
    // Each form opens with a literal (the 32 hex digits before the first dash are read back from it, as group 1): a
    // pattern opening with 32 hex digits was tried at every letter of a long word, 2 s on 10 MB of one.
    ['mailgun', `(?:key-(?<=${B}key-)[0-9a-f]{32}|-(?<=${B}([0-9a-f]{32})-)[0-9a-f]{8}-[0-9a-f]{8})${E}`],
    ['mailchimp', `-us(?<=(?<![A-Za-z0-9_-])([0-9a-f]{32})-us)\\d{1,2}${E}`],
    // Also inside a Bot API URL: `api.telegram.org/bot<id>:<secret>/getUpdates`.
    ['telegram-bot', `:A(?<=(?:(?<![\\w:])|(?<=\\/bot))(\\d{8,10}):A)[A-Za-z0-9_-]{34}${E}`],
    ['discord-bot', `${B}[MNO][A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40}${E}`],
    // Doppler: personal, service, service-account, CLI, SCIM and audit tokens; service tokens may name their config.
    // Ably: the app id and the key id joined by a dot, then a colon and the key's secret (the part after the colon).
    // Opens on its colon (a scan for a literal) with the ids read behind it, as Asana's.
    ['ably', `:(?<=(?<![\\w.-])([A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}):)[A-Za-z0-9_+/-]{40,48}={0,2}${E}`],
    ['doppler', `${B}dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}${E}`],
    // Mapbox secret and temporary tokens: a base64url JSON claim set between dots.
    ['mapbox', `${B}(?:sk|tk)\\.eyJ[A-Za-z0-9_-]{10,300}\\.[A-Za-z0-9_-]{20,100}${E}`],
    ['vault', `${B}hv[sbr]\\.[A-Za-z0-9_-]{24,300}${E}`],
    // Riot Games API keys: `RGAPI-` and a UUID.
    ['riot', `${B}RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`],
    ['atlassian', `${B}AT(?:ATT|CTT)3[A-Za-z0-9_=-]{100,300}${E}`],
    ['sentry', `${B}(?:sntrys_(?:eyJ[A-Za-z0-9_=+/-]{20,400}|[A-Za-z0-9_=+/-]{40,400})|sntry[ua]_[a-f0-9]{64})${E}`],
    ['grafana', `${B}(?:glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}|glc_[A-Za-z0-9+/=_-]{32,400})${E}`],
    ['newrelic', `${B}NR(?:AK|II|JS|RA|SP|AA)-[A-Z0-9]{19,32}${E}`],
    ['dockerhub', `${B}dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,40}${E}`],
    ['supabase', `${B}(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,60})${E}`],
    ['postman', `${B}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`],
    ['age', `${B}AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}${E}`],
    ['square', `${B}(?:sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60})${E}`],
    ['pulumi', `${B}pul-[a-f0-9]{40}${E}`],
    ['apify', `${B}apify_api_[A-Za-z0-9]{30,40}${E}`],
    ['terraform', `\\.atlasv1\\.(?<=${B}([A-Za-z0-9]{14})\\.atlasv1\\.)[A-Za-z0-9_=-]{60,70}${E}`],
    ['tailscale', `${B}tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,64}${E}`],
    ['airtable', `${B}pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${E}`],
    ['heroku', `${B}HRKU-[A-Za-z0-9_-]{30,80}${E}`],
    ['firebase-fcm', `${B}AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,200}${E}`],
    ['flyio', `${B}(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,2000})${E}`],
    ['netlify', `${B}nf[pcou]_[A-Za-z0-9]{36,40}${E}`],
    // A full stop after one ends the sentence unless more key characters follow it.
    ['azure-ad', `Q~(?<=(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\\d)Q~)[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~-]|\\.[A-Za-z0-9_~-])`],
    // Alibaba Cloud AccessKey ids and Tencent Cloud SecretIds.
    ['alibaba', `${B}LTAI[A-Za-z0-9]{12,20}${E}`],
    ['tencent', `${B}AKID[A-Za-z0-9]{32}${E}`],
    // AWS STS session tokens: base64 of a fixed binary header, so their first characters never change.
    ['aws-session-token', `${B}(?:FwoGZXIvYXdz|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{100,3000}`],
    ['amazon', `${B}(?:amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|Atz[ar]\\|[A-Za-z0-9_-]{50,800})`],
    ['resend', `${B}re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}${E}`],
    // Facebook / Meta Graph API user and page tokens.
    ['facebook', `${B}EAA[A-Za-z0-9]{60,500}${E}`],
    // Twitter/X app-only bearer tokens: many leading A's, then URL-encoded base64. Bounded by any base64 character, so
    // a run of A's inside a base64 image is not taken for one.
    ['twitter-bearer', `A{20}(?<=(?<![A-Za-z0-9_+/=-])A{20})A{0,4}[A-Za-z0-9%]{40,160}(?![A-Za-z0-9_+/=-])`],
    // Twitch chat (IRC) tokens.
    ['twitch', `${B}oauth:[a-z0-9]{30}${E}`],
    // Dropbox short-lived access tokens (`sl.` then about 140 characters; `sl.u.` for the newer, longer ones).
    ['dropbox', `${B}sl\\.(?:u\\.)?[A-Za-z0-9_-]{120,1500}`],
    // 1Password service-account tokens, and the Secret Key of an account's Emergency Kit.
    ['1password', `${B}(?:ops_eyJ[A-Za-z0-9_-]{60,3000}|A3-[A-Z0-9]{6}-[A-Z0-9]{5,6}(?:-[A-Z0-9]{5}){4})${E}`],
    // Asana personal access tokens: `<version>/<user id>[/<app id>]:<32 hex>`.
    ['asana', `:(?<=(?<![\\w/])([12]\\/\\d{10,20}(?:\\/\\d{10,20})?):)[0-9a-f]{32}${E}`],
    // Braintree access tokens.
    ['braintree', `${B}access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}${E}`],
    ['bitbucket', `${B}ATBB[A-Za-z0-9_=.-]{28,40}${E}`],
    ['planetscale', `${B}pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}${E}`],
    ['contentful', `${B}CFPAT-[A-Za-z0-9_-]{43}${E}`],
    ['figma', `${B}figd_[A-Za-z0-9_-]{38,60}${E}`],
    ['prefect', `${B}pnu_[A-Za-z0-9]{36}${E}`],
    ['render', `${B}rnd_[A-Za-z0-9]{28,40}${E}`],
    ['elevenlabs', `${B}sk_[a-f0-9]{48}${E}`],
    ['langsmith', `${B}lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${E}`],
    ['pinecone', `${B}pcsk_[A-Za-z0-9_]{50,100}${E}`],
    ['rubygems', `${B}rubygems_[a-f0-9]{48}${E}`],
    ['nuget', `${B}oy2[a-z0-9]{43}${E}`],
    ['jfrog', `${B}AKCp[A-Za-z0-9]{64,80}${E}`],
    ['dynatrace', `${B}dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}${E}`],
    ['sourcegraph', `${B}sgp_(?:local_)?[a-f0-9]{40}${E}`],
    ['buildkite', `${B}bkua_[a-f0-9]{40}${E}`],
    ['circleci', `${B}CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}${E}`],
    ['sonarqube', `${B}sq[upa]_[a-f0-9]{40}${E}`],
    ['harness', `${B}pat\\.[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}${E}`],
    ['shippo', `${B}shippo_(?:live|test)_[a-f0-9]{40}${E}`],
    ['easypost', `${B}EZ[AT]K[A-Za-z0-9]{54}${E}`],
    ['brevo', `${B}x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}${E}`],
    ['flutterwave', `${B}FLWSECK(?:_TEST)?-[a-f0-9]{32}-X${E}`],
    ['hubspot', `${B}pat-(?:na|eu)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`],
    ['clickup', `${B}pk_\\d{6,10}_[A-Z0-9]{32}${E}`],
    ['plaid', `${B}access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`],
    ['salesforce', `${B}00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{50,200}`],
    // Yandex Cloud API keys and OAuth tokens.
    ['yandex', `${B}(?:AQVN[A-Za-z0-9_-]{35,38}|y[0-3]_[A-Za-z0-9_-]{55})${E}`],
    ['cloudflare-origin-ca', `${B}v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}${E}`],
    // Azure DevOps personal access tokens of 2024 on: 84 characters with `AZDO` at the 77th.
    ['azure-devops', `AZDO(?<=${B}([A-Za-z0-9]{76})AZDO)[A-Za-z0-9]{4}${E}`],
    ['mandrill', `${B}md-[A-Za-z0-9_-]{22}${E}`],
    // PagerDuty user API tokens (`u+` and 18 characters) and Events v2 routing keys (`R0` and 30 hex digits).
    ['pagerduty', `${B}(?:u\\+[A-Za-z0-9_-]{18}|R0[0-9a-f]{30})${E}`],
    // Honeycomb ingest, configuration and management keys (`hcaik_`, `hcxik_`, `hcamk_` …).
    ['honeycomb', `${B}hc[a-z]{2}k_[a-z0-9]{20,80}${E}`],
    // LaunchDarkly server-side SDK keys and API access tokens (`mob-` keys ship in apps and are not secret).
    ['launchdarkly', `${B}(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`],
    // Statsig server secret keys (`client-` keys are public).
    ['statsig', `${B}secret-[A-Za-z0-9]{30,60}${E}`],
    // PostHog personal API keys (`phc_` project keys are public).
    ['posthog', `${B}phx_[A-Za-z0-9]{40,60}${E}`],
    // Backblaze B2 application keys.
    ['backblaze', `${B}K00\\d[A-Za-z0-9+/]{27}${E}`],
    // WooCommerce REST consumer keys and secrets.
    ['woocommerce', `${B}c[ks]_[a-f0-9]{40}${E}`],
    ['typeform', `${B}tfp_[A-Za-z0-9_-]{40,60}${E}`],
    ['octopus', `${B}API-[A-Z0-9]{26,32}${E}`],
    ['neon', `${B}napi_[a-z0-9]{60,80}${E}`],
    ['telnyx', `${B}KEY[0-9A-F]{32}_[A-Za-z0-9]{20,30}${E}`],
    ['adobe', `${B}p8e-[A-Za-z0-9_-]{32,40}${E}`],
    ['frameio', `${B}fio-u-[A-Za-z0-9_-]{60,70}${E}`],
    ['fireworks', `${B}fw_[A-Za-z0-9]{24,40}${E}`],
    ['cerebras', `${B}csk-[a-z0-9]{40,60}${E}`],
    ['runpod', `${B}rpa_[A-Z0-9]{40,50}${E}`],
    ['crates-io', `${B}cio[A-Za-z0-9]{32}${E}`],
    ['flagsmith', `${B}ser\\.[A-Za-z0-9]{20,30}${E}`],
    // BA's round: SumUp secret keys (`sup_pk_` keys go in the page), Cal.com API keys, Blockfrost project ids (the
    // server's credential, named for the network), Unleash client and admin tokens (`project:environment.` and 64 hex).
    ['sumup', `${B}sup_sk_[A-Za-z0-9]{30,40}${E}`],
    ['calcom', `${B}cal_(?:live|test)_[0-9a-f]{32}${E}`],
    ['blockfrost', `${B}(?:mainnet|preprod|preview|testnet)[A-Za-z0-9]{32}${E}`],
    ['unleash', `:(?<=(?<![A-Za-z0-9_*:-])(\\*|[a-z][a-z0-9_-]{0,39}):)[a-z][a-z0-9_-]{0,39}\\.[0-9a-f]{64}${E}`],
    // DingTalk robot signing secrets.
    ['dingtalk', `${B}SEC[0-9a-f]{64}${E}`],
  ] as const
).map(([name, source]) => prefixed(name, source));

/**
 * AX's round: two formats whose body is no random run that `looksLikeKeyBody` reads. DeepL's Free API keys: a UUID
 * with `:fx` after it, DeepL's documented mark of a Free account's key (found at the `:fx`, the UUID read by the
 * lookbehind); a Pro key is a bare UUID and cannot be told from any other. Tor's `ADD_ONION ED25519-V3:<key>`: the
 * control protocol's onion service private key, the 64-byte expanded Ed25519 secret in base64 (86 characters and
 * `==`).
 */
const KEYS_OF_FIXED_SHAPE: RegexRule[] = [
  prefixed('deepl-free', `:fx(?<=(?<![A-Za-z0-9_-])(${UUID_SHAPE}):fx)${E}`, () => true),
  prefixed('tor-onion-key', `${B}ED25519-V3:[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])`, () => true),
];

// Mollie (`live_`/`test_` and 30 characters) and keys of the same shape: the body must be random, since `test_` also
// starts long test names.
// Adyen's client keys (`live_` + 32 capitals and digits) are issued for the browser's Drop-in and are public.
const ADYEN_CLIENT_KEY = /^(?:live|test)_[A-Z0-9]{32}$/;
PROVIDER_KEYS.push(prefixed('live-test-key', `${B}(?:live|test)_[A-Za-z0-9]{30,48}${E}`, (v) => looksLikeRandomToken(v.slice(5)) && !ADYEN_CLIENT_KEY.test(v)));

/** An AWS access key id's 16 characters after the prefix are base32 capitals: random, so never one letter repeated. */
function awsKeyIdBody(value: string): boolean {
  return new Set(value.slice(4)).size >= 8;
}

/** Prefixed keys whose body is capitals and digits only, so the mixed-case check of `looksLikeKeyBody` cannot apply. */
const UPPER_CASE_KEYS: RegexRule[] = [
  prefixed('aws-access-key-id', `${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}${E}`, awsKeyIdBody),
];

/** Base64 in a PEM body: the key itself, as opposed to the `...` or nothing that documentation puts there. */
const PEM_BODY = /[A-Za-z0-9+/]{16}/;

/**
 * `-----BEGIN ... PRIVATE KEY-----` (or `---- BEGIN ... PRIVATE KEY ----`) through its END line, or to the end of the
 * base64 if it was cut off (no END line, or prose before the next one: `pem-body.ts`). The lines between must hold base64: the header lines alone (in docs and questions about the format) hold no key.
 */
function findPrivateKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Four dashes and a space too: the SSH2 (RFC 4716) form that SSH.com, Tectia and PuTTY's export write ("---- BEGIN
  // SSH2 ENCRYPTED PRIVATE KEY ----").
  const begin = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----|---- BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY ----/g;
  const end = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|---- END (?:[A-Z0-9]+ )*PRIVATE KEY ----/g;
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
    const whole = endAt !== -1 && pemBodyOnly(text, bodyStart, endAt);
    if (whole) {
      stop = endAt + endLength;
    } else {
      // Truncated paste: take the following lines while they look like PEM headers or base64.
      stop = bodyStart;
      const line = /(?:\r?\n|\\n)([A-Za-z0-9+/=]{1,100}|[A-Za-z-]{1,40}: [^\n]{0,200})(?=\r?\n|\\n|$)/y;
      line.lastIndex = stop;
      while (line.exec(text)) stop = line.lastIndex;
    }
    if (PEM_BODY.test(text.slice(bodyStart, whole ? endAt : stop))) spans.push({ start: m.index, end: stop, label: 'private key' });
    begin.lastIndex = stop;
  }
  return spans;
}

/**
 * A PEM private key base64-encoded once more, as kubeconfig (`client-key-data`), Kubernetes secrets and CI variables
 * hold them: base64 of "-----BEGIN " always starts `LS0tLS1CRUdJTi`; decoding the start tells a private key from a
 * certificate.
 */
const BASE64_PEM_PRIVATE_KEY: RegexRule = {
  name: 'base64-pem-private-key',
  pattern: /LS0tLS1CRUdJTi(?<=(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi)[A-Za-z0-9+/]{50,20000}={0,2}(?![A-Za-z0-9+/=])/dg,
  judge(m) {
    let head: string;
    try {
      head = atob(m[0].slice(0, 80));
    } catch {
      return null;
    }
    return /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(head) ? { start: m.index, end: m.index + m[0].length, label: 'private key' } : null;
  },
};

/**
 * PuTTY's .ppk key files: the `Private-Lines: N` header and the N lines of base64 after it, with the `Private-MAC:`
 * line that seals them when it follows: the private part of the file is masked as one block.
 */
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
    const mac = /\r?\nPrivate-MAC:[ \t]*[0-9a-fA-F]{16,128}/y;
    mac.lastIndex = stop;
    const sealed = mac.exec(text);
    return { start: m.index + m[0].length, end: sealed ? stop + sealed[0].length : stop, label: 'private key' };
  },
};

const BEARER: RegexRule = simple(
  'bearer',
  'bearer token',
  // A colon may join two parts (Asana's `2/<user>/<app>:<hex>`). The scheme and the token may be two literals joined
  // in code: `"Bearer " + "…"`. AI's round: `=` may stand inside a token too (Atlassian's `ATATT3x…=2ckO…=X7Ul…`); the
  // runs between the `=` signs hold none, so the match cannot backtrack over them.
  /[Bb]earer(?<=(?<![\w-])[Bb]earer)(?:[ \t]{1,5}|[ \t]{0,5}["'`][ \t]{0,5}\+[ \t]{0,5}["'`])([A-Za-z0-9\-._~+/]{16,4000}(?:=+[A-Za-z0-9\-._~+/]{1,4000}){0,8}(?::[A-Za-z0-9\-._~+/]{8,4000})?=*)(?![\w\-.~+/=])/dg,
  (t) => looksLikeKeyBody(t) || t.length >= 32,
  1,
);

/**
 * `Authorization: <scheme> <credentials>` for schemes other than Bearer (Basic, token, SSWS, Bot, ApiKey …), whatever
 * the scheme's word; the credentials may name their user first (`whm root:<token>`, `cpanel user:<token>`): the
 * part after the user's colon is the secret.
 */
const AUTHORIZATION_OTHER: RegexRule = {
  name: 'authorization',
  pattern: /\b(?:Proxy-)?Authorization["']?[ \t]*[:=][ \t]*["'`]?([A-Za-z][\w-]{1,30})[ \t]{1,5}(?:[\w.@-]{1,64}:)?([A-Za-z0-9\-._~+/]{8,4000}=*)/dgi,
  judge(m) {
    const scheme = m[1]!.toLowerCase();
    if (scheme === 'bearer' || scheme === 'digest' || scheme === 'negotiate' && m[2]!.length < 16) return null;
    const span = groupSpan(m, [2]);
    if (!span || !looksLikeKeyBody(span.value) || isPlaceholder(span.value)) return null;
    return { start: span.start, end: span.end, label: scheme === 'basic' ? 'password' : 'bearer token' };
  },
};

/**
 * Claim sets of the JWTs that documentation prints: jwt.io's default tokens ("John Doe", HS256 and RS256) and the
 * example of RFC 7519. Whatever their signature, they sign nothing anyone uses.
 */
export const PUBLISHED_JWT_PAYLOADS: ReadonlySet<string> = new Set([
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9',
  'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
]);

/**
 * HTTP Basic credentials wherever they stand (`proxy_set_header Authorization "Basic …"`, `-H 'Authorization: Basic
 * …'`, a header table): base64 that decodes to printable `user:password` — the decoding is the check.
 */
const BASIC_CREDENTIALS: RegexRule = {
  name: 'basic-credentials',
  pattern: /Basic(?<=(?<![\w-])Basic)[ \t]+([A-Za-z0-9+/]{8,800}={0,2})(?![A-Za-z0-9+/=])/dg,
  judge(m) {
    const span = groupSpan(m, [1])!;
    let decoded: string;
    try {
      decoded = atob(span.value);
    } catch {
      return null;
    }
    const colon = decoded.indexOf(':');
    if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return null;
    if (isPlaceholder(decoded.slice(colon + 1))) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/**
 * ASP.NET Core Data Protection payloads (authentication cookies, antiforgery and TempData tokens): base64url that
 * always starts `CfDJ8` (the magic header 09 F0 C9 F0).
 */
const ASPNET_PROTECTED = simple('aspnet-protected', 'cookie', /CfDJ8(?<=(?<![\w-])CfDJ8)[A-Za-z0-9_-]{60,8000}(?![\w-])/dg);

const JWT: RegexRule = simple(
  'jwt',
  'jwt',
  /eyJ(?<=(?<![\w-])eyJ)[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,2000}(?![\w-])/dg,
  (token) => !PUBLISHED_JWT_PAYLOADS.has(token.split('.')[1]!),
);

/**
 * Incoming-webhook URLs: anyone holding the URL can post, so the whole URL is the credential. Each pattern starts at
 * its host's fixed part; the match is then widened back over the rest of the host and the scheme.
 */
const WEBHOOK_URLS: readonly (readonly [string, string])[] = [
  ['slack-webhook', 'hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}/[A-Za-z0-9]{16,64}'],
  ['discord-webhook', 'discord(?:app)?\\.com/api/(?:v\\d{1,2}/)?webhooks/\\d{15,20}/[A-Za-z0-9_-]{40,100}'],
  ['teams-webhook', 'webhook\\.office\\.com/webhookb2/[A-Za-z0-9@-]{20,200}/IncomingWebhook/[A-Za-z0-9]{20,64}/[A-Za-z0-9-]{20,64}(?:/[A-Za-z0-9_-]{20,80})?'],
  ['zapier-webhook', 'hooks\\.zapier\\.com/hooks/catch/\\d{3,12}/[a-z0-9]{4,12}'],
  ['google-chat-webhook', 'chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{6,40}/messages\\?key=[A-Za-z0-9_-]{20,60}&token=[A-Za-z0-9_%=-]{20,120}'],
];

/** The host's subdomains and the scheme before a webhook pattern's fixed part (`ptb.`, `acme.`, `https://`). */
const URL_HEAD = /(?:https?:\/\/)?[A-Za-z0-9.-]{0,80}$/;

const WEBHOOKS: RegexRule[] = WEBHOOK_URLS.map(([name, rest]) => ({
  name,
  pattern: new RegExp(`${rest}(?![A-Za-z0-9_-])`, 'dg'),
  judge(m, text) {
    // Documentation's form of the URL (`T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`) posts nowhere.
    if (m[0].split(/[/?&=]/).some((part) => /^[A-Z]?0{6,}$/.test(part) || (part.length >= 8 && isPlaceholder(part)))) return null;
    const head = URL_HEAD.exec(text.slice(Math.max(0, m.index - 90), m.index))![0];
    return { start: m.index - head.length, end: m.index + m[0].length, label: 'api key' };
  },
}));

/** Blockchain RPC endpoints that carry the account's API key as a path segment (the host is not secret). */
const RPC_URL_KEYS: RegexRule[] = [
  simple('alchemy', 'api key', /\.alchemy(?:api)?\.(?:com|io)\/v2\/([A-Za-z0-9_-]{24,40})(?![A-Za-z0-9_-])/dg, looksLikeKeyBody, 1),
  simple('infura', 'api key', /\.infura\.io\/(?:ws\/)?v3\/([0-9a-f]{32})(?![A-Za-z0-9_-])/dg, () => true, 1),
  simple('quicknode', 'api key', /\.quiknode\.pro\/([0-9a-f]{32,64})(?![A-Za-z0-9_-])/dg, () => true, 1),
];

/**
 * The password in `scheme://user:password@host`: the user part ends at the LAST `@` before the host, so passwords
 * with an unescaped `@` (common in pasted connection strings) are taken whole.
 */
const URL_PASSWORD: RegexRule = {
  name: 'url-password',
  // `?` and `#` may sit in a pasted password; the user name before the colon holds neither.
  // BL's round: a scheme of SQLAlchemy's dialect and driver may run past twenty characters and hold `_`
  // (`mysql+mariadbconnector://`, `oracle+cx_oracle://`).
  pattern: /:\/\/(?<=(?<![A-Za-z0-9+._-])[A-Za-z][A-Za-z0-9+._-]{1,40}:\/\/)([^\s/"'<>`\\]{3,300})/dg,
  judge(m) {
    const authority = m[1]!;
    const at = authority.lastIndexOf('@');
    // BF's round: or no host, a port alone, as a proxy's or a tunnel's listener is written (`gost -L
    // 'socks5://user:pass@:1080'`).
    if (at <= 0 || !/^(?:[A-Za-z0-9[]|:\d)/.test(authority.slice(at + 1))) return null;
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon < 0) {
      // A token alone as the user (Sentry DSNs' public key, `https://<token>@github.com/…`): random, not a name.
      const token = userinfo.length >= 20 && looksLikeGenericSecret(userinfo) && !/[.%]/.test(userinfo);
      return token ? { start: m.indices![1]![0], end: m.indices![1]![0] + at, label: 'api key' } : null;
    }
    if (/[?#]/.test(userinfo.slice(0, colon))) return null;
    const password = userinfo.slice(colon + 1);
    if (password === '' || /^(?:\*+|x+|•+)$/i.test(password) || isPlaceholder(password) || isMarker(password)) return null;
    if (isLocalDefaultCredential(userinfo.slice(0, colon), password, authority.slice(at + 1))) return null;
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
const KEY_HINT = /pass|pw|pwd|psk|secret|token|key|auth|cred|sig|bearer|sas|cookie|sess|sid|seed|appid|csrf|xsrf|pin|mdp|contras|senha|wacht|kennw|parol|hasl|salas|losen|adgang|app_?cert|appcert|communit|_pat(?![a-z0-9])/gi;

/**
 * The separator after a key: its closing quote, the `]` of a subscript (`config["apiKey"] = …`), padding that lines
 * up a block of assignments (`'api_key'    => …`), or the values of a settings page copied as a table
 * (`Admin password:     …`); R assigns with `<-`.
 *
 * AJ's round: a Makefile's `?=` (set if unset) and `::=`, and a declaration's type between the name and its `=`
 * (Visual Basic's `Const X As String = …`, TypeScript's and Kotlin's `x: string = …`, Rust's `X: &str = …`), read first.
 * BI's round: Clean's `:==` (a macro's definition).
 * BO's round: more declared string types: Vyper's `X: constant(String[100]) = …` and `String[64]`, Python's `Final`.
 */
const KEY_SEPARATOR =
  /(["']?)(\]?)(?:[ \t]+[Aa]s[ \t]+String[ \t]*=|[ \t]*:[ \t]*(?:string|String|str|&(?:'static[ \t]+)?str|(?:constant|immutable|public)\((?:String|Bytes)\[\d{1,5}\]\)|(?:String|Bytes)\[\d{1,5}\]|Final(?:\[str\])?)[ \t]*=(?!=)|[ \t]{0,40}(?:=>|::?==?|\?=|<-|[:=])|[ \t]?\.{4,80}[ \t]?(?=[^.\s]))[ \t]{0,24}/y;

/**
 * The value after a key and its separator: quoted (groups 1–3), after an optional string prefix (Python's `b'…'`,
 * `r'…'`, C#'s `@"…"`), or one unquoted run (group 4). Long enough for base64 key files in YAML.
 */
const ASSIGNED_VALUE = /(?:[bBrRuU]{1,2}|@)?(?:"([^"\n]{1,8000})"|'([^'\n]{1,8000})'|`([^`\n]{1,8000})`)|([^\s,;'"`<>]{1,8000})/dy;

/** A query parameter's value (groups 1–3 never take part, as in `ASSIGNED_VALUE`). */
const QUERY_VALUE = /(?:(x)(x)(x))?([^\s&#,;'"`<>]{1,2000})/dy;

/** The default in a shell parameter expansion, `${DB_PASSWORD:-value}`: it is used whenever the variable is unset. */
const SHELL_DEFAULT = /:?[-=]([^}\s]{1,400})\}/dy;

const KEY_CHAR = /[\w.-]/;
const WORD_CHAR = /\w/;

/**
 * `key <sep> value` assignments in code, config, env files, JSON, YAML, query strings and headers. The key decides
 * what kind of secret the value would be; the value check decides whether it is one. The scan starts from the
 * words a credential's key contains, so text without them is read once, by one search.
 */
/** Words before "pass" that make it a ticket or an entry pass: a railway's, a bus's, a season's, a boarding pass. */
const TICKET_PASS_BEFORE =
  /(?<![\p{L}])(?:JR|rail|railway|train|bus|coach|metro|subway|tube|transit|travel|season|day|daily|week|weekly|month|monthly|annual|boarding|ski|lift|museum|park|parking|festival|event|backstage|press|gym|Eurail|Interrail|Oyster)[ \t]+$/iu;

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
    // Two dots end a key: `password.........value` is a log's dot leader, not part of the name.
    while (end < text.length && end < start + 64 && KEY_CHAR.test(text[end]!) && !(text[end] === '.' && text[end + 1] === '.')) end++;
    KEY_HINT.lastIndex = end;
    KEY_SEPARATOR.lastIndex = end;
    const sep = KEY_SEPARATOR.exec(text);
    // A quote after the key must close one before it (`"password": …`); one before it alone opens a string that
    // holds the assignment (`-H "X-API-Key: …"`).
    if (text[start - 1] === '{' && text[start - 2] === '$') {
      const span = judgeShellDefault(text, text.slice(start, end), end);
      if (span) spans.push(span);
      continue;
    }
    if (!sep || (sep[1] && text[start - 1] !== sep[1])) continue;
    // A resource type inside an ARN or URN (`arn:aws:secretsmanager:…:secret:prod/db`), not a key.
    if (text[start - 1] === ':' && IN_RESOURCE_NAME.test(text.slice(Math.max(0, start - 160), start))) continue;
    // `]` closes a subscript only around a quoted key: `env["TOKEN"] = …`, not `tokens[i] = …`.
    // AR's round: a Ruby symbol's subscript too (`knife[:artifactory_token] = …`, `node.default[:db_password] = …`).
    if (sep[2] && !(sep[1] && text[start - 2] === '[') && !(text[start - 1] === ':' && text[start - 2] === '[')) continue;
    const keyStart = sep[1] ? start - 1 : start;
    // CB's round: a travel or an entry pass before its colon is a ticket ("The RRR on the JR Pass: 'reservation code'",
    // "Boarding pass: seat 14C"), not a password's short name.
    if (/^pass$/i.test(text.slice(start, end)) && TICKET_PASS_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const span = judgeAssignment(text, keyStart, text.slice(start, end), sep.index + sep[0].length);
    if (span) {
      spans.push(span);
      KEY_HINT.lastIndex = span.end;
    }
  }
  return spans;
}

function judgeShellDefault(text: string, key: string, at: number): SecretSpan | null {
  const kind = classifyKey(key);
  SHELL_DEFAULT.lastIndex = at;
  const d = kind ? SHELL_DEFAULT.exec(text) : null;
  const span = d && groupSpan(d, [1]);
  if (!span) return null;
  const ok = kind === 'password' ? looksLikePassword(span.value, { quoted: false, strict: false }) : looksLikeGenericSecret(span.value);
  return ok ? { start: span.start, end: span.end, label: kind === 'password' ? 'password' : 'api key' } : null;
}

/**
 * Calls that turn a literal into key bytes or a secret type: `Buffer.from('…', 'hex')`, `bytes.fromhex("…")`,
 * `base64.b64decode(b"…")`, `[]byte("…")`, `SecretStr("…")`. The literal inside is the value.
 */
const WRAPPED_LITERAL =
  /(?:new[ \t]+)?(?:Buffer\.from|(?:bytes\.)?fromhex|bytes|bytearray|(?:binascii\.)?(?:unhexlify|a2b_hex|a2b_base64)|(?:base64\.)?(?:urlsafe_|standard_)?b(?:64|32|16)decode|Base64\.(?:decode\w*|getDecoder\(\)\.decode|getUrlDecoder\(\)\.decode)|hex\.DecodeString|base64\.(?:Std|URL|RawStd|RawURL)Encoding\.DecodeString|\[\]byte|Secret(?:Str|Bytes)?|SecretKeySpec|Convert\.From(?:Base64|Hex)String|Encoding\.(?:UTF8|ASCII)\.GetBytes|(?:new[ \t]+)?TextEncoder\(\)\.encode|utf8\.encode|str\.encode|hexToBytes|fromBase64|decodeBase64)\([ \t]*(?:[bBrRuU]{1,2}|@)?(?:"([^"\n]{8,4000})"|'([^'\n]{8,4000})'|`([^`\n]{8,4000})`)/dy;

/**
 * A function applied to a literal without parentheses, as Haskell, Elm, OCaml and Ruby write it: `pack "…"`,
 * `T.pack "…"`, `fromString "…"`. The literal is the value.
 */
const APPLIED_LITERAL = /[A-Za-z_][\w.']{0,40}[ \t]+(?:"([^"\n]{8,4000})"|'([^'\n]{8,4000})')(?=[ \t]*(?:$|[\n,;)}]))/dy;

/** The text before a key ends inside an ARN or URN: no space since `arn:` / `urn:`. */
const IN_RESOURCE_NAME = /(?:^|[^\w-])(?:arn|urn):[^\s"'`]*$/i;

/** A key that is just `key` (`wandb.login(key=…)`, `?key=…` in a URL, rclone's `key = …`): a secret only when random. */
function bareKey(text: string, key: string, valueStart: number, value: string): boolean {
  if (!/^key$/i.test(key) || !looksLikeRandomToken(value)) return false;
  // The word before names the key (`public key: …`, `sort key = …`): then it is that kind of key.
  const lineStart = lineAround(text, valueStart, 120).start;
  const before = /([A-Za-z]+)[ \t]+["']?key["']?[ \t]*(?:=>|:=|[:=])?[ \t]*[bBrRuU@]{0,2}["'`]?$/i.exec(text.slice(Math.max(lineStart, valueStart - 80), valueStart));
  if (before && !/^(?:the|a|an|my|your|our|their|this|that)$/i.test(before[1]!) && classifyKey(`${before[1]}_key`) === null) return false;
  const separator = text.slice(Math.max(0, valueStart - 4), valueStart);
  // `"key": "…"` in JSON names cache and map keys, often a hash: there the value must not be hex, unless the object
  // names a user beside it (kaggle.json's `{"username": …, "key": …}` is a credential pair).
  if (!separator.includes('=') && /^[0-9a-f-]+$/i.test(value) && !userBeside(text, valueStart)) return false;
  return !NOT_A_CREDENTIAL_LINE.test(contextOf(text, Math.max(lineStart, valueStart - 120), valueStart + value.length + 80).split('\n')[0]!);
}

/** A user's key in the same object: `"username": …`, `user: …`, `"login": …`. */
const USER_KEY = /["']?\b(?:username|user_?name|user|login|email)["']?[ \t]*:/i;

/** Whether the object around `at` (from its `{` to its `}`, 200 characters either side at most) names a user. */
function userBeside(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const open = before.lastIndexOf('{');
  if (open < 0 || before.lastIndexOf('}') > open) return false;
  const after = text.slice(at, at + 200);
  const close = after.indexOf('}');
  return USER_KEY.test(before.slice(open) + (close < 0 ? after : after.slice(0, close)));
}

/** Words on a line that make a random value on it a digest or an identifier rather than a credential. */
export const NOT_A_CREDENTIAL_LINE = /\b(?:hash(?:es|ed)?|sha-?\d*|md5|digest|checksum|integrity|commit|etag|fingerprint|nonce|uuid|guid|request[ _-]?id|trace[ _-]?id|gpg|pgp|cache|idempotency|sort|partition)\b/i;

/** Whether more brackets open than close on the key's line before it (`f(password=pw)`, `{token: abc}`). */
function bracketOpenBefore(text: string, keyStart: number): boolean {
  const before = text.slice(Math.max(0, keyStart - 200), keyStart);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  let depth = 0;
  for (const c of line) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
  }
  // A key at the line's start, or after an ini section's, a list's or a comment's mark only, is a config line's.
  // AR's round: so is one right after a quote that opens an argument with no bracket open (`--set "JWT_SECRET=…)…"`,
  // `-e 'DB_PASS=…'`): the quote closes the value, and a bracket inside it is one of its characters.
  return depth > 0 || !(/^[ \t]*(?:[-*#;>][ \t]*)?(?:export[ \t]+|set[ \t]+)?["']?$/.test(line) || /(?:^|[ \t=])["']$/.test(line));
}

/** A function applied to one name, quoted or bare, and nothing else: `env("X")`, `vault('kv/db')`, `getenv(X)`. */
const LOOKUP_BY_NAME = /^[A-Za-z_][\w.:]{0,40}\([ \t]*(["'`]?)[A-Za-z_][\w.:/-]{0,120}\1[ \t]*\)(?![\w.])/;

function judgeAssignment(text: string, keyStart: number, key: string, valueStart: number): SecretSpan | null {
  const kind = classifyKey(key) ?? (/^key$/i.test(key) ? 'secret' : null);
  if (!kind) return null;
  // A Cookie header's `name=value; …` list: the cookie rules judge each cookie on its own; the list is no one value.
  if (/^(?:set-)?cookie$/i.test(key) && /^["']?[^=;\s"']{1,200}=/.test(text.slice(valueStart, valueStart + 210))) return null;
  // A condition, not an assignment: `if not password: raise …`, `while token: …`, `case secret: …`.
  if (/\b(?:if|elif|while|not|and|or|case|when|unless|assert|until)[ \t]+$/.test(text.slice(Math.max(0, keyStart - 12), keyStart))) return null;
  WRAPPED_LITERAL.lastIndex = valueStart;
  let wrapped = WRAPPED_LITERAL.exec(text);
  if (!wrapped) {
    APPLIED_LITERAL.lastIndex = valueStart;
    wrapped = APPLIED_LITERAL.exec(text);
    // `-H 'Consumer-Key: …' 'https://…'`: the quote opened before the key closes right after the value, and the
    // literal after it is the command's next argument, not one the value is applied to.
    const opener = text[keyStart - 1];
    if (wrapped && (opener === "'" || opener === '"') && wrapped[0].split(/[ \t]/)[0]!.includes(opener)) wrapped = null;
  }
  // In a query string the value ends at the next `&`: reading on would read the whole URL once per parameter.
  const valueRule = /[?&]/.test(text[keyStart - 1] ?? '') ? QUERY_VALUE : ASSIGNED_VALUE;
  valueRule.lastIndex = valueStart;
  const v = wrapped ?? valueRule.exec(text);
  if (!v) return null;
  const found = groupSpan(v, wrapped ? [1, 2, 3] : [1, 2, 3, 4]);
  if (!found) return null;
  // CC's round: a site's bare address (`Cookies → https://shop.example.app`), with no path, query or user in it,
  // says where a value is kept, never what opens it.
  if (/^https?:\/\/[\w.-]+(?::\d{1,5})?\/?$/i.test(found.value)) return null;
  // A connection URL's password with a `#` in it, written unencoded as JDBC and ODBC URLs take it
  // (`?user=app&password=QK_UJV#Lm94z!43&ssl=true`): the query goes on after it, so the `#` opens no fragment.
  const fragmentLike = valueRule === QUERY_VALUE && text[found.end] === '#' ? /^#[^\s&#'"`<>]{1,200}(?=&[A-Za-z_][\w.-]*=)/.exec(text.slice(found.end, found.end + 240)) : null;
  const span = fragmentLike && classifyKey(key) === 'password' ? { ...found, value: found.value + fragmentLike[0], end: found.end + fragmentLike[0].length } : found;
  const quoted = wrapped !== null || span.group !== 4;
  if (/^key$/i.test(key)) {
    const value = quoted ? span.value : trimTrailingPunctuation(span.value.split('&')[0]!);
    return bareKey(text, key, span.start, value) ? { start: span.start, end: span.start + value.length, label: 'api key' } : null;
  }
  let { value, end } = span;
  let nextChar = text[span.end];
  // BW's round: a call that looks a secret up by its name, on an env line too (`DB_PASSWORD=env("DB_KEY")`,
  // `TOKEN=secret('stripe/live')`, `PASS=getenv(DB_PASS)`): the name of where the value is kept, not the value.
  if (!quoted && LOOKUP_BY_NAME.test(text.slice(span.start, span.start + 200))) return null;
  if (!quoted) {
    const envLine =
      /^[A-Z][A-Z0-9_]*$/.test(key) && text[valueStart - 1] === '=' && text[valueStart - 2] !== ' ' &&
      ENV_LINE_PREFIX.test(text.slice(Math.max(0, keyStart - 40), keyStart));
    // In a query string (`?user=a&password=b&ssl=1`) the value ends at the next `&`.
    if (!envLine && /[?&]/.test(text[keyStart - 1] ?? '')) value = value.split('&')[0]!;
    // Code, not a value: a call or an index (`input(...)`, `request.form['password']`, `Optional[str]`), a group,
    // a regex literal, a path.
    if (!envLine && /^[\w$.:>!?-]*[([{]/.test(value)) return null; // `!` and `?` end Elixir and Ruby names
    // Another assignment, an environment variable's (`Docker secrets: POSTGRES_PASSWORD_FILE=/run/secrets/db`): its
    // own name and value are judged where its name stands.
    if (!envLine && /^[A-Z][A-Z0-9]*_[A-Z0-9_]*=/.test(value)) return null;
    if (/^\/(?:\^|\(|\[|\\)/.test(value) || /^\/.*[\^$\\[\]|?*+].*\/[dgimsuy]*$/.test(value) || /^(?:~|\.{1,2})?\/[a-z0-9._-]+(?:\/[a-z0-9._-]+)*\/?$/.test(value)) return null;
    // Brackets close the code around the value: `f(password=pw)`, `{token: abc}`.
    // AI's round: only where a bracket is open before the key on its line: on a config line of its own (`secret.key =
    // =@b3…!e)4g1…`, `email.host.password=)_HgKN(B)…`) a generated value's brackets are its characters.
    if (!envLine && bracketOpenBefore(text, keyStart)) value = value.replace(/^([^([{]*)[)\]}].*$/, '$1');
    value = trimTrailingPunctuation(value);
    end = span.start + value.length;
    nextChar = text[end];
    // BC's round: a format's prefix, then an ellipsis or a `<…>` where the rest would stand (`KEY=sk_car_...`,
    // `SECRET=secret-token:prod_<...>`): a template shows the prefix and leaves the value out.
    if (/[-_:]$/.test(value) && /^(?:\.{2}|…|<)/.test(text.slice(end, end + 2))) return null;
  }
  if (kind === 'password') {
    // AI's round: a phrase of small words after the password's colon, the line or a bracket ending it ("wifi password:
    // panda lagoon thistle indigo nickel (SSID Backoffice)"): the password is the whole phrase, not its first word.
    const phrase = !quoted && /^[a-z]{3,12}$/.test(value) ? MORE_PHRASE_WORDS.exec(text.slice(end, end + 80)) : null;
    if (phrase && generatedPhrase(value + phrase[0])) return { start: span.start, end: end + phrase[0].length, label: 'password' };
    if (!looksLikePassword(value, { quoted, strict: false, nextChar })) return null;
    // BF's round: `extpass='echo $DB_PASSWORD'` names where the password is kept, not the password.
    if (PRINTS_A_REFERENCE.test(value)) return null;
    return { start: span.start, end, label: 'password' };
  }
  if (!quoted && (nextChar === '(' || nextChar === '[')) return null;
  if (looksLikeGenericSecret(value)) return { start: span.start, end, label: 'api key' };
  // AR's round: under a secret's name, a value made as people make passwords (a capitalised word and digits, a symbol
  // maybe: `ADMIN_SECRET=Kwame2008.`) is one, though too short for a generated key.
  if (/^\p{Lu}\p{Ll}{2,}\d{2,}[!#$%&*.?@_-]?$/u.test(value) && !/^(?:Version|Release|Build|Windows|Office|Server|Ubuntu|Debian|Android|Python|Node|Java|Postgres|Mysql|Redis)\d/i.test(value)) return { start: span.start, end, label: 'password' };
  // A shared secret is a password two devices share (RADIUS `clients.conf`, TACACS+, a VPN's `secret = …`): under a
  // key that is the word alone, a value a person typed (both cases and a password's symbol) is one, though shorter
  // than a generated key.
  if (/^(?:shared[_-]?)?secret$/i.test(key) && /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && /[!#$%^&*?~+=@]/.test(value) && looksLikePassword(value, { quoted, strict: true, nextChar })) {
    return { start: span.start, end, label: 'password' };
  }
  return null;
}

/**
 * `<password>…</password>`, `<ApiKey>…</ApiKey>` and `<add key="SmtpPassword" value="…"/>` in XML configs; the element
 * may carry attributes (`<wsse:Password Type="…#PasswordText">…</wsse:Password>`; up to eight, so a tag that never
 * closes is not read to its end), unless one says the content is a digest or a hash of the password (WS-Security's
 * `#PasswordDigest`), which opens nothing by itself.
 */
const XML_VALUES: RegexRule[] = [
  {
    name: 'xml-element',
    pattern: /<([A-Za-z][\w.:-]{0,63})((?:[ \t]+[\w.:-]{1,40}=(?:"[^"\n<>]{0,300}"|'[^'\n<>]{0,300}')){0,8})[ \t]*>([^<>\n]{1,400})<\/\1>/dg,
    judge(m) {
      const kind = classifyKey(m[1]!.replace(/^.*:/, ''));
      const span = groupSpan(m, [3]);
      if (!kind || !span || /digest|hash/i.test(m[2]!)) return null;
      const v = span.value.trim();
      const ok = kind === 'password' ? looksLikePassword(v, { quoted: true, strict: false }) && !isPlaceholder(v) : looksLikeGenericSecret(v);
      return ok ? { start: span.start, end: span.end, label: kind === 'password' ? 'password' : 'api key' } : null;
    },
  },
  {
    name: 'xml-key-value',
    // The attributes may carry a namespace: Android's `<meta-data android:name="…API_KEY" android:value="…"/>`.
    pattern: /\b(?:key|name)=(["'])([^"'\n]{1,64})\1[ \t]+(?:[A-Za-z][\w-]{0,20}:)?value=(["'])([^"'\n]{1,400})\3/dg,
    judge(m) {
      const kind = classifyKey(m[2]!);
      const span = groupSpan(m, [4]);
      if (!kind || !span) return null;
      const ok = kind === 'password' ? looksLikePassword(span.value, { quoted: true, strict: false }) : looksLikeGenericSecret(span.value);
      return ok ? { start: span.start, end: span.end, label: kind === 'password' ? 'password' : 'api key' } : null;
    },
  },
];

/** Authorization schemes, as the first of a pair of call arguments: `AuthenticationHeaderValue("Bearer", "…")`. */
const AUTH_SCHEME: Record<string, RedactionLabel> = { bearer: 'bearer token', token: 'bearer token', bot: 'bearer token', basic: 'password', ssws: 'bearer token' };

/** Judges a value by the kind of key that names it. */
export function byKind(kind: 'password' | 'secret', value: string, start: number): SecretSpan | null {
  if (kind === 'password') {
    // Quoted, yet a word alone is a label or a translation (`("password", "Passwort")`), not a password.
    // AI's round: a phrase of three to six small words under a password's name is a generator's passphrase
    // (`define('DB_PASSWORD', 'panda quill ivory')`), where a label's words hold a sentence's (`generatedPhrase`).
    const phrase = /^[a-z]{3,12}(?: [a-z]{3,12}){2,5}$/.test(value) && generatedPhrase(value);
    const ok = phrase || (looksLikePassword(value, { quoted: true, strict: true }) && !/^[\p{L} .:]+$/u.test(value));
    return ok ? { start, end: start + value.length, label: 'password' } : null;
  }
  return looksLikeGenericSecret(value) ? { start, end: start + value.length, label: 'api key' } : null;
}

/**
 * A key name and its value as two string arguments: `define('DB_PASSWORD', '…')` (PHP), `os.environ.setdefault(
 * "SECRET_KEY", "…")`, `os.getenv("API_TOKEN", "…")`, `headers.set('X-Api-Key', '…')`, `localStorage.setItem('token',
 * '…')`, `AuthenticationHeaderValue("Bearer", "…")`.
 */
const KEY_VALUE_ARGUMENTS: RegexRule = {
  name: 'key-value-arguments',
  pattern: /(["'])([A-Za-z_][\w.-]{0,63})\1[ \t]*,[ \t]*(?:[bBrRuU]{1,2}|@)?(?:"([^"\n]{1,4000})"|'([^'\n]{1,4000})')/dg,
  judge(m, text) {
    const span = groupSpan(m, [3, 4]);
    if (!span) return null;
    // Quoted words after a word of prose are a list of examples, not a call's arguments: "defaults like 'password',
    // '1234' or 'admin/admin'" (AJ's round); a call has a bracket or a comma before its first argument.
    if (/\p{L}[ \t]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    const scheme = AUTH_SCHEME[m[2]!.toLowerCase()];
    if (scheme) {
      const ok = span.value.length >= 16 && looksLikeKeyBody(span.value) && !isPlaceholder(span.value);
      return ok ? { start: span.start, end: span.end, label: scheme } : null;
    }
    const kind = classifyKey(m[2]!);
    return kind ? byKind(kind, span.value, span.start) : null;
  },
  // The value's quote may open the next pair's key: `('a', 'b', 'token', 'x')`.
  resumeAfterReject: (m) => (m.indices![3] ?? m.indices![4])![0] - 1,
};

/**
 * An environment lookup with a literal fallback, `process.env.TOKEN || '…'`, `os.getenv("KEY") or "…"`,
 * `ENV["SECRET"] ?? "…"`: the fallback is used wherever the variable is unset, and the variable's name says what it is.
 */
const ENV_FALLBACK: RegexRule = {
  name: 'env-fallback',
  pattern:
    /(process\.env\.[A-Za-z_]\w{0,63}|process\.env\[["'][A-Za-z_]\w{0,63}["']\]|import\.meta\.env\.[A-Za-z_]\w{0,63}|(?:os\.)?(?:getenv|environ\.get)\([ \t]*["'][A-Za-z_]\w{0,63}["'][ \t]*\)|(?:os\.environ|ENV)\[["'][A-Za-z_]\w{0,63}["']\]|(?:System\.getenv|Deno\.env\.get)\([ \t]*["'][A-Za-z_]\w{0,63}["'][ \t]*\))[ \t]*(?:\|\|=?|\?\?=?|or|\?:)[ \t]*(?:"([^"\n]{1,4000})"|'([^'\n]{1,4000})'|`([^`\n]{1,4000})`)/dg,
  judge(m) {
    const name = /([A-Za-z_]\w*)["'\])\s]*$/.exec(m[1]!)?.[1];
    const kind = name ? classifyKey(name) : null;
    const span = groupSpan(m, [2, 3, 4]);
    return kind && span ? byKind(kind, span.value, span.start) : null;
  },
};

/**
 * Config lines that separate key and value by spaces: `.netrc`'s `password X`, redis.conf's `requirepass X`, a Nagios
 * object's `_SNMP_COMMUNITY  X`. The key must name a password, and the value look like one as a word in prose would.
 */
const SPACED_CONFIG_PASSWORD: RegexRule = {
  name: 'spaced-config-password',
  // A line from `grep -n` keeps its `file:line:` prefix.
  pattern: /(?<=^|\n)(?:[\w./-]{1,120}:)?(?:\d{1,7}[:-])?[ \t]*([A-Za-z_][\w.-]{0,63})[ \t]+([^\s"']{1,200})[ \t]*(?=\r?\n|$)/dg,
  judge(m, text) {
    const span = groupSpan(m, [2]);
    // `Password requirements:` heads a list.
    if (!span || span.value.endsWith(':') || classifyKey(m[1]!) !== 'password') return null;
    // AI's round: in a netrc (`machine …` and `login …` on the lines just above) the token after `password` is the
    // password whatever its shape (`RoEzanvd`, letters only): the file's grammar says so.
    const netrc = /^password$/i.test(m[1]!) && /(?:^|\n)[ \t]*machine[ \t]+\S+[^]{0,120}\blogin[ \t]+\S+[ \t]*\n[^\n]*$/.test(text.slice(Math.max(0, m.index - 200), m.index + 1));
    if (!(netrc && /^\S{6,}$/.test(span.value) && !isPlaceholder(span.value)) && !looksLikePassword(span.value, { quoted: false, strict: true })) return null;
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

/** Capitalised or small words joined by `/`, `_`, `-` or `.`: `America/Sao_Paulo`, `Europe/Berlin`, `dark_mode`. */
const WORDS_VALUE = /^[A-Za-z][a-z]+(?:[-_/.][A-Za-z][a-z]+)*$/;

/** A cookie's value as the browser reads it: `%2F` is `/`. */
function decodeCookie(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Session identifiers are long and random; preferences (`theme=dark`, `lang=en`, `tz=America%2FSao_Paulo`) are not. */
/** Analytics client ids in their cookies (`_ga=GA1.1.…`, `_fbp=fb.1.…`): a visit counter's ids, which open nothing. */
const ANALYTICS_COOKIE_ID = /^(?:GA\d|GS\d|fb)\.\d\.\d{6,}\.\d{6,}$/;

function looksLikeCookieSecret(raw: string): boolean {
  const value = decodeCookie(raw);
  if (WORDS_VALUE.test(value) || ANALYTICS_COOKIE_ID.test(value)) return false;
  if (value.length >= 16) return !/^[a-z]+(?:[-_][a-z]+)*$/i.test(value) || /[A-Z].*[a-z].*[A-Z]/.test(value);
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** Cookie and Set-Cookie headers, curl's `-b`/`--cookie`, cookies.txt lines and `cookies={…}` literals. */
const COOKIES: RegexRule[] = [
  // Roblox's .ROBLOSECURITY session cookie: a fixed warning, then the session in hex.
  simple('roblox-cookie', 'cookie', /_\|WARNING:-DO-NOT-SHARE-THIS\.[^|\n]{0,200}\|_([0-9A-F]{100,4000})(?![0-9A-Za-z])/dg, () => true, 1),
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
  // BI's round: a browser console's answer to `document.cookie`, the page's cookies as one quoted string on the next
  // line ("> document.cookie" then "'_ga=…; app_sid=…; theme=dark'"), read as a Cookie header's list.
  {
    name: 'console-cookie',
    pattern: /document\.cookie(?<=(?<![\w.])document\.cookie)[ \t;]*\r?\n[ \t]*(?:<[ \t]*|←[ \t]*)?(['"`])([^\n'"`]{3,8000})\1/dg,
    judge(m) {
      const span = groupSpan(m, [2])!;
      return cookieValueSpans(span.value, span.start);
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
    // BC's round: ApacheBench's `-C name=value` (`ab -n 500 -C "KANBOARD_SID=…" https://…`): a load test of pages
    // behind a login sends the session's cookie. Only on an `ab` command's line: elsewhere `-C` is a directory's
    // (`tar -C`, `make -C`, `git -C`) or curl's offset.
    name: 'apachebench-cookie',
    pattern: /-(?<=(?<![\w-])-)C[ \t]+(?:"([^"\n]{3,8000})"|'([^'\n]{3,8000})'|([^\s"']{3,8000}))/dg,
    judge(m, text) {
      const span = groupSpan(m, [1, 2, 3])!;
      // The line before the option, 300 characters back at most (a search back to the line's start would read a long
      // line of options once per option).
      const before = text.slice(Math.max(0, m.index - 300), m.index);
      if (!span.value.includes('=') || !/(?:^|[\s;|&$>(])ab[ \t]/.test(before.slice(before.lastIndexOf('\n') + 1))) return null;
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
 * 64 hex digits (optionally 0x) that the text calls a private or wallet key, or hands to a wallet's key import (`geth
 * account import`, `personal.importRawKey`): Ethereum and other secp256k1 keys.
 * The nearest telling word before it decides, so a transaction or block hash next to a wallet is left alone.
 */
// AI's round: a key's name that says private key short (`DEPLOYER_PK`, `eth_sk`, `SIGNER_PRIV`) or names the account
// that signs (a deployer's, a signer's, a relayer's): 64 hex digits under it are that account's key; a hash under such a
// name says so (`notKey`).
const HEX_KEY_CONTEXT = /(?<![A-Za-z])(?:pk|sk|priv)(?![A-Za-z])|deployer|signer|relayer|priv(?:ate)?[ _-]?key|privkey|account[ \t]+import|importRawKey|import[ _-]?raw[ _-]?key|secret[ _-]?key|wallet[ _-]?key|signing[ _-]?key|from_?key|fromKey|privateKeyToAccount|Wallet\(|accounts["']?\s*:\s*\[|mnemonic|metamask|seed|wallet/gi;

const HEX_PRIVATE_KEY: RegexRule = {
  name: 'hex-private-key',
  pattern: /(?<![A-Za-z0-9])(?:0x)?[0-9a-fA-F]{64}(?![A-Za-z0-9])/dg,
  judge(m, text) {
    const before = contextOf(text, m.index - 100, m.index);
    const key = new RegExp(HEX_KEY_CONTEXT.source, 'gi');
    // BD's round: a client's id or a name that says public (`NEXT_PUBLIC_TRAKT_CLIENT_ID=…`, an OAuth app's 64-hex
    // id) is what the app shows the browser, whatever key word stood on a line above it.
    const notKey = /hash|\btx\b|txid|transaction|digest|sha-?\d+|checksum|commit|block|fingerprint|salt|nonce|address|contract|signature|public[ _-]|client[ _-]?id/gi;
    let lastKey = -1;
    let lastNot = -1;
    for (const k of before.matchAll(key)) lastKey = k.index!;
    for (const k of before.matchAll(notKey)) lastNot = k.index!;
    if (lastKey < 0 || lastNot > lastKey) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'private key' };
  },
};

/**
 * Stripe's published test card numbers (stripe.com/docs/testing): documentation and test suites quote them, and
 * they charge nothing anywhere.
 */
export const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100',
  '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '6011981111111113', '3056930009020004',
  '36227206271667', '6555900000604105', '3566002020360505', '6200000000000005', '6200000000000047', '6205500000000000004',
  '4000000000000002', '4000000000009995', '4000000000009987', '4000000000009979', '4000000000000069', '4000000000000127',
  '4000000000000119', '4000000000000101', '4000002500003155', '4000002760003184', '4000003800000446', '4000000000003220',
  '4000000000003063', '4000008400001629', '4000000000000341', '4000000000000077', '4000000000000093', '4000000000000010',
  // The card networks' and other processors' published test numbers (Visa's 4111…, Adyen, Braintree, PayPal,
  // Authorize.net, Checkout.com, Worldpay).
  '4111111111111111', '4012888888881881', '4222222222222', '4005519200000004', '4009348888881881', '4012000033330026',
  '4012000077777777', '4217651111111119', '4500600000000061', '4000111111111115', '5555341244441115', '5555555555554444',
  '2223000048410010', '5454545454545454', '5431111111111111', '5500000000000004', '5105105105105100', '5200000000000007',
  '5100000010001004', '5399999999999999', '4988438843884305', '4166676667666746', '4646464646464644', '4917610000000000',
  '4111111145551142', '4444333322221111', '4001590000000001', '4000020000000000', '4035501000000008', '4360000001000005', '6771798021000008',
  '370000000000002', '378734493671000', '371111111111114', '340000000000009', '6011000000000004', '6011601160116611',
  '6011000000000012', '6445644564456445', '3530111333300000', '3566111111111113', '3528000000000007', '36006666333344',
  '30569309025904', '38520000023237', '36259600000004', '6250941006528599', '6703444444444449', '6759649826438453',
]);

/** GS1's check digit (EAN-13, UPC-A, GTIN-14): weights 3 and 1 alternating from the digit before the check digit. */
function passesGtin(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += Number(digits[i]) * w;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** Words around product codes: a number that is a valid GTIN there is a barcode, not a card. */
const BARCODE_CONTEXT = /\b(?:EAN|GTIN|UPC|barcodes?|bar[ -]codes?|ISBN|SKU|article[ \t]+(?:number|no)|Artikelnummer|product[ \t]+codes?|scan(?:ned|ner)?|inventory)\b/i;

/** A card's expiry within a few words after its number, no other digit between: ", exp 01/32", "\nExp 01/32", "，有效期06/30". */
const EXPIRY_RIGHT_AFTER = /^[^\d\n]{0,30}(?:\n[^\d\n]{0,20})?(?<!\d)(?:0[1-9]|1[0-2])\/(?:\d{2}|20\d{2})(?![\d/])/;

/** A security code's name within a few words or table cells after a number, nothing numeric between. */
const SECURITY_CODE_NAME_AFTER = /^[^\d\n]{0,60}(?:\n[^\d\n]{0,20})?(?<![A-Za-z])(?:cvv2?|cvc2?|csc|cvn|security[ \t]+code)(?![A-Za-z])/i;

/** A card's word right before a number on its line: "Card number: ", "GPN card | ", "carte n° ", "tarjeta: ". */
const CARD_NAMED_BEFORE = /(?<![\p{L}])(?:card|karte|carte|tarjeta|cart[ãa]o|carta)(?:[ \t]+(?:number|no\.?|n[°º]|#|num[ée]ro|n[úu]mero|nummer))?[ \t]*[:|=-]?[ \t]*$/iu;

/** A card's words in any of the languages the card rules read: its expiry's, its security code's, "card". */
const CARD_WORDS_NEAR = /(?<![\p{L}])(?:cards?|karte|carte|tarjeta|cart[ãa]o|carta|kaart|kort|expir\p{L}*|exp|expiry|valid|cvv2?|cvc2?|csc|cvn)(?![\p{L}])/iu;

const CARD_NUMBER: RegexRule = {
  name: 'card',
  // A comma before the number is a field separator (CSV) unless a digit precedes it (a decimal comma: `0,4111…`), and
  // that digit is no decimal's after a point (`412.50,4111…` is a CSV's amount, then the card).
  // Groups may be split by spaces (one or two, or no-break and thin spaces), hyphens, or dots between groups of four.
  // BH's round: or by underscores, as a field that allows no space is filled in (`5011_0579_2626_8877`).
  // BI's round: or by slashes between groups of four (`5135/9976/0064/1538`), as a note with no other joint writes them.
  // BJ's round: or by a dash with a space on each side (`6058 – 8101 – 6925 – 7573`), as a word processor turns " - ".
  // BK's round: or by a bar with a space on each side (`6042 | 9500 | …`), as a form's field is copied out of a table.
  pattern: /\d(?<=(?<![\w.+\-/]|(?<!\.\d{0,6})\d,)\d)(?:\d{3}(?:\/\d{4}){3}|\d{3}(?: [–—-] \d{4}){3}|\d{3}(?: \| \d{4}){3}|(?:(?:[ ._\u00a0\u2009\u202f-]| {2})?\d){12,18})(?![\w]|[./-]\d)/dg,
  judge(m, text) {
    const raw = m[0];
    const after = m.index + raw.length;
    // `…,4111…,12`: a decimal comma, unless commas separate fields on both sides.
    if (text[after] === ',' && /\d/.test(text[after + 1] ?? '') && text[m.index - 1] !== ',') return null;
    const separators = new Set(raw.replace(/ [–—-] /g, '–').replace(/ \| /g, '¦').replace(/\d/g, '').replace(/[\u00a0\u2009\u202f]/g, ' '));
    if (separators.has('–') && !/^\d{4}(?: [–—-] \d{4}){3}$/.test(raw)) return null;
    // A row of four numbers in a table's cells is a card only where a card's words stand around it: an expiry, a
    // security code, the word "card", or the expiry right after it (a sheet's row of PINs or years has none).
    if (separators.has('¦') && !CARD_WORDS_NEAR.test(text.slice(Math.max(0, m.index - 120), after + 120)) && !EXPIRY_RIGHT_AFTER.test(text.slice(after, after + 40)) && !SECURITY_CODE_NAME_AFTER.test(text.slice(after, after + 80))) return null;
    if (separators.size > 1) return null;
    // Dots split a card as 4-4-4-4; elsewhere they are thousands separators or a version.
    if (separators.has('.') && !/^\d{4}(?:\.\d{4}){2,3}(?:\.\d{1,4})?$/.test(raw)) return null;
    // So do slashes, which elsewhere join dates, fractions and paths.
    if (separators.has('/') && !/^\d{4}(?:\/\d{4}){3}$/.test(raw)) return null;
    // Every card layout opens with a group of four (4-4-4-4, Amex's 4-6-5, Diners' 4-6-4): a run in groups of five is
    // a safety number, a licence or a reference read aloud ("37245 87418 26374 70113 …").
    // BG's round: a nineteen-digit card named as a card may be printed 6 + 13, as Maestro's and Solo's were.
    const namedCard = CARD_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const digits = raw.replace(/\D/g, '');
    // BI's round: sixteen digits in two halves of eight (`60425265 39411448`), as a card is read out in two breaths,
    // where a card's expiry or security code follows or its word comes just before: two eight-digit numbers are as
    // often an order's and a customer's.
    const halves = /^\d{8} \d{8}$/.test(raw) && (namedCard || EXPIRY_RIGHT_AFTER.test(text.slice(after, after + 40)) || SECURITY_CODE_NAME_AFTER.test(text.slice(after, after + 80)));
    // BK's round: or sixteen digits grouped 5-5-6 (`54248 32527 343258`), as some domestic schemes emboss them, where
    // the card's word comes just before or its expiry or security code right after, as for the two halves.
    const fives = /^\d{5} \d{5} \d{6}$/.test(raw) && (namedCard || EXPIRY_RIGHT_AFTER.test(text.slice(after, after + 40)) || SECURITY_CODE_NAME_AFTER.test(text.slice(after, after + 80)));
    if (separators.size === 1 && !/^\d{4}\D/.test(raw) && !(namedCard && /^\d{6} \d{13}$/.test(raw)) && !halves && !fives) return null;
    if (/^(\d)\1+$/.test(digits) || PUBLISHED_TEST_CARDS.has(digits)) return null;
    // A number the user calls a card, printed as one (four groups of four) with its expiry right after, is the card
    // even where the Luhn check fails: a digit mistyped leaves the other fifteen of the real number, and the words on
    // both sides say what it is. A placeholder counting up ("1234 5678 9012 3456") says nothing of anyone's card.
    const mistypedCard =
      namedCard && printedAsCard(raw) && !/^(?:1234567890123456|1234567812345678)$/.test(digits) && EXPIRY_RIGHT_AFTER.test(text.slice(after, after + 40));
    if (!passesLuhn(digits) && !mistypedCard) return null;
    // BF's round: a domestic scheme no prefix list names (Armenia's ArCa, Pakistan's PayPak, Kyrgyzstan's Elcart …) is
    // still a card where its expiry follows it, as a card's details are written: sixteen digits, then within a few
    // words (no other number between) a month and a year.
    // BG's round: or where a card's word names it just before, on its line ("GPN card | 9360 …", "Card number: …").
    // BH's round: or where a security code's name follows within a few words or cells ("… · CVC2 · 734", "<td>CVV</td>"),
    // as only a card's details are written.
    const detailsAfter = digits.length === 16 && (EXPIRY_RIGHT_AFTER.test(text.slice(after, after + 40)) || SECURITY_CODE_NAME_AFTER.test(text.slice(after, after + 80)));
    if (!hasCardIssuerPrefix(digits) && !namedCard && !detailsAfter) return null;
    // A UATP card (fifteen digits opening with 1) is taken as printed, 4-6-5; run together, such digits are any ID's.
    if (digits[0] === '1' && separators.size === 0) return null;
    if (digits.length <= 14 && passesGtin(digits) && BARCODE_CONTEXT.test(contextOf(text, m.index - 200, after + 200))) return null;
    if (namedAsAnotherNumber(text, m.index, after)) return null;
    return { start: m.index, end: m.index + raw.length, label: 'card number' };
  },
};

/**
 * The IBANs that standards and documentation print as examples (ECBS, Wikipedia, SWIFT's registry, banks' help
 * pages): each is valid, and none is anyone's account to protect.
 */
export const PUBLISHED_IBANS: ReadonlySet<string> = new Set([
  'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'GB33BUKB20201555555555', 'DE89370400440532013000', 'DE44500105175407324931',
  'FR1420041010050500013M02606', 'FR7630006000011234567890189', 'NL91ABNA0417164300', 'BE68539007547034', 'BE71096123456769',
  'CH9300762011623852957', 'CH5604835012345678009', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
  'AT611904300234573201', 'PL61109010140000071219812874', 'SE4550000000058398257466', 'DK5000400440116243', 'NO9386011117947',
  'FI2112345600000785', 'IE29AIBK93115212345678', 'PT50000201231234567890154', 'LU280019400644750000', 'SA0380000000608010167519',
  'GR1601101250000000012300695', 'CZ6508000000192000145399', 'HU42117730161111101800000000', 'RO49AAAA1B31007593840000',
  'LI21088100002324013AA', 'MT84MALT011000012345MTLCAST001S', 'TR330006100519786457841326', 'AE070331234567890123456',
]);

/** Whether a card number that `CARD_NUMBER` would redact stands between `from` and `to`. */
const CARD_IN_WINDOW = new RegExp(CARD_NUMBER.pattern.source, 'dg');

export function realCardBetween(text: string, from: number, to: number): boolean {
  // Only the window is searched (a search of the whole text per code would be quadratic).
  const window = text.slice(Math.max(0, from), Math.min(text.length, to));
  if (!/\d{4}/.test(window)) return false;
  CARD_IN_WINDOW.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CARD_IN_WINDOW.exec(window)); ) if (CARD_NUMBER.judge(m, window)) return true;
  return false;
}

/**
 * A card's security code (CVV, CVC, CID, CSC): three or four digits after its name, in the next cell of a table's row
 * (`| CVV2 | 578 |`), or alone on the next line below a name alone on its line (a card's details copied one field to a
 * line), only where a real card number (one this module
 * would redact) stands near — a published test card's code is published too.
 */
/**
 * The security code's names in more languages (Hebrew "קוד" and "קוד אבטחה", Greek, Vietnamese, Swahili, Turkish,
 * Polish, Czech, the Nordic languages, Indonesian, Japanese, Korean, Chinese), and their verbs for "is": only beside
 * a real card, as the names above.
 */
const MORE_SECURITY_CODE_NAMES =
  'קוד(?:[ \\t]+(?:ה)?אבטחה)?|κωδικός[ \\t]+ασφαλείας|mã[ \\t]+bảo[ \\t]+mật|msimbo[ \\t]+wa[ \\t]+usalama|güvenlik[ \\t]+kodu|kod[ \\t]+(?:bezpieczeństwa|zabezpieczający)|bezpečnostní[ \\t]+kód|säkerhetskod(?:en)?|sikkerhedskode(?:n)?|sikkerhetskode(?:n)?|turvakoodi|kode[ \\t]+keamanan|セキュリティコード|보안[ \\t]?코드|安全码|安全碼' +
  // Hungarian, Romanian, Ukrainian, Russian, Malay, Arabic (the security or verification code, "رمز التحقق"), Hindi and
  // Thai ("biztonsági kód", "codul de securitate", "код безпеки", "kod keselamatan", "रक्षा कोड", "รหัสความปลอดภัย").
  '|biztons[áa]gi[ \\t]+k[óo]d|cod(?:ul)?[ \\t]+de[ \\t]+securitate|код[ \\t]+(?:безпеки|безопасности)|kod[ \\t]+keselamatan|(?:رمز|رقم)[ \\t]+(?:التحقق|الأمان|الامان)|सुरक्षा[ \\t]+कोड|รหัสความปลอดภัย' +
  // AX's round: Arabic's "the code" alone ("رقم البطاقة … و الرمز 7282"), which the judge takes only beside a real card
  // number, as the other names; the postal code's "الرمز البريدي" puts its own word between.
  '|الرمز' +
  // BC's round: the code named by what it is ("security digits", "security number") or where it is printed ("the 3
  // digits on the back", Spanish "los tres números de atrás", "los tres numeritos atrás").
  '|security[ \\t]+(?:digits|number|no\\.?)|(?:the[ \\t]+)?(?:3|4|three|four)[ \\t]+(?:digits|numbers)[ \\t]+on[ \\t]+(?:the[ \\t]+)?back|(?:los[ \\t]+)?(?:3|tres)[ \\t]+n[úu]mer(?:os|itos?)[ \\t]+(?:de[ \\t]+)?(?:atr[áa]s|detr[áa]s)' +
  // BD's round: the number on the card's back in Chinese ("后面号码", "背面的号码", "卡背后三位"), Japanese ("裏の番号",
  // "裏面の3桁"), Thai ("เลขหลังบัตร", the number behind the card) and Korean ("뒤에 번호", "뒷면 번호", "뒷자리").
  '|(?:卡)?(?:后面|背面|背后|後面|背後)(?:的)?(?:号码|號碼|三位|3位|数字|數字)|(?:卡)?(?:后|後)三位|裏(?:面)?の(?:番号|数字|3桁|三桁)|เลข(?:สาม|3)?(?:ตัว)?หลังบัตร|(?:뒤에|뒷면|뒷면의|뒤)[ \\t]*(?:번호|숫자|세[ \\t]*자리)|뒷자리';
/**
 * BE's round: Spanish's and Portuguese's "código" alone right by the card ("tarjeta: …, código 417", "Cartão …, código
 * 662"), taken, as the other names, only beside a real card number; and a name in a script without spaces between
 * words runs into its digits ("背面安全码508", "セキュリティコード482"), which the word's end no longer forbids.
 */
const BARE_CODE_NAMES = 'c[óo]digo';
// BD's round: "are" ("the three digits on the back are 223"), Spanish's "son", French's "sont", German's "sind".
const MORE_SECURITY_CODE_VERBS = 'הוא|είναι|là|ni|ay|är|er|on|jest|to|je|é|è|adalah|は|是|는|은|are|son|sont|sind';

/** BH's round: "sec" for the security code, as a card's details are shortened ("02/30 · sec 560"), beside a real card only. */
const CARD_SECURITY_CODE: RegexRule = {
  name: 'card-security-code',
  pattern: new RegExp(
    String.raw`(?:cvv2?|cvc2?|cid|csc|cvn|cav2|sec|card[ _-]?(?:verification|security)[ _-]?(?:code|value|number)|security[ _-]?code|sicherheitscode|código[ \t]+de[ \t]+(?:seguridad|segurança)|code[ \t]+de[ \t]+sécurité|codice[ \t]+di[ \t]+sicurezza|beveiligingscode|(?:karten)?prüf(?:nummer|ziffer|zahl|code)|cryptogramme|${MORE_SECURITY_CODE_NAMES}|${BARE_CODE_NAMES})(?:(?<=[^\x00-\u024f])|(?![A-Za-z0-9À-ÿ]))["']?[ \t]*(?:[:=：|]|is|ist|es|est|${MORE_SECURITY_CODE_VERBS})?[ \t]*(?:\r?\n[ \t]*)?(?:<\/?[a-z][a-z0-9]{0,9}>[ \t]*){0,4}["']?(\d{3,4})(?!\d|[.,]\d)`,
      'dgi',
    ),
  judge(m, text) {
    // A field name may join the name to a prefix ("cc_cid", "card-cvv", as forms post them); a word may not.
    if (m.index > 0 && /[A-Za-z0-9À-ÿ]/.test(text[m.index - 1]!)) return null;
    if (m.index > 0 && text[m.index - 1] === '_' && !/(?:^|[^A-Za-z0-9])(?:cc|card|billing|payment)_$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
    const span = m.indices![1]!;
    if (!realCardBetween(text, m.index - 300, m.index + 200)) return null;
    return { start: span[0], end: span[1], label: 'card number' };
  },
};

/**
 * An IBAN whose length is not its country's registered one, written right after the word "IBAN": a bank's extra
 * characters (a currency code after Mauritius's) or a registry this module lacks. The word and mod 97 (one chance in
 * 97 for any run) together say what it is; the whole run is taken.
 */
function namedIbanOfOtherLength(m: RegExpExecArray, text: string): SecretSpan | null {
  const iban = m[0].replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34 || !/\bIBAN\b[^\n\d]{0,20}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
  if (!ibanChecksumValid(iban) || PUBLISHED_IBANS.has(iban)) return null;
  return { start: m.index, end: m.index + m[0].length, label: 'iban' };
}

/**
 * IBANs, electronic (`DE89370400440532013000`) or in print groups of four, checked by length and mod 97. BH's round:
 * groups joined by hyphens too (`VA39-2598-4905-…`), as forms that take no space print them; one kind of joint only.
 */
const IBAN: RegexRule = {
  name: 'iban',
  pattern: /([A-Z]{2})(?<=(?<![A-Za-z0-9.])[A-Z]{2})\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?[A-Z0-9]{1,3})?(?![A-Za-z0-9]|\.[A-Za-z0-9])/dg,
  judge(m, text) {
    const length = ibanLength(m[1]!);
    if (!length) return null;
    // One kind of joint only. BI's round: dots too (`SD70.8008.5543.9091.83`), as a note that keeps no space writes it.
    if (new Set(m[0].replace(/[A-Z0-9]/g, '')).size > 1) return null;
    const joined = /[.-]/.test(m[0]);
    // Take exactly the country's length of characters, across print spaces; the next must not continue the group.
    let count = 0;
    let end = m.index;
    while (end < m.index + m[0].length && count < length) {
      if (text[end] !== ' ' && text[end] !== '-' && text[end] !== '.') count++;
      end++;
    }
    if (count !== length || /[A-Za-z0-9]/.test(text[end] ?? '')) return joined ? null : namedIbanOfOtherLength(m, text);
    const iban = text.slice(m.index, end).replace(/[ .-]/g, '');
    // AR's round: the country's length failing its check, the whole print group after "IBAN" may pass it (one copied
    // with a group too many, or a country whose length changed): the name and mod 97 say what it is.
    if (PUBLISHED_IBANS.has(iban)) return null;
    if (!ibanChecksumValid(iban)) return !joined && m[0].replace(/ /g, '').length > iban.length ? namedIbanOfOtherLength(m, text) : null;
    return { start: m.index, end, label: 'iban' };
  },
};

/**
 * BJ's round: IBANs in the joints a typed note or a form of another layout uses: groups joined by two spaces, or by a
 * slash, a hyphen or a dash with spaces around it (`HN84  FORA  4547 …`, `SO28 / 7225 / …`, `XX00 – 1234 – …`), and
 * the electronic form in small letters (`ru1804…`), as a phone's keyboard or a lower-casing export leaves it. Read
 * as before: one kind of joint only, letters of one case, the country's registered length exactly, and mod 97 on the
 * capitals.
 */
const IBAN_WIDE_JOINTS: RegexRule = {
  name: 'iban',
  pattern: /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:(?: {1,2}| ?[/–-] ?)?[A-Za-z0-9]{4}){2,8}(?:(?: {1,2}| ?[/–-] ?)?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g,
  judge(m) {
    const length = ibanLength(m[0].slice(0, 2).toUpperCase());
    if (!length) return null;
    // Exactly the country's length, across the joints; what the match ran on into (a date, "- now closed") is not read.
    let count = 0;
    let end = 0;
    while (end < m[0].length && count < length) if (/[A-Za-z0-9]/.test(m[0][end++]!)) count++;
    const raw = m[0].slice(0, end);
    if (count !== length || /[A-Za-z0-9]/.test(m[0][end] ?? '')) return null;
    const joints = new Set(raw.match(/[^A-Za-z0-9]+/g) ?? []);
    // The single space and single hyphen the rule above reads; what is new here is two spaces, a spaced mark, a slash
    // or small letters.
    if (joints.size > 1 || (raw !== raw.toUpperCase() && raw !== raw.toLowerCase())) return null;
    const joint = [...joints][0] ?? '';
    if (raw === raw.toUpperCase() && (joint === '' || joint === ' ' || joint === '-')) return null;
    const iban = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (PUBLISHED_IBANS.has(iban) || !ibanChecksumValid(iban)) return null;
    return { start: m.index, end: m.index + end, label: 'iban' };
  },
};

/** Words that name an SSN: a spaced or bare nine-digit SSN needs one right before it. */
const SSN_LABEL = /(?<![A-Za-z])(?:ss#|ssns?(?![a-z]))|\b(?:social[ \t]+security|social|tax[ \t]+id|tin|itin|sozialversicherung|seguro[ \t]+social)\b/i;

/**
 * Where a dashed 3-2-4 number is an SSN: the text names SSNs (a label, a key such as `patient_ssn`, a column header
 * above the rows), or it is a person's tax or identity record (a date of birth, a W-2/W-4/W-9/I-9/1099 form, the IRS
 * or SSA). Without such words the shape is as often a phone fragment, a case or part number, or test data in a
 * question about formats.
 */
const SSN_CONTEXT =
  /(?<![A-Za-z])(?:ss#|ssns?(?![a-z]))|\b(?:social(?:[ \t]+security)?|tax[ \t]+id|tin|itin|taxpayer|sozialversicherung|seguro[ \t]+social|dob|date[ \t]+of[ \t]+birth|birth[ \t]*date|born|W-?[249]|I-?9|1099|IRS|SSA|payroll)\b/gi;

/**
 * US Social Security numbers: `123-45-6789` after an SSN word up to a table's length before it (or one right after
 * it); spaced or bare nine digits only right after an SSN label.
 */
const SSN: RegexRule = {
  name: 'ssn',
  pattern: /(\d{3})(?<=(?<![\w.\-+/])\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w]|[-.:/]\d)/dg,
  judge(m, text) {
    const digits = m[1]! + m[3]! + m[4]!;
    if (!isPlausibleSsn(digits)) return null;
    // Glued to a colon only after an SSN label (`SSN:123-45-6789` in a CSV row); else a time, a port or a URL's part.
    if (text[m.index - 1] === ':' && !/(?<![A-Za-z])(?:ssn|ss#|social[ \t]+security(?:[ \t]+(?:number|no\.?))?)$/i.test(contextOf(text, m.index - 31, m.index - 1))) return null;
    if (m[2] !== '-' && !SSN_LABEL.test(contextOf(text, m.index - 40, m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'ssn' };
  },
};

/** How far after an SSN word its numbers may stand (the rows under a header), and how far before (`… as the employee's social`). */
const SSN_REACH_AFTER = 4000;
const SSN_REACH_BEFORE = 60;

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
  regexFinder(BASE64_PEM_PRIVATE_KEY),
  regexFinder(PUTTY_PRIVATE),
];

/** Whether a whole value is a key in one of the documented provider formats. */
export function isProviderKey(value: string): boolean {
  for (const rule of [...PROVIDER_KEYS, ...KEYS_OF_FIXED_SHAPE, ...UPPER_CASE_KEYS]) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(value);
    if (m && m.index - (m[1]?.length ?? 0) === 0 && m.index + m[0].length === value.length && rule.judge(m, value)) return true;
  }
  return false;
}

/** Token rules: specific before generic so the most telling label wins. */
export const TOKEN_FINDERS: readonly Finder[] = [
  regexFinder(JWT),
  regexFinder(BEARER),
  regexFinder(AUTHORIZATION_OTHER),
  regexFinder(BASIC_CREDENTIALS),
  regexFinder(ASPNET_PROTECTED),
  // AU's round: a webhook's URL before the keys it may hold (Google Chat's `?key=AIza…&token=…`): the URL is one secret.
  ...WEBHOOKS.map(regexFinder),
  ...PROVIDER_KEYS.map(regexFinder),
  ...KEYS_OF_FIXED_SHAPE.map(regexFinder),
  ...UPPER_CASE_KEYS.map(regexFinder),
  ...RPC_URL_KEYS.map(regexFinder),
  regexFinder(URL_PASSWORD),
  ...COOKIES.map(regexFinder),
];

/** Assignments in code and config. */
export const ASSIGNMENT_FINDERS: readonly Finder[] = [
  { name: 'key-value', find: findAssignments },
  regexFinder(KEY_VALUE_ARGUMENTS),
  regexFinder(ENV_FALLBACK),
  ...XML_VALUES.map(regexFinder),
  regexFinder(SPACED_CONFIG_PASSWORD),
];

/** Shapes that need their surroundings or a checksum. */
export const CONTEXT_FINDERS: readonly Finder[] = [
  windowedFinder(AWS_SECRET_IN_CONTEXT, AWS_ANCHORS, 120, 200),
  windowedFinder(HEX_PRIVATE_KEY, HEX_KEY_CONTEXT, 0, 100),
  // BJ's round: an IBAN in wide joints before the cards: its digit groups after the bank's letters read as a card's.
  regexFinder(IBAN_WIDE_JOINTS),
  regexFinder(CARD_NUMBER),
  regexFinder(CARD_SECURITY_CODE),
  regexFinder(IBAN),
  windowedFinder(SSN, SSN_CONTEXT, SSN_REACH_BEFORE, SSN_REACH_AFTER),
];

export const EMAIL_FINDER = regexFinder(EMAIL);
export const PHONE_FINDER = regexFinder(PHONE);
