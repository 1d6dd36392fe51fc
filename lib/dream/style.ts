import { words } from '../engine/text';

/**
 * The user's writing style, from their own turns only: numbers (verbosity, directness, formality, tone, language
 * mix by script) and one readable sentence. No transcript is kept, only these aggregates.
 */

export interface StyleProfile {
  turns: number;
  /** Mean words per user turn. */
  avgWords: number;
  /** 0..1: share of turns that ask or command without hedging. */
  directness: number;
  /** 0..1: capitalised, punctuated, no slang/contractions → 1. */
  formality: number;
  /** -1..1: negative to positive wording. */
  tone: number;
  /** Share of letters by script, e.g. { Latin: 0.9, Hangul: 0.1 }. */
  scripts: Record<string, number>;
  questionShare: number;
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

const HEDGE = /\b(?:maybe|perhaps|possibly|i think|i guess|i wonder|could you|would you|if you don'?t mind|sort of|kind of|might)\b/i;
const DIRECT_START = /^(?:please\s+)?(?:give|write|make|fix|show|list|tell|explain|do|find|create|add|remove|change|use|send|summari[sz]e|translate|what|how|why|when|where|which|who)\b/i;
const INFORMAL = /\b(?:lol|lmao|omg|gonna|wanna|gotta|kinda|yeah|yep|nope|hey|thx|pls|u|ur|btw|haha+)\b|!{2,}|[\u{1F300}-\u{1FAFF}]/iu;
const CONTRACTION = /\b\w+'(?:s|re|ve|ll|d|m|t)\b/i;
const POSITIVE = /\b(?:thanks?|thank you|great|awesome|perfect|love|nice|cool|amazing|good|glad|happy|excellent|helpful)\b/gi;
const NEGATIVE = /\b(?:wrong|bad|hate|annoying|terrible|awful|useless|frustrat\w*|angry|sad|broken|worse|stupid)\b/gi;

export function computeStyle(userTexts: string[]): StyleProfile {
  const n = userTexts.length;
  let wordsSum = 0;
  let direct = 0;
  let formal = 0;
  let pos = 0;
  let neg = 0;
  let questions = 0;
  const scriptCounts = new Map<string, number>();
  let letters = 0;
  for (const text of userTexts) {
    const w = words(text);
    wordsSum += w.length;
    const t = text.trim();
    if (DIRECT_START.test(t) && !HEDGE.test(t)) direct++;
    let f = 0;
    if (/^\p{Lu}/u.test(t)) f += 0.35;
    if (/[.?!]$/.test(t)) f += 0.25;
    if (!INFORMAL.test(t)) f += 0.25;
    if (!CONTRACTION.test(t)) f += 0.15;
    formal += f;
    pos += t.match(POSITIVE)?.length ?? 0;
    neg += t.match(NEGATIVE)?.length ?? 0;
    if (t.includes('?')) questions++;
    for (const ch of t) {
      if (!/\p{L}/u.test(ch)) continue;
      letters++;
      const s = SCRIPTS.find(([, re]) => re.test(ch));
      const name = s ? s[0] : 'Other';
      scriptCounts.set(name, (scriptCounts.get(name) ?? 0) + 1);
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const scripts: Record<string, number> = {};
  for (const [k, c] of [...scriptCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const share = round(c / Math.max(1, letters));
    if (share >= 0.01) scripts[k] = share;
  }
  return {
    turns: n,
    avgWords: n ? Math.round((wordsSum / n) * 10) / 10 : 0,
    directness: n ? round(direct / n) : 0,
    formality: n ? round(formal / n) : 0,
    tone: pos + neg ? round((pos - neg) / (pos + neg)) : 0,
    scripts,
    questionShare: n ? round(questions / n) : 0,
  };
}


/**
 * One neutral line, only what the numbers show with confidence: how long the user's messages are, and the scripts
 * they write in when more than one. No judgement of tone, politeness or formality: those guesses read as verdicts
 * ("hedged", "critical") and are wrong as often as not on a few dozen messages.
 */
export function describeStyle(s: StyleProfile): string {
  const length = s.avgWords < 12 ? 'short' : s.avgWords < 40 ? 'medium-length' : 'long';
  const scripts = Object.entries(s.scripts).filter(([, v]) => v >= 0.1);
  const langs = scripts.length > 1 ? `; writes in ${scripts.map(([k, v]) => `${k} (${Math.round(v * 100)}%)`).join(' and ')}` : '';
  return `Usually writes ${length} messages (about ${Math.round(s.avgWords)} words)${langs}.${length === 'short' ? ' Brief answers suit them.' : ''}`;
}
