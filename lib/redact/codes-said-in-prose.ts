import { finderAtNameWords } from './anchored-finder';
import { factored, wordAnchors } from './fast-anchors';
import { namesLockable } from './object-codes';
import { OTHER_COPULAS, SHORT_COPULAS } from './passwords';
import type { Finder, RegexRule, SecretSpan } from './rules';
import { anotherThingsNumber, classifyKey } from './values';

/**
 * Codes and PINs said in a sentence, in any language, by the sentence's shape rather than by what they open:
 *
 * - a code word, a few words of whose code it is, then the verb for "is" (or a colon, or "now") and the number: "the
 *   code for the bike room is now 4471", "el código del portal es 7278", "Код от подъезда теперь 0065", "Cod y drws
 *   cefn yw 22117", "Ikhodi ye-alamu ithi 3862", "Nambari ya siri ya mlango ni 94079"; or with the verb last, as
 *   Indic languages, Basque and Turkish write it ("ढोकाको कोड 5119 हो", "kodea 9963# da"); or right after a new code
 *   or a code something has ("new code 57906", "ទ្វារ … មានកូដ 3469", "pakiautomaadi kood 169553");
 * - the codes listed after it in the same sentence ("… es 7278 y el del trastero 1462", "…, от колясочной 9379");
 * - a PIN named with whose or what card it is, then the number in parentheses or after the verb: "PIN-in e kartës
 *   së saj (9531)", "PIN კოდი (7578)", "i-PIN yekhadi lakhe (5018)", "SIM PIN-i i modemit është 3418".
 *
 * A code of another kind (an error's, a postal, a product's, a country's) or a number the words make a count, a
 * length or a price is left alone.
 */

/** Words for a code, in the most spoken languages, the EU's and the scripts seen so far. */
const CODE_NAME =
  String.raw`codes?|c[óo]digo|codigo|codice|k[óo]d(?:u|em|y|a|i|ot|ut|ai|as|ą)?|kode(?:n|a)?|kood(?:i|iga|u|ka|kii)?|koodh\p{L}{0,3}|koodi\p{L}{0,4}|codi|` +
  // Icelandic kóði with its article and cases, alone or after what it is for (öryggiskóðinn, aðgangskóði); an override,
  // a master or an installer's code said as "the override"; Arabic رمز (not the postal one: `OTHER_KIND`); Tamil,
  // Sinhala; Hausa "lambar" (number) of an alarm, a door or a lock.
  String.raw`(?:öryggis|aðgangs|hurðar|hliðs?|lás|viðvörunar|þjófavarnar)?k[óo]ð(?:i|inn|ann|ans|a|anum|ar)?|override|(?:ال)?رمز|குறியீடு|කේත(?:ය|ය්)?|lambar(?=[ \t]+(?:[ƙk]ararrawa|sirri|[ƙk]ofa|makulli))|kods|kodas|kodi[ċc]i|c[óo]d|cod(?=[ \t]+(?:y|yr|'r|ar|i|drws|larwm|gi[âa]t|g[âa]t|mynediad|cloi))|ikhodi|i-?khodi|msimbo|nambari[ \t]+ya[ \t]+siri|namba[ \t]+ya[ \t]+siri|n[úu]mero[ \t]+secreto|num[ée]ro[ \t]+secret|` +
  String.raw`код\p{L}{0,3}|կոդ\p{L}{0,3}|კოდ\p{L}{0,3}|कोड|কোড|കോഡ്|கோட்|కోడ్|ಕೋಡ್|કોડ|ਕੋਡ|كود|کوڈ|קוד|ኮድ|កូដ|លេខកូដ|ລະຫັດ|รหัส|ကုဒ်|` +
  // Compounds with the thing or the kind before "code": Zahlencode, Türcode, toegangscode, portkod, dørkode, ovikoodi, uksekood.
  String.raw`(?:zahlen|ziffern|zugangs|eingangs|t[üu]r|haust[üu]r|tor|schlie(?:ß|ss)|tresor|alarm|schl[üu]ssel|sicherheits|geheim|garagen|toegangs|deur|poort|cijfer|hek|port|d[öo]rr|d[øo]r|larm|ovi|portti|h[äa]lytys|ukse|v[äa]rava|pääsy|adgangs|entry|gate|door|keypad|lock)(?:code|kode|kod|koodi|kood)\p{L}{0,2}`;

/**
 * A code's kind named before it or in its words that makes it no secret; "PIN code" is the PIN rules' to judge (India's
 * postal code is one).
 */
export const OTHER_KIND =
  factored(/(?<![\p{L}])(?:model|product|serial|part|item|promo|discount|coupon|voucher|gift|referral|invite|invitation|tracking|zip|postal|post|postcode|area|zone|country|dial(?:ling)?|colou?r|source|qr|barcode|html|css|conduct|dress|tax|billing|reference|sku|error|exit|status|http|return|response|port|version|page|line|row|issue|step|ticket|order|booking|course|class|subject|module|program(?:me)?|ISO|IATA|ICAO|HS|ICD|NACE|SIC|SWIFT|BIC|sort|routing|branch|bank|fehler\p{L}*|produkt\p{L}*|artikel\p{L}*|rabatt\p{L}*|gutschein\p{L}*|l[äa]nder\p{L}*|vorwahl|postleitzahl|c[óo]digo[ \t]+postal|code[ \t]+postal|codice[ \t]+(?:postale|fiscale|prodotto|articolo|errore)|erro|error[eo]|errore|erreur|fout|virhe|hiba|b[łl][ąa]d\p{L}*|chyb\p{L}*|ошибк\p{L}*|помилк\p{L}*|hata|l[ỗo]i|kesalahan|promocional|promo[ \t]*code|cupom|cup[óo]n|descuento|sconto|remise|r[ée]duction|korting|rabat\p{L}*|indirim|скидк\p{L}*|промо\p{L}*|товар\p{L}*|продукт\p{L}*|почтов\p{L}*|индекс\p{L}*|b[ưu]u|s[ảa]n[ \t]+ph[ẩa]m|gi[ảa]m[ \t]+gi[áa]|kupon|diskon|pos|produk|izdel\p{L}*|artikl\p{L}*|proizvod\p{L}*|toode\p{L}*|prece\p{L}*|preke\p{L}*|kursus|curso|cours|kurs\p{L}*|lesson|lecci[óo]n|le[çc]on|lezione|produto|producto|prodotto|produit|posta|po[šs]t\p{L}*|poste|postal\p{L}*|авторизац\p{L}*|autoriz\p{L}*|autoris\p{L}*|authori[sz]ation|approval|auth|appr|approv\p{L}*|aprobaci[óo]n|aprova[çc][ãa]o|genehmigung\p{L}*|miratim\p{L}*|autorizimit|transaction|transacci[óo]n|transa[çc][ãa]o|receipt|recibo|re[çc]u|quittung|beleg|fatur\p{L}*|invoice|factura|rechnung|pin|пин|पिन|fault|trouble|diagnostic|obd|dtc|event|vendor|supplier|customer|client|employee|project|cost|budget|ledger|account|department|route|flight|airline|airport|seat|currency|language|locale|tariff|customs|shipping|carrier|python|java|javascript|source|snippet|function|script|sample|example|demo|test|lines?)(?![\p{L}])/iu);

/** Between the code word and the verb: what the code is for, without a digit or a sentence's end. */
const BETWEEN = String.raw`([^\n\d.!?;:：=។।။]{0,60}?)`;

/**
 * "now", "from today", "as of Monday": a word or two the sentence may put after the verb. BD's round: "still" (the
 * code has not changed), in the languages most spoken here ("noch", "toujours", "todavía", "ancora", "ainda").
 */
const NOW =
  String.raw`still|immer[ \t]+noch|noch|toujours|todav[íi]a|a[úu]n|ancora|ainda|now|currently|from[ \t]+now(?:[ \t]+on)?|from[ \t]+\p{L}+|as[ \t]+of[ \t]+\p{L}+|starting[ \t]+\p{L}+|ahora|desde[ \t]+(?:hoy|el[ \t]+\p{L}+)|agora|maintenant|d[ée]sormais|d[èe]s[ \t]+\p{L}+|jetzt|ab[ \t]+sofort|ab[ \t]+\p{L}+|nun|adesso|ora|da[ \t]+\p{L}+|nu|vanaf[ \t]+\p{L}+|nyt|n[üu][üu]d|tagad|dabar|teraz|od[ \t]+\p{L}+|nyn[íi]|zdaj|sada|acum|[şs]imdi|sekarang|kini|sasa|b[âa]y[ \t]+gi[ờo]|теперь|тепер|сега|сейчас|зараз|с[ \t]+\p{L}+|від[ \t]+\p{L}+|tani|issa|bellach|nawr|orain|tagad`;

/**
 * The verb for "is" (any language of `passwords.ts`, and more), or a colon, then perhaps "now". BD's round: Chinese's
 * 是, 就是, 係 (Cantonese) and 為 after a code word of any language, as code-switched notes write it ("fuel pump 的 code 是
 * 5075").
 */
const LINK = String.raw`(?:[ \t]*(?:[:：=]|[—–](?=[ \t]))[ \t]*|[ \t]+(?:is|was|are|n[áa]|will[ \t]+be|has[ \t]+been|becomes|ist|war|wird|lautet|est|sera|c['’]est|es|era|ser[áa]|é|è|sar[àa]|on|oli|ir|bija|yra|buvo|je|jest|to|brzmi|zn[íi]|este|e|είναι|är|er|blir|wordt|huwa|hija|hu|hi|yw|ydy|oedd|fydd|ni|ithi|ngu|yi|ndi|ialah|adalah|yaiku|iku|ay|l[àa]|คือ|គឺ|ແມ່ນ|არის|է|është|ishte|jẹ́|jẹ|na|${OTHER_COPULAS}|${SHORT_COPULAS})(?:[ \t]+(?:${NOW}))?[ \t]*[:：]?[ \t]+|[ \t]+(?:${NOW})[ \t]*[:：]?[ \t]+|(?<=[\u1780-\u17FF\u0E00-\u0EFF])(?:គឺ|ແມ່ນ|คือ)[ \t]*|[ \t]*(?:就是|是|係|為|为)[ \t]*)`;

/** A preposition that says whose or what a code is, in the most spoken languages and the EU's. */
const OF = String.raw`[ \t]+(?:for|of|to|on|de|del|de[ \t]+la|de[ \t]+l['’]|d['’]|du|des|di|della|dello|dell['’]|da|do|dos|das|für|vom|von|zum|zur|van|voor|bij|för|till|til|på|for|za|na|do|od|dla|pro|k|ke|для|от|до|на|за|для|ад|з|a|ng|sa|ya|wa|la|kwa|untuk|dari|c[ủu]a|cho|için|için)(?=[ \t]|(?<=['’]))`;

const OF_START = new RegExp(`^${OF}`, 'iu');

/** A verb that comes after the number, as in the languages that put it last. */
// AI's round: Malayalam ആണ്, Tamil ஆகும், Kannada ಆಗಿದೆ, Telugu ఉంది ("വാതിലിന്റെ കോഡ് 9280# ആണ്").
const LAST_VERB = String.raw`ആണ്|ആണു|ஆகும்|ಆಗಿದೆ|ఉంది|hai|h[ae]|ပါ|ဖြစ်သည်|ဖြစ်ပါတယ်|है|हो|छ|आहे|છે|ਹੈ|হয়|da|dir|d[ıi]r|dur|d[üu]r|t[ıi]r|tur|t[üu]r|ነው|です|だ|입니다|이다|ናት`;

/** "new", or a thing that has a code ("the door has code …"): the number may follow the code word right away. */
const NEW_OR_HAS =
  String.raw`new|current|changed|neue[rnms]?|neu|aktuelle[rn]?|nuev[oa]|nouve(?:au|lle)|nov[oa]|nuov[oa]|nieuwe|ny[ae]?|uusi|uus|jaun(?:s|ais|ā)|nauj(?:as|asis)|nowy|nowa|nový|nová|novi|nova|новый|новий|нов|yeni|baru|mpya|m[ớo]i|berri(?:a|aren)?|newydd|has|have|had|tiene|tem|hat|heeft|har|ma|m[áa]|має|имеет|ana|ina|ada|c[óo]|may|mayroon|មាន|มี|ມີ|pakiautomaadi|pakiautomaat\p{L}*|pakom[āa]t\p{L}*|pa[šs]tomat\p{L}*|paczkomat\p{L}*|packstation|paketautomat\p{L}*|pakettiautomaat\p{L}*|parcel[ \t]+locker|locker|pickup|pick-up|collection|abhol|odbioru|recogida|retrait|ritiro|afhaal|nouto`;

/** The number: three to ten digits, a keypad's `#` or `*` after it, not part of a longer number, a date or a price. */
const NUMBER = String.raw`(?<![\p{L}\p{N}_])[*#]?(?<![\p{L}\p{N}_][*#])(\d{3,10})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]+\d|[ \t]*[%€$£¥₹₽])`;

/** Code-writing scripts run words together: the code word may sit at the end of a longer run. */
const GLUED = String.raw`(?:[\u1780-\u17FF\u0E00-\u0E7F\u0E80-\u0EFF\u1000-\u109F]*?)`;

const CODE_IS_NUMBER = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])(${NEW_OR_HAS})(?:[ \t]+(?:(?:the|a|el|la|le|der|die|das|den|o|il|de|het|een)[ \t]+)?|(?<=[\u1780-\u17FF\u0E00-\u0EFF]))|${GLUED})?(?:${CODE_NAME})(?:(?![\p{L}\p{N}_])|(?<=[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]))` +
    String.raw`(?:${BETWEEN}${LINK}|${BETWEEN}[ \t](?=[*#]?\d{3,10}[#*]?[ \t]*(?:${LAST_VERB})(?![\p{L}\p{M}]))|([ \t]*[:：]?[ \t]*)|(${OF}[^\n\d.!?;:：=។।။]{1,60}?)[ \t]+(?=[*#]?\d{3,10}[#*]?(?:[ \t]*[,;.]|[ \t]*$|[ \t]*\n)))${NUMBER}`,
  'dgiu',
);

/** Units, durations and counts after the number: "the code is 6 digits", "… 3600 seconds", "1500 lines". */
const UNIT_AFTER =
  factored(/^[ \t]*(?:digits?|chars?|characters?|letters?|numbers?|lines?|bytes?|bits?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|tries|attempts?|pages?|words?|mm|cm|km|m|kg|g|ml|l|px|ms|s|h|eur|usd|gbp|kr|z[łl]|ft|lei|rs|inr|rm|ksh|tsh|zar|ngn|cifre|d[íi]gitos|chiffres|stellen|ziffern|cijfers|siffror|numeroa|merkki\p{L}*|cyfr\p{L}*|znak\p{L}*|цифр\p{L}*|символ\p{L}*)(?![\p{L}])/iu);

/** Articles, possessives and demonstratives before a code word: they name no owner ("The code is 4411"). */
const DETERMINER =
  factored(/^(?:the|this|that|these|those|my|your|our|his|her|their|its|any|each|every|which|what|whose|same|says|said|said,|der|die|das|den|dem|des|eine?|mein|dein|sein|ihr|unser|euer|dieser|diese|dieses|les|los|las|une?|una|mon|ton|son|notre|votre|leur|cet|cette|meu|seu|teu|nosso|tuo|suo|mio|nostro|questo|questa|quel|quella|este|esta|ese|esa|aquel|het|een|mijn|jouw|onze|deze|dit|dat|den|det|min|din|sin|v[åa]r|dette|denne|t[äa]m[äa]|see|[šs]is|[šs]i|tas|t[āa]|ten|ta|to|ez|az|bu|[şs]u|ini|itu|ito|этот|эта|это|мой|моя|твой|наш|ваш|его|её|их|цей|ця|мій|наш)$/iu);

function ownerBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // BD's round: a possessive particle after the owner's words, as code-switched Chinese, Japanese and Korean write it
  // ("fuel pump 的 code", "倉庫の code", "창고의 code").
  if (/[\p{L}\p{N}][ \t]*(?:的|之|の|의)[ \t]*$/u.test(before)) return true;
  const word = /([\p{L}\p{M}'’-]+)[ \t]+$/u.exec(before)?.[1];
  return word !== undefined && word.length >= 3 && !DETERMINER.test(word) && !OTHER_KIND.test(word);
}

/** How a list goes on after a code: "and", a comma or a semicolon, in the languages of `LINK`. */
const LIST_GOES_ON =
  /^[#*]?(?:[ \t]*[,;][ \t]*(?:(?:and|y|e|et|und|ja|un|ir|и|а|та|і|és|ve|na|dan|at|og|och|en|eta|ac|a|i|oraz|și|si|kaj|ug|le|no|bụ|ati|kunye|ne)[ \t]+)?|[ \t]+(?:and|y|e|et|und|ja|un|ir|и|а|та|і|és|ve|na|dan|at|og|och|en|eta|ac|a|i|oraz|și|si|ug|le|ati|kunye|ne|ও|और|आणि|ને|ਅਤੇ|და|և|ба|និង)[ \t]+)([^\n\d.!?;:：]{0,40}?)(?<![\p{L}\p{N}_])(\d{3,10})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d)/iu;

function isYear(value: string): boolean {
  return /^(?:19[5-9]\d|20[0-4]\d)$/.test(value);
}

/**
 * A word of time or place right before the number: "…, the meeting is at 1930", "…, back by 2200", "open until 1800"
 * tell a time (or "in 4101", a room), not the next code of the list.
 */
const WHEN_OR_WHERE_BEFORE = /(?<![\p{L}])(?:at|by|until|till|til|from|around|about|before|after|since|in|on|um|ab|bis|vers|alle|om|kl\.?|klo)[ \t]*$/iu;

/** The codes that follow the first in a list, each with words of whose it is: "… y el del trastero 1462". */
function listedAfter(text: string, end: number): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let at = end;
  for (let n = 0; n < 4; n++) {
    const m = LIST_GOES_ON.exec(text.slice(at, at + 80));
    if (!m || OTHER_KIND.test(m[1]!) || isYear(m[2]!) || WHEN_OR_WHERE_BEFORE.test(m[1]!)) break;
    const start = at + m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[2]!)).length;
    const stop = start + m[2]!.length;
    if (UNIT_AFTER.test(text.slice(stop, stop + 12))) break;
    spans.push({ start, end: stop, label: 'password' });
    at = stop;
  }
  return spans;
}

/** What follows a number that closes its clause: a comma, a stop, a semicolon, a line's or the text's end. */
const CLAUSE_CLOSES = /^[#*]?(?:[ \t]*[,;.。،]|[ \t]*$|[ \t]*\n)/u;

/** The words right before a code word, in its own sentence, name a thing it opens (`namesLockable`). */
function opensBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return namesLockable(before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;:][ \t][^.!?;:]*$/)) + 1));
}

/** A code word that opens a sentence right after one that names a thing it opens. */
function lockableJustBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 200), at);
  const end = /[.!?。][ \t]+(?:\p{L}{1,3}[ \t]+)?$/u.exec(lead);
  if (!end) return false;
  const previous = lead.slice(0, end.index);
  // The whole line before, up to 200 characters: an abbreviation's stop ("kl. 22") ends no sentence. An error or a
  // code of another kind named there makes "the code" that one ("The error on the safe says E-17. The code is …").
  const line = previous.slice(previous.lastIndexOf('\n') + 1);
  return namesLockable(line) && !OTHER_KIND.test(line);
}

/** A log's or a query's field right before a value: its name, then "=" or ":" with no blank before the value. */
const FIELD_RIGHT_BEFORE = /(?<![\w.-])([A-Za-z_][\w.-]{0,30})[=:]$/;
const SECRET_FIELD = /code|pin|otp|pass|key|secret|token|auth|cred/i;

const CODE_SAID: RegexRule = {
  name: 'code-said-in-prose',
  pattern: CODE_IS_NUMBER,
  judge(m, text) {
    const value = m[6]!;
    const start = m.indices![6]![0];
    const end = start + value.length;
    const between = m[2] ?? m[3] ?? m[5] ?? '';
    // Or what it opens after a preposition, the number closing the clause, as a list of codes is written without a verb
    // ("codi de la porta del magatzem 6674,", "the code for the back gate 4471."): the words must name a thing it opens.
    if (m[5] !== undefined && !namesLockable(m[5])) return null;
    // The number right after the code word needs a new code, a thing that has one or a parcel locker before the word.
    // Or, as languages that need no verb write it ("Tetovaža siqnalizasiya kodu 21440, sonra …", "அலாரம் குறியீடு
    // 93376, பிறகு …"), what it opens right before the code word and the number closing its clause.
    if (m[4] !== undefined && m[1] === undefined && !(ownerBefore(text, m.index) && opensBefore(text, m.index) && CLAUSE_CLOSES.test(text.slice(end, end + 3)))) return null;
    // Swahili "kodi ya …" is a rent or a tax ("kodi ya nyumba ni 15000"); Albanian "kodi" is the code.
    if (/(?<![\p{L}])kodi[ \t]+ya(?![\p{L}])/iu.test(m[0])) return null;
    // "The code is 4411" names nothing: whose code it is must stand between ("the code for the bike room is …"), or a
    // new code, a thing that has one, or the verb last after the number (Indic languages, Basque, Turkish).
    // Languages that put whose code it is before the word ("välisukse kood on …", "atslēgu kastītes kods ir …", "door
    // code is …") name it there: a word of three letters or more, not an article, a possessive or a demonstrative.
    // Or the sentence before names the thing, and this one opens with the code: "The alarm goes off at ten. The code is
    // 6585." ("Þjófavarnarkerfið … fer í gang kl. 22. Kóðinn er 6585.").
    if (m[2] !== undefined && m[1] === undefined && !/[\p{L}]/u.test(m[2]) && !ownerBefore(text, m.index) && !lockableJustBefore(text, m.index)) return null;
    if (OTHER_KIND.test(between) || OTHER_KIND.test(m[0].slice(0, start - m.index))) return null;
    // The word before the code's names another kind ("the tracking code is …", "error code …").
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lastWords = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;][ \t][^.!?;]*$/)) + 1).trim().split(/[ \t]+/).slice(-2).join(' ');
    // An override's words before it name what it overrides ("the EXIT override", "the door override"), never a kind of code.
    if ((OTHER_KIND.test(lastWords) && !/^override/i.test(m[0])) || /(?<![\p{L}])bar$/iu.test(lastWords)) return null;
    if (isYear(value) && !namesLockable(between)) return null;
    if (UNIT_AFTER.test(text.slice(end, end + 14))) return null;
    // CB's round: a field's name glued to the number by "=" or ":" names it ("code issued for user_id=88412 len=6"): a
    // log's field is that field's value, unless its name is a code's or a secret's.
    const field = FIELD_RIGHT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (field && !SECRET_FIELD.test(field[1]!) && classifyKey(field[1]!) === null) return null;
    // A number standing for something else after it: "code is 200 OK", "the code is 404 Not Found".
    if (/^[ \t]+(?:OK|Not[ \t]+Found|Forbidden|Unauthori[sz]ed|Bad[ \t]+Request|error|errors)(?![\p{L}])/iu.test(text.slice(end, end + 20))) return null;
    return [{ start, end, label: 'password' }, ...listedAfter(text, end + (/[#*]/.test(text[end] ?? '') ? 1 : 0))];
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * The word PIN (in capitals; Cyrillic "пин" and "ПИН" in any case), with a language's prefix or suffix ("i-PIN",
 * "l-PIN", "PIN-i", "PIN-in", "PIN-nin", "PIN-nya") and a code word after it ("PIN kodu", "PIN კოდი", "пин кодоо").
 */
const PIN_NAME = String.raw`(?:[a-zA-Z]{1,2}-)?(?:PIN|ПИН|[Пп]ин|पिन|পিন|ਪਿੰਨ|પિન)(?:-\p{L}{1,5})?(?:[ \t-]+(?:code|kod\p{L}{0,3}|kode|koodi|kood|kods|kodas|k[óo]d|c[óo]d(?:igo)?|codice|код\p{L}{0,3}|კოდი|կոդ|कोड|number|nummer|n[úu]mero|nambari|namba|nombor|nomor))?`;

/** A PIN's name, up to six words of whose it is, then the number in parentheses or after a verb or a colon. */
const PIN_IN_PROSE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${PIN_NAME}|[şs]ifre(?:si|sini|niz|m|mi)|şifrəsi)(?![\p{L}\p{N}_])([^\n\d.!?;()]{0,60}?)` +
    String.raw`(?:[ \t]*\([ \t]*(?=\d{4,8}[ \t]*\))|${LINK}|[ \t]+)(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]+\d)`,
  'dgu',
);

/** A PIN of another kind: a postal PIN code, a pin of a map or a board, a game's. */
const NOT_A_SECRET_PIN = factored(/(?<![\p{L}])(?:game|quiz|kahoot|postal|post|area|map|board|pinned|pins|digits?|chars?|characters|length|long)(?![\p{L}])/iu);
/**
 * India's postal code is a "PIN code" (पिन कोड, పిన్ కోడ్): six digits from 1 to 8 after the name with a code word, or
 * after the name in an Indic script, are an area's unless a card, a bank, an ATM, a SIM or a phone is named beside it.
 */
const POSTAL_PIN_NAME = /^(?:PIN[ \t-]*(?:code|codes|kod\p{L}*|కోడ్\p{L}*|कोड\p{L}*)|पिन|পিন|ਪਿੰਨ|પિન|పిన్)/iu;
const CARD_BESIDE = factored(/(?<![\p{L}])(?:card|cards|ATM|bank|debit|credit|SIM|phone|mobile|UPI|wallet|kart\p{L}*|karte|tarjeta|carte|carta|cart[ãa]o|कार्ड|एटीएम|बैंक|కార్డు|ఏటీఎం)(?![\p{L}])/iu);

/**
 * CA's round: the words between the PIN's name and the verb end with another number's name, which is the verb's subject
 * ("the PIN on the ATM receipt shows as ****, and the terminal ID is 86308979").
 */
const ANOTHER_NUMBER_LAST = new RegExp(String.raw`(?<![\p{L}])(?:id|ids|number|no\.?|nr\.?|${anotherThingsNumber()})[ \t]*$`, 'iu');

const PIN_SAID: RegexRule = {
  name: 'pin-said-in-prose',
  pattern: PIN_IN_PROSE,
  judge(m, text) {
    const value = m[2]!;
    if (NOT_A_SECRET_PIN.test(m[1]!) || NOT_A_SECRET_PIN.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    if (ANOTHER_NUMBER_LAST.test(m[1]!)) return null;
    const start = m.indices![2]![0];
    const end = start + value.length;
    const inParentheses = /\([ \t]*$/.test(text.slice(start - 3, start));
    if (/^[1-8]\d{5}$/.test(value) && POSTAL_PIN_NAME.test(m[0]) && !CARD_BESIDE.test(text.slice(Math.max(0, m.index - 80), end + 80))) return null;
    // Words between and no verb: only a suffixed PIN ("PIN-nin 7087"); "PIN 4077" right after is `everyday-codes.ts`'s.
    // Or the words say what the PIN is for after a preposition, the number closing the clause: "a PIN za token 0349.",
    // "PIN for the card 4471,".
    if (!inParentheses && m[1]!.trim() !== '' && /^[ \t]*$/.test(text.slice(m.indices![1]![1], start)) && !(OF_START.test(m[1]!) && CLAUSE_CLOSES.test(text.slice(end, end + 3)))) return null;
    if (UNIT_AFTER.test(text.slice(end + (inParentheses ? 1 : 0), end + 14))) return null;
    // A year in parentheses after words names when, not the PIN ("the PIN I set in March (2019)").
    if (inParentheses && isYear(value) && m[1]!.trim() !== '') return null;
    return { start, end, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A thing a code opens as a label, then the number ("Garajeko atea: 6855", "Back gate: 4471#"), where the text has
 * named a code shortly before: a notice lists the codes after its first one so. Read at each colon with a number after
 * it: the label is the run of up to four words right before the colon.
 */
const COLON_NUMBER = /[:：][ \t]*(\d{4,8})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]+\d)/gu;
const LABEL_WORDS = /(?:^|[^\p{L}\p{M}'’-])((?:[\p{L}\p{M}'’-]+[ \t]+){0,3}[\p{L}\p{M}'’-]+)[ \t]*$/u;
const CODE_NAMED = factored(new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${CODE_NAME})(?![\p{L}\p{N}_])`, 'iu'));

function findCodesUnderTheirLocks(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  COLON_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COLON_NUMBER.exec(text)); ) {
    const line = text.slice(Math.max(0, m.index - 60), m.index);
    const label = LABEL_WORDS.exec(line.slice(line.lastIndexOf('\n') + 1))?.[1];
    if (label === undefined || !namesLockable(label) || OTHER_KIND.test(label)) continue;
    const value = m[1]!;
    if (isYear(value) || !CODE_NAMED.test(text.slice(Math.max(0, m.index - label.length - 300), m.index - label.length))) continue;
    const start = m.index + m[0].indexOf(value);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const CODES_SAID_IN_PROSE_FINDERS: readonly Finder[] = [
  // Tried at the numbers, from the words before them (`anchored-finder.ts`): the lists of names and verbs are long.
  // Tried only at the words a code word or a PIN's name stands in (found once per text, in the plain mode).
  finderAtNameWords(CODE_SAID, wordAnchors(CODE_NAME), 2),
  finderAtNameWords(PIN_SAID, /PIN|ПИН|[Пп]ин|पिन|পিন|ਪਿੰਨ|પિન|[şs]ifr/g, 0),
  { name: 'code-under-its-lock', find: findCodesUnderTheirLocks },
];
