import type { Finder, SecretSpan } from './rules';

/**
 * BI's round: an identity number said in a language no other rule has the phrase of, read by the stem of the
 * identity's word, which the languages share far more than their words for "my", "number" or "is": "Lo miéu numerò
 * d'identitat es …", "Ol mé nömer de identità l'è …", "Mien legitimatienummer is …", "Ο αριθμός ταυτότητας μου έν …",
 * "رقم هويتي …", "Mi número de carnet es …", and a document's number said with a word for number ("Lu numere mè de
 * documente è …", "Номер моего документа …"). The value follows within forty characters with no digit or sentence stop
 * between, and has an identity number's shape beyond a word's: one to three capitals and five digits or more (a capital
 * after them maybe), capitals, a dash, digits, a dash and a check digit, seven digits, a slash and two, digits in
 * spaced groups, or nine digits or more. A document's word alone ("the document number of the invoice is F-…") names
 * an invoice's or a shipment's as often, so it needs a word for number beside it and no invoice's, order's or
 * shipment's word in the sentence.
 */
const STRONG_STEM = String.raw`ident(?!if(?:ier|y|ied|ying)|ical)\p{L}*|legitimati\p{L}*|carn[eê]t|c[ée]dula|ταυτότητ\p{L}*|هويت\p{L}*|هوية|الهوية|الوطني|وطني|удостоверени\p{L}*|посвідчен\p{L}*`;
const DOCUMENT_STEM = String.raw`d[oe]cument\p{L}*|dokument\p{L}*|документ\p{L}*`;
const NUMBER_WORD = /(?<![\p{L}])(?:n[uúüö]m\p{L}*|nom\p{L}*|nr|номер\p{L}*|رقم\p{L}*|αριθμ\p{L}*)(?![\p{L}])/iu;
const OTHER_PAPER = /(?<![\p{L}])(?:invoice|factura|fattura|facture|rechnung|order|pedido|ordine|commande|bestellung|shipment|envío|spedizione|expédition|sendung|tracking|receipt|recibo|ricevuta|reçu)(?![\p{L}])/iu;
const VALUE = String.raw`([A-Z]{1,3}-?\d{5,16}[A-Z]?|[A-Z]{1,3}-\d{4,8}-\d{1,2}|\d{6,8}\/\d{2}|\d{3}(?: \d{3}){2,3}|\d{9,16})`;
const SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:(${STRONG_STEM})|(${DOCUMENT_STEM}))(?![\p{L}])[^\n\d.!?;]{0,40}?(?<![\p{L}\p{N}])${VALUE}(?![\p{L}\p{N}_]|[-/.]\d| \d)`,
  'giu',
);
const NOT_AN_ID = /^(?:19|20)\d\d$|^(\d)\1+$/;

function findIdsNearAnIdentityWord(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SAID.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SAID.exec(text)); ) {
    const value = m[3]!;
    if (NOT_AN_ID.test(value.replace(/\D/g, ''))) continue;
    if (m[2]) {
      // The line around, within 200 characters before and 100 after (a search to the text's ends per match is quadratic).
      const before = text.slice(Math.max(0, m.index - 200), m.index);
      const line = before.slice(before.lastIndexOf('\n') + 1) + text.slice(m.index, m.index + m[0].length + 100).split('\n')[0]!;
      const around = before.slice(-40).split('\n').pop()! + m[0];
      if (!NUMBER_WORD.test(around) || OTHER_PAPER.test(line)) continue;
    }
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
  return spans;
}

export const IDS_NEAR_AN_IDENTITY_WORD_FINDERS: readonly Finder[] = [{ name: 'ids-near-an-identity-word', find: findIdsNearAnIdentityWord }];
