import type { Finder, SecretSpan } from './rules';

/**
 * BI's round: a password said beside the login it goes with, in prose that has no word for a password: "I've put a
 * new one on it, Qe7…, user pitboss4", "changed it to Xk2…/8, user's duty_mgr", "sign in as winder and breathe out
 * 3Nev…", "log in as admin2 with T7w…". The login's word ("user", "username", "login", "log in as", "sign in as")
 * and a name after it say that a login is being handed over; a value on the same line, within a sentence's reach
 * before or after, is its password where its shape is beyond a word's or a name's:
 * - drawn at random: ten characters or more, three of capitals, small letters, digits and symbols, the kind changing
 *   five times or more and at least every third character (`7CzMzGHh1Ge8uVFb`, `rjMTD&OOhDRE`); capitalised words
 *   with a number after or between them (`MyBook2024`, `Win2022Datacenter`), words joined by hyphens or slashes
 *   (`Connect-VIServer`, `Multi-User`) and hexadecimal (a GUID) are left;
 * - "ilove", "imiss" or "ihate" run into a word and digits (`imisskettles82`), how people have long made one.
 * The login's own name, links, paths, e-mail addresses, versions and dotted names are never the value.
 */
const LOGIN = /(?<![\p{L}])(?:user(?:name)?(?:['’]s)?[ \t]*:?|login[ \t]*:|log(?:ged)?[ \t]+in[ \t]+as|sign(?:ed)?[ \t]+in[ \t]+as)[ \t]+([A-Za-z][\w.-]{1,30})/giu;
/** Words after "user" that make it another thing's name: a user id, agent, count, group … is no login handed over. */
const NOT_A_NAME = /^(?:id|ids|agent|agents|count|base|group|groups|data|guide|manual|interface|experience|account|accounts|name|names|list|profile|role|roles|table|level|rating|reviews?|feedback|story|stories|research|testing|input|error|session|sessions|permissions?|settings|friendly|facing|generated|space|mode|type|number|code|codes|works|required|page|screen|button|form|details|info|flow|issue|issues|problem|behaviou?r|journey|needs|is|was|has|and|or|the|a|an|of|to|in|on|for|with|who|that|which)$/i;
/** A word right before the value that names it another thing: a build's tag, a commit, a hash, an id, a version. */
const NAMED_OTHERWISE = /(?<![\p{L}])(?:id|tag|hash|build|version|commit|ref|sha|serial|number|no|order|invoice|ticket|tracking|session|request|trace|service|account|client)[ \t]*(?:is|was|=|:|#)?[ \t]*$/iu;
/** The same said in a code's camel case: `clientId`, `appKey`, `sessionToken`. */
const CAMEL_NAMED_OTHERWISE = /[a-z](?:Id|ID|Key|Token|Secret|Hash)[ \t]*(?:is|was|=|:|#)?[ \t]*$/;
const REACH = 120;
const TOKEN = /[^\s"'“”‘’«»()[\]{}<>,;]+/g;
const CAMEL_WORDS = /^[a-z]{0,2}(?:[A-Z][a-z]+)+[\d\W]*$/;
const I_LOVE = /^i(?:love|miss|hate|heart|luv)\p{Ll}{3,16}\d{2,4}$/u;

function kindOf(c: string): number {
  if (/[A-Z]/.test(c)) return 0;
  if (/[a-z]/.test(c)) return 1;
  if (/\d/.test(c)) return 2;
  return 3;
}

function randomLookingPassword(v: string): boolean {
  if (v.length < 10 || v.length > 40 || !/^[A-Za-z0-9!@#$%^&*?~+=/_-]+$/.test(v)) return false;
  // Markdown's emphasis (`**UserTesting**`), and words joined by a hyphen, a slash or an ampersand ("Multi-User",
  // "Import/Export", "Mercedes-Benz"): each part a word in one case or capitalised, or a number.
  if (/^[*_~/-]|[*_~]$|\/\/|\.|@[A-Za-z]/.test(v) || CAMEL_WORDS.test(v)) return false;
  if (v.split(/[-/_&+]/).every((part) => /^(?:[A-Z]*[a-z]*|\d*)$/.test(part) || CAMEL_WORDS.test(part))) return false;
  // Mostly words run together, a short part between them (`AmazonS3FullAccess`, `Win2022Datacenter`): a name.
  const wordLetters = (v.match(/[A-Z]?[a-z]{3,}/g) ?? []).join('').length;
  if (wordLetters * 2 >= v.length) return false;
  // Hexadecimal alone, with hyphens or not: a GUID's, a hash's or an id's digits.
  if (/^[0-9A-Fa-f-]+$/.test(v)) return false;
  const kinds = new Set([...v].map(kindOf));
  if (kinds.size < 3 || !kinds.has(0) || !kinds.has(1)) return false;
  let changes = 0;
  for (let i = 1; i < v.length; i++) if (kindOf(v[i]!) !== kindOf(v[i - 1]!)) changes++;
  // A random draw changes kind every two or three characters; a product's or a command's name (`Win2022Datacenter`)
  // seldom does.
  return changes >= Math.max(5, v.length / 3);
}

function findPasswordsBesideALogin(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LOGIN.lastIndex = 0;
  let done = 0;
  for (let m: RegExpExecArray | null; (m = LOGIN.exec(text)); ) {
    const name = m[1]!;
    if (NOT_A_NAME.test(name)) continue;
    // The line around the login, looked for within reach only (a search to the text's ends per login is quadratic).
    const back = Math.max(0, m.index - REACH);
    const lineStart = back + text.slice(back, m.index).lastIndexOf('\n') + 1;
    const ahead = text.slice(m.index, m.index + m[0].length + REACH);
    const to = m.index + (ahead.includes('\n') ? ahead.indexOf('\n') : ahead.length);
    const from = Math.max(lineStart, done);
    TOKEN.lastIndex = from;
    for (let t: RegExpExecArray | null; (t = TOKEN.exec(text)) && t.index < to; ) {
      if (t.index >= m.index && t.index < m.index + m[0].length) continue;
      // A closing stop, a colon or a question is the sentence's, not the value's.
      const value = t[0].replace(/[.:!?]+$/, '');
      if (value === name || !(randomLookingPassword(t[0]) || randomLookingPassword(value) || I_LOVE.test(value))) continue;
      const whole = randomLookingPassword(t[0]) ? t[0] : value;
      const lead = text.slice(Math.max(from, t.index - 24), t.index);
      if (NAMED_OTHERWISE.test(lead) || CAMEL_NAMED_OTHERWISE.test(lead)) continue;
      spans.push({ start: t.index, end: t.index + whole.length, label: 'password' });
      done = t.index + whole.length;
      break;
    }
  }
  findLabelledPairs(text, spans);
  return spans;
}

/**
 * A login given as "name / password" after a label's colon ("lighting panel: pitboss / Xk2…"), as an access sheet
 * lists them, where the second half is random-looking as above (a path's or a ratio's halves are not).
 */
const LABELLED_PAIR = /:[ \t]*[A-Za-z][\w.-]{1,30}[ \t]+\/[ \t]+([^\s/][^\s]{9,39})(?=[ \t]*(?:$|\r?\n|[,;)]))/gm;

function findLabelledPairs(text: string, spans: SecretSpan[]): void {
  LABELLED_PAIR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LABELLED_PAIR.exec(text)); ) {
    const value = m[1]!;
    if (!randomLookingPassword(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
}

export const PASSWORDS_BESIDE_A_LOGIN_FINDERS: readonly Finder[] = [
  { name: 'passwords-beside-a-login', find: findPasswordsBesideALogin, trigger: /user|login[ \t]*:|log(?:ged)? in as|sign(?:ed)? in as|:[ \t]*[A-Za-z][\w.-]{1,30}[ \t]+\/[ \t]/i },
];
