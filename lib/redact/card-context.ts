/**
 * Numbers that pass a card's checks yet the text says are something else: "4532015112830366 — es un número de
 * referencia interno", "order number 5105…", and ids handed to an analytics tag (`fbq('init', '…')`, the Meta pixel's
 * 15- or 16-digit id), an animal's microchip or transponder number (fifteen digits, ISO 11784, a country's or maker's
 * code first: "chip 985…", "microchip 276…", "UELN …"). One in ten random numbers passes the Luhn check, so the words
 * around a number decide.
 */

/**
 * Names of other numbers, in the sentence after the number or right before it; a phone's or SIM's ids stand alone.
 * AV's round: a form's record ("Formstack Submission #4539…", "Response #", "Entry #"), numbered by the form's tool.
 */
const OTHER_NUMBER =
  /\b(?:reference|ref|order|invoice|tracking|customer|account[ \t]+id|ticket|case|shipment|booking|confirmation|transaction[ \t]+id|submission|response|entry|application|registration|serial|imei|iccid|pixel[ \t]+id|message|channel|guild|server|snowflake)[ \t]+(?:number|no\.|nr\.|#|id)(?![A-Za-z])|n[úu]mero[ \t]+de[ \t]+(?:referencia|pedido|factura|seguimiento|cliente|serie|r[ée]f[ée]rence|commande)|(?:referenz|bestell|rechnungs|kunden|sendungs|auftrags|serien)nummer|num[ée]ro[ \t]+de[ \t]+(?:r[ée]f[ée]rence|commande|facture|suivi|s[ée]rie)|numero[ \t]+di[ \t]+(?:riferimento|ordine|fattura|serie)\b|\b(?:IMEI|ICCID|MEID)\b|\b(?:micro-?chip|chip|transponder|UELN|ISO[ \t]?11784|puce|micropuce|mikrochip|tierchip|chipnummer|microchip[ \t]+number)\b(?![ \t-]*card)/i;

/**
 * A parcel's waybill or tracking number, named in the languages people ship in: "nomer resi JNE …", "AWB", "waybill",
 * "consignment", "track & trace", "código de rastreio", "numéro de suivi", "numer przesyłki", "mã vận đơn", "kargo
 * takip", "трек-номер", "saadetis", "sūtījums", "siunta", "pošiljka", "lähetys", "zending", "快递单号", "追跡番号",
 * "송장번호", or a courier's name right before the number. Couriers' numbers run to card lengths and pass Luhn one time in ten.
 * AR's round: an airline's e-ticket number too (13 digits, the carrier's code first: "e-ticket 6735…", "ETKT", "billet
 * électronique", "电子客票", "航空券番号"), printed on every itinerary beside the booking reference.
 */
const WAYBILL =
  /(?<![\p{L}])(?:resi|no\.?[ \t]+resi|nomor[ \t]+resi|nomer[ \t]+resi|awb|waybill|air[ \t]?waybill|consignment|consignment[ \t]+note|tracking|track(?:[ \t]*(?:&|and|n)[ \t]*trace)?|parcel|package|shipment|courier|rastreio|rastreamento|encomenda|seguimiento|env[íi]o|gu[íi]a|suivi|colis|spedizione|tracciamento|pacco|sendung\p{L}*|paket\p{L}*|przesy[łl]k\p{L}*|z[áa]silk\p{L}*|z[áa]sielk\p{L}*|küldemény\p{L}*|colet\p{L}*|expedi[țt]ie|v[ậa]n[ \t]+đ[ơo]n|m[ãa][ \t]+v[ậa]n[ \t]+đ[ơo]n|kargo|g[öo]nderi\p{L}*|takip|трек\p{L}*|посылк\p{L}*|отправлени\p{L}*|накладн\p{L}*|saadetis\p{L}*|pakk\p{L}*|s[ūu]t[īi]jum\p{L}*|siunt\p{L}*|po[šs]iljk\p{L}*|paket\p{L}*|l[äa]hetys\p{L}*|seuranta\p{L}*|forsendelse\p{L}*|f[öo]rs[äa]ndelse\p{L}*|zending\p{L}*|pakket\p{L}*|kifurushi|mzigo|kiriman|pengiriman|pos[ \t]+indonesia|jne|j&t|sicepat|anteraja|ninja[ \t]+xpress|dhl|ups|fedex|usps|gls|dpd|omniva|inpost|ppl|posti|postnord|correos|chronopost|colissimo|sedex|快递单号|快遞單號|运单号|運單號|物流单号|追跡番号|お問い合わせ番号|송장번호|운송장|e-?tickets?|etkt|tkne|ticket[ \t]*(?:no\.?|number|nr\.?|#)|e-?billets?|billets?[ \t]+(?:[ée]lectronique|d['’]avion)|billetes?[ \t]+electr[óo]nicos?|bilhetes?[ \t]+eletr[ôo]nicos?|biglietto[ \t]+elettronico|flugschein\p{L}*|elektronische[ \t]+ticket\p{L}*|e-?bilet\p{L}*|электронн\p{L}*[ \t]+билет\p{L}*|номер[ \t]+билета|vé[ \t]+điện[ \t]+tử|tiket[ \t]+elektronik|电子客票\p{L}*|電子客票|客票号\p{L}*|票号|航空券番号|eチケット(?:番号)?|전자[ \t]?항공권|항공권[ \t]?번호|تذكرة[ \t]+إلكترونية|رقم[ \t]+التذكرة)(?![\p{L}])/iu;

const WAYBILL_LAST = new RegExp(`${WAYBILL.source}(?:[ \\t:#.]+[\\p{L}\\p{N}&.-]{1,12}){0,2}[ \\t:#.]*$`, 'iu');

/**
 * CD's round: a product's barcode named right before its number ("EAN 5064…", "GTIN-13: …", "ISBN 978…", "UPC code
 * …"): a number copied off a box, whatever its check digit (a barcode mistyped is still a barcode, and one in ten
 * passes Luhn).
 */
const BARCODE_LAST = /(?<![\p{L}])(?:EAN|GTIN|UPC|ISBN|ISSN|barcode|bar[ \t-]code)(?:[ \t-]?(?:8|12|13|14|A))?(?:[ \t]+(?:code|number|no\.?|nr\.?))?[ \t]*[:#=]?[ \t]*$/iu;

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
  if (CARD_WORD.test(sentence)) return false;
  // The waybill's name right before the number (at most two words between: "nomer resi JNE …", "AWB no. …").
  const lead = head.slice(-40);
  return OTHER_NUMBER.test(sentence) || WAYBILL_LAST.test(lead) || BARCODE_LAST.test(lead);
}
