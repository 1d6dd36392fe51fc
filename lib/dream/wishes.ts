/**
 * A wish the user holds for later, said as one: "i kinda want to study abroad in japan someday", "my dream is to open
 * a bakery", "I'd love to live in Lisbon one day", "I've always wanted to learn the cello". It says who they are as
 * much as a fact does, and it is kept as a wish — never as a plan or a decision, which the words do not say. Without a
 * word of "some day" or of a dream, "I want to …" is most often about the task in hand ("I want to fix this loop"),
 * so those are left alone, as are wishes denied ("I don't want to …"), supposed ("if I want to …") or asked ("could I
 * live in Oslo one day?"), and someone else's ("my son wants to …").
 */
export interface WishFact {
  kind: 'fact';
  /** Wishes fill no slot: several stand side by side. */
  slot?: undefined;
  text: string;
  value: string;
  importance: number;
}

const SOMEDAY = String.raw`(?:some ?day|one day|eventually|in the future|later in life|before I die|when I retire|when I'?m older|in a few years)`;
/** What is wished: a verb and its object, cut before a time, an aside or another clause. */
const WISHED = String.raw`((?:[\p{L}\p{N}'’-]+ ){0,8}?[\p{L}\p{N}'’-]+)`;
const WANT = String.raw`\bI(?:(?:'ve| have)? (?:kinda |kind of |really |truly |secretly |still |also |always |honestly )*(?:(?:want|wanted|would love|hope) to|wanna)|['’]d (?:really |so )?love to)`;
const SOMEDAY_WISH = new RegExp(String.raw`${WANT}() ${WISHED},? ${SOMEDAY}\b`, 'iu');
const ALWAYS_WANTED = new RegExp(String.raw`\bI(?:'ve| have) always wanted (to) ${WISHED}(?=\s*(?:[,.;!?()]|$)|\s+(?:but|and|so|though|because)\b)`, 'iu');
const DREAM_IS = new RegExp(
  String.raw`\b(?:my (?:big |biggest |real |secret |life'?s |long[- ]term )?(?:dream|ambition|goal in life)|it'?s (?:been )?my (?:big |biggest |secret )?dream)(?: is|'s)? (to|of) ${WISHED}(?=\s*(?:[,.;!?()]|$)|\s+(?:but|so|though|because|some ?day|one day)\b)`,
  'iu',
);
/** Said against it, supposed or asked about: no wish of the user's. */
const NOT_SAID = /\b(?:don'?t|do not|doesn'?t|never|if|whether|unless|would you|do you|does he|does she|they|he|she|should|could|can|how|what|why)\b[^,;:]*$/i;
/**
 * A wish whose object is only a pointer ("go there", "try one out", "try some of those dishes") says nothing without
 * what it points at; one that opens on a clause ("I hope they bring it back") or "make sure" is no wish for a life; a
 * wish to "see more" of something is a hope for the world, not a plan of the user's.
 */
const POINTER = /\b(?:there|it|that|this|these|those|them|him|her|you|one|ones)\b|\b(?:some|more)$/i;
const NO_LIFE_WISH = /^(?:I|we|they|he|she|you|it|there|that|the|make sure|see (?:even |much |a lot |a bit )?(?:more|less|fewer|better|progress|change))\b/i;
const EMPTY_OBJECT = /^(?:it|that|this|them|do (?:it|that|this)|go|be|know|see|try|have|get|make|say|ask|check|talk|help|understand|learn more)$/i;

/**
 * A wish the same message says has come true or is under way ("I've always wanted to learn Spanish. I just started",
 * "a dream come true, as I've always wanted to …"): no wish now.
 */
const FULFILLED =
  /\b(?:(?:a )?dreams? (?:come|came|comes) true|I(?:'ve| have)? (?:just |finally |recently )?(?:started|begun|began)|I(?:'m| am) (?:now |finally )?(?:doing|learning|taking|working on|building)|finally (?:did|got|have|made))\b/i;

/** The wishes a sentence states; `message` is the whole message it is from. */
export function wishes(sentence: string, message = sentence): WishFact[] {
  if (FULFILLED.test(message)) return [];
  for (const re of [SOMEDAY_WISH, ALWAYS_WANTED, DREAM_IS]) {
    const m = re.exec(sentence);
    // A "?" after the wish is as often feeling as a question ("like kyoto??"); a question is known by how it opens.
    if (!m || NOT_SAID.test(sentence.slice(0, m.index))) continue;
    const what = m[2]!.replace(/^(?:be able to|finally|actually|really) /i, '').trim();
    // One word ("travel", "work") says too little to keep.
    if (EMPTY_OBJECT.test(what) || POINTER.test(what) || NO_LIFE_WISH.test(what) || !/\s/.test(what)) continue;
    // "my dream is of Japan" names no verb: a dream of a place reads as going there; "my dream of opening a café" is
    // left alone (its verb is a gerund the sentence would have to be rewritten for).
    if (m[1]!.toLowerCase() === 'of' && /^\p{Ll}+ing\b/u.test(what)) continue;
    const own = what.replace(/\bmy\b/gi, 'their').replace(/\bmyself\b/gi, 'themselves');
    if (/\b(?:I|me)\b/.test(own)) continue;
    const wish = m[1]!.toLowerCase() === 'of' ? `go to ${own}` : own;
    return [{ kind: 'fact', text: `User would like to ${wish} some day (a wish, not a plan).`, value: wish, importance: 0.6 }];
  }
  return [];
}
