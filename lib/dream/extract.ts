import type { MemoryKind } from '../db/schema';

/**
 * The rule-based extractor: durable first-person facts, preferences and instructions, and explicit retractions
 * ("actually, I'm not vegetarian"), from the user's own turns. Always runs, with or without an LLM. Each rule writes a
 * canonical English sentence (so duplicates hash alike) and, where a fact has one current value (where the user
 * lives, works…), a slot key so a later different value supersedes the earlier one.
 */

export type FactKind = Extract<MemoryKind, 'fact' | 'preference' | 'instruction'>;

export interface FactCandidate {
  kind: FactKind;
  text: string;
  /** 'user/location', 'user/allergy:peanuts'…; absent for multi-valued statements (likes, instructions). */
  slot?: string;
  value: string;
  sourceTurnIds: string[];
  occurredAt: number;
  importance: number;
  /** Said as a correction ("actually, …"): an older value in the same slot was wrong, not merely outdated. */
  correction: boolean;
}

export interface Retraction {
  /** What the user says is not (or no longer) true, e.g. 'vegetarian', 'Porto'. */
  value: string;
  slot?: string;
  /** "Actually, I'm not…" (never was: disproven) vs "I no longer…" (was, and changed: superseded). */
  disproven: boolean;
  sourceTurnIds: string[];
  occurredAt: number;
}

export interface ExtractInput {
  id: string;
  text: string;
  at: number;
}

const CORRECTION_PREFIX =
  /^(?:actually|no|nope|wait|sorry|correction|to be clear|that'?s (?:not (?:true|right|correct)|wrong)|not quite)\b[\s,:;.!-]*/i;
const FILLER_PREFIX = /^(?:well|oh|also|btw|by the way|and|so|ok(?:ay)?|hey|fyi|just so you know)\b[\s,:;-]*/i;
// A value ends at punctuation or where a new clause starts.
const VALUE = String.raw`([^,.;!?\n]{1,80}?)(?=\s+(?:and|but|so|because|since|which|where|now|anymore|these days|right now|at the moment|for|with|last|this|next|yesterday|today|tomorrow|recently|ago|a (?:few|couple)|in (?:19|20)\d\d)\b|[,.;!?\n]|$)`;

/** Match groups with absent groups as '' (fixed arity, so rules index them without undefined checks). */
type Groups = [string, string, string, string];
function groups(m: RegExpMatchArray): Groups {
  return [m[0] ?? '', (m[1] ?? '').trim(), (m[2] ?? '').trim(), (m[3] ?? '').trim()];
}

interface Rule {
  re: RegExp;
  make(m: Groups): Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'> | null;
}

const r = (src: string) => new RegExp(src, 'iu');
const short = (v: string, maxWords: number) => v.split(/\s+/).length <= maxWords;
const PRONOUN_START = /^(?:it|that|this|these|those|them|you|your|to|the idea|how|what|when|if)\b/i;

function slotFact(slot: string, text: string, value: string, importance: number, kind: FactKind = 'fact') {
  return { kind, slot: `user/${slot}`, text, value, importance };
}

const RULES: Rule[] = [
  // Identity
  { re: r(String.raw`\bmy name is ${VALUE}`), make: (m) => (short(m[1], 3) ? slotFact('name', `User's name is ${m[1]}.`, m[1], 0.9) : null) },
  { re: r(String.raw`\b(?:je m'appelle|me llamo|ich hei(?:ß|ss)e|meu nome é|mi chiamo) ${VALUE}`), make: (m) => (short(m[1], 3) ? slotFact('name', `User's name is ${m[1]}.`, m[1], 0.9) : null) },
  { re: r(String.raw`\b(?:please )?call me ${VALUE}`), make: (m) => (short(m[1], 2) ? slotFact('call-me', `User wants to be called ${m[1]}.`, m[1], 0.9, 'preference') : null) },
  { re: r(String.raw`\bI(?:'m| am) (\d{1,3}) years? old\b`), make: (m) => slotFact('age', `User is ${m[1]} years old.`, m[1], 0.6) },
  // Where they live
  { re: r(String.raw`\bI (?:currently |now |still )?(?:live|reside|am living|'m living) in ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently )?based in ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\bI (?:just |recently |finally )?(?:moved|relocated) to ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\b(?:j'habite (?:à|a|en|au)|vivo en|ich wohne in|moro em|abito a) ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\bI(?:'m| am) (?:originally )?from ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) ? slotFact('origin', `User is from ${m[1]}.`, m[1], 0.6) : null) },
  // Work
  { re: r(String.raw`\bI (?:currently |now )?work (?:at|for) ${VALUE}`), make: (m) => (short(m[1], 6) ? slotFact('employer', `User works at ${m[1]}.`, m[1], 0.75) : null) },
  { re: r(String.raw`\bI (?:currently |now )?work as (?:an? )?${VALUE}`), make: (m) => (short(m[1], 6) ? slotFact('occupation', `User works as ${article(m[1])}.`, m[1], 0.75) : null) },
  { re: r(String.raw`\bmy job is (?:an? )?${VALUE}`), make: (m) => (short(m[1], 6) ? slotFact('occupation', `User works as ${article(m[1])}.`, m[1], 0.75) : null) },
  // Health and diet
  { re: r(String.raw`\bI(?:'m| am) (?:severely |very |highly )?allergic to ${VALUE}`), make: (m) => slotFact(`allergy:${m[1].toLowerCase()}`, `User is allergic to ${m[1]}.`, m[1], 0.95) },
  { re: r(String.raw`\b(?:je suis allergique (?:à|au|aux)|soy al[ée]rgic[oa] a|ich bin allergisch gegen) ${VALUE}`), make: (m) => slotFact(`allergy:${m[1].toLowerCase()}`, `User is allergic to ${m[1]}.`, m[1], 0.95) },
  { re: r(String.raw`\bI(?:'m| am) (?:now |strictly )?(?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|diabetic)\b`), make: (m) => slotFact('diet', `User is ${m[1].toLowerCase()}.`, m[1].toLowerCase(), 0.8) },
  // Family and pets
  { re: r(String.raw`\bI have an? (dog|cat|puppy|kitten|parrot|rabbit|hamster|horse|bird|turtle|fish) (?:named|called) ${VALUE}`), make: (m) => slotFact(`pet:${m[2].toLowerCase()}`, `User has a ${m[1].toLowerCase()} named ${m[2]}.`, m[2], 0.7) },
  { re: r(String.raw`\bmy (wife|husband|partner|girlfriend|boyfriend|son|daughter|mother|mom|father|dad|sister|brother)(?:'s name)? is (?:named |called )?${VALUE}`), make: (m) => (short(m[2], 3) && /^\p{Lu}/u.test(m[2]) ? slotFact(`family:${m[1].toLowerCase()}`, `User's ${m[1].toLowerCase()} is ${m[2]}.`, m[2], 0.7) : null) },
  // Preferences
  { re: r(String.raw`\bmy (?:favou?rite) ([\p{L} ]{2,30}?) is ${VALUE}`), make: (m) => slotFact(`favorite:${m[1].toLowerCase()}`, `User's favorite ${m[1].toLowerCase()} is ${m[2]}.`, m[2], 0.6, 'preference') },
  { re: r(String.raw`\bI (?:really |much |strongly |generally )?prefer ${VALUE}`), make: (m) => pref('prefers', m[1]) },
  { re: r(String.raw`\bI (?:really |absolutely )?(?:love|like|enjoy) ${VALUE}`), make: (m) => pref('likes', m[1]) },
  { re: r(String.raw`\bI (?:really )?(?:hate|dislike|can't stand|cannot stand|don't like|do not like) ${VALUE}`), make: (m) => pref('dislikes', m[1]) },
  // Instructions
  { re: r(String.raw`^(?:please )?(always|never|don't ever|do not ever) ([^.!?\n]{3,160})`), make: (m) => instruction(`${cap(m[1].toLowerCase().replace(/^(?:don't|do not) ever$/, 'never'))} ${m[2].trim()}.`) },
  { re: r(String.raw`\bfrom now on,? ([^.!?\n]{3,160})`), make: (m) => instruction(`From now on, ${m[1].trim()}.`) },
  { re: r(String.raw`^(?:please )?(?:answer|respond|reply|write|talk to me|speak to me)(?: to me)? in (English|French|Spanish|German|Portuguese|Italian|Dutch|Korean|Japanese|Chinese|Russian|Polish|Turkish)\b`), make: (m) => ({ ...slotFact('reply-language', `Reply to the user in ${cap(m[1])}.`, cap(m[1]), 0.9, 'instruction') }) },
];

function article(v: string): string {
  return /^(?:an?|the)\s/i.test(v) ? v : `${/^[aeiou]/i.test(v) ? 'an' : 'a'} ${v}`;
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function pref(verb: string, value: string) {
  const v = value.trim();
  // "I love that!", "I like it when…", "I like to think…" say nothing durable.
  if (PRONOUN_START.test(v) || !short(v, 8) || v.length < 3) return null;
  return { kind: 'preference' as const, text: `User ${verb} ${v}.`, value: v, importance: 0.55 };
}
function instruction(text: string) {
  return { kind: 'instruction' as const, text, value: text, importance: 0.9 };
}

const RETRACTIONS: { re: RegExp; slot?: string; disprovenAlways?: boolean }[] = [
  { re: r(String.raw`\bI(?:'m| am) not (?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|diabetic)\b`), slot: 'user/diet' },
  { re: r(String.raw`\bI(?:'m| am) no longer (?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|diabetic)\b`), slot: 'user/diet' },
  { re: r(String.raw`\bI(?:'m| am) not allergic to ${VALUE}`) },
  { re: r(String.raw`\bI (?:don't|do not|no longer) live in ${VALUE}`), slot: 'user/location' },
  { re: r(String.raw`\bI (?:don't|do not|no longer) work (?:at|for) ${VALUE}`), slot: 'user/employer' },
  { re: r(String.raw`\bmy name is(?:n't| not) ${VALUE}`), slot: 'user/name' },
  { re: r(String.raw`\bI (?:don't|do not|no longer) (?:like|love|enjoy|prefer) ${VALUE}`) },
  { re: r(String.raw`\bI(?:'m| am) not (?:an? )?${VALUE}`) },
];

/** Splits a turn into sentences (keeps it simple: punctuation or line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function extractFromTurn(turn: ExtractInput): { facts: FactCandidate[]; retractions: Retraction[] } {
  const facts: FactCandidate[] = [];
  const retractions: Retraction[] = [];
  let correcting = false;
  for (const raw of sentences(turn.text)) {
    let s = raw;
    for (let i = 0; i < 3; i++) s = s.replace(FILLER_PREFIX, '');
    // A correction marker also covers the sentence after a bare "That's wrong."
    const isCorrection = CORRECTION_PREFIX.test(s);
    if (isCorrection) s = s.replace(CORRECTION_PREFIX, '');
    correcting ||= isCorrection;
    if (s.length === 0) continue;
    const negated = new Set<string>();
    for (const rr of RETRACTIONS) {
      const m = s.match(rr.re);
      if (!m) continue;
      const value = (m[1] ?? '').trim();
      if (!value || PRONOUN_START.test(value) || negated.has(value.toLowerCase())) continue;
      negated.add(value.toLowerCase());
      // "I'm not X" only counts as a retraction when said as a correction or with "no longer".
      const noLonger = /\bno longer\b|\banymore\b/i.test(s);
      if (!correcting && !noLonger && !/\bdon't|do not\b/i.test(s)) continue;
      retractions.push({
        value,
        slot: rr.slot,
        disproven: correcting && !noLonger,
        sourceTurnIds: [turn.id],
        occurredAt: turn.at,
      });
    }
    if (negated.size > 0) continue;
    for (const rule of RULES) {
      const m = s.match(rule.re);
      if (!m) continue;
      const made = rule.make(groups(m));
      if (!made) continue;
      facts.push({ ...made, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting });
    }
  }
  return { facts, retractions };
}
