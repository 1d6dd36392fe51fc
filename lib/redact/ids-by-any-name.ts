import {
  chineseIdValid,
  cpfValid,
  idFinder,
  idRegexRule,
  koreanRrnValid,
  passesVerhoeff,
  peselValid,
  romanianCnpValid,
  southAfricanIdValid,
  nhsValid,
  spanishIdValid,
  austrianSvnrValid,
  codiceFiscaleValid,
  tcKimlikValid,
  type IdRule,
  belgianNationalNumberValid,
  bsnValid,
  hetuValid,
  myNumberValid,
  norwegianFnrValid,
  portugueseNifValid,
  swedishPersonnummerValid,
} from './national-ids';
import { amkaValid, balticPersonalCodeValid, guatemalanCuiValid, iranNationalCodeValid, jmbgValid, kuwaitCivilIdValid, latvianPersonalCodeValid, myKadValid, rodneCisloValid, vietnameseCccdValid } from './ids-by-name-and-check';
import { isPlausibleSsn } from './checks';
import { fastScan, wordAnchors } from './fast-anchors';
import { passesLuhn } from './luhn';
import { findInWindows, windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * Identity numbers named in any language, in two ways.
 *
 * By check: a number that passes a national number's own check — a South African ID's date and Luhn digit, Aadhaar's
 * Verhoeff digit, a DNI's letter, a CPF's two digits, a TC Kimlik's, a CNP's, a PESEL's, a Chinese or Korean resident
 * number's date and check, a Mongolian register number's two letters and birth date — named by a generic name for an
 * identity number in any of some sixty languages ("Inombolo kamazisi" in Zulu, "NAN" in Basque, "ആധാർ നമ്പർ" in
 * Malayalam, "personal number", "numéro d'identité", "kimlik numarası"). The country's own word for its number is
 * not needed: the check says which number it is, the generic name says that it is one.
 *
 * By name: numbers without a public check, each in its own shape, named by the country's own word right before them,
 * heading a label that runs on to a colon, or in the sentence before a "mine is" — a Georgian personal number
 * (პირადი ნომერი), an Armenian public service number (ՀԾՀ), an Albanian NID, a Nepali citizenship certificate number
 * (नागरिकता), a Cambodian ID card number (អត្តសញ្ញាណប័ណ្ណ), a Maltese ID card, Nigeria's NIN and BVN.
 */

/** The peoples of the countries whose numbers forms ask for, as English names them before a number's name. */
const DEMONYMS =
  String.raw`Chinese|Korean|Japanese|Taiwanese|Mongolian|Kazakh|Uzbek|Kyrgyz|Tajik|Georgian|Armenian|Azerbaijani|Turkish|Iranian|Iraqi|Syrian|Lebanese|Jordanian|Israeli|Saudi|Emirati|Egyptian|Moroccan|Algerian|Tunisian|` +
  String.raw`Nigerian|Ghanaian|Kenyan|Tanzanian|Ugandan|Rwandan|Ethiopian|Somali|South[ \t]+African|Zimbabwean|Zambian|Cameroonian|Senegalese|Indian|Pakistani|Bangladeshi|Nepali|Nepalese|Sri[ \t]+Lankan|Afghan|` +
  String.raw`Cambodian|Khmer|Thai|Lao|Laotian|Burmese|Myanmar|Vietnamese|Malaysian|Singaporean|Indonesian|Filipino|Philippine|Australian|Brazilian|Mexican|Argentine|Argentinian|Chilean|Peruvian|Colombian|Venezuelan|` +
  String.raw`Ecuadorian|Bolivian|Uruguayan|Paraguayan|Cuban|Russian|Ukrainian|Belarusian|Moldovan|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Bosnian|Slovenian|Montenegrin|Albanian|Macedonian|Kosovar|` +
  String.raw`Greek|Cypriot|Maltese|Italian|Spanish|Portuguese|French|German|Austrian|Swiss|Dutch|Belgian|Luxembourgish|Danish|Swedish|Norwegian|Finnish|Icelandic|Estonian|Latvian|Lithuanian|Irish`;

/** Generic names for an identity number, in many languages and scripts (words, then acronyms in their case). */
const GENERIC_ID_NAME =
  String.raw`(?<![\p{L}])(?:` +
  // English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Hungarian, Romanian, Turkish.
  String.raw`(?:national[ \t]+)?id(?:entity|entification)?[ \t]+(?:card[ \t]+)?(?:number|no\.?|nr\.?|#)|personal[ \t]+(?:id(?:entity)?[ \t]+)?(?:number|code|no\.?)|national[ \t]+id(?:entity)?(?:[ \t]+(?:card|number))?|citizen(?:ship)?[ \t]+(?:id|number|card)|` +
  String.raw`(?:personal)?ausweisnummer|personennummer|identit[äa]tsnummer|id-nummer|num[ée]ro[ \t]+d['’]identit[ée]|num[ée]ro[ \t]+de[ \t]+(?:la[ \t]+)?carte[ \t]+d['’]identit[ée]|` +
  String.raw`n[úu]mero[ \t]+de[ \t]+(?:identidad|identificaci[óo]n|c[ée]dula|identifica[çc][ãa]o)|c[ée]dula|bilhete[ \t]+de[ \t]+identidade|cart[ãa]o[ \t]+de[ \t]+cidad[ãa]o|numero[ \t]+(?:di[ \t]+)?(?:identit[àa]|carta[ \t]+d['’]identit[àa])|` +
  String.raw`identiteitsnummer|persoonsnummer|numer[ \t]+(?:dowodu|identyfikacyjny)|[čc][íi]slo[ \t]+ob[čc]ansk[ée]ho[ \t]+pr[ůu]kazu|szem[ée]lyi[ \t]+sz[áa]m|szem[ée]lyazonos[íi]t[óo]\p{L}*|cod[ \t]+personal|kimlik[ \t]+numaras[ıi]|` +
  // Slavic languages in Latin and Cyrillic, Mongolian, Albanian, Georgian, Armenian, Azerbaijani, Greek.
  String.raw`osebn\p{L}*[ \t]+izkaznic\p{L}*|osobn\p{L}*[ \t]+iskaznic\p{L}*|li[čc]n\p{L}*[ \t]+kart\p{L}*|mati[čc]ni[ \t]+broj|личн(?:ый|ий)[ \t]+номер|идентификационн\p{L}*[ \t]+номер|личен[ \t]+(?:номер|број)|лични[ \t]+број|ідентифікаційн\p{L}*[ \t]+номер|` +
  String.raw`регистрийн[ \t]+дугаар|иргэний[ \t]+үнэмлэх\p{L}*|(?:numri|nr\.?|num[ëe]r(?:i|in)?)[ \t]+personal|numri[ \t]+i[ \t]+identifikimit|let[ëe]rnjoftim\p{L}*|პირადი[ \t]+ნომერ\p{L}*|პირადობის[ \t]+მოწმობ\p{L}*|անձնական[ \t]+համար\p{L}*|` +
  String.raw`հանրային[ \t]+ծառայությունների[ \t]+համարանիշ\p{L}*|şəxsiyyət[ \t]+vəsiqəsi\p{L}*|αριθμ(?:ός|ό)[ \t]+ταυτότητας|` +
  // Basque, Welsh, Maltese, Irish, Zulu and Xhosa, Yoruba (tone marks as combining marks or not), Hausa, Swahili, Amharic.
  String.raw`nortasun[ \t]+agiri\p{L}*|rhif[ \t]+(?:adnabod|hunaniaeth)|karta[ \t]+tal-identit[àa]|numru[ \t]+tal-identit[àa]|uimhir[ \t]+(?:aitheantais|phearsanta)|inombolo[ \t]+(?:ka)?mazisi|inombolo[ \t]+yesazisi|umazisi|isazisi|` +
  String.raw`n[oọ]\p{M}*[nń]\p{M}*b[aà]\p{M}*[ \t]+[iì]\p{M}*d[aá]\p{M}*n[iì]\p{M}*m[oọ]\p{M}*|lambar[ \t]+(?:katin[ \t]+)?shaida|(?:namba|nambari)[ \t]+ya[ \t]+kitambulisho|kitambulisho|መታወቂያ|` +
  // Arabic, Persian, Urdu, Hebrew, the Indic scripts (Aadhaar in each), Khmer, Lao, Burmese, Malay, Tagalog.
  String.raw`رقم[ \t]+الهوية|الرقم[ \t]+الوطني|کد[ \t]+ملی|شماره[ \t]+ملی|شناختی[ \t]+(?:کارڈ|نمبر)|מספר[ \t]+זהות|पहचान[ \t]+(?:संख्या|नंबर|नम्बर)|नागरिकता|परिचयपत्र|জাতীয়[ \t]+পরিচয়পত্র|পরিচয়পত্র|` +
  String.raw`ആധാർ|ஆதார்|ఆధార్|ಆಧಾರ್|আধার|આધાર|ਆਧਾਰ|ଆଧାର|آدھار|அடையாள[ \t]+எண்|തിരിച്ചറിയൽ[ \t]+നമ്പർ|గుర్తింపు[ \t]+సంఖ్య|អត្តសញ្ញាណប័ណ្ណ|លេខអត្តសញ្ញាណ|ບັດປະຈຳຕົວ|မှတ်ပုံတင်|` +
  String.raw`nombor[ \t]+kad[ \t]+pengenalan|numero[ \t]+ng[ \t]+ID|` +
  // A country's people named before "ID", "personal no.", "social card" or "register", as forms in English name another
  // country's number ("Chinese ID …", "Georgian personal no. …", "Armenian social card …").
  String.raw`(?:${DEMONYMS})[ \t]+(?:national[ \t]+)?(?:ID(?:[ \t]+(?:card|number|no\.?))?|personal[ \t]+(?:no\.?|number|code|ID)|social[ \t]+(?:card|number)|register(?:[ \t]+(?:no\.?|number))?|resident[ \t]+(?:number|registration[ \t]+number)|citizen(?:ship)?[ \t]+(?:no\.?|number))|` +
  // Afrikaans, Belarusian, Kazakh, Uzbek, Luxembourg's and France's matricule, Lithuanian, Galician, Cebuano, Somali,
  // Igbo, Sinhala, Macedonian.
  String.raw`id-?nommer|identiteitsnommer|ідэнтыфікацыйн\p{L}*[ \t]+нумар|асабіст\p{L}*[ \t]+нумар|жеке[ \t]+сәйкестендіру[ \t]+нөмір\p{L}*|` +
  String.raw`shaxsiy[ \t]+identifikatsiya[ \t]+raqami|shaxsiy[ \t]+raqam\p{L}*|жшшир|matricules?|num[ée]ro[ \t]+d['’]identification[ \t]+national|identifiant[ \t]+national|` +
  String.raw`asmens[ \t]+kod\p{L}*|n[úu]mero[ \t]+de[ \t]+identidade|numero[ \t]+sa[ \t]+ID|lambarka[ \t]+aqoonsiga|n[oọ]\p{M}*mba[ \t]+njirimara|හැඳුනුම්පත්[ \t]+අංක[\u0D80-\u0DFF]*|ජාතික[ \t]+හැඳුනුම්පත[\u0D80-\u0DFF]*|матичен[ \t]+број` +
  String.raw`)(?![\p{L}])|(?<![\p{L}])(?:NAN|NIN|BVN|NID|NIDA|ՀԾՀ|ЖСН|ИИН|IIN|FİN|UIN|PINFL|ПИНФЛ|JSHSHIR|ЖШШИР|ЕМБГ)(?![\p{L}])`;

const NAMES = new RegExp(GENERIC_ID_NAME, 'giu');
const NB = '(?<![\\w.,/-])';
const NE = '(?![\\w]|[.,/-]\\d)';

/** DDMMYY or YYMMDD with a month and a day that exist. */
function dayMonthValid(day: string, month: string): boolean {
  const d = Number(day);
  const m = Number(month);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Kazakhstan's IIN (ЖСН): the birth date YYMMDD, a century-and-sex digit, four serial digits and a check: the first
 * eleven weighted 1 … 11 mod 11, or where that is 10, weighted 3 … 11, 1, 2 (10 again: no number is issued). A
 * company's BIN has the same check but no date (its fifth digit is 4, 5 or 6).
 */
function kazakhIinValid(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (d.length !== 12 || !dayMonthValid(d.slice(4, 6), d.slice(2, 4)) || d[6]! > '6') return false;
  const weighted = (w: number[]) => w.reduce((sum, x, i) => sum + x * Number(d[i]), 0) % 11;
  let check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check !== 10 && check === Number(d[11]);
}

/**
 * Uzbekistan's PINFL (JSHSHIR): a century-and-sex digit, the birth date DDMMYY, a district's three digits, three
 * serial digits and a check, the first thirteen weighted 7, 3, 1 in turn, mod 10.
 */
function uzbekPinflValid(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (d.length !== 14 || d[0]! < '1' || d[0]! > '6' || !dayMonthValid(d.slice(1, 3), d.slice(3, 5))) return false;
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * w[i % 3]!;
  return sum % 10 === Number(d[13]);
}

/**
 * Belarus's personal (identification) number: a century-and-sex digit, the birth date DDMMYY, a region's letter, three
 * serial digits, two letters and a check: the first thirteen characters (letters as 10 … 35) weighted 7, 3, 1, mod 10.
 */
function belarusPersonalNumberValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[1-6]\d{6}[A-Z]\d{3}[A-Z]{2}\d$/.test(s) || !dayMonthValid(s.slice(1, 3), s.slice(3, 5))) return false;
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (/\d/.test(s[i]!) ? Number(s[i]) : s.charCodeAt(i) - 55) * w[i % 3]!;
  return sum % 10 === Number(s[13]);
}

/**
 * Luxembourg's matricule: the birth date YYYYMMDD, three serial digits, a Luhn check over the first eleven and a
 * Verhoeff check over the same eleven.
 */
function luxembourgMatriculeValid(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (d.length !== 13 || !/^(?:19|20)/.test(d) || !dayMonthValid(d.slice(6, 8), d.slice(4, 6))) return false;
  return passesLuhn(d.slice(0, 12)) && passesVerhoeff(d.slice(0, 11) + d[12]);
}

/** A Mongolian register number: two Cyrillic capitals, then the birth date (month + 20 after 1999) and two digits. */
function mongolianRegisterValid(raw: string): boolean {
  const d = raw.slice(2);
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return ((month >= 1 && month <= 12) || (month >= 21 && month <= 32)) && day >= 1 && day <= 31;
}

const byCheck = (name: string, source: string, valid: (s: string) => boolean, before = 64): IdRule => ({
  name: `${name}-by-any-name`,
  label: NAMES,
  pattern: new RegExp(`${NB}${source}${NE}`, 'dgu'),
  valid,
  before,
});

/** A shape named right before it by its country's own word (the rule of `IdRule.shapeNamed`: no check to pass). */
const byName = (name: string, label: RegExp, source: string): IdRule => ({
  name,
  label,
  pattern: new RegExp(`${NB}${source}${NE}`, 'dgu'),
  valid: () => false,
  shapeNamed: true,
});

const BY_CHECK: IdRule[] = [
  byCheck('za-id', '\\d{6} ?\\d{4} ?\\d{3}', southAfricanIdValid),
  byCheck('in-aadhaar', '[2-9]\\d{3}([ -]?)\\d{4}\\1\\d{4}', (s) => passesVerhoeff(s.replace(/\D/g, ''))),
  byCheck('es-dni-nie', '(?:[XYZxyz][- ]?\\d{7}|\\d{8})[- ]?[A-Za-z]', spanishIdValid),
  byCheck('br-cpf', '\\d{3}(\\.?)\\d{3}\\1\\d{3}-?\\d{2}', cpfValid),
  byCheck('tr-tckn', '[1-9]\\d{10}', tcKimlikValid),
  byCheck('ro-cnp', '[1-9]\\d{12}', romanianCnpValid),
  byCheck('pl-pesel', '\\d{11}', peselValid),
  byCheck('cn-resident-id', '[1-9]\\d{16}[\\dXx]', chineseIdValid),
  byCheck('kr-rrn', '\\d{6}-?\\d{7}', koreanRrnValid),
  // The letters and the date are the check: named up to 80 characters before, in the sentence before as often.
  byCheck('mn-register', '[А-ЯЁӨҮ]{2}\\d{8}', mongolianRegisterValid, 80),
  byCheck('kz-iin', '\\d{12}', kazakhIinValid),
  byCheck('uz-pinfl', '[1-6]\\d{13}', uzbekPinflValid),
  byCheck('by-personal-number', '[1-6]\\d{6}[A-Za-z]\\d{3}[A-Za-z]{2}\\d', belarusPersonalNumberValid),
  byCheck('lu-matricule', '(?:19|20)\\d{2}(?:[ ]?\\d{2}){2}[ ]?\\d{3}[ ]?\\d{2}', luxembourgMatriculeValid),
  // More countries' numbers by their own checks under a form's generic "ID no." (a staff file, a table to tidy): the
  // Estonian and Lithuanian personal codes, the Latvian one (dated, with its dash), the former Yugoslavia's JMBG and
  // Slovenia's EMŠO, Japan's My Number, Finland's HETU, Sweden's personnummer (dashed: the bare ten digits are any
  // number's), Norway's fødselsnummer, the Dutch BSN, the Belgian national number, a Portuguese person's NIF (1, 2 or
  // 3 first: 5 to 9 open a company's or a body's) and a US SSN in its dashes.
  byCheck('ee-lt-personal-code', '[1-6]\\d{10}', balticPersonalCodeValid),
  byCheck('lv-personas-kods', '\\d{6}-\\d{5}', (s) => !s.startsWith('32') && latvianPersonalCodeValid(s)),
  byCheck('yu-jmbg', '\\d{13}', jmbgValid),
  byCheck('jp-my-number', '\\d{4} ?\\d{4} ?\\d{4}', myNumberValid),
  byCheck('fi-hetu', '\\d{6}[-+A-FYXWVU]\\d{3}[0-9A-Y]', hetuValid),
  byCheck('se-personnummer', '(?:19|20)?\\d{6}[-+]\\d{4}', swedishPersonnummerValid),
  byCheck('no-fodselsnummer', '\\d{11}', norwegianFnrValid),
  byCheck('nl-bsn', '\\d{9}', bsnValid),
  byCheck('be-national-number', '\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}|\\d{6}-\\d{3}-\\d{2}', belgianNationalNumberValid),
  byCheck('pt-nif', '[1-3]\\d{8}', portugueseNifValid),
  byCheck('us-ssn', '\\d{3}-\\d{2}-\\d{4}', (s) => isPlausibleSsn(s.replace(/\D/g, ''))),
  // AT's round: under a generic name too ("identity number …", "número de identificación …"): the UK's NHS number in its
  // groups, Iran's national code with its dashes, Guatemala's CUI in its groups, Kuwait's civil ID, Malaysia's MyKad with
  // its dashes, the Czech and Slovak birth number with its slash; each by its own check or structure.
  byCheck('uk-nhs', '\\d{3} \\d{3} \\d{4}', nhsValid),
  byCheck('ir-national-code', '\\d{3}-\\d{6}-\\d', iranNationalCodeValid),
  byCheck('gt-cui', '\\d{4} \\d{5} \\d{4}', guatemalanCuiValid),
  byCheck('kw-civil-id', '[1-3]\\d{11}', kuwaitCivilIdValid),
  byCheck('my-mykad', '\\d{6}-\\d{2}-\\d{4}', myKadValid),
  byCheck('cz-sk-rodne-cislo', '\\d{6}/\\d{4}', rodneCisloValid),
  byCheck('vn-cccd', '0\\d{11}', vietnameseCccdValid),
];

const BY_NAME: IdRule[] = [
  byName('ge-personal-number', /(?<![\p{L}])(?:პირადი[ \t]+ნომერ\p{L}*|პირადობის[ \t]+მოწმობ\p{L}*|personal[ \t]+number|Georgian[ \t]+(?:personal|ID)(?:[ \t]+(?:no\.?|number|code))?)(?![\p{L}])/giu, '\\d{11}'),
  byName('am-public-service-number', /(?<![\p{L}])(?:ՀԾՀ|հանրային[ \t]+ծառայությունների[ \t]+համարանիշ\p{L}*|անձնական[ \t]+համար\p{L}*|սոցիալական[ \t]+քարտ\p{L}*|Armenian[ \t]+(?:social[ \t]+(?:card|security[ \t]+number|number)|public[ \t]+service[ \t]+number))(?![\p{L}])/giu, '\\d{10}'),
  byName('al-nid', /(?<![\p{L}])(?:(?:numri|nr\.?|num[ëe]r(?:i|in)?)[ \t]+personal|numri[ \t]+i[ \t]+identifikimit|let[ëe]rnjoftim\p{L}*|NID)(?![\p{L}])/giu, '[A-Z]\\d{8}[A-Z]'),
  byName('np-citizenship', /(?:नागरिकता(?:[ \t]+प्रमाणपत्र)?(?:[ \t]+(?:नम्बर|नंबर|संख्या|नं\.?))?|citizenship[ \t]+(?:certificate[ \t]+)?(?:number|no\.?))/giu, '\\d{1,3}(?:[-/]\\d{1,6}){2,4}'),
  byName('kh-id-card', /(?:អត្តសញ្ញាណប័ណ្ណ|លេខអត្តសញ្ញាណ)/gu, '\\d{9,10}'),
  byName('mt-id-card', /(?<![\p{L}])(?:karta[ \t]+tal-identit[àa]|numru[ \t]+tal-(?:karta[ \t]+tal-)?identit[àa]|maltese[ \t]+ID(?:[ \t]+card)?)(?![\p{L}])/giu, '\\d{1,7}[MGAPLHBZ]'),
  // Tanzania's NIDA number: the birth date YYYYMMDD, then groups of five, five and two digits.
  byName('tz-nida', /(?<![\p{L}])(?:NIDA|kitambulisho[ \t]+cha[ \t]+taifa|namba[ \t]+ya[ \t]+NIDA)(?![\p{L}])/giu, '(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])-?\\d{5}-?\\d{5}-?\\d{2}'),
  byName('ng-nin', /(?<![\p{L}])(?:NIN|national[ \t]+identification[ \t]+number)(?![\p{L}])/gu, '\\d{11}'),
  // Issued from 22…, but eleven digits named BVN are one however they begin (a user's own, mistyped or not, is theirs).
  byName('ng-bvn', /(?<![\p{L}])(?:BVN|bank[ \t]+verification[ \t]+number)(?![\p{L}])/gu, '\\d{11}'),
];

/**
 * The generic names, found once per text for all the rules by check (a scan each took a tenth of a second per MB):
 * without their look-arounds, in the plain mode where nothing needs Unicode (a wider net; each rule's judge reads the
 * names whole again), and the text near them is searched by each rule's pattern.
 */
const NAME_ANCHORS = fastScan(wordAnchors(GENERIC_ID_NAME.replaceAll('(?<![\\p{L}])', '').replaceAll('(?![\\p{L}])', '').replaceAll('\\p{M}*', '[\\u0300-\\u036f]*')));
const CHECK_RULES = BY_CHECK.map(idRegexRule);
/** As `idFinder` reads: the number up to 80 characters after the name (64 for most), 24 before it (110 where its check vouches), or in the next sentence. */
const BEFORE_NAME = 140;
const AFTER_NAME = 128;

function findByCheck(text: string): ReturnType<Finder['find']> {
  const windows: [number, number][] = [];
  NAME_ANCHORS.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = NAME_ANCHORS.exec(text)); ) {
    const from = Math.max(0, a.index - BEFORE_NAME);
    const to = Math.min(text.length, a.index + a[0].length + AFTER_NAME);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    if (a[0].length === 0) NAME_ANCHORS.lastIndex++;
  }
  if (windows.length === 0) return [];
  return CHECK_RULES.flatMap((rule) => findInWindows(rule, windows, text));
}

/**
 * "ID" alone before a number, where the same sentence names another identity number: people listed with their
 * numbers, one given under its own name and the next as just "ID" ("Mmoja ni Mkenya (ID 36586183) na mwingine ni
 * Mtanzania (NIDA …)", "नागरिकता नम्बर …, अर्को … विद्यार्थीको ID 941772919 छ"). Alone, "ID 12345678" is an order's
 * or a user's as often; after such a word it stays one.
 */
const ID_NAMED_ALONE = /(?<![\p{L}\p{N}_])ID[ \t]*[:#]?[ \t]*(\d{7,12})(?![\p{L}\p{N}_]|[.,/-]\d)/dgu;
const ANOTHER_ID_NAME = new RegExp(GENERIC_ID_NAME, 'iu');
const NOT_A_PERSONS_ID = /(?<![\p{L}])(?:order|booking|transaction|ticket|user|customer|client|session|request|message|invoice|reference|tracking|account|device|app|product|item|game|match|player|event|job|build|task|issue|post|video|channel|chat|group)[ \t_-]*$/iu;

const ID_BESIDE_ANOTHER: RegexRule = {
  name: 'id-beside-another-id',
  pattern: ID_NAMED_ALONE,
  judge(m, text) {
    if (NOT_A_PERSONS_ID.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    const start = m.indices![1]![0];
    const end = start + m[1]!.length;
    // The sentence around it, the "ID" itself left out.
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const after = text.slice(end, end + 160);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?।។](?=\s[^.!?।។]*$)/u)) + 1) + ' ' + after.split(/\n|[.!?।។](?:\s|$)/u)[0];
    return ANOTHER_ID_NAME.test(sentence) ? { start, end, label: 'national id' } : null;
  },
};

/**
 * BO's round: "ID:" alone as a record's label, opening its clause ("Ana (from Tyrol) - ID: 1174 010772 - …", "(ID:
 * …)", a line that starts "ID: …"), before a number that passes the strong check of a European identity number whose
 * shape it has: the Belgian national number in its dots, an eleven-digit PESEL, fødselsnummer, Estonian or Lithuanian
 * personal code or AMKA (each a birth date and a check), a DNI or NIE with its letter, an Italian codice fiscale, a
 * Czech or Slovak birth number with its slash, an Austrian social insurance number as "NNNN DDMMYY". Where a word names
 * what the ID is of ("Order ID:", "user ID:") or the label runs on in a sentence, it is another record's; nine digits
 * alone (a BSN's shape, one number in eleven passing) are any record's too.
 */
const ID_LABEL_VALUE =
  /(?<![\p{L}\p{N}_])ID[ \t]*[:#][ \t]*(\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{11}|\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]|[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\d{6}\/\d{3,4}|\d{4} \d{6})(?![\p{L}\p{N}_]|[.,/-]\d)/dgu;
const CLAUSE_OPENS = /(?:^|[\n(,;|]|[ \t][-–—])[ \t]*$/u;
function strongIdCheck(v: string): boolean {
  if (/^\d{11}$/.test(v)) return peselValid(v) || norwegianFnrValid(v) || balticPersonalCodeValid(v) || amkaValid(v);
  if (/^\d{2}\./.test(v)) return belgianNationalNumberValid(v);
  if (v.includes('/')) return rodneCisloValid(v);
  if (/^\d{4} \d{6}$/.test(v)) return austrianSvnrValid(v);
  if (/^[A-Z]{6}/.test(v)) return codiceFiscaleValid(v);
  return spanishIdValid(v);
}
const ID_LABEL_AT_CLAUSE_START: RegexRule = {
  name: 'id-label-at-clause-start',
  pattern: ID_LABEL_VALUE,
  judge(m, text) {
    if (!CLAUSE_OPENS.test(text.slice(Math.max(0, m.index - 24), m.index)) || !strongIdCheck(m[1]!)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'national id' };
  },
};

export const IDS_BY_ANY_NAME_FINDERS: readonly Finder[] = [
  windowedFinder(ID_BESIDE_ANOTHER, /ID/g, 0, 40),
  windowedFinder(ID_LABEL_AT_CLAUSE_START, /ID[ \t]*[:#]/g, 0, 40),{ name: 'ids-by-check-and-any-name', find: findByCheck }, ...BY_NAME.map(idFinder)];
