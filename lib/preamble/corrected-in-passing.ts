/**
 * A figure the user corrected in the same breath: "$185 a week each. actually wait make that $190", "dinner at 7pm,
 * sorry, 8pm", "Miete 900 €, ich meine 950 €". Shown as typed, the line would carry the first figure as if it held;
 * the block marks it instead — "$185 (corrected in the same message to $190)" — and keeps the user's words otherwise.
 * Only a figure of the same kind counts (money for money, a time for a time, a number with the same unit or a bare
 * number after a unit-bearing one), said right after a marker of self-correction, and not one that starts another
 * item ("actually $20 for parking" is a second cost, not the first one corrected).
 */

/** Money, a clock time, or a number with a short unit word: what a person corrects in passing. */
const CURRENCY = String.raw`(?:[$€£¥₹]|(?:US|NZ|AU|CA)\$|kr\.?|R\$|CHF|zł)`;
const NUMBER = String.raw`\d(?:[\d,.]*\d)?`;
const MONEY = String.raw`${CURRENCY}\s?${NUMBER}(?:\s?[kKm]\b)?|${NUMBER}\s?(?:${CURRENCY}|(?:dollars?|bucks|euros?|pounds|quid|francs?|kronor|kroner|złoty|rupees|yen|pesos|reais|lei|rand)\b)`;
const TIME = String.raw`\d{1,2}(?::\d{2})?\s?(?:[ap]m\b|[ap]\.m\.|h\b|Uhr\b)|\d{1,2}:\d{2}`;
/** A count takes the word after it as its unit, or stands bare when no word follows (never both ways, by backtracking). */
const COUNT = String.raw`${NUMBER}(?:\s?(?:%|[a-zA-Z]{1,12}\b)|(?!\s?[a-zA-Z%]))`;

/**
 * Self-correction markers. The strong ones say it whatever comes before them ("make that", "I mean", "anzi"); the
 * weak ones are everyday words ("wait 10 minutes", "sorry 9." in a numbered list) and count only where they open a
 * clause, after a comma, a dash or a stop, or after "no"/"oh".
 */
const STRONG = String.raw`(?:make (?:that|it)|I mean|I meant|no wait|correction:?|scratch that|or rather|je veux dire|quiero decir|mejor dicho|ich meine|Korrektur|anzi|cioè|quer dizer|aliás|ik bedoel)`;
const WEAK = String.raw`(?:(?:[,;.!(—–-]|\b(?:no|oh|uh|um|er))\s*(?:sorry|wait|actually|rather|oops|typo|pardon|perdón|perdon|digo|nein|scusa|desculpa|nee))`;
const MARKER = String.raw`(?:\b${STRONG}|${WEAK})`;

/** Words that may stand between the marker and the new figure: "make that … it's $190", "sorry, more like 8pm". */
const FILLER = String.raw`(?:it'?s|it is|it was|is|was|that'?s|more|like|about|um+|uh+|er+|oh|no|yeah|only|just|really|c'est|es|ist|era|è|é)`;
/**
 * The first figure, up to 80 characters of the same line with no other figure, the marker, up to three filler words,
 * the new figure — not one that starts another item ("for parking") or asks ("wait, is $600 too much?").
 */
const SAID_AGAIN = new RegExp(
  String.raw`(?<![\p{L}\d.,:/#-])(?<first>${MONEY}|${TIME}|${COUNT})(?![.)]\s)(?<between>[^\n\d]{0,80}?)${MARKER}\b[,:!.\s]*(?:${FILLER}[,\s]+){0,3}?(?<second>${MONEY}|${TIME}|${COUNT})(?![\d.,]*\d)(?![-/:]\d)(?!\s*(?:for|on|of|in|to|towards|into|at|from|with|für|pour|para|per)\b)(?![^.!\n]{0,60}\?)`,
  'giu',
);

const NO_UNIT = /^(?:she|he|they|we|i|it|and|but|so|because|since|as|then|now|though|instead|each|a|an|total|tops|max)$/;

type Kind = 'money' | 'time' | 'count';

function kindOf(value: string): { kind: Kind; unit: string; amount: string } {
  if (new RegExp(`^(?:${MONEY})$`, 'iu').test(value)) return { kind: 'money', unit: '', amount: value.replace(/[^\d.,]/g, '') };
  if (new RegExp(`^(?:${TIME})$`, 'iu').test(value)) return { kind: 'time', unit: '', amount: value.replace(/\s/g, '').toLowerCase() };
  const m = /^([\d,.]+)\s?(.*)$/.exec(value)!;
  return { kind: 'count', unit: m[2]!.toLowerCase(), amount: m[1]! };
}

/** The two figures are the same kind of thing and differ: a unit said once covers the bare number after it. */
function sameKindDifferent(first: string, second: string): boolean {
  const a = kindOf(first);
  const b = kindOf(second);
  if (a.amount === b.amount) return false;
  if (a.kind === b.kind) return a.kind !== 'count' || a.unit === b.unit || (a.unit !== '' && b.unit === '');
  // "$185 … make that 190 she just texted": the bare number after a sum of money or a time (the word after it is
  // no unit).
  return b.kind === 'count' && a.kind !== 'count' && (b.unit === '' || NO_UNIT.test(b.unit));
}

export function markCorrectedInPassing(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(SAID_AGAIN, (whole, ...args) => {
    const g = args.at(-1) as { first: string; between: string; second: string };
    if (!sameKindDifferent(g.first, g.second)) return whole;
    return `${g.first} (corrected in the same message to ${g.second})${whole.slice(g.first.length)}`;
  });
}

/** The same as a note for the popup's search results, which show a passage as typed: "[corrected in the same message: $185 → $190]". */
export function correctedInPassingNote(text: string): string | undefined {
  if (!/\d/.test(text)) return undefined;
  const pairs = [...text.matchAll(SAID_AGAIN)].flatMap((m) => (sameKindDifferent(m.groups!.first!, m.groups!.second!) ? [`${m.groups!.first} → ${m.groups!.second}`] : []));
  return pairs.length ? `[corrected in the same message: ${pairs.join('; ')}]` : undefined;
}
