/**
 * What the user's own things are called: "my business is called Patinhas Sobre Rodas", "I named my podcast Tales From
 * The Pit", or just "Patinhas Sobre Rodas 🐾" in reply to "What's the business going to be called?". The name is what
 * the next chat needs for a caption, a sign or an email, and it is rarely said twice. One slot per kind of thing, so a
 * business renamed supersedes its old name. Pets (possessions and extract.ts) and people (partners, children) have
 * rules of their own.
 */

export interface NamedThingFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Things a person names: what they run, make, record or live in. */
const THING = String.raw`(business|company|shop|store|bakery|caf[eé]|salon|studio|stall|brand|label|startup|agency|restaurant|food truck|van|boat|podcast|channel|blog|newsletter|band|choir|team|club|novel|zine|app|farm|house|cottage|EP|album|record|single|mixtape|book|collection|exhibition|show|play|game)`;
// A name as typed: quoted, or capitalised words with the small words names keep between them ("Tales From The Pit",
// "Patinhas Sobre Rodas", "Salt & Crumb").
const CAP = String.raw`(?!I\b)\p{Lu}[\p{L}\p{N}'’&.-]*`;
const JOIN = String.raw`(?:of|the|and|de|da|do|das|dos|del|la|le|les|sobre|von|van|on|in|for|at|a|an|&|n'|'n')`;
const NAME = String.raw`(?:["“‘']([^"”’'\n]{2,40})["”’']|(${CAP}(?:\s+(?:${JOIN}\s+){0,2}${CAP}){0,5}))`;
const OWN = String.raw`(?:my|our)\s+(?:(?:new|own|little|small|family)\s+)?`;

// The words before a name, read in any case; the name after them is read case and all (a flag for case would let
// \p{Lu} match lower case too, and "my shop is called that because…" name nothing).
const SAID = [
  // "my business is called X", "our bakery's name is X", "my podcast, called X", "our van will be called X".
  new RegExp(String.raw`\b${OWN}${THING}(?:'s name is|\s+is\s+(?:called|named)|\s+(?:will be|is going to be|'s going to be|'ll be)\s+called|,?\s+(?:called|named))\s+`, 'giu'),
  // "I named my podcast X", "we're calling our shop X", "decided to call my stall X".
  new RegExp(String.raw`\b(?:I|we)(?:(?:'ve| have)?\s+(?:named|called|decided to (?:call|name)|want to (?:call|name))|(?:'m| am|'re| are)\s+(?:calling|naming)|(?:'ll| will|'m going to| am going to|'re going to| are going to)\s+(?:call|name))\s+${OWN}${THING}\s+`, 'giu'),
];
const NAME_AT = new RegExp(String.raw`^${NAME}`, 'u');
const NAME_ALONE = new RegExp(String.raw`^${NAME}$`, 'u');

/** The assistant asking what the user's thing is (to be) called. */
const ASKS_NAME = [
  new RegExp(String.raw`\bwhat(?:'s| is| will| would)?\s+(?:be\s+)?(?:the\s+)?name\s+(?:of|for)\s+(?:the|your|this)\s+(?:new\s+)?${THING}(?![\p{L}\p{N}])`, 'iu'),
  new RegExp(String.raw`\bwhat(?:'s| is| will)?\s+(?:the|your)\s+(?:new\s+)?${THING}(?:'s name\b|\s+(?:going to be\s+|gonna be\s+)?(?:called|named)\b)`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(?:will|would|are|do)\s+you\s+(?:going to\s+|gonna\s+)?(?:call|name)\s+(?:the|your|this)\s+(?:new\s+)?${THING}(?![\p{L}\p{N}])`, 'iu'),
  // "What are you thinking of calling the EP?", "what are you planning to name the shop?"
  new RegExp(String.raw`\bwhat\s+(?:are|were)\s+you\s+(?:thinking of|thinking about|planning (?:on|to)|hoping to|going to|gonna)\s+(?:call(?:ing)?|nam(?:e|ing))\s+(?:the|your|this)\s+(?:new\s+|first\s+|debut\s+)?${THING}(?![\p{L}\p{N}])`, 'iu'),
];
/** Short replies that name nothing: "Not sure yet", "No idea", "Maybe later". */
const NO_NAME = /^(?:yes|yeah|yep|no|nope|not sure|no idea|idk|dunno|maybe|haven'?t|undecided|tbd|still|nothing|none|good question|hmm|ok|okay|thanks|thank you|same|later|dunno yet)\b/i;
const MAX_REPLY_WORDS = 8;

function fact(thing: string, name: string): NamedThingFact {
  const kind = thing.toLowerCase().replace('cafe', 'café');
  const value = name.trim().replace(/[.,;:!]+$/, '');
  // "EP" is written in capitals whatever the case it was typed in.
  const said = kind === 'ep' ? 'EP' : kind;
  return { kind: 'fact', slot: `user/name:${kind}`, text: `User's ${said} is called ${value}.`, value, importance: 0.7 };
}

/** Names said in a sentence of the user's. */
export function namesOfThings(sentence: string): NamedThingFact[] {
  for (const re of SAID) {
    for (const m of sentence.matchAll(re)) {
      const n = NAME_AT.exec(sentence.slice(m.index + m[0].length));
      const name = n && (n[1] ?? n[2]);
      if (name && !NO_NAME.test(name)) return [fact(m[1]!, name)];
    }
  }
  return [];
}

/** A short reply that is the name the assistant just asked for ("Patinhas Sobre Rodas 🐾"). */
export function nameAnswered(replyTo: string | undefined, reply: string): NamedThingFact | null {
  if (!replyTo) return null;
  const questions = replyTo.match(/[^.!?\n]*\?/g) ?? [];
  let thing: string | undefined;
  for (const q of questions) for (const re of ASKS_NAME) thing ??= re.exec(q)?.[1];
  if (!thing) return null;
  const text = reply
    .replace(/\p{Extended_Pictographic}|\u{FE0F}/gu, ' ')
    .trim()
    .replace(/^(?:it(?:'s| is|'ll be| will be)|we(?:'re| are) (?:calling|naming) it|(?:I'm|I am) (?:calling|naming) it|called|going with)\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (text === '' || text.split(/\s+/).length > MAX_REPLY_WORDS || NO_NAME.test(text)) return null;
  const m = NAME_ALONE.exec(text);
  const name = m && (m[1] ?? m[2]);
  return name ? fact(thing, name) : null;
}
