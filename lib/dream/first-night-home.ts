/**
 * A new home told by the first night slept there, in a message that says the user moved: "moved, and my back hurts.
 * handed the landlord the keys and slept the first night in the mount vernon house", "ok moved jor!! gave mr leung back
 * the keys, first night in tuen mun so quiet". The place of the first night is where the user lives now. Without the
 * move said ("first night in Lisbon was amazing", "first night at the beach house") it is a trip or a stay, and nothing
 * is read; nor is a move said of something else ("moved the couch") or not done ("haven't moved yet").
 */

export interface FirstNightHomeFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** What a home is called after the place's name: "the mount vernon house", "our Leith flat". */
const HOME = String.raw`(?:house|flat|apartment|apt|place|home|condo|bungalow|townhouse|duplex)`;

/** "first night in the mount vernon house": the place is the words before the kind of home. */
const IN_THE_HOME = new RegExp(String.raw`\bfirst (?:night|nite) (?:in|at) (?:the|our|my) (?:new )?((?:[\p{L}'’-]+ ){1,3}?)${HOME}\b`, 'iu');

/** "first night in tuen mun so quiet": the place is the words up to where the sentence goes on. */
const IN_THE_PLACE = new RegExp(
  String.raw`\bfirst (?:night|nite) (?:in|at) (?!(?:the|a|an|my|our|his|her|their|this|that|ages|years|weeks|months|forever|a while|hospital|bed)\b)([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:so|and|was|is|its|it's|feels|felt|went|has|had|already|tonight|finally|ever|with|lol|haha|la|lah|lor|jor|ah|wow)\b)`,
  'iu',
);

/** Words of a home's description, not of a place: "the new big house", "the rented flat". */
const NOT_A_PLACE = /^(?:new|old|big|little|small|tiny|rented|empty|own|first|other|next|same|whole|actual|real|beach|holiday|vacation|summer|airbnb|hotel|guest|lake|ski|family)$/iu;

/** A move the message says was made: "moved", "moved in", "moving day", "keys back", never "moved the couch" or "not moved". */
const MOVED = /(?<!\b(?:not|never|haven'?t|hasn'?t|havent|hasnt|didn'?t|didnt|almost|nearly)\s+(?:yet\s+)?)\b(?:moved(?!\s+(?:the|my|our|a|an|it|them|this|that|his|her|some|all|everything|things|stuff|money|on|up|over|around|forward|back)\b)|moving day|moved in|(?:gave|handed|turned)\b[^.!?\n]{0,30}\bkeys? back|(?:gave|handed|turned) (?:back|in) (?:the |my |our )?keys?)/iu;

/** Where the user lives now, told by a first night there in a message that says they moved; else nothing. */
export function firstNightHome(sentence: string, message: string): FirstNightHomeFact[] {
  if (!MOVED.test(message)) return [];
  const home = IN_THE_HOME.exec(sentence);
  const words = (home?.[1] ?? IN_THE_PLACE.exec(sentence)?.[1])?.trim().split(/\s+/u).filter((w) => !NOT_A_PLACE.test(w));
  if (!words || words.length === 0) return [];
  const place = words.join(' ');
  return [{ kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 }];
}
