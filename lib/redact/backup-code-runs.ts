import { lastBreakBefore } from './line-starts';
import type { Finder, SecretSpan } from './rules';

/**
 * AL's round: a run of backup or recovery codes given on one line after a colon, split by slashes, commas or
 * semicolons ("Use one of these if the 2FA phone is off: q9t8-qygg / ptwm-rxfn / van6-8wue", "recovery codes: …,
 * 5tzgjsbasn, kfzgbxd3pd"), or by two spaces or more. What tells them is the run itself: three or more items of one shape (the same length,
 * hyphens at the same places, letters and digits mixed or digits only), with a word for a second factor, a backup, a
 * recovery or a code before it on the line, in any of many languages. Dates, versions and phone numbers have short
 * groups or dots and are not read; a run of plain words has no digits.
 */
const CONTEXT =
  /(?<![\p{L}])(?:2fa|mfa|otp|2-?step|two[- ]?(?:factor|step)|second[ \t]+factor|backup|back-up|recovery|recover|codes?|c[oó]digos?|codici|kody|kodlar\p{L}*|koder|коды|кодове|codes?[ \t]+de[ \t]+secours|wiederherstellung\p{L}*|sicherung\p{L}*|respaldo|recupera\p{L}*|secours|herstel\p{L}*|odzyskiw\p{L}*|zapasow\p{L}*|резерв\p{L}*|восстановл\p{L}*|yedek\p{L}*|kurtarma|cadangan|pemulihan|dự[ \t]+phòng|khôi[ \t]+phục|バックアップ|リカバリ|복구|백업|备用|恢复|備用|復原|احتياط\p{L}*|استرداد|one[ \t]+of[ \t]+these|lose[ \t]+my[ \t]+(?:phone|device|authenticator))(?![\p{L}])/iu;
// BP's round: what backup codes are kept for, "in case I lose my phone" (or device, or authenticator).
/** A second factor's or a backup's own word, which alone makes two codes after it on its line a run. */
const SECOND_FACTOR =
  /(?<![\p{L}])(?:2fa|mfa|otp|tfa|2-?step|two[- ]?(?:factor|step)|backup|back-up|recovery|emergency[ \t]+(?:codes?|kit)|2fa[- ]?codes?|codes?[ \t]+de[ \t]+(?:secours|respaldo|recupera\p{L}*)|wiederherstellung\p{L}*|zwei-?faktor\p{L}*|2-?faktor\p{L}*|double[ \t]+authentification|двухфактор\p{L}*|двофактор\p{L}*|резерв\p{L}*|yedek\p{L}*|iki[ \t]+adımlı|cadangan|2段階|二段階|バックアップ|2단계|복구|백업|两步|兩步|双重|備用|备用)(?![\p{L}])/iu;
// BM's round: groups joined by `_` as well as `-` (`014_926_208`).
// BN's round: two groups of four digits joined by a slash (`3151/7754`), as a sheet printed in pairs is copied.
// BO's round: groups of two to six joined by a dot (`TKN.30150`), and by a hyphen after a first group of two
// (`60-bgpz-85`), which the groups of three or more do not take: no item is read two ways, so a run that fails is given
// up in one pass.
// BP's round: groups of three digits joined by colons (`678:121:716`), as some services print them; no time has them.
// BQ's round: three groups of digits, three, three and two, joined by hyphens (`633-417-37`); no item of another
// alternative reads it, as their groups after a hyphen are of three or more.
// BU's round: eight digits in groups of two, three and three (`84 839 644`), and six letters or digits and two after a
// hyphen (`646034-47`), as more services print them.
const ITEM = String.raw`(?:\d{2}[ ]\d{3}[ ]\d{3}(?![\dA-Za-z])|[A-Za-z0-9]{5,8}-[A-Za-z0-9]{2}(?![A-Za-z0-9-])|\d{3}(?::\d{3}){2,3}(?![\d:])|\d{3}-\d{3}-\d{2}(?![A-Za-z0-9-])|\d{4,6}[ \t]\d{4,6}(?![A-Za-z0-9])|\d{4}\/\d{4}(?![\d/])|[A-Za-z0-9]{2,6}(?:\.[A-Za-z0-9]{2,6}){1,2}(?![A-Za-z0-9])|[A-Za-z0-9]{3,12}(?:[-_][A-Za-z0-9]{3,12}){0,3}|[A-Za-z0-9]{2}[-_][A-Za-z0-9]{2,6}(?:[-_][A-Za-z0-9]{2,6})?|\[redacted [a-z ]{2,20}\])`;
// AT's round: a printout's run set off by dashes as well as after a colon ("2FA recovery — admin — k2p9-x7qd · …
// · 4hvt-m2ra — each works once"): a dash before the run and a dash aside after it.
// AZ's round: a run split by two spaces or more, as a code sheet's row is copied ("… once): 2d0pylyo3o  vdxjn9jwlm  …").
// BA's round: a run that an aside in brackets closes ("…: rn36c-c1nb1 · 4nof4-6goe1 · … (each works once)").
// BD's round: a run split by tildes ("…, cross them out as you use them: 71391575 ~ 10789085 ~ …").
// BM's round: a run split by plus signs ("… safe:\nk2p9x-40417  +  m3qd7-18230  +  …"), and a run alone on the line
// after the heading's colon, the heading's words then read on the heading's line.
const RUN = new RegExp(String.raw`(?::[ \t]*(?:\r?\n[ \t]*)?|[ \t][—–])[ \t]*(${ITEM}(?:(?:[ \t]*[/,;·|~+][ \t]*|[ \t]{2,})${ITEM}){1,15})[ \t]*(?=$|\r?\n|[.!?)(]|[—–][ \t])`, 'gmu');

function shape(item: string): string {
  return item.replace(/[A-Za-z]/g, 'a').replace(/\d/g, 'a');
}

/**
 * BO's round: a run that says what it is with no word before it ("stuck these in the drawer for <bank>: yyb875zsp /
 * vrn808ufb / … / pje563gax"): six codes or more of one shape, all different, each mixing letters and digits over seven
 * characters or more, and not one series (their first two characters differ in most): a sheet of codes drawn at random.
 * A list of flights, rooms, SKUs or invoice numbers is shorter per item or shares its letters.
 */
function codeSheetAlone(values: readonly string[]): boolean {
  if (values.length < 6 || new Set(values).size !== values.length) return false;
  const first = shape(values[0]!);
  if (!values.every((v) => shape(v) === first && /\d/.test(v) && /[A-Za-z]/.test(v) && v.replace(/[^A-Za-z0-9]/g, '').length >= 7)) return false;
  return new Set(values.map((v) => v.slice(0, 2).toLowerCase())).size * 2 > values.length;
}

function findBackupCodeRuns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Each run's line start, found without searching back over the line for each (quadratic on a long line).
  const breakBefore = lastBreakBefore(text);
  RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RUN.exec(text)); ) {
    const lineStart = breakBefore(m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
    const runStart = m.index + m[0].indexOf(m[1]!);
    const items: { at: number; value: string }[] = [];
    const itemRe = new RegExp(ITEM, 'gu');
    for (let i: RegExpExecArray | null; (i = itemRe.exec(m[1]!)); ) items.push({ at: runStart + i.index, value: i[0] });
    const values = items.filter((i) => !i.value.startsWith('[redacted'));
    if (!CONTEXT.test(before) && !SECOND_FACTOR.test(before) && !codeSheetAlone(values.map((i) => i.value))) continue;
    if (values.length < 2) continue;
    // AQ's round: two codes are a run too where the line's word is a second factor's or a backup's own, not "codes"
    // ("2fa: 42yo-hc9s / 8c6l-ml3f", "2fa: 92073 48716 / 87795 61640").
    if (items.length < 3 && !SECOND_FACTOR.test(text.slice(Math.max(lineStart, m.index - 40), m.index))) continue;
    const first = shape(values[0]!.value);
    if (!values.every((i) => shape(i.value) === first) || values[0]!.value.replace(/-/g, '').length < 6) continue;
    // Digits in most items, or digits only: a run of plain words or of names is no code sheet.
    const withDigits = values.filter((i) => /\d/.test(i.value)).length;
    // BI's round: or letters alone, four codes or more of one shape split by hyphens (`dyhwn-ucllv`), as some services
    // draw them, after a second factor's or a backup's own word.
    const letterCodes = values.length >= 4 && /^a{4,}(?:-a{4,})+$/.test(first) && SECOND_FACTOR.test(before);
    if (withDigits * 2 < values.length && !letterCodes) continue;
    // Digits only: eight or more, as codes sheets print them; six are postal codes, order numbers, years of a list.
    if (values.every((i) => /^[\d \t]+$/.test(i.value)) && values[0]!.value.replace(/[ \t]/g, '').length < 8) continue;
    // BP's round: "in case I lose my phone:" names what the codes stand in for, not a phone's number.
    const lead = text.slice(Math.max(lineStart, m.index - 30), m.index);
    if (/(?:postal|zip|post|pin|order|invoice|tracking|ticket|phone|tel)[ \t-]*(?:codes?|numbers?|nos?\.?|#)?[ \t]*$/i.test(lead) && !/lose[ \t]+my[ \t]+phone[ \t]*$/i.test(lead)) continue;
    for (const i of values) spans.push({ start: i.at, end: i.at + i.value.length, label: 'recovery code' });
  }
  return spans;
}

/**
 * BN's round: the codes one to a line under a heading that names them and closes with a colon ("Bithumb recovery
 * codes, printed at the library:\nskfp.wpuc\nkwgq.sbuc\n…"), no number or letter before each: four lines or more,
 * each one token of one and the same shape (letters or digits in groups joined by one `.`, `-` or `_`), all different,
 * and drawn at random: digits in each, or letters with few vowels (three in ten at most; words have four in ten).
 */
const HEADING_THEN_LINES = /^([^\n]{0,80}):[ \t]*\r?\n((?:[ \t]*[A-Za-z0-9]{3,8}(?:[-._][A-Za-z0-9]{3,8}){1,3}[ \t]*(?:\r?\n|$)){4,16})/gmu;
/**
 * BV's round: the same lines each after a list's mark, as a sheet is copied with its bullets, ticks or numbers ("➤ ",
 * "(x) ", "( ) ", "[ ] ", "#3: ", "3) "), groups joined by a slash or one space as well ("303418/501", "JBZG 7455 YD"),
 * the heading's colon left off where the heading names codes. The mark is passed over; the code after it is the same
 * shape on every line, as above.
 */
const LIST_MARK = String.raw`(?:[-*•➤►▶→>·▪◦☐☑✓✔✗✘]|\([ \t]?[xX✓✔]?[ \t]?\)|\[[ \t]?[xX✓✔]?[ \t]?\]|#?\d{1,2}[:.)])`;
const HEADING_THEN_MARKED_LINES = new RegExp(
  String.raw`^([^\n]{0,80}?):?[ \t]*\r?\n((?:[ \t]*${LIST_MARK}[ \t]*[A-Za-z0-9]{2,8}(?:[-._/ ][A-Za-z0-9]{2,8}){1,3}[ \t]*(?:\r?\n|$)){4,16})`,
  'gmu',
);
const MARKED_LINE = new RegExp(String.raw`^[ \t]*${LIST_MARK}[ \t]*`, 'u');
function findCodesOneALine(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/:[ \t]*\r?\n/.test(text)) return spans;
  HEADING_THEN_LINES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADING_THEN_LINES.exec(text)); ) codesUnderHeading(m, text, spans);
  return spans;
}

function findCodesOnMarkedLines(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  HEADING_THEN_MARKED_LINES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADING_THEN_MARKED_LINES.exec(text)); ) {
    // A heading with no colon names the codes ("Club email fallback codes").
    if (text[m.index + m[1]!.length] !== ':' && !/(?<![\p{L}])(?:codes|c[oó]digos|codici|kody|koder|коды)[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*$/iu.test(m[1]!)) continue;
    codesUnderHeading(m, text, spans);
  }
  return spans;
}

/** The codes of a heading's lines (`m[1]` the heading, `m[2]` the lines), where they are a run of backup codes. */
function codesUnderHeading(m: RegExpExecArray, text: string, spans: SecretSpan[]): void {
  if (!SECOND_FACTOR.test(m[1]!) && !/(?<![\p{L}])(?:codes|c[oó]digos|codici|kody|koder|коды)(?![\p{L}])/iu.test(m[1]!)) return;
  const codes = m[2]!.split(/\r?\n/).map((l) => l.replace(MARKED_LINE, '').trim()).filter(Boolean);
  const first = shape(codes[0]!).replace(/[-._/ ]/g, '-');
  if (!codes.every((c) => shape(c).replace(/[-._/ ]/g, '-') === first && c.replace(/[^-._/ ]/g, '') === codes[0]!.replace(/[^-._/ ]/g, ''))) return;
  if (new Set(codes).size !== codes.length) return;
  const letters = codes.join('').replace(/[^A-Za-z]/g, '');
  const random = codes.every((c) => /\d/.test(c)) || (letters.length > 0 && (letters.match(/[aeiouyAEIOUY]/g)?.length ?? 0) * 10 <= letters.length * 3);
  if (!random || codes.every((c) => /^[\d.-]+$/.test(c) && /\d\.\d/.test(c))) return;
  // Digits only, in groups joined by a slash or a space, are dates, times or scores as often ("12/05", "3 1"): a
  // code's group has four digits or more.
  if (codes.every((c) => /^[\d/ ]+$/.test(c)) && !codes.every((c) => /\d{4}/.test(c))) return;
  let at = m.index + m[0].length - m[2]!.length;
  for (const line of m[2]!.split('\n')) {
    const mark = MARKED_LINE.exec(line)?.[0].length ?? 0;
    const code = line.slice(mark).trim();
    const start = at + mark + line.slice(mark).indexOf(code);
    if (code) spans.push({ start, end: start + code.length, label: 'recovery code' });
    at += line.length + 1;
  }
}

export const BACKUP_CODE_RUN_FINDERS: readonly Finder[] = [
  { name: 'backup-code-runs', find: findBackupCodeRuns },
  { name: 'codes-one-a-line', find: findCodesOneALine },
  { name: 'codes-on-marked-lines', find: findCodesOnMarkedLines },
];
