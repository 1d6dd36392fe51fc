/**
 * The words of a claim the user takes back: "earlier I said X, that was wrong", "te dije que X, eso estaba mal". Spelled
 * once, for the rule that retracts the claim (extract.ts) and for the change marker that notes it where no rule did
 * (later-updates.ts). Regex sources, without flags.
 */

/**
 * Words that own a mistake in the sentence they stand in: "correction", "I misspoke", "I mixed them up", "I got it
 * wrong", "my mistake", "my bad", "that was a typo". The sentence (and, in extract.ts, the rest of the turn) corrects
 * something; not-that-one.ts reads "it's not X" beside them as the value had wrong. "my error" only as a whole remark,
 * not "my error log".
 */
export const OWNS_A_MISTAKE = String.raw`correction|I (?:was wrong|made a mistake)|(?:I|I've|I have) (?:mis-?spoke|mis-?typed|mixed (?:it|them|those|these|the two|things|that) up|mixed up (?=(?:the|my|our|those|these|them|it|two|which)\b)|muddled (?:it|them|those|these|the two) up|confused (?:them|those|these|the two))|I (?:had|got) (?:it|them|that|those|these|the two) (?:wrong|mixed up|muddled up|backwards)|my (?:mistake|bad|error(?=\s*(?:[,.;:!—–)-]|$)))|(?:that|it) was a typo`;

/** "I said", "I told you": the user quoting themselves. */
export const I_SAID = String.raw`\bI (?:said|told you|wrote|mentioned|claimed)`;
/** "that was wrong", "it's not true", "this was a mistake", and "thats wrong" typed without its apostrophe. */
export const WAS_WRONG = String.raw`(?:(?:that|this|it)(?:'s|’s| is| was)|thats)(?: (?:a|the))? (?:wrong|not (?:true|right|correct|accurate)|mistake|incorrect|inaccurate|untrue)\b`;

/** "I said" in Dutch, French, Spanish, German, Italian and Portuguese. */
export const I_SAID_ELSEWHERE = String.raw`(?:ik )?heb (?:je |jou |u )?(?:\p{L}+ ){0,3}?(?:gezegd|verteld|geschreven)|j'ai (?:\p{L}+ ){0,2}?(?:dit|écrit)|(?:te |le |les |os )?dije|ich habe (?:dir |ihnen |euch )?(?:\p{L}+ ){0,3}?(?:gesagt|geschrieben)|(?:ti |le |vi )?ho (?:\p{L}+ ){0,2}?detto|(?:eu )?(?:te |lhe |vos )?disse`;
/** "that" before the verdict in those languages. */
export const THAT_ELSEWHERE = String.raw`dat|c'|ça|das|eso|esto|ciò|questo|isso|isto`;
/** "was wrong", "was not true" in those languages. */
export const WAS_WRONG_ELSEWHERE = String.raw`klopte niet|klopt niet|was fout|was verkeerd|était faux|est faux|était une erreur|n'était pas vrai|war falsch|ist falsch|stimmt nicht|stimmte nicht|war ein Fehler|era incorrecto|no era cierto|no es cierto|era falso|era un error|estaba mal|está mal|era sbagliato|è sbagliato|non era vero|era un errore|estava errado|está errado|não era verdade|era um erro`;
