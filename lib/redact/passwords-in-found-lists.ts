import { neighbourLineStart } from './line-starts';
import { memorable } from './passwords-after-what-they-open';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { PASSWORD_WORDS } from './password-word-near-value';
import type { SecretSpan } from './rules';

/**
 * AU's round: the other entries of a list whose one entry a rule has found as a password. A note lists logins one to a
 * line, each as what it opens and its value ("still controller: B-X-AUBjve…" over "bottling-line HMI: nB_=Zq…", "1)
 * on-call phone — place.hard.dial.exchange.39" over "2) lab results portal — cIoG#6Tiw…"), and names the password
 * nowhere: the found one says what the list is. An entry beside it (the lines next to it, no blank line between) laid
 * out the same way (a short label, the same mark, one value ending the line) is a password where its value has a
 * password's shape: letters mixed with digits or symbols, or three words or more joined by dots, hyphens or
 * underscores. A label naming another field (a user, an e-mail, a host, a URL, a name) keeps its value.
 */
const ENTRY = /^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’ ./&()-]{0,48}?)[ \t]*(:|[—–]|[ \t]-)[ \t]+(\S{4,80})[ \t]*$/u;
/**
 * BB's round: a handover's list gives the codes of doors and stores beside the logins, each under its place alone
 * ("* paint store: 6048", "* crew room on stand 31: 3281"): an entry of four to eight digits is a code where its label
 * names a place a code opens and no other number (a phone's, a room's number, a count). A year and one digit repeated
 * are left. BU's round: a cheese cave, a walk-in, a drawer, a clubhouse, a porch and a carport too.
 */
export const CODE_PLACE =
  /(?<![\p{L}])(?:stores?|store[ \t]?room|rooms?|cabinets?|cages?|bays?|sheds?|gates?|doors?|hatch(?:es)?|lockers?|lock[ \t]?box|key[ \t]?(?:box|safe)|safes?|huts?|cabins?|compound|exit|entrance|cellar|barn|garage|shutter|vault|cupboard|container|stables?|annexe?|workshop|keypad|padlock|alarm|cave|walk-?in|drawer|clubhouse|porch|carport)(?![\p{L}])/iu;
export const NUMBER_FIELD = /(?<![\p{L}])(?:phone|tel|mobile|cell|fax|ext|extension|number|no|nr|floor|count|qty|capacity|price|cost|total|year|order|invoice|ticket|ref|po|zip|postcode|port|pin[ \t]?code)\.?(?![\p{L}])/iu;
const OTHER_FIELD =
  /(?<![\p{L}])(?:user(?:name)?|e-?mail|mail|host(?:name)?|server|url|link|site|address|ssid|network|name|id|account|phone|tel|date|time|port|ip|version|note|notes|type|status)[ \t]*$/iu;
const MAX_FOUND = 100;

function entryAt(text: string, lineStart: number): { label: string; mark: string; start: number; end: number } | null {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 160) return null;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const m = ENTRY.exec(line);
  if (!m) return null;
  const start = lineStart + line.length - m[0].length + m[0].lastIndexOf(m[3]!);
  return { label: m[1]!, mark: m[2]!.trim(), start, end: start + m[3]!.length };
}

export function passwordShaped(v: string): boolean {
  if (/:\/\/|@[\w-]+\.[a-z]|^\/|\.(?:com|org|net|io|html?|pdf|png|jpe?g|txt|csv)$/i.test(v)) return false;
  if (/^(?:[a-z]{2,12}[._-]){2,6}[a-z0-9]{1,12}$/i.test(v)) return true;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 3 && /\d/.test(v) && !/^v?\d+(?:\.\d+)+$/.test(v);
}

export function findPasswordsInFoundLists(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    const own = entryAt(text, lineStart);
    if (!own || own.start !== found.start || own.end !== found.end || own.end - own.start < 6) continue;
    // Up to three entries above and below, while each line is an entry with the same mark.
    for (const dir of [-1, 1] as const) {
      let at = lineStart;
      for (let i = 0; i < 3; i++) {
        at = neighbourLineStart(text, at, dir);
        if (at < 0) break;
        const e = entryAt(text, at);
        if (!e || e.mark !== own.mark) break;
        const value = text.slice(e.start, e.end);
        const code = /^\d{4,8}$/.test(value) && CODE_PLACE.test(e.label) && !NUMBER_FIELD.test(e.label) && !/^(?:19|20)\d\d$|^(\d)\1+$/.test(value);
        // A shorter value than a password's ends the list, as before BB's round, unless it is a place's code.
        if (value.length < 6 && !code) break;
        if (OTHER_FIELD.test(e.label) || taken.subarray(e.start, e.end).some((t) => t !== 0)) continue;
        if (!code && (/^\d{4,8}$/.test(value) || !passwordShaped(value))) continue;
        taken.fill(1, e.start, e.end);
        spans.push({ start: e.start, end: e.end, label: 'password' });
      }
    }
  }
  return spans;
}

/**
 * BB's round: the same list said in one sentence ("Leaving these with you - the tablet password is …, bar cellar hatch
 * takes 0366, green room is 5552, and the office wifi is …"): on the line of a found password, a clause between commas
 * that names a place a code opens and gives it four to eight digits ("takes", "is", a colon) is that place's code.
 */
const CODE_CLAUSE =
  /(?:^|[,;][ \t]*(?:and[ \t]+|then[ \t]+)?|[ \t][—–-][ \t]+)((?:the[ \t]+)?[\p{L}][\p{L}\p{N} '’-]{0,40}?)[ \t]+(?:takes|is|=|:)[ \t]+(\d{4,8})(?=[ \t]*(?:[,;]|\.(?!\d)|$))/dgmu;

/**
 * BT's round: the same list with no verb, each clause a label and its value ("phone 9285, laptop …, the TV 5297",
 * "ordering 4812-Walnut-fescue, bank Birch.18.Sorrel+, payroll …", "Your PC: …. Showroom alarm: …."): on the line of
 * a found password, a clause after a comma, a semicolon, a sentence's stop or a colon, a label of one to five words
 * (spaced, not a table's tab-separated cells),
 * perhaps "is" or a colon, then one value ending the clause. The value is a place's code (three to eight digits under
 * a lock's word: `CODE_PLACE`; three only under a cupboard's, a shed's, a box's or a lock's, not a room's), a device's
 * PIN of four to six digits ("phone", "tablet", "laptop", "TV"), or a password of a memorable or a strong shape with a
 * capital in it. A label naming another field (a user, a name, an address, a number) keeps its value.
 */
const LIST_CLAUSE =
  /(?:^|[,;][ \t]*(?:and[ \t]+|then[ \t]+)?|[.!?:][ \t]+)((?:the[ ]+)?[\p{L}][\p{L}\p{N}'’-]*(?:[ ]+[\p{L}][\p{L}\p{N}'’-]*){0,4}?)(?:[ ]+(?:is|takes)|[ ]*:)?[ ]+([^\s,;]{3,64}?)(?=[.!]?[ \t]*(?:[,;]|[.!?](?:[ \t]|$)|$))/dgmu;
// BU's round: "wireless" too ("the wireless is StudioNet-90 / …": the network's name).
const NETWORK = /(?<![\p{L}])(?:wi-?fi|wlan|wireless|internet|network|ssid|hotspot)(?![\p{L}])/iu;
const DEVICE = /(?<![\p{L}])(?:phone|mobile|tablet|i?pad|laptop|tv|pc|computer)[ \t]*$/iu;
const THREE_DIGIT_PLACE = /(?<![\p{L}])(?:cabinet|cupboard|shed|locker|padlock|lock|lock[ \t]?box|key[ \t]?(?:box|safe)|safe|hut|cage|chest|trunk|trailer|store|box)[ \t]*$/iu;
const NOT_A_LOGIN_FIELD = /(?<![\p{L}])(?:user(?:[ \t]?name)?|\p{L}*name|id|wi-?fi|wlan|hotspot|ssid|network|net|account|address|url|link|host(?:name)?|server|ssid|network|number|no|nr|ref|order|invoice|ticket|date|time|version|port|ip)[ \t]*$/iu;

/**
 * A name given before its password ("Hotspot: <network>, fjalëkalimi …", "login -- <user> -- …", "connect to <network>,
 * password is …"): a value that a found password follows at once, past a separator and perhaps a password's, a key's
 * or a PIN's word, is the pair's name, not a password of the list.
 */
const PAIR_WORD = new RegExp(String.raw`^(?:${PASSWORD_WORDS.source}|key|pin|schl[üu]ssel|salas[õo]na|security|psk)`, 'iu');
const PAIR_GAP = /^[ \t]*(?:[,;/|]|--|[—–]|->|→)?[ \t]*((?:[^\s\d,;:=]+[ \t]+){0,2}?[^\s\d,;:=]*?)[ \t]*(?:is|:|=)?[ \t]*$/iu;

function namesAPair(text: string, end: number, taken: Uint8Array): boolean {
  for (let at = end; at < Math.min(text.length, end + 40); at++) {
    if (taken[at] === 0 && taken[at - 1] === 0) continue;
    if (taken[at - 1] !== 0 || at === end) return false;
    const gap = PAIR_GAP.exec(text.slice(end, at));
    return gap !== null && (gap[1] === '' || PAIR_WORD.test(gap[1]!));
  }
  return false;
}

function listClauseValue(label: string, value: string): boolean {
  if (/^\d+$/.test(value)) {
    if (/^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) return false;
    // A room's, an office's or a floor's number is where it is ("PIN …, room 1204").
    if (/(?<![\p{L}])(?:rooms?|office|floor|studio|flat|suite)[ \t]*$/iu.test(label)) return false;
    if (value.length >= 4 && value.length <= 8 && CODE_PLACE.test(label) && !NUMBER_FIELD.test(label)) return true;
    if (value.length === 3 && THREE_DIGIT_PLACE.test(label)) return true;
    return value.length >= 4 && value.length <= 6 && DEVICE.test(label);
  }
  // A setting's or an address's pieces (`Source=…`, `host:1433`, `a/b`) are no password of the list.
  // A network's name (a Wi-Fi's, the internet's word in the label, or a band's suffix: "Cottage-5G") is no password.
  if (NETWORK.test(label) || /(?:^|[-_ ])(?:5G|2\.?4G|5GHz|2\.?4GHz)$/i.test(value)) return false;
  if (NOT_A_LOGIN_FIELD.test(label) || !/[A-Z]/.test(value) || !/[a-z]/.test(value) || /[:\\@]|^[A-Za-z_]+=/.test(value)) return false;
  return memorable(value) || strongPasswordShaped(value.replace(/[!?]$/, ''));
}

export function findCodesInFoundSentenceLists(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  let lastLine = -1;
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    if (lineStart === lastLine) continue;
    lastLine = lineStart;
    let lineEnd = text.indexOf('\n', found.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > 600) continue;
    const line = text.slice(lineStart, lineEnd);
    CODE_CLAUSE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = CODE_CLAUSE.exec(line)); ) {
      const label = m[1]!;
      const value = m[2]!;
      if (!CODE_PLACE.test(label) || NUMBER_FIELD.test(label) || /^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) continue;
      const start = lineStart + m.indices![2]![0];
      const end = start + value.length;
      if (taken.subarray(start, end).some((t) => t !== 0)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, label: 'password' });
    }
    LIST_CLAUSE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = LIST_CLAUSE.exec(line)); ) {
      const value = m[2]!;
      if (!listClauseValue(m[1]!.trim(), value)) continue;
      const start = lineStart + m.indices![2]![0];
      const end = start + value.length;
      if (!/^\d+$/.test(value) && namesAPair(text, end, taken)) continue;
      if (taken.subarray(start, end).some((t) => t !== 0)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}
