import { NOT_THE_PASSWORD } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { MEASURE_AFTER } from './measure-after';
import { namesLockable } from './object-codes';

/**
 * AN's round: a code given as what to key in, in any language, without a code's word. Two shapes:
 *
 * 1. A verb of typing, pressing or keying in, then four to eight digits: "tapez 69802", "tapar 7471", "schiscia 00762",
 *    "набрати 47524", "wpisz 4410", "drück 2231", "入倉庫愛撳 10488", "ketik 8815". The verbs are taken broadly (the
 *    imperative and the infinitive of some forty languages' "type", "press", "key in", "enter"), not "dial" (a phone's
 *    number follows it) nor "call".
 * 2. A short line that is only a few words, a colon and the digits: "para sulod ha bodega: 813263", "do składa: 87879",
 *    "seba depoyî: 91064", "ᓯᓚᑖᓄᑦ ᐱᖁᑎᓕᕆᕝᕕᒃ: 7231". A note that short, whatever its language, gives a code for what it
 *    names; the words must name no other number (a phone's, an order's, a room's, a year, a total, a price), and
 *    nothing but a stop, an emoji or "ok?" may follow the digits.
 *
 * Not a year, not one digit repeated, not a part of a longer number, a date, a time or an amount.
 */
// BD's round: the English verbs told as done too ("keyed in 39327 at the gate", "punched in 4410", "typed 0921").
// BN's round: "punch" with the code between it and "into" the thing ("punch 5487 into the lamp room box"); CB's round:
// or "at" or "on" it ("punch 2208 at the side gate").
// BN's round: a door "opens with" the code in the Romance languages ("la puerta se abre con el 428122").
// BY's round: "put" with the code between it and "into" or "on" the keypad or the lock ("put 383950 into the
// keypad"), and a door or a room said to be coded, the code after a comma or a dash ("the back office is coded, 8850").
const KEY_IN =
  String.raw`put(?=[ \t]+\d{4,8}[ \t]+(?:in|into|on)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:key[ \t]?pad|pad|panel|lock|key[ \t]?safe|box|door|gate|safe|alarm))|(?:is|are|was|['’]s)[ \t]+coded[ \t]*[,—–-]?|se[ \t]+abre[ \t]+con(?:[ \t]+el)?|si[ \t]+apre[ \t]+con(?:[ \t]+il)?|s['’]ouvre[ \t]+avec(?:[ \t]+le)?|abre[ \t]+com(?:[ \t]+o)?|type[ds]?|key(?:ed|s)?[ \t]+in|punch(?:ed|es)?[ \t]+in|punch(?:ed|es)?(?=[ \t]+\d{4,8}[ \t]+(?:in(?:to)?[ \t]|(?:at|on)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:gate|door|key[ \t]?pad|pad|panel|lock|key[ \t]?safe|box|safe|alarm|barrier|entrance|shed|garage)(?![a-z])))|tap(?:ped|s)?[ \t]+in|enter|press|(?:un)?lock(?:ed|s)?[ \t]+with|disarm(?:ed|s)?[ \t]+with|open(?:ed|s)?[ \t]+with|` +
  // French, Arpitan, Jèrriais, Spanish, Catalan, Italian and its regional kin (Lombard schiscia), Portuguese, Romanian.
  String.raw`tape[zrs]?|tapar|tapaz|compose[zr]|saisi(?:r|ssez|s)|teclea[rd]?|tecleá|digita(?:r|re)?|digite|marca(?:r|d)?|introduc[ei]r?|introdu|ingresa[r]?|tecle(?:ja|ar)?|prem(?:i|ere)?|schiacc?ia(?:re)?|schiscia|componi|inserisci|tasteaz[ăa]|apas[ăa]|` +
  // German and its dialects, Dutch, the Nordic languages, Finnish, Estonian and Võro, Hungarian.
  String.raw`tipp(?:e|en)?|eintipp\p{L}*|eingeben|dr[üu]ck(?:e|en)?|dr[öo]ck(?:e|en)?|w[äa]hl(?:e|en)?|typ|toets|intoetsen|druk|tryck|sl[åa]|skriv|tast(?:en)?|indtast|n[äa]pp[äa]ile|sy[öo]t[äa]|paina|sisesta|vajuta|pandat?|[üu]sd[ \t]+be|[íi]rd[ \t]+be|nyomd[ \t]+be|` +
  // Polish, Silesian, Sorbian, Czech and Slovak, Slovenian, Croatian and Serbian, the East Slavic languages.
  String.raw`wpisz|wpisa[ćc]|wybierz|wystukaj|naci[śs]nij|wci[śs]nij|zadej(?:te)?|zadaj(?:te)?|vy[ťt]ukej|na[ťt]ukej|vtipkaj|ukucaj|upi[šs]i|unesi|` +
  String.raw`набер\p{L}*|набир\p{L}*|набра[тц]\p{L}*|наб[еі]р\p{L}*|введ\p{L}*|вв[еі]д[іи]ть|нажм\p{L}*|натисн\p{L}*|натисні\p{L}*|` +
  // Turkish, Indonesian and Malay, Tagalog, Swahili; Chinese (撳, 揿, 按, 輸入, 输入), Japanese and Korean.
  String.raw`tu[şs]la|ketik|tekan|masukkan|pindutin|i-?type|bonyeza|andika|撳|揿|按|輸入|输入|入力|押して|누르고|누르세요|입력`;
const KEY_IN_THEN_DIGITS = new RegExp(String.raw`(?<![\p{L}])(?:${KEY_IN})[ \t]*[:：]?[ \t]*(\d{4,8})(?![\p{N}])`, 'giu');

/** A note line: a few words, a colon, the digits, and nothing after but a stop, an emoji or "ok?". */
// AV's round: after an aside in brackets too, as a photo's transcript marks a handwritten line ("(handwritten) …: 1234").
const NOTE_LINE = /^(?:\([^()\n]{1,40}\)[ \t]+)?(?:[^\n:]{0,40}?(?::|[ \t][—–-])[ \t]+)?([\p{L}\p{M}'’ \t-]{3,48}?)[ \t]*[:：][ \t]*(\d{4,8})(?=[ \t]*[.!]?[ \t]*(?:ok\??)?[ \t]*[^\p{L}\p{N}\n]{0,4}[ \t]*$)/gmu;

/** Words that name another kind of number. */
// BO's round: "tel…" without "tell" ("Don't tell the kids" named no phone).
// BP's round: a reading off a meter or a gauge ("Meter reading this morning: 45749", "mileage", "Zählerstand").
const ANOTHER_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:readings?|mileage|odometer|z[äa]hlerstand|lettura|lectura|relev[ée]|phone|tel(?!l)\p{L}*|fax|mobile|cell|call|order|invoice|ref\p{L}*|ticket|case|tracking|zip|post\p{L}*|room|suite|apt|flat|floor|unit|total|amount|price|cost|sum|balance|count|qty|quantit\p{L}*|year|page|ext\p{L}*|id|no|nr|num\p{L}*|n[úu]mero|numer|nummer|номер|booking|reservation|confirmation|flight|seat|train|bus|route|line|isbn|sku|serial|model|version|build|port|pid|uid|gid|error|errno|date|time|km|distance|weight|height|size|length|width|score|points|votes|views|members|users|budget|revenue|salary|rent|deposit|fee|kcal|calories|steps|temp\p{L}*|altitude|elevation|area|population|capacity|pop|stock|qty|batch|lot|item|article|part|account|konto|iban|bic|swift|sort|routing|customer|member|client|kunde\p{L}*|mitglied\p{L}*|patient|policy|claim|contract|vertrag|rechnung|bestell\p{L}*|commande|pedido|factura|fattura|prezzo|preis|prix|precio|total\p{L}*|summe|jahr|ann[ée]e|a[ñn]o|anno|tél|telefon\p{L}*|tel[ée]fono|handy|gsm|fon|hotline|support|extension|dn|ssn|vat|tax|ust|siret|siren|ein|tin|pin|puk|otp|tan|c[oóòô]d\p{L}*|k[oóòô]{1,2}d\p{L}*|код\p{L}*|auth\p{L}*|autori\p{L}*|approv\p{L}*)(?![\p{L}])`,
  'iu',
);


/**
 * AR's round: 3. "use 1260 to get in": a verb of using, the digits, then what they are used for (getting in, opening,
 * unlocking, disarming, logging in), in several languages ("usa 4471 para entrar", "utilise 5520 pour ouvrir",
 * "nimm 8812 zum Öffnen", "gebruik 3310 om binnen te komen", "użyj 7741 żeby wejść"). The purpose says the digits open
 * something; without it "use 2024" is a year's or a version's.
 */
const USE_THEN_PURPOSE = new RegExp(
  String.raw`(?<![\p{L}])(?:use|try|need|needs|usa|usad?|utilise[zr]?|utiliza[r]?|utilizza|benutze?n?|nutze?n?|nimm|gebruik|använd|bruk|brug|użyj|u[žz]ij|použij|используй(?:те)?|gunakan|pakai|tumia)[ 	]+(\d{4,8})[ 	]+` +
    String.raw`(?:to[ 	]+(?:get[ 	]+in(?:to)?|come[ 	]+in|go[ 	]+in|enter|open|unlock|disarm|arm|log[ 	]?in|sign[ 	]?in|access|get[ 	]+through)|for[ 	]+(?:the[ 	]+)?(?:door|gate|entry|entrance|front|back|lock|alarm|keypad|safe|locker)|` +
    String.raw`para[ 	]+(?:entrar|abrir|desbloquear|acceder|acessar|desarmar)|pour[ 	]+(?:entrer|ouvrir|d[ée]verrouiller|acc[ée]der|d[ée]sarmer)|per[ 	]+(?:entrare|aprire|sbloccare|accedere)|` +
    String.raw`zum[ 	]+(?:[ÖöOo]ffnen|Reinkommen|Entsperren|Einloggen)|um[ 	]+(?:reinzukommen|zu[ 	]+[öo]ffnen)|om[ 	]+(?:binnen[ 	]+te[ 	]+komen|te[ 	]+openen|in[ 	]+te[ 	]+loggen)|för[ 	]+att[ 	]+(?:komma[ 	]+in|öppna)|` +
    String.raw`żeby[ 	]+(?:wejść|otworzyć)|aby[ 	]+(?:wejść|otworzyć)|чтобы[ 	]+(?:войти|открыть|зайти)|untuk[ 	]+(?:masuk|membuka|buka)|kuingia|kufungua)(?![\p{L}])`,
  'giu',
);

/**
 * AV's round: 4. "the code to get into the bike cage is still 7314": a code's word, what it is for as a verb of getting
 * in (to get into, to open, to unlock, to access, to disarm) and a few words, then "is" (still, now) and the digits,
 * which close the clause. The purpose says what the code opens, whatever the thing is called (a card, a container, a
 * misspelt "paldock").
 */
const CODE_FOR_PURPOSE = new RegExp(
  String.raw`(?<![\p{L}])(?:code|pin|passcode|combo|combination)[ \t]+to[ \t]+(?:get[ \t]+in(?:to)?|open|unlock|access|disarm|enter)(?:[ \t]+[\p{L}'’-]{1,20}){1,5}?[ \t]+(?:is|was)[ \t]+(?:still[ \t]+|now[ \t]+|just[ \t]+)?(\d{3,8})(?=[ \t]*(?:[,.;!?)]|$|\n))`,
  'giu',
);

/**
 * AV's round: 5. three digits after "opens with" or "unlocks with" where the sentence names a lock before them ("the
 * staff locker opens with 482"): a padlock's or a locker's dial has three; elsewhere three digits are a count.
 */
const OPENS_WITH_THREE = /(?<![\p{L}])(?:open(?:ed|s)?|unlock(?:ed|s)?)[ \t]+with[ \t]+(\d{3})(?=[ \t]*(?:[,.;!?)]|$|\n))/giu;

/**
 * AV's round: 6. the digits first at a clause's start (a line's, or after a dash), then what they are keyed on: "— 4417
 * on the lockbox by the door", "4417 for the key safe, then pull": the thing after them must be one a code opens
 * (`namesLockable`), and no word on the line may name another number (a price, a total, a phone).
 */
// BO's round: or at a sentence's start ("Ines! 2113 for the workshop door.").
const DIGITS_ON_THE_LOCK = /(?:^|[—–][ \t]*|[.!?][ \t]+)(\d{4,8})[ \t]+(?:on|for|into)[ \t]+(?:the|its|our)[ \t]+((?:[\p{L}-]{1,20}[ \t]*){1,3})/gmu;

/**
 * BO's round: where the digits are typed to look something up, not to open it ("type 7102 into the search box and our
 * unit comes up", "enter 4410 in the search bar", "key 2231 into the filter"): a search, filter or look-up field, or a
 * search engine, takes a query, which any reader of the page may type.
 */
const TYPED_TO_SEARCH = /^[ \t]+(?:in(?:to)?|on)[ \t]+(?:the[ \t]+|a[ \t]+|your[ \t]+)?(?:search|filter|find|look[ \t-]?up|google|calculator)(?![\p{L}])/iu;

/**
 * BO's round: 7. the digits as what gets someone in, at a clause's start ("1871 gets you into the apiary gate", "— 4410
 * lets you through the side door"): what a number gets a person into or through is a door's or a gate's code. A price
 * has its currency before it, a year is no code (`plausibleCode`).
 */
const DIGITS_GET_YOU_IN = /(?:^|[.!?—–][ \t]+)(\d{4,8})[ \t]+(?:gets|lets)[ \t]+(?:you|them|him|her|us|everyone|people)[ \t]+(?:in(?:to)?|through)(?![\p{L}])/gmu;
/**
 * BO's round: 8. what a lock, a door, a gate or a safe "takes", the digits closing the clause ("the paint store lock
 * takes 9495."): a lock takes its code; batteries and sizes have their unit after them (`MEASURE_AFTER`).
 */
const LOCK_TAKES = /(?<![\p{L}])(?:lock|padlock|keypad|door|gate|safe|shutter|alarm|locker|lockbox|key[ \t]?safe)[ \t]+takes[ \t]+(\d{4,8})(?=[ \t]*(?:[,.;!?)]|$))/gimu;
/**
 * BS's round: 9. what lets someone in "with" the digits ("the darkroom lets you in with 5834 and …", "the side door
 * will let you in with 0417."): whatever the place, what a person is let in with is its code. The digits end their
 * clause or a conjunction follows; a year is no code (`plausibleCode`), a price has its currency.
 */
const LETS_YOU_IN_WITH = /(?<![\p{L}])(?:lets|let|gets|get)[ \t]+(?:you|them|him|her|us|me|everyone|people)[ \t]+in[ \t]+with[ \t]+(\d{4,8})(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:and|but|or|then|on|at)[ \t])/gimu;

/** A keypad's next key after the digits and where they are keyed ("… on the airlock then press the tick", "… then #"). */
const KEYPAD_STEP = /^[^,]{0,40}?[ \t]then[ \t]+(?:press|push|hit)[ \t]+(?:the[ \t]+)?(?:tick|hash|star|#|\*|enter|ok|green|key|button)(?![\p{L}])/iu;

function plausibleCode(digits: string): boolean {
  return !/^(\d)\1+$/.test(digits) && !/^(?:19|20)\d\d$/.test(digits);
}

function findKeyedIn(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{3}/.test(text)) return spans;
  KEY_IN_THEN_DIGITS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_IN_THEN_DIGITS.exec(text)); ) {
    const digits = m[1]!;
    const start = m.index + m[0].length - digits.length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // English "type", "enter" and "press" are nouns as often ("service type 4862969", "press 2024"): a verb only at a
    // clause's start or after "then", "and", "please", "just", "to".
    if (/^(?:type|enter|press)/i.test(m[0]) && !/(?:^|[\n.!?:;,(—–-]|\b(?:then|and|please|just|to|pls|plz))[ \t]*$/i.test(before)) continue;
    if (!plausibleCode(digits) || MEASURE_AFTER.test(text.slice(start + digits.length, start + digits.length + 8))) continue;
    // What the digits are put into names another number ("Type 1500 in the amount box"), unless a keypad's next step
    // follows them (AW's round: "key in 1431 on the cat room airlock then press the tick").
    const after = text.slice(start + digits.length, start + digits.length + 60).split(/[\n.!?;]/)[0]!;
    // BN's round: or the code is punched "into" a thing ("punch 5487 into the lamp room box"): what it is keyed into.
    if (ANOTHER_NUMBER.test(after.slice(0, 30)) && !KEYPAD_STEP.test(after) && !(/^punch/i.test(m[0]) && /^[ \t]+(?:into|at|on)[ \t]/.test(after))) continue;
    if (TYPED_TO_SEARCH.test(after)) continue;
    if (NOT_THE_PASSWORD.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  USE_THEN_PURPOSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = USE_THEN_PURPOSE.exec(text)); ) {
    const digits = m[1]!;
    if (!plausibleCode(digits)) continue;
    const start = m.index + m[0].indexOf(digits, m[0].search(/[ \t]/));
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  CODE_FOR_PURPOSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CODE_FOR_PURPOSE.exec(text)); ) {
    const digits = m[1]!;
    if (!plausibleCode(digits) || ANOTHER_NUMBER.test(m[0].slice(0, m[0].length - digits.length).replace(/^\S+/, ''))) continue;
    const start = m.index + m[0].length - digits.length;
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  DIGITS_ON_THE_LOCK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIGITS_ON_THE_LOCK.exec(text)); ) {
    if (!plausibleCode(m[1]!) || !namesLockable(m[2]!) || ANOTHER_NUMBER.test(text.slice(m.index, m.index + m[0].length + 40).split('\n')[0]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + m[1]!.length, label: 'password' });
  }
  for (const re of [DIGITS_GET_YOU_IN, LOCK_TAKES, LETS_YOU_IN_WITH]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const digits = m[1]!;
      const start = m.index + m[0].indexOf(digits);
      if (!plausibleCode(digits) || MEASURE_AFTER.test(text.slice(start + digits.length, start + digits.length + 8))) continue;
      spans.push({ start, end: start + digits.length, label: 'password' });
    }
  }
  OPENS_WITH_THREE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = OPENS_WITH_THREE.exec(text)); ) {
    if (!namesLockable(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = m.index + m[0].length - 3;
    spans.push({ start, end: start + 3, label: 'password' });
  }
  NOTE_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NOTE_LINE.exec(text)); ) {
    const words = m[1]!.trim();
    const digits = m[2]!;
    // Two words at least, at most one of them capitalised: a log's or a config's key is one word or Title Case
    // ("uidNumber:", "Rows Removed by Filter:"), a note's words are a sentence's.
    const parts = words.split(/[ \t]+/).filter((w) => /\p{L}/u.test(w));
    if (parts.length < 2 || parts.length > 6 || parts.filter((w) => /^\p{Lu}/u.test(w)).length > 1) continue;
    if (!plausibleCode(digits) || ANOTHER_NUMBER.test(words) || NOT_THE_PASSWORD.test(words)) continue;
    const start = m.index + m[0].length - digits.length;
    spans.push({ start, end: start + digits.length, label: 'password' });
  }
  return spans;
}

export const CODES_KEYED_IN_FINDERS: readonly Finder[] = [{ name: 'codes-keyed-in', find: findKeyedIn }];
