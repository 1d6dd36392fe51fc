import { finderBeforeNumbers } from './anchored-finder';
import { namesLockable } from './object-codes';
import type { Finder, RegexRule } from './rules';

/**
 * Codes given by what is done with them rather than by a code word: the number a combination lock is set to, named
 * by the lock itself ("Gasskápurinn er læstur með talnalás, númerið er 5586", "candado de números: 4099", "the
 * shed's combination lock — 4471"), and the number a sentence says to key in or to disarm with ("Alarm: enter 9258
 * then press Away", "alarm panel left of the door, disarm 0573", "Tippe 4412 am Tastenfeld ein").
 */

/**
 * A combination lock's name in the most spoken languages, the EU's and the scripts seen so far: a lock that takes
 * nothing but a number, so the number after its name is what opens it.
 */
const COMBINATION_LOCK =
  String.raw`(?:combination|combo|number|numbers|digit|dial|code|coded|keyless|push[ \t-]?button)[ \t-]+(?:pad)?lock|` +
  String.raw`(?:zahlen|ziffern|kombinations|code|nummern)schloss\p{L}*|cijferslot\p{L}*|combinatieslot\p{L}*|codeslot\p{L}*|` +
  String.raw`kodl[åa]s\p{L}*|sifferl[åa]s\p{L}*|kombinationsl[åa]s\p{L}*|kodel[åa]s\p{L}*|tall[åa]s\p{L}*|cifferl[åa]s\p{L}*|numerolukko\p{L}*|koodilukko\p{L}*|yhdistelm[äa]lukko\p{L}*|talnal[áa]s\p{L}*|` +
  String.raw`(?:cadenas|serrure)[ \t]+(?:[àa][ \t]+)?(?:code|combinaison|chiffres|num[ée]ros)|` +
  String.raw`(?:candado|cerradura|cadeado|fechadura|cadenat)[ \t]+(?:(?:de|con|com|a)[ \t]+)?(?:combinaci[óo]n|combina[çc][ãa]o|combinaci[óo]|n[úu]meros|c[óo]digo|segredo|clave|num[ée]ric[oa])|` +
  String.raw`(?:lucchetto|serratura)[ \t]+(?:a|con)[ \t]+(?:combinazione|codice|numeri)|lac[ăa]t(?:ul)?[ \t]+cu[ \t]+(?:cifru|combina[țt]ie|cod)|` +
  String.raw`k[łl][óo]dk\p{L}*[ \t]+(?:szyfrow\p{L}*|na[ \t]+szyfr|z[ \t]+szyfrem)|zam(?:ek|ka)[ \t]+szyfrow\p{L}*|szyfrow\p{L}*[ \t]+(?:k[łl][óo]dk|zam)\p{L}*|` +
  String.raw`[čc][íi]seln\p{L}*[ \t]+z[áa]m(?:ek|ok|ku|kem)|k[óo]dov\p{L}*[ \t]+z[áa]m(?:ek|ok|ku|kem)|sz[áa]mz[áa]r\p{L}*|k[óo]dz[áa]r\p{L}*|` +
  String.raw`lokot\p{L}*[ \t]+(?:na|sa|s)[ \t]+(?:[šs]ifr\p{L}*|kod\p{L}*)|brav\p{L}*[ \t]+na[ \t]+[šs]ifr\p{L}*|klju[čc]avnic\p{L}*[ \t]+(?:na[ \t]+)?(?:[šs]tevilk\p{L}*|s[ \t]+kodo)|` +
  String.raw`кодов\p{L}*[ \t]+(?:навесн\p{L}*[ \t]+)?замо?к\p{L}*|шифров\p{L}*[ \t]+замо?к\p{L}*|замо?к\p{L}*[ \t]+с[ \t]+(?:кодом|шифром)|кодав\p{L}*[ \t]+замо?к\p{L}*|` +
  String.raw`катинар\p{L}*[ \t]+с[ \t]+(?:код|шифър)|катанец\p{L}*[ \t]+со[ \t]+(?:шифра|код)|кодты[ \t]+құлып\p{L}*|λουκ[έε]τ\p{L}*[ \t]+(?:συνδυασμού|με[ \t]+κωδικό)|κλειδαριά[ \t]+συνδυασμού|` +
  String.raw`[şs]ifreli[ \t]+(?:asma[ \t]+)?kilit\p{L}*|[şs]ifr[əe]li[ \t]+(?:q[ıi]f[ıi]l|kilid)\p{L}*|kodli[ \t]+qulf\p{L}*|kodin\p{L}*[ \t]+spyn\p{L}*|spyn\p{L}*[ \t]+su[ \t]+kodu|koda[ \t]+sl[ēe]dzen\p{L}*|koodlukk\p{L}*|numbrilukk\p{L}*|` +
  String.raw`glas[ \t]+teaglama|clo[ \t]+cyfuniad|gembok[ \t]+(?:angka|kombinasi|kode)|kunci[ \t]+kombinasi|kh[óo]a[ \t]+s[ốo]|kufuli[ \t]+ya[ \t]+(?:namba|siri|msimbo)|` +
  String.raw`قفل[ \t]+(?:رقمي|بأرقام|سري|رمزي)|قفل[ \t]+رمزدار|מנעול[ \t]+(?:קוד|מספרים|צירופים)|नंबर[ \t]+लॉक|कॉम्बिनेशन[ \t]+लॉक|নম্বর[ \t]+লক|எண்[ \t]+பூட்டு|` +
  String.raw`กุญแจรหัส|ダイヤル錠|ダイヤルロック|暗証番号錠|密码锁|密碼鎖|번호[ \t]?자물쇠|비밀번호[ \t]?자물쇠|다이얼[ \t]?자물쇠`;

/**
 * The lock's name, then at most 40 characters of the same sentence without a digit ("…, númerið er", ": ", " is set
 * to "), then the number, or a dial's two-digit numbers joined by dashes. A keypad's `#` may close it.
 */
const LOCK_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${COMBINATION_LOCK})(?![\\p{L}\\p{N}_])([^\\n\\d.!?;]{0,40}?)` +
    `(?<![\\p{L}\\p{N}_])(\\d{3,8}[#*]?|\\d{1,2}(?:[-–]\\d{1,2}){2,3})(?![\\p{L}\\p{N}_]|[.,:/-]\\d)`,
  'dgiu',
);

/** Words that make the number something else: a price, a count, a size, a model, a year, an order. */
const NOT_THE_CODE =
  /(?<![\p{L}])(?:costs?|price|priced|paid|buy|bought|sold|cheap|order\p{L}*|model|models|item|sku|pack|pcs|pieces|digits?|wheels?|dials?|chiffres?|stellig\p{L}*|cifre|d[íi]gitos|cyfr\p{L}*|цифр\p{L}*|in[ \t]+stock|since|year|years|mm|cm|kg|version|error|page|row|step|room)(?![\p{L}])/iu;
/** What may follow the number and make it an amount or a measure: a currency or a unit. */
const UNIT_AFTER = /^[ \t]*(?:[€$£¥₹₽₺%]|(?:eur|usd|gbp|kr|kn|zł|pln|czk|huf|rub|inr|ft|lei|mm|cm|m|kg|g|pcs|st|stk|x)(?![\p{L}]))/iu;

const COMBINATION_LOCK_CODE: RegexRule = {
  name: 'combination-lock-code',
  pattern: LOCK_THEN_NUMBER,
  judge(m, text) {
    if (NOT_THE_CODE.test(m[1]!)) return null;
    const value = m[2]!;
    const end = m.indices![2]![1];
    if (UNIT_AFTER.test(text.slice(end, end + 8))) return null;
    // A dial's numbers need five digits at least ("3-2-1" is a count); a year after "since" is turned down above.
    if (/[-–]/.test(value) && value.replace(/\D/g, '').length < 5) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.replace(/[#*]$/, '').length, label: 'password' };
  },
  resumeAfterReject: (m) => m.indices![1]![0],
};

/**
 * A verb that keys a number in, or disarms with it, in the most spoken languages and the EU's: "enter", "type",
 * "key in", "punch in", "dial"; "eingeben", "tippe", "tapez", "saisissez", "composez", "introduce", "marca",
 * "digite", "inserisci", "toets", "ange", "tast", "näppäile", "wpisz", "zadejte", "введите", "наберите", "masukkan",
 * "nhập", "weka", "ilagay"; and the verbs for disarming an alarm ("disarm", "unset", "entschärfen", "désarmer",
 * "desactivar", "disinserire", "uitschakelen", "rozbrój", "снять с охраны").
 */
const KEY_IN_VERB =
  String.raw`enter|entering|type|key[ \t]+in|punch[ \t]+in|tap[ \t]+in|input|dial|eingeben|eintippen|tippe|tippen|tipp|gib|geben[ \t]+Sie|tapez|tape|taper|saisissez|saisis|saisir|composez|compose|entrez|` +
  String.raw`introduce|introduzca|introduza|ingresa|ingrese|marca|marque|teclea|teclee|digita|digite|insira|inserisci|inserire|digitare|componi|toets|tik|typ|voer|ange|knappa[ \t]+in|sl[åa]|tast|indtast|n[äa]pp[äa]ile|sy[öo]t[äa]|` +
  String.raw`wpisz|wprowad[źz]|wybierz|zadejte|zadej|[üu]sd[ \t]+be|[íi]rd[ \t]+be|introdu|tasteaz[ăa]|gir|girin|tu[şs]la|введи\p{L}*|набери\p{L}*|ввести|введіть|наберіть|masukkan|ketik|tekan|nh[ậa]p|b[ấa]m|weka|ingiza|bonyeza|ilagay|i-enter|pindutin|` +
  String.raw`sl[áa]du|sl[áa][ \t]+inn|sl[áa]i[ðd]|cuir[ \t]+isteach|shigar|tura|gali|ku[ \t]+qor|ku[ \t]+gali|රකින්න|ඔබන්න|உள்ளிடவும்|నమోదు[ \t]+చేయండి|ထည့်ပါ|ປ້ອນ`;
const DISARM_VERB =
  String.raw`disarm|disarming|unset|deactivate|entsch[äa]rf\p{L}*|unscharf[ \t]+schalten|d[ée]sarme[rz]?|d[ée]sactive[rz]?|desarma\p{L}*|desactiva\p{L}*|desativa\p{L}*|disinseri\p{L}*|disattiva\p{L}*|uitschakelen|ontkoppel\p{L}*|` +
  String.raw`avlarma|deaktiver\p{L}*|rozbr[óo]j\p{L}*|odjist\p{L}*|hatástalan\p{L}*|dezarmeaz[ăa]|dezactiveaz[ăa]|devre[ \t]+d[ıi][şs][ıi][ \t]+b[ıi]rak|снять[ \t]+с[ \t]+охраны|снимите[ \t]+с[ \t]+охраны|зняти[ \t]+з[ \t]+охорони|nonaktifkan|t[ắa]t[ \t]+b[áa]o[ \t]+[đd][ộo]ng`;

/**
 * The verb, then at most "the code", "code", "PIN", "with" or "using" before the number (four to ten digits, a
 * keypad's `#` or `*` after it), as a keypad's instructions write it; then no unit or currency.
 */
const VERB_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${DISARM_VERB})|${KEY_IN_VERB})(?![\\p{L}\\p{N}_])[ \\t]*:?[ \\t]+(?:(?:with|using|the|code|PIN|mit|dem|avec|le|con|el|com|o|il|met|de|med|koden|kod|код\\p{L}*|kode)[ \\t]+){0,3}` +
    `(?<![\\p{L}\\p{N}_])(\\d{4,10})[#*]?(?![\\p{L}\\p{N}_]|[.,:/-]\\d)`,
  'dgiu',
);

const KEYED_CODE: RegexRule = {
  name: 'keyed-in-code',
  pattern: VERB_THEN_NUMBER,
  judge(m, text) {
    const start = m.indices![2]![0];
    const end = start + m[2]!.length;
    if (UNIT_AFTER.test(text.slice(end, end + 8)) || /^(?:19|20)\d\d$/.test(m[2]!)) return null;
    // The sentence around the number, or the label its line opens with ("Alarm: enter 9258 then press 'Away'"),
    // must name what the code opens: a keypad, a door, an alarm, a safe. Disarming is an alarm's already.
    if (m[1] === undefined) {
      const before = text.slice(Math.max(0, m.index - 100), m.index);
      const sentenceBefore = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;](?=[ \t][^.!?;]*$)/)) + 1);
      const sentenceAfter = text.slice(end, end + 80).split(/\n|[.!?;](?:[ \t]|$)/)[0]!;
      if (!namesLockable(sentenceBefore) && !namesLockable(sentenceAfter)) return null;
      if (NOT_THE_CODE.test(sentenceBefore.slice(-30)) || NOT_THE_CODE.test(sentenceAfter.slice(0, 30))) return null;
    }
    return { start, end, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

export const KEYED_CODE_FINDERS: readonly Finder[] = [
  // Each tried only at the numbers, from the words just before them (`anchored-finder.ts`): a scan of the text for the
  // lists of locks and verbs cost more than all the rest of the rules.
  finderBeforeNumbers(COMBINATION_LOCK_CODE, 2, 10, /\d{3}|\d{1,2}[-–]\d{1,2}[-–]\d/y),
  finderBeforeNumbers(KEYED_CODE, 2, 8, /\d{4}/y),
];
