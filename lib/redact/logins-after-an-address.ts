import { windowedFinder, type Finder, type RegexRule } from './rules';
import { looksLikePassword, trimTrailingPunctuation } from './values';

/**
 * CB's round: a login written as its address, or the address's part up to the "@" as a note shortens it, then a slash
 * and the password ("booking laptop: guide@ / Pike&Perch_Dec", "PayPal for the stall: zinefair.leeds@ /
 * Photocopy&Glue!", "anna.k@example.org / Winter#2291"), the slash set off by blanks (a link's path runs on:
 * "user@host/warehouse"). The "@" is what makes the first half a login: a route, a
 * file's folder or two places ("London / Paris2024!", "report / Q3-Final!.xlsx") have none. The value after the slash
 * must look like a password beyond doubt (`looksLikePassword`, strict) and hold a sign other than a hyphen, an
 * underscore or a dot ("feature-Login-42" after an address is a branch's name): "x@ / y" of plain words is left.
 *
 * Lead's review: an address is as often someone to write to, and the thing after the slash a channel, a room or a
 * forum ("reply to team@ / Slack#general", "alias: support@ / Help&Care!", "write to info@ / Q&A-Forum"). So a word of
 * writing to or reaching someone on the line before the address says it is no login, unless a login's, an account's
 * or a password's word is there too; and a value opening with "#" is a channel ("jo@ / #design-crit").
 */
const LOGIN_WORD = /(?<![\p{L}])(?:login|log-?in|sign[ \t-]?in|account|acct|creds|credentials|user ?name|password|passwd|pw|pass)(?![\p{L}])/iu;
const WRITING_TO =
  /(?<![\p{L}])(?:contact|e-?mail|mail|cc|bcc|to|from|reply|alias|owner|sender|recipient|send|write|ping|reach|forward|fwd)(?![\p{L}])/iu;
function writtenToNotSignedInto(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 80), at);
  return WRITING_TO.test(before) && !LOGIN_WORD.test(before);
}
const LOGIN_THEN_PASSWORD: RegexRule = {
  name: 'login-at-address-then-password',
  pattern: /(?<![\w.+@-])[\w.+-]{1,64}@(?:[\w-]+(?:\.[\w-]+)+)?[ \t]+\/[ \t]+([^\s/]{6,64})/dg,
  judge(m, text) {
    if (writtenToNotSignedInto(text, m.index) || m[1]!.startsWith('#')) return null;
    const start = m.indices![1]![0];
    const value = trimTrailingPunctuation(m[1]!);
    if (/^(?:https?:|www\.)|@/.test(value)) return null;
    // A sign other than a joint's hyphen, underscore or dot: "feature-Login-42", "report_Q3.xlsx" name a branch, a file.
    if (!/[^\p{L}\p{N}_.-]/u.test(value)) return null;
    if (!looksLikePassword(value, { quoted: false, strict: true, nextChar: text[start + value.length] })) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

export const LOGINS_AFTER_AN_ADDRESS_FINDERS: readonly Finder[] = [windowedFinder(LOGIN_THEN_PASSWORD, /@/gu, 70, 150)];
