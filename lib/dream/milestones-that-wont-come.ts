/**
 * A plan or a bond ended, said by what will not come of it, read beside later-updates.ts's markers.
 *
 * A milestone said in the conditional past: "october would have been ten years", "Saturday would've been our 20th
 * anniversary", "it would have been Dad's 70th birthday". Said so, the years together, or the party planned for them,
 * are over: a break-up, a death or a plan dropped. Only with a count of years or an anniversary or birthday: "it would
 * have been nice", "would have been 5 dollars cheaper" say nothing of the kind.
 *
 * A booking's deposit lost: "st augustine gets to keep the deposit", "we lost the deposit on the cabin", "forfeited the
 * deposit". The stay booked is not going ahead. Not a deposit paid or got back, nor one that may yet be lost.
 */

const COUNT = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty)`;
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fifth|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth)`;

export function milestonesThatWontComeMarkers(marker: (source: string) => RegExp): RegExp[] {
  return [
    marker(
      String.raw`\bwould(?:'ve|’ve| have) been (?:(?:our|my|his|her|their) )?(?:[\p{L}]+['’]s )?(?:${COUNT} (?:years?|yrs)\b(?! (?:old|ago|younger|older)\b)|${ORDINAL} (?:wedding )?(?:anniversary|birthday)\b)`,
    ),
    // Told as done or as settled ("gets to keep", "kept", "lost", "forfeited"), not as advice or a threat ("remember to
    // keep the deposit receipt", "we'll lose the deposit if we cancel"); and the deposit itself, not its receipt or its
    // account.
    marker(
      String.raw`\b(?:(?:get|gets|got|getting) to keep|keeps|kept|lost|losing|forfeit|forfeits|forfeited|ate) (?:the|our|my|a|that|their) (?:whole )?deposit\b(?! (?:receipt|slip|box|account|cheque|check|money|scheme|form|protection|insurance|limit)s?\b)`,
    ),
  ];
}
