import { utcMonth } from '../util/utc-day';

/**
 * A move the user has arranged, with its date: "I am moving to Huy at the end of April", "we're moving to Leeds next
 * month", "I'll be moving to Oslo in June". Said like this, in the present or "will be", with a date, a move is a
 * settled arrangement, not a wish ("we might move to Leeds", "thinking of moving"), and where the user lived before
 * is no longer the home to bring up: the fact fills the location slot, so the old home goes to its history. It keeps
 * the month it was said in, since "at the end of April" reads against it.
 */
export interface DatedMoveFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Either case for the first letter: the pattern reads the place's capital as typed, so it cannot ignore case. */
const eitherCase = (words: string) => words.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const MONTH = eitherCase('january|february|march|april|may|june|july|august|september|october|november|december');
const SEASON = eitherCase('spring|summer|autumn|fall|winter');
/** When: "at the end of April", "in June", "next month", "this summer", "on the 3rd", "in two weeks". */
const WHEN = String.raw`(?:at the (?:end|start|beginning) of (?:${MONTH}|the (?:month|year|summer)|next (?:month|year))|(?:in|by|from) (?:early |late |mid-?)?(?:${MONTH}|${SEASON})|(?:this|next) (?:week|month|year|${SEASON}|${MONTH})|on the \d{1,2}(?:st|nd|rd|th)?|in (?:a|one|two|three|four|five|six|a few|a couple of) (?:weeks?|months?))`;
const DATED_MOVE = new RegExp(
  String.raw`\b(?:I(?:'m| am)|[Ww]e(?:'re| are)|I(?:'ll| will) be|[Ww]e(?:'ll| will) be) (?:finally |officially |actually |now )?moving (?:back |up |down |over |house )?to (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}),? (${WHEN})\b`,
  'u',
);
/**
 * A home's words beside it: "moving to Postgres next month", "moving to Notion in June" move no one. Without a flat, a
 * town, family or a job in the sentence, a capitalised name after "moving to" may be software as well as a place.
 */
const HOME_SIGNS =
  /\b(?:flat|apartment|house|home|place|city|town|village|country|island|neighbou?rhood|suburb|area|address|nearer|closer|family|kids|children|daughter|son|parents|mum|mom|dad|partner|wife|husband|job|school|rent|lease|landlord|movers|removals?|packing)\b/i;
/** A hedge or a condition anywhere in the sentence makes it no arrangement. */
const HEDGED = /\b(?:if|maybe|perhaps|might|probably|possibly|thinking|considering|hope|hoping|unless|would|could|should|not)\b|\?/i;

export function datedMoves(sentence: string, saidAt: number): DatedMoveFact[] {
  const m = DATED_MOVE.exec(sentence);
  if (!m || HEDGED.test(sentence) || !HOME_SIGNS.test(sentence)) return [];
  const place = m[1]!;
  const when = m[2]!.replace(new RegExp(String.raw`\b(?:${MONTH})\b`, 'u'), (w) => w.charAt(0).toUpperCase() + w.slice(1));
  return [{ kind: 'fact', slot: 'user/location', text: `User is moving to ${place} ${when} (as of ${utcMonth(saidAt)}).`, value: place, importance: 0.8 }];
}
