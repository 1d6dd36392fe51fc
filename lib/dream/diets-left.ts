/**
 * A way of eating the user left for another, said in the same message: "I'm back on keto as of last week. vegetarian
 * was making me hungry all the time", "going vegan, done with keto", "switched to paleo — low-carb just didn't work".
 * Each diet keeps its own slot (someone may be a vegetarian on keto), so taking up one does not end the other; the
 * words said against the other do. Only when the message takes up a diet, and only of the user's: "my wife is
 * vegetarian" or "vegetarian was hard at first but I love it" (no other diet taken up) end nothing.
 */
const DIETS = String.raw`vegetarian|vegan|pescatarian|keto(?:genic)?|paleo|carnivore|low[- ]carb|plant[- ]based|low[- ]FODMAP|mediterranean`;
const SAID_AGAINST = new RegExp(
  String.raw`(?:^|[.!?;,]\s*|\b(?:the|and|but|so|because|cause|cos|since)\s+)(${DIETS})(?:ism)?(?: diet| thing| life)? (?:was|wasn'?t|didn'?t|did not|never worked|made me|is not for me|isn'?t for me|had me|left me)\b|\b(?:no more|done with|quit|stopped|gave up|giving up|ditch(?:ed|ing)|dropped|dropping|over|finished with|fed up with|sick of) (?:being )?(?:the |a )?(${DIETS})\b`,
  'giu',
);

/** The slot a diet word's fact lives in (everyday-facts.ts and the rules in extract.ts). */
function dietSlot(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  return /^(?:vegetarian|vegan|pescatarian)$/.test(w) ? 'user/diet' : `user/diet:${w === 'ketogenic' ? 'keto' : w}`;
}

/** The diets a message that takes up `adopted` (their slots) speaks of as left behind. */
export function dietsLeft(text: string, adopted: string[]): { value: string; slot: string; said: string }[] {
  if (adopted.length === 0) return [];
  const out: { value: string; slot: string; said: string }[] = [];
  for (const m of text.matchAll(SAID_AGAINST)) {
    const word = (m[1] ?? m[2])!.toLowerCase();
    const slot = dietSlot(word);
    // The diet taken up is not the one left ("keto again — the keto I did before was too strict" is still keto).
    if (adopted.includes(slot) || out.some((o) => o.slot === slot)) continue;
    // Someone else's, just before: "she's vegetarian, and vegetarian was never my thing" still ends nothing of hers.
    if (/\b(?:she|he|they|wife|husband|partner|girlfriend|boyfriend|sister|brother|mum|mom|dad)(?:'s| is| was| are)? [^.!?]{0,20}$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    // The sentence that said it, as a note quotes it.
    const at = m.index ?? 0;
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at), text.lastIndexOf('\n', at)) + 1;
    const end = /[.!?\n]/.exec(text.slice(at + m[0].length));
    out.push({ value: word, slot, said: text.slice(start, end ? at + m[0].length + end.index + 1 : undefined).trim() });
  }
  return out;
}
