/**
 * How the user wants to be addressed, when that changes: "please stop calling me Sam", "no nickname at all from now
 * on, just Samantha", "go back to calling me Kate", "call me by my full name". The form asked for before stays the
 * current one until something says otherwise, so a change has to retire it: a new form fills the same slot
 * ('user/call-me') and supersedes it; a form given up with nothing in its place is retracted from that slot.
 */

export interface AddressChange {
  /** The form the user no longer wants ("Sam"). */
  drop?: string;
  /** The form wanted now ("Samantha", "their full name"). */
  now?: string;
}

// One name as typed, capitalised or not ("sam", "Mary-Jo", "D'Arcy"), or two ("Mary Jo").
const NAME = String.raw`([\p{L}][\p{L}'’-]{0,24}(?: \p{Lu}[\p{L}'’-]{0,24})?)`;
// Where a name ends: punctuation, or a word that goes on with the sentence.
const NAME_END = String.raw`(?=\s*(?:[,.;:!?()\n]|$|\p{Extended_Pictographic})|\s+(?:any ?more|again|please|pls|plz|thanks|thx|from now on|going forward|in (?:future|everything|emails?|replies)|for short|instead|though|either|or|and|but|so|because|since|it'?s|lol|haha|[-–—])\b)`;
// Words that follow "call me" without being a name: "don't call me late at night", "stop calling me out on it".
const NOT_A_NAME =
  /^(?:a|an|the|that|this|it|him|her|them|back|later|late|early|before|after|at|on|in|out|up|tomorrow|today|tonight|now|ever|again|anymore|any|every|when|if|crazy|names?|old|lazy|stupid|dumb|sir|madam|ma'?am|by|whatever|please|pls|so|too|just|only|anything|something|nothing|mine|first|right|wrong|about|during|while|until|unless)$/i;

/** "don't call me Sam", "stop calling me Sammy", "quit calling me Sam please", "no more calling me Sam". */
const STOP = new RegExp(String.raw`\b(?:don'?t|do not|dont|stop|quit|no more|never)\s+(?:ever\s+)?call(?:ing)?\s+me\s+["'“]?${NAME}["'”]?${NAME_END}`, 'iu');
/** "i've gone off Sam as a nickname", "I'm over 'Sammy' as a name", "not a fan of Sam anymore as a nickname". */
const OFF_AS_NAME = new RegExp(String.raw`\b(?:gone off|(?:I'?m|I am) (?:so )?over|gotten tired of|got tired of|tired of|done with)\s+["'“]?${NAME}["'”]?\s+as\s+(?:a\s+|my\s+)?(?:nick ?name|name)\b`, 'iu');
/** "no nickname at all, just Samantha", "no more nicknames please — Samantha is fine", "drop the nickname, it's Sam". */
const NO_NICKNAME = /\b(?:no (?:more )?nick ?names?|(?:drop|lose|ditch|forget) (?:the |that |my )?nick ?name)\b/i;
/** The form asked for in the same breath: "just Samantha", "Samantha is fine", "it's Samantha", "call me Samantha". */
const INSTEAD = [
  new RegExp(String.raw`\b(?:just|only|simply|plain)\s+["'“]?${NAME}["'”]?${NAME_END}`, 'u'),
  new RegExp(String.raw`(?:^|[,;:.—–-]\s*|\bthen\s+)["'“]?(\p{Lu}[\p{L}'’-]{1,24})["'”]?\s+(?:is (?:fine|good|great|ok|okay|perfect|better)|please|pls)\b`, 'u'),
  new RegExp(String.raw`(?:^|[,;:.—–-]\s*)(?:it'?s|it is|I'?m)\s+["'“]?(\p{Lu}[\p{L}'’-]{1,24})["'”]?${NAME_END}`, 'u'),
  new RegExp(String.raw`\b(?:call|address)\s+me\s+["'“]?${NAME}["'”]?${NAME_END}`, 'iu'),
];
/** "go back to calling me Kate", "you can call me Sam again". */
const BACK_TO = new RegExp(String.raw`\b(?:(?:go|went|switch|switched) back to|back to) call(?:ing)? me\s+["'“]?${NAME}["'”]?${NAME_END}|\bcall me\s+["'“]?${NAME}["'”]?\s+again\b`, 'iu');
/** "call me by my full name", "use my real name", "address me by my first name". */
const BY_MY_NAME = /\b(?:call|address|refer to) me by my (full|real|first|given|proper|legal) name\b|\buse my (full|real|first|given|proper|legal) name\b/i;

// Who asks: the user, to the assistant ("please don't…", "can you stop…"), not "my friends never call me Sam".
const ASKED_LEAD = /(?:^|[,;:.!?—–-]\s*|\b(?:please|pls|plz|can you|could you|would you|will you|can u|and|so|just|ok|okay|but|also|oh|and also|seriously|honestly|btw|you|u)\s+)$/i;
const HYPOTHETICAL = /^(?:if|suppose|supposing|imagine|pretend|assume|let'?s say|what if|say)\b/i;

const usable = (name: string | undefined): string | undefined => {
  // The patterns read case-insensitively, so a second word counts as part of the name only when it is capitalised.
  const [first, second] = (name ?? '').trim().split(' ');
  const n = second && /^\p{Lu}/u.test(second) ? `${first} ${second}` : first;
  return n && !NOT_A_NAME.test(n) && !/\d/.test(n) ? n : undefined;
};

/** The change of address a sentence states, if any. */
export function addressChange(s: string): AddressChange | null {
  if (HYPOTHETICAL.test(s)) return null;
  const back = BACK_TO.exec(s);
  const again = usable(back?.[1] ?? back?.[2]);
  if (again) return { now: again };
  const stop = STOP.exec(s);
  const asked = stop && ASKED_LEAD.test(s.slice(0, stop.index)) ? stop : null;
  const dropped = usable(asked?.[1]) ?? usable(OFF_AS_NAME.exec(s)?.[1]);
  const noNickname = NO_NICKNAME.test(s);
  if (!dropped && !noNickname) return null;
  const byName = BY_MY_NAME.exec(s);
  let now: string | undefined = byName ? `their ${(byName[1] ?? byName[2])!.toLowerCase()} name` : undefined;
  for (const re of INSTEAD) {
    if (now) break;
    const m = re.exec(s);
    const name = usable(m?.[1]);
    if (name && name.toLowerCase() !== dropped?.toLowerCase()) now = name;
  }
  if (!dropped && !now) return null;
  return { ...(dropped ? { drop: dropped } : {}), ...(now ? { now } : {}) };
}

/** "And it's Bea, please!", "it's Bea, not Beatrice": a name given as the one to use… */
const ITS_NAME = /(?:^|[,;:.!—–-]\s*|\b(?:[Aa]nd|[Oo]h|[Bb]ut|[Aa]lso|[Oo]k|[Oo]kay|[Ss]o)\s+)(?:[Ii]t'?s|[Ii]t is)\s+["'“]?(\p{Lu}[\p{L}'’-]{1,24})["'”]?(?:,?\s+(?:please|pls)\b|,?\s+not\s+["'“]?(\p{Lu}[\p{L}'’-]{1,24})\b|\s*!|\s*$)/u;
/** …where the turn is about what the user is called ("only my mother called me Beatrice", "my name"). */
const ABOUT_NAMING = /\b(?:call(?:ed|s|ing)? me|my (?:name|nickname)|(?:go|goes|went) by)\b/i;
const CALLED_ME = /\bcall(?:ed|s)? me\s+["'“]?(\p{Lu}[\p{L}'’-]{1,24})/u;

/**
 * The name to use, said as a correction in a turn about naming: "Lovely, thanks. And it's Bea, please! Only my mother
 * called me Beatrice." Without a word about naming in the turn, "it's Paris, not Lyon" is a place.
 */
export function nameToUse(s: string, turnText: string): AddressChange | null {
  const m = ITS_NAME.exec(s);
  if (!m || HYPOTHETICAL.test(s) || !ABOUT_NAMING.test(turnText)) return null;
  const now = usable(m[1]);
  if (!now) return null;
  const other = m[2] ?? CALLED_ME.exec(turnText)?.[1];
  const drop = other && other.toLowerCase() !== now.toLowerCase() ? usable(other) : undefined;
  return { now, ...(drop ? { drop } : {}) };
}
