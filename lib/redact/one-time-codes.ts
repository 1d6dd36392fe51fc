import { anchoredFinder, finderBeforeNumbers } from './anchored-finder';
import { PUBLIC_CODE_KINDS } from './codes-of-public-kinds';
import { wordAnchors } from './fast-anchors';
import { OTHER_COPULAS, SHORT_COPULAS } from './passwords';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A one-time code received by text message or e-mail and quoted: "I got the code 507751 by SMS", "Recibí el código
 * 507751 por SMS para confirmar", "mein Bestätigungscode ist 4821 93". Valid for minutes, it still opens the account
 * or confirms the payment it was sent for while it is. Only where the sentence says how it came or what it confirms:
 * a "code 404" elsewhere is an error or a line number. CF's round: or an equals sign after the name, as a note or a
 * log line writes it ("OTP = 58213904"; the judge asks the name itself to say one-time then).
 */
const CODE_WORD =
  /(?<![\p{L}\p{N}_])(?:(?:verification|confirmation|security|login|sign[- ]?in|one[- ]time|otp|sms|2fa|mfa)[ \t]+code|code|código|codigo|codice|Bestätigungscode|Sicherheitscode|Code|OTP|TAN|mTAN|TAC|kod)(?:[ \t]+(?:is|was|ist|lautet|es|era|è|é|est|de|von|from|är|er|on|jest|je|este))?[ \t]*[:=]?[ \t]*(?:\r?\n[ \t]*)?(\d{4,8})(?![\p{L}\p{N}_])/dgiu;

/** How a one-time code comes, or what it confirms. */
const ONE_TIME_CONTEXT =
  /(?<![\p{L}])(?:sms|text(?:ed)?[ \t]+(?:me|message)|whatsapp|otp|2fa|mfa|one[- ]time|verif\w*|confirm\w*|bestätig\w*|autoriz\w*|authori[sz]\w*|login|log[ \t]+in|sign[- ]?in|anmeld\w*|transfer\w*|überweisung|payment|pago|zahlung|pindahan|pemindahan|transaksi|pembayaran|bayaran|transacci[óo]n|transa[çc][ãa]o|pagamento|virement|paiement|bonifico|pagamento|przelew\p{L}*|p[řr]evod\p{L}*|платеж\p{L}*|перевод\p{L}*|оплат\p{L}*|giao[ \t]+d[ịi]ch|chuy[ểe]n[ \t]+kho[ảa]n|muamala|malipo|[öo]deme|havale)(?![\p{L}])/iu;

/** A booking, an order or a ticket named before a confirmation code: the code is its reference, not a one-time code. */
const BOOKING_BEFORE =
  /(?<![\p{L}])(?:booking|reservation|order|flight|hotel|ticket|reserva\p{L}*|r[ée]servation|buchung\p{L}*|bestellung\p{L}*|prenotazion\p{L}*|ordine|rezervasyon\p{L}*|sipariş\p{L}*|bestelling|boeking|pedido|commande|bokning\p{L}*|bestilling\p{L}*|varaus\p{L}*|tilaus\p{L}*|objednávk\p{L}*|rezerwacj\p{L}*|zamówieni\p{L}*|pemesanan|đặt[ \t]+(?:phòng|vé|chỗ)|đơn[ \t]+hàng|הזמנה|κράτηση\p{L}*|παραγγελ\p{L}*)(?![\p{L}])|予約|注文|预订|订单|예약|주문/iu;

/**
 * AI's round: the warning such a message ends with, right after the code: "Do not share it", "No lo compartas", "Nicht
 * weitergeben", "Ne le partagez avec personne", "Non condividerlo", "Não compartilhe", "Nie udostępniaj go nikomu",
 * "Никому не сообщайте", "Kimseyle paylaşmayın", "Jangan bagikan", "请勿分享", "誰にも教えないで", "공유하지 마세요". A
 * code a sender tells its reader to keep is a one-time code whatever the message calls it.
 */
const DONT_SHARE =
  /^[^\n]{0,40}?(?<![\p{L}])(?:do[ \t]+not[ \t]+(?:share|give|tell|forward|disclose)|don['’]t[ \t]+(?:share|give|tell|forward)|never[ \t]+share|no[ \t]+(?:lo|la|le)[ \t]+(?:compartas|compartan|comparta|des|digas)|no[ \t]+compart\p{L}*|nicht[ \t]+weiter(?:geben|sagen)|niemandem|ne[ \t]+(?:le|la|les)?[ \t]*(?:partagez|partage|communiquez|donnez|divulguez)|non[ \t]+(?:condivider\p{L}*|comunicar\p{L}*)|n[ãa]o[ \t]+(?:compartilh\p{L}*|partilh\p{L}*)|nie[ \t]+(?:udost[ęe]pniaj\p{L}*|podawaj\p{L}*)|niet[ \t]+delen|deel[ \t]+(?:deze|hem|het)[ \t]+niet|dela[ \t]+inte|del[ \t]+ikke|ikke[ \t]+del|никому|не[ \t]+(?:сообщайте|передавайте|говорите)|nikomu|payla[şs]may[ıi]n|kimseyle|jangan[ \t]+(?:bagikan|berikan|kongsi)|請勿|请勿|不要(?:分享|告诉|告訴)|教えない|共有しない|공유하지|알려주지)/iu;

/**
 * BZ's round: the lines a text message of a code ends with, after the code: "Reply STOP to opt out", "If you didn't
 * request this, ignore this message", "Expires in 10 minutes". A sender's code by text is a one-time code whatever
 * it is called ("Your code is 04154.").
 */
const SMS_FOOTER =
  /^[^]{0,60}?(?<![\p{L}])(?:reply[ \t]+stop|text[ \t]+stop|txt[ \t]+stop|to[ \t]+opt[ \t]+out|if[ \t]+you[ \t]+(?:didn['’]t|did[ \t]+not)[ \t]+(?:request|ask)|if[ \t]+this[ \t]+wasn['’]t[ \t]+you|ignore[ \t]+this[ \t]+(?:message|text|sms|e-?mail)|expires?[ \t]+in[ \t]+\d|valid[ \t]+for[ \t]+\d)/iu;

/** A code of another kind named before it: an error's, a status', a product's or a place's is no one-time code. */
const OTHER_CODE_KIND =
  /(?<![\p{L}])(?:error|status|exit|http|response|return|fault|product|promo|discount|coupon|zip|postal|post|area|country|tracking|order|booking|fehler\p{L}*|erreur|errore|c[óo]digo[ \t]+(?:de[ \t]+)?(?:error|postal)|erro)(?![\p{L}])/iu;

/** A public kind's name (`codes-of-public-kinds.ts`) ending right before the code word. */
const PUBLIC_KIND_BEFORE_CODE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${PUBLIC_CODE_KINDS})[ \t-]?$`, 'iu');

const ONE_TIME_CODE: RegexRule = {
  name: 'one-time-code',
  pattern: CODE_WORD,
  judge(m, text) {
    const start = m.indices![1]![0];
    const end = start + m[1]!.length;
    // The sentence around it: to the nearest full stop, question mark or line break, at most 120 characters each way.
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const after = text.slice(end, end + 120);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?][^.!?]*$/)) + 1) + after.split(/[\n.!?]/)[0];
    // The code's own name counts too ("verification code is …" names how it is used), unless a booking or an order
    // stands before it: a "booking confirmation code" is a reference.
    const named = ONE_TIME_CONTEXT.test(m[0].slice(0, start - m.index)) && !BOOKING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
    // CF's round: after an equals sign, the name itself must say the code is one-time ("OTP = …"): "exit code = 1337"
    // in a sentence about a login is a program's.
    if (/^[^\d]*=/.test(m[0].slice(0, start - m.index)) && !named) return null;
    const kept = (DONT_SHARE.test(after) || SMS_FOOTER.test(after)) && !OTHER_CODE_KIND.test(text.slice(Math.max(0, m.index - 30), start));
    // BX's round: a code of a public kind named right before the code word ("our SIC code is 52915", "the HS code
    // 8471"): a sentence that also speaks of verifying something does not make it a one-time code.
    if (PUBLIC_KIND_BEFORE_CODE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return ONE_TIME_CONTEXT.test(sentence) || named || kept ? { start, end, label: 'recovery code' } : null;
  },
};

/** Where a code's name begins: the words the pattern opens with (`anchored-finder.ts`). */
const CODE_NAME_START = /verification|confirmation|security|login|sign[- ]?in|one[- ]time|otp|sms|2fa|mfa|code|c[óo]dig[oi]|codice|Bestätigungscode|Sicherheitscode|TAN|mTAN|TAC|kod/gi;

/**
 * CE's round: a code of capitals and digits mixed, as some services send them ("H4W9J2", "K7-WQ-38"): five to eight
 * of them, in one run or in groups of two to four joined by dashes, with two digits and two capitals at least. A
 * word, a model's name or a version has small letters or fewer digits.
 */
const LETTERS_AND_DIGITS_CODE = String.raw`(?=(?:[A-Z-]*\d){2})(?=(?:[\d-]*[A-Z]){2})(?:[A-Z0-9]{5,8}|[A-Z0-9]{2,4}(?:-[A-Z0-9]{2,4}){1,2})(?![\p{L}\p{N}_-])`;
/** "… is the one-time login code": "the" names no owner, so the code's name must say it is one-time. */
const IS_THE_ONE_TIME = String.raw`is[ \t]+the(?=[ \t]+(?:one[- ]time|verification|login|sign[- ]?in|2FA|authentication)[ \t]+(?:[\p{L}-]+[ \t]+)?code(?![\p{L}]))`;

/**
 * A code a text message opens with, as services write them: "565166 is your verification code", "G-481516 is your
 * Google verification code", "123456 es tu código de Instagram", "482913 ist dein Bestätigungscode". The message
 * names the code as the reader's own, so no other words are needed; "1080 is your resolution" names no code. CE's
 * round: the code in three pairs ("47 22 90 est votre code"), of capitals and digits, Polish's "masz kod" (you have
 * the code), and "… is the one-time login code for …". CF's round: a sender's short abbreviation among the words
 * before the name, a company's legal form with its stop ("… is your Acme Co. verification code").
 */
const CODE_IS_YOURS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:[A-Z]-)?(\d{4,8}|\d{3}[- ]\d{3}|\d{4}[- ]\d{4}|\d{2} \d{2} \d{2}|${LETTERS_AND_DIGITS_CODE})[ \t]+(?:is[ \t]+your|es[ \t]+tu|es[ \t]+su|ist[ \t]+dein|ist[ \t]+Ihr|est[ \t]+votre|est[ \t]+ton|è[ \t]+il[ \t]+tuo|is[ \t]+je|é[ \t]+o[ \t]+seu|é[ \t]+o[ \t]+teu|to[ \t]+twój|masz|${IS_THE_ONE_TIME})` +
    String.raw`(?:[ \t]+(?:[\p{L}\p{N}-]{1,20}|(?:Co|Inc|Ltd|Corp|LLC|PLC|GmbH|AG|SA|BV)\.)){0,3}?[ \t]+(?:(?:verification|confirmation|security|login|sign-?in|one-time|access|authentication|2FA)[ \t]+)?(?:code|código|codigo|Code|codice|kod|OTP|PIN|passcode|TAN|[\p{L}]*(?:code|kod|codice|Code))(?![\p{L}\p{N}_])`,
  'dgu',
);

const NOT_A_ONE_TIME_CODE = /(?<![\p{L}])(?:zip|postal|post|postcode|area|country|dial(?:ling)?|promo|discount|coupon|referral|invite|voucher|error|status|product|tracking|tax|colou?r)(?![\p{L}])/iu;

/** Words that name a code as one sent to sign in or to confirm who it is: a reference's name has none. */
const ONE_TIME_WORD = /(?<![\p{L}])(?:verification|security|login|log-?in|sign-?in|one-time|access|authentication|2FA|MFA|OTP|PIN|passcode|TAN|kod)(?![\p{L}])/iu;

const NOUN_AFTER_THE_CODE = /^[ \t]+(?:length|format|field|box|size|limit|expiry|timeout|setting|settings|feature|digits?|characters?|rules?|policy)(?![\p{L}])/iu;

const CODE_OPENING_MESSAGE: RegexRule = {
  name: 'code-is-yours',
  pattern: CODE_IS_YOURS,
  judge(m, text) {
    // A code of another kind, named before "code": a postal or area code, a promo or referral code, an error's.
    if (NOT_A_ONE_TIME_CODE.test(m[0])) return null;
    // A code of capitals and digits is a booking's, a gate's or a seat's reference as often ("AB12CD is your booking
    // code"): it is a one-time code only where the name says so.
    if (/[A-Z]/.test(m[1]!) && !ONE_TIME_WORD.test(m[0].slice(m[1]!.length))) return null;
    // CE's round: a noun after the code's name makes the number that noun's ("… is the verification code length").
    if (NOUN_AFTER_THE_CODE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'recovery code' };
  },
};

/**
 * Names that say a code is a one-time code, in the languages the rules read: "verification code", "mã xác minh", "mã
 * OTP", "nambari ya uthibitisho", "קוד אימות", "κωδικός επαλήθευσης", "doğrulama kodu", "認証コード", "인증번호",
 * "验证码", "kod weryfikacyjny", "verifieringskod", "kode verifikasi", "codice di verifica", "code de vérification",
 * "código de verificación", "vahvistuskoodi", "ověřovací kód", "bekreftelseskode", "verificatiecode". Such a name says
 * what the number is, so nothing else in the sentence is needed.
 */
export const ONE_TIME_NAMES = [
  String.raw`(?:verification|confirmation|one[- ]time|login|sign[- ]?in|authentication|2FA|MFA|SMS)[ \t]+(?:code|PIN)`,
  String.raw`m[ãa][ \t]+(?:OTP|x[áa]c[ \t]+(?:minh|nh[ậa]n|th[ựu]c))`,
  String.raw`(?:nambari|namba|msimbo)(?:[ \t]+(?:yako|yangu|wako|wangu))?[ \t]+(?:ya|wa)[ \t]+(?:uthibitisho|kuthibitisha)`,
  String.raw`קוד[ \t]+(?:ה)?(?:אימות|אישור)`,
  String.raw`κωδικ(?:ός|ό)[ \t]+(?:επαλήθευσης|επιβεβαίωσης)`,
  String.raw`(?:doğrulama|dogrulama|onay)[ \t]+kod(?:u|unuz|un|um)?`,
  '認証コード', '確認コード', 'ワンタイムパスワード', '인증[ \\t]?번호', '인증[ \\t]?코드', '验证码', '驗證碼', '校验码',
  String.raw`kod(?:u|em)?[ \t]+(?:weryfikacyjn\p{L}{1,3}|SMS|potwierdzając\p{L}{1,3})`,
  String.raw`(?:verifierings|bekräftelse|bekreftelses|bekræftelses|engangs|verificatie|bevestigings)kod\p{L}{0,4}|(?:vahvistus|kertakäyttö)koodi\p{L}{0,4}`,
  String.raw`ověřovací[ \t]+kód|potvrzovací[ \t]+kód`,
  String.raw`kode[ \t]+(?:verifikasi|OTP|konfirmasi)`,
  String.raw`codice[ \t]+(?:di[ \t]+)?(?:verifica|conferma)`,
  String.raw`code[ \t]+de[ \t]+(?:v[ée]rification|confirmation)`,
  // CC's round: German's own words for it ("Ihr Bestätigungscode für die Anmeldung lautet …").
  String.raw`(?:Best[äa]tigungs|Verifizierungs|Verifikations|Anmelde|Einmal|Authentifizierungs)-?code|Einmal-?(?:passwort|kennwort)`,
  String.raw`c[óo]digo[ \t]+de[ \t]+(?:verificaci[óo]n|confirmaci[óo]n|verifica[çc][ãa]o|confirma[çc][ãa]o)`,
].join('|');
/** Whose it is after the name: "của bạn", "yako", "שלך", "Anda", "mo". */
const ONE_TIME_OWNER = String.raw`(?:[ \t]+(?:của[ \t]+bạn|của[ \t]+tôi|của[ \t]+mình|yako|yangu|שלך|שלי|Anda|saya|mo|ko))?`;
const ONE_TIME_IS = String.raw`(?:is|was|ist|lautet|es|era|è|est|é|là|ni|ay|to|jest|är|er|on|je|adalah|הוא|είναι|は|が|是|为|는|은|이|가)`;
/**
 * Four to eight digits; a Japanese, Chinese or Korean letter may run on after them ("482913です"). CE's round: an
 * emoji pointing at them may stand between the name and the code ("verification code 👉 926145").
 */
// CE's round: or two groups of three split by a space ("730 118"), as a code is read out, with no third group after.
const ONE_TIME_DIGITS = String.raw`(?<![\p{N}])(\d{4,8}|\d{3} \d{3}(?![ \t]*\d))(?!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_]|[.,:/-]\d)`;

const NAMED_ONE_TIME_CODE: RegexRule = {
  name: 'named-one-time-code',
  pattern: new RegExp(
    // Not inside a word, but a Chinese or Japanese name may follow the word before with no space ("您的验证码").
    String.raw`(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_])(?:${ONE_TIME_NAMES})${ONE_TIME_OWNER}(?:[ \t]*[:：][ \t]*|[ \t]*${ONE_TIME_IS}[ \t]*:?[ \t]*|[ \t]+\p{Extended_Pictographic}\uFE0F?[ \t]+|[ \t]+)${ONE_TIME_DIGITS}`,
    'dgiu',
  ),
  judge(m, text) {
    if (BOOKING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'recovery code' };
  },
};

/**
 * A one-time code named, then in the same sentence, after a clause about it, the code given as what it is: "Kung
 * mangayo ug OTP, ang na-receive nako ganina kay 373117" (Cebuano: if they ask for the OTP, the one I got earlier is
 * …), "the OTP they texted me a minute ago is 482913", "el código de verificación que me llegó por SMS es 507751".
 * The name says what the number is; the clause (sixty characters at most, no digit, no sentence's end) says whose or
 * when, and the verb for "is" (`passwords.ts`'s, in any language, and Pidgin's "na") or a colon gives it. A number the clause makes
 * another thing (a length, an expiry, a count of tries, an order's) is left alone.
 */
const OTP_NAME = String.raw`OTP|TAN|mTAN|TAC|one[- ]time[ \t]+(?:code|password|PIN)|${ONE_TIME_NAMES}`;
const OTP_THEN_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${OTP_NAME})(?![\p{L}\p{N}_])([^\n\d.!?;]{1,60}?)(?:[ \t]*[:：][ \t]*|[ \t]+(?:is|was|${OTHER_COPULAS}|${SHORT_COPULAS}|na|dey[ \t]+be)[ \t]*:?[ \t]+)${ONE_TIME_DIGITS}`,
  'dgiu',
);
const NOT_THE_ONE_TIME_CODE =
  /(?<![\p{L}])(?:length|long|digits?|characters?|expir\p{L}*|valid\p{L}*|timeout|ttl|seconds?|secs?|minutes?|mins?|hours?|attempts?|tries|retries|limit|interval|window|order|ticket|booking|reference|phone|number|account|amount|price|cost|error|status|port|version|year)(?![\p{L}])/iu;

/** A unit after the number makes it a length, a wait or a count of tries, not the code: "valid for 3600 s", "1000 attempts". */
const A_UNIT_AFTER = /^[ \t]*(?:s|sec|secs|seconds?|min|mins|minutes?|h|hours?|ms|characters?|chars|digits?|times|tries|attempts)(?![\p{L}])/iu;

const OTP_AFTER_CLAUSE: RegexRule = {
  name: 'one-time-code-after-clause',
  pattern: OTP_THEN_CLAUSE,
  judge(m, text) {
    if (NOT_THE_ONE_TIME_CODE.test(m[1]!) || BOOKING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    const start = m.indices![2]![0];
    const end = start + m[2]!.length;
    if (A_UNIT_AFTER.test(text.slice(end, end + 12))) return null;
    return { start, end, label: 'recovery code' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A code someone sent, texted or read out, then the number: "the bank sent me a code, 942436, the man on the phone asks
 * for it", "they texted me the code 5531 02", "el banco me mandó un código: 771204", "hat mir einen Code geschickt:
 * 4821". Sent to a person, a code is a one-time code; a promo, tracking or discount code is left alone. BR's round:
 * or the number the person then keyed in ("it sent a code and I put in 482913", "texted me a code, I typed …").
 */
const SENT_VERB =
  String.raw`sent|texted|messaged|emailed|e-mailed|read|gave|mandó|mandaron|envió|enviaron|enviou|mandou|envoy[ée]e?|a[ \t]+envoy[ée]|inviato|mandato|geschickt|gesendet|gestuurd|skickade|sendte|lähetti|wysłał\p{L}*|poslal\p{L}*|прислал\p{L}*|отправил\p{L}*|надіслал\p{L}*|gönderdi|mengirim|kirim|alitum\p{L}*|gửi`;
const SENT_CODE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SENT_VERB})(?:[ \t]+(?:me|us|her|him|them|you|my|mum|mom|dad|mi|me|nos|le|les|ihr|mir|uns|ihm|mnie|мне|нам|mij|mig|bana|saya|tôi))?[ \t]+(?:(?:a|an|the|this|that|un|una|el|la|le|einen|den|ein|um|o|een|de|en|ett|um)[ \t]+)?(?:(?:new|nuevo|nueva|neuen|nouveau|novo|nuovo)[ \t]+)?(?:\p{L}{2,14}[ \t]+)?(?:code|OTP|PIN|passcode|c[óo]digo|codice|Code|kod|kode|koodi|код|mã)(?:[ \t]*[,:—–-]?[ \t]*|[ \t]*[,;]?[ \t]+(?:(?:and|so|then)[ \t]+)?I[ \t]+(?:put[ \t]+in|typed(?:[ \t]+in)?|entered|keyed[ \t]+in|punched[ \t]+in)[ \t]+)(\d{4,8}|\d{3}[ -]\d{3})(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);
const SENT_ONE_TIME_CODE: RegexRule = {
  name: 'sent-one-time-code',
  pattern: SENT_CODE,
  judge(m) {
    if (NOT_A_ONE_TIME_CODE.test(m[0])) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'recovery code' };
  },
};

/**
 * The code named first, then who sent it, then the number: "the code it texted me, 604918, doesn't work", "I typed the
 * code they emailed me (772910)", "the code the bank sent us: 4821 09". A code sent to the user is theirs to use once,
 * as `SENT_CODE`'s are; a promo, tracking or discount code, or a number the words after make a length, is left alone.
 */
const CODE_THEN_SENDER = new RegExp(
  String.raw`(?<![\p{L}])(?:code|OTP|PIN|passcode)[ \t]+(?:(?:that|which)[ \t]+)?(?:[\p{L}'’-]+[ \t]+){1,3}?(?:just[ \t]+|finally[ \t]+)?(?:sent|texted|messaged|emailed|e-mailed|whatsapped|gave)[ \t]+(?:me|us)(?:[ \t]+(?:by|via|over|on|in)[ \t]+[\p{L}-]+)?` +
    String.raw`(?:[ \t]*[,:(—–][ \t]*|[ \t]+(?:is|was)[ \t]+)(\d{3,4}[ -]\d{2,4}(?![\p{N}])|\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);
const CODE_SENT_BY_SOMEONE: RegexRule = {
  name: 'code-then-sender',
  pattern: CODE_THEN_SENDER,
  judge(m, text) {
    if (NOT_A_ONE_TIME_CODE.test(text.slice(Math.max(0, m.index - 30), m.index + 5)) || BOOKING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    const [start, end] = m.indices![1]!;
    if (A_UNIT_AFTER.test(text.slice(end, end + 12))) return null;
    return { start, end, label: 'recovery code' };
  },
};

export const ONE_TIME_CODE_FINDERS: readonly Finder[] = [
  anchoredFinder(SENT_ONE_TIME_CODE, wordAnchors(SENT_VERB)),
  anchoredFinder(CODE_SENT_BY_SOMEONE, /code|OTP|PIN|passcode/giu),
  // Tried only where one of its names stands (`anchored-finder.ts`).
  anchoredFinder(NAMED_ONE_TIME_CODE, wordAnchors(ONE_TIME_NAMES)),
  anchoredFinder(ONE_TIME_CODE, CODE_NAME_START),
  windowedFinder(CODE_OPENING_MESSAGE, /is[ \t]+your|es[ \t]+tu|es[ \t]+su|ist[ \t]+dein|ist[ \t]+Ihr|est[ \t]+votre|est[ \t]+ton|è[ \t]+il[ \t]+tuo|is[ \t]+je|é[ \t]+o[ \t]+seu|é[ \t]+o[ \t]+teu|to[ \t]+twój|masz|is[ \t]+the/giu, 12, 80),
  // Tried at the numbers, from the words before them (`anchored-finder.ts`): the names' list is long.
  finderBeforeNumbers(OTP_AFTER_CLAUSE, 2, 16, /\d{4}|\d{3} \d{3}/y),
];
