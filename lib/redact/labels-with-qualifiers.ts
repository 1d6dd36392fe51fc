import { mayHold, wordTrigger } from './fast-anchors';
import { namesCode } from './object-codes';
import { strongPassword } from './password-colon';
import { PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { isMarker, trimTrailingPunctuation } from './values';

/**
 * A secret's word (a password's, a PIN's, a code's, a licence's, a seed's) in any language, what it is for in brackets
 * after it, then the value, as notes, forms, settings screens, minutes and config dumps write it (AJ's round: some
 * fifty such lines in twenty-five languages were left): "PIN (SIM) 9750", "senha (kiln controller) …",
 * "סיסמה (client portal): …", "pin_(volunteer_rota)=4641", "代码 (门): 5327A", "ကုဒ် (တံခါး) ........ 270235".
 * The same word with a separator prose never writes after it, a config's or an outliner's (`pin:: 3760`), a settings
 * screen's dotted leader ("password ........ …"), or a spreadsheet's next cell ("A2: PIN\tB2: 3111"), is read too; and
 * a password's word right before a keypad's digits ("senha 7643* RindMonitor", "password 9240 drone app").
 *
 * What stands after is judged by its shape alone, the words around it having said what it is: a keypad's digits, a
 * password's mix of letters (any script) with digits or symbols, words joined as a password manager's passphrase with
 * digits at the end, a licence key's dashed groups, a code sheet's short groups, a seed phrase's twelve to twenty-four
 * words. A value must end its line or clause: "password (see below)" or "PIN (4 digits) is required" gives nothing.
 */

/** Words for a password in languages the other rules' list leaves out (Latin, Tswana and Sotho, Haitian, Celtic ones …). */
const MORE_PASSWORD_WORDS = String.raw`tessera|verbum[ \t]+arcanum|signum|lefoko[ \t]+la[ \t]+sephiri|lentswe[ \t]+la[ \t]+sephiri|phasewete|modpas|mo[ \t]+de[ \t]+pas|ger[ \t-]tremen|pled[ \t-]clav|cyfrinair|pasfhocal|facal[ \t-]faire|pasahitza|lykilor[ðd]|parool|slapta[žz]odis|fjal[ëe]kalim|nenosiri|neno[ \t]+siri|iphasiwedi|kalmar[ \t]+sirri|erey[ \t]+sir|teny[ \t]+miafina|kata[ \t]+laluan|kata[ \t]+sandi|sandi|chiave[ \t]+d['’]accesso|gaղտնաբառ|գաղտնաբառ|პაროლი|нууц[ \t]+үг|құпия[ \t]+сөз|ពាក្យសម្ងាត់|ລະຫັດຜ່ານ|စကားဝှက်|මුරපදය|கடவுச்சொல்|పాస్‌?వర్డ్|ಪಾಸ್‌?ವರ್ಡ್|പാസ്‌?വേഡ്|પાસવર્ડ|ਪਾਸਵਰਡ|পাসওয়ার্ড|पासवर्ड|סיסמה|סיסמא|گذرواژه|رمز[ \t]+عبور|پاس[ \t]?ورڈ|የይለፍ[ \t]+ቃል|암호|비밀번호|パスワード|密码|密碼|口令`;

/** Words for a code, a PIN, a licence or a seed, where `namesCode` may not know the script. */
const MORE_CODE_WORDS = String.raw`pin|puk\d?|passcode|pass[ \t-]code|code|kode|kod|kód|koodi|kóði|código|codigo|codice|kodas|kods|kood|код|κωδικός|קוד|كود|رمز|कोड|কোড|ਕੋਡ|કોડ|கோட்|కోడ్|ಕೋಡ್|കോഡ്|코드|コード|暗証番号|代码|代碼|ကုဒ်|รหัส|ລະຫັດ|លេខកូដ|msimbo|ikhowudi|numerus[ \t]+arcanus|licen[cs]e(?:[ \t]+key)?|lizenz(?:schl[üu]ssel)?|licencia|licen[çc]a|licenza|licentie|seed(?:[ \t]+phrase)?|mnemonic|recovery[ \t]+phrase`;

/** The list's stems take a few letters after them ("contrase" → "contraseña", "senha" → "senhas"). */
const PASSWORD_WORD = new RegExp(String.raw`^(?:${PASSWORD_WORDS.source}|${MORE_PASSWORD_WORDS})\p{L}{0,3}$`, 'iu');
/** What `BARE` needs in its label: a password's word (`PASSWORD_WORD`) or "passcode"; a text without one is not scanned. */
const BARE_TRIGGER = wordTrigger(PASSWORD_WORDS.source, MORE_PASSWORD_WORDS, 'passcode');
/** What `WITH_LAYOUT_SEPARATOR` needs: one of its separators (`::`, four dots, two ellipses, a tab and a cell's name). */
const LAYOUT_SEPARATOR = /::|\.{4}|……|\t[A-Z]/;
const CODE_WORD = new RegExp(String.raw`^(?:(?:backup|recovery|reserve|emergency)[ \t]+)?(?:${MORE_CODE_WORDS})(?:[ \t]+\d{1,2})?$`, 'iu');
const SEED_WORD = /^(?:seed(?:[ \t]+phrase)?|mnemonic|recovery[ \t]+phrase)$/i;

/**
 * The label: one to three words (any script, with marks and inner hyphens), at a line's, a cell's, a bullet's or a
 * sentence's start or after a space or a quote; then the bracket, or one of the separators prose does not write.
 */
const LABEL = String.raw`(?<![\p{L}\p{M}\p{N}_'’-])([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2}(?:[ \t]\d{1,2})?)`;
/** The bracket, ASCII or full-width as CJK text writes it ("暗証番号（金庫）"). */
const QUALIFIER = String.raw`[ \t]*_?[(（][ \t]*[^()（）\n]{1,40}[)）]`;
const SEPARATOR = String.raw`(?:[ \t]*(?:::?|：|=|→)|[ \t]+\.{3,}|[ \t]*…{2,}|[ \t]*\t(?:[A-Z]{1,2}\d{1,5}:)?)`;

const WITH_QUALIFIER = new RegExp(String.raw`${LABEL}${QUALIFIER}(${SEPARATOR})?[ \t]*([^\n]{1,240})`, 'gu');
/** Separators that stand after a label in a config, an outliner or a table, never in a sentence's flow. */
const WITH_LAYOUT_SEPARATOR = new RegExp(String.raw`${LABEL}(?:[ \t]*::|[ \t]+\.{4,}|[ \t]*…{2,}|[ \t]*\t[A-Z]{1,2}\d{1,5}:)[ \t]*([^\n]{1,240})`, 'gu');
/** A password or PIN word right before a keypad's digits, no separator: "senha 7643* RindMonitor". */
const BARE = new RegExp(String.raw`${LABEL}[ \t]+([*#]?\d{4,12}[*#]?)(?![\p{L}\p{N}_]|[.,:/-]\d)([^\n]{0,24})`, 'gu');

const DIGITS = /^[*#]?\d{4,12}[*#]?$|^\d{3,10}[A-Z]$|^[A-Z]\d{3,10}$/u;
const PASSPHRASE = /^\p{Ll}{3,12}(?:[ \t]\p{Ll}{3,12}){2,7}[ \t]\d{1,4}$|^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){2,7}-\d{1,4}$/u;
const LICENCE = /^[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,7}$/;
const SHEET_CODE = /^[a-z0-9]{4,5}-[a-z0-9]{4,5}$|^\d{4}[ -]\d{4}$/;
const SEED = /^\p{Ll}{3,8}(?:[ \t]\p{Ll}{3,8}){11,23}$/u;
/** Letters of any script with digits or a symbol, as a chosen password is: "하늘-37", "چاند1372", "Parapente43%". */
const MIXED = /^(?=[^\s]*\p{L})(?=[^\s]*[\p{N}!#$%^&*?~+=@_-])[^\s"'“”<>()[\]{}/\\]{4,64}$/u;

/** Words after a number that make it a count or a length, not a code. */
const UNIT_AFTER =
  /^[ \t]*(?:digits?|characters?|chars?|times|tries|attempts?|mal|fois|veces|vezes|volte|keer|gånger|ziffern|stellen|chiffres|d[íi]gitos|cifre|cijfers|zeichen|caract\p{L}*|%|€|\$|£|days?|hours?|minutes?|seconds?|mins?|secs?|years?)(?![\p{L}])/iu;
/** Words before or in the brackets that make the value an example, a rule or a count. */
const NOT_A_VALUE = /(?<![\p{L}])(?:e\.g|example|beispiel|ejemplo|exemplo|esempio|exemple|sample|placeholder|format|length|digits|characters|min(?:imum)?|max(?:imum)?|default|old|alt|ancien|antigo|viejo|vecchio|expired|wrong|invalid|hash\p{L}*)(?![\p{L}])/iu;

/** The value at the head of `rest`, ended by its line, a clause's punctuation, a dash or a bracket. */
function valueAt(rest: string): string {
  const cut = /[ \t]+[—–]|[ \t]+-[ \t]|[ \t]*\([^)]*\)|[”"»]|[.,;!?](?=[ \t]|$)|[ \t]{2,}|\t/u.exec(rest);
  return trimTrailingPunctuation((cut ? rest.slice(0, cut.index) : rest).trim());
}

function kindOf(label: string): 'password' | 'code' | 'seed' | null {
  const words = label.split(/[ \t]+/);
  // The last one to three words make the label: "New values: password", "note to self: PIN".
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    if (SEED_WORD.test(tail)) return 'seed';
    if (PASSWORD_WORD.test(tail)) return 'password';
    if (CODE_WORD.test(tail) || (n === 1 && namesCode(tail))) return 'code';
  }
  return null;
}

function judge(kind: 'password' | 'code' | 'seed', value: string, separated: boolean): boolean {
  if (value === '' || isMarker(value) || /^(?:19[5-9]\d|20[0-4]\d)$/.test(value)) return false;
  if (kind === 'seed') return SEED.test(value) && [12, 15, 18, 21, 24].includes(value.split(/[ \t]+/).length);
  if (DIGITS.test(value) || LICENCE.test(value) || SHEET_CODE.test(value)) return true;
  if (/[ \t]/.test(value)) return kind === 'password' && PASSPHRASE.test(value);
  if (PASSPHRASE.test(value)) return kind === 'password';
  if (/:\/\/|^\$\{|^%|^\{\{|@[\w-]+\.\p{L}/u.test(value)) return false;
  if (kind === 'password') return MIXED.test(value) && (/\d/.test(value) || strongPassword(value));
  return separated && /\d/.test(value) && /^[A-Za-z0-9][A-Za-z0-9-]{3,24}$/.test(value) && !/^[A-Za-z]+-?\d{1,2}$/.test(value);
}

function push(spans: SecretSpan[], at: number, value: string, kind: 'password' | 'code' | 'seed'): void {
  spans.push({ start: at, end: at + value.length, label: kind === 'seed' ? 'seed phrase' : 'password' });
}

function findQualifiedLabels(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/[(:.…\t\d]/.test(text)) return spans;
  WITH_QUALIFIER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WITH_QUALIFIER.exec(text)); ) {
    const kind = kindOf(m[1]!);
    const qualifier = m[0].slice(m[1]!.length, m[0].length - (m[2] ?? '').length - m[3]!.length);
    if (!kind || NOT_A_VALUE.test(qualifier) || NOT_A_VALUE.test(m[1]!)) {
      WITH_QUALIFIER.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const rest = m[3]!;
    const value = valueAt(rest);
    if (!judge(kind, value, true)) continue;
    // Without a separator, the value ends its line or clause, or words follow it after a space.
    if (!m[2] && UNIT_AFTER.test(rest.slice(value.length))) continue;
    push(spans, m.index + m[0].length - rest.length + rest.indexOf(value), value, kind);
  }
  WITH_LAYOUT_SEPARATOR.lastIndex = 0;
  const layout = LAYOUT_SEPARATOR.test(text);
  for (let m: RegExpExecArray | null; layout && (m = WITH_LAYOUT_SEPARATOR.exec(text)); ) {
    const kind = kindOf(m[1]!);
    if (!kind || NOT_A_VALUE.test(m[1]!)) {
      WITH_LAYOUT_SEPARATOR.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const rest = m[2]!;
    const value = valueAt(rest);
    if (judge(kind, value, true)) push(spans, m.index + m[0].length - rest.length + rest.indexOf(value), value, kind);
  }
  BARE.lastIndex = 0;
  const named = mayHold(BARE_TRIGGER, text);
  for (let m: RegExpExecArray | null; named && (m = BARE.exec(text)); ) {
    const words = m[1]!.split(/[ \t]+/);
    const word = words[words.length - 1]!;
    // Only a password's own word: "code 2045" and "kod 1234" are an error's or an item's as often, "pin 1023" a
    // board's GPIO pin.
    if (!PASSWORD_WORD.test(word) && !/^passcode$/i.test(word)) {
      BARE.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const value = m[2]!;
    const after = m[3]!;
    if (/^(?:19[5-9]\d|20[0-4]\d)$/.test(value) || UNIT_AFTER.test(after) || NOT_A_VALUE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!/^(?:$|[ \t]*[,;.!?)\]—–-]|[ \t]+\p{L})/u.test(after)) continue;
    push(spans, m.index + m[0].length - after.length - value.length, value, 'password');
  }
  return spans;
}

export const LABELS_WITH_QUALIFIER_FINDERS: readonly Finder[] = [{ name: 'labels-with-qualifiers', find: findQualifiedLabels }];
