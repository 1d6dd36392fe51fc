import { anchoredFinder } from './anchored-finder';
import { regexFinder, simple, type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * Activation codes: what installs an eSIM profile (or unlocks a licence) for whoever types it first. An eSIM's code
 * is written as the LPA string of GSMA SGP.22, `LPA:1$<SM-DP+ address>$<matching id>`, whose matching id is the
 * secret part; or as the matching id alone, named in the sentence ("activation code: …", "Activatiecode: …",
 * "アクティベーションコード …"). The confirmation code an operator sends with it is taken where the text speaks of an
 * eSIM or an activation code; elsewhere "confirmation code" is a booking's reference as often.
 */

/** The matching id of an LPA activation string (an optional OID and confirmation flag may follow after `$`). */
const LPA = /\bLPA:1\$[^\s$]{3,255}\$([A-Za-z0-9][A-Za-z0-9-]{5,63})(?![A-Za-z0-9-])/dg;

const ACTIVATION_NAME =
  "(?:activation[ \\t]+code|activatiecode|activeringscode|aktivierungscode|code[ \\t]+d['’]activation|c[óo]digo[ \\t]+de[ \\t]+(?:activaci[óo]n|ativa[çc][ãa]o)|" +
  'codice[ \\t]+di[ \\t]+attivazione|aktiveringskod|aktiveringskode|kod[ \\t]+aktywacyjny|etkinle[şs]tirme[ \\t]+kodu|アクティベーションコード|有効化コード|' +
  // A licence's or a product's key, which unlocks the software for whoever types it ("License key: MV7T0-…", "La
  // chiave di licenza è …"); not a serial number, which names the copy.
  'licen[cs]e[ \\t]+key|product[ \\t]+key|serial[ \\t]+key|registration[ \\t]+key|cd[ \\t-]?key|lizenzschl[üu]ssel|produktschl[üu]ssel|' +
  'cl[ée][ \\t]+de[ \\t]+(?:licence|produit)|clave[ \\t]+de[ \\t]+(?:licencia|producto)|chiave[ \\t]+di[ \\t]+licenza|chave[ \\t]+de[ \\t]+(?:licen[çc]a|produto)|' +
  'licentiesleutel|licensnyckel|licensn[øo]gle|klucz[ \\t]+licencyjny|licen[cs]n[íi][ \\t]+kl[íi][čc])';

const CONFIRMATION_NAME =
  "(?:confirmation[ \\t]+code|bevestigingscode|best[äa]tigungscode|code[ \\t]+de[ \\t]+confirmation|c[óo]digo[ \\t]+de[ \\t]+confirma(?:ci[óo]n|[çc][ãa]o)|" +
  'codice[ \\t]+di[ \\t]+conferma|bekr[äa]ftelsekod|kod[ \\t]+potwierdzaj[ąa]cy|onay[ \\t]+kodu|確認コード)';

/** "is", "ist", "est", "es", "é", a colon or nothing between the name and the value. */
const LINK = '(?:[ \\t]+(?:is|ist|lautet|est|es|é|è)(?![\\p{L}]))?[ \\t]*[:：=]?[ \\t]*';

/** With a digit in it, as `looksLikeCode` asks: a word after the name ("already used") is not the value. */
const VALUE = '(?=[A-Za-z-]{0,63}\\d)([A-Za-z0-9][A-Za-z0-9-]{3,63})(?![\\p{L}\\p{N}_-])';

/**
 * A few words between the name and its verb or colon: where the code is printed or whose it is ("The activation code
 * on her card is …", "Aktivierungscode auf der Karte: …", "el código de activación de mi kit es …"); the value must
 * still look like a code (dashed groups of capitals and digits, or digits among capitals).
 */
const WORDS_THEN_LINK = "(?:(?:[ \\t]+[\\p{L}\\p{M}'’-]{1,16}){1,5}?(?:[ \\t]+(?:is|was|ist|war|lautet|est|es|era|é|è|er|är|on|jest|je)(?![\\p{L}])[ \\t]*:?|[ \\t]*[:：=]))[ \\t]*";
const NAMED_ACTIVATION = new RegExp(`(?<![\\p{L}\\p{N}_])${ACTIVATION_NAME}(?:${LINK}|${WORDS_THEN_LINK})${VALUE}`, 'dgiu');
const NAMED_CONFIRMATION = new RegExp(`(?<![\\p{L}\\p{N}_])${CONFIRMATION_NAME}${LINK}${VALUE}`, 'dgiu');

/** Words that make a confirmation code an eSIM's. */
const ESIM_TALK = /\be-?SIM\b|SM-DP|\bLPA:1\$/i;
const ACTIVATION_TALK = new RegExp(ACTIVATION_NAME, 'iu');

/**
 * A code, not a word: capitals and digits in dashed groups (`K2PX-9QRT-…`), or six or more characters with at least
 * three digits.
 */
function looksLikeCode(value: string): boolean {
  // A digit in any group: a first group of capitals only ("GDLQ-G0O4-RGGG") is as random.
  if (/^(?=[A-Z0-9-]*\d)[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,7}$/.test(value)) return true;
  return value.length >= 6 && (value.match(/\d/g) ?? []).length >= 3 && !/[a-z]{4}/.test(value);
}

function codeSpan(m: RegExpExecArray): SecretSpan | null {
  const value = m[1]!;
  const start = m.indices![1]![0];
  return looksLikeCode(value) ? { start, end: start + value.length, label: 'activation code' } : null;
}

const LPA_STRING = simple('lpa-activation-code', 'activation code', LPA, undefined, 1);

const ACTIVATION_CODE: RegexRule = { name: 'named-activation-code', pattern: NAMED_ACTIVATION, judge: codeSpan };

const CONFIRMATION_CODE: RegexRule = {
  name: 'esim-confirmation-code',
  pattern: NAMED_CONFIRMATION,
  judge(m, text) {
    const around = text.slice(Math.max(0, m.index - 400), m.index + 200);
    if (!ESIM_TALK.test(around) && !ACTIVATION_TALK.test(around)) return null;
    return codeSpan(m);
  },
};

/**
 * A product key in four or more dashed groups of capitals and digits (`23C2D-TDH9Q-…-WRPDP`, `2GZQ-ZX2Z-…`), letters
 * and digits both, where the words just before speak of a licence, a product key or activation ("Licence key from the
 * order email: …", "says Windows isn't activated. The sticker on the side says …", "slmgr /ipk …", "Lesen Office: …"),
 * a short prefix of capitals before the groups allowed ("LK-1BX4S-…"): the key's name may stand a clause
 * or a sentence away, as the shape says what it is.
 */
const DASHED_KEY = /(?<![A-Za-z0-9-])(?:[A-Z]{2,4}-)?[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,7}(?![A-Za-z0-9-])/dg;
/**
 * Words for a licence, a product key or activation, in the languages the rules read, and the commands that install a
 * key (`slmgr /ipk`, `ospp.vbs /inpkey`, `--license-key`): Malay and Indonesian "lesen", "lisensi", Turkish "lisans",
 * Romanian "licență", Finnish "lisenssi", "tuoteavain", Nordic "produktnøgle", "produktnyckel", Ukrainian and Russian
 * "ліцензія", "лицензия", "ключ продукту", Greek "άδεια χρήσης", Arabic "ترخيص", "مفتاح المنتج", Hebrew "רישיון",
 * Hindi "लाइसेंस", Thai "ลิขสิทธิ์", "คีย์", Vietnamese "bản quyền", "kích hoạt", Japanese, Chinese and Korean names.
 */
const KEY_TALK = new RegExp(
  String.raw`licen[cs]|activat|aktivier|activ[ae]|attiva|ativa|product[ \t]+key|cd[ \t-]?key|serial[ \t]+key|lizenz|produktschl|clave[ \t]+de[ \t]+producto|cl[ée][ \t]+de[ \t]+produit|chave[ \t]+do[ \t]+produto|slmgr|\/ipk\b|\/inpkey|lesen\b|lisens|lisans|licen[țţt][ăa]|tuoteavain|produktn[øo]gle|produktnyckel|ліценз|лиценз|ключ[ \t]+продукт|активац|ενεργοποίηση|άδεια[ \t]+χρήσης|ترخيص|مفتاح[ \t]+المنتج|تفعيل|רישיון|הפעלה|लाइसेंस|ลิขสิทธิ์|คีย์|เปิดใช้งาน|bản[ \t]+quyền|kích[ \t]+hoạt|ライセンス|プロダクトキー|認証|许可证|授权|激活|序列号|產品金鑰|产品密钥|라이선스|라이센스|제품[ \t]*키|정품[ \t]*인증|` +
    // Catalan, Estonian, Icelandic, Basque, Irish, Welsh, Swahili, Tagalog, Serbian, Georgian, Armenian, Persian,
    // Bengali, Amharic: "llicència", "litsents", "leyfislykill", "lizentzia", "ceadúnas", "trwydded", "leseni",
    // "lisensya", "лиценца", "ლიცენზია", "լիցենզիա", "لایسنس", "লাইসেন্স", "ፈቃድ".
    String.raw`ll?ic[eè]nci|clau[ \t]+de[ \t]+producte|litsents|leyfislyk|hugb[úu]na[ðd]arleyf|lizentzi|cead[úu]nas|trwydded|leseni|lisensya|лиценц|ლიცენზ|լիցենզ|لایسنس|کلید[ \t]+محصول|লাইসেন্স|ፈቃድ`,
  'i',
);

const DASHED_PRODUCT_KEY: RegexRule = {
  name: 'dashed-product-key',
  pattern: DASHED_KEY,
  judge(m, text) {
    // A short letter prefix may open the key ("LK-1BX4S-…"); the groups after it are of one length.
    const groups = m[0].split('-');
    // AM's round: a vendor's prefix of up to five letters before three or more groups ("JNDZ-SUPKHD-3SULN0-9MK23L").
    if (groups.length >= 4 && /^[A-Z]{2,5}$/.test(groups[0]!) && groups[0]!.length !== groups[1]!.length && groups[1]!.length > 3) groups.shift();
    if (groups.some((g) => g.length !== groups[0]!.length)) return null;
    const alnum = groups.join('');
    if ((alnum.match(/\d/g)?.length ?? 0) < 3 || (alnum.match(/[A-Z]/g)?.length ?? 0) < 3 || new Set(alnum).size < 8) return null;
    if (!KEY_TALK.test(text.slice(Math.max(0, m.index - 160), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, label: 'activation code' };
  },
};

export const ACTIVATION_CODE_FINDERS: readonly Finder[] = [
  regexFinder(DASHED_PRODUCT_KEY),
  regexFinder(LPA_STRING),
  // Tried only where the code's name stands (`anchored-finder.ts`).
  anchoredFinder(ACTIVATION_CODE, new RegExp(ACTIVATION_NAME, 'giu')),
  anchoredFinder(CONFIRMATION_CODE, new RegExp(CONFIRMATION_NAME, 'giu')),
];
