import type { Finder, SecretSpan } from './rules';

/**
 * A PIN or a PUK right before its digits (AK's round): "operator pin 990554, engineer pin 274567", "my pin 4417",
 * "PIN1 5596 PUK1 85404649", "PIN: 0712"; and a PIN said earlier in the sentence with its digits after "it's" ("the
 * reader asks for the merchant pin sometimes, its 1416"). The word is international (PIN, PUK, "pin-kod", "PIN-Nummer")
 * and four to eight digits after it are what it opens with, whatever language the sentence is in.
 *
 * A board's or a chip's pin is a contact, not a code ("GPIO pin 13", "set pin 1234 high": a lower-case "pin" needs an
 * owner's or a role's word before it, or "is" or a colon after it); a "PIN
 * code" of six digits is an Indian postal code ("PIN code 560034 is Koramangala"); a count or a unit after the digits
 * is a quantity. BD's round: a two-column table's row puts a cell's border between the word and its digits
 * ("| PIN | 5839 |", a card's field and value). BH's round: an HTML table's cells do the same ("<td>PIN</td><td>5839"),
 * and Canadian French calls it NIP ("NIP 8409"), taken in capitals and with four digits only: Poland's NIP is a tax
 * number of ten.
 */
const PIN_THEN_DIGITS =
  /(?<![\p{L}\p{N}_-])(pin|puk|pin-?(?:code|kod|kode|koodi|nummer|number|no)|pincode|NIP(?=[ \t]*[:=]?[ \t]*\d{4}(?!\d))|पिन|পিন|ਪਿੰਨ|પિન|పిన్|ಪಿನ್|പിൻ|پن)[12]?(?:['’]s(?![\p{L}])|[ \t]+(?:is|was|ist|est|es|er|är|=|mak|ni|ye|je|se|ko|là|na|ndi|hemi|ket|ay|ang|wa|yw|jest|é|è|[ée]s|ez|dir|dır))?[ \t]*[:=#|]?[ \t]*(?:<\/?[a-z][a-z0-9]{0,9}>[ \t]*){0,4}(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
const PIN_THEN_ITS =
  /(?<![\p{L}\p{N}_-])(?:pin|puk|passcode)(?![\p{L}\p{N}])[^.!?\n\d]{0,48}?[ \t,;—–-](?:it['’]?s|it[ \t]+is)[ \t]+(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
/**
 * AM's round: a PIN and its digits with a few short words of any language between, as people write "my PIN is" in
 * their own tongue ("mon PIN i 7286", "miro PIN si 2997", "PIN ambo 1122", "mini PIN isch 2049", "PIN sī 1659",
 * "mã PIN thẻ 126066", "PIN do karty 2995", "пин-код карты 799360", "張卡個PIN係 3050"): up to three words of one to
 * eight letters (a copula, a possessive, "of the card"), or a CJK particle right after the word. An English word
 * that makes the number something else stands between ("PIN changed in 2019", "pin for 5000 cycles"), a digit
 * between, a count or a unit after, or a board's contact before, and it is left.
 * AR's round: the word as the Indic scripts borrow it (पिन, পিন, ਪਿੰਨ, પિન, పిన్, ಪಿನ್, പിൻ: "नयु पिन 622565"), and a
 * CJK suffix with its colon ("新PIN码：7607").
 * BJ's round: Urdu's پن and Japanese 暗証 (番号), the card's PIN in those languages' sentences ("…، پن 5031۔", "暗証
 * 5528。").
 */
const PIN_WORDS_THEN_DIGITS =
  /(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_-])(pin|puk|пин(?:-?код)?|пин-?кодът|пін(?:-?код)?|पिन|পিন|ਪਿੰਨ|પિન|పిన్|ಪಿನ್|പിൻ|پن|暗証(?:番号)?)(?:[\p{sc=Han}\p{sc=Hiragana}]{1,2}(?=[ \t]*[:：]?[ \t]*\d)|(?![\p{L}\p{N}]))((?:[ \t]+[\p{L}\p{M}'’]{1,8}){0,3}?)[ \t]*[:=：]?[ \t]*(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
const NOT_A_PIN_WORD =
  /^(?:in|on|at|since|until|till|by|from|before|after|of|for|to|the|an|and|or|but|with|was|were|be|been|has|have|had|will|would|can|could|should|must|may|expires?|expired|changed|reset|entry|entries|attempts?|tries|digits?|length|than|more|less|least|most|about|around|over|under|every|each|per|within|between|into|via|years?|days?|months?|weeks?|hours?|times|cycles|count|holes?|pins|board|header|gpio|set|high|low|out|up|down|only|code|codes|pad|pads|model|type|version|reader|terminal|machine|device|mailer|letter|envelope|field|box|screen|prompt|page|policy|rule|limit|size|range|series|batch|lot|order|ref|step|line|item|row|column|slot|socket|connector|unit|part|product)$/i;
const CONTACT_BEFORE = /(?:gpio|header|connector|digital|analog|analogue|output|input|data|ground|gnd|reset|tx|rx|led|power|pcb|chip|board|socket|plug|bent|postal|zip|area)[ \t-]*$/iu;
const OWNER_BEFORE =
  /(?<![\p{L}])(?:my|your|his|her|our|their|the[ \t]+\p{L}+['’]s|operator|engineer|technician|merchant|manager|admin|administrator|user|supervisor|staff|master|service|installer|card|sim|bank|phone|mobile|atm|debit|credit|new|old|current|default|parent|child|app|account|voicemail)[ \t]+$/iu;
/** A card, a bank or a SIM named earlier in the sentence: "the card is 7044 … and pin 5820" is that card's PIN. */
const CARD_EARLIER = /(?<![\p{L}])(?:card|bank|atm|debit|credit|sim)(?![\p{L}])[^.!?\n]{0,100}$/iu;
/** Whose the lower-case "pin" is: an owner's or a role's word right before it, or a card named earlier in its sentence. */
function ownedBefore(text: string, at: number): boolean {
  return OWNER_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || CARD_EARLIER.test(text.slice(Math.max(0, at - 120), at));
}
/**
 * A text about a circuit, a board or a chip, where "pin" and a number name a contact: its parts, its signals, its
 * wiring words and its makers (AQ's round: read once per text, only where a lower-case "pin" has digits after it).
 */
const ELECTRONICS =
  /gpio|arduino|esp32|esp8266|raspberry|breadboard|resistor|capacitor|transistor|(?<![\p{L}])(?:led|leds|vcc|vdd|gnd|uart|i2c|spi|pwm|adc|dac|mcu|pcb|ic|high|low|volts?|ohms?|header|jumper|wire|wires|wiring|wired|board|chip|socket|connector|relay|sensor|pull-?up|pull-?down|solder\p{L}*|microcontroller|firmware|pinout|datasheet|schematic|circuit|bga|dip|qfp|bowling|lapel|map|dropped)(?![\p{L}])|digitalwrite|pinmode|analogread/iu;
function namesElectronics(text: string, at: number): boolean {
  // The pin's own paragraph: a long note's other paragraphs (a rota, a low stock) say nothing about it.
  return ELECTRONICS.test(text.slice(Math.max(0, at - 300), at + 300));
}
const UNIT_AFTER = /^[ \t]*(?:digits?|characters?|chars?|times|tries|attempts?|mm|cm|m|v|ma|ohms?|%)(?![\p{L}])/iu;

function push(spans: SecretSpan[], text: string, start: number, digits: string): void {
  if (/^(\d)\1+$/.test(digits) || UNIT_AFTER.test(text.slice(start + digits.length, start + digits.length + 14))) return;
  spans.push({ start, end: start + digits.length, label: 'password' });
}

/**
 * BG's round: a card's PIN named for where it is typed, "at" or "for" a till, a pump, a terminal ("pin at the pump
 * 6594", "PIN for the terminal: 3286"), where a card is named in the lines before (a card, its CVV, a debit or a
 * credit card): the words the rule above leaves (a "pin for 5000 cycles") stand between here.
 */
const PIN_WHERE_TYPED =
  /(?<![\p{L}\p{N}_-])pin[ \t]+(?:at|for|on)[ \t]+the[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]*[:=]?[ \t]*(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/giu;
const CARD_NAMED = /(?<![\p{L}])(?:card|cvv|cvc|cvv2|debit|credit)(?![\p{L}])/iu;
/**
 * BM's round: the PIN told as what the till asked for ("it asked for 5801 at the till", "wanted 4417 on the card
 * machine"), where a card is named or its number written (thirteen to nineteen digits, in fours or not) in the lines
 * before: a till that asks for a number after a card is read is asking for its PIN.
 */
const PIN_ASKED_AT_A_TILL =
  /(?<![\p{L}])(?:asked|asks|wanted|wants|needed|needs|prompted)[ \t]+(?:me[ \t]+)?(?:for[ \t]+)?(\d{4,6})[ \t]+(?:at|on)[ \t]+the[ \t]+(?:till|checkout|terminal|card[ \t]+(?:machine|reader)|pos|atm|cash[ \t]+machine|pump|kiosk)(?![\p{L}])/giu;
const CARD_DIGITS = /(?<![\d])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d])/;

function findPinNumbers(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PIN_ASKED_AT_A_TILL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_ASKED_AT_A_TILL.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    if (!CARD_NAMED.test(before) && !CARD_DIGITS.test(before)) continue;
    push(spans, text, m.index + m[0].indexOf(m[1]!, m[0].search(/\d/)), m[1]!);
  }
  if (!/p(?:in|uk|asscode)|nip|пин|пін|पिन|পিন|ਪਿੰਨ|પિન|పిన్|ಪಿನ್|പിൻ|پن|暗証/i.test(text)) return spans;
  PIN_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_THEN_DIGITS.exec(text)); ) {
    const word = m[1]!.toLowerCase();
    const digits = m[2]!;
    if (word === 'nip' && m[1] !== 'NIP') continue;
    if (CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (/code$|^pincode$/.test(word) && digits.length === 6) continue;
    // A lower-case "pin" is a board's contact as often ("wire the LED to pin 1023", "set pin 1234 high"): only with an
    // owner's or a role's word before it ("my pin", "operator pin", "the card's pin"), a card named earlier in the
    // sentence ("the card is … and pin 5820"), or said with "is" or a colon.
    // A PUK, and a SIM's numbered PIN1 and PIN2, are a SIM's whatever their case.
    // AQ's round: or anywhere in a text that names no electronics at all ("pin 248277, back door only", "… kok ditolak
    // terus (pin 1449)"): a board's contact is numbered in the tens, and a text about one says what the board is
    // within a few lines of it.
    if (m[1] === m[1]!.toLowerCase() && !/^(?:puk|pin[12])/i.test(m[0]) && !ownedBefore(text, m.index) && !/(?:is|was|[:=])[ \t]*\d+$/.test(m[0]) && namesElectronics(text, m.index)) continue;
    push(spans, text, m.index + m[0].length - digits.length, digits);
  }
  PIN_WORDS_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_WORDS_THEN_DIGITS.exec(text)); ) {
    const words = m[2]!.trim().split(/[ \t]+/).filter(Boolean);
    // "पिन कोड 110001", "ਪਿੰਨ ਕੋਡ …": India's postal code, six digits, in any of its scripts.
    if (m[3]!.length === 6 && words.some((w) => /^(?:code|कोड|ਕੋਡ|কোড|કોડ|కోడ్|ಕೋಡ್|കോഡ്|கோட்|ਕੋਡ)$/iu.test(w))) continue;
    if ((words.length === 0 && !/[\p{sc=Han}\p{sc=Hiragana}]/u.test(m[0])) || words.some((w) => NOT_A_PIN_WORD.test(w))) continue;
    // A small-letter "pin" in English is a contact or a verb as often: only where no word between is English-looking
    // lower case of three letters or more that the stop list lacks is it read so, and never right after a board's word.
    if (CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (m[1] === m[1]!.toLowerCase() && /^pin$/.test(m[1]!) && !ownedBefore(text, m.index) && !/^(?:el|il|le|la|lo|o|ing|mi|mon|ma|mi[nr]o|mini|mein|meine|mijn|min|moj|mój|meu|minha|mio|mia|su|sa|son|ta|ton|tu|yo|ang|ni|na)$/i.test(text.slice(Math.max(0, m.index - 8), m.index).trim().split(/[ \t]+/).pop() ?? '')) continue;
    const digits = m[3]!;
    push(spans, text, m.index + m[0].length - digits.length, digits);
  }
  PIN_WHERE_TYPED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_WHERE_TYPED.exec(text)); ) {
    if (!CARD_NAMED.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    push(spans, text, m.index + m[0].length - m[1]!.length, m[1]!);
  }
  PIN_THEN_ITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PIN_THEN_ITS.exec(text)); ) {
    if (CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    push(spans, text, m.index + m[0].length - m[1]!.length, m[1]!);
  }
  return spans;
}

export const PIN_NUMBER_FINDERS: readonly Finder[] = [{ name: 'pin-numbers', find: findPinNumbers }];
