/** Luhn (mod 10) checksum over a string of ASCII digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Whether a number is laid out as a card is printed: four groups of four digits with one and the same joint (a space,
 * a dot, an underscore or a hyphen) or none (`4111 1111 1111 1111`, `4111-1111-1111-1111`, `4111111111111111`).
 * The card rule (rules.ts) and the any-grouping rule (cards-in-any-grouping.ts) both ask it.
 */
export function printedAsCard(raw: string): boolean {
  return /^\d{4}([ ._-]?)\d{4}\1\d{4}\1\d{4}$/.test(raw);
}

/**
 * Whether a digit string starts with a payment-card issuer prefix and has a length that issuer uses. Checking the
 * issuer as well as Luhn keeps millisecond timestamps, order numbers and phone numbers (a tenth of which pass Luhn by
 * chance) from being taken for cards.
 */
export function hasCardIssuerPrefix(digits: string): boolean {
  const n = digits.length;
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  const six = Number(digits.slice(0, 6));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return n === 16; // Mastercard
  if (two === 34 || two === 37) return n === 15; // American Express
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649)) return n >= 16 && n <= 19; // Discover
  if (six >= 622126 && six <= 622925) return n >= 16 && n <= 19; // Discover co-branded UnionPay
  if (two === 62 || two === 81) return n >= 16 && n <= 19; // UnionPay
  if (four >= 3528 && four <= 3589) return n >= 16 && n <= 19; // JCB
  if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39) return n >= 14 && n <= 19; // Diners
  if (two === 50 || (two >= 56 && two <= 69)) return n >= 13 && n <= 19; // Maestro and other 5x/6x debit
  if (four >= 2200 && four <= 2204) return n === 16; // Mir
  if (four === 9792) return n === 16; // Troy (Turkey's domestic scheme; AY's round)
  // AZ's round: Uzbekistan's Uzcard (8600) and Humo (9860), and UATP's airline cards (fifteen digits opening with 1,
  // written 4-6-5 as Amex's are; the card rule takes them only so written).
  if (four === 8600 || four === 9860) return n === 16;
  // BD's round: Vietnam's Napas domestic cards (9704, sixteen or nineteen digits) and Belarus's Belkart (9112).
  if (four === 9704) return n === 16 || n === 19;
  if (four === 9112) return n === 16;
  // BE's round: Saudi Arabia's mada cards of its own range (968201–968211), Ukraine's Prostir (9804) and India's RuPay
  // of its 82 range (the 60, 65 and 81 ones are read above).
  if (six >= 968201 && six <= 968211) return n === 16;
  if (four === 9804) return n === 16;
  if (two === 82) return n === 16;
  if (digits[0] === '1') return n === 15;
  return false;
}
