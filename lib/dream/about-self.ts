/**
 * What users say about themselves that shapes every answer: their time zone ("I'm on Pacific time"), the languages they
 * speak ("fluent in French and Arabic", "English isn't my first language"), how new they are to something ("I'm a
 * beginner at python"), how they learn ("a visual learner"), whether they are a morning person, the team they follow.
 */

export interface SelfFact {
  kind: 'fact' | 'preference';
  slot?: string;
  text: string;
  value: string;
  importance: number;
}

const ZONE_NAMES = String.raw`(?:pacific|mountain|central|eastern|atlantic|alaska|hawaii|gulf|british summer|greenwich|central european|eastern european|western european|india|indian|japan|korea|china|singapore|australian eastern|australian western|new zealand)`;
/** "I'm on Pacific time", "I'm in CET", "my timezone is GMT+8", "I live on IST". */
const ZONE = new RegExp(
  String.raw`\b(?:I(?:'m| am) (?:on|in)|I live on|my time ?zone(?: is|'s)|time ?zone(?: here)? is)\s+((?:${ZONE_NAMES})(?: standard| daylight)? time|(?:UTC|GMT)\s?[+-−]\s?\d{1,2}(?::\d{2})?|(?:[PMCE][SD]?T|CET|CEST|EET|EEST|WET|WEST|BST|GMT|UTC|IST|JST|KST|SGT|AEST|AEDT|AWST|NZST|NZDT|HKT|ICT|WIB|PHT))\b`,
  'iu',
);
const LANGUAGE = String.raw`(English|French|German|Spanish|Portuguese|Italian|Dutch|Polish|Czech|Swedish|Norwegian|Danish|Finnish|Greek|Turkish|Arabic|Hebrew|Persian|Farsi|Hindi|Urdu|Bengali|Punjabi|Tamil|Telugu|Marathi|Gujarati|Russian|Ukrainian|Romanian|Hungarian|Serbian|Croatian|Bulgarian|Slovak|Slovenian|Lithuanian|Latvian|Estonian|Catalan|Basque|Galician|Welsh|Irish|Japanese|Korean|Chinese|Mandarin|Cantonese|Vietnamese|Thai|Indonesian|Malay|Tagalog|Filipino|Swahili|Amharic|Yoruba|Hausa|Igbo|Zulu|Afrikaans|Icelandic|Albanian|Armenian|Georgian)`;
/** "I'm fluent in French and Arabic", "I speak Polish and a bit of Czech", "my native language is Tamil". */
const FLUENT = new RegExp(String.raw`\bI(?:'m| am) (?:fluent|native|bilingual) in ${LANGUAGE}(?:(?:,| and| &) ${LANGUAGE})?(?:(?:,| and| &) ${LANGUAGE})?`, 'iu');
const NATIVE = new RegExp(String.raw`\b(?:my (?:native|first|mother) (?:language|tongue) is|I(?:'m| am) a native ${LANGUAGE} speaker|I(?:'m| am) a native speaker of) ?${LANGUAGE}?`, 'iu');
const NOT_FIRST = new RegExp(String.raw`\b${LANGUAGE} (?:isn't|is not|ain't) my (?:first|native|mother) (?:language|tongue)\b`, 'iu');
const SPEAKS = new RegExp(String.raw`\bI (?:speak|can speak|understand) (?:(a (?:little )?bit of|some|basic|decent|good|conversational|fluent|okay|ok) )?${LANGUAGE}\b`, 'iu');
/** "I'm a beginner at python", "I'm pretty new to Excel", "I'm an expert in Postgres". */
const LEVEL = /\bI(?:'m| am) (?:a |an |(?:a )?(?:total|complete|absolute|pretty|very|fairly|quite|really) )*(beginner|novice|newbie|intermediate|advanced|expert|new) (?:at|in|with|to|on) ([\p{L}\p{N}+#.' -]{2,30}?)(?=\s+(?:so|and|but|because|please|pls)\b|[,.;!?)]|$)/iu;
/** "I'm a visual learner", "I learn best by doing". */
const LEARNER = /\bI(?:'m| am) (?:more of )?an? (visual|hands-on|auditory|kinesthetic|reading|practical) learner\b|\bI learn best (by (?:doing|example|examples|reading|watching|seeing)|with (?:examples|diagrams|pictures|videos))\b/i;
/** "I'm not a morning person", "I'm a night owl", "I'm an early bird". */
const CHRONOTYPE = /\bI(?:'m| am) (not )?an? (morning person|night owl|early bird|night person|early riser)\b/i;
/** "I'm a huge Arsenal fan", "huge Celtics fan here", "die-hard Packers fan". */
const FAN = /(?:^|\bI(?:'m| am) an? |[,;]\s*)(?:(?:huge|big|massive|die-?hard|lifelong|long-?time|proper|loyal|long[- ]suffering) )+(\p{Lu}[\p{L}'.&-]*(?: \p{Lu}[\p{L}'.&-]*){0,2}) (?:fan|supporter)\b/u;

/** A language as it is written ("french" typed fast is French). */
const language = (v: string) => {
  const name = v.charAt(0).toUpperCase() + v.slice(1).toLowerCase();
  return name === 'Farsi' ? 'Persian' : name === 'Mandarin' ? 'Mandarin Chinese' : name;
};

export function selfStatements(s: string): SelfFact[] {
  const out: SelfFact[] = [];
  const zone = ZONE.exec(s)?.[1];
  if (zone) out.push({ kind: 'fact', slot: 'user/timezone', text: `User's time zone is ${zone.replace(/\b(\p{Ll})/gu, (c) => c.toUpperCase())}.`, value: zone, importance: 0.75 });
  const fluent = FLUENT.exec(s);
  for (const l of fluent ? fluent.slice(1).filter(Boolean) : [])
    out.push({ kind: 'fact', slot: `user/language:${language(l!).toLowerCase()}`, text: `User speaks ${language(l!)} fluently.`, value: l!, importance: 0.7 });
  const native = NATIVE.exec(s);
  const first = native?.[1] ?? native?.[2];
  if (first) out.push({ kind: 'fact', slot: `user/language:${language(first).toLowerCase()}`, text: `User's first language is ${language(first)}.`, value: first, importance: 0.75 });
  const notFirst = NOT_FIRST.exec(s)?.[1];
  if (notFirst) out.push({ kind: 'fact', slot: `user/language:${language(notFirst).toLowerCase()}`, text: `${language(notFirst)} is not User's first language.`, value: notFirst, importance: 0.75 });
  const speaks = SPEAKS.exec(s);
  if (speaks && !fluent) {
    const how = speaks[1] ? ` (${speaks[1].replace(/^a (?:little )?bit of$/i, 'a little').toLowerCase()})` : '';
    out.push({ kind: 'fact', slot: `user/language:${language(speaks[2]!).toLowerCase()}`, text: `User speaks ${language(speaks[2]!)}${how}.`, value: speaks[2]!, importance: 0.65 });
  }
  const level = LEVEL.exec(s);
  if (level && !/^(?:this|that|it|here|town|the area|the city|the job|the team|all this|this stuff)$/i.test(level[2]!.trim())) {
    const what = level[2]!.trim();
    const lvl = level[1]!.toLowerCase() === 'new' || /^(?:novice|newbie)$/i.test(level[1]!) ? 'a beginner' : `${/^[aeiou]/i.test(level[1]!) ? 'an' : 'a'} ${level[1]!.toLowerCase()}`;
    out.push({ kind: 'fact', slot: `user/skill:${what.toLowerCase()}`, text: `User is ${lvl} at ${what}.`, value: what, importance: 0.7 });
  }
  const learner = LEARNER.exec(s);
  if (learner) out.push({ kind: 'preference', slot: 'user/learning-style', text: learner[1] ? `User is a ${learner[1].toLowerCase()} learner.` : `User learns best ${learner[2]!.toLowerCase()}.`, value: learner[1] ?? learner[2]!, importance: 0.65 });
  const chrono = CHRONOTYPE.exec(s);
  if (chrono) out.push({ kind: 'preference', slot: 'user/chronotype', text: `User is ${chrono[1] ? 'not ' : ''}${/^[aeiou]/i.test(chrono[2]!) ? 'an' : 'a'} ${chrono[2]!.toLowerCase()}.`, value: chrono[2]!, importance: 0.6 });
  const fan = FAN.exec(s)?.[1];
  if (fan) out.push({ kind: 'preference', text: `User is a fan of ${fan}.`, value: fan, importance: 0.6 });
  return out;
}
