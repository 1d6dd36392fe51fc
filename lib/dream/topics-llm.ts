import * as v from 'valibot';
import { terms } from '../engine/text';
import type { ExtractTurn } from '../llm/types';
import { GENERIC_TITLE } from '../preamble/topic';

/**
 * The topics part of the dream's one answer schema: besides its operations, the model may name what the user is
 * working on or dealing with in the turns it was shown ("Kitchen renovation", "Learning Rust"), each name citing the
 * turns it comes from. These become the block's "Lately" lines (named-topics.ts), so a name must be a short label
 * grounded in the user's own words: one that is long, reads as an instruction, says nothing, cites no USER turn, or
 * shares no word with the user turns it cites (an assistant's reply alone suggested it) is dropped, not the answer.
 */

/** At most this many names per answer (more are dropped), each at most this long. */
const MAX_TOPICS = 2;
const MAX_TOPIC_CHARS = 60;
const MAX_TOPIC_WORDS = 6;

export const TOPICS_JSON_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    properties: { name: { type: 'string' }, sourceTurnIds: { type: 'array', items: { type: 'string' } } },
    required: ['name', 'sourceTurnIds'],
    additionalProperties: false,
  },
} as const;

/** The instruction's line about topics. */
export const TOPICS_INSTRUCTION =
  `topics (optional): what the user is working on or dealing with in these turns, at most ${MAX_TOPICS}, each a short ` +
  `name of 2 to ${MAX_TOPIC_WORDS - 1} words in the user's terms ("Kitchen renovation", "Learning Rust", "Job search at ` +
  'fintechs") citing the USER turns it comes from; none for small talk, greetings or a one-off question.';

export interface GatedTopic {
  name: string;
  /** Store turn ids, sorted. */
  sourceTurnIds: string[];
}

const topicSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(MAX_TOPIC_CHARS)),
  sourceTurnIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.minLength(1), v.maxLength(64)),
});

/** Sentence punctuation, markup or brackets: a label has none. */
const NOT_A_LABEL = /[?!:;<>{}[\]|\\`"“”\n]|https?:|www\./i;
/** Addressed to someone (the assistant), or written as an order: an instruction, not a topic. */
const ADDRESSED = /\b(?:you|your|yours|yourself)\b/i;
const IMPERATIVE = /^(?:always|never|don'?t|do not|please|remember|forget|ignore|tell|say|reply|respond|make sure)\b/i;
/** Names that say nothing of what the user works on. */
const VACUOUS =
  /^(?:(?:general|casual|random|misc(?:ellaneous)?|various|other|small|quick)\s+)?(?:chat(?:ting)?|conversation|talk|questions?|help|assistance|topics?|stuff|things|greetings?|small talk|the user|user|life|everything)$/i;

export interface TopicCheck {
  /** The request's turns by local ref and by store id. */
  byRef: ReadonlyMap<string, ExtractTurn>;
  /** Whether text restates Reverie's own block (never learned back). */
  restatesBlock: (text: string) => boolean;
}

/** The names of an answer's `topics` that pass, and how many were dropped. `raw` is whatever the model wrote there. */
export function gateTopics(raw: unknown, check: TopicCheck): { topics: GatedTopic[]; dropped: number } {
  if (raw === undefined) return { topics: [], dropped: 0 };
  if (!Array.isArray(raw)) return { topics: [], dropped: 1 };
  const topics: GatedTopic[] = [];
  let dropped = 0;
  for (const item of raw) {
    const topic = topics.length < MAX_TOPICS ? gateTopic(item, check) : null;
    if (topic && !topics.some((t) => t.name.toLowerCase() === topic.name.toLowerCase())) topics.push(topic);
    else dropped++;
  }
  return { topics, dropped };
}

function gateTopic(item: unknown, { byRef, restatesBlock }: TopicCheck): GatedTopic | null {
  const p = v.safeParse(topicSchema, item);
  if (!p.success) return null;
  const name = p.output.name.replace(/\s+/g, ' ').replace(/^['‘’(]+|['‘’).,]+$/g, '').trim();
  const words = name.split(' ');
  if (name.length < 3 || words.length > MAX_TOPIC_WORDS || !/\p{L}/u.test(name)) return null;
  if (restatesBlock(name) || NOT_A_LABEL.test(name) || ADDRESSED.test(name) || IMPERATIVE.test(name) || VACUOUS.test(name) || GENERIC_TITLE.test(name)) return null;
  const cited = [...new Set(p.output.sourceTurnIds.map((id) => id.trim()))].map((id) => byRef.get(id));
  if (cited.some((t) => !t)) return null;
  const userTurns = cited.filter((t): t is ExtractTurn => t!.role === 'user');
  if (userTurns.length === 0) return null;
  // Grounded in the user's own words: a name none of whose words the user said came from elsewhere (a reply).
  const said = new Set(userTurns.flatMap((t) => terms(t.text)));
  if (!terms(name).some((t) => said.has(t))) return null;
  return { name: name.charAt(0).toUpperCase() + name.slice(1), sourceTurnIds: [...new Set(cited.map((t) => t!.id))].sort() };
}
