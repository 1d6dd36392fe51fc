import type { Finder, SecretSpan } from './rules';

/**
 * A sheet of backup or recovery codes as the services print it, every line numbered or bulleted, the codes of two
 * or more shapes mixed ("1. 8734 6333", "2. plqqp-9mpwi", "3. hepua-gqygm"): once the heading above names backup,
 * recovery or one-time codes (in the big languages and the EU's), every item of the list is a code, the ones made of
 * letters only as well, which the shape rules leave where no digit stands in them. The list ends at a blank line or at
 * a line that is not an item; two items at least, each one or two groups of four to ten letters or digits.
 */
const HEADING = new RegExp(
  String.raw`(?<![\p{L}])(?:backup|recovery|one[ \t-]?time|emergency|scratch|single[ \t-]?use|2fa|two[ \t-]?factor|mfa|sicherungs|backup-?|wiederherstellungs|notfall|secours|r[ée]cup[ée]ration|de[ \t]+respaldo|de[ \t]+recuperaci[óo]n|de[ \t]+backup|de[ \t]+recupera[çc][ãa]o|di[ \t]+backup|di[ \t]+recupero|herstel|reserve|zapasow\p{L}*|odzyskiwania|z[áa]lo[žz]n\p{L}*|obnovovac\p{L}*|резервн\p{L}*|восстановлени\p{L}*|yedek|kurtarma|varakoodi\p{L}*|palautus\p{L}*|reserv\p{L}*|återställning\p{L}*|gjenoppretting\p{L}*|gendannelse\p{L}*|helyre[áa]ll[íi]t[áa]s\p{L}*|de[ \t]+rezerv[ăa]|ανάκτησης|εφεδρικ\p{L}*|バックアップ|リカバリ|备用|恢复|백업|복구)[\p{L} \t-]{0,24}?(?:codes?|c[óo]digos?|codici|kod(?:y|ów|er|es)?|koodit|коды|кодов|kodlar[ıi]|k[óo]dok|coduri|κωδικοί|コード|代码|코드|-?codes|logins|sheet)(?![\p{L}])|` +
    // The code word first, as the Romance and Slavic languages put it ("Códigos de respaldo", "codici di backup", "kody zapasowe").
    String.raw`(?<![\p{L}])(?:codes|c[óo]digos|codici|coduri|kody|коды|κωδικοί)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:de[ \t]+(?:respaldo|recuperaci[óo]n|recupera[çc][ãa]o|secours|r[ée]cup[ée]ration|backup|rezerv[ăa])|di[ \t]+(?:backup|recupero|emergenza)|zapasow\p{L}*|odzyskiwania|резервн\p{L}*|восстановлени\p{L}*|ανάκτησης|εφεδρικ\p{L}*)(?![\p{L}])` +
  // BK's round: a heading that names a second step's fallback with no code word ("X two-step fallback").
    String.raw`|(?<![\p{L}])(?:(?:two|2)[ \t-]?step[ \t]+(?:fallback|backup|recovery)|fallback[ \t]+codes?)(?![\p{L}])` +
    // BS's round: spare codes for a login ("Spare login codes for the depot admin:"); "spare part codes" name parts.
    String.raw`|(?<![\p{L}])(?:spare|extra)[ \t]+(?:login|log-?in|sign[ \t-]?in|2fa|mfa|security|verification)[ \t]+codes?(?![\p{L}])` +
    // BT's round: a login's codes named in the plural ("sign-in codes for the booking site:"), a sheet's heading.
    String.raw`|(?<![\p{L}])(?:login|log-?in|sign[ \t-]?in)[ \t]+codes(?![\p{L}])`,
  'iu',
);
// AM's round: a checkbox or another bullet glyph (□ ☐ ▢ ○ ◦ ▪ ‣ ·, "[ ]") opens an item as a dash does; under the
// heading an item may have lost its bullet, and a code another rule masked already keeps the list going.
// BJ's round: a letter and its stop ("a. …"), and a hash before the number ("#01  …"), as sheets letter or number them.
// BK's round: a number in square brackets ("[1] …") and a small roman numeral ("iv) …") too.
// BQ's round: an arrow too ("→ 515-066-61"). BT's round: a guillemet ("» PW56-09LF").
// BU's round: a triangle ("▸ 31 538 738") and an unused code's mark before it ("(unused) 871726-60"), as a sheet kept in a
// note marks the codes left.
const BULLET = String.raw`(?:\d{1,2}[.)]|[a-z][.)]|[ivx]{2,5}[.)]|\[\d{1,2}\]|#\d{1,3}|[-*•□☐▢○◦▪‣·→»›▸▹►▻]|\[[ xX]?\]|\((?:unused|new|left|spare|valid)\))`;
// BJ's round: three groups of three digits too ("499-290-848"), as some services print a code.
// BK's round: twelve characters in one group ("0825e2865419"), and four to six pairs of digits ("06-31-44-84").
// BQ's round: three or four groups after a first of three, of two to four letters or digits ("633-417-37",
// "PRW.018.JQM"), as more services print them; under the heading only, or in a checklist of five.
// BS's round: short groups of two to six joined by a colon or a hyphen ("kqzvt:418", "07-KQZV-52"), as more services
// print them; under the heading only, or in a checklist of five.
// BU's round: a first group of two too ("31 538 738"), as some services print eight digits.
const CODE = String.raw`(?:[A-Za-z0-9]{4,12}(?:[ .-][A-Za-z0-9]{4,10}){0,2}|[A-Za-z0-9]{2,3}(?:[ .-][A-Za-z0-9]{2,4}){2,3}|\d{2}(?:[ .-]\d{2}){3,5}|[A-Za-z0-9]{2,6}(?:[:-][A-Za-z0-9]{2,6}){1,3})`;
/** BK's round: a used code marked so after it ("ejqhw-kgms5  (used)"), as a sheet kept in a note marks it. */
const USED = String.raw`\((?:used|done|spent|burned|burnt|crossed[ \t]+out)\)`;
const USED_MARK = new RegExp(String.raw`[ \t]${USED}[ \t]*$`, 'i');
// BF's round: three groups too, and groups joined by a dot ("XXXX-XXXX-XXXX", "0386.1050").
// BI's round: or a checkbox after the code ("3069 0677  [x]"), as a sheet kept in a text file marks the used ones.
const ITEM = new RegExp(String.raw`^[ \t]*(?:${BULLET}[ \t]+)?(${CODE})[ \t]*(?:\[[ xX]?\][ \t]*|${USED}[ \t]*)?$`, 'i');
const MASKED_ITEM = /^[ \t]*(?:\S{1,3}[ \t]+)?\[redacted [a-z ]{2,30}\][ \t]*$/;

/**
 * An item's line, found in the plain mode: a list is looked at only where one stands. BR's round: or a bare code with a
 * digit on the line right after one ending in a colon ("backup codes for the tablet account, keep somewhere safe:" over
 * "ndtb8448"), as a sheet pasted without its numbers is laid out; the heading above must still name the codes.
 */
const ITEM_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${BULLET}[ \t]+${CODE}|[A-Za-z0-9]{4,12}(?:[ .-][A-Za-z0-9]{4,10}){0,2}[ \t]+(?:\[[ xX]?\]|${USED}))[ \t]*(?=\r?\n|$)` +
    String.raw`|(?<=[:：][ \t]*)\n[ \t]*(?=[A-Za-z.-]*\d)${CODE}[ \t]*(?=\r?\n|$)`,
  'gi',
);
/**
 * BF's round: with no heading, a checklist of codes as a password manager's or a mail service's sheet is kept, some
 * ticked as used ("[x] PXCF-7Z5Q-A0OY", "[ ] DT5Z-FKTS-S47E"): five items or more, every one behind a checkbox, all of
 * one shape (the same length, separators at the same places), each with a digit and eight characters or more. A to-do
 * list has words; a list of dates or versions has short groups.
 */
const CHECKBOX = /^[ \t]*\[[ xX]?\]|\[[ xX]?\][ \t]*$/;
const TICKED = /^[ \t]*\[[xX]\]|\[[xX]\][ \t]*$/;

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

function findCodeSheets(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ITEM_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ITEM_LINE.exec(text)); ) {
    const first = m[0].startsWith('\n') ? m.index + 1 : m.index;
    // The heading: one of the three lines above, blank lines allowed between.
    let headingFound = false;
    let weakHeading = false;
    let at = first;
    for (let k = 0; k < 3 && at > 0 && !headingFound; k++) {
      const start = text.lastIndexOf('\n', at - 2) + 1;
      const line = text.slice(start, at - 1);
      if (line.trim() !== '') {
        headingFound = line.length < 200 && HEADING.test(line);
        weakHeading = line.length < 200 && WEAK_HEADING.test(line);
        if (!headingFound) break;
      }
      at = start;
    }
    // The list's items, from the first on.
    const items: SecretSpan[] = [];
    let pos = first;
    while (pos < text.length) {
      const end = lineEnd(text, pos);
      const line = text.slice(pos, end).replace(/\r$/, '');
      const item = ITEM.exec(line);
      if (!item && MASKED_ITEM.test(line)) {
        pos = end + 1;
        continue;
      }
      if (!item) break;
      // Without its bullet an item must look like a code (a digit, or capitals only): "Thanks" under a list is a word.
      // BK's round: or has the shape of the items above it, letters where they have letters or digits
      // (`zxyjy-gjtpx` under `y45d5-8ugt9`), as a generator draws some codes with no digit.
      const sameShape = items.length >= 3 && item[1]!.replace(/[A-Za-z0-9]/g, 'a') === text.slice(items[0]!.start, items[0]!.end).replace(/[A-Za-z0-9]/g, 'a');
      if (!new RegExp(String.raw`^[ \t]*${BULLET}`).test(line) && !/\d|^[A-Z -]+$/.test(item[1]!) && !sameShape) break;
      const start = pos + line.lastIndexOf(item[1]!);
      items.push({ start, end: start + item[1]!.length, label: 'recovery code' });
      pos = end + 1;
    }
    ITEM_LINE.lastIndex = Math.max(ITEM_LINE.lastIndex, pos - 1);
    if (!headingFound) {
      if (usedCodesChecklist(text, items) || (weakHeading && drawnSheet(text, items))) spans.push(...items);
      continue;
    }
    // Most codes of a sheet hold a digit; a list of words alone is another list.
    const withDigit = items.filter((s) => /\d/.test(text.slice(s.start, s.end))).length;
    if (items.length >= 2 && (withDigit * 2 >= items.length || generatedLetterCodes(text, items))) spans.push(...items);
  }
  return spans;
}

/**
 * BI's round: five codes or more of letters alone, all of one shape split by a hyphen (`lbzgf-jeccz`), as some
 * services draw them (BT's round: groups of three too, `fni-rli-lwy`); a list of words joined by hyphens has words of many lengths.
 */
function generatedLetterCodes(text: string, items: readonly SecretSpan[]): boolean {
  const values = items.map((s) => text.slice(s.start, s.end));
  const shape = values[0]!.replace(/[A-Za-z]/g, 'a');
  return values.length >= 5 && /^a{3,}(?:-a{3,})+$/.test(shape) && values.every((v) => v.replace(/[A-Za-z]/g, 'a') === shape);
}

/**
 * BT's round: a line above that names codes or a second step without a sheet's words ("these are the codes for the
 * shared drive:", "printed these when we turned on two-step:") over six items or more, all of one shape (the same
 * length, separators at the same places), each with a digit and eight letters or digits at least, as a service draws
 * them; a list of phone numbers or prices has no such heading, a to-do list no such shape.
 */
const WEAK_HEADING = /(?<![\p{L}])(?:codes|(?:two|2)[ \t-]?(?:step|factor)|2fa|mfa)(?![\p{L}])/iu;

function drawnSheet(text: string, items: readonly SecretSpan[]): boolean {
  if (items.length < 6) return false;
  const values = items.map((s) => text.slice(s.start, s.end));
  const shape = values[0]!.replace(/[A-Za-z0-9]/g, 'a');
  return values.every((v) => v.replace(/[A-Za-z0-9]/g, 'a') === shape && /\d/.test(v) && v.replace(/[^A-Za-z0-9]/g, '').length >= 8);
}

function usedCodesChecklist(text: string, items: readonly SecretSpan[]): boolean {
  if (items.length < 5) return false;
  const shapeOf = (s: SecretSpan) => text.slice(s.start, s.end).replace(/[A-Za-z0-9]/g, 'a');
  const lineOf = (s: SecretSpan) => text.slice(text.lastIndexOf('\n', s.start - 1) + 1, lineEnd(text, s.start)).replace(/\r$/, '');
  const first = shapeOf(items[0]!);
  // BK's round: or no checkbox at all, the used ones marked "(used)" after them and the rest bare.
  const boxes = items.some((s) => CHECKBOX.test(lineOf(s)));
  return (
    first.length >= 8 &&
    // BI's round: most of them with a digit, not each: a code of random capitals may draw none (`MBBH-NHTQ-OYCA`).
    items.every((s) => shapeOf(s) === first && (boxes ? CHECKBOX.test(lineOf(s)) : true)) &&
    items.filter((s) => /\d/.test(text.slice(s.start, s.end))).length * 2 > items.length &&
    items.some((s) => TICKED.test(lineOf(s)) || USED_MARK.test(lineOf(s)))
  );
}

/**
 * BG's round: the same sheet with the used codes struck through, as Markdown writes it ("~~70QB9 TZEB5~~" above
 * "J40Q5 C9VDV"), with no bullets and no heading: five lines or more, one code each, all of one shape with a digit and
 * eight characters or more, at least one struck. Struck-through words in notes are sentences; these are codes alone.
 */
const STRUCK_CODE = /(?:^|\n)[ \t]*~~[A-Za-z0-9]{3,10}(?:[ .-][A-Za-z0-9]{3,10}){0,3}~~[ \t]*(?=\r?\n|$)/g;
const CODE_MAYBE_STRUCK = /^[ \t]*(~~)?([A-Za-z0-9]{3,10}(?:[ .-][A-Za-z0-9]{3,10}){0,3})\1[ \t]*$/;

function codeOnLine(line: string): string | undefined {
  return CODE_MAYBE_STRUCK.exec(line.replace(/\r$/, ''))?.[2];
}

function findStruckCodeSheets(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('~~')) return spans;
  STRUCK_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STRUCK_CODE.exec(text)); ) {
    // Back to the run's first line, then every line of it, while the lines hold a code of the struck one's shape.
    const shape = codeOnLine(m[0].trim())?.replace(/[A-Za-z0-9]/g, 'a');
    let first = m[0].startsWith('\n') ? m.index + 1 : m.index;
    while (first > 0) {
      const prev = text.lastIndexOf('\n', first - 2) + 1;
      if (codeOnLine(text.slice(prev, first - 1))?.replace(/[A-Za-z0-9]/g, 'a') !== shape) break;
      first = prev;
    }
    const items: SecretSpan[] = [];
    let struck = 0;
    let pos = first;
    while (pos < text.length) {
      const end = lineEnd(text, pos);
      const line = text.slice(pos, end).replace(/\r$/, '');
      const item = CODE_MAYBE_STRUCK.exec(line);
      if (!item || item[2]!.replace(/[A-Za-z0-9]/g, 'a') !== shape) break;
      if (item[1]) struck++;
      const start = pos + line.indexOf(item[2]!);
      items.push({ start, end: start + item[2]!.length, label: 'recovery code' });
      pos = end + 1;
    }
    STRUCK_CODE.lastIndex = Math.max(STRUCK_CODE.lastIndex, pos - 1);
    if (items.length < 5 || struck === 0 || (shape?.length ?? 0) < 8) continue;
    if (items.every((s) => /\d/.test(text.slice(s.start, s.end)))) spans.push(...items);
  }
  return spans;
}

export const CODE_SHEET_FINDERS: readonly Finder[] = [
  { name: 'code-sheets', find: findCodeSheets },
  { name: 'struck-code-sheets', find: findStruckCodeSheets },
];
