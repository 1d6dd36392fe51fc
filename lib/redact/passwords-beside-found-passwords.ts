import { OTHER_KIND } from './codes-said-in-prose';
import type { SecretSpan } from './rules';

/**
 * AS's round: the other passwords of a line whose first a rule has found. People give two logins in one breath and
 * name the password once: "the shop tablet is …, the till is MVwV3CaoQr", "Passwort Büro-PC …, WLAN 086168", "mot de
 * passe caisse …, wifi 469822", "old pw … didnt work so I set 811227", "9261044 for the gate pc and … for the email".
 * The second clause names only what the value opens, in words no list can hold, so the rule reads the layout: on the
 * found password's line, across a clause's comma, semicolon or conjunction, a value that a few words introduce (or
 * that opens the clause, before the found one) and whose shape is a password's: six digits or more, words joined by
 * hyphens ending in a number, a token mixing letters with digits or symbols, a word of another script with digits.
 * A number of another kind (an order's, a room's, a phone's with its `+`, a year, one with a unit after it) stays.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}_.,:/+$€£¥#@*-])(?:\d{6,12}|[a-z]{3,12}(?:-[a-z]{3,12}){1,4}-\d{1,6}|(?=[^\s]*\d)[A-Za-z0-9!@#$%^&*?=+_.~-]{8,40}|[\p{L}\p{M}]{2,12}\d{2,6}[!@#$%^&*?=+~]?)(?![\p{L}\p{N}_@/\\]|[.,:/-][\p{L}\p{N}])/gu;
const SEPARATOR = /[,;]|(?<![\p{L}])(?:and|und|et|y|e|i|og|och|en|ve|dan|và|so|then|aber|but|mais|pero|ma)(?![\p{L}])/iu;
const SEPARATORS = new RegExp(SEPARATOR.source, 'giu');
const LINE_REACH = 80;
const MAX_FOUND = 200;
const UNIT_AFTER = /^[ \t]*(?:€|\$|£|eur|usd|km|kg|m|cm|mm|g|l|ml|%|times|x|h|hrs?|min|minutes?|years?|days?|people|pcs|units?|mb|gb|kb)(?![\p{L}])/iu;
const OTHER_WORD =
  /(?<![\p{L}])(?:at|in|on|since|until|from|room|suite|apt|flat|floor|unit|tel|phone|call|mobile|fax|no|nr|number|invoice|order|ref|case|ticket|account|acct|iban|year|id|user(?:name)?|login|email|e-mail|ssid|name|version|v|build)[ \t:#.]*$/iu;

const NAME_BEFORE_FOUND = /^[ \t]*\/[ \t]*/;

function passwordShaped(v: string): boolean {
  if (/^\d+$/.test(v)) return !/^(\d)\1+$/.test(v) && !/^(?:19|20)\d\d$/.test(v);
  if (/^[a-z]+(?:-[a-z]+)+-\d+$/.test(v)) return true;
  if (/^[\p{L}\p{M}]+\d+[!@#$%^&*?=+~]?$/u.test(v)) return !/^[A-Za-z]+\d+$/.test(v) || /[A-Z]/.test(v.slice(1)) || v.length >= 9;
  // A token: letters and digits or symbols mixed, no domain's or file's ending, not a version.
  if (/\.[a-z]{2,5}$|^v?\d+(?:\.\d+)+|:\/\//i.test(v)) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 3;
}

const fewWords = (s: string) => s.trim() === '' || (/^[\p{L}\p{M}\p{N}'’ \t()-]{0,60}$/u.test(s.trim()) && s.trim().split(/[ \t]+/).length <= 5);

export function findPasswordsBesideFoundPasswords(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  for (const found of kept) {
    if (found.label !== 'password') continue;
    // A dump of hundreds of passwords is masked by its own rules; reading each one's line again would cost seconds.
    if (--budget < 0) break;
    const lineStart = Math.max(text.lastIndexOf('\n', found.start - 1) + 1, found.start - LINE_REACH);
    let lineEnd = text.indexOf('\n', found.end);
    if (lineEnd < 0 || lineEnd > found.end + LINE_REACH) lineEnd = Math.min(text.length, found.end + LINE_REACH);
    const line = text.slice(lineStart, lineEnd);
    CANDIDATE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = CANDIDATE.exec(line)); ) {
      const start = lineStart + m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((t) => t !== 0) || !passwordShaped(m[0])) continue;
      const after = end <= found.start;
      const between = after ? text.slice(end, found.start) : text.slice(found.end, start);
      // One clause apart: a separator between, and no sentence's end.
      const sep = SEPARATOR.exec(between);
      if (!sep || /[.!?](?:\s|$)|[:\n]/.test(between.replace(/^[^,;]*?[:]/, ''))) continue;
      const before = text.slice(Math.max(lineStart, start - 40), start);
      if (OTHER_WORD.test(before) || OTHER_KIND.test(before.slice(-24)) || UNIT_AFTER.test(text.slice(end, end + 12))) continue;
      // BU's round: a network's or a user's name given before its found key or password ("the wireless is
      // StudioNet-90 / [key]"): a slash joins the pair, the name first.
      if (NAME_BEFORE_FOUND.test(text.slice(end, end + 6)) && taken[end + (/^[ \t]*\/[ \t]*/.exec(text.slice(end, end + 6))?.[0].length ?? 0)] !== 0) continue;
      if (after) {
        // Before the found one: the value opens its clause, and few words stand between it and the separator.
        const clauseHead = text.slice(lineStart, start).split(/[,;]/).pop()!;
        if (!fewWords(clauseHead) || !fewWords(between.slice(0, sep.index))) continue;
      } else {
        // After it: introduced by a word, a colon or a dash, a few words after the separator. BD's round: the last
        // separator, so that a remark in brackets after the found one ("…, (I reset it on Friday), the till is …") or
        // a pronoun read as a conjunction ("I", Catalan's "i") does not stand for the clause's start.
        let last = sep;
        SEPARATORS.lastIndex = sep.index + sep[0].length;
        for (let n: RegExpExecArray | null; (n = SEPARATORS.exec(between)); ) last = n;
        const intro = between.slice(last.index + last[0].length);
        if (!/[\p{L}\p{M}:=—–-][ \t]*$/u.test(intro) || !fewWords(intro.replace(/[:=—–-][ \t]*$/, ''))) continue;
      }
      taken.fill(1, start, end);
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}
