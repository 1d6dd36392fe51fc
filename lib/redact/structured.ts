import { generatedPhrase, plainPhrase } from './generated-phrases';
import { namesLockable } from './object-codes';
import { CODE_PLACE, NUMBER_FIELD } from './passwords-in-found-lists';
import { tableRows } from './table-rows';
import { byValue } from './trigger-scan';
import { base58CheckPayload, base58Decode } from './crypto';
import { byKind, groupSpan, isProviderKey, regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { classifyKey, contextOf, isPlaceholder, lineAround, looksLikeGenericSecret, looksLikePassword, looksLikeProsePassword, looksLikeRandomToken } from './values';

/**
 * Secrets whose name is not written beside them as `key = value`: in a name/value pair (Kubernetes `env:` lists,
 * ECS task definitions), in the column of a table whose header names it, as the argument of a call whose name says
 * what it takes (`setApiKey("…")`, `new PasswordAuthentication(user, "…")`), beside a provider key in one call, on a
 * line of a DSL that separates key and value by a space (Gradle's `storePassword "…"`), and, whatever the key is
 * called, as a value random beyond doubt.
 */

// ---------------------------------------------------------------------------------------------------------------
// Name/value pairs

/**
 * `- name: DB_PASSWORD` then `value: "…"` (Kubernetes env lists, docker-compose long syntax), `{"name": "API_TOKEN",
 * "value": "…"}` (ECS, App Service settings), `ParameterKey`/`ParameterValue` (CloudFormation): the name names the value.
 */
const NAME_VALUE_PAIR: RegexRule = {
  name: 'name-value-pair',
  pattern:
    /(?:parameter_?)?(?:name|key)(?<=(?<![\w-])(?:parameter_?)?(?:name|key))["']?[ \t]*[:=][ \t]*["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*,?[ \t]*(?:\r?\n[ \t]*(?:-[ \t]+)?)?["']?(?:parameter_?)?value["']?[ \t]*[:=][ \t]*(?:"([^"\n]{1,400})"|'([^'\n]{1,400})'|([^\s"',}]{1,400}))/dgi,
  judge(m) {
    const kind = classifyKey(m[1]!);
    const span = groupSpan(m, [2, 3, 4]);
    if (!kind || !span) return null;
    if (span.group === 4 && (span.value.startsWith('$') || /^[\w.]*[([{]/.test(span.value))) return null;
    return byKind(kind, span.value, span.start);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Calls

/** Verbs that read, check or transform a secret rather than set one. */
const NOT_SETTING = /^(?:get|check|verify|validate|hash|compare|reset|prompt|read|ask|input|encode|decode|encrypt|decrypt|is|has|find|load|fetch|remove|delete|revoke|print|log|generate|gen|make|create|random|mask|redact|clear|test|parse|format|to|from|on|handle|show|hide|toggle|update|change|forgot|forget|send|request|require|ensure|assert|expect|must|should)(?=[A-Z_]|$)/;

/**
 * A call named for the secret it takes, with string literals for arguments: `setApiKey("…")`,
 * `client.set_password("…")`, `new PasswordAuthentication("user", "…")`, `NetworkCredential("user", "…")`,
 * `HTTPBasicAuth("user", "…")`. The last literal is the secret (the first, of two, is the user or key id).
 */
const CREDENTIAL_CALL: RegexRule = {
  name: 'credential-call',
  pattern:
    /\((?<=(?<![\w$])([A-Za-z_$][\w$]{2,63})[ \t]*\()[ \t]*((?:(?:"[^"\n]{0,200}"|'[^'\n]{0,200}')[ \t]*,[ \t]*){0,2})(?:"([^"\n]{1,300})"|'([^'\n]{1,300})')[ \t]*\)/dg,
  judge(m) {
    const name = m[1]!;
    if (NOT_SETTING.test(name)) return null;
    // `smtp.login("me@x.com", "…")`, `ftp.login(user, "…")`, `conn.simple_bind_s(dn, "…")`: a log-in with a user and
    // a password.
    if (m[2] && /^(?:login|log_in|logIn|signin|sign_in|signIn|authenticate|auth|simple_bind_s|simple_bind|bind_s|connect_with_password)$/.test(name)) {
      const pass = groupSpan(m, [3, 4])!;
      return byKind('password', pass.value, pass.start);
    }
    const bare = name.replace(/^(?:set|with|use|add|put)(?=[A-Z_])_?/, '');
    if (!/(?:pass|pwd|secret|token|key|credential|auth)/i.test(bare)) return null;
    const kind = classifyKey(bare);
    if (!kind) return null;
    const span = groupSpan(m, [3, 4])!;
    // A pair (user, secret) names a password when the call is about authentication or credentials.
    const pairKind = m[2] && /credential|auth/i.test(bare) ? 'password' : kind;
    return byKind(pairKind, span.value, span.start);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** String literals among one call's arguments. */
const ARGUMENT_LITERALS: RegexRule = {
  name: 'sibling-arguments',
  pattern: /\([ \t]*((?:"[^"\n]{1,300}"|'[^'\n]{1,300}')(?:[ \t]*,[ \t]*(?:"[^"\n]{1,300}"|'[^'\n]{1,300}')){1,5})[ \t]*[,)]/dg,
  judge(m) {
    const listStart = m.indices![1]![0];
    const literals = [...m[1]!.matchAll(/"([^"\n]{1,300})"|'([^'\n]{1,300})'/g)].map((l) => ({
      value: l[1] ?? l[2]!,
      start: listStart + l.index! + 1,
    }));
    if (!literals.some((l) => isProviderKey(l.value))) return null;
    // Credentials travel together: a random literal beside a provider key in one call is its secret half
    // (`Client("SK…", "<secret>", "AC…")`).
    return literals
      .filter((l) => !isProviderKey(l.value) && looksLikeRandomToken(l.value))
      .map((l) => ({ start: l.start, end: l.start + l.value.length, label: 'api key' as const }));
  },
  resumeAfterReject: (m) => m.index + 1,
};

// ---------------------------------------------------------------------------------------------------------------
// Lists

/** The key before a list literal: `KEYS = [`, `"tokens": [`, `api_keys: [`, Elixir's `@unseal_keys [`. */
const KEY_BEFORE_LIST = /(?:^|[^\w.@-])@?([A-Za-z_][\w.-]{0,63})["']?[ \t]*(?:=>|:=|<-|[:=])?[ \t]*$/;

/** A list of string literals under a key that names secrets: each literal is judged as the key's kind of value. */
const KEYED_LIST: RegexRule = {
  name: 'keyed-list',
  pattern: /\[[ \t]*((?:"[^"\n]{1,400}"|'[^'\n]{1,400}')(?:[ \t]*,[ \t]*(?:"[^"\n]{1,400}"|'[^'\n]{1,400}')){0,30})[ \t]*,?[ \t]*\]/dg,
  judge(m, text) {
    const key = KEY_BEFORE_LIST.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    const kind = key ? classifyKey(key) : null;
    if (!kind) return null;
    const listStart = m.indices![1]![0];
    const spans: SecretSpan[] = [];
    for (const l of m[1]!.matchAll(/"([^"\n]{1,400})"|'([^'\n]{1,400})'/g)) {
      const span = byKind(kind, l[1] ?? l[2]!, listStart + l.index! + 1);
      if (span) spans.push(span);
    }
    return spans;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Line-oriented configs

/**
 * A key and a quoted value separated by spaces alone, a line to itself: Gradle's `storePassword "…"`, nginx's
 * `auth_basic_password '…';`, Caddy and HCL-like DSLs.
 */
const SPACED_QUOTED: RegexRule = {
  name: 'spaced-quoted',
  pattern: /(?<=^|\n)[ \t]*([A-Za-z_][\w.-]{0,63})[ \t]+(?:"([^"\n]{1,300})"|'([^'\n]{1,300})')[ \t]*;?[ \t]*(?=\r?\n|$)/dg,
  judge(m) {
    const kind = classifyKey(m[1]!);
    const span = groupSpan(m, [2, 3]);
    return kind && span ? byKind(kind, span.value, span.start) : null;
  },
};

/** pgbouncer's userlist.txt (`"user" "password"` per line), where the text speaks of it. */
const USERLIST: RegexRule = {
  name: 'userlist',
  pattern: /(?<=^|\n)[ \t]*"([^"\n]{1,64})"[ \t]+"([^"\n]{1,300})"[ \t]*(?=\r?\n|$)/dg,
  judge(m, text) {
    if (!/userlist|auth_file|pgbouncer/i.test(contextOf(text, m.index - 1500, m.index))) return null;
    const span = groupSpan(m, [2])!;
    return looksLikePassword(span.value, { quoted: true, strict: true }) ? { start: span.start, end: span.end, label: 'password' } : null;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Tables

export interface Cell {
  start: number;
  end: number;
  value: string;
}

/** The cells of one table row, split on its separator (tabs, pipes, commas, semicolons, or runs of 2+ spaces). */
export function cells(line: string, offset: number, sep: string): Cell[] {
  const out: Cell[] = [];
  const splitter = sep === 'spaces' ? /[ \t]{2,}/g : new RegExp(`[ \\t]*\\${sep}[ \\t]*`, 'g');
  let last = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(line[a]!)) a++;
    while (b > a && /\s/.test(line[b - 1]!)) b--;
    if (b - a >= 2 && (line[a] === '"' || line[a] === "'") && line[b - 1] === line[a]) {
      a++;
      b--;
    }
    out.push({ start: offset + a, end: offset + b, value: line.slice(a, b) });
  };
  if (sep === ',' || sep === ';') {
    // CSV: separators inside double quotes belong to the cell.
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '"') quoted = !quoted;
      else if (c === sep && !quoted) {
        push(last, i);
        last = i + 1;
      }
    }
    push(last, line.length);
    return out;
  }
  for (const m of line.matchAll(splitter)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, line.length);
  // A Markdown row's outer pipes leave an empty first and last cell.
  if (sep === '|') {
    if (out.length && out[0]!.value === '' && /^[ \t]*\|/.test(line)) out.shift();
    if (out.length && out[out.length - 1]!.value === '' && /\|[ \t]*$/.test(line)) out.pop();
  }
  return out;
}

export function separatorOf(line: string): string | null {
  if ((line.match(/\t/g)?.length ?? 0) >= 1) return '\t';
  if ((line.match(/\|/g)?.length ?? 0) >= 2) return '|';
  if ((line.match(/;/g)?.length ?? 0) >= 2) return ';';
  if ((line.match(/,/g)?.length ?? 0) >= 2) return ',';
  if ((line.match(/[ \t]{2,}/g)?.length ?? 0) >= 2) return 'spaces';
  return null;
}

/** Header cells in other languages that name a password column. */
const FOREIGN_PASSWORD_HEADER =
  /^(?:passwort|kennwort|mot de passe|mdp|contraseña|contrasena|clave|senha|wachtwoord|lösenord|salasana|hasło|haslo|heslo|пароль|パスワード|密码|密碼|비밀번호|şifre|sifre|parola|adgangskode|passord|jelszó|jelszo|κωδικός|κωδικοί|κωδικος|συνθηματικό|mật khẩu|kata sandi|sandi|รหัสผ่าน|كلمة المرور|كلمة السر|סיסמה|סיסמא|पासवर्ड|гасло)$/iu;

/** A card's security code as a column's header: its cells are three or four digits. */
const CARD_CODE_HEADER = /^(?:cvv2?|cvc2?|csc|cid|cvn|security code|código de seguridad|código de segurança|cryptogramme|prüfnummer)$/i;
/** A column of card numbers beside it: the code column then belongs to those cards. */
const CARD_HEADER = /^(?:card|cards|card number|card no\.?|pan|tarjeta|número de tarjeta|cartão|karte|kartennummer|carte|numéro de carte|carta)$/i;

/** A header cell's kind: password, another secret, or neither. */
function headerKind(cell: string): 'password' | 'secret' | 'card code' | null {
  const v = cell.trim().replace(/[*_`:]/g, '');
  // BK's round: a setting with its value (`password=<pwd>` in a connection string split by semicolons) names no column.
  if (/^[^=\s]{1,40}[ \t]*=[ \t]*\S/.test(v)) return null;
  if (v.length > 40 || v.includes(' ') && v.split(/\s+/).length > 3) return null;
  if (FOREIGN_PASSWORD_HEADER.test(v)) return 'password';
  if (CARD_CODE_HEADER.test(v)) return 'card code';
  return classifyKey(v.replace(/\s+/g, '_'));
}

/** A header naming a PIN ("PIN", "PIN code", "Pincode"). */
function isPinHeader(cell: string): boolean {
  return /^[ \t*_`]*pin[ \t_-]?(?:code|no\.?|number)?[ \t*_`:]*$/i.test(cell);
}

/** Headers of an address's parts: a table with one of them is a list of places. */
const ADDRESS_HEADER = /^[ \t*_`]*(?:address|addr|city|town|village|district|state|locality|area|post[ \t_-]?office|street|taluk|tehsil)[ \t*_`:]*$/i;

const TABLE_HEADER_HINT =
  /value|pass|pwd|pw\b|secret|token|key|pin\b|kennw|contras|clave|senha|wacht|mot de passe|mdp|lösen|salasana|has[lł]o|heslo|пароль|パスワード|密码|密碼|비밀번호|şifre|parola|adgang|jelsz|κωδικ|συνθηματ|mật khẩu|sandi|รหัสผ่าน|كلمة|סיסמ|पासवर्ड|гасло|cvv|cvc|csc/gi;

/**
 * Capitals only, as mainframe (RACF, TSO) passwords are, and no word: four consonants in a row, which no English or
 * placeholder word in capitals has ("GPLPPJNP"; not "CHANGEME", "UNKNOWN", "SAME AS ABOVE").
 */
function randomCapitals(v: string): boolean {
  return /^[A-Z]{6,16}$/.test(v) && /[B-DF-HJ-NP-TV-XZ]{4}/.test(v);
}

/**
 * Digits alone in a password column are a code where the row names what it opens ("| Alarm | — | 8023 |", "Safe\t\t
 * 4471#", "Door PIN | 0921"): a lock's, an alarm's, a PIN's; elsewhere four digits in such a column may be a count.
 */
function rowCode(value: string, row: readonly { value: string }[], column: number): boolean {
  if (!/^[*#]?\d{4,8}[#*]?$/.test(value)) return false;
  const names = row.slice(0, column).map((c) => c.value).join(' ');
  return namesLockable(names) || /(?<![\p{L}])(?:PIN|SIM|keypad|passcode|code|kod|c[óo]digo|codice)(?![\p{L}])/iu.test(names);
}

/**
 * BD's round: a sheet of logins ("what | user | secret"), a secret's column beside a column of users: each row's
 * secret is what its user types, so a cell of a password's shape is one; and a row with no user (a dash, nothing)
 * that names a place a code opens (a store, a cage, a gate, a room …) gives its code in four to eight digits
 * ("breaker cage | - | 4791"); a count's or a number's row ("Printer pages | — | 2500") is left.
 */
function loginCell(row: readonly Cell[], i: number, users: number, sep: string): boolean {
  if (passwordCell(row, i, sep)) return true;
  const user = row[users]?.value ?? '';
  const names = row.slice(0, i).filter((_, k) => k !== users).map((c) => c.value).join(' ');
  return (
    /^(?:[-–—]|n\/a|)$/i.test(user.trim()) &&
    /^\d{4,8}$/.test(row[i]!.value) &&
    !/^(\d)\1+$/.test(row[i]!.value) &&
    CODE_PLACE.test(names) &&
    !NUMBER_FIELD.test(names)
  );
}

/** A header line's separator, how many cells it has, and which of them name a secret and of what kind. */
interface ReadHeader {
  sep: string;
  width: number;
  columns: (readonly [number, 'password' | 'secret' | 'card code'])[];
  /** The column of users, or -1. */
  users: number;
}

/** What a line read as a table's header names (`findTableSecrets`), or null where it heads no table of secrets. */
function readHeader(header: string): ReadHeader | null {
  const sep = separatorOf(header);
  // A header is a row of names, not a sentence.
  if (!sep || /[.?!](?:\s|$)/.test(header)) return null;
  const head = cells(header, 0, sep);
  if (head.length < 2 || head.length > 30) return null;
  // India's postal code is the "PIN code": beside an address's columns, a PIN column holds places, not secrets.
  const addressTable = head.some((c) => ADDRESS_HEADER.test(c.value));
  const cardTable = head.some((c) => CARD_HEADER.test(c.value.trim().replace(/[*_`:]/g, '')));
  const columns: (readonly [number, 'password' | 'secret' | 'card code'])[] = head
    .map((c, i) => [i, headerKind(c.value)] as const)
    .filter((c): c is readonly [number, 'password' | 'secret' | 'card code'] => c[1] !== null && !(isPinHeader(head[c[0]]!.value) && addressTable) && (c[1] !== 'card code' || cardTable));
  // AV's round: a sheet of logins ("Item | Who | Value", "System | User | Password / code"): the value's column beside a
  // column of users holds what each login needs.
  if (columns.length === 0 && head.some((c) => USER_HEADER.test(c.value))) {
    const value = head.findIndex((c) => VALUE_HEADER.test(c.value));
    if (value >= 0) columns.push([value, 'password']);
  }
  // A header holds names, not values: one cell that is itself a value means this is a row, not a header.
  if (columns.length === 0 || head.some((c) => c.value.length > 40)) return null;
  return { sep, width: head.length, columns, users: head.findIndex((c) => USER_HEADER.test(c.value)) };
}

/** A column of users, and a column of values beside it (`readHeader`). */
const USER_HEADER = /^[ \t*_`]*(?:user|users|username|user[ \t]+name|login|logins|who|account)[ \t*_`:]*$/i;
const VALUE_HEADER = /^[ \t*_`]*(?:value|values|password[ \t]*\/[ \t]*(?:code|pin)|secret[ \t]*\/[ \t]*(?:code|pin))[ \t*_`:]*$/i;

/**
 * AV's round: three to six small words joined by underscores, dots or hyphens ("fern_quartz_ladle_moss",
 * "amber.sparrow.glacier"), a number after them or not, in a secret's column: a generator's passphrase, as long as the
 * words are no description (`generatedPhrase`).
 */
function joinedWords(value: string): boolean {
  const m = /^(\p{Ll}{3,12}(?:([_.-])\p{Ll}{3,12})(?:\2\p{Ll}{3,12}){1,4})\2?\d{0,4}$/u.exec(value);
  return m !== null && generatedPhrase(m[1]!.split(m[2]!).join(' '));
}

/**
 * AL's round: a passphrase of plain words in a password column of a table whose cells are split by pipes, tabs or
 * commas (an Org-mode or Markdown table, a TSV): three to six lower-case words, with or without a number, that are no
 * description ("same as above", "ask the office") and no sentence (`generatedPhrase`, `plainPhrase` with a number).
 */
function phraseCell(value: string): boolean {
  if (!/^\p{Ll}{2,14}(?:[ \t]\p{Ll}{2,14}){2,5}(?:[ \t]\d{1,4})?$/u.test(value)) return false;
  return /\d$/.test(value) ? plainPhrase(value.replace(/[ \t]\d+$/, '')) : generatedPhrase(value);
}

/**
 * AV's round: a handover sheet's "Password / code" column holds what each row needs, and a row's own cell may say the
 * value is an identifier instead ("Printer  MAC  3c:22:…", "Van tracker  device id  7d41…", "Spare phone  IMEI  3567…",
 * "Router  serial  QX88…", "Insurance  policy no.  …"): such a row gives no password (a policy's number is read by its
 * own rule, `everyday-codes.ts`). A MAC address is never one, whatever its column.
 */
const IDENTIFIER_CELL =
  /^(?:mac(?:[ \t]+address)?|serial(?:[ \t]*(?:no\.?|number|#))?|s\/n|imei\d?|iccid|meid|eid|(?:device|terminal|merchant|asset|station|unit|hardware|machine|serial|policy|account|member|customer|reference|order|invoice|ticket|case|contract)[ \t]*(?:id|no\.?|number|#)|tid|mid)$/i;
const MAC_ADDRESS = /^[0-9a-f]{2}(?:([:-])[0-9a-f]{2})(?:\1[0-9a-f]{2}){4}$/i;

function namedAsIdentifier(row: readonly { value: string }[], column: number): boolean {
  return row.some((c, j) => j !== column && IDENTIFIER_CELL.test(c.value));
}

/**
 * Whether a row's cell in a password column holds one: a password's shape, random capitals, a lock's digits where the
 * row names the lock, joined words, or (in a table split by pipes, tabs or commas) a passphrase of plain words.
 */
export function passwordCell(row: readonly Cell[], i: number, sep: string): boolean {
  const v = row[i]!.value;
  return (
    (!/\s/.test(v) && (looksLikeProsePassword(v) || looksLikeGenericSecret(v) || randomCapitals(v) || rowCode(v, row, i) || joinedWords(v))) ||
    (sep !== 'spaces' && phraseCell(v))
  );
}

/** Whether a row's cell is no password whatever its column: empty, a placeholder, a dash, an identifier, a MAC. */
export function notAPasswordCell(row: readonly Cell[], i: number): boolean {
  const v = row[i]?.value ?? '';
  return v === '' || isPlaceholder(v) || /^[*•x.\-–—?]+$/i.test(v) || namedAsIdentifier(row, i) || MAC_ADDRESS.test(v);
}

/**
 * AV's round: the same tables drawn with box-drawing characters (`│ Item │ Who │ Value │` between `├───┼───┤` rules) or
 * written as HTML (`<tr><td>…</td><td>…</td></tr>`, a row to a line), read as pipe tables: each cell border becomes a
 * pipe and each rule a row of dashes, every other character kept in its place, so that spans stand where they stood.
 */
const HTML_CELL_TAG = /<(\/?)(t[dhr])(?:[ \t][^<>\n]{0,200})?>/gi;
const BOX_BORDER = /[│┃║]/g;
const BOX_RULE = /[─━═┼├┤┌┐└┘┬┴╭╮╯╰╪╫╬╞╡╟╢╤╧╥╨]/g;

export function tablesAsPipes(text: string): string {
  let view = text;
  if (/<t[dh][ \t>]/i.test(view)) view = view.replace(HTML_CELL_TAG, (tag, close: string, name: string) => (close || name.toLowerCase() === 'tr' ? ' ' : '|').padEnd(tag.length, ' '));
  if (/[│┃║]/.test(view)) view = view.replace(BOX_BORDER, '|').replace(BOX_RULE, '-');
  return view;
}

/**
 * A table (TSV, CSV, Markdown, or columns aligned by spaces) whose header row names a password or secret column: the
 * cell in that column of each following row, until a blank line or a row of another shape.
 */
function findTableSecrets(source: string): SecretSpan[] {
  const text = tablesAsPipes(source);
  const spans: SecretSpan[] = [];
  // What each header line says, read once per text: a long table or export repeats its header lines.
  const headerOf = byValue(readHeader);
  TABLE_HEADER_HINT.lastIndex = 0;
  let nextFree = 0;
  for (let h: RegExpExecArray | null; (h = TABLE_HEADER_HINT.exec(text)); ) {
    const lineStart = text.lastIndexOf('\n', h.index - 1) + 1;
    let lineEnd = text.indexOf('\n', h.index);
    if (lineEnd < 0) lineEnd = text.length;
    TABLE_HEADER_HINT.lastIndex = lineEnd;
    if (lineStart < nextFree || lineEnd - lineStart > 600) continue;
    const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const read = headerOf(header);
    if (read === null) continue;
    const { sep, width, columns, users } = read;
    let at = lineEnd + 1;
    for (const { line, start, end } of tableRows(text, lineEnd)) {
      if (/^[ \t|:+-]+$/.test(line)) {
        at = end + 1; // a Markdown or ASCII-art rule under the header
        continue;
      }
      const row_ = cells(line, start, sep);
      if (sep === 'spaces' ? row_.length < width - 1 || row_.length > width : Math.abs(row_.length - width) > 1) break;
      for (const [i, kind] of columns) {
        const c = row_[i];
        if (!c || notAPasswordCell(row_, i)) continue;
        // A cell stands alone, like a word in prose: it must look like a password, not a setting ("High", "yes").
        if (kind === 'card code') {
          if (/^\d{3,4}$/.test(c.value)) spans.push({ start: c.start, end: c.end, label: 'card number' });
          continue;
        }
        const ok = kind === 'password' ? passwordCell(row_, i, sep) : looksLikeGenericSecret(c.value) || joinedWords(c.value) || rowCode(c.value, row_, i);
        if (ok) spans.push({ start: c.start, end: c.end, label: kind === 'password' ? 'password' : 'api key' });
        else if (users >= 0 && users !== i && loginCell(row_, i, users, sep)) spans.push({ start: c.start, end: c.end, label: 'password' });
      }
      at = end + 1;
    }
    nextFree = at;
    TABLE_HEADER_HINT.lastIndex = Math.max(TABLE_HEADER_HINT.lastIndex, at);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Random values under any name

/**
 * Key words that name identifiers, digests, public values and data: what sits under them is not a credential. BG's
 * round: a coin's ticker or name as the name's last word (`LTC:`, `SOL:`, `TRX:`, `donate_btc:`) is a wallet's
 * receiving address, given out to be paid to; a key of the coin is named as one (`sol_private_key`), its last word
 * saying so.
 */
const NOT_SECRET_NAME =
  /^(?:id|ids|uuid|uuids|guid|puuid|uid|hash|hashes|digest|sha\d*|md5|checksum|crc\d*|integrity|etag|nonce|fingerprint|thumbprint|commit|rev|revision|version|build|public|pub|publishable|cert|certificate|ca|image|img|icon|logo|avatar|thumbnail|data|content|body|payload|src|url|uri|href|link|path|file|filename|name|title|label|message|text|description|desc|query|trace|span|request|correlation|state|challenge|ref|tag|slug|kid|cursor|page|placeholder|example|sample|dummy|mock|fake|hint|address|addr|tx|txid|block|anon|site|sitekey|measurement|tracking|analytics|pixel|order|invoice|sku|isbn|object|bucket|region|zone|host|domain|user|username|email|phone|avatar_url|video|playlist|channel|sha256|sha512|fileid|docid|sheet|spreadsheet|document|doc|folder|drive|cid|ipfs|hex|color|colour|font|style|class|css|html|xml|json|yaml|markdown|regex|pattern|format|template|locale|lang|language|country|currency|timezone|tz|date|time|timestamp|created|updated|expires|expiry|cache|sort|partition|idempotency|dedup|etag|lookup|salt_rounds|revision_id|x5t|x5c|modulus|exponent|pubkey|owner|mint|wallet|btc|bitcoin|ltc|litecoin|eth|ether|ethereum|sol|solana|trx|tron|doge|dogecoin|xrp|ripple|xtz|tezos|algo|algorand|atom|cosmos|near|hbar|hedera|kas|kaspa|etc|zcash|bch|xmr|monero|ada|cardano|dot|polkadot|bnb|usdt|usdc|matic|polygon|avax|xlm|stellar|ton|dash|zec|recipient|sender|program|contract|account|authority|payer|validator|peer|peers|interface|svg|png|jpe?g|gif|webp|ico|bmp|woff2?|ttf|otf|eot|mp3|mp4|wav|ogg|webm|pdf|css)$/;

/** Words that make any value under the name public, an identifier or a digest, wherever they stand in it. */
export const NOT_SECRET_ANYWHERE =
  /^(?:id|uuid|guid|puuid|summoner|player|gamertag|steamid|steam64|xuid|psnid|hash|digest|sha\d*|md5|checksum|integrity|etag|nonce|fingerprint|thumbprint|commit|public|pub|publishable|example|sample|dummy|mock|fake|placeholder|anon|site|sitekey|tracking|measurement|analytics|cache|idempotency|image|img|icon|avatar|video|playlist|logo|favicon|banner)$/;

/** Stems of names for key material that `classifyKey` does not know as credentials. */
const SECRETISH_NAME = /salt|pepper|signer|signing|hmac|cipher|crypt|seed|priv|master|shared|licen[cs]e|unlock|jwt|otp|webhook/i;

/** Base64 of the starts of common binary formats (PNG, JPEG, GIF, PDF, ZIP, WebP, gzip, XML): data, not a key. */
const FILE_MAGIC_BASE64 = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi|UEsDB|UklGR|H4sI|PD94bW|PHN2Zy|AAAA)/;

/**
 * Solana addresses and public keys (base58 of 32 bytes) and Bitcoin addresses (base58check): random-looking, public.
 * (Secret keys of the same alphabet are 64 bytes, and `crypto.ts` reads them.)
 */
function isBlockchainAddress(value: string): boolean {
  if (!/^[1-9A-HJ-NP-Za-km-z]{25,44}$/.test(value)) return false;
  if (value.length >= 32 && base58Decode(value)?.length === 32) return true;
  const payload = base58CheckPayload(value);
  return payload !== null && payload.length === 21;
}

/** Whether base64 decodes to text (an encoded string, a certificate, a config): ciphertext and keys decode to noise. */
export function decodesToText(value: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(value) || value.length < 16) return false;
  let decoded: string;
  try {
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '').padEnd(Math.ceil(value.replace(/=+$/, '').length / 4) * 4, '='));
  } catch {
    return false;
  }
  let printable = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9) printable++;
  }
  return printable >= decoded.length * 0.9;
}

/**
 * The key written before a separator at `at`, where code or config puts one: `NAME=`, `name = `, `"name":`,
 * `cfg['name'] =`, and `name:` only at the start of a line or after `{` or `,` (YAML, object literals) — "in Sparrow:"
 * in a sentence and `h1:` in go.sum are not keys. Not in a URL's query string, whose values are ids as often as not.
 */
function keyBefore(text: string, at: number): string | null {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const bracket = text[i - 1] === ']';
  if (bracket) i--;
  const quote = text[i - 1] === '"' || text[i - 1] === "'" ? text[i - 1] : '';
  if (quote) i--;
  const end = i;
  while (i > 0 && i > end - 64 && /[\w.-]/.test(text[i - 1]!)) i--;
  const key = text.slice(i, end);
  if (!/^[A-Za-z_]/.test(key)) return null;
  if (quote) {
    if (text[i - 1] !== quote) return null;
    i--;
  }
  if (bracket && !quote) return null;
  const before = text.slice(Math.max(0, i - 40), i);
  if (/[?&]$/.test(before)) return null;
  if (text[at] === ':' && !quote && !/(?:^|\n)[ \t]*(?:-[ \t]+)?$|[{,][ \t]*$/.test(before)) return null;
  return key;
}

/**
 * A value random beyond doubt, assigned to a key of any name (`hmacPepper: '…'`, `MAGIC_LINK_SIGNER=…`,
 * `"shared": "…"`): 24 or more characters of a key alphabet with capitals, small letters and digits in random
 * proportions, not hex (digests and ids are hex), not base64 of text or of a file, and under a name that is not one
 * for identifiers, digests or public values.
 */
const RANDOM_UNDER_ANY_NAME: RegexRule = {
  name: 'random-under-any-name',
  pattern: /(?:=>|:=|[:=])[ \t]{0,3}(?:[bBrR@](?=["'`]))?(["'`]?)([A-Za-z0-9+/_-]{24,512}={0,3})\1(?=[\s,;})\]]|$)/dg,
  judge(m, text) {
    const span = groupSpan(m, [2])!;
    const value = span.value;
    if (text[m.index] === ':' && text[m.index + 1] === '/') return null;
    const key = keyBefore(text, m.index);
    if (!key) return null;
    const words = key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    // The last word says what the value is (`avatar_url`, `client_id`, `commit_sha`); some words anywhere make it public.
    // One or two letters name the parts of a JSON Web Key (`n`, `e`, `x`, `y`: public) or are code's own short names.
    if (key.length <= 2) return null;
    if (words.length === 0 || NOT_SECRET_NAME.test(words[words.length - 1]!) || words.some((w) => NOT_SECRET_ANYWHERE.test(w))) return null;
    const core = value.replace(/=+$/, '');
    const strong = /[A-Z]/.test(core) && /[a-z]/.test(core) && (core.match(/\d/g)?.length ?? 0) >= 2 && looksLikeRandomToken(core);
    // Under a name for key material (`hmacPepper`, `cookie_signer`, `license_seed`), hex and one-case tokens count too.
    const keyish = SECRETISH_NAME.test(key) && (/^[0-9a-f]{32,}$/i.test(core) || looksLikeRandomToken(core));
    if ((!strong && !keyish) || FILE_MAGIC_BASE64.test(value) || decodesToText(value) || isBlockchainAddress(value)) return null;
    const lineStart = lineAround(text, m.index, 200).start;
    if (/\b(?:hash|sha-?\d*|md5|digest|checksum|integrity|commit|etag|fingerprint|nonce|uuid|guid|public|example|sample)\b/i.test(contextOf(text, lineStart, m.index))) return null;
    return { start: span.start, end: span.end, label: 'api key' };
  },
};

/**
 * A Google Cloud service-account key file: its `private_key_id` (40 hex digits) goes with the private key (which the
 * PEM rule takes) and names it in Google's key list.
 */
const SERVICE_ACCOUNT_KEY_ID: RegexRule = {
  name: 'service-account-key-id',
  pattern: /"private_key_id"[ \t]*:[ \t]*"([0-9a-f]{40})"/dg,
  judge(m, text) {
    if (!/"type"[ \t]*:[ \t]*"service_account"|gserviceaccount\.com/.test(contextOf(text, m.index - 2000, m.index + 4000))) return null;
    const span = m.indices![1]!;
    return { start: span[0], end: span[1], label: 'api key' };
  },
};

export const STRUCTURED_FINDERS: readonly Finder[] = [
  regexFinder(SERVICE_ACCOUNT_KEY_ID),
  regexFinder(NAME_VALUE_PAIR),
  regexFinder(CREDENTIAL_CALL),
  regexFinder(ARGUMENT_LITERALS),
  regexFinder(KEYED_LIST),
  regexFinder(SPACED_QUOTED),
  regexFinder(USERLIST),
  { name: 'table-columns', find: findTableSecrets },
];

/** Last of all: only values no named rule has taken. */
export const RANDOM_VALUE_FINDERS: readonly Finder[] = [regexFinder(RANDOM_UNDER_ANY_NAME)];
