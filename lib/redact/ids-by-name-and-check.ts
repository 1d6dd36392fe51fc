import { passesLuhn } from './luhn';
import { idFinder, nhsValid, type IdRule } from './national-ids';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * National, health-insurance and immigration numbers the other tables lack, each by its name and its own check or
 * shape, as national-ids.ts takes the rest: Thailand's 13-digit citizen number (เลขบัตรประชาชน, also the taxpayer
 * number), Vietnam's citizen identity card (CCCD, a province code first), Saudi Arabia's national ID and iqama (1 or
 * 2, Luhn), Hungary's TAJ (weights 3 and 7), Greece's AMKA (a birth date, Luhn), the US Medicare Beneficiary
 * Identifier (MBI: digits and letters in fixed places, never S, L, O, I, B or Z), Australia's Medicare card number
 * (weights 1 3 7 9), Germany's Krankenversichertennummer (KVNR: a letter and nine digits, a Luhn-like check) and the US
 * alien registration number (A-Number: A and eight or nine digits). A number without its name, or failing its check,
 * is left alone.
 */

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Thai citizen number: weights 13 … 2 over the first twelve digits, check (11 − sum mod 11) mod 10. */
function thaiIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13 || d[0] === '0') return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(d[12]);
}

/** Vietnamese CCCD: a province code (001–096), the sex and century digit, the birth year's last two digits, six more. */
export function vietnameseCccdValid(raw: string): boolean {
  const d = digitsOf(raw);
  const province = Number(d.slice(0, 3));
  return d.length === 12 && province >= 1 && province <= 96;
}

/** Saudi national ID (1…) or iqama (2…): ten digits, Luhn. */
function saudiIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && passesLuhn(d);
}

/** Hungarian TAJ: nine digits, the first eight weighted 3, 7, 3, 7 …, the sum mod 10 the ninth. */
function tajValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 9 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (i % 2 === 0 ? 3 : 7);
  return sum % 10 === Number(d[8]);
}

/** Greek AMKA: the birth date as DDMMYY, five digits, Luhn over the eleven. */
export function amkaValid(raw: string): boolean {
  const d = digitsOf(raw);
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  return d.length === 11 && day >= 1 && day <= 31 && month >= 1 && month <= 12 && passesLuhn(d);
}

/** The MBI's letters: A–Z without S, L, O, I, B and Z (read as digits). */
const MBI_L = '[AC-HJKMNP-RT-Y]';
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI_SHAPE = `[1-9]${MBI_L}${MBI_AN}\\d-?${MBI_L}${MBI_AN}\\d-?${MBI_L}{2}\\d{2}`;

/** Australian Medicare card: first digit 2–6, weights 1 3 7 9 1 3 7 9 on the first eight, the sum mod 10 the ninth. */
function australianMedicareValid(raw: string): boolean {
  const d = digitsOf(raw);
  if ((d.length !== 10 && d.length !== 11) || d[0]! < '2' || d[0]! > '6') return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * weights[i]!;
  return sum % 10 === Number(d[8]);
}

/**
 * German KVNR: a letter and nine digits, the tenth a check. The letter as its two-digit place in the alphabet and the
 * first eight digits are weighted 1, 2, 1, 2 …; the digits of each product are summed, mod 10.
 */
function kvnrValid(raw: string): boolean {
  const m = /^([A-Z])(\d{9})$/.exec(raw);
  if (!m) return false;
  const digits = String(m[1]!.charCodeAt(0) - 64).padStart(2, '0') + m[2]!.slice(0, 8);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[2]![8]);
}

/**
 * ICAO 9303's check digit (weights 7, 3, 1; letters A = 10 … Z = 35) over all but the last character, which it must be:
 * the German identity card prints its number so ("L01X00T471" and the check).
 */
function icaoCheckValid(raw: string): boolean {
  let sum = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    const c = raw.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * [7, 3, 1][i % 3]!;
  }
  return sum % 10 === Number(raw[raw.length - 1]);
}

/**
 * A British driving licence number: surname (nines fill it), birth decade, month (+50 for women), day, year, initials, a
 * digit, two check characters (letters or digits: DVLA prints both, "…VF9D9").
 */
function ukLicenceValid(raw: string): boolean {
  const month = Number(raw.slice(6, 8));
  const day = Number(raw.slice(8, 10));
  return ((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) && day >= 1 && day <= 31;
}

/** Hungary's adóazonosító jel: the first nine digits weighted 1 to 9, the sum mod 11 (never 10) is the tenth. */
function hungarianTaxIdValid(raw: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(raw[i]) * (i + 1);
  return sum % 11 === Number(raw[9]);
}

/** Mexico's RFC: letters of the name, the birth or founding date YYMMDD, a three-character homoclave. */
function mexicanRfcValid(raw: string): boolean {
  const date = raw.slice(-9, -3);
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Mexico's CLABE: 18 digits, weights 3, 7, 1 (each product mod 10), the check making the sum a multiple of 10. */
function clabeValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(d[i]) * [3, 7, 1][i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === Number(d[17]);
}

/** Argentina's CBU (and CVU): a bank and branch block of eight digits and an account block of fourteen, each with its own check. */
function cbuValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 22) return false;
  const block = (from: number, weights: number[]) => {
    const sum = weights.reduce((s, w, i) => s + Number(d[from + i]) * w, 0);
    return (10 - (sum % 10)) % 10 === Number(d[from + weights.length]);
  };
  return block(0, [7, 1, 3, 9, 7, 1, 3]) && block(8, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]);
}

/** A 24-digit RIB (Morocco's: bank, city, account, then a key of 97 − (the rest × 100 mod 97)). */
function rib24Valid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 24) return false;
  return 97 - Number((BigInt(d.slice(0, 22)) * 100n) % 97n) === Number(d.slice(22));
}

/**
 * Czech and Slovak birth number (rodné číslo): a birth date (the month plus 50 for women, plus 20 or 70 for numbers
 * issued past a day's 9999) and four digits, the ten divisible by 11 (or the first nine mod 11 being 10 and the last
 * 0, as some numbers of the 1980s are).
 */
export function rodneCisloValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10) return false;
  const month = Number(d.slice(2, 4)) % 50;
  const day = Number(d.slice(4, 6));
  if (!((month >= 1 && month <= 12) || (month >= 21 && month <= 32)) || day < 1 || day > 31) return false;
  const n = BigInt(d);
  return n % 11n === 0n || (BigInt(d.slice(0, 9)) % 11n === 10n && d[9] === '0');
}

/**
 * German pension insurance number (Rentenversicherungsnummer, the Sozialversicherungsnummer on the SV card): a
 * two-digit area, the birth date (ddmmyy), the surname's initial, two digits and a check digit over the letter's
 * two-digit place and the rest, weighted 2 1 2 5 7 1 2 1 2 1 2 1 (digit sums of the products).
 */
function germanRvnrValid(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (!/^\d{8}[A-Z]\d{3}$/.test(s)) return false;
  const day = Number(s.slice(2, 4));
  const month = Number(s.slice(4, 6));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const letter = String(s.charCodeAt(8) - 64).padStart(2, '0');
  const digits = s.slice(0, 8) + letter + s.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(s[11]);
}

/**
 * Estonia's isikukood and Lithuania's asmens kodas: a sex-and-century digit, the birth date YYMMDD, three serial digits
 * and a check: the first ten weighted 1 … 9, 1, mod 11; where that is 10, weighted 3 … 9, 1, 2, 3, mod 11 (10 → 0).
 */
export function balticPersonalCodeValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || d[0]! < '1' || d[0]! > '6') return false;
  const weighted = (w: number[]) => w.reduce((sum, x, i) => sum + x * Number(d[i]), 0) % 11;
  let check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  if (check === 10) check = weighted([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
  return check === Number(d[10]) && dateValid(d.slice(1, 7));
}

/** YYMMDD with a month and a day that exist (any year). */
function dateValid(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Latvia's personas kods: DDMMYY and five digits, the last a check ((1101 − the first ten weighted 1, 6, 3, 7, 9, 10,
 * 5, 8, 4, 2) mod 11); codes issued since 2017 open with 32 and carry no date, and are taken by their name alone.
 */
export function latvianPersonalCodeValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11) return false;
  if (d.startsWith('32')) return true;
  const w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((acc, x, i) => acc + x * Number(d[i]), 0);
  return (1101 - sum) % 11 === Number(d[10]) && dateValid(d.slice(4, 6) + d.slice(2, 4) + d.slice(0, 2));
}

/** Iceland's kennitala: DDMMYY, two digits, a check (11 − the first eight weighted 3, 2, 7, 6, 5, 4, 3, 2, mod 11), the century. */
function kennitalaValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10 || !'890'.includes(d[9]!)) return false;
  const w = [3, 2, 7, 6, 5, 4, 3, 2];
  const r = w.reduce((acc, x, i) => acc + x * Number(d[i]), 0) % 11;
  const check = r === 0 ? 0 : 11 - r;
  // A day over 40 is a company's kennitala, no person's.
  return check !== 10 && check === Number(d[8]) && dateValid(d.slice(4, 6) + d.slice(2, 4) + d.slice(0, 2));
}

/** The former Yugoslavia's JMBG (Slovenia's EMŠO, North Macedonia's ЕМБГ): DDMMYYY, region, serial, a mod 11 check. */
export function jmbgValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13) return false;
  const w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let m = 11 - (w.reduce((acc, x, i) => acc + x * Number(d[i]), 0) % 11);
  if (m > 9) m = 0;
  return m === Number(d[12]) && dateValid('00' + d.slice(2, 4) + d.slice(0, 2));
}

/** Bulgaria's ЕГН: YYMMDD (months +20 or +40 for other centuries), three digits, a check (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, mod 11, 10 → 0). */
export function egnValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10) return false;
  const w = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = w.reduce((acc, x, i) => acc + x * Number(d[i]), 0) % 11;
  const month = Number(d.slice(2, 4)) % 20;
  return (r === 10 ? 0 : r) === Number(d[9]) && month >= 1 && month <= 12 && Number(d.slice(4, 6)) >= 1 && Number(d.slice(4, 6)) <= 31;
}

/** Croatia's OIB: eleven digits, the last an ISO 7064 MOD 11,10 check. */
export function oibValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11) return false;
  let a = 10;
  for (let i = 0; i < 10; i++) {
    a = (a + Number(d[i])) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  const check = 11 - a === 10 ? 0 : 11 - a;
  return check === Number(d[10]);
}

/** A Sri Lankan NIC's day of the year (1 … 366, or 501 … 866 for a woman): its only check that is published. */
function sriLankanNicPlausible(raw: string): boolean {
  const day = Number(raw.length === 12 ? raw.slice(4, 7) : raw.slice(2, 5));
  return (day >= 1 && day <= 366) || (day >= 501 && day <= 866);
}

/**
 * AS's round: tax and citizen numbers of further countries, each by its published check. Colombia's NIT (nine digits,
 * a dash and the check by prime weights 3, 7, 13 … mod 11), Peru's RUC (eleven digits opening with its taxpayer type
 * 10, 15, 16, 17 or 20, weights 5 4 3 2 7 6 5 4 3 2 mod 11), Moldova's IDNP (thirteen digits, weights 7 3 1), Slovenia's
 * davčna številka (eight digits, weights 8 … 2 mod 11) and the Dominican Republic's cédula (eleven digits, Luhn).
 */
function colombianNitValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length < 9 || d.length > 11 || /^(\d)\1+$/.test(d)) return false;
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47];
  const body = d.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * w[i]!;
  const r = sum % 11;
  return (r > 1 ? 11 - r : r) === Number(d[d.length - 1]);
}

function peruvianRucValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 11 || !/^(?:10|15|16|17|20)/.test(d)) return false;
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(d[i]) * w[i]!;
  const r = 11 - (sum % 11);
  return (r === 10 ? 0 : r === 11 ? 1 : r) === Number(d[10]);
}

function moldovanIdnpValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * [7, 3, 1][i % 3]!;
  return sum % 10 === Number(d[12]);
}

function slovenianTaxNumberValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 8 || d[0] === '0') return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * (8 - i);
  const r = 11 - (sum % 11);
  return r !== 11 && (r === 10 ? 0 : r) === Number(d[7]);
}

function dominicanCedulaValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 11 && !/^(\d)\1+$/.test(d) && passesLuhn(d);
}

/**
 * AT's round: further countries' numbers by their published checks or structure (the UK's NHS number is read by
 * `nhsValid`, national-ids.ts): Iran's national code (ten digits, weights 10 … 2, r < 2 ? r : 11 − r),
 * Guatemala's CUI (eight digits, a check by weights 2 … 9 mod 11, then a department 01 … 22 and a municipality), Kuwait's
 * civil ID (a century digit, the birth date YYMMDD, four digits and a check by weights 2 1 6 3 7 9 10 5 8 4 2), Malaysia's
 * MyKad (the birth date YYMMDD, a state or country code, four digits: no check, its shape and codes only).
 */
export function iranNationalCodeValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 10 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const r = sum % 11;
  return (r < 2 ? r : 11 - r) === Number(d[9]);
}

export function guatemalanCuiValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (i + 2);
  const department = Number(d.slice(9, 11));
  const municipality = Number(d.slice(11, 13));
  return sum % 11 === Number(d[8]) && department >= 1 && department <= 22 && municipality >= 1 && municipality <= 40;
}

export function kuwaitCivilIdValid(raw: string): boolean {
  const d = digitsOf(raw);
  if (d.length !== 12 || d[0]! < '1' || d[0]! > '3' || !dateValid(d.slice(1, 7))) return false;
  const w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const check = 11 - (w.reduce((acc, x, i) => acc + x * Number(d[i]), 0) % 11);
  return check < 10 && check === Number(d[11]);
}

/** MyKad's place-of-birth codes: the states (01 … 16), then the codes for born abroad and unknown. */
const MYKAD_PLACE = /^(?:0[1-9]|1[0-6]|2[1-9]|[3-5]\d|6[0-8]|7[1-24-9]|8[2-9]|9[0-3]|98|99)$/;

export function myKadValid(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length === 12 && dateValid(d.slice(0, 6)) && MYKAD_PLACE.test(d.slice(6, 8));
}

const NB = '(?<![\\p{L}\\p{N}_.,/-])';
const NE = '(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})';

function rule(name: string, label: RegExp, source: string, valid: (s: string) => boolean, before?: number): IdRule {
  return { name, label, pattern: new RegExp(`${NB}(?:${source})${NE}`, 'dgu'), valid, before };
}

const ID_RULES: IdRule[] = [
  // CE's round: or named by the plain words "national ID" or "citizen ID", in the number's own dashed layout or bare:
  // thirteen digits that pass Thailand's check after such words are a national ID whichever country issued them.
  rule(
    'th-citizen-id',
    /(?:เลขประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวผู้เสียภาษี|thai[ \t]+(?:national[ \t]+|citizen[ \t]+)?ID|(?:national|citizen)[ \t]+ID)/giu,
    '\\d-?\\d{4}-?\\d{5}-?\\d{2}-?\\d|\\d(?: \\d{4} \\d{5} \\d{2} \\d)',
    thaiIdValid,
  ),
  // AT's round: named after a pair too, in the plural ("… and … (Vietnam CCCDs)"): the name may follow by 64.
  { ...rule('vn-cccd', /(?:\bCCCDs?\b|căn[ \t]+cước(?:[ \t]+công[ \t]+dân)?|\bCMND\b)/giu, '0\\d{11}', vietnameseCccdValid), after: 64 },
  // AS's round: named up to a clause before ("can you check my NIT is right on the payslip? it should be …"); the
  // check keeps any other number out. The names in the countries' languages with their case endings.
  rule('co-nit', /(?:\bNIT\b|n[úu]mero[ \t]+de[ \t]+identificaci[óo]n[ \t]+tributaria)/gu, '\\d{3}\\.?\\d{3}\\.?\\d{3}-\\d|\\d{9}-\\d', colombianNitValid, 80),
  rule('pe-ruc', /(?:\bRUC\b|registro[ \t]+[úu]nico[ \t]+de[ \t]+contribuyentes?)/giu, '(?:10|15|16|17|20)\\d{9}', peruvianRucValid, 80),
  rule('md-idnp', /(?:\bIDNP\b|\bIDNO\b|cod(?:ul)?[ \t]+personal|num[ăa]r(?:ul)?[ \t]+de[ \t]+identificare|личн\p{L}*[ \t]+код|персональн\p{L}*[ \t]+(?:код|номер))/giu, '[02]\\d{12}', moldovanIdnpValid, 80),
  rule('si-tax-number', /(?:davčn\p{L}*[ \t]+številk\p{L}*|davcn\p{L}*[ \t]+stevilk\p{L}*|(?<![\p{L}])DŠ(?![\p{L}])|ID[ \t]+za[ \t]+DDV)/giu, '(?:SI)?[1-9]\\d{7}', slovenianTaxNumberValid, 80),
  rule('do-cedula', /(?:c[ée]dula(?:[ \t]+de[ \t]+identidad(?:[ \t]+y[ \t]+electoral)?)?|\bCIE\b)/giu, '\\d{3}-?\\d{7}-?\\d', dominicanCedulaValid, 80),
  // AT's round: named before or after, a pair's name in the plural ("… and … (Iran national codes)").
  rule('uk-nhs-number', /(?:\bNHS(?:[ \t]+(?:numbers?|no\.?|#))?|\bCHI[ \t]+numbers?)/gu, '\\d{3}([ -]?)\\d{3}\\1\\d{4}', nhsValid, 80),
  // BP's round: this rule and `ids-in-more-languages.ts`'s each read the number; one now, with both's words (the
  // zero-width non-joiner Persian writes inside "کد‌ملی").
  rule('ir-national-code', /(?:(?:iran(?:ian)?[ \t]+)?national[ \t]+codes?|کد[ \t\u200c]*ملی|شماره[ \t\u200c]+ملی|\bcodemelli\b|\bmelli[ \t]+code\b)/giu, '\\d{3}-?\\d{6}-?\\d', iranNationalCodeValid, 80),
  rule('gt-cui', /(?:\bCUIs?\b|\bDPIs?\b|c[óo]digo[ \t]+[úu]nico[ \t]+de[ \t]+identificaci[óo]n|documento[ \t]+personal[ \t]+de[ \t]+identificaci[óo]n)/gu, '\\d{4}([ -]?)\\d{5}\\1\\d{4}', guatemalanCuiValid, 80),
  rule('kw-civil-id', /(?:(?:kuwait(?:i)?[ \t]+)?civil[ \t]+(?:IDs?|id[ \t]+(?:numbers?|no\.?)|numbers?)|الرقم[ \t]+المدني|البطاقة[ \t]+المدنية)/giu, '[1-3]\\d{11}', kuwaitCivilIdValid, 80),
  // BP's round: one rule with the words of this and `ids-in-more-languages.ts`'s two (which read "IC" and "No. K/P"
  // alone, and reached 120 characters back), its shape with or without hyphens.
  { ...rule('my-mykad', /(?:MyKad|\bNRIC\b|kad[ \t]+pengenalan|(?<![\p{L}])(?:No\.?[ \t]*)?(?:IC|K\/P)(?![\p{L}]))/gu, '\\d{6}-?\\d{2}-?\\d{4}', myKadValid, 120), after: 64 },
  rule('sa-national-id', /(?:رقم[ \t]+الهوية|الهوية[ \t]+الوطنية|هوية[ \t]+وطنية|رقم[ \t]+الإقامة|\biqama\b|saudi[ \t]+(?:national[ \t]+)?ID)/giu, '[12]\\d{9}', saudiIdValid, 80),
  // TAJ in capitals: "Taj" is a name as often.
  rule('hu-taj', /\bTAJ\b/g, '\\d{3}([ -]?)\\d{3}\\1\\d{3}', tajValid),
  rule('gr-amka', /(?:ΑΜΚΑ|Α\.Μ\.Κ\.Α\.?|\bAMKA\b)/gu, '\\d{11}', amkaValid),
  // The MBI's shape is its own check (no other number puts letters and digits in those places), so its name may stand
  // a sentence before: "… said she was from Medicare and asked for her number. She gave them …".
  rule('us-medicare-mbi', /(?:medicare|\bMBI\b)/giu, MBI_SHAPE, () => true, 120),
  rule('au-medicare', /medicare/giu, '[2-6]\\d{3}([ ]?)\\d{5}\\1\\d(?:[ /-]?\\d)?', australianMedicareValid, 100),
  // Its own check lets the name stand a clause before: "die Versichertennummer … – auf meiner Karte steht …".
  rule('de-kvnr', /(?:\bKVNR\b|krankenversichertennummer|krankenversicherungsnummer|versichertennummer)/giu, '[A-Z]\\d{9}', kvnrValid, 90),
  // The German identity card's number: nine characters of its alphabet (no vowels but none read as digits) and the
  // ICAO check digit; the card's name up to a clause before ("Auf dem Personalausweis steht oben rechts …").
  rule('de-id-card', /(?:personalausweis\p{L}*|ausweisnummer|ausweis-?nr|\bausweis\b)/giu, '[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d', icaoCheckValid, 80),
  // BP's round: one rule with the words of this and `ids-in-more-languages.ts`'s (the genitive "rodného čísla"; "RČ"
  // bounded by letters, as `\b` sees no boundary after "Č").
  rule('cz-rodne-cislo', /(?:rodn[éeého]+[ \t]+[čc][íi]sl\p{L}*|(?<![\p{L}])R[ČC](?![\p{L}]))/giu, '\\d{6}/?\\d{4}', rodneCisloValid),
  rule('de-rvnr', /(?:rentenversicherungsnummer|sozialversicherungsnummer|\bRV-?(?:Nummer|Nr)\b|\bSV-?(?:Nummer|Nr)\b|versicherungsnummer)/giu, '\\d{2} ?\\d{6} ?[A-Za-z] ?\\d{3}', germanRvnrValid),
  // A British licence has no check digit, only its birth date's month and day to read; its shape (five letters of the
  // surname, six digits, two initials, a digit, two characters) is its own, so named right before it, it is taken
  // though the date is none (`shapeNamed`).
  {
    ...rule('uk-driving-licence', /(?:driving[ \t]+licen[cs]e|drivers?['’]?s?[ \t]+licen[cs]e|licen[cs]e[ \t]+(?:number|no\.?)|\bDVLA\b)/giu, '[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z0-9]{2}', ukLicenceValid),
    shapeNamed: true,
  },
  // The Ghana Card's number, officially its PIN (personal identification number): GHA, nine digits, a check digit.
  rule('gh-card', /(?:ghana[ \t]+card|ghanacard|\bNIA\b|\bPIN\b)/giu, 'GHA-?\\d{9}-?\\d', () => true),
  rule('mx-rfc', /\bRFC\b/gu, '[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}', mexicanRfcValid),
  { ...rule('mx-clabe', /\bCLABE\b/giu, '\\d{3}[ ]?\\d{3}[ ]?\\d{11}[ ]?\\d', clabeValid), kind: 'bank account' },
  { ...rule('ar-cbu', /\b(?:CBU|CVU)\b/gu, '\\d{8}[ ]?\\d{14}', cbuValid), kind: 'bank account' },
  // Peru's interbank account code (CCI, código de cuenta interbancario): twenty digits (bank, branch, account, two
  // check digits), in one run or in the groups banks print.
  { ...rule('pe-cci', /(?:\bCCI\b|c[óo]digo[ \t]+de[ \t]+cuenta[ \t]+interbancari[oa])/giu, '\\d{3}[ -]?\\d{3}[ -]?\\d{12}[ -]?\\d{2}', (s) => !/^(\d)\1+$/.test(s.replace(/\D/g, ''))), kind: 'bank account' },
  { ...rule('rib-24', /\bRIB\b/gu, '\\d{3}[ ]?\\d{3}[ ]?\\d{16}[ ]?\\d{2}', rib24Valid), kind: 'bank account' },
  // Hungary's tax identification number (adóazonosító jel): ten digits opening with 8, the first nine weighted 1 to 9, the
  // sum mod 11 the tenth; named with its possessive or case endings ("adóazonosító jelem", "adóazonosítója").
  rule('hu-tax-id', /(?:ad[óo]azonos[íi]t[óo]\p{L}*|ad[óo]sz[áa]m\p{L}*)/giu, '8\\d{9}', hungarianTaxIdValid),
  // Nigeria's Bank Verification Number: eleven digits that begin 22, named right before.
  rule('ng-bvn', /\bBVN\b/gu, '22\\d{9}', () => true),
  // The A-Number's name in its own case: "a number" in lower case is any number.
  // The Baltic personal codes, Iceland's kennitala, the former Yugoslavia's JMBG and EMŠO, Bulgaria's ЕГН and Croatia's
  // OIB, each by its own check and its name with the language's endings ("asmens kodas", "isikukoodi", "kennitalan
  // mín", "matični broj", "ЕГН-то"); the acronyms in capitals, their names without the Unicode flag (the scan for a
  // name runs over every text).
  // Lithuanian forms write the name short: "a.k." (asmens kodas).
  rule('ee-lt-personal-code', /(?:isikukood\p{L}*|asmens[ \t]+kod\p{L}*|personal[ \t]+code|(?<![\p{L}])a\.[ \t]?k\.)/giu, '[1-6]\\d{10}', balticPersonalCodeValid),
  rule('lv-personas-kods', /(?:personas[ \t]+kod\p{L}*|personal[ \t]+code)/giu, '\\d{6}-?\\d{5}', latvianPersonalCodeValid),
  rule('is-kennitala', /(?:kennit[aö]l\p{L}*|(?<![\p{L}])kt\.)/giu, '\\d{6}-?\\d{4}', kennitalaValid),
  // AV's round: North Macedonia's ЕМБГ in Latin letters (EMBG).
  rule('yu-jmbg', /(?:JMBG|EMBG|EMŠO|EMSO|ЈМБГ|ЕМБГ|[Mm]atičn[a-zčćšžđ]*[ \t]+broj|[Мм]атичн[а-яђјљњћџ]*[ \t]+број|[Ee]notn[a-zčšž]*[ \t]+matičn)/g, '\\d{13}', jmbgValid),
  rule('bg-egn', /(?:ЕГН|EGN(?<![A-Za-z]EGN)(?![A-Za-z])|[Ее]динн?[а-я]*[ \t]+гражданск[а-я]*[ \t]+номер)/g, '\\d{10}', egnValid),
  rule('hr-oib', /(?:OIB(?<![A-Za-z]OIB)(?![A-Za-z])|[Oo]sobn[a-zčćšž]*[ \t]+identifikacijsk[a-zčćšž]*[ \t]+broj)/g, '\\d{11}', oibValid),
  // Ethiopia's Fayda number (the FIN, twelve digits, or the FAN, sixteen), named in Amharic or English; no check is
  // published, so only its name right before it takes it.
  rule('et-fayda', /(?:ፋይዳ|\bFayda\b|ብሔራዊ[ \t]+መታወቂያ|መታወቂያ[ \t]+ቁጥር)/giu, '\\d{4}([ -]?)\\d{4}\\1\\d{4}(?:\\1\\d{4})?', () => true, 24),
  // The Philippines' PhilSys number (PSN, 16 digits) and its card number (PCN); Azerbaijan's FIN (seven letters and
  // digits on the identity card); no check is published for either, so only the name right before takes them.
  rule('ph-philsys', /(?:PhilSys|PhilID|ePhilID|\bPSN\b|\bPCN\b|Philippine[ \t]+(?:national[ \t]+)?ID)/giu, '\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}', () => true, 24),
  rule('az-fin', /(?:FİN|FIN(?=[ \t]*(?:kod|:|\())|f[əe]rdi[ \t]+identifikasiya[ \t]+(?:n[öo]mr[əe]si|kodu))/gu, '(?=[0-9A-Z]{0,6}\\d)(?=[0-9A-Z]{0,6}[A-Z])[0-9A-Z]{7}', () => true, 24),
  // Sri Lanka's NIC: the new twelve digits (the birth year, the day of the year, plus 500 for a woman, and five
  // digits) or the old nine and a letter; its name in English, Sinhala or Tamil within the line before.
  rule('lk-nic', /(?:\bNIC\b|ජාතික[ \t]+හැඳුනුම්පත[\u0D80-\u0DFF]*|ජා\.[ \t]?හැ\.[ \t]?අ\.?|හැඳුනුම්පත්[ \t]+අංක[\u0D80-\u0DFF]*|தேசிய[ \t]+அடையாள[ \t]+அட்டை)/gu, '(?:19|20)\\d{2}[0-8]\\d{7}|\\d{2}[0-8]\\d{6}[VvXx]', sriLankanNicPlausible),
  rule('us-a-number', /(?:\bA-(?:Number|number|No\.?)|\bA#|\b[Aa]lien[ \t]+[Rr]egistration(?:[ \t]+[Nn]umber)?|\bUSCIS[ \t]+(?:[Nn]umber|#))/gu, 'A-?\\d{8,9}', () => true),
];

/**
 * Myanmar's National Registration Card number, in Latin letters or Burmese script: the state's number (1 … 14), a
 * slash, the township's syllables, the holder's status in parentheses (N or နိုင်, a citizen; E, P, T …) and six
 * digits: "12/MaYaKa(N)123456", "၁၂/မရက(နိုင်)၁၂၃၄၅၆". The shape is the card's alone, so no name is needed.
 */
const MYANMAR_NRC: RegexRule = {
  name: 'mm-nrc',
  pattern:
    /(?<![\p{L}\p{N}/_-])(?:(?:1[0-4]|[1-9])\/(?:[A-Z][a-z]{1,3}){2,5}\((?:N|E|P|T|Naing|Ei|Pyu|Thi)\)\d{6}|(?:၁[၀-၄]|[၁-၉])\/[\u1000-\u109F]{2,20}\((?:နိုင်|ဧည့်|ပြု|သာ|န|ဧ|ပ|သ)\)[၀-၉]{6})(?![\p{L}\p{N}_])/dgu,
  judge: (m) => ({ start: m.index, end: m.index + m[0].length, label: 'national id' }),
};

export const IDS_BY_NAME_AND_CHECK_FINDERS: readonly Finder[] = [
  ...ID_RULES.map(idFinder),
  // Found where its parenthesis opens after a letter (the state's number and township stand up to 30 characters before).
  windowedFinder(MYANMAR_NRC, /[a-z\u1000-\u109F]\(/g, 30, 24),
];
