/**
 * Numbers that pass a card's checks yet the text says are something else: "4532015112830366 — es un número de
 * referencia interno", "order number 5105…", and ids handed to an analytics tag (`fbq('init', '…')`, the Meta pixel's
 * 15- or 16-digit id). One in ten random numbers passes the Luhn check, so the words around a number decide.
 */

/** Names of other numbers, in the sentence after the number or right before it; a phone's or SIM's ids stand alone. */
const OTHER_NUMBER =
  /\b(?:reference|ref|order|invoice|tracking|customer|account[ \t]+id|ticket|case|shipment|booking|confirmation|transaction[ \t]+id|serial|imei|iccid|pixel[ \t]+id|message|channel|guild|server|snowflake)[ \t]+(?:number|no\.|nr\.|#|id)(?![A-Za-z])|n[úu]mero[ \t]+de[ \t]+(?:referencia|pedido|factura|seguimiento|cliente|serie|r[ée]f[ée]rence|commande)|(?:referenz|bestell|rechnungs|kunden|sendungs|auftrags|serien)nummer|num[ée]ro[ \t]+de[ \t]+(?:r[ée]f[ée]rence|commande|facture|suivi|s[ée]rie)|numero[ \t]+di[ \t]+(?:riferimento|ordine|fattura|serie)\b|\b(?:IMEI|ICCID|MEID)\b/i;

/** Words that say a number is a card whatever else the sentence says (a SIM card is no payment card). */
const CARD_WORD = /\b(?<!\bsim[ \t-]?)(?:card|cards|tarjeta|karte|kreditkarte|carte|carta|cartão|visa|mastercard|amex|maestro|cvv|cvc|expir\w*|exp)\b/i;

/** An analytics tag's init call, up to the quote that opens the id: `fbq('init', '`, `snaptr('init', "`, `ttq.load('`. */
const ANALYTICS_INIT = /\b(?:fbq|snaptr|pintrk|twq|rdt)\([ \t]*["'](?:init|load|config)["'][ \t]*,[ \t]*["']?$|\bttq\.load\([ \t]*["']?$/;

/** Whether the text around a card-shaped number at [start, end) says it is another kind of number. */
export function namedAsAnotherNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (ANALYTICS_INIT.test(before)) return true;
  // The sentence: from the last line break or full stop before, to the next one after (at most 100 characters out).
  const head = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. ')) + 1);
  const tail = text.slice(end, end + 100).split(/\n|[.!?](?:\s|$)/)[0];
  const sentence = `${head} ${tail}`;
  return OTHER_NUMBER.test(sentence) && !CARD_WORD.test(sentence);
}
