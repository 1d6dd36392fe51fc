import { type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * A PIN, a combination or a lock's code said with what it opens in words around it, in any language, where the other
 * code rules need the opener run together with the code word ("door code", "Türcode") or a verb between: the owner
 * after the code word as a genitive or a phrase ("PIN маёй банкаўскай карткі 1446.", "الرقم السري لبطاقتي البنكية
 * 06203،", "Ikhodi ye-alamu ehhovisi ngu-7841.", "kombinācija: …", "la combinación de la caja fuerte 4471."), before it
 * ("গুদামের দরজার কোড 0174,", "Bibliotēkas seifa kombinācija: 29290"), glued to it in scripts written without spaces
 * ("លេខកូដទូដែក 5455"), or after the number ("den Code 4352 für die Garage"); and a lock or a door given its number with
 * a colon or a keypad's key ("green room door: 1837# opens", "the padlock 2772."). The number closes its clause.
 *
 * A PIN (in capitals), a PUK, a combination or a "secret number" is a secret by its word alone; a plain "code" is one
 * only with an opener's word (a door, a gate, a safe, an alarm, a lock, a locker, a card, a bank, a phone, a SIM, a
 * till, a garage, a storeroom) beside it, in any of some forty languages: an error's, a postal, a discount's, an
 * area's or a form's code is none.
 */

/** Code words that name a secret alone: PIN and PUK (capitals: a GPIO pin is no secret), combinations, a secret number. */
const SECRET_CODE =
  String.raw`PIN|PUK|PIN-?(?:kod|kód|code|koodi|kode|код)\p{L}*|passcode|combination|kombin(?:ation|ācij|acij|atsioon|ace|acja|asjon|ationen)\p{L}*|combinai?(?:ción|cion|son|ção|cao|zione)\p{L}*|комбинаци\p{L}*|камбінацы\p{L}*|комбінаці\p{L}*|kombinasi|gabungan|` +
  String.raw`(?:ال)?رقم[ \t]+(?:ال)?سري|(?:ال)?رمز[ \t]+(?:ال)?سري|cyfuniad|konbinazio\p{L}*|kombinim\p{L}*`;
/** Code words that need an opener's word beside them. */
const PLAIN_CODE =
  String.raw`codes?|kode[nr]?|kod(?:u|a|i|ea|en|s|ot|ов|om|em|e|as|o|ą)?|kód(?:ot|ja|u|om|e|em)?|cód|k[óo]ð\p{L}*|koodh\p{L}*|k[oō]ds|koodi|codi|codice|c[óo]digo|cod|kodiċi|ikhodi|khodi|kóòdù|код(?:а|у|ом|ы)?|шифр\p{L}*|κωδικ\p{L}*|კოდ\p{L}*|կոդ\p{L}*|кодыг|(?:ال)?رمز|קוד`;
/** Code words of scripts written with no space after them: Khmer, Thai, Lao, Burmese; and Indic ones. */
const GLUED_CODE = String.raw`பூட்டு|குறியீடு|తాళం|ತಾಳ|අගුල\p{L}*|කේත\p{L}*|તાળ\p{L}*|ਤਾਲ\p{L}*|ताल\p{L}*|তালা\p{L}*|លេខកូដ|លេខសម្ងាត់|កូដ|รหัส|ລະຫັດ|ကုဒ်|कोड|কোড|ਕੋਡ|કોડ|கோட்|కోడ్|ಕೋಡ್|കോഡ്|पिन|পিন`;

/** What a code opens, as a word or a stem, in the languages the corpora are written in. */
const OPENER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:door|gate|safe|alarm|lock|padlock|locker|garage|card|bank|phone|sim|cabinet|vault|keypad|till|fridge|storeroom|store[ \t]?room|warehouse|shed|entrance|entry|` +
    String.raw`t[üu]r|tor(?:es)?|tresor|schlo(?:ss|ß)|schlie(?:ß|ss)fach|garage|karte|handy|lager|spind|eingang|` +
    String.raw`porte|portail|coffre|alarme|cadenas|casier|carte|banque|t[ée]l[ée]phone|entr[ée]e|` +
    String.raw`puerta|port[óo]n|caja[ \t]+fuerte|alarma|candado|casillero|taquilla|garaje|tarjeta|banco|tel[ée]fono|almac[ée]n|entrada|` +
    String.raw`porta|port[ãa]o|cofre|alarme|cadeado|arm[áa]rio|garagem|cart[ãa]o|cancello|cassaforte|allarme|lucchetto|armadietto|carta|banca|magazzino|ingresso|` +
    String.raw`deur|poort|kluis|slot|kaart|telefoon|magazijn|drzwi|bram|sejf|k[łl][óo]dk|szafk|gara[żz]|kart[ayę]|magazyn|` +
    String.raw`dve[řr]|br[áa]n|trezor|z[áa]mek|sk[řr][íi][ňn]|vrat|sef|brav|klju[čc]avnic|omari[cč]|ormari[ćc]|kartic|banke|skladi[šs]t|` +
    String.raw`durv|v[āa]rt|seif|signaliz[āa]cij|sl[ēe]dzen|skap[īi]t|gar[āa][žz]|kart|bank|noliktav|uks|ukse|v[äa]rav|lukk|kapp|garaa[žz]|pank|ladu|` +
    String.raw`der[ëe]|port[ëe]|kasafort|kart[ëe]|ate(?:ko|aren)?|kutxa|txartel|banku|drws|gi[âa]t|s[êe]ff|larwm|clo|cerdyn|banc|bieb|kaxxaforti|allarm|` +
    String.raw`pintu|peti[ \t]+besi|brankas|penggera|kunci|loker|garaj|kad|kartu|gudang|stor|kapı|kapi|kasa|kilit|dolap|banka|eshik|seyf|signalizatsiya|karta|ombor|` +
    String.raw`ilẹ̀kùn|ilekun|káàdì|kaadi|` +
    String.raw`двер\p{L}*|дзвер\p{L}*|ворот\p{L}*|сейф\p{L}*|сигнализац\p{L}*|сігналізац\p{L}*|замк\p{L}*|замок|шкафч\p{L}*|гараж\p{L}*|карт\p{L}*|банк\p{L}*|телефон\p{L}*|склад\p{L}*|хаалга|дохиолол|` +
    String.raw`κλειδαρι\p{L}*|πόρτ\p{L}*|χρηματοκιβώτι\p{L}*|συναγερμ\p{L}*|κάρτ\p{L}*|τράπεζ\p{L}*|` +
    String.raw`კარ\p{L}*|სეიფ\p{L}*|სიგნალიზაცი\p{L}*|ბარათ\p{L}*|ბანკ\p{L}*|դռ\p{L}*|սեյֆ\p{L}*|ահազանգ\p{L}*|քարտ\p{L}*|բանկ\p{L}*|` +
    String.raw`दरवाज\p{M}*\p{L}*|दार\p{M}*|तिजोरी|अलार्म|ताल\p{M}*|कार्ड|बैंक|बँक|गोदाम|ढोका|দরজা\p{M}*\p{L}*|সিন্দুক|অ্যালার্ম|তালা|কার্ড|ব্যাংক|গুদাম\p{M}*\p{L}*|` +
    String.raw`ទ្វារ|ទូដែក|ប័ណ្ណ|ធនាគារ|សោ|باب|الباب|خزن|الخزن|خزين|إنذار|انذار|قفل|بطاق|لبطاق|بنك|البنك|مستودع|דלת|כספת|אזעקה|מנעול|כרטיס|` +
    String.raw`金庫|ドア|扉|門|ロッカー|カード|銀行|金库|保险箱|门|卡|银行|금고|문|도어|카드|은행)|` +
    // Stems that a noun class's or a preposition's prefix runs on to: Zulu "ye-alamu", "yekhadi", "lasebhange"; Arabic
    // "لبطاقتي" (for my card).
    String.raw`alamu|khadi|bhange|isisefo|nyango|بطاق|خزن|بنك|` +
    // A compound's last part (Afrikaans "motorhuisdeur", Dutch "garagedeur", Icelandic "hjólalás", Swedish "cykellås",
    // German "Haustür", "Fahrradschloss"); Irish (aláram, glas, doras, geata), and the lock and locker words of the Indic
    // and Sinhala scripts.
    String.raw`deur|d[øo]r(?:en)?|d[öo]rr|hur[ðd]\p{L}*|l[áå]s\p{L}*|tür|schlo(?:ss|ß)|lukko|al[áa]ra\p{L}*|glas|d?h?oras|gh?eata|taisceadán|பூட்டு|லாக்கர்|తాళం|లాకర్|අගුල|ලොකර්|તાળ|લોકર|ਤਾਲ|ਲਾਕਰ|ताला|लॉकर|ቁልፍ|በር|ປະຕູ|ກະແຈ`,
  'iu',
);

/**
 * Words that make the code another thing's: an error's, a status, a postal or area code, a discount, a form, a pin of a
 * chip; BQ's round: a lock's model ("the combination lock model is Kwikset 914"), whose number is the maker's.
 */
const NOT_A_SECRET =
  /(?<![\p{L}])(?:error|errors|fehler|erreur|http|status|delivery|shipping|address|courier|city|district|locality|village|town|state|autori[sz]\p{L}*|authori[sz]\p{L}*|approv\p{L}*|auth|postal|post|zip|area|discount|promo|coupon|voucher|rabatt|customs|form|gpio|diode|header|line|country|dial|sort|branch|swift|bic|iban|routing|product|article|item|colou?r|hex|qr|bar|tracking|order|invoice|booking|room|flight|bus|tram|train|seat|table|gate[ \t]+[A-Z]?\d|digits?|attempts?|length|version|year|models?|mod[eè]l[eo]?|modell)(?![\p{L}])/iu;

/**
 * Up to six words, each ending in a letter (a value's own words, "velvet-pine-231", are not read as words and a number),
 * or a house's number ("die motorhuisdeur se kode by nr. 14 is nou …").
 */
const SPACE_WORDS = String.raw`(?:[ \t]+(?:[\p{L}\p{M}'’-]{0,23}[\p{L}\p{M}]|(?:no|nr|n[º°])\.?[ \t]*\d{1,4}[A-Za-z]?)){0,6}?`;
/** What may join the words to the number: a colon, a dash set apart, a space, Zulu's "ngu-" / "yi-" copula prefixes. */
const JOIN = String.raw`(?:[ \t]*[:：=][ \t]*|[ \t]+[–—-][ \t]+|[ \t]+|[ \t]*[はが는은가이是为為][ \t]*)(?:(?:ngu|yi|wu|ku)-|\()?`;
/** Three to eight digits (a keypad's # or * after), closing the clause, after the join and nothing else. */
/** Japanese, Chinese and Korean run a Latin code word on from their own letters, and the next word on from the number ("金庫のcodeは0627です"). */
const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}`;
const NUMBER = String.raw`(?<=[ \t:：=(はが는은가이是为為]|(?:ngu|yi|wu|ku)-)(\d{3,8})[#*]?(?!(?![${CJK}])[\p{L}\p{N}_]|[.,:/-]\d)`;
/**
 * What closes the number's clause: a stop, a comma, the line's end, a conjunction that opens the next clause ("and",
 * "but", Khmer ហើយ, Hindi और, Bengali আর), or the polite copula Japanese and Korean put after it (です, 입니다).
 */
const CLAUSE_END =
  /^[ \t]*(?:[.,;!?。、，،؛)）»”"'។।]|$|\r|\n)|^[ \t]+(?:and|but|und|aber|et|mais|y|pero|e|ma|en|maar|och|men|og|ja|ale|а|и|і|но|але|ve|ama|dan|tapi|lakini|na|kodwa|ati|ṣugbọn|और|लेकिन|আর|ও|কিন্তু|ហើយ|តែ|then|dann|puis|luego|depois|poi|daarna|sonra|потом|затем|potom|pak|potem|nato|within|do|innerhalb|binnen|inom|entro)(?![\p{L}])|^[ \t]*(?:ហើយ|តែ|です|だ|입니다|이에요|예요|이다)/u;

const SPACED = new RegExp(
  String.raw`(?<![\p{N}_]|(?![${CJK}])\p{L})(${SECRET_CODE}|${PLAIN_CODE})(?!(?![${CJK}])[\p{L}\p{N}_])(${SPACE_WORDS})${JOIN}${NUMBER}`,
  'dgiu',
);
const GLUED = new RegExp(String.raw`(${GLUED_CODE})([\p{L}\p{M}]*${SPACE_WORDS})${JOIN}${NUMBER}`, 'dgu');
/** "den Code 4352 für die Garage": the opener after the number, with a preposition of purpose. */
const FOR_OPENER = /^[ \t]+(?:for|für|pour|para|per|voor|za|dla|для|на|of|de|del|della|do|da)[ \t]+(?:(?:the|die|den|das|der|la|le|les|el|los|il|lo|a|o|my|our|mi|mon|ma|meine?|unsere?)[ \t]+)?([\p{L}\p{M}-]{2,24})/u;
/**
 * A lock or a door given its number: "door: 1837# opens", "the padlock 2772.", "Tresor: 4471". BQ's round: a padlock
 * said with another language's own "is" or "has" ("Le cadenas du cellar c'est 8796", "el candado del almacén lleva
 * 6570", "O aloquete do armazém tem 0795", "Il lucchetto del cellar gl'ha 4892", "Замок на складе — 3955",
 * "Hänglåset på boden ä 8982", "仓库那锁是 6696") and more languages' padlock words (aloquete, cadiado, gembok, kilidi,
 * قفل, 锁).
 */
/**
 * The openers, in one list for the rule, its anchors and its lock test: a lock's words (a lock's own number is its
 * code, so any words may stand between) and the other things a code opens. The words after no letter first; then
 * the lock words read inside a compound too ("cykellåset", "Fahrradschloß", "polkupyöränlukko", 仓库那锁).
 */
const LOCK_WORDS = String.raw`padlock|lock|schloss|cadenas|candado|cadeado|lucchetto|slot|k[łl][óo]dka|замок|lockbox|cadenat|lokot|lakat|spyna|z[áa]m[eo]k|kilid\p{L}*|құлып|брава|aloquete|cadiado|gembok|قفل`;
const LOCK_WORDS_IN_COMPOUNDS = String.raw`l[áå]s(?:inn|inum|ins|en|et)?|schlo(?:ss|ß)|lukko|锁|鎖`;
const OTHER_OPENERS = String.raw`door|gate|safe|t[üu]r|tresor|porte|coffre|puerta|caja[ \t]+fuerte|porta|cofre|cassaforte|deur|kluis|sejf|seif|sef|kasa|сейф|alarm|alarme|alarma|allarme|alarmanlage|larm|keypad|key[ \t]?safe`;
const OPENER_NUMBER = new RegExp(
  String.raw`(?:(?<![\p{L}])(${OTHER_OPENERS}|${LOCK_WORDS})|(${LOCK_WORDS_IN_COMPOUNDS}))(?:[ \t]*([:：])[ \t]*|((?:[ \t]+[\p{L}\p{M}'’-]{1,24}){0,5}?)[ \t]+(?:is|er|ist|är|ä|on|je|jest|es|est|é|è|ir|yra|is[ \t]+now|is[ \t]+nou|is[ \t]+nu|er[ \t]+nú|er[ \t]+nå|är[ \t]+nu|ist[ \t]+jetzt|now|c['’][ \t]?est|lleva|tiene|tem|ha|gl['’][ \t]?ha|sâm|[–—])[ \t]+|[ \t]*是[ \t]*|[ \t]+)(\d{4,8})([#*])?(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);
const OPENS = /^[ \t]+(?:opens|unlocks|öffnet|ouvre|abre|apre|opent|otwiera|открывает)/iu;
/**
 * A keypad's next step after the number: "alarm 730366 then press set", "Tor 4471, dann Enter", "puis appuyez sur OK":
 * the number is keyed in, whatever word joins it to its device.
 */
const THEN_PRESS =
  /^[ \t]*[,;]?[ \t]*(?:(?:then|and|dann|und|puis|et|luego|y|e|então|depois|poi|daarna|en|sedan|så|og|ja|potem|pak|potom|затем|потом|sonra|dan|tapos)[ \t]+)?(?:press|hit|push|tap|enter|key|drücken|drücke|appuyez|appuie|pulsa|presiona|prima|premi|aperte|druk|tryck|tryk|trykk|paina|naciśnij|stiskněte|stlačte|нажм\p{L}*|натисн\p{L}*|bas|tekan)(?![\p{L}])/iu;

/** Cheap looks before the Unicode scans: a code word or an opener with a number must be in the text. */
const ANCHOR = /(?:(?:ال)?رقم[ \t]+(?:ال)?سري)|passcode|ikhodi|pin|puk|code|kod|kód|cód|k[óo]ð|koodi|codi|c[oó]digo|cod|combin|kombin|khodi|kóòdù|код|шифр|комбин|камбін|κωδικ|კოდ|կոդ|رمز|رقم|קוד|កូដ|សម្ងាត់|รหัส|ລະຫັດ|ကုဒ်|कोड|কোড|ਕੋਡ|કોડ|கோட்|కోడ్|ಕೋಡ್|കോഡ്|पिन|পিন|cyfuniad|konbinazio|gabungan/gi;
const OPENER_ANCHOR = new RegExp(`${OTHER_OPENERS}|${LOCK_WORDS}|${LOCK_WORDS_IN_COMPOUNDS}`, 'giu');

const SECRET_WHOLE = new RegExp(String.raw`^(?:${SECRET_CODE})$`, 'iu');

function isYear(value: string): boolean {
  return /^(?:19|20)\d\d$/.test(value);
}

function judgeCode(text: string, m: RegExpExecArray, glued: boolean): SecretSpan | null {
  const word = m[1]!;
  const between = m[2]!;
  const value = m[3]!;
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 40);
  // The line before the code word, 48 characters at most (a search back to the line's start would be quadratic).
  const near = text.slice(Math.max(0, m.index - 48), m.index);
  const lead = near.slice(near.lastIndexOf('\n') + 1);
  if (NOT_A_SECRET.test(lead.slice(-24) + ' ' + between) || /[.!?](?:[ \t]|$)/.test(between.replace(/(?<![\p{L}])(?:no|nr)\.[ \t]/giu, ' '))) return null;
  const strong = !glued && SECRET_WHOLE.test(word);
  // PIN and PUK in capitals only.
  if (strong && /^(?:pin|puk)/i.test(word) && !/^(?:PIN|PUK)/.test(word)) return null;
  const closes = CLAUSE_END.test(after);
  const forOpener = FOR_OPENER.exec(after);
  let opened = OPENER.test(between) || OPENER.test(lead.split(/[.!?;]/).pop()!) || (glued && OPENER.test(word));
  if (!closes) {
    if (!forOpener || !OPENER.test(forOpener[1]!)) return null;
    opened = true;
  }
  if (!strong && !opened) return null;
  if (isYear(value) && !/[:：]/.test(m[0])) return null;
  if (value.length < 4 && !strong) return null;
  const start = m.indices![3]![0];
  return { start, end: start + value.length, label: 'password' };
}

const SPACED_RULE: RegexRule = {
  name: 'code-with-owner-words',
  pattern: SPACED,
  judge: (m, text) => judgeCode(text, m, false),
  // Each code word once: a rejected match is tried again after its word.
  resumeAfterReject: (m) => m.indices![1]![1],
};
const GLUED_RULE: RegexRule = {
  name: 'glued-code-with-owner-words',
  pattern: GLUED,
  judge: (m, text) => judgeCode(text, m, true),
  resumeAfterReject: (m) => m.indices![1]![1],
};
const OPENER_NUMBER_RULE: RegexRule = {
  name: 'opener-number',
  pattern: OPENER_NUMBER,
  judge(m, text) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    // A colon with a keypad's key or a verb of opening after, or a lock's number closing its clause.
    const word = m[1] ?? m[2]!;
    const value = m[5]!;
    // Words between the lock and its "is" say whose lock it is ("Hjólalásinn fyrir starfsmannahjólið … er …"): a lock's only.
    const between = m[4] ?? '';
    // BQ's round: a named room between is the lock's place ("O cadeado do training room é 8310"), not a room's number.
    const place = between.replace(/(?<=\p{L}[ \t]+)room(?![\p{L}])/giu, '');
    if (between && (!LOCK_WORD.test(word) || NOT_A_SECRET.test(place) || LOCK_SETTING.test(between))) return null;
    const keyed = (m[3] !== undefined && (m[6] !== undefined || OPENS.test(after))) || THEN_PRESS.test(after);
    // A year-shaped number is a lock's code only after its "is" ("the bike lock is 1952."), not after the bare word.
    const copula = m[3] === undefined && /[ \t]$/.test(text.slice(m.indices![5]![0] - 1, m.indices![5]![0])) && !/^[ \t]+$/.test(text.slice(m.indices![1]?.[1] ?? m.indices![2]![1], m.indices![5]![0]));
    const lockClosing = LOCK_WORD.test(word) && CLAUSE_END.test(after) && (copula || !isYear(value)) && !NOT_A_SECRET.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!keyed && !lockClosing) return null;
    // BU's round: a word that names a castle as well as a lock (Schloss, замок, zámek, zamek) before a year of the
    // last thousand years ("the oldest wing of the Schloss is 1635"): a date, unless keyed in.
    if (!keyed && CASTLE_WORD.test(word) && /^(?:1\d|20)\d\d$/.test(value)) return null;
    const start = m.indices![5]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};
/** A lock's setting, not its code: "the lock screen timeout is 3000", "lock wait time", "Sperrbildschirm-Zeit". */
const LOCK_SETTING =
  /(?<![\p{L}])(?:screen|timeout|time|times|file|files|count|delay|duration|size|limit|level|version|wait|period|interval|threshold|retries|attempts|rate|speed|weight|width|length|price|cost|tiempo|pantalla|zeit|dauer|bildschirm|gewicht|preis|délai|durée|écran|poids|prix)(?![\p{L}])/iu;
/** The lock words that name a castle too. */
const CASTLE_WORD = /^(?:schlo(?:ss|ß)|замок|z[áa]m[eo]k)$/iu;
/** Whether the opener is a lock: its words are the lists' lock words whole. */
const LOCK_WORD = new RegExp(`^(?:${LOCK_WORDS}|${LOCK_WORDS_IN_COMPOUNDS})$`, 'iu');

const GLUED_SCRIPT = /[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** The glued scripts' code words run their opener on: read only in text holding those scripts. */
const GLUED_ANCHOR = new RegExp(GLUED_CODE, 'gu');

/**
 * A rule whose matches open with its anchors' words, tried at each place one begins only (its pattern made sticky
 * there): a scan of each window with the pattern's long alternations of words tried them at every character.
 */
function stickyFinder(rule: RegexRule, anchors: RegExp, when: RegExp | null = null): Finder {
  const sticky = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
  return {
    name: rule.name,
    find(text) {
      if (when && !when.test(text)) return [];
      const spans: SecretSpan[] = [];
      anchors.lastIndex = 0;
      for (let a: RegExpExecArray | null; (a = anchors.exec(text)); ) {
        sticky.lastIndex = a.index;
        const m = sticky.exec(text);
        if (!m) continue;
        const span = rule.judge(m, text);
        if (span && !Array.isArray(span)) spans.push(span);
        if (span && !Array.isArray(span)) anchors.lastIndex = Math.max(anchors.lastIndex, span.end);
      }
      return spans;
    },
  };
}

export const CODES_WITH_OWNER_WORDS_FINDERS: readonly Finder[] = [
  // Tried where the code words begin only (the words between and the number stand within about 120 characters after).
  stickyFinder(SPACED_RULE, ANCHOR),
  stickyFinder(GLUED_RULE, GLUED_ANCHOR, GLUED_SCRIPT),
  stickyFinder(OPENER_NUMBER_RULE, OPENER_ANCHOR),
];
