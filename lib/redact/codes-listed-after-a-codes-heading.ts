import type { Finder, SecretSpan } from './rules';

/**
 * BD's round: codes given as a run after the plural word and a colon, each a place and its number, as a handover or a
 * note sums them up: "Codes: paint booth 1980, resin room 5321.", "door codes: side gate 4410; bin store 7702 and
 * loft 0921", "Códigos: portão 4471, arrecadação 8810". The heading says every number in the run is a code, so the
 * place needs no lock's word and a number that reads as a year (a code of four digits may) is masked too. The run ends
 * at its line's end or its sentence's; an entry that is not a name and four to eight digits ends it. Codes of another
 * kind named before the heading ("Discount codes:", "Error codes:", "Postal codes:") are left. CB's round: the heading
 * may say whose or what for before its colon ("Codes for the florist's cold room and the van: cold room 6610, van
 * immobiliser 4187"), in words without a digit or a sentence's end.
 */
const HEADING =
  /(?<![\p{L}])(?:(?:door|gate|keypad|lock|access|alarm|key[ \t]?safe|entry)[ \t]+)?(?:codes|códigos|codigos|codici|kodes|kody|koder|koodit|kodlar|kodok)(?:[ \t]+(?:for|to|of)[ \t]+[^\n:：.!?;\d]{1,60}?)?[ \t]*[:：][ \t]*/giu;
/** One entry: a place of one to five words, then its number; then a comma, a semicolon, "and" or the run's end. */
const ENTRY =
  /(?:the[ \t]+)?(\p{L}[\p{L}\p{N}'’&/-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’&/-]*){0,4})[ \t]*[:=-]?[ \t]*(?<![\p{N}]|[\p{L}\p{N}]-)(\d{4,8})(?![\p{L}\p{N}])[ \t]*(?:[,;](?=[ \t]*\S)|[ \t]+(?:and|und|et|y|e)[ \t]+|&|(?=\.(?:\s|$)|[ \t]*(?:\r?\n|$)))[ \t]*/uy;
/** A word before the heading that makes the codes another kind: a shop's, a postal service's, an error's. */
const OTHER_CODES =
  /(?<![\p{L}])(?:promo|promotion(?:al)?|discount|voucher|coupon|gift|referral|invite|postal|post|zip|area|country|dialling|dialing|error|status|exit|return|response|tracking|product|item|colou?r|tax|airport|station|course|class|module|subject|room|sort|bank|swift|currency|language|region|cost|budget|billing|diagnostic|fault|alarm[ \t]+log|qr|bar)[ \t]*$/iu;

/** Words after the heading's "for" that make the codes another kind (`OTHER_CODES`'s, and another thing's number). */
const OTHER_FOR =
  /(?<![\p{L}])(?:promo|promotion(?:al)?|discount|voucher|coupon|gift|referral|invite|postal|post|zip|area|country|dialling|dialing|error|errors|status|exit|return|response|tracking|product|products|item|items|colou?rs?|tax|airport|station|course|class|module|subject|sort|bank|currency|language|region|cost|billing|diagnostic|fault|qr|bar|parcel|parcels|order|orders|shipping|delivery|invoice|ticket|tickets)(?![\p{L}])/iu;

/** A place's label with a verb or an id's or a number's word in it. */
const PLACE_SAYS_ANOTHER = /(?<![\p{L}])(?:is|was|are|id|ids|number|no|nr)(?![\p{L}])/iu;

/** A place's label that names another kind of number. */
const OTHER_NUMBER = /(?<![\p{L}])(?:phone|tel|mobile|fax|ext|extension|room[ \t]+number|order|invoice|ticket|ref|year|page|price|total)$/iu;

function findCodesListedAfterACodesHeading(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  HEADING.lastIndex = 0;
  for (let h: RegExpExecArray | null; (h = HEADING.exec(text)); ) {
    let at = h.index + h[0].length;
    if (OTHER_CODES.test(text.slice(Math.max(0, h.index - 24), h.index))) continue;
    // What the heading says they are for names another kind ("Codes for the tracking:", "codes for the discount:").
    if (/[ \t](?:for|to|of)[ \t]/i.test(h[0]) && OTHER_FOR.test(h[0])) continue;
    const run: SecretSpan[] = [];
    for (let m: RegExpExecArray | null; ; at = ENTRY.lastIndex) {
      ENTRY.lastIndex = at;
      m = ENTRY.exec(text);
      if (!m || m[0].length === 0) break;
      const place = m[1]!;
      const value = m[2]!;
      // CB's round: a place's label with a verb or an id's word in it is a sentence about another number ("the match ID
      // is GAA-20251219"), and a value glued to letters by a hyphen is a code's own prefix's.
      if (!OTHER_NUMBER.test(place) && !PLACE_SAYS_ANOTHER.test(place) && !/^(\d)\1+$/.test(value)) {
        const start = at + m[0].indexOf(value, m[0].indexOf(place) + place.length);
        run.push({ start, end: start + value.length, label: 'password' });
      }
      if (ENTRY.lastIndex === at) break;
    }
    spans.push(...run);
    HEADING.lastIndex = Math.max(HEADING.lastIndex, at);
  }
  return spans;
}

export const CODES_LISTED_AFTER_A_CODES_HEADING_FINDERS: readonly Finder[] = [
  {
    name: 'codes-listed-after-a-codes-heading',
    find: findCodesListedAfterACodesHeading,
    trigger: /(?:codes|c[óo]digos|codici|kodes|kody|koder|koodit|kodlar|kodok)(?:[ \t]+(?:for|to|of)[ \t]+[^\n:：.!?;\d]{1,60}?)?[ \t]*[:：]/i,
  },
];
