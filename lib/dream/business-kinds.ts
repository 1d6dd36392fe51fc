/**
 * The kinds of business a person runs, owns, opens or sells: "I run a bakery", "we opened our own dojo in Leeds", "we
 * sold the b&b". One list, so a kind learned by one rule is read by all of them (extract.ts's "I run …" and "sold the
 * …", own-premises.ts's "opened my own …", and working-life.ts's workplaces, of which businesses are some).
 *
 * Places that sell a service or fuel by the roadside are businesses too: "I manage a car wash on Route 58", "we own a
 * laundromat", "I run a motel off the interstate", "I manage a gas station"; not a car wash held to raise money.
 *
 * Left out: a kitchen ("I run my kitchen like a ship" is the user's home), a truck alone (a vehicle; "a food truck" is
 * here).
 */

/** Places a trade is carried on in, which a person has and may open or move: "my workshop in Lincoln". */
export const TRADE_PLACES = String.raw`workshop|studio|shop|salon|barbershop|forge|atelier|bakery|caf[eé]|gallery|pottery|practice|surgery|clinic|boatyard|smithy`;

/**
 * Works where goods are made or handled, which a person runs or manages as they would a shop: "I manage a cotton gin
 * outside Lamesa", "we own a sawmill", "I run a cannery". Not a factory: "I run a factory reset" is a phone's.
 */
const WORKS = String.raw`cotton gin|sawmill|mill|cannery|creamery|distillery|winery|foundry|quarry|warehouse|packing (?:shed|house|plant)`;

/** Every kind of business, the trade places among them ("B&B" as it is usually typed, for the rules that mind case). */
export const BUSINESS_KINDS = String.raw`(?:${TRADE_PLACES}|${WORKS}|store|business|company|restaurant|florist|deli|bistro|diner|takeaway|launderette|laundrette|newsagent|pharmacy|farm|bar|pub|stall|agency|firm|startup|hotel|[Bb]&[Bb]|guesthouse|lodge|hostel|inn|campsite|ranch|kennels?|cattery|stables?|dairy|garage|gym|dojo|nursery|daycare|charity|bookshop|bookstore|brewery|vineyard|food truck|consultancy|label|boutique|car wash(?! (?:fundraiser|fund-raiser|fundraising|event|benefit|day)\b)|laundromat|motel|(?:gas|petrol|service) station|garden cent(?:re|er)|(?:sail|rigging|sailmaking) loft(?: (?:on|by) the [\p{L}'-]+)?)`;
