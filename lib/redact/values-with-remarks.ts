import type { Finder, SecretSpan } from './rules';
import { isMarker } from './values';

/**
 * AV's round: a value the words right after it say is a password, with no word for it before: a remark on how to type
 * it ("it's fern.kettle.harbor.moss — capital first letter, the rest as written", "…, case-sensitive", "… (all
 * lower case)", "… — zero not O"), or an arrow pointing back at it ("willow-anchor-pepper-ridge <- that is the admin
 * one", "… <- that's the login for the till"). No name, no order number or file needs telling which letters are
 * capitals. The value has a password's shape: three to six small words joined by dots, hyphens or underscores, or
 * letters with digits, or letters of both cases changing inside the word; never a link, a path or an address.
 */
const REMARK = String.raw`(?:capital[ \t]+(?:first[ \t]+)?(?:letter|[A-Za-z])|first[ \t]+letter[ \t]+capital|upper[ \t-]?case|lower[ \t-]?case|all[ \t]+(?:lower|small|caps|capitals)|case[ \t-]?sensitive|no[ \t]+spaces|the[ \t]+rest[ \t]+as[ \t]+written|with[ \t]+a[ \t]+capital|(?:zero|0)[ \t]+not[ \t]+(?:o|the[ \t]+letter))`;
const POINTED = String.raw`<-{1,2}[ \t]+(?:that|this)(?:['’]s|[ \t]+is|[ \t]+one[ \t]+is)[ \t]+(?:the|my|our|your)[ \t]+(?:[\p{L}-]{1,20}[ \t]+){0,3}(?:one|login|password|pw|pwd|pass|passphrase|key|code)`;
const VALUE_BEFORE_REMARK = new RegExp(
  String.raw`(?<=^|[\s:：(])([^\s"'“”<>()]{6,64})(?:[ \t]*(?:[—–,(]|-(?=[ \t]))[ \t]*${REMARK}|[ \t]+${POINTED})(?![\p{L}])`,
  'giu',
);
const JOINED_WORDS = /^\p{Ll}{3,12}(?:([-._])\p{Ll}{3,12})(?:\1\p{Ll}{3,12}){1,4}\d{0,4}$/u;

function passwordShaped(v: string): boolean {
  if (isMarker(v) || /:\/\/|^[\w.+-]+@[\w-]+\.|[/\\]/.test(v)) return false;
  if (JOINED_WORDS.test(v)) return true;
  if (/\d/.test(v) && /\p{L}/u.test(v)) return v.length >= 8;
  return (v.match(/\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Ll})/gu) ?? []).length >= 4;
}

function findValuesWithRemarks(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  VALUE_BEFORE_REMARK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VALUE_BEFORE_REMARK.exec(text)); ) {
    const value = m[1]!.replace(/[.,;:!]+$/, '');
    if (!passwordShaped(value)) continue;
    spans.push({ start: m.index, end: m.index + value.length, label: 'password' });
  }
  return spans;
}

export const VALUES_WITH_REMARK_FINDERS: readonly Finder[] = [
  { name: 'values-with-remarks', find: findValuesWithRemarks, trigger: /capital|case|spaces|written|not|<-/i },
];
