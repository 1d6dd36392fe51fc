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
 * forum ("reply to team@ / Slack#general", "alias: support@ / Help&Care!", "write to info@ / Q&A-Forum"). So the
 * address must be given as a login: after a login's or an account's word ("the Tonies app login is family@ /",
 * "account is ferretcam@ /"), or after a label or "is" that names something signed into ("booking laptop: guide@ /",
 * "PayPal for the stall: zinefair.leeds@ /") with no word of writing to or reaching someone on the line before it.
 */
const LOGIN_WORD = /(?<![\p{L}])(?:login|log-?in|sign[ \t-]?in|account|acct|creds|credentials|user ?name|user)(?![\p{L}])/iu;
const GIVEN_AS = /(?:[:=]|(?<![\p{L}])is)[ \t]*$/iu;
const WRITING_TO =
  /(?<![\p{L}])(?:contact|e-?mail|mail|cc|bcc|to|from|reply|alias|owner|sender|recipient|send|write|ping|reach|forward|fwd|address|inbox|group|list|channel)(?![\p{L}])/iu;
function givenAsALogin(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 80), at);
  if (LOGIN_WORD.test(before)) return true;
  return GIVEN_AS.test(before) && !WRITING_TO.test(before);
}
const LOGIN_THEN_PASSWORD: RegexRule = {
  name: 'login-at-address-then-password',
  pattern: /(?<![\w.+@-])[\w.+-]{1,64}@(?:[\w-]+(?:\.[\w-]+)+)?[ \t]+\/[ \t]+([^\s/]{6,64})/dg,
  judge(m, text) {
    if (!givenAsALogin(text, m.index)) return null;
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
