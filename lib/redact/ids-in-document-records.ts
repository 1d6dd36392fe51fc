import type { Finder, SecretSpan } from './rules';

/**
 * BD's round: an identity number in a form's record that says, in a field of its own, which document the number is
 * from, whatever the country: a CSV export's row under a header with a document's column and a number's
 * ("name,country,document,number" then "Wiremu,…,national number,29363589681"), an XML or JSON record's type field
 * before its number field (`<id_type>NIN</id_type><id_no>…</id_no>`, `"id_type": "codice ISS", "id_no": "…"`), and a
 * form's "ID (cartão de identidade): 12-0863912-4". The record names the document, so no country's structure is
 * needed: the value is read where the named document is an identity one (a national number, an ID card, a social
 * security number, a personal or tax number, a residence permit, a passport …) and the value has an ID's shape
 * (six to twenty capitals, digits or dashes, three digits at least, not one digit throughout, which a
 * format's help writes). An invoice's, an order's or a phone's number is in a record of another document.
 */
const IDENTITY_DOCUMENT =
  /(?<![\p{L}])(?:national[ \t]+(?:number|id(?:entity)?(?:[ \t]+(?:number|card))?|registration(?:[ \t]+number)?|insurance(?:[ \t]+number)?)|id(?:entity)?[ \t]+(?:card|document|number)(?:[ \t]+number)?|identity|NIN|NIF|NIC|NIK|NID|TIN|SSN|SIN|DNI|CPF|CURP|RUT|(?:CNI|BI|DIP|NIS)(?=$|[ \t]+(?:number|no\.?|card))|social[ \t]+(?:security|insurance)(?:[ \t]+number)?|personal[ \t]+(?:number|code|id(?:entity)?(?:[ \t]+number)?)|citizen(?:ship)?[ \t]+(?:number|card|id)|residen(?:ce|t)[ \t]+(?:permit|card|number)|passport(?:[ \t]+number)?|tax[ \t]+(?:id|number|identification(?:[ \t]+number)?)|voter(?:'s)?[ \t]+(?:id|card)|codice[ \t]+(?:fiscale|ISS|identificativo)|carta[ \t]+d['’]identit[àa]|cart[ãa]o[ \t]+(?:de[ \t]+)?(?:identidade|cidad[ãa]o)|bilhete[ \t]+de[ \t]+identidade|carte[ \t]+(?:nationale[ \t]+)?d['’]identit[ée]|c[ée]dula(?:[ \t]+de[ \t]+identidad)?|documento[ \t]+(?:nacional[ \t]+)?de[ \t]+identidad|persoonsnummer|personnummer|henkilötunnus|personalausweis|ausweis(?:nummer)?|driver['’]?s?[ \t]+licen[cs]e(?:[ \t]+(?:number|no\.?))?|licencia[ \t]+de[ \t]+conduci?r|permis[ \t]+de[ \t]+conduire|carteira[ \t]+de[ \t]+motorista|s[ée]curit[ée][ \t]+sociale|seguridad[ \t]+social|seguran[çc]a[ \t]+social|sicurezza[ \t]+sociale|personbeteckning|burgerservicenummer|health[ \t]+(?:insurance|card|service)[ \t]+(?:number|no\.?)|(?:num[ée]ro[ \t]+d['’])?assurance[ \t]+maladie|tarjeta[ \t]+sanitaria|krankenversichertennummer)(?![\p{L}])/iu;
// BK's round: a health insurance card's number in the words of English, French, Spanish and German, as a province or a
// region issues it for identity.
// BJ's round: a driver's licence in the words of English, Spanish, French and Portuguese, a social security number in
// the Romance languages' ("numéro de sécurité sociale"), and Swedish "personbeteckning" and Dutch
// "burgerservicenummer", as a form names the document a territory's residents give.
// BG's round: slashes between the groups too ("8468/1967/674"), as some registries write them.
// BH's round: groups joined by dots too ("KY61.2848.513"), as some cards print them.
const ID_VALUE = /^[A-Z0-9][A-Z0-9/.-]{4,18}[A-Z0-9]$/;
// BK's round: or capitals, then digits in groups split by single spaces ("ABCD 1234 5678"), as a health card prints it.
const LETTERS_THEN_SPACED_DIGITS = /^[A-Z]{1,4}(?: \d{3,6}){2,3}$/;
// BI's round: or digits in groups of two to four split by single spaces ("137 585 967"), as a number is read out.
// BK's round: a group of five or six among them ("130966 4331": a date of birth, then four digits).
const SPACED_DIGITS = /^\d{2,6}(?: \d{2,6}){1,3}$/;
// BJ's round: or a longer number in groups of one to three as its parts are printed (France's NIR, "2 75 07 975 28 970
// 91": sex, year, month, place, order and key).
const SPACED_PARTS = /^\d{1,4}(?: \d{1,4}){3,7}$/;

function idShaped(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (SPACED_DIGITS.test(value)) return digits.length >= 8 && digits.length <= 12 && !/^(\d)\1+$/.test(digits);
  if (LETTERS_THEN_SPACED_DIGITS.test(value)) return digits.length >= 7 && digits.length <= 12;
  if (SPACED_PARTS.test(value)) return digits.length >= 11 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
  return ID_VALUE.test(value) && digits.length >= 3 && !/^(\d)\1+$/.test(digits) && !/--|\/\/|\.\.|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value);
}

/**
 * BI's round: a number named by an acronym ("NIB number", "CAFAT number", "CPS DN number"), as each territory names its
 * own identity or social-security number, where a record's document field or a sheet's column says it is a document,
 * or the writer calls it "my …". The acronyms of numbers that are no person's identity (an order's, a phone's, a tax
 * registration's of a business, a bank's, a parcel's) are left out. BJ's round: "nummer", "numéro" or "número" after
 * the acronym too, joined by a hyphen as Dutch writes it ("CRIB-nummer"). BK's round: an ampersand between the
 * capitals too ("H&C number").
 */
const ACRONYM_NUMBER = /^(?!(?:PO|VAT|GST|HST|EORI|EIN|ABN|ACN|CRN|DUNS|IMEI|ICCID|MSISDN|PNR|SKU|UPC|EAN|ISBN|ISSN|ASIN|MAC|IP|PIN|PUK|IBAN|BIC|SWIFT|BSB|ABA|VIN|AWB|RMA|BOL|ORDER|REF|ID)[ \t-])[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}(?:[ \t][A-Z]{2,6})?(?:[ \t]+(?:number|no\.?|nr\.?)|[ \t-](?:nummer|num[ée]ro|n[úu]mero))$/;

/** The label for a document's number: a US Social Security number keeps the one the SSN rule gives it. */
const labelFor = (name: string): 'ssn' | 'national id' => (/^[ \t]*(?:ssns?|social[ \t]+security)\b/i.test(name) ? 'ssn' : 'national id');

/** A document's name: an identity document's, or a number named by an acronym. */
const namesDocumentOrAcronym = (name: string): boolean => namesIdentityDocument(name) || ACRONYM_NUMBER.test(name.trim());

/** A name that says the document: the whole cell, a field's value. */
const namesIdentityDocument = (name: string): boolean => {
  const m = IDENTITY_DOCUMENT.exec(name.trim());
  return m !== null && name.trim().length <= 40;
};

// --- A CSV's or a TSV's rows under a header with a document's column and a number's.
const HEADER_LINE = /^[^\n]{0,300}(?:^|[,;\t|])[ \t]*(?:document|document[ _]type|doc[ _]type|id[ _]type|type[ _]of[ _]id|id[ _]document)[ \t]*(?:[,;\t|][^\n]{0,300})?$/gimu;
const NUMBER_HEADER = /^(?:number|no\.?|nr\.?|id[ _]?(?:number|no)|document[ _](?:number|no)|doc[ _](?:number|no))$/i;
const DOCUMENT_HEADER = /^(?:document|document[ _]type|doc[ _]type|id[ _]type|type[ _]of[ _]id|id[ _]document)$/i;

function findInCsvRecords(text: string, spans: SecretSpan[]): void {
  HEADER_LINE.lastIndex = 0;
  for (let h: RegExpExecArray | null; (h = HEADER_LINE.exec(text)); ) {
    const header = h[0].replace(/\r$/, '');
    const sep = [',', ';', '\t', '|'].find((s) => header.includes(s));
    if (!sep) continue;
    const names = header.split(sep).map((c) => c.trim());
    const docAt = names.findIndex((c) => DOCUMENT_HEADER.test(c));
    const numberAt = names.findIndex((c) => NUMBER_HEADER.test(c));
    if (docAt < 0 || numberAt < 0) continue;
    let at = h.index + h[0].length + 1;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end).replace(/\r$/, '');
      const cells = line.split(sep);
      if (line.trim() === '' || cells.length !== names.length) break;
      if (namesIdentityDocument(cells[docAt]!)) {
        const raw = cells[numberAt]!;
        const value = raw.trim();
        if (idShaped(value)) {
          let start = at;
          for (let i = 0; i < numberAt; i++) start += cells[i]!.length + sep.length;
          start += raw.indexOf(value);
          spans.push({ start, end: start + value.length, label: 'national id' });
        }
      }
      at = end + 1;
    }
    HEADER_LINE.lastIndex = Math.max(HEADER_LINE.lastIndex, at);
  }
}

// --- An XML or JSON record: the type field, then its number field within the record. BG's round: the type field named
// for a kind (`"doc_kind": "NIN"`), and the acronyms of the Portuguese-speaking bilhete de identidade (BI), the French-
// speaking carte nationale d'identité (CNI), the Spanish-speaking documento de identidad personal (DIP) and a national
// insurance scheme (NIS).
const TYPED_RECORD =
  /(?:<(id_?type|id_?kind|document_?type|document_?kind|doc_?type|doc_?kind|idType|documentType)>([^<>\n]{1,40})<\/\1>|"(?:id_?type|id_?kind|document_?type|document_?kind|doc_?type|doc_?kind|idType|documentType)"[ \t]*:[ \t]*"([^"\n]{1,40})")[^\n]{0,120}?(?:<(id_?no|id_?number|idNumber|document_?number|documentNumber|doc_?no|number)>([^<>\n]{1,30})<\/\4>|"(?:id_?no|id_?number|idNumber|document_?number|documentNumber|doc_?no|number)"[ \t]*:[ \t]*"([^"\n]{1,30})")/giu;

function findInTypedRecords(text: string, spans: SecretSpan[]): void {
  TYPED_RECORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TYPED_RECORD.exec(text)); ) {
    const name = m[2] ?? m[3]!;
    const value = m[5] ?? m[6]!;
    if (!namesIdentityDocument(name) || !idShaped(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
}

// --- A form's "ID (document): value".
const ID_WITH_DOCUMENT = /(?<![\p{L}])ID[ \t]*\(([^()\n]{2,40})\)[ \t]*:[ \t]*([A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9])(?![\p{L}\p{N}])/gu;

function findIdsWithTheirDocument(text: string, spans: SecretSpan[]): void {
  ID_WITH_DOCUMENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ID_WITH_DOCUMENT.exec(text)); ) {
    const value = m[2]!;
    if (!namesIdentityDocument(m[1]!) || !idShaped(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
}

// --- BE's round: a form's fields one to a line, the document's type above its number ("ID type: National ID\nID number:
// 4410-77321-2", "Document type: Passport\nDocument no.: …"), a line or two apart.
const TYPE_THEN_NUMBER_LINES =
  /^[ \t]*(?:id|document|doc)[ \t_-]*type[ \t]*:[ \t]*([^\n:]{2,40}?)[ \t]*\r?\n(?:[^\n]{0,80}\r?\n){0,2}?[ \t]*(?:id|document|doc)[ \t_-]*(?:number|no\.?|nr\.?|#)[ \t]*:[ \t]*([A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9])[ \t]*$/gimu;

function findInTypeThenNumberLines(text: string, spans: SecretSpan[]): void {
  TYPE_THEN_NUMBER_LINES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TYPE_THEN_NUMBER_LINES.exec(text)); ) {
    const value = m[2]!;
    if (!namesIdentityDocument(m[1]!) || !idShaped(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
}

// --- BI's round: a form export's entry on one line, its fields named and split by bars or semicolons ("… | document:
// social security number | value: AI-…"): the document field names which number the value field holds.
const DOCUMENT_THEN_VALUE_FIELDS =
  /(?<![\p{L}])(?:document|doc|document[ _]type|id[ _]type)[ \t]*:[ \t]*([^|;\n:]{2,40}?)[ \t]*[|;][ \t]*(?:value|number|no\.?|id[ _]?number)[ \t]*:[ \t]*([A-Z0-9][A-Z0-9/. -]{4,18}[A-Z0-9])[ \t]*(?=$|[|;\r\n])/gimu;

function findInDocumentThenValueFields(text: string, spans: SecretSpan[]): void {
  DOCUMENT_THEN_VALUE_FIELDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DOCUMENT_THEN_VALUE_FIELDS.exec(text)); ) {
    const value = m[2]!;
    if (!namesDocumentOrAcronym(m[1]!) || !idShaped(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: labelFor(m[1]!) });
  }
}

// --- BI's round: a sheet pasted as text, its columns split by two spaces or more or by tabs, a column's header naming
// an identity document ("A: crew member  B: home  C: social security number"; a cell's letter and colon before a
// header are the sheet's own): the rows under it, with as many cells, hold that document's numbers in that column.
const SHEET_HEADER = /^(?=[^\n]{0,200}(?<![\p{L}])(?:number|no\.?|identity|ID|SSN|NIN|NID|licen[cs]e|licencia|nummer|num[ée]ro|n[úu]mero|personbeteckning|personnummer|sociale?)(?![\p{L}]))[^\n]{1,300}$/gimu;

/** A row's cells, each with where its value starts in the line. */
interface RowCell {
  value: string;
  start: number;
}

/**
 * Cells split by tabs or two spaces or more; BJ's round: or by bars with a space either side ("name | island | licence
 * number"), as a sheet is pasted from an app. BK's round: a Markdown table's rows (bars at both ends, `| name | home | CHI number |`) and a CSV export's (commas or
 * semicolons, cells quoted or not: `"97447","A. Person","Region","332 695 3429"`) are read the same way, each cell's
 * quotes and spaces taken off its value.
 */
function rowCells(line: string, split: 'cells' | 'bars' | ',' | ';'): RowCell[] {
  const out: RowCell[] = [];
  const re =
    split === 'cells' ? /[^\t ]+(?: [^\t ]+)*/g : split === 'bars' ? /(?<=^|\|)[^|]*/g : split === ',' ? /(?<=^|,)(?:"[^"\n]*"|[^,]*)/g : /(?<=^|;)(?:"[^"\n]*"|[^;]*)/g;
  let body = line;
  let shift = 0;
  if (split === 'bars') {
    const lead = /^[ \t]*\|?/.exec(body)![0].length;
    shift = lead;
    body = body.slice(lead).replace(/\|[ \t]*$/, '');
  }
  for (const m of body.matchAll(re)) {
    const raw = m[0];
    const trimmed = raw.trim();
    const inner = /^".*"$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
    out.push({ value: inner, start: shift + m.index + raw.indexOf(inner) });
  }
  return out;
}

function splitOf(header: string): 'cells' | 'bars' | ',' | ';' {
  const h = header.trim();
  if (h.startsWith('|') || (h.includes(' | ') && !/\t| {2}/.test(h))) return 'bars';
  if (/\t| {2}/.test(h)) return 'cells';
  return h.includes(',') ? ',' : h.includes(';') ? ';' : 'cells';
}

function findInSheetColumns(text: string, spans: SecretSpan[]): void {
  SHEET_HEADER.lastIndex = 0;
  for (let h: RegExpExecArray | null; (h = SHEET_HEADER.exec(text)); ) {
    const split = splitOf(h[0]);
    const names = rowCells(h[0].replace(/\r$/, ''), split).map((c) => c.value.replace(/^[A-Z]{1,2}\d{0,4}:[ \t]*/, '').trim());
    if (names.length < 2) continue;
    const column = names.findIndex((c) => namesDocumentOrAcronym(c));
    if (column < 0) continue;
    let at = h.index + h[0].length + 1;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end).replace(/\r$/, '');
      // A Markdown table's rule under its header.
      if (split === 'bars' && /^[ \t]*\|?[ \t:|-]+$/.test(line) && line.includes('-')) {
        at = end + 1;
        continue;
      }
      const cells = rowCells(line, split);
      if (line.trim() === '' || cells.length !== names.length) break;
      const cell = cells[column]!;
      if (idShaped(cell.value)) spans.push({ start: at + cell.start, end: at + cell.start + cell.value.length, label: labelFor(names[column]!) });
      at = end + 1;
    }
    SHEET_HEADER.lastIndex = Math.max(SHEET_HEADER.lastIndex, at);
  }
}

// --- BJ's round: a form export's response on one line, its fields split by semicolons or bars with no field names
// ("Form response 5078 ; A. Person ; Territory ; licence number ; GU41-…"): a field that is a document's name alone,
// then the value in the next field. The field before says which number the next one holds, as a column's header does.
const FIELD_THEN_VALUE = /(?:^|[;|])[ \t]*([^;|\n]{2,40}?)[ \t]*[;|][ \t]*([A-Z0-9][A-Z0-9/. -]{4,22}[A-Z0-9])[ \t]*(?=$|[;|\r\n])/gimu;

function findInFieldThenValue(text: string, spans: SecretSpan[]): void {
  if (!text.includes(';') && !text.includes('|')) return;
  FIELD_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FIELD_THEN_VALUE.exec(text)); ) {
    const value = m[2]!;
    // The value field may be the next one's name: the scan goes on from the separator before it.
    FIELD_THEN_VALUE.lastIndex = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    if (!namesDocumentOrAcronym(m[1]!) || !idShaped(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, label: labelFor(m[1]!) });
  }
}

function findIdsInDocumentRecords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  findInFieldThenValue(text, spans);
  findInCsvRecords(text, spans);
  findInDocumentThenValueFields(text, spans);
  findInSheetColumns(text, spans);
  findInTypedRecords(text, spans);
  findIdsWithTheirDocument(text, spans);
  findInTypeThenNumberLines(text, spans);
  return spans;
}

/**
 * BE's round: the writer's own identity number said in a sentence with its document's name, a country's name maybe
 * before it ("my Fiji national number is 30418872215", "my Tonga NID: 2207-118394", "my passport number: …"): the
 * sentence names the document as a record's field does. "my" keeps another's (an order's, a ticket's) number out, as
 * the document's name does any other number.
 */
const MY_DOCUMENT_IS = new RegExp(
  String.raw`(?<![\p{L}])my[ \t]+(?:[\p{L}'’-]{2,20}[ \t]+){0,3}?(${IDENTITY_DOCUMENT.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, '')}|[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}(?:[ \t][A-Z]{2,6})?(?:[ \t]+number|[ \t-](?:nummer|num[ée]ro|n[úu]mero)))` +
    // BI's round: the country in brackets after the name ("my ID card number (Saint Helena) is …"), or what it is
    // wanted for and a dash ("… want my ID number for the manifest - …").
    // BJ's round: or what it is wanted for and ", it's" ("… needs my X for the cover note, it's …"). BK's round: or
    // when it is wanted by and a colon ("… wants my X before Monday: …").
    String.raw`(?:[ \t]*\([^()\n]{2,40}\))?(?:[ \t]*(?:is|was|:|=)|[ \t]+(?:for|on|before|by)[ \t]+(?:[^\n\-–—:?!.,]{1,40}?(?:[ \t]+[-–—]|[ \t]*:)|[^\n\-–—:?!.,]{1,40}?,[ \t]*it(?:['’]s|[ \t]+is)))[ \t]*([A-Z0-9](?:[A-Z0-9/-]|[ ](?=\d)){3,24}[A-Z0-9])(?![\p{L}\p{N}]|[.,-]\d)`,
  'giu',
);

/**
 * BJ's round: the number given in answer to a message that asks for it by the document's name ("> can you send your
 * X number?" then "Sure - …", "it's …", "here: …"), as a reply under a quoted question does: the question names the
 * document, the answer's first words give the number. BK's round: a request with no question mark ("> we still need
 * your X") and an apology or a greeting before the answer ("Apologies, here it is: …").
 */
const ASKED_FOR_YOUR_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:send|give|share|provide|need|want|have|what['’]?s|what[ 	]+is)[ 	]+(?:me[ 	]+|us[ 	]+)?your[ 	]+((?:[\p{L}'’-]{2,20}[ 	]+){0,3}?(?:${IDENTITY_DOCUMENT.source.replace(/^\(\?<!\[\p\{L\}\]\)/, '')}|[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}(?:[ 	][A-Z]{2,6})?[ 	]+number)(?:[ 	]*\([^()
]{2,40}\))?)[ 	]*\??[^
]{0,40}
(?:[ 	>]*
){0,3}[ 	]*(?:(?:apologies|sorry|hi|hello|thanks)[ 	]*[,!.-]?[ 	]*)?(?:sure|yes|yep|ok(?:ay)?|of[ 	]+course|here(?:['’]s[ 	]+it|[ 	]+it[ 	]+is|[ 	]+you[ 	]+go)?|it['’]?s|it[ 	]+is)?[ 	]*[-–—:,!.]?[ 	]*([A-Z0-9](?:[A-Z0-9/-]|[ ](?=\d)){3,24}[A-Z0-9])(?![\p{L}\p{N}]|[.,-]\d)`,
  'giu',
);

function findMyDocumentNumbers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ASKED_FOR_YOUR_DOCUMENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASKED_FOR_YOUR_DOCUMENT.exec(text)); ) {
    const value = m[2]!;
    if (!idShaped(value) || !namesDocumentOrAcronym(m[1]!.replace(/[ \t]*\([^()]*\)$/, ''))) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: labelFor(m[1]!) });
  }
  MY_DOCUMENT_IS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MY_DOCUMENT_IS.exec(text)); ) {
    const value = m[2]!;
    if (!idShaped(value) || !namesDocumentOrAcronym(m[1]!)) continue;
    const start = m.index + m[0].length - value.length;
    // A US Social Security number keeps the label the SSN rule gives it ("my SSN is …").
    const label = /^(?:ssn|social[ \t]+security)/i.test(m[1]!) ? 'ssn' : 'national id';
    spans.push({ start, end: start + value.length, label });
  }
  return spans;
}

export const IDS_IN_DOCUMENT_RECORDS_FINDERS: readonly Finder[] = [
  { name: 'ids-in-document-records', find: findIdsInDocumentRecords, trigger: /document|doc_?type|doc_?kind|id_?type|id_?kind|idType|ID[ \t]*\(|(?:id|doc)[ \t_-]*type|number|no\.|identity|\bID\b|SSN|NIN|NID|licen[cs]|nummer|num[ée]ro|n[úu]mero|personbeteckning|sociale?\b|conduire|motorista/i },
  { name: 'my-identity-document-numbers', find: findMyDocumentNumbers, trigger: /\b(?:my|your)\b/i },
];
