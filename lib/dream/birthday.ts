/**
 * The user's own birthday: "my birthday is 14 March", "my bday's on the 3rd of feb", "it's my birthday today". Said of
 * the user only ("my partner's birthday is…" names someone else's), and written as a day and a month, which is what
 * stays true every year.
 */

import { capitalize } from '../engine/text';

export interface BirthdayFact {
  kind: 'fact';
  slot: 'user/birthday';
  text: string;
  value: string;
  importance: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DATE = String.raw`(?:(?:the )?${DAY} (?:of )?${MONTH}|${MONTH} (?:the )?${DAY})(?![\p{L}\d])`;
/** "my birthday is 14 March", "my bday's on the 3rd of feb". */
const STATED = new RegExp(String.raw`\bmy (?:birthday|bday|b-day)(?:'s| is| falls)?(?: on)? ${DATE}`, 'iu');
/** "it's my birthday today", "today is my birthday", "i turned 40 today". */
const TODAY = /\b(?:(?:it'?s|it is) my (?:birthday|bday|b-day)(?: today\b|(?=\s*[!.,(]|\s*$|\s+\p{Extended_Pictographic}))|(?:today is|today'?s) my (?:birthday|bday|b-day)\b|my (?:birthday|bday) is today\b)/iu;
/** A date right after, in brackets: "it's my birthday today (3 feb, 39 🙃)". */
const DATE_AFTER = new RegExp(String.raw`^[^.!?]{0,20}?\(${DATE}`, 'iu');

function fact(day: number, month: number): BirthdayFact | null {
  if (!(day >= 1 && day <= 31) || month < 0) return null;
  const m = MONTHS[month]!;
  const value = `${day} ${capitalize(m)}`;
  return { kind: 'fact', slot: 'user/birthday', text: `User's birthday is ${value}.`, value, importance: 0.7 };
}
const monthIndex = (v: string) => MONTHS.findIndex((m) => m.startsWith(v.toLowerCase().replace('.', '').slice(0, 3)));
/** Day and month from a DATE match's groups (day-month or month-day). */
function fromGroups(g: (string | undefined)[], at: number): BirthdayFact | null {
  const [d1, m1, m2, d2] = g.slice(at, at + 4);
  return d1 && m1 ? fact(Number(d1), monthIndex(m1)) : m2 && d2 ? fact(Number(d2), monthIndex(m2)) : null;
}

/** The user's birthday, if one sentence of theirs says it; `saidAt` dates "it's my birthday today". */
export function birthdayStatement(sentence: string, saidAt: number): BirthdayFact | null {
  const stated = STATED.exec(sentence);
  if (stated) return fromGroups([...stated], 1);
  const today = TODAY.exec(sentence);
  if (!today) return null;
  const after = DATE_AFTER.exec(sentence.slice(today.index + today[0].length));
  if (after) return fromGroups([...after], 1);
  const d = new Date(saidAt);
  return fact(d.getUTCDate(), d.getUTCMonth());
}
