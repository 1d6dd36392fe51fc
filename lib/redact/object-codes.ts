import { anchoredFinder } from './anchored-finder';
import { factored, wordAnchors } from './fast-anchors';
import { type Finder, type RegexRule } from './rules';
import { PUBLIC_CODE_KINDS } from './codes-of-public-kinds';

/**
 * A code that opens or disarms a thing, named by the sentence with the thing in it, in any order and any language
 * seen so far: "the bike lock code is 1927", "Locker 214 combination is 3-17-14", "the side door keypad code is
 * 245972#", "Il lucchetto della bici ha il codice 5364", "Kombinace ke skříňce v šatně: 33-8-11", "Kode pintu gym
 * 929775*", "Ο κωδικός του συναγερμού είναι 2388", "Az edzőterem ajtókódja 973365". `everyday-codes.ts` takes a
 * code whose name stands right before it ("door code 0145"); this one lets a few words stand between, so it asks for
 * both words: a word for the code (code, combination, codice, kód, kode, κωδικός …) and a word for what it opens
 * (door, lock, locker, alarm, safe, gym …) in the same sentence. "error code 404" and "code 4497" name no such thing.
 */

const CODE_WORD =
  'codes?|combination|combo|codice|combinazione|c[óo]digo|combinaci[óo]n|combina[çc][ãa]o|combinaison|kombination|' +
  'k[óo]d(?:u|em|y)?|kombinace|kombinaci|kode|kombinasi|κωδικ[όο]ς?|κωδικ[όο]|συνδυασμ[όο]ς|' +
  // Hungarian writes the thing and the code as one word: ajtókód (door code), riasztókód, zárkód, kapukód.
  '(?:ajt[óo]|riaszt[óo]|z[áa]r|lakat|kapu|szekr[ée]ny|sz[ée]f)k[óo]d\\p{L}*|' +
  // Polish "szyfr" (a lock's combination), Vietnamese "mã" (code), Thai "รหัส" (code).
  'szyfr\\p{L}*|m[ãa]|รหัส|' +
  // Swahili "msimbo" (code), Finnish "koodi", Norwegian and Danish "koden", Turkish "şifre" of a lock, Tagalog "kodigo".
  'msimbo|koodi\\p{L}*|koden|kodigo|' +
  // Latvian, Lithuanian, Estonian, Maltese, Albanian, Welsh and Romanian, Basque, Irish, Zulu and Xhosa, Yoruba,
  // Slovenian and Croatian "šifra", the Cyrillic languages, Armenian, Georgian, the Indic scripts, Arabic and Persian,
  // Urdu, Hebrew, Amharic (scripts written without spaces between words are `codes-in-more-scripts.ts`'s).
  'kods|kodu|koda|kodas|kodą|kood|koodiga|kodi[ċc]i|kodi|kodin|kodit|c[ôó]d|kodea|kodigoa|ikhodi|k[óo][\\u0300-\\u036f]*[óo][\\u0300-\\u036f]*d[ùu][\\u0300-\\u036f]*|[šs]ifr\\p{L}*|' +
  'код\\p{L}*|կոդ\\p{L}*|კოდ\\p{L}*|कोड|কোড|കോഡ്|கோட்|குறியீடு|కోడ్|ಕೋಡ್|કોડ|ਕੋਡ|كود|کوڈ|קוד|ኮድ|' +
  // Icelandic kóði (kóðinn, kóðann), Turkish and Azerbaijani şifrə of a lock, Somali koodh, Sinhala කේතය, Burmese,
  // Lao and Khmer (set off by spaces in mixed text: "alarm කේතය 9763").
  'k[óo]ð\\p{L}*|[şs]ifr[əe]\\p{L}*|koodh\\p{L}*|කේත[\\u0D80-\\u0DFF]*|ကုဒ်|ລະຫັດ|លេខកូដ|កូដ|' +
  // Hausa names a door's code as its number ("lambar kofar studio ita ce …"): only with the door, lock or safe after it.
  'lambar(?=[ \\t]+(?:[ƙk]ofa|makull|mukull|sef))|' +
  // A keypad's name stands for its code ("die hek se sleutelpaneel is 03997"; "the keypad is 2231"), with the thing
  // it opens in the sentence as for any code word.
  'keypad|key[ \\t]pad|pin[ \\t-]?pad|sleutelpaneel|toetsenpaneel|codepaneel|tastenfeld|zahlenfeld|codeschloss|tastiera[ \\t]+numerica|tastierino|teclado[ \\t]+num[ée]rico|clavier[ \\t]+(?:[àa][ \\t]+code|num[ée]rique)|' +
  'kodpanel\\p{L}*|knappsats\\p{L}*|kodelås|koodilukko|klawiatur\\p{L}*[ \\t]+numeryczn\\p{L}*|klávesnic\\p{L}*|кодов\\p{L}*[ \\t]+панел\\p{L}*|клавиатур\\p{L}*';

const OBJECT_WORD =
  'doors?|gates?|keypad|lock|padlock|locker|alarm|disarm|safe|gym|bike|bicycle|garage|lock[ \\t]?box|key[ \\t]?box|' +
  'lucchetto|porta|portone|cancello|allarme|armadietto|cassaforte|palestra|bici|' +
  'candado|taquilla|casillero|puerta|port[óo]n|alarma|caja[ \\t]+fuerte|caja[ \\t]+de[ \\t]+(?:seguridad|llaves)|caixa[ \\t]+de[ \\t]+(?:seguran[çc]a|chaves)|gimnasio|bicicleta|cadeado|arm[áa]rio|alarme|' +
  'cadenas|casier|porte|portail|coffre|salle|v[ée]lo|' +
  'schloss|fahrradschloss|zahlenschloss|spind|t[üu]r(?:e|en)?|tor(?:s|es|e)?|tresor\\p{L}*|' +
  // Keypads by their names in other languages: a keypad takes nothing but codes.
  'tastenfeld\\p{L}*|zahlenfeld\\p{L}*|codeschloss|sleutelpaneel|toetsenpaneel|codepaneel|pin[ \\t-]?pad|tastierino|teclado[ \\t]+num[ée]rico|knappsats\\p{L}*|kl[áa]vesnic\\p{L}*|' +
  'z[áa]m(?:ek|ku|ky)|dve[řr][íi]|skř[íi]ň\\p{L}*|sk[rř]in\\p{L}*|alarmu|trezor\\p{L}*|posilovn\\p{L}*|kol[ao]|' +
  'pintu|gembok|loker|brankas|sepeda|' +
  'συναγερμ\\p{L}*|π[όο]ρτα\\p{L}*|λουκ[έε]τ\\p{L}*|ντουλ[άα]πι\\p{L}*|χρηματοκιβ[ώω]τιο\\p{L}*|' +
  'edz[őo]terem\\p{L}*|ajt[óo]\\p{L}*|riaszt[óo]\\p{L}*|lakat\\p{L}*|szekr[ée]ny\\p{L}*|' +
  // Polish: padlock, door, gate, wicket gate, garage, safe, locker, intercom, bike (kłódka, drzwi, brama, furtka, garaż,
  // sejf, szafka, domofon, rower); Czech: wicket gate, garage door (branka, vrata).
  'kł[óo]d\\p{L}*|drzwi|bram\\p{L}*|furtk\\p{L}*|gara[żz]\\p{L}*|sejf\\p{L}*|szafk\\p{L}*|domofon\\p{L}*|rower\\p{L}*|brank\\p{L}*|vrat\\p{L}*|' +
  // Dutch and Swedish: key box, key cabinet, door, gate, safe, alarm (sleutelkastje, nyckelskåp, grind, kassaskåp, larm).
  'sleutelkast\\p{L}*|sleutelkluis\\p{L}*|deur|poort|hek|kluis|nyckelsk[åa]p\\p{L}*|d[öo]rr\\p{L}*|grind\\p{L}*|kassask[åa]p\\p{L}*|larm\\p{L}*|' +
  // Vietnamese: alarm, door, lock, safe (báo động, cửa, khóa, két).
  'b[áa]o[ \\t]+[đd][ộo]ng|c[ửu]a|kh[óo]a|k[ée]t[ \\t]+s[ắa]t|' +
  // German compounds with the alarm or the door first (Alarmanlage, Haustür, Garagentor, Schließfach).
  'alarmanlage|alarmsystem|einbruchmeldeanlage|haust[üu]r|garagentor|hoftor|gartentor|schlie(?:ß|ss)fach|' +
  // Swahili: gate, door, alarm, padlock, cupboard, safe (lango, mlango, geti, kengele, kufuli, kabati, sefu);
  // Finnish: door, gate, alarm, lock, safe; Norwegian and Danish door, lock; Turkish door, safe, padlock, alarm;
  // Tagalog door, padlock.
  'lango|mlango|geti|kengele|kufuli|kabati|sefu|ovi|portti\\p{L}*|h[äa]lyt\\p{L}*|lukko\\p{L}*|kassakaappi\\p{L}*|d[øo]ren|dør\\p{L}*|l[åa]sen|lås\\p{L}*|kap[ıi](?:n[ıi]n|s[ıi])?|kasa(?:s[ıi]|n[ıi]n)?|kilit\\p{L}*|asma[ \\t]+kilit|pinto|kandado|' +
  // Letter boxes and the rooms and cupboards a site locks, in English and the languages above.
  'mail[ \\t]?box|post[ \\t]?box|letter[ \\t]?box|briefkasten|buz[óo]n|bo[iî]te[ \\t]+aux[ \\t]+lettres|brievenbus|postkasse\\p{L}*|brevl[åa]d\\p{L}*|skrzynk\\p{L}*|' +
  'store[ \\t]?room|stock[ \\t]?room|server[ \\t]?room|strong[ \\t]?room|vault|cabinet|cooler|freezer|shed|intercom|buzzer|smart[ \\t]?lock|' +
  // Latvian, Lithuanian, Estonian: door, gate, safe, lock, padlock, alarm, locker, letter box.
  'durv\\p{L}*|v[āa]rt\\p{L}*|seif\\p{L}*|sl[ēe]dzen\\p{L}*|signaliz[āa]cij\\p{L}*|skap[īi]t\\p{L}*|piekaram\\p{L}*|' +
  'dur(?:ys|ų|is)|vart(?:ai|ų|uose)|spyn\\p{L}*|signalizacij\\p{L}*|spintel\\p{L}*|' +
  'uks|ukse\\p{L}*|v[äa]rav\\p{L}*|lukk|tabaluk\\p{L}*|signalisatsioon\\p{L}*|valvesüsteem\\p{L}*|postkast\\p{L}*|' +
  // Maltese, Albanian, Welsh, Basque, Irish, Zulu and Xhosa, Yoruba.
  'bieb|grada|kaxxaforti|katnazz|allarm|der[ëe]\\p{L}*|port[ëe]s|kasafort\\p{L}*|dryn\\p{L}*|alarmit|dollap\\p{L}*|' +
  'drws|gi[âa]t|g[âa]t|s[êe]ff|clo|larwm|cwpwrdd|atea|atearen|ateko|atari\\p{L}*|giltzarrapo\\p{L}*|kutxa\\p{L}*|sarrail\\p{L}*|doras|geata|al[áa]ram|' +
  'umnyango|emnyango|isango|esangweni|isiphephelo|i-?alamu|isikhiye|il[ẹe][\\u0300-\\u036f]*k[uù][\\u0300-\\u036f]*n|' +
  // Romanian, Slovak, the South Slavic languages, the Cyrillic ones, Armenian, Georgian, Mongolian.
  'u[șş][ăa]\\p{L}*|poart[ăa]\\p{L}*|lac[ăa]t\\p{L}*|alarm[ăa]\\p{L}*|dver\\p{L}*|br[áa]n\\p{L}*|z[áa]mok|vrata|vratima|kapij\\p{L}*|sef(?:a|u|om)?|klju[čc]avnic\\p{L}*|lokot\\p{L}*|ormari[ćc]\\p{L}*|omaric\\p{L}*|' +
  'двер\\p{L}*|ворот\\p{L}*|врат\\p{L}*|сейф\\p{L}*|замок|замк\\p{L}*|сигнализаци\\p{L}*|шкафчик\\p{L}*|домофон\\p{L}*|калитк\\p{L}*|хаалга\\p{L}*|цоож\\p{L}*|дохиолол\\p{L}*|' +
  'դուռ|դռան|դարպաս\\p{L}*|կողպեք\\p{L}*|ազդանշան\\p{L}*|պահարան\\p{L}*|սեյֆ\\p{L}*|კარ\\p{L}*|ჭიშკარ\\p{L}*|სეიფ\\p{L}*|საკეტ\\p{L}*|სიგნალიზაცი\\p{L}*|' +
  // The Indic scripts, Arabic, Hebrew, Amharic.
  'दरवाज|ढोका|गेट|तिजोरी|ताला|अलार्म|लॉकर|দরজা|গেট|তালা|সিন্দুক|লকার|വാതിൽ|ഗേറ്റ്|ലോക്കർ|പൂട്ട്|അലാറം|கதவு|பூட்டு|லாக்கர்|తలుపు|ಬಾಗಿಲು|' +
  'ទ្វារ|ទូដែក|باب|الباب|البوابة|بوابة|الخزنة|خزنة|القفل|قفل|الإنذار|إنذار|דלת|שער|כספת|מנעול|אזעקה|በር|' +
  // Icelandic (door, gate, lock, key box, box, cabinet, safe, alarm), Irish with its initial mutations (door, gate,
  // box, cabinet, garage, lock), Luxembourgish and German key safes, Afrikaans key box, Galician.
  'hur[ðd]\\p{L}*|hli[ðd](?:i[ðd]|inu|sins)?|l[áa]s(?:inn|inum|sins)?|talnal[áa]s\\p{L}*|lyklabox\\p{L}*|box(?:i[ðd]|inu|sins)|sk[áa]p(?:ur|urinn|num|inn)|gassk[áa]p\\p{L}*|[öo]ryggissk[áa]p\\p{L}*|[þt]j[óo]fav[öoa]rn\\p{L}*|vi[ðd]v[öo]runarkerf\\p{L}*|' +
  'n?dh?orai?s|n?gh?eata|bh?osca|mbosca|(?:gc|ch|c)[óo]fra\\p{L}*|ng?h?ar[áa]iste|gh?lais?|ngl[ae]is?|taisceadán\\p{L}*|' +
  'schl[ëe]ssel(?:safe|këscht|kast)\\p{L}*|schl[üu]ssel(?:safe|tresor|box)\\p{L}*|key[ \\t-]?safe|sleutelkas\\p{L}*|sleutelboks\\p{L}*|d[ie]ier|paart|' +
  // Macedonian and Bulgarian safe, padlock, cabinet, door; Belarusian, Kazakh, Uzbek, Azerbaijani door, gate, safe,
  // lock; Hausa and Somali door; Sinhala, Burmese, Lao door and lock; Cebuano and Tagalog door, gate, padlock.
  'сеф\\p{L}*|катанец\\p{L}*|ормар\\p{L}*|шкаф\\p{L}*|дзвер\\p{L}*|брам\\p{L}*|есік\\p{L}*|қақпа\\p{L}*|құлып\\p{L}*|eshi[kg]\\p{L}*|darvoza\\p{L}*|seyf\\p{L}*|qulf\\p{L}*|qap[ıi]\\p{L}*|kilid\\p{L}*|' +
  // Alarms in the scripts and languages that borrow or coin the word: Tamil, Telugu, Kannada, Sinhala, Burmese, Lao,
  // Azerbaijani, Kazakh, Macedonian, Somali, Hausa, Igbo; a shutter and an override.
  'அலாரம்|అలారం|ಅಲಾರಂ|ಅಲಾರ್ಮ್|එලාම්|අලාම්|အချက်ပေး[\\u1000-\\u109F]*|ສັນຍານເຕືອນ|siqnalizasiya\\p{L}*|дабыл\\p{L}*|аларм\\p{L}*|alaarm\\p{L}*|[ƙk]ararrawa|mkpu|shutters?|override|' +
  '[ƙk]ofa\\p{L}*|makull\\p{L}*|mukull\\p{L}*|albaab\\p{L}*|irrid\\p{L}*|දොර|ගේට්ටු[\\u0D80-\\u0DFF]*|අගුල[\\u0D80-\\u0DFF]*|တံခါး|သော့|ປະຕູ|ກະແຈ|pultahan|ganghaan|trangkahan|kandado|seradura';
/** Thai writes words without spaces between: its objects (locker, safe, door, alarm) are found inside a run. */
const THAI_OBJECT = 'ล็อกเกอร์|ตู้เซฟ|ตู้นิรภัย|ประตู|สัญญาณกันขโมย|กุญแจ';

/**
 * The code word, at most 60 characters of words without digits or a sentence's end (Maltese names the thing with its
 * owner after the word: "Il-kodiċi tal-lockbox tad-dgħajjes tat-taħriġ huwa …"), then the value.
 */
const CODE_THEN_VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(${CODE_WORD})(?![\\p{L}\\p{N}_])([^\\n\\d.!?;]{0,60}?)` +
    // Digits with a closing # or * as keypads take them, or a combination's two-digit numbers joined by dashes.
    `(?<![\\p{L}\\p{N}_])(\\d{3,10}[#*]?|\\d{1,2}(?:[-–]\\d{1,2}){2,3})(?![\\p{L}\\p{N}_]|[.,:/-]\\d)`,
  'dgiu',
);
/**
 * A verb that says the code opens or disarms something, standing for the thing it opens ("Просторијата за опрема се
 * отвора со код 5648" — the equipment room opens with code …; "the shed unlocks with code …"): in the languages above
 * and the most spoken ones.
 */
const OPENS_WORD =
  'opens|unlocks|disarms|open[ \\t]+(?:it|the)|unlock[ \\t]+(?:it|the)|disarm[ \\t]+(?:it|the)|öffnet|entsperrt|ouvre|d[ée]verrouille|d[ée]sarme|abre|desbloquea|desarma|apre|sblocca|disattiva|opent|ontgrendelt|' +
  'öppnar|öppnas|åpner|åpnes|åbner|åbnes|avaa|avautuu|otwiera\\p{L}*|otevír\\p{L}*|otvír\\p{L}*|odomyk\\p{L}*|nyit\\p{L}*|deschide|a[çc][ıi]l[ıi]r|a[çc]ar|mở|membuka|dibuka|hufungua|inafunguka|binubuksan|nagbubukas|' +
  'открыва\\p{L}*|открое\\p{L}*|отвора|отвара|отваря|otvara|odpira|atver|atidaro|avab|ανοίγει|פותח\\p{L}*|يفتح|تفتح|खुलता|खोलता|খোলে|திறக்கும்|తెరుచు\\p{L}*|開|열리|開け|opnar|opnast|osclaíonn|ochaíonn|adhaigh|ачыляе|ачыняе|ашылады|ochiladi|a[çc][ıi]l[ıi]r|yana[ \\t]+bu[ɗd]e|wuxuu[ \\t]+furaa|furmaa|imefunguka|maak[ \\t]+oop|oopmaak';
const OBJECT_WHOLE = factored(new RegExp(`(?<![\\p{L}])(?:${OBJECT_WORD}|${OPENS_WORD})(?![\\p{L}])|${THAI_OBJECT}`, 'iu'));
/**
 * The same words without their bounds, in the plain mode (`fast-anchors.ts`): most sentences hold none of them, and a
 * case-folding Unicode scan of the long list for each code word found cost as much as the rest of the rule.
 */
const OBJECT_NEAR = factored(new RegExp(wordAnchors(`${OBJECT_WORD}|${OPENS_WORD}|${THAI_OBJECT}`).source, 'i'));
const OBJECT = { test: (s: string): boolean => OBJECT_NEAR.test(s) && OBJECT_WHOLE.test(s) };

/**
 * BP's round: a thing that "is number 3351" is told by its number, as a house, a van or a locker is ("We're at number
 * 7524", "the key safe by the gate is number 8345, the code's on the fridge"): the copula and "number" before the
 * digits, at the end of `lead`, say they name the thing, not what opens it.
 */
export const IS_ITS_NUMBER = /(?<![\p{L}])(?:is|was|are|['’]s)[ \t]+(?:number|no\.|nr\.|nummer|num[ée]ro|n[úu]mero)[ \t]*$/iu;

/** Whether `s` names a thing a code opens (a door, a lock, an alarm, a safe …) or says that a code opens one. */
export function namesLockable(s: string): boolean {
  return OBJECT.test(s);
}
const CODE_WORD_ANCHORS = wordAnchors(CODE_WORD);
const CODE_WORD_NEAR = factored(new RegExp(CODE_WORD_ANCHORS.source, CODE_WORD_ANCHORS.flags.replace('g', '')));
const CODE_WORD_WHOLE = factored(new RegExp(`(?<![\\p{L}])(?:${CODE_WORD})(?![\\p{L}])`, 'iu'));
/** Whether `s` holds a word for a code or a combination (code, kód, kode, κωδικός, код …) in the languages above. */
export function namesCode(s: string): boolean {
  return CODE_WORD_NEAR.test(s) && CODE_WORD_WHOLE.test(s);
}
const COMPOUND = /k[óo]d/iu;
/** The code words that name a dial's combination only. */
const COMBINATION = /^(?:combination|combo|combinazione|combinaci[óo]n|combina[çc][ãa]o|combinaison|kombination|kombinace|kombinaci|kombinasi|συνδυασμ[όο]ς)$/iu;

/**
 * Words that make the number something else: a line, an error, a port, a version, a page, a room, a step; a number
 * of digits ("4 digits") is already left out by the value's shape.
 */
// Bounded by Unicode letters, not `\b`: ASCII's word boundary falls inside "portón" and "portão" after "port".
const NOT_A_CODE = factored(new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:line|error|exit|status|http|port|version|page|row|issue|step|room|floor|bus|ticket|order|zip|postal|pocztow\p{L}*|area|country|digits?|chars?|characters|length|times|attempts?|tries|costs?|price[ds]?|paid|sold|bought|` +
    // A postal code in the languages the code words are read in ("Mã bưu chính … là 100000", "kode pos", "posta kodu").
    String.raw`postcode|post[ \t]+code|postleitzahl|postale?|postnummer\p{L}*|postinumer\p{L}*|postiindeks\p{L}*|pasta[ \t]+indekss|pašto|po[šs]tn\p{L}*|po[šs]tansk\p{L}*|ir[áa]ny[íi]t[óo]sz[áa]m\p{L}*|PS[ČC]|po[șs]tal|почтов\p{L}*|поштов\p{L}*|поштанск\p{L}*|индекс\p{L}*|posta[ \t]+kod\p{L}*|kode[ \t]+pos|poskod|b[ưu]u[ \t]+(?:ch[íi]nh|[đd]i[ệe]n)|kodi[ \t]+postar|posta[ \t]+kodea|cod[ \t]+post|पिन[ \t]?कोड|পিন[ \t]?কোড|ਪਿੰਨ[ \t]?ਕੋਡ|પિન[ \t]?કોડ|საფოსტო|փոստային|шуудангийн|हुलाक|ប្រៃសណីយ៍|รหัสไปรษณีย์|邮编|郵便番号|郵遞區號|邮政编码|우편번호)(?![\p{L}\p{N}_])|邮编|郵便番号|邮政编码|우편번호|รหัสไปรษณีย์`,
  'iu',
));

/** "is a Yale", "was an Ingenico Lane/": a make named between the code's word and the number. */
const MAKE_AND_MODEL = /(?:^|[ \t])(?:is|was|'s|’s)[ \t]+an?[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{L}[\p{L}-]*)?[ \t/-]*$/u;

/** How far before the code word, within its sentence, the thing it opens is looked for. */
const OBJECT_REACH = 60;

/**
 * A keypad named in the sentence before the code's ("My truck has a keypad on the door. The factory code on the card
 * in the glovebox is 21487."): a keypad takes nothing but codes. Other things (a door, a gate) are named beside
 * numbers of every kind, so only the code's own sentence counts for them.
 */
const KEYPAD = factored(/(?<![\p{L}])(?:keypad|key[ \t]pad|keyless[ \t]+entry|Tastenfeld|Codeschloss|clavier[ \t]+(?:à|a)[ \t]+code|teclado[ \t]+num[ée]rico)(?![\p{L}])/iu);
/** The code given as what it is ("… is 21487", "…: 21487"), not a number somewhere after the word. */
const KEYPAD_CODE_LINK = /(?:[ \t](?:is|was)|:)[ \t]*$/iu;
/**
 * A code of another kind named in the code's sentence: a model's, a product's, a postal or a discount code. BR's
 * round: a bank branch's (a sort, branch, SWIFT or IFSC code), printed on every statement of the branch's customers.
 */
// BW's round: and the names of the public kinds of code (`codes-of-public-kinds.ts`).
const OTHER_KIND = factored(new RegExp(String.raw`(?<![\p{L}])(?:${PUBLIC_CODE_KINDS}|model|product|serial|part|item|promo|discount|coupon|voucher|tracking|zip|postal|area|country|colou?r|source|qr|bar|html|css|conduct|dress|tax|billing|reference|sku|sort|branch|swift|bic|ifsc|bsb)(?![\p{L}])`, 'iu'));
/**
 * BB's round: a phone number where a code was asked for ("asked for the cabinet code - I told them to ring 0969 271
 * 6019"): the number right after a verb for calling, or the first group of a number that goes on in two more groups
 * of digits, as phone numbers are printed. A keypad's code is keyed, not rung, and is one run of digits.
 */
const PHONE_AFTER_A_CALL = /(?<![\p{L}])(?:ring|call|phone|telephone|text|whats[ \t]?app)(?:[ \t]+(?:us|me|them|him|her|the[ \t]+\p{L}+))?(?:[ \t]+(?:on|at))?[ \t]*$/iu;
const PHONE_GROUPS_AFTER = /^[ \t]\d{2,4}[ \t]\d{2,4}(?!\d)/;
function keypadJustBefore(text: string, sentenceStart: number): boolean {
  const before = text.slice(Math.max(0, sentenceStart - 120), sentenceStart);
  return KEYPAD.test(before.slice(before.lastIndexOf('\n') + 1));
}

const OBJECT_CODE: RegexRule = {
  name: 'object-code',
  pattern: CODE_THEN_VALUE,
  judge(m, text) {
    const between = m[2]!;
    // BO's round: the thing "is a" make and model ("The keypad on the back door is a Ingenico Lane/3000"): the number
    // is the model's, as a code is never said to be "a" capitalised name.
    if (NOT_A_CODE.test(between) || MAKE_AND_MODEL.test(between)) return null;
    // BW's round: the digits end a reference of capitals, a dash and a number ("at locker bank PL-4663", "INV-2231"):
    // that is the thing's name. A code in parts goes on after them ("HX-7741-QP").
    if (/(?<![\p{L}\p{N}])\p{Lu}{1,5}[-–]$/u.test(between) && !/^[-–]/.test(text.slice(m.indices![3]![1], m.indices![3]![1] + 1))) return null;
    const before = text.slice(Math.max(0, m.index - OBJECT_REACH), m.index);
    // The word right before the code's names another kind ("the tracking code is …", "promo code"), whatever the
    // sentence opens: a letter box's tracking code is no lock's.
    const lead = before.trimEnd();
    const lastWord = lead.slice(Math.max(lead.lastIndexOf(' '), lead.lastIndexOf('\t'), lead.lastIndexOf('\n')) + 1);
    if ((lastWord !== '' && OTHER_KIND.test(lastWord)) || (between.trim() !== '' && OTHER_KIND.test(between))) return null;
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;](?=[ \t][^.!?;]*$)/)) + 1);
    const named =
      (COMPOUND.test(m[1]!) && !/^k[óo]d/iu.test(m[1]!)) ||
      // A dial's numbers joined by dashes right after a word for a combination ("combo 89-11-66"): that shape and
      // that word name a lock's combination whatever the sentence says.
      // Five digits at least: "combination 4-4-2" and "combo 1-2-3" are a formation and a count.
      (COMBINATION.test(m[1]!) && between.trim() === '' && /^\d{1,2}(?:[-–]\d{1,2}){2,3}$/.test(m[3]!) && m[3]!.replace(/\D/g, '').length >= 5) ||
      OBJECT.test(between) ||
      OBJECT.test(sentence) ||
      (KEYPAD_CODE_LINK.test(between) && !OTHER_KIND.test(sentence) && !/^(?:19|20)\d\d$/.test(m[3]!) && keypadJustBefore(text, m.index - sentence.length));
    if (!named || NOT_A_CODE.test(sentence)) return null;
    const start = m.indices![3]![0];
    if (PHONE_AFTER_A_CALL.test(between) || PHONE_GROUPS_AFTER.test(text.slice(start + m[3]!.length, start + m[3]!.length + 12))) return null;
    return { start, end: start + m[3]!.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + m[1]!.length,
};

/**
 * A library or membership card's number named before it ("my library card is 74001561753023", "Karta do knihovny:
 * číslo 96808928468947", "Library card no. 4787301473"): it signs in to the account, with the PIN beside it.
 */
const CARD_NAME =
  '(?:library|membership|member|loyalty)[ \\t]+card|karta[ \\t]+do[ \\t]+knihovny|čten[áa]řsk[áa][ \\t]+pr[ůu]kaz\\p{L}*|' +
  'tessera[ \\t]+(?:della[ \\t]+)?biblioteca|carn[ée][ \\t]+de[ \\t]+(?:la[ \\t]+)?biblioteca|bibliotheksausweis|' +
  'carte[ \\t]+de[ \\t]+(?:la[ \\t]+)?biblioth[èe]que|kartu[ \\t]+perpustakaan|k[áa]rtya[ \\t]+k[öo]nyvt[áa]r\\p{L}*';
/** Between the card's name and its number: words and signs, and the abbreviations with their dot ("card no. 123"). */
const CARD_BETWEEN = '(?:[^\\n\\d.!?;]|(?<=(?<![\\p{L}])(?:no|nr|num|nos|núm|n[º°]))\\.){0,25}?';
const CARD_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${CARD_NAME})(?![\\p{L}])${CARD_BETWEEN}(?<![\\p{L}\\p{N}_])(\\d{6,20})(?![\\p{L}\\p{N}_]|[.,]\\d)`,
  'dgiu',
);

/**
 * A membership or loyalty card's number is read at a turnstile or a till and opens nothing by itself: it is the
 * account's sign-in only where a PIN or a password is named with it ("member card 4471… and PIN 0921"). So is a library
 * card's (BS's round): its number is printed on the card under a barcode and given to sign up or to borrow ("my library
 * card number is …, for the seed library sign up"); it signs in to the catalogue or an e-book app with the PIN beside
 * it ("my library card is …, the PIN is on the back").
 */
const SIGN_IN_BESIDE = factored(/(?<![\p{L}])(?:PIN|password|passwort|passcode|contraseña|mot de passe|senha|wachtwoord|hasło|heslo|пароль|パスワード|密码|비밀번호)(?![\p{L}])/iu);
/** CB's round: a PIN named only as missing ("can I renew online without a PIN?", "no PIN needed") signs nothing in. */
const NAMED_AS_MISSING = /(?<![\p{L}])(?:without|no|needs?[ \t]+no|never[ \t]+(?:had|got|set)|don['’]?t[ \t]+(?:have|need))[ \t]+(?:(?:a|an|any|the|my)[ \t]+)?$/iu;
const SIGN_IN_WORDS = new RegExp(SIGN_IN_BESIDE.source, 'giu');
function signInBeside(window: string): boolean {
  if (!SIGN_IN_BESIDE.test(window)) return false;
  SIGN_IN_WORDS.lastIndex = 0;
  for (let w: RegExpExecArray | null; (w = SIGN_IN_WORDS.exec(window)); ) if (!NAMED_AS_MISSING.test(window.slice(Math.max(0, w.index - 24), w.index))) return true;
  return false;
}
const CARD: RegexRule = {
  name: 'library-card-number',
  pattern: CARD_NUMBER,
  judge(m, text) {
    const start = m.indices![1]![0];
    const end = start + m[1]!.length;
    if (!signInBeside(text.slice(Math.max(0, m.index - 120), end + 120))) return null;
    return { start, end, label: 'password' };
  },
};

// Each tried only where its name stands (`anchored-finder.ts`).
export const OBJECT_CODE_FINDERS: readonly Finder[] = [anchoredFinder(OBJECT_CODE, wordAnchors(CODE_WORD)), anchoredFinder(CARD, wordAnchors(CARD_NAME))];
