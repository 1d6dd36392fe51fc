/**
 * BW's round: the names of codes that classify or address something and open nothing, printed on receipts, payslips,
 * statements and forms for anyone to read: a merchant's category code (MCC), an industry's (SIC, NAICS, NACE, ISIC), a
 * diagnosis's or a procedure's (ICD, CPT), a tariff's (HS, HTS), an airport's or an airline's (IATA, ICAO), a product's
 * barcode (EAN, UPC, ISBN), a tax code, a bank branch's (sort, SWIFT, BIC, IFSC, BSB, routing), a dialling code. A
 * code word right after one of these names that kind of code, not a PIN or a lock's code; the code rules that read a
 * number after "code" leave it, and stop reading at such a name when it stands between an earlier code word and the
 * number ("my tax code is 1100L; ZIP code 60993": the number is the ZIP's).
 */
export const PUBLIC_CODE_KINDS = String.raw`mcc|sic|naics|nace|isic|icd(?:-?1[01])?|cpt|hs|hts|tariff|iata|icao|ean(?:-?1[3])?|upc|isbn|tax|sort|swift|bic|ifsc|bsb|routing|dial(?:l?ing)?|zip|post|postal|area|country`;

/** A code of such a kind named as such ("ZIP code", "the MCC code", "tax-code"), anywhere in a stretch of text. */
export const PUBLIC_KIND_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${PUBLIC_CODE_KINDS})[ \t-]?(?:codes?|c[oó]digo|code postal)(?![\p{L}])`, 'iu');
