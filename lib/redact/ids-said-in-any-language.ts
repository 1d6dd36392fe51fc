import type { Finder, SecretSpan } from './rules';

/**
 * BF's round: an identity number said with its name, in English and in other languages, whatever the country issues:
 * "my NIR number again 🙄 it's 0877-6802-7130", "NID number: VU2003928845", "national ID: 80966006V", "NIN:
 * 2910603012013", "Mi número de identidad es VU1963528891", "Mit personnummer fra ujlannet e 08063633954786H", "Mój
 * numer dowodu z zagranicy to VU1980021925", "Miun henkilönumero on 847803814", "Namba yakwa ya kitambulisho ni
 * 3975-7034-8959", "我的证件号是G7935105", "わしの身分証番号はSS870228602じゃけぇ", "내 신분증 번호는 5306-9859-1966이오";
 * and a sheet's column named for the number ("name\tcountry\tid_type\tid_number"), each row's cell in it.
 *
 * The name is an identity document's or number's, never a bare "ID" (a user's, a session's, an order's id is no
 * identity), and "ID number" only as the writer's own ("my ID number is …"); between it and the value at most forty
 * characters without a digit or a sentence's stop, ending with a copula, a colon or a particle. The value is an ID's
 * shape: six to sixteen digits with at most two capitals before and one after, or groups of digits joined by dashes or
 * spaces; a year, a date and one digit repeated are left.
 * BG's round: a social security or insurance number said so, the acronyms NIS, DIP and BI (a national insurance
 * scheme's, the Spanish-speaking documento de identidad personal, the Portuguese-speaking bilhete de identidade), a
 * document's number in the Slavic languages ("broj dokumenta", "broj osobne", "nomer dokumenta", "номер документа").
 */
const ID_NAME = String.raw`(?:national[ \t]+id(?:entity)?(?:[ \t]+(?:card|number|no\.?))?|id(?:entity)?[ \t-]+(?:card[ \t]+)?(?:number|no\.?|nummer|numer|nr\.?)|identity[ \t]+(?:card[ \t]+)?(?:number|no\.?)|(?:NINA|NIN|NID|NIC|CNI|NIR|NNI|NIRA|NIS|DIP|BI)(?:[ \t]+(?:number|no\.?|card))?|social[ \t]+(?:security|insurance)[ \t]+(?:number|no\.?)|broj[ \t]+(?:dokumenta|osobne)|nomer[ \t]+dokumenta|номер[ \t]+документа|n[úu]mero[ \t]+de[ \t]+(?:identi\p{L}+|c[ée]dula|documento)|numer[ou][ \t]+(?:de[ \t]+|d['’])identit\p{L}+|numero[ \t]+de[ \t]+identi\p{L}+|num[ée]ro[ \t]+d['’]identit\p{L}+|personnummer|henkil[öo]numer\p{L}*|numer[ \t]+dowodu|li[čc]ni[ \t]+broj|broj[ \t]+li[čc]ne[ \t]+karte|kitambulisho|ID-nummer\p{L}*|证件号(?:码)?|身份[证證]号(?:码)?|身份證號(?:碼)?|(?:n[úuù]m[ae]ro|nombre|numirul|numero|number)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:de[ \t]+|d['’]|di[ \t]+)identit\p{L}*|identit\p{L}*[ \t-]*num\p{L}*|personal\p{L}*[ \t]+nom\p{L}*|persoon\p{L}*num\p{L}*|isiku\p{L}*|номер[ \t]+удостоверени\p{L}*|n[úu]mero[ \t]+de[ \t]+DUI|n[úu]mero[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:de|['’]e|di|do|da)[ \t]+documento|رقم\p{L}*[ \t]+المدني|외국인[ \t]*등록[ \t]*번호|身分証(?:明書)?番号|신분증[ \t]*번호|주민등록[ \t]*번호)`;
// A Latin-script copula is a word of its own: the space after it keeps "e" from being taken off "E1412…".
const JOIN = String.raw`(?:[^\n\d.!?]{0,40}?(?:[ \t](?:is|es|er|e|è|é|je|to|on|ni|xi|ist|est|it['’]s|it[ \t]+is|são|om|ono|ăi|ast|isch|ze|c['’]est)(?=[ \t])|[:=：]|是|は|는|은|이))?[ \t]*`;
// BG's round: up to three capitals before the digits, a dash after them ("RCA9805167060", "GE-683221121"), two after
// ("39604334ZC"), and groups joined by slashes ("2576/1959/047") or led by capitals ("GD782-5605").
// BH's round: groups led by capitals, a dash maybe, some of two digits ("QX-2210-5531", "PW338-050-38"; bare digits
// grouped so are an SSN, which its own rule names), capitals
// and a dash before capitals ("FM-YAP-263038"), a slash before a year's two digits ("LC3388/56"), dotted groups
// ("KY23.5922.206") and a capital between digits ("83358561U651"); six digits at least in all.
const VALUE = String.raw`((?:[A-Z]{1,3}-?)?\d{6,16}[A-Z]{0,2}|(?:[A-Z]{1,3})?\d{3,6}(?:-\d{3,6}){1,3}|[A-Z]{1,3}-?\d{2,6}(?:-\d{2,6}){1,3}|\d{3,6}(?: \d{3,6}){1,3}|\d{3,4}\/\d{4}\/\d{3,4}|[A-Z]{2,3}-[A-Z]{2,4}-\d{4,8}|[A-Z]{1,3}\d{3,8}\/\d{2,4}|[A-Z]{1,3}\d{1,4}(?:\.\d{3,6}){1,3}|\d{6,10}[A-Z]\d{2,4})`;
// The value ends where the number does: no letter, digit or further group after it ("990307 6041 9" is not "990307 6041").
const SAID = new RegExp(String.raw`(?<![\p{Script=Latin}\p{N}])${ID_NAME}(?![\p{Script=Latin}])${JOIN}(?<![\p{N}])${VALUE}(?![\p{Script=Latin}\p{N}_]|[-/. ]\d)`, 'giu');
const GENERIC_ID_NAME = /^id[ \t-]/i;
// BH's round: the issuer named between ("my Cayman Islands ID card number").
const OWN_BEFORE = /(?<![\p{L}])(?:my|mera|meri|mien|mijn|mein|meine|mon|ma|mi|meu|minha|mio|mia|moj|moja|mój|min|mit|our)[ \t]+(?:\p{L}+[ \t]+){0,3}$/iu;
/** The countries' acronyms for the number are written in capitals; in small letters "nin", "nid" are other words. */
const ACRONYM = /^(?:nina|nin|nid|nic|cni|nir|nni|nira|nis|dip|bi)(?![\p{L}])/iu;
/** A sheet's column named for the number. */
const ID_COLUMN = /^(?:id[ _-]?(?:number|no|nr)|national[ _-]?id(?:[ _-]?(?:number|no))?|nin|nid|identity[ _-]?number)$/i;
const CELL = new RegExp(String.raw`^${VALUE}$`, 'u');
const NOT_AN_ID = /^(?:19|20)\d\d$|^(\d)\1+$|^\d{4}[- ]\d\d[- ]\d\d$|^\d\d[- ]\d\d[- ]\d{4}$/;

function findIdsInSheets(text: string, spans: SecretSpan[]): void {
  if (!text.includes('\t')) return;
  const lines = text.split('\n');
  let offset = 0;
  let column = -1;
  let width = 0;
  for (const line of lines) {
    const cells = line.split('\t');
    const header = cells.findIndex((c) => ID_COLUMN.test(c.trim()));
    if (header >= 0) {
      column = header;
      width = cells.length;
    } else if (column >= 0 && cells.length === width) {
      let at = offset;
      for (let k = 0; k < column; k++) at += cells[k]!.length + 1;
      const cell = cells[column]!.trim();
      if (CELL.test(cell) && !NOT_AN_ID.test(cell)) {
        const start = at + cells[column]!.indexOf(cell);
        spans.push({ start, end: start + cell.length, label: 'national id' });
      }
    } else column = -1;
    offset += line.length + 1;
  }
}

function findIdsSaidInAnyLanguage(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  SAID.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SAID.exec(text)); ) {
    const value = m[1]!;
    // A form's help writes the number's shape with one digit repeated after its letters ("FB000000"): no one's number.
    if (NOT_AN_ID.test(value) || /^(\d)\1+$/.test(value.replace(/\D/g, '')) || value.replace(/\D/g, '').length < 6) continue;
    const acronym = ACRONYM.exec(m[0]);
    if (acronym && acronym[0] !== acronym[0].toUpperCase()) continue;
    // BG's round: an acronym run into the digits is the number's own letters ("serial BI04619095"), not its name.
    if (acronym && /\d/.test(m[0][acronym[0].length] ?? '')) continue;
    // BH's round: "NIC" with digits alone is Sri Lanka's number, which its own rule checks by its date; other
    // countries' NICs carry letters or a slash ("LC0892/57").
    if (acronym && /^nic$/i.test(acronym[0]) && /^\d+$/.test(value)) continue;
    // A bare "ID no." labels a staff or a member number on a form as often: read only as the writer's own ("my ID
    // number is …", "Mera ID number …", "Mien ID-nummer …"), a form's field being left to the rules that check a
    // country's digits.
    if (GENERIC_ID_NAME.test(m[0]) && !OWN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'national id' });
  }
  findIdsInSheets(text, spans);
  return spans;
}

export const IDS_SAID_IN_ANY_LANGUAGE_FINDERS: readonly Finder[] = [{ name: 'ids-said-in-any-language', find: findIdsSaidInAnyLanguage }];
