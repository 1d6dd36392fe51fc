import type { SecretSpan } from './rules';
import { anotherThingsNumber } from './values';

/**
 * CA's round: a value its writer takes back at once as another thing's number ("card 2904 2210 7738 8552 4840? no
 * wait, that's the barcode on the receipt", "code 48213 — sorry, that's the order number"): a word that takes back
 * what was said ("no", "wait", "sorry", "oops", "actually", "scratch that"), then "that's" or "it's" and a number of
 * another kind: a barcode, a receipt's, an order's, a tracking, a reference, a serial, a transaction's or an invoice's
 * number. Without the taking-back word, "…, that's the barcode" may gloss a card's place on the receipt as well, and
 * is left to the other checks; the number's word must follow at once, not be the subject of a clause of its own
 * ("no wait, the order number is …" gives another number after it).
 */
const TAKEN_BACK = new RegExp(
  String.raw`^[ \t]*[?!.,;:—–-]*[ \t]*(?:(?:no|nope|oh|oops|sorry|wait|hmm|hm|actually|scratch[ \t]+that|my[ \t]+bad|never[ \t]*mind)[ \t]*[,.!…—–-]*[ \t]*){1,3}` +
    String.raw`(?:that['’]?s|that[ \t]+is|it['’]s|it[ \t]+is|this[ \t]+is)[ \t]+(?:just[ \t]+|only[ \t]+)?(?:the|a|my|our|their|its)[ \t]+(?:[\p{L}-]{2,16}[ \t]+)?` +
    String.raw`(?:barcode|bar[ \t]+code|(?:${anotherThingsNumber()})[ \t]+(?:number|no\.?|nr\.?|id|code)|reference|serial)(?![\p{L}])(?![ \t]+(?:is|was|are)(?![\p{L}]))`,
  'iu',
);

export function isTakenBackAsAnotherNumber(text: string, span: SecretSpan): boolean {
  return /\d/.test(text.slice(span.start, span.end)) && TAKEN_BACK.test(text.slice(span.end, span.end + 120));
}
