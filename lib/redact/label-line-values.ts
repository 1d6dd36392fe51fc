import { EN_LABEL, FOREIGN_LABEL, passwordWordStarts } from './passwords';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * A password word alone on its line, the value alone on the next line that is not blank: a form or a vendor's sheet
 * copied as label and value on lines of their own ("Password\n\nLWQ…", "Password:\n    9YB0…", "Passwort\nTalsperre-88").
 * The label line holds the word and at most a colon; the value line one token, indented or not, at most one blank line
 * between. The value must be a password beyond doubt (`strongPassword`): a heading "Password" over a paragraph of
 * prose, or over a setting's word, is not read.
 */
const LABEL_ALONE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${EN_LABEL}|${FOREIGN_LABEL})[ \\t]*[:：]?[ \\t]*\\r?\\n`, 'iuy');

/** The line or two below the label: an optional blank line, then one token alone on its line. */
const VALUE_BELOW = /^(?:[ \t]*\r?\n)?[ \t]*(\S{6,64})[ \t]*(?:\r?\n|$)/;

/**
 * Whether the password word at `at` opens its line (after indentation, a list mark or emphasis): only the 12
 * characters before it are read (a search back for the line's start, per word, is quadratic in a text of password
 * words and no newline).
 */
function opensLine(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 13), at);
  return (at <= 12 ? /^(?:[\s\S]*\n)?[ \t*_#>-]*$/ : /\n[ \t*_#>-]*$/).test(lead);
}

/**
 * The password alone on the line at `below` (or the next, past one blank line), without the emphasis around it, if
 * it is one beyond doubt (`strongPassword`) and no placeholder.
 */
function strongValueBelow(text: string, below: number): SecretSpan | null {
  const v = VALUE_BELOW.exec(text.slice(below, below + 140));
  if (!v) return null;
  const value = v[1]!.replace(/[*_`]+$/, '').replace(/^[*_`]+/, '');
  if (isPlaceholder(value) || !strongPassword(value)) return null;
  const start = below + v[0].indexOf(value);
  return { start, end: start + value.length, label: 'password' };
}

function findValueBelowLabel(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let from = 0;
  // Where a password word begins, found once per text for the rules that share the places (`passwordWordStarts`).
  for (const at of passwordWordStarts(text)) {
    if (at < from || !opensLine(text, at)) continue;
    LABEL_ALONE.lastIndex = at;
    const m = LABEL_ALONE.exec(text);
    if (!m) continue;
    const span = strongValueBelow(text, m.index + m[0].length);
    if (!span) continue;
    spans.push(span);
    from = span.end;
  }
  return spans;
}

/**
 * A PIN's label alone on its line, at most one word before it ("Telephone PIN", "Card PIN", "Karten-PIN", "PIN code"),
 * and four to eight digits alone on the next line that is not blank: a bank's or a phone's sheet copied as label and
 * value lines. India's postal "PIN code" over six digits is an address's, where the lines around name a city, a
 * state or a district.
 */
const PIN_LABEL_THEN_DIGITS =
  /(?:^|\n)[ \t*_#>-]*((?:\p{L}{2,20}[ \t-])?(?:PIN|Pin)(?:[ \t-]?(?:code|Code|number|Number|no\.?|Nummer))?)[ \t]*[:：]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(\d{4,8})[ \t]*(?=\r?\n|$)/gu;
const HARDWARE_PIN = /^(?:GPIO|GND|VCC|IO|data|reset|power|ground|analog|digital|header|input|output|enable|chip|signal)[ \t-]/i;
const ADDRESS_WORDS = /(?<![\p{L}])(?:address|city|state|district|street|road|nagar|post[ \t]?office|village|taluk|tehsil|pincode)(?![\p{L}])/iu;

function findPinBelowLabel(text: string): SecretSpan[] {
  if (!text.includes('PIN') && !text.includes('Pin')) return [];
  const spans: SecretSpan[] = [];
  PIN_LABEL_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_LABEL_THEN_DIGITS.exec(text)); ) {
    const value = m[2]!;
    const start = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(value)).length;
    PIN_LABEL_THEN_DIGITS.lastIndex = start;
    // A hardware pin ("GPIO PIN", "Reset pin") is numbered, not secret.
    if (/^(\d)\1+$/.test(value) || HARDWARE_PIN.test(m[1]!)) continue;
    if (value.length === 6 && /code|no|number|nummer/i.test(m[1]!) && ADDRESS_WORDS.test(text.slice(Math.max(0, m.index - 200), start + 200))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * A line that opens with a password word and says where the value is rather than giving it: a clause that ends in a
 * colon ("Password for the guest tablets:", "Passwort für das Vereinskonto:") or words for "below", "on the next line"
 * ("password is below because the form wraps", "het wachtwoord staat hieronder", "la contraseña va abajo"), then the
 * value alone on the next line that is not blank. No value on the label's line, and the value a password beyond doubt
 * (`strongPassword`), as for a label alone.
 */
const CLAUSE_LINE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${EN_LABEL}|${FOREIGN_LABEL})(?![\\p{L}\\p{N}_])([^\\n]{1,80})\\r?\\n`, 'iuy');
const SAYS_BELOW =
  /(?<![\p{L}])(?:below|underneath|beneath|next[ \t]+line|on[ \t]+the[ \t]+line[ \t]+below|unten|darunter|n[äa]chste[nr]?[ \t]+Zeile|hieronder|eronder|ci-dessous|en[ \t]+dessous|ligne[ \t]+suivante|abajo|debajo|l[íi]nea[ \t]+siguiente|abaixo|linha[ \t]+seguinte|sotto|qui[ \t]+sotto|riga[ \t]+successiva|nedan|nedanf[öo]r|nedenfor|nedenunder|alla|alapuolella|poni[żz]ej|n[íi][žz]e|ниже|нижче|aşağıda|di[ \t]+bawah|alatt|dedesubt)(?![\p{L}])/iu;

function findValueBelowClause(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let from = 0;
  for (const at of passwordWordStarts(text)) {
    if (at < from || !opensLine(text, at)) continue;
    // The line, read before the label's rule is run on it: it must end in a colon or say "below".
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd - at > 120) continue;
    const line = text.slice(at, lineEnd);
    if (!/[:：][ \t]*\r?$/.test(line) && !SAYS_BELOW.test(line)) continue;
    CLAUSE_LINE.lastIndex = at;
    const m = CLAUSE_LINE.exec(text);
    if (!m) continue;
    const rest = m[1]!.replace(/\r$/, '');
    // The clause ends in a colon, or says the value is below; it holds no value of its own (a token with a digit).
    if (!(/[:：][ \t]*$/.test(rest) || SAYS_BELOW.test(rest)) || /\d/.test(rest.replace(/\b(?:2fa|wi-?fi|wpa2?|\d+(?:st|nd|rd|th))\b/gi, ''))) continue;
    if (NOT_THE_PASSWORD_LINE.test(rest)) continue;
    const span = strongValueBelow(text, m.index + m[0].length);
    if (!span) continue;
    spans.push(span);
    from = span.end;
  }
  return spans;
}

/** Words that make the clause about passwords in general: a rule, an error, an example, a policy. */
const NOT_THE_PASSWORD_LINE = /(?<![\p{L}])(?:errors?|fehler|example|beispiel|ejemplo|exemple|esempio|format|pattern|policy|rules?|requirements?|must|should|hash\p{L}*|wrong|incorrect|invalid|expired?)(?![\p{L}])/iu;

/**
 * A Wi-Fi network's key as a sheet or a message lists it, its label alone on a line ("key:", "Schlüssel:", "clé :",
 * "clave", "nyckel") and the key alone on the next, where a line naming the network (a Wi-Fi word, an SSID or a
 * network label) stands among the three lines above: "network: Allotment-Shed" over "key:" over the key. "key" alone
 * names nothing; under a network's name it is the network's key.
 */
const KEY_LABEL_LINE =
  /(?:^|\n)[ \t*_#>-]*(?:key|wpa[ \t-]?key|network[ \t]+key|schl[üu]ssel|netzwerkschl[üu]ssel|cl[ée]|cl[ée][ \t]+r[ée]seau|clave|chave|chiave|sleutel|netwerksleutel|nyckel|n[øo]gle|n[øo]kkel|avain|verkkoavain|klucz|kl[íi][čc]|ключ|anahtar|kunci|kulcs|cheie)[ \t]*[:：]?[ \t]*\r?\n/gi;
const NETWORK_LINE = /(?<![\p{L}])(?:wi-?fi|wlan|ssid|network|netzwerk|r[ée]seau|red|rede|rete|netwerk|n[äa]tverk|netv[æa]rk|nettverk|verkko|sie[ćc]|s[íi]ť|сеть|мережа|ağ|jaringan|h[áa]l[óo]zat|re[țt]ea)(?![\p{L}])/iu;

function findWifiKeyBelow(text: string): SecretSpan[] {
  // A label alone on its line needs a line break after it.
  if (!text.includes('\n')) return [];
  const spans: SecretSpan[] = [];
  KEY_LABEL_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_LABEL_LINE.exec(text)); ) {
    const labelStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    const above = text.slice(Math.max(0, labelStart - 240), labelStart).split('\n').slice(-4).join('\n');
    if (!NETWORK_LINE.test(above)) continue;
    const below = m.index + m[0].length;
    KEY_LABEL_LINE.lastIndex = below - 1;
    const v = VALUE_BELOW.exec(text.slice(below, below + 140));
    if (!v) continue;
    const value = v[1]!;
    if (value.length < 8 || isPlaceholder(value) || !strongPassword(value)) continue;
    const start = below + v[0].indexOf(value);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const LABEL_LINE_VALUE_FINDERS: readonly Finder[] = [
  { name: 'password-below-label-line', find: findValueBelowLabel },
  { name: 'password-below-clause-line', find: findValueBelowClause },
  { name: 'wifi-key-below-label-line', find: findWifiKeyBelow },
  { name: 'pin-below-label-line', find: findPinBelowLabel },
];
