import { OTHER_KIND } from './codes-said-in-prose';
import { IS_ITS_NUMBER, namesCode, namesLockable } from './object-codes';
import type { Finder, SecretSpan } from './rules';

/**
 * Codes written as the short lines of a note, a handover, a whiteboard or a chat, where no sentence says "is" (AI's
 * round: such lines in a dozen layouts and some twenty languages were left):
 *
 * - a place, then the code's word in parentheses, then the value: "reptile house (kodea): 40-7-98", "office (safe):
 *   35-95-4", "cold room (코드): 12360151", "stock room (код) 644674", "book return (代码) → 310683";
 * - the code's word first, then the place, then a colon: "code projection booth: 97D171", "kod tylnych drzwi: 4471";
 * - a key box, where it hangs, then its number at the clause's end, as people write it on a note: "keybox by the back
 *   door 4365", "key safe at the side gate 0719", "Schlüsselkasten am Hintereingang 8842", "boîte à clés près du
 *   portail 5521";
 * - a duress code after its word (`DURESS`).
 *
 * The value is a keypad's digits (three to ten, a `#` or `*` after them), a dial's two to four groups ("40-7-98"), or
 * a code of capitals and digits with two digits at least ("62C118"). The word in parentheses is a code's, a safe's or
 * a lock's in any language `object-codes.ts` reads, or the CJK words for a code; anything else there ("(SSID …)",
 * "(2nd floor)", "(city)") makes no code.
 */

/** The value, in the three shapes above, ended where its clause ends. */
const VALUE = String.raw`(?<![\p{L}\p{N}_])([*#]?\d{3,10}(?:#|\*(?!\*))?|\d{1,3}(?:[-–][ \t]?\d{1,3}){2,3}|(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,10})(?=[ \t]*(?:$|\n|[,;.!?)\]["'”»|*]|[ \t][^\s\d]))`;

/** The words for a code that CJK scripts write, which have no word boundaries for the other lists to see. */
const CJK_CODE = /^(?:代码|代碼|密码|密碼|暗码|暗碼|コード|暗証番号|暗号|코드|비밀번호|암호|번호)$/u;

/** Kinds of code that open nothing, in the label: the other rules' lists name them at length; these are a note's. */
const NOT_OPENING = /(?<![\p{L}])(?:ssid|network|postal|post|zip|area|country|city|tax|error|model|serial|part|item|product|promo|discount|coupon|voucher|gift|tracking|order|ticket|booking|invoice|reference|ref|sku|room[ \t]+number|floor|ext|extension|tel|phone)(?![\p{L}])/iu;

/** "place (word): value", the separator a colon, an arrow, an equals sign, a dash or nothing. */
const PARENTHESISED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{M}][\p{L}\p{M}'’ \t-]{1,40}?)[ \t]*\([ \t]*([^()\s\d]{1,24})[ \t]*\)[ \t]*((?:[:：=→⇒]|->|[-–—](?=[ \t]))?)[ \t]*${VALUE}`,
  'gu',
);

/** "code place: value": the code's word starts the line's label, a colon ends it. */
const CODE_FIRST = new RegExp(String.raw`(?<=^|\n|[-*•>][ \t]|[\]>][ \t])((\p{L}[\p{L}\p{M}]{1,15})(?:[ \t]+[\p{L}\p{M}'’-]{1,20}){1,4})[ \t]*[:：][ \t]*${VALUE}`, 'gu');

/** Words for a box or safe that holds keys, in the languages people leave notes in. */
const KEY_BOX =
  String.raw`key[ \t-]?(?:box|safe|cabinet|lock[ \t-]?box)|lock[ \t-]?box|schl[üu]ssel(?:kasten|tresor|safe|box|kästchen)|bo[îi]te[ \t]+[àa][ \t]+cl[ée]s?|coffre[ \t]+[àa][ \t]+cl[ée]s?|caja[ \t]+(?:de[ \t]+)?(?:las[ \t]+)?llaves|cajet[íi]n|guardallaves|cassett[ae][ \t]+(?:delle[ \t]+|per[ \t]+le[ \t]+)?chiavi|porta[ \t-]?chiavi|caixa[ \t]+(?:de[ \t]+)?chaves|cofre[ \t]+de[ \t]+chaves|sleutel(?:kast(?:je)?|kluis|box)|nyckel(?:sk[åa]p|box|g[öo]mma)|n[øo]gle(?:boks|sk[æa]b)|n[øo]kkel(?:boks|sk[åa]p)|avain(?:kaappi|laatikko|s[äa]il[öo])|skrytk[ai][ \t]+na[ \t]+klucze|sejf[ \t]+na[ \t]+klucze|klíčov[ýy][ \t]+box|ключниц\p{L}*|сейф[ \t]+для[ \t]+ключ\p{L}*|anahtar[ \t]+kutusu|kotak[ \t]+kunci|h[ộo]p[ \t]+(?:đựng[ \t]+)?ch[ìi]a[ \t]+kh[óo]a|キーボックス|钥匙盒|鑰匙盒|키[ \t]?박스`;
const KEY_BOX_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:${KEY_BOX})(?![\p{L}])([^\n\d.!?;:,"()\[\]]{0,50}?)[ \t]+(?:(?:code|kod|pin|#|n[or]\.?)[ \t]*)?(?<![\p{L}\p{N}_])([*#]?\d{3,8}(?:#|\*(?!\*))?)(?=[ \t]*(?:$|\n|[,;.!?)\]["'”»|*]))`,
  'giu',
);

/**
 * A duress code, the alarm code that disarms and calls for help at once, said after its word: "duress 7526", "duress
 * code: 0419", "Bedrohungscode 5521", "code de contrainte 8812". It opens the alarm as the main code does.
 */
const DURESS = /(?<![\p{L}])(?:duress|bedrohungs|überfall|[üu]berfall|contrainte|coacci[óo]n|coa[çc][ãa]o|coercizione|dwang|n[öo]dl[äa]ge|tvang)(?:code|kode|kod)?(?:[ \t]+(?:code|pin|kode|kod|c[óo]digo|codice))?[ \t]*(?:[:=]|is|ist|est|es)?[ \t]*(?<![\p{L}\p{N}_])([*#]?\d{4,8}[#*]?)(?![\p{L}\p{N}_]|[.,:/-]\d)/giu;

function isYear(value: string): boolean {
  return /^(?:19[5-9]\d|20[0-4]\d)$/.test(value);
}

function isCodeWord(word: string): boolean {
  return namesCode(word) || namesLockable(word) || CJK_CODE.test(word) || /^(?:pin|combo|combination)$/i.test(word);
}

function push(spans: SecretSpan[], m: RegExpExecArray, value: string): void {
  const start = m.index + m[0].length - value.length;
  spans.push({ start, end: start + value.length, label: 'password' });
}

function findNoteLineCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  PARENTHESISED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PARENTHESISED.exec(text)); ) {
    // The bracket holds the code's word alone ("(kodea)", "(safe)"), not a name spelled out ("Reporting Unit Code (RUC)"
    // or "RUC (Reporting Unit Code) 11001 is …"); without a colon or an arrow the value ends its line or clause.
    const word = m[2]!;
    const value = m[4]!;
    if (!isCodeWord(word) || NOT_OPENING.test(word) || NOT_OPENING.test(m[1]!) || isYear(value)) continue;
    if (!m[3] && !/^[#*]?[ \t]*(?:$|\n|[,;.!?)\]"'”»|])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    push(spans, m, value);
  }
  // A label that starts with the code word names its kind in the words after it ("Kodi i autorizimit: 065484" is a
  // receipt's approval code): the long list of other kinds is read there.
  CODE_FIRST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CODE_FIRST.exec(text)); ) {
    if (!namesCode(m[2]!) || NOT_OPENING.test(m[1]!) || OTHER_KIND.test(m[1]!) || isYear(m[3]!) || /^(?:pin)$/i.test(m[2]!)) continue;
    push(spans, m, m[3]!);
  }
  KEY_BOX_THEN_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_BOX_THEN_NUMBER.exec(text)); ) {
    if (NOT_OPENING.test(m[1]!) || IS_ITS_NUMBER.test(m[1]!) || isYear(m[2]!.replace(/[#*]/g, ''))) continue;
    push(spans, m, m[2]!);
  }
  DURESS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DURESS.exec(text)); ) push(spans, m, m[1]!);
  return spans;
}

export const NOTE_LINE_CODE_FINDERS: readonly Finder[] = [{ name: 'codes-on-note-lines', find: findNoteLineCodes }];
