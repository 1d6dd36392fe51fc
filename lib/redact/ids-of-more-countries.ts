import type { Finder, SecretSpan } from './rules';

/**
 * AU's round: national identity numbers of Venezuela, El Salvador, Paraguay, Nicaragua, Egypt, Sri Lanka, Costa Rica and
 * Indonesia, named on their line or just before (by the ID's own name, the country's, or a word for an identity
 * number), as a form, a roster's row or a chat writes them.
 *
 * - By their check digit, under the ID's name or a generic identity word: Venezuela's RIF of a person (V/E, eight
 *   digits, a mod-11 check), El Salvador's DUI (eight digits, a weighted mod-10 check), Paraguay's RUC of a person
 *   (the cédula and a mod-11 digit), Nicaragua's cédula (municipality, birth date, serial and a mod-23 letter).
 * - By structure only, under the ID's or the country's own name: Egypt's 14-digit national ID (century, a birth date,
 *   a governorate), Sri Lanka's 12-digit NIC (year, day of the year, +500 for women), Costa Rica's cédula física
 *   (province, tomo, asiento) and Indonesia's 16-digit NIK (region codes, a birth date with women's day +40).
 */
const GENERIC = String.raw`(?:national[ \t]+id|identity|identification|id[ \t]+(?:no|number|card|#)|cédula|cedula|documento|n[úu]mero[ \t]+de|dni)`;
const NAMES = {
  rif: String.raw`(?:rif|venezuela\p{L}*)`,
  dui: String.raw`(?:dui|el[ \t]+salvador|salvadore\p{L}*)`,
  ruc: String.raw`(?:ruc|paragua\p{L}*)`,
  nicaragua: String.raw`(?:nicaragu\p{L}*)`,
  egypt: String.raw`(?:egypt\p{L}*|egipt\p{L}*|مصر|الرقم[ \t]+القومي|national[ \t]+id[ \t]+\(14)`,
  lanka: String.raw`(?:sri[ \t]+lanka\p{L}*|nic)`,
  costa: String.raw`(?:costa[ \t]+ric\p{L}*|cédula[ \t]+física|cedula[ \t]+fisica)`,
  indonesia: String.raw`(?:indonesia\p{L}*|nik|ktp)`,
};
const near = (names: string) => new RegExp(String.raw`(?<![\p{L}])${names}(?![\p{L}])`, 'iu');
const CONTEXT = Object.fromEntries(Object.entries(NAMES).map(([k, v]) => [k, near(v)])) as Record<keyof typeof NAMES, RegExp>;
const GENERIC_NEAR = near(GENERIC);

const RIF = /(?<![\p{L}\p{N}-])([VE])-?(\d{1,2}\.?\d{3}\.?\d{3})-?(\d)(?![\p{L}\p{N}])/giu;
const DASHED = /(?<![\p{L}\p{N}.-])(\d{6,8})-(\d)(?![\p{L}\p{N}]|[.-]\d)/gu;
const NICARAGUA = /(?<![\p{L}\p{N}-])(\d{3})-?(\d{6})-?(\d{4})([A-Y])(?![\p{L}\p{N}])/giu;
const DIGITS = /(?<![\p{L}\p{N}-])(\d{9}|\d-\d{4}-\d{4}|\d{12}|\d{14}|\d{16})(?![\p{L}\p{N}]|[.-]\d)/gu;

function rifValid(letter: string, digits: string, check: string): boolean {
  const d = digits.replace(/\./g, '').padStart(8, '0');
  if (d.length !== 8) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  let c = letter.toUpperCase() === 'V' ? 4 : 8;
  for (let i = 0; i < 8; i++) c += weights[i]! * Number(d[i]);
  return '00987654321'[c % 11] === check;
}

function duiValid(d: string, check: string): boolean {
  if (d.length !== 8) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i]);
  return (10 - (s % 10)) % 10 === Number(check);
}

function rucValid(d: string, check: string): boolean {
  let s = 0;
  for (let i = 0; i < d.length; i++) s += (i + 2) * Number(d[d.length - 1 - i]);
  return ((((-s % 11) + 11) % 11) % 10) === Number(check);
}

function dateValid(dd: number, mm: number): boolean {
  return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
}

function nicaraguaValid(muni: string, date: string, serial: string, letter: string): boolean {
  if (!dateValid(Number(date.slice(0, 2)), Number(date.slice(2, 4)))) return false;
  const n = BigInt(muni + date + serial);
  return 'ABCDEFGHJKLMNPQRSTUVWXY'[Number(n % 23n)] === letter.toUpperCase();
}

function egyptValid(d: string): boolean {
  if (d[0] !== '2' && d[0] !== '3') return false;
  const gov = Number(d.slice(7, 9));
  return dateValid(Number(d.slice(5, 7)), Number(d.slice(3, 5))) && ((gov >= 1 && gov <= 35) || gov === 88);
}

function lankaValid(d: string): boolean {
  const year = Number(d.slice(0, 4));
  const day = Number(d.slice(4, 7));
  return year >= 1900 && year <= 2030 && ((day >= 1 && day <= 366) || (day >= 501 && day <= 866));
}

function indonesiaValid(d: string): boolean {
  const province = Number(d.slice(0, 2));
  let day = Number(d.slice(6, 8));
  if (day > 40) day -= 40;
  return province >= 11 && province <= 94 && dateValid(day, Number(d.slice(8, 10))) && d.slice(12) !== '0000';
}

/** The line up to the number and the 100 characters before it (a form's label on the line above). */
function contextOf(text: string, at: number): string {
  const lineEnd = text.indexOf('\n', at);
  return text.slice(Math.max(0, at - 100), lineEnd < 0 ? Math.min(text.length, at + 100) : Math.min(lineEnd, at + 100));
}

function findIdsOfMoreCountries(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const push = (start: number, value: string) => spans.push({ start, end: start + value.length, label: 'national id' });
  RIF.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RIF.exec(text)); ) {
    const ctx = contextOf(text, m.index);
    if ((CONTEXT.rif.test(ctx) || GENERIC_NEAR.test(ctx)) && rifValid(m[1]!, m[2]!, m[3]!)) push(m.index, m[0]);
  }
  DASHED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DASHED.exec(text)); ) {
    const ctx = contextOf(text, m.index);
    const generic = GENERIC_NEAR.test(ctx);
    if (((CONTEXT.dui.test(ctx) || generic) && duiValid(m[1]!, m[2]!)) || ((CONTEXT.ruc.test(ctx) || generic) && rucValid(m[1]!, m[2]!))) {
      // A generic word alone with the other country's name on the line is that country's number, checked as such.
      if (CONTEXT.dui.test(ctx) && !duiValid(m[1]!, m[2]!)) continue;
      if (CONTEXT.ruc.test(ctx) && !rucValid(m[1]!, m[2]!)) continue;
      push(m.index, m[0]);
    }
  }
  NICARAGUA.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NICARAGUA.exec(text)); ) {
    const ctx = contextOf(text, m.index);
    if ((CONTEXT.nicaragua.test(ctx) || GENERIC_NEAR.test(ctx)) && nicaraguaValid(m[1]!, m[2]!, m[3]!, m[4]!)) push(m.index, m[0]);
  }
  DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIGITS.exec(text)); ) {
    const ctx = contextOf(text, m.index);
    const d = m[1]!;
    const ok =
      (d.length === 14 && CONTEXT.egypt.test(ctx) && egyptValid(d)) ||
      (d.length === 12 && CONTEXT.lanka.test(ctx) && lankaValid(d)) ||
      ((d.length === 9 || d.length === 11) && CONTEXT.costa.test(ctx) && /^[1-9]/.test(d)) ||
      (d.length === 16 && CONTEXT.indonesia.test(ctx) && indonesiaValid(d));
    if (ok) push(m.index, d);
  }
  return spans;
}

export const IDS_OF_MORE_COUNTRIES_FINDERS: readonly Finder[] = [
  {
    name: 'ids-of-more-countries',
    find: findIdsOfMoreCountries,
    trigger: /rif|venezuel|dui|salvador|ruc|paragua|nicaragu|egypt|egipt|مصر|القومي|lanka|nic|costa|indonesia|nik|ktp|id|c[ée]dula|documento|n[úu]mero/i,
  },
];
