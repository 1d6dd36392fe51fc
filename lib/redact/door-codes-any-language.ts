import { fastAnchors } from './fast-anchors';
import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';

const PASSWORD_WORD = new RegExp(PASSWORD_WORDS.source, 'iu');
import type { Finder, SecretSpan } from './rules';
import { PUBLIC_CODE_KINDS, PUBLIC_KIND_CODE } from './codes-of-public-kinds';

/**
 * A code for a door, a gate, an alarm, a locker or a voicemail box, in any language: a word for "code" (the
 * international word in its many spellings — code, kod, kód, kòd, koda, kodu, koade, kouti, kaody, kodigo, код, کوډ,
 * कोड, ኮድ, 코드 — or a PIN) and a word for what it opens in the same sentence (some hundred languages' words for a
 * door, a gate, an entrance, a voicemail box), then four to eight digits, a keypad's # or * on either side, within a
 * few words after the code word (or before it, as Hawaiian says "ʻO 1389 ka helu huna o ka puka", the code first): "Kòd pòt … la se 3631", "Kodu bunt bu … mooy 9318", "Ko e kouti 'o e matapā … ko e
 * 2828#", "Кодот за вратата … е 1002#", "Segreteria telefonica: codice 0299". A phone number, a date, a year after
 * "in" or "since", a price or a count is another number; a code only said to come later has no digits to take.
 * AH's round added the code words of Somali (koodka), Igbo (koodu), Xhosa (ikhowudi), Zulu (ikhodi), Maori (waehere),
 * Quechua (yupay, "number"), Samoan (numera), Arabic (رمز; AQ's round: Persian's کود with its own kaf) and Chinese (码, not in 号码, 编码, 条码, 邮码, 代码, 验证码).
 */
const CODE_WORD =
  String.raw`c[oóòô]d(?:e|es|ice|igo|igos|i|u)?|k[oóòôō]d(?:e|a|u|i|o|on|ot|y|ên|ê)?|kaody|koade|kouti|koodii?n?|kood|koodka|koodu|ikhowudi|ikhodi|waehere|yupay\p{L}*|n[uū]mera|kodhi|khoutu|kh[oó]uthu|kodigon?|k[oó]dig[oa]n?|pin|pin-?kod\p{L}*|pin-?code|` +
  // AM's round: Bemba ikodi, Kabyle tangalt, Toki Pona nanpa ("number"), Japanese 番号 (a number: only where what it
  // opens stands by, as for every code word here), Taiwanese Hokkien bi̍t-bé (a secret number), and "cdoe" as fingers
  // transpose it.
  String.raw`ikodi|tangalt|nanpa|cdoe|番号|bi\u030d?t-b[ée]|` +
  // BM's round: French "digicode", a door's keypad and its code in one word (an opener's word too, `OPENS`).
  String.raw`digicode|` +
  String.raw`coad|namba|nambari|ཨང་གྲངས|код\p{L}*|кодот|კოდ\p{L}*|կոդ\p{L}*|کوډ|کد|کود|کوڈ|كود|קוד|קאָד|קאד|ކޯޑު|କୋଡ|कोड|কোড|ਕੋਡ|કોડ|கோட்|కోడ్|ಕೋಡ್|കോഡ്|කේත\p{L}*|කෝඩ්|ລະຫັດ|รหัส|ကုဒ်|កូដ|ኮድ|코드|コード|暗証番号|密码|密碼|(?<![号編编条條邮郵代验驗维維])码|碼|رمز|الرمز|mã`;
const ANCHORS = fastAnchors(new RegExp(CODE_WORD, 'giu'));
/**
 * AK's round: the word may carry any language's inflection or article on its end (Romanian "codul", "codului",
 * Scandinavian "koden", "koderne", Aymara "codigopax", Manx "coad", Kikuyu and Swahili "namba", and Tibetan ཨང་གྲངས,
 * "number"): a code word's stem with up to six letters after it, save the English words built on it that name no code
 * (coded, coder, codec, codex, codeine, coding, codify, kodak, kodiak).
 */
const INFLECTED = /^(?:c[oóòô]a?d|k[oóòôō]{1,2}d)\p{L}{0,6}$/iu;
// CE's round: nor a doubled "d", no inflection of any language's: a name (the Codd bottle) or English "coddle".
const NOT_A_CODE_WORD = /^(?:cod(?:e[cdrx]|ed|ers?|eine|ing|if\p{L}*|ices?|ex\p{L}*|a|as)|kodak\p{L}*|kodiak\p{L}*|cod(?:fish)?|codd\p{L}*)$/iu;
const EXACT_WORD = new RegExp(`^(?:${CODE_WORD})$`, 'iu');
const WHOLE_WORD = {
  test: (word: string): boolean => EXACT_WORD.test(word) || (INFLECTED.test(word) && !NOT_A_CODE_WORD.test(word)),
};

/** What a code opens: a door, a gate, an entrance, a building's keypad, an alarm, a locker, a voicemail box. */
export const OPENS = new RegExp(
  String.raw`(?<![\p{L}])(?:doors?|gates?|entrance|entry|keypad|building|garage|lobby|intercom|buzzer|front|alarm\p{L}*|locker|lockbox|key[ \t-]?(?:safe|box)|voicemail|mailbox|` +
    String.raw`t[üu]r\p{L}*|tor|eingang\p{L}*|haust[üu]r\p{L}*|pforte|mobilbox|porte|portail|entr[ée]e|digicode|immeuble|messagerie|puerta|port[óo]n|entrada|edificio|buz[óo]n|porta(?![lb])|port[ãa]o|pr[ée]dio|portone|cancello|ingresso|segreteria|casella|` +
    String.raw`deur|poort|ingang|doar|poarte|d[öo]rr\p{L}*|d[øo]r\p{L}*|porten|portkod\p{L}*|portkode\p{L}*|grind|inngang|ovi\p{L}*|oven|uks\p{L}*|v[äa]rav\p{L}*|durvis|v[āa]rti|durys|vartai|drzwi|bram\p{L}*|wej[śs]ci\p{L}*|dve[řr]\p{L}*|br[áa]n\p{L}*|vchod\p{L}*|vrata|vrat\p{L}*|ulaz\p{L}*|vhod\p{L}*|` +
    String.raw`ajt[óo]\p{L}*|kapu\p{L}*|u[șs][ăa]|poart\p{L}*|kap[ıi]\p{L}*|qap[ıi]\p{L}*|giri[şs]|eshik|darvoza|der[îi]\p{L}*|dergeh|der[ëe]|port[ëe]|hur[ðd]\p{L}*|dyr\p{L}*|doras|dorais|drws|nor(?![\p{L}])|bieb|ate\p{L}*|p[òo]t|bary[èe]|` +
    // AG's round: Oromo balbala, Shona musuwo (ye-musuwo, "of the door", written on), Sesotho monyako, Turkmen gapy
    // (gapysy, gapysynyň), Occitan and Corsican pòrta, Tok Pisin dua and geit, Guarani okẽ, Hawaiian puka, Chichewa and
    // Nyanja chitseko, Kinyarwanda umuryango, Twi ɛpono, Fijian katuba; and for the next ones: Xhosa ucango, Luganda
    // oluggi, Tswana lebati and kgoro, Friulian puarte, Manx dorrys, Cornish daras, Tatar and Bashkir ишек.
    // AH's round: an alarm's word in more languages (Italian allarme, Somali alaarm-, Samoan and Tongan alamu, Xhosa alam,
    // Tajik and Russian сигнализация, Mongolian дохиолол, Armenian ահազանգ, Tigrinya and Amharic ኣላርም, Khmer រោទិ៍, Lao
    // ສັນຍານເຕືອນ, Thai สัญญาณเตือน, Japanese and Chinese 警報 / 警报 / 報警, Korean 경보 and 알람, Arabic إنذار, Hebrew
    // אזעקה, Hindi अलार्म), a door's in Tajik (дар), Zulu (isicabha), romanised Arabic (bab) and a back or side door.
    String.raw`allarm\p{L}*|alaarm\p{L}*|alamu(?![\p{L}])|alam(?![\p{L}])|сигнализ\p{L}*|сигнализатсия|дохиол\p{L}*|ահազանգ\p{L}*|дар(?![\p{L}])|дарвоз\p{L}*|(?:ye)?sicabha|isicabha|bab(?![\p{L}])|(?:back|rear|side)[ -]?doors?|` +
    // AK's round: Kikuyu mũrango, Ewe ʋɔtru, Hmong qhov rooj, Chechen неӀ (a door), Ossetian дуар, Swedish larm (an alarm).
    // AM's round: Sepedi lemati, Romani vudar (vudaresko), Kabyle tawwurt/tewwurt, Bemba mwinshi, Toki Pona lupa (tomo),
    // Darija l-bab with its article written on, Taiwanese Hokkien mn̂g (mn̂g-kháu), the pager's ALM, Toki Pona's alarm
    // (ilo kalama), Hokkien kéng-pò.
    String.raw`lemati|vudar\p{L}*|t[ae]wwurt|tabburt|mwinshi|lupa|l-?bab|mn\u0302?g(?:-kh[áa]u)?|mn̂g\p{L}*|alm(?![\p{L}])|kalama|k[ée]ng-p[òo]|` +
    String.raw`m[ũu]rango|d[öo]{2}r\p{L}*|la-?p[oò]rt\p{L}*|dwi[eé]rz\p{L}*|['ʻ’]?[oō]pani|damal|odamatan|doa(?![\p{L}])|[ʋv][ɔo]tru|rooj|не[ӏӀ1]\p{L}*|дуар\p{L}*|larm\p{L}*|` +
    String.raw`balbal\p{L}*|(?:ye|we)?musuwo|monyako|gap[yı]\p{L}*|p[òo]rt[ae](?![lb])|dua|geit|ok[ẽe]|puka|chitseko|umuryango|[ɛe]pono|katuba|(?:u|yo|wo)cango|oluggi|lebati|kgoro|puarte|dorrys|daras|ишек\p{L}*|` +
    String.raw`pintu|lawang|gerbang|pagar|pinto|pultahan|ganghaan|mlango|lango|[ƙk]ofa\p{L}*|albaab\p{L}*|irrid|il[ẹe]kun|[ụu]z[ọo]|umnyango|isango|bunt\p{L}*|varavaran\p{L}*|vavahady|matap[āa]|faitotoka|k[ūu]aha|punku\p{L}*|c[ửu]a(?![ \t]+h[àa]ng)|c[ổo]ng|` +
    String.raw`врат\p{L}*|влез\p{L}*|двер\p{L}*|дзвер\p{L}*|подъезд\p{L}*|домофон\p{L}*|ворот\p{L}*|есік\p{L}*|эшик\p{L}*|хаалга\p{L}*|πόρτ\p{L}*|θύρ\p{L}*|εισόδ\p{L}*|կար\p{L}*|դու?ռ\p{L}*|კარ\p{L}*` +
    String.raw`)|דלת|שער|טיר|טויער|باب|بوابة|البوابة|درب|دروازه|دروازې|دروازے|دروازہ|گیٹ|دروازو|دەرگا|ئىشىك|ދޮރު|སྒོ|ढोका|ଦ୍ୱାର|କବାଟ|দুৱাৰ|ማዕጾ|दरवाज\p{L}*|गेट|द्वार|দরজা|গেট|ਦਰਵਾਜ\p{L}*|ਗੇਟ|દરવાજ\p{L}*|ગેટ|கதவ\p{L}*|తలుపు|ಬಾಗಿಲ\p{L}*|വാതിൽ|දොර\p{L}*|ประตู|ປະຕູ|တံခါး|ទ្វារ|በር|大门|大門|门禁|門禁|玄関|ドア|裏口|裏門|勝手口|通用口|后门|後門|侧门|側門|현관|대문|뒷문|정문|도어|門口|门口|金庫|金库|保险柜|保險櫃|保险箱|保險箱|금고|(?<![\p{L}\p{M}])दार[\p{L}\p{M}]*|ኣላርም|አላርም|រោទិ៍|ສັນຍານເຕືອນ|สัญญาณเตือน|สัญญาณกันขโมย|警報|警报|報警|报警|アラーム|경보|알람|إنذار|انذار|الإنذار|الانذار|אזעקה|अलार्म`,
  'iu',
);

/** The code word is part of another thing's name: a postcode, a barcode, source code, a promo or an error code. */
const OTHER_CODE = new RegExp(String.raw`(?<![\p{L}])(?:${PUBLIC_CODE_KINDS}|product|article|item|model|part|sku|serial|order|booking|reference|customer|post|zip|bar|qr|source|promo|discount|voucher|coupon|error|status|exit|dress|area|country|colou?r|hs|tracking|referral|postal|fehler|rabatt|gutschein|quell|postnummer|sms|otp|verification|verifizierungs|best[äa]tigungs)[ \t-]?$`, 'iu');
const COMPOUND = /(?<![\p{L}])(?:door|gate|t[üu]r|tor|haus|haust[üu]r|benutzer|user|master|alarm|larm|zugangs|eingangs|schloss|tresor|deur|poort|d[øo]r|d[öo]rr|d[öo]{2}r|port|ovi|ajt[óo]|access|entry|keypad|safe|locker|key|pass|pin)[ \t-]?$/iu;
/** The digits: a keypad's # or * beside them is left to be read, as the other code rules leave it. */
// AH's round: a capital letter may lead the digits, as some panels' and key safes' codes have it ("A2920"); a particle of
// a script without spaces may follow them ("door code는 892842야", "codeは9960。"), not a Latin letter or a digit.
const VALUE = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_.,:/+-])(?<![\p{L}\p{N}_.,:/+-][#*])(?:[A-Z](?=\d{4}))?\d{4,8}(?=[#*]?(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_]|[.,:/-]\d))/u;
const POSTAL_AFTER = /^[ \t]*(?:b[ưu]u|postal|postale|zip|post)(?![\p{L}])/iu;
const REACH = 90;
/** A sentence ends at a stop before a capital or a digit ("Assoc. е 1002#" goes on), or at a line's end. */
const SENTENCE_END = /[.!?。։።]\s+(?!\p{Ll})|\n/u;
/** Another kind of number right before or after: a phone's +, a price, a year after "in", a count with its unit. */
const OTHER_BEFORE = /(?:\+[\d \t]*|[$€£¥]|(?<![\p{L}])(?:in|since|seit|depuis|desde|dal|from|until|year|jahr|port|room|suite|apt|flat|floor|unit|zimmer|chambre|version|ann[ée]e|a[ñn]o|anno|tel|phone|fax|no|nr|#)[ \t.:]*)$/iu;
const UNIT_AFTER = /^[ \t]*(?:€|\$|£|eur|usd|km|kg|m|cm|mm|g|%|times|x|years?|days?|ans|años|anni|jahre?)(?![\p{L}])/iu;

function findDoorCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{4}/.test(text)) return spans;
  ANCHORS.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = ANCHORS.exec(text)); ) {
    // The whole word the anchor opens ("kodigon", "codice", "Кодот"), read on to its last letter.
    let end = a.index + a[0].length;
    // A Latin or Cyrillic word ends where another script's particle is written on ("code는", "codeは").
    const letter = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(a[0]) ? /[\p{Script=Latin}\p{Script=Cyrillic}\p{M}]/u : /[\p{L}\p{M}]/u;
    while (end < text.length && end - a.index < 24 && letter.test(text[end]!)) end++;
    const word = text.slice(a.index, end);
    if (end < after) continue;
    // A word of the Latin or Cyrillic script stands whole, or as the tail of a compound that names a door's or a
    // user's code ("Türcode", "Benutzercode", "deurcode"); not "barcode", "Unicode", "encode".
    const before = text.slice(Math.max(0, a.index - 24), a.index);
    if (/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(a[0])) {
      if (!WHOLE_WORD.test(word)) continue;
      // A particle of a script without spaces before it is no word's stem ("backdoorのcodeは"): only Latin or Cyrillic is.
      if (/[\p{Script=Latin}\p{Script=Cyrillic}]$/u.test(before) && !COMPOUND.test(before)) continue;
    }
    if (OTHER_CODE.test(before)) continue;
    let window = text.slice(end, end + REACH);
    const stop = SENTENCE_END.exec(window);
    if (stop) window = window.slice(0, stop.index);
    const v = VALUE.exec(window);
    if (!v) continue;
    // BW's round: digits cut off by the window's end go on in the text (an IMEI, a long reference): no code.
    if (v.index + v[0].length === window.length && /[\p{L}\p{N}_]/u.test(text[end + window.length] ?? '')) continue;
    // BW's round: another kind of code named between the code word and the digits ("tax code on the payslip is …;
    // ZIP code 60993") owns them.
    if (PUBLIC_KIND_CODE.test(window.slice(0, v.index))) continue;
    // The sentence before the code word on its line, from a short slice (not a search back through the whole text).
    let sentenceBefore = text.slice(Math.max(0, a.index - 120), a.index);
    sentenceBefore = sentenceBefore.slice(sentenceBefore.lastIndexOf('\n') + 1);
    const head = sentenceBefore.slice(sentenceBefore.search(/[^.!?。]*$/));
    // What it opens, or a password word in the same sentence: a lock app's "Temporary passwords" lists codes ("one
    // called 'Cleaner' with the code 6535").
    if (!OPENS.test(head + word + window.slice(0, v.index)) && !/^(?!log)/i.test(PASSWORD_WORD.exec(head)?.[0] ?? 'log')) continue;
    // A blank of one digit repeated ("0000") stands for no code.
    if (/^(\d)\1+$/.test(v[0].replace(/^[A-Z]/, ''))) continue;
    const tail = window.slice(v.index + v[0].length).replace(/^[#*]/, '');
    if (OTHER_BEFORE.test(window.slice(0, v.index).replace(/[#*]$/, '').replace(/#$/, '')) || UNIT_AFTER.test(tail)) continue;
    // A group of a longer number ("0440 5375 …", a list of backup codes a sheet rule reads), or an example or a rule
    // ("block sequences like 1234"), or a postal code after the code word ("mã bưu chính").
    if (/^[ \t-]\d/.test(tail) || NOT_THE_PASSWORD.test(window.slice(0, v.index)) || POSTAL_AFTER.test(window)) continue;
    const start = end + v.index;
    spans.push({ start, end: start + v[0].length, label: 'password' });
    after = start + v[0].length;
  }
  return spans;
}

/**
 * A number keyed with its keypad's `#` after it, in a sentence that names what it opens, with no code word at all:
 * "and the car park gate is 7970#", "Tor hinten: 2231#", "la barrière c'est 4410#". The `#` says a keypad takes the
 * digits; the opener's word (`OPENS`) in the same sentence before it says what for. An issue's or a list's number
 * has its `#` before it.
 */
// AK's round: a keypad's `*` before the digits says the same ("alarm at the bay *4787 then press OFF").
// AL's round: or after them ("door 6151*"), as some panels take it.
const KEYED = /(?<![\p{L}\p{N}_#*.,:/+-])(?:\*?(\d{4,8})[#*]|\*(\d{4,8})#?)(?![\p{L}\p{N}_#*])/gu;

function findKeyedCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('#') && !text.includes('*')) return spans;
  KEYED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEYED.exec(text)); ) {
    const digits = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(digits);
    let before = text.slice(Math.max(0, start - 80), start);
    before = before.slice(before.lastIndexOf('\n') + 1);
    before = before.slice(before.search(/[^.!?。]*$/));
    if (!OPENS.test(before) || OTHER_BEFORE.test(before) || NOT_THE_PASSWORD.test(before) || /^(\d)\1+$/.test(digits)) continue;
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  return spans;
}

export const DOOR_CODE_ANY_LANGUAGE_FINDERS: readonly Finder[] = [
  { name: 'door-codes-any-language', find: findDoorCodes },
  { name: 'keyed-door-codes', find: findKeyedCodes },
];
