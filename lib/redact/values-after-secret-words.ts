import { networkNameBeforeKey } from './values-after-wifi-words';
import { NOT_THE_PASSWORD, PASSWORD_WORDS } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';
import { onSeedList } from './seed';
import { FUNCTION, PROSE } from './prose-words';
import { isMarker } from './values';
import { MEASURE_AFTER } from './measure-after';
import { generatedPhrase } from './generated-phrases';
import { mayHold, wordTrigger } from './fast-anchors';
import { lastBreakBefore } from './line-starts';
import { PUBLIC_CODE_KINDS } from './codes-of-public-kinds';

/**
 * AN's round: a secret's word in any language, a few plain words of that language (its copula, "of the account", "for
 * the wifi"), then a value whose shape alone says it is the secret, on the same line: "Passwoot för dä Laptop es
 * SaltySail1995", "Гесло до вайфаю є puzzlebonsai07", "Parola ti wifi easte 3006508", "Kod za źurja jo 266827",
 * "गुप्तशब्दः नदीतीरम्18 अस्ति". The words between may be of any language, so no copula list is needed; they must hold no
 * digit, nothing that makes the value an example, a rule or an error, and no word that names another number (an order's,
 * a phone's, a year "since"). The value is one of:
 * - four to twelve digits, not a year, not one digit repeated, not a part of a longer number, a date, a price or a count;
 * - a word run into two to four digits, in any script ("lanternparachute638", "PurpleParachute1974", "Полонина3842",
 *   "青山绿水0709"): six letters at least in a script with small words, as product names ("windows10") are shorter;
 * - letters of both cases mixed at random, ten or more ("owxmXFJwzEeZxFk"): no word or name switches case that often.
 */

/**
 * Password words the shared list lacks, broad rather than one corpus's: the "secret word" of the Romance, Germanic and
 * Slavic languages (parola segreta, palabra secreta, mot secret, Geheimwort, tajne słowo), regional spellings of the
 * password word (Kölsch Passwoot, Jèrriais mot d'passe, Arpitan mot de passo, Lower Sorbian gronidło, Rusyn and
 * Ukrainian гасло/гесло, Võro salasõna, Northern Sami beassansátni, Sanskrit गुप्तशब्द, Inuktitut ᐅᖃᐅᓯᖅ "word" after
 * ᐃᓯᕐᓂᒧᑦ "for entering"). AO's round: the Frisian and Low German spellings of the word (paaswurd, Paaswoord, passwurt).
 */
// AP's round: the spoken and inflected forms (Korean 비번 and 암호, 패스워드; Russian and the Caucasus' and Volga's
// languages' inflections of пароль: паролем, паролыр, паролесь; Arabic's loan الباسورد; French hyphenated mot-de-passe;
// Hungarian jelszó, the South Slavic lozinka, Spanish contraseña with their endings). AV's round: Malay's spelling of
// Indonesian's "kata rahasia" (secret word), "kata rahsia".
export const MORE_PASSWORD_WORDS = String.raw`fjal[ëe]?kalim\p{L}{0,3}|pa{1,2}s{1,2}w[uoø]{1,2}r?[dt]|비번|암호|패스워드|парол\p{L}{0,4}|(?:ال)?باس[ ]?وو?رد|mot-de-passe|jelsz[óo]\p{L}{0,4}|lozink\p{L}{0,3}|contrase[ñn]a\p{L}{0,2}|pa?r[oòóô]la[ \t]+s[eéè]gr[eéè]t\p{L}*|palabra[ \t-]pass\p{L}*|paraula[ \t-]de[ \t-]pas|palabra[ \t]+secreta|palavra[ \t]+secreta|mot[ \t]+secret|geheimwort|tajne[ \t]+s[łl]owo|mot[ \t]+d['’]?[ \t]?pass\p{L}*|mot[ \t]+de[ \t]+pass\p{L}*|passwoo?r?t|passwuet|paswoord|gronid[łl]\p{L}*|г[еаэ]сл[оа](?![\p{L}])|salas[õo]n\p{L}*|beassans[áa]tni\p{L}*|गुप्तशब्द\p{L}*|ᐃᓯᕐᓂᒧᑦ[ \t]+ᐅᖃᐅᓯᖅ|kata[ \t]+sandi|kata[ \t]+raha?sia|gizli[ \t]+s[öo]z\p{L}*`;

/**
 * The trigger (`Finder.trigger`) of the rules that read a value after a password's or a Wi-Fi's word: each of their
 * regexes needs one of these words (a password's in any language, `MORE_PASSWORD_WORDS`, a Wi-Fi's, a login's, `pw`).
 */
export const PASSWORD_WORD_TRIGGER = wordTrigger(
  PASSWORD_WORDS.source,
  MORE_PASSWORD_WORDS,
  String.raw`wi-?fi|wlan|wpa|psk|ssid|network[ \t]+key|와이파이|ワイファイ|无线|無線|вай-?фа|phasiwede|pasword|passwort|passphrase|pw|login`,
);
const SECRET_WORD = new RegExp(String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_./])(?:${PASSWORD_WORDS.source}|${MORE_PASSWORD_WORDS})`, 'giu');

/**
 * A code's word: the international word's stems in Latin and Cyrillic (code, codice, código, kod, kód, koda, kood,
 * kodigu, codlu, код), with a compound's head before it ("Uksakoda", "Türcode"), Sanskrit and Hindi सङ्केत/संकेत, and
 * the Han script's 密码/密碼 (already a password word). AO's round: the loanword "code" in the other scripts that write it
 * (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Urdu and Arabic, Persian, Hebrew, Greek,
 * Katakana, Hangul, Thai รหัส; not Georgian კოდი, a company's identification code as often as not): "लुखाया कोड 01897 खः", "دروازُک کوڈ چھُ 67695". Not a barcode, source code, promo code, postcode or an error's.
 */
// AP's round: a combination's word in several languages (combo, combination, combinación, kombinacja, комбинация),
// which takes a keypad's marked code only (`KEYPAD`), and Vietnamese "mã" (with its tilde: "ma" is a word of many
// languages), read as the bare word "code" is.
const CODE_WORD = /(?<![\p{L}\p{N}_./-])(?:c[oóòô]d|k[oóòô]{1,2}d|код|सङ्केत|संकेत|combo|comb[iy]na[cçtz]|kombina[cçt]|комбинац)\p{L}{0,6}|(?<![\p{L}\p{M}])m(?:ã|a\u0303)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:कोड|কোড|ਕੋਡ|કોડ|கோட்|కోడ్|ಕೋಡ್|കോഡ്|کوڈ|كود|کد|קוד|κωδικ\p{L}{0,4}|コード|코드|รหัส)|(?<![\p{L}\p{N}_./-])(?:uksa|ovi|uks|t[üu]r|d[øo]r|deur|door|gate|user|engineer|installer|master|admin|alarm|access|entry|lock|keypad|garage)[ \t-]?(?:c[oóòô]d|k[oóòô]{1,2}d)\p{L}{0,4}/giu;
// CE's round: a doubled "d" makes no code word's inflection in any language: a name (the Codd bottle, E. F. Codd) or
// English "coddle".
const NOT_A_CODE = /^(?:codes?|kodi|cod(?:e[cdrx]|ed|ers?|eine|ing|if\p{L}*|ices?|ex\p{L}*|a|as|fish)?|kodak\p{L}*|kodiak\p{L}*|\p{L}*(?:bar|qr|post|zip|source|promo|uni|en|de|re|trans|pseudo|geo|kodieren|codierung|decod|encod)(?:c[oóòô]d|k[oóòô]d)\p{L}*|coda|codon\p{L}*|codd\p{L}*)$/iu;
// BW's round: and the names of the public kinds of code (`codes-of-public-kinds.ts`: an MCC, a SIC, an ICD code).
const OTHER_CODE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${PUBLIC_CODE_KINDS}|product|article|item|model|part|sku|serial|order|booking|reference|customer|post|postal|zip|bar|qr|source|promo|discount|voucher|coupon|error|status|exit|area|country|tracking|referral|sms|otp|verification|confirmation|tax|course|class|auth\p{L}*|approval|stop|cent(?:re|er)|reg\.?|registr\p{L}*|version|syllabus|pin|kontroll\p{L}*|company|firm\p{L}*|\p{L}*mon[eė]s|unternehm\p{L}*|entreprise|empresa|societ\p{L}*|business|dial\p{L}*|colou?r|hs|fehler|rabatt|gutschein|quell|पिन|पोस्टल|डाक|ज़िप|ਪਿੰਨ|পিন|பின்|పిన్|ಪಿನ್|പിൻ|پن|پوسٹل|بريدي|البريدي|פוסט|מיקוד|ταχυδρομικ\p{L}*|ბარ|բարկ)[ \t-]?$`, 'iu');

/**
 * AO's round: "I changed it, now it's …" in any language. A word for "now" right after the clause that says what was
 * done (a comma, a colon or the ideographic comma after it: "я поменял, теперь …", "zmieniłem, teraz …", "我改了，现在是 …",
 * "変更しました、今は …", "mitsake, agbenɛ eji …", "һэлгээб, мүнөө …"), then the value whose shape says secret. The words
 * for now are broad (some seventy languages; not those English writes too, Hungarian "most", Portuguese "ja"); the
 * clause before may be in any language, and the value's shape decides. AR's round: the Bengali script's regional
 * forms (Chittagonian এহন, Sylheti অখন), Hindi अभी, Kurdish ئێستا.
 */
const NOW_WORD = new RegExp(
  String.raw`(?<=[,，、،:][ \t]{0,2}(?:\p{L}{1,8}[ \t]+)?)(?:now|jetzt|jetz|nun|n[üu]|maintenant|asteure|astheure|ahora|agora|adesso|ad[èe]sa|ora|oua|teraz|nyn[íi]|te[ďd]|sekarang|skarang|skarng|ngayon|ngonyan|natan|ngayong|distaem|nau|mynta|ntangu[ \t]+yai|agben[ɛe]|nyt|nyg[öo]i|nyy|nu|n[åa]|nou|orain|kini|sasa|hozir|endi|теперь|сейчас|тепер|зараз|сега|сада|сад|цяпер|енді|қазір|мүнөө|билигин|али|одоо|эдэ|s[ae]da|sedaj|acum|tani|τώρα|עכשיו|כעת|الآن|الان|اب|ابھی|اکنون|حالا|اب|अब|अहिले|आः|এখন|এহন|অখন|ইখন|अभी|ئێستا|ਹੁਣ|હવે|இப்போது|ఇప్పుడు|ಈಗ|ഇപ്പോൾ|今は|今|现在|現在|지금은?|이제|gi[ờơ][ \t]+l[àa]|gi[ờơ]|b[âa]y[ \t]+gi[ờơ]|art[ıi]k|[şs]imdi|ตอนนี้|ឥឡូវ|အခု|ახლა|հիմա|ngoku|manje|sada|nüüd|dabar|tagad|ahora[ \t]+es)(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{M}])`,
  'giu',
);

/**
 * AP's round: English's ways of handing over a changed value, the password named by a pronoun or by its own word before
 * the verb: "I changed it to …", "reset it to …", "password reset to … by IT", "set the PIN to …" (not "set it to", which
 * sets a cache or a mode as often), "the new one is …",
 * "the new login for the shared laptop is …". What follows must be a password's shape (as after a password's word) or
 * a run of three to six plain words that closes its clause with none of English's prose or small words ("custard
 * cloister woad cloister surety"): "changed it to Tuesday" and "the new one is much better" are not. After "the new one
 * is" only a generator's shapes: a typed one ("Lynx123&Harbor") is taken there only after a sentence about a reset
 * (U's round), as "the new one" may be a kiosk's or a card's. AV's round: a thing reset to a value, the thing named
 * after a determiner ("Ana reset the kiln controller to …", "reset the stock app to …"): the value must have a password's
 * shape, as after "changed it to" ("reset the router to factory settings" has none).
 */
const CHANGED_WORD =
  /(?<![\p{L}])(?:(?:changed|reset)[ \t]+(?:it|that|the[ \t]+(?:password|pw|pwd|login|pin|passcode|passphrase|code))[ \t]+to|(?:set|switched|updated)[ \t]+the[ \t]+(?:password|pw|pwd|pin|passcode|passphrase)[ \t]+to|(?:password|pw|pwd|passcode|passphrase|pin)[ \t]+(?:was[ \t]+|got[ \t]+|has[ \t]+been[ \t]+)?(?:reset|changed|updated|set)[ \t]+to|new[ \t]+one[ \t]+is|new[ \t]+(?:password|pw|pwd|login|pin|passcode|passphrase)[ \t]+for[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?[\p{L}\p{N}' -]{1,30}?[ \t]+is|reset[ \t]+(?:the|my|our|his|her|their|your)[ \t]+[\p{L}\p{N}'’ -]{1,40}?[ \t]+to)(?![\p{L}])/giu;
const PLAIN_RUN = /^([a-z]{3,12}(?:[ \t]+[a-z]{3,12}){2,5})(?=[ \t]*(?:[,.;!?)(]|$|\n)|[ \t]+(?:yesterday|today|btw|by|and|dont|don['’]t|please|pls|thx|thanks)(?![a-z]))/;

/** English's words of degree, judgement and talk, which a sentence after "the new one is" holds and a drawn run does not. */
const TALK =
  /^(?:much|more|most|less|least|very|really|quite|pretty|too|so|just|still|also|even|simple|easy|easier|hard|harder|better|best|worse|worst|good|bad|great|nice|fine|long|longer|short|shorter|same|different|way|lot|lots|bit|kind|sort|one|two|three|all|any|some|what|which|who|not|yet|here|there|only|again|sure|new|old|big|small|fast|slow|safe|secure|strong|weak|random|complex|totally|super|same)$/;
const RUN_STOP = /^(?:yesterday|today|btw|by|and|dont|please|pls|thx|thanks|same|but|that|which|though|tho)$/;

/**
 * AR's round: after a password's, a login's or a Wi-Fi's word, three to six plain words that close their clause are the
 * passphrase too (`plainRun`: none of English's small, prose or talk words, no -ing, -ed or -ly), a verb of typing or
 * using before them left out: "login used: dromedary hoist seda", "temporary password is oyster azimuth inverter.",
 * "master password type reel kamel stirrup pulley", "fjalkalimi i wifit i ri chlorine kid nitrate ulat.". Its offset
 * in `rest` and the run.
 */
function runAfterSecretWord(rest: string, between: string): [number, string] | null {
  // A bridge that hands the value over must stand right before the run: a colon or an equals sign, or a copula or a
  // verb of typing. Without one the words are the sentence's own ("ein Passwort heute mindestens sein?", "kata sandi
  // Anda kepada siapa pun"), in whatever language.
  // English's only: the run's words are judged by English's lists, and a sentence of another language after its copula
  // ("el password es muy largo para recordar") has none of them.
  // AT's round: the copula of a language in another script than the run's Latin letters ("كلمة المرور هي …", "पासवर्ड
  // है …", "пароль — это …"): words in Latin letters after a sentence in Arabic, Devanagari, Cyrillic, Greek or Hebrew are
  // given, not the sentence's own, when no Latin-script language's small word is among them (`generatedPhrase`). A
  // Latin-script language's copula ("è", "ist", "es") is not read so: its own words follow it as often ("la password è
  // scaduta ieri sera").
  const verb = /^(?:type|enter|use|try|input|is|was)[ \t]+/i.exec(rest);
  const copula = verb ? null : /^(?:هي|هو|هى|است|ہے|है|था|थी|это|є|είναι|היא|הוא)[ \t]+/u.exec(rest);
  if (!verb && !copula && !/[:=：][ \t]*$/.test(between)) return null;
  const offset = verb ? verb[0].length : copula ? copula[0].length : 0;
  const run = plainRun(rest.slice(offset));
  if (run && copula && !generatedPhrase(run)) return null;
  // A question is no value handed over ("… is it safe enough?").
  return run && !/^[ \t]*\?/.test(rest.slice(offset + run.length)) ? [offset, run] : null;
}

function plainRun(rest: string): string | null {
  const m = PLAIN_RUN.exec(rest);
  if (!m) return null;
  const all = m[1]!.split(/[ \t]+/);
  const stop = all.findIndex((w, i) => i >= 3 && RUN_STOP.test(w));
  const words = stop < 0 ? all : all.slice(0, stop);
  if (words.length < 3 || words.some((w) => PROSE.test(w) || FUNCTION.test(w) || TALK.test(w) || (w.length > 4 && /(?:ing|ed|ly)$/.test(w)))) return null;
  if (stop < 0) return m[1]!;
  // The run up to the stop word ("… surety yesterday"): the end of the word before it.
  let end = 0;
  for (const w of words) end = m[1]!.indexOf(w, end) + w.length;
  return m[1]!.slice(0, end);
}

/**
 * AO's round: a computer's word in any language, then the verb that says to type or use something on it ("kompyuterge
 * kiriw ushın …", "fo get in da computer you gotta type …", "pou rant dann lordinatèr tap …", "компьютерга киирэргэ …",
 * "کمپیوٹرس منز … لیکھِو …"): a value whose shape says secret a few words on is what to type. Not digits alone (a
 * computer's model, its memory). A Wi-Fi's word reads the same way ("al wifi l'é capamount91", "depe wifi …"): its
 * network's name is rarely a word run into digits, a passphrase or a random draw.
 */
const COMPUTER_WORD =
  /(?<![\p{L}\p{M}])(?:l?comput\p{L}*|komput\p{L}*|kompyut\p{L}*|kompjut\p{L}*|kompiut\p{L}*|kompüt\p{L}*|computador\p{L}*|l?ordinat[eè]\p{L}*|rechner\p{L}*|ordenador\p{L}*|bilgisayar\p{L}*|tietokone\p{L}*|datamaskin\p{L}*|компьют\p{L}*|комп'ютер\p{L}*|компјутер\p{L}*|компютър\p{L}*|कम्प्युटर\p{L}*|कंप्यूटर\p{L}*|কম্পিউটার\p{L}*|کمپیوٹر\p{L}*|کامپیوتر\p{L}*|كمبيوتر|حاسوب|מחשב|υπολογιστ\p{L}*|máy[ \t]+tính|电脑|電腦|コンピュータ\p{L}*|パソコン|컴퓨터|คอมพิวเตอร์|คอม|laptop\p{L}{0,2}|notebook|tablet\p{L}{0,2}|desktop|wifi|wi-fi|wlan|вайфай|вай-фай|وائی[ \t]+فائی|وای[ \t]?فای|वाइफाइ|वाईफाई)(?![\p{L}\p{M}])/giu;

/** AO's round: a Wi-Fi's key, named by the network's word and a key's ("WPA key", "WLAN-Schlüssel", "clé wifi"). */
const WIFI_KEY_WORD =
  /(?<![\p{L}\p{N}_./-])(?:(?:wpa[23]?|wlan|wifi|wi-fi|wireless|network)[ \t-]?(?:key|schl[üu]ssel|psk|passphrase|clave|chave|chiave|sleutel|nøkkel|nyckel|avain|klucz)|(?:cl[ée]|clef|clave|chave|chiave|schl[üu]ssel|sleutel|klucz|ключ)[ \t]+(?:du[ \t]+|de[ \t]+|del[ \t]+|do[ \t]+|da[ \t]+|des[ \t]+)?(?:wifi|wi-fi|wlan|réseau|red|rede))(?![\p{L}\p{N}_-])/giu;

/**
 * Words between that name another number or make the value something other than the secret. CF's round: a serial's
 * word makes the value the thing's serial ("the Wallet pass serial 5f1c…": a pass here is a ticket).
 */
const ANOTHER_NUMBER = /(?<![\p{L}])(?:number|serial|nummer|num[ée]ro|n[úu]mero|numer|номер|order|bestell\p{L}*|commande|pedido|booking|reservation|invoice|ticket|tracking|phone|tel|fax|mobile|zip|post\p{L}*|since|seit|depuis|desde|from|until|year\p{L}*|length|long|characters?|digits?|chars|min|max|expires?|expired|ago|last|old|alt\p{L}*|vieux|ancien\p{L}*|previous|former|before|was|war|era|était|reset|hint|de[- ]?fault|standard|factory|id|returns?|gives?|prints?|shows?|outputs?|auth\p{L}*|autori\p{L}*|approv\p{L}*|confirm\p{L}*|changed|never|these|those|produ\p{L}*|pocztow\p{L}*|postal\p{L}*|puerto|port|error|erro|erreur|fehler|errore|b[łl][ąa]d\p{L}*|ошибк\p{L}*|خطأ|الخطأ|بريد\p{L}*|البريدي|kwa|mwezi|month|monat|mois|mes|per|bưu|số|vạch|giảm|lỗi|đơn|xác|vùng|thuế|hàng|sản|khách)(?![\p{L}])/iu;

/**
 * What stands between the bare word "code" and its digits in English ("The code is 5512.", "APPR CODE 774105"): nothing
 * named, so a program's, an error's or a receipt's code as often; the rule is for the languages no table holds.
 */
const ENGLISH_BETWEEN = /^[ \t]*(?:(?:is|was|are|were|be|it|the|a|of|for|to|now|still|then|here|['’]?s)[ \t:]*)*$/i;

/** The value ends its clause: a stop, a comma, the line's end, or one or two short words of a particle before them. */
// AP's round: a list's middle dot, a dash before a sign-off or a bar between items ends it too ("code 3869 · code 52476 — Riverside").
// AV's round: a closing quote or a box-drawn table's border too ("… kod … 60417"", "│ … code … 58302 a ni │").
const CLAUSE_ENDS = /^(?:[ \t]+[\p{L}\p{M}]{1,4}){0,2}[ \t]*(?:[,.;!?。，、·|—–"”»│]|$|\n)/u;

/**
 * AO's round: a passphrase of four to six words drawn from a generator's list (BIP-39's English words, which password
 * managers' word generators share: "deal cabin drone aim", "atom category come basic begin"), closing its clause after
 * the word that names it, whatever the language of that word. Each word on the list, none repeated: a sentence of
 * English breaks such a run with a word off it ("the", "is", "to", "was") within four words.
 */
const LIST_PHRASE = /^((?:[a-z]{3,8}[ \t]+){3,5}[a-z]{3,8})(?=[ \t]*(?:[,.;!?)(。，、]|$|\n))/;

function listPhrase(rest: string, strict: boolean): string | null {
  const m = LIST_PHRASE.exec(rest);
  if (!m) return null;
  const words = m[1]!.split(/[ \t]+/);
  if (new Set(words).size !== words.length) return null;
  // None of English's small words, pronouns or auxiliaries (BIP-39 holds "this", "can", "have" too), and no inflection
  // of a sentence's verbs (-ing, -ed, -s).
  if (!words.every((w) => !PROSE.test(w) && !FUNCTION.test(w) && !/(?:ing|ed|[^s]s)$/.test(w))) return null;
  // After a password's or a "now" word, some words off the list too (a generator's own list: "deal cabin drone aim"),
  // half of them on it at least: a sentence of another language after its password's word ("Password chu lehkhaah
  // ziak suh") has none on it. After a computer's or a Wi-Fi's word, every word on it: advice about laptops is a run
  // of plain words too ("help optimize battery life").
  const listed = words.filter(onSeedList).length;
  return listed === words.length || (!strict && listed * 2 >= words.length) ? m[1]! : null;
}

/** AO's round: words between that make the value a name (a Wi-Fi network's: "The Wi-Fi name is Cafe_Aurora_5G", "Wi-Fi network: …"). */
const A_NAME = /(?<![\p{L}])(?:name[sd]?|ssid|network|netzwerk|netz|r[ée]seau|red|rede|rete|netwerk|sie[ćc]|сеть|мережа|ネットワーク|网络|網路|네트워크|nom|nombre|nome|naam|navn|namn|nazwa|n[áa]zev|nimi|adı|имя|название|назва|名前|名称|名稱|이름|اسم)(?![\p{L}])/iu;

/** "like", "such as" in a few languages: what follows is an example ("No uses contraseñas como 123456"). */
const SUCH_AS = /(?<![\p{L}])(?:like|such|como|comme|come|wie|zoals|jak|как|kuten|som|olarak|gibi|seperti|tulad)(?![\p{L}])/iu;

const WORD_RUN_DIGITS = /^(?:[\p{L}\p{M}]{4,24})\d{2,4}$/u;
const DIGITS = /^\d{4,12}$/;
/**
 * AP's round: a keypad's code by its marks: a star before or a hash after the digits (`*3880`, `6342#`), or three to six
 * digits and one of the letters A to D that alarm and safe keypads carry (`465D`, `770B`). A program's, a receipt's or a
 * product's number is not written so; a hex number is longer or carries its `0x`.
 */
const KEYPAD = /^(?:\*\d{4,8}#?|#?\d{4,8}[#*]|\d{3,6}[A-D])$/;
/** A value ends at a space, a clause's punctuation or the line; not in a longer number, a date, a time or a price. */
const VALUE = /^[^\s"“”<>()，。、；,;!?]{1,40}/u;
/** After a key's word, a long hex key's whole run (`LONG_HEX`). */
const KEY_VALUE = /^[0-9A-Fa-f]{32,128}(?![0-9A-Za-z])/;

/**
 * A token's word, or a key's with a head that makes it private (secret, private, upload, API, access, auth, signing,
 * master, admin key: "new API token for the zone edits is `…`"): only a value of random shape is taken after it,
 * letters of both cases with digits, eight characters at least and changing case twice, with no vendor's prefix (a
 * publishable `pk_live_`, a checkout's `rzp_live_` id are the vendor rules' to judge); a key's name or a word is not.
 */
// AR's round: a pass key's and a security or recovery key's word ("Passkey …", the Daraja API's; "Security Key: …",
// Matrix's; "Wiederherstellungsschlüssel"), a consumer's or a client's secret, and a licence's serial in several
// languages ("serial", "Seriennummer", "número de serie", "シリアル番号", "序列号"): after these, a long hex run and
// the grouped runs below too.
const KEY_WORD =
  /(?<![\p{L}\p{N}_./-])(?:token|(?:secret|private|upload|api|access|auth|signing|master|admin|pass|security|recovery|backup|restore|licen[cs]e|product|activation)[ \t_-]?key|(?:consumer|client|app)[ \t_-]?secret|serial(?:[ \t]+(?:number|no\.?|key|code))?|serien(?:nummer|schlüssel)|n[úu]mero[ \t]+de[ \t]+s[ée]rie|num[ée]ro[ \t]+de[ \t]+s[ée]rie|numero[ \t]+di[ \t]+serie|серийн\p{L}*[ \t]+(?:номер|ключ)|シリアル(?:番号|キー)?|序列号|序號|wiederherstellungs(?:schlüssel|code)|cl[ée][ \t]+de[ \t]+(?:r[ée]cup[ée]ration|s[ée]curit[ée])|clave[ \t]+de[ \t]+(?:recuperaci[óo]n|seguridad)|chave[ \t]+de[ \t]+(?:recupera[çc][ãa]o|seguran[çc]a))(?![\p{L}\p{N}_-])/giu;

const SERIAL = /^(?:serial|serien|n[úu]mero|num[ée]ro|numero|серийн|シリアル|序列号|序號)/iu;

/**
 * AR's round: a key or a passphrase written in groups (Matrix's security key, twelve groups of four, "EsTc 9xQ2 …";
 * Signal's backup passphrase, six groups of five digits; a licence's serial, "5726-7999-…"): four or more groups of four
 * to six letters or digits, one space or hyphen between, the groups of one length save a shorter last, half of them at
 * least with a digit or a capital after a small letter, and letters of both cases or none. Taken whole after a key's
 * or a password's word.
 */
const GROUP_RUN = /^[A-Za-z0-9]{4,6}(?:[ -][A-Za-z0-9]{3,6}){3,15}(?![\p{L}\p{N}]|[ -][A-Za-z0-9])/u;

function groupRun(line: string): string | null {
  const m = GROUP_RUN.exec(line);
  if (!m) return null;
  const groups = m[0].split(/[ -]/);
  const len = groups[0]!.length;
  if (!groups.slice(0, -1).every((g) => g.length === len) || groups[groups.length - 1]!.length > len || new Set(m[0].replace(/[A-Za-z0-9]/g, '')).size > 1) return null;
  // Half the groups at least drawn at random, a digit or a capital after a small letter in them: a sentence's words
  // ("with from that …", "Meet Near Park Gate") hold neither.
  if (groups.filter((g) => /\d|[a-z][A-Z]/.test(g)).length * 2 < groups.length || !/\d/.test(m[0])) return null;
  const letters = m[0].replace(/[^A-Za-z]/g, '');
  if (letters === '') return m[0].replace(/\D/g, '').length >= 16 ? m[0] : null;
  return /[A-Z]/.test(letters) && /[a-z]/.test(letters) ? m[0] : /^[A-Z0-9 -]+$/.test(m[0]) && groups.length >= 5 ? m[0] : null;
}

const GROUP_START = /(?<![\p{L}\p{N}])[A-Za-z0-9]{4,6}(?:[ -][A-Za-z0-9]{3,6}){3}/gu;

/** Where in a line (at most 120 characters) a grouped run with small and capital letters starts, and the run. */
function mixedGroupsIn(line: string): [number, string] | null {
  if (!/\d/.test(line) || !/[a-z]/.test(line) || !/[A-Z]/.test(line)) return null;
  GROUP_START.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = GROUP_START.exec(line)); ) {
    const run = groupRun(line.slice(m.index));
    if (run && /[a-z]/.test(run)) return [m.index, run];
    GROUP_START.lastIndex = m.index + 1;
  }
  return null;
}

/** A long hex run after a key's word: a generated key ("Passkey 0389a1…"); not a hash's or a fingerprint's (words between). */
const LONG_HEX = /^(?=[0-9a-f]{0,127}\d)(?=[0-9a-f]{0,127}[a-f])[0-9a-f]{32,128}$/i;

function randomKey(value: string): boolean {
  if (!/^[A-Za-z0-9_-]{8,200}$/.test(value) || /^[a-z]{2,5}_/.test(value) || !/\d/.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return false;
  const switches = (value.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g) ?? []).length;
  // A program's identifier in camel case, digits anywhere ("getUserAccountSettings2024Final"), is no key.
  return switches >= (value.length >= 20 ? 3 : 2) && !/^[a-z]+(?:[A-Z][a-z]+)+$|^(?:[A-Z][a-z]+){2,}$/.test(value.replace(/\d+/g, ''));
}

/**
 * AO's round: shapes a password's generator gives, read after a password's, a Wi-Fi key's, a "now" or a computer's word:
 * plain words joined by hyphens, with or without a number (`civil-cloud-adult-12`, `chunk-crystal-city`); a word, a
 * symbol and digits in any script (`Drone=9301$`, `蜂蜜&64#`, `καρότσι-0673`, `Hive40_`); letters, digits and symbols
 * changing class four times or more (`M45hAngl3-91`, `zQ-H_Dga7wB4j22KRqQ`).
 */
const HYPHEN_WORDS = /^\p{L}{2,12}(?:-\p{L}{2,12}){2,5}(?:-?\d{2,4})?$/u;
const WORD_SYMBOL_DIGITS = /^[\p{L}\p{M}]{2,16}(?:[!#$%&*+=@^~_-]\d{2,6}[!#$%&*+=@^~_-]?|\d{2,6}[!#$%&*+=@^~_-])$/u;

function generatedShape(value: string): boolean {
  // Without a number, four letters a word at least: prose's compounds hold short ones ("skip-the-line", "end-to-end").
  if (HYPHEN_WORDS.test(value)) {
    const words = value.split('-').filter((w) => /^\p{L}/u.test(w));
    // Without a number, small letters only too: a network's or a product's name capitalises a word ("sign-language-Guest").
    return words.every((w) => /\p{Ll}/u.test(w) && !/\p{Lu}{2}/u.test(w) && (/\d/.test(value) || (w.length >= 4 && !/\p{Lu}/u.test(w))));
  }
  // A Latin name, a hyphen and a number is a model's or a route's ("Boeing-737", "Route-66"); other scripts' are rarer.
  // A user id in capitals before a prompt's dash ("PASSWORD FOR TSO0142-") is a mainframe's, not a draw.
  if (WORD_SYMBOL_DIGITS.test(value)) return !/^\p{Script=Latin}+-\d+$/u.test(value) && !/^[A-Z]+\d/.test(value);
  if (value.length < 8 || value.length > 40 || !/\d/.test(value) || !/\p{L}/u.test(value) || /^[\d.:/-]+\p{L}{0,3}$/u.test(value)) return false;
  // Not a name's tail run on to the word (`PASSWORD_MIN_LENGTH=14`), a setting (`MIN=8`), a member path (`process.env.X`).
  if (!/^[\p{L}\d!#$%&*+=@^~_.-]+$/u.test(value) || /\.\p{L}/u.test(value) || /^v?\d|^[_.-]|^[A-Za-z_]\w*=/u.test(value)) return false;
  const classes = value.replace(/\p{L}+/gu, 'a').replace(/\d+/g, '0').replace(/[^a0]+/g, '-');
  return classes.length >= 5 && /[A-Z]|[^\x00-\x7F]/u.test(value) || classes.length >= 7;
}

/**
 * AP's round: after a password's own word (not a code's, a key's or a "now"), the value's shape may be any a person
 * types: leet spellings and symbols that open with a digit or a dot (`1nd1g0m1$7n37=`, `.indigo11IN`, `22bronco.esports`),
 * a word, a dot and a word with digits (`valve.crampon88`), a draw with an `=` inside (`c49T9=aRuc@k+G`), words and digits
 * joined by `_` or `-` (`podcast_kiln86`, `buoy-bail362`), letters of both cases changing four times (`jgkDhbDvensTJH`).
 * Still not a link, a path, an address, a file's name, a version, a date, a time, a money sum, a setting's `NAME=`
 * or a member path without digits (`process.env`, `config.password`).
 */
const FILE_ENDING = /\.(?:txt|json|ya?ml|env|conf|cfg|ini|xml|csv|pdf|docx?|xlsx?|png|jpe?g|gif|zip|gz|key|pem|kdbx|sh|py|js|ts|md|log|html?|php|exe|com|net|org|io|app|dev|ai|co|uk|de|fr|me|tv|gg|xyz|cloud|site|online|local|lan|internal|edu|gov)$/i;

/** Words between that make the password's word part of another thing's name: a manager, a policy, a field, a dump. */
const PASSWORD_THING = /(?<![\p{L}])(?:manager|managers|app|apps|vault|keeper|tool|generator|policy|policies|field|box|hint|rules?|requirements?|strength|length|expir\p{L}*|change|update|protected|protection|file|list|dump|hash\p{L}*|leak\p{L}*|breach\p{L}*|version)(?![\p{L}])/iu;

function typedAfterPasswordWord(value: string): boolean {
  // Printable ASCII only: a word of another script glued to digits is the other shapes' to judge ("12文字以上").
  if (value.length < 6 || value.length > 40 || !/^[A-Za-z0-9!#$%&*+=@^~_.?-]+$/.test(value) || value.startsWith('-')) return false;
  // A prefix and a number ("ezi-12", "COVID-19"), a user id in capitals ("TSO0142"), a dotted path of three parts or
  // one that opens on a program's object (`process.env.DB_PASS1`, `config.db.pw2`).
  if (/^[A-Za-z]{1,8}-\d{1,3}$|^[A-Z]+\d+[-_.]?$/.test(value) || /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}$/.test(value)) return false;
  if (/^(?:process|os|env|config|cfg|conf|settings|self|this|window|secrets|vars|params|ctx|req|res|app|system)\./i.test(value)) return false;
  if (/:\/\/|[/\\]|@[\p{L}][\w-]*\.\p{L}/u.test(value) || FILE_ENDING.test(value)) return false;
  if (/^v?\d+(?:[.,:/-]\d+)+\p{L}{0,3}$|^\d+(?:[.,]\d+)?(?:k|m|%|€|\$)?$|^[$€£]\d+(?:[.,]\d+)*[kKmM]?$/u.test(value)) return false;
  if (/^[A-Za-z_][A-Za-z_]*=/.test(value) || /^[A-Za-z_]+(?:\.[A-Za-z_]+)+$/.test(value)) return false;
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  const digits = (value.match(/\d/g) ?? []).length;
  const symbols = value.length - letters - digits;
  if (letters >= 3 && digits >= 2) return true;
  if (letters >= 4 && digits >= 1 && symbols >= 1) return true;
  if (digits === 0 && symbols === 0 && value.length >= 10 && /\p{Ll}/u.test(value) && /\p{Lu}/u.test(value)) {
    if (/^[a-z]+(?:[A-Z][a-z]+)+$|^(?:[A-Z][a-z]+){2,}$/.test(value)) return false;
    return (value.match(/\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Ll})/gu) ?? []).length >= 4;
  }
  return false;
}

/**
 * AV's round: three to six small words joined by dots or underscores, as a passphrase generator joins them
 * ("marble_harbor_quartz_fern", "copper.willow.heron"), after a password's word (hyphens are `generatedShape`'s): not a
 * program's member path or setting's name, whose words are a program's (`form.password.value`), nor a description.
 */
const DOTTED_OR_UNDERSCORED_WORDS = /^(\p{Ll}{4,12}([._])\p{Ll}{4,12}(?:\2\p{Ll}{4,12}){1,4})$/u;
/** A program's words, which a member path or a setting's name holds (`form.password.value`, `config.auth.token`). */
const MEMBER_WORD =
  /^(?:password|passwd|pass|pwd|secret|secrets|token|tokens|key|keys|value|values|form|forms|config|conf|settings|data|input|field|fields|user|users|auth|login|self|this|props|state|request|response|body|params|query|store|model|target|event|current|default|defaults|options|env|process|window|document|element|object|string|length|text|name)$/;

function shapeSaysSecret(value: string, codeWord: boolean | 'key' | 'computer'): boolean {
  const computer = codeWord === 'computer';
  if (codeWord === 'key') return randomKey(value) || LONG_HEX.test(value);
  if (codeWord !== true && generatedShape(value)) return true;
  const joined = codeWord === false ? DOTTED_OR_UNDERSCORED_WORDS.exec(value) : null;
  if (joined && !joined[1]!.split(joined[2]!).some((w) => MEMBER_WORD.test(w)) && generatedPhrase(joined[1]!.split(joined[2]!).join(' '))) return true;
  if (codeWord === true && KEYPAD.test(value)) return true;
  if (DIGITS.test(value)) {
    if (codeWord === 'computer') return false;
    if (/^(\d)\1+$/.test(value) || /^(?:19|20)\d\d$/.test(value)) return false;
    return true;
  }
  if (codeWord === true) return false;
  if (WORD_RUN_DIGITS.test(value)) {
    const letters = value.replace(/\d+$/, '');
    // After a computer's or a Wi-Fi's word, a capitalised name and a number is a product's ("runs Windows11").
    if (computer && /^\p{Lu}/u.test(letters)) return false;
    if (/^\p{Script=Latin}+$/u.test(letters) && letters.length < 6) return false;
    // A CamelCase name with a year ("PostgreSQL2019"): a run of capitals is an acronym's, not a password's.
    if (/\p{Lu}{3}/u.test(letters)) return false;
    return true;
  }
  // A program's identifier in camel case ("getUserByIdAndName", "PasswordResetToken") is no password.
  if (/^[a-z]+(?:[A-Z][a-z]+)+\d*$|^(?:[A-Z][a-z]+){2,}\d*$/.test(value) && !WORD_RUN_DIGITS.test(value)) return false;
  if (/^[\p{L}\d]{10,40}$/u.test(value) && /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)) {
    const switches = (value.match(/\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Ll})/gu) ?? []).length;
    return switches >= (/\d/.test(value) ? 4 : 6);
  }
  return false;
}

/** What follows "pass" as a verb: an article, a pronoun or a particle ("pass the salt", "pass it on", "pass me the …"). */
const PASS_AS_A_VERB = /^[ \t]+(?:the|a|an|this|that|these|those|it|me|him|her|us|them|my|your|our|his|their|on|over|along|around|by|through|out|up|down)(?![\p{L}])/iu;

function findValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text) && !/\p{Lu}/u.test(text) && !/\p{L}{4}[-._]\p{L}{4,}[-._]\p{L}{4}|(?:[a-z]{3,8}[ \t]+){3}[a-z]{3}|(?:[a-z]{3,12}[ \t]+){2}[a-z]{3}/u.test(text)) return spans;
  let after = 0;
  // The end of the last value taken by any word's kind: digits before a code's word are another number's, unless this
  // rule has just taken them.
  let taken = 0;
  for (const [re, codeWord] of [
    [SECRET_WORD, false],
    [CODE_WORD, true],
    [KEY_WORD, 'key'],
    [NOW_WORD, false],
    [WIFI_KEY_WORD, false],
    [CHANGED_WORD, false],
    [COMPUTER_WORD, 'computer'],
  ] as const) {
    // A text that names no password is not scanned for a password's word (`SECRET_WORD` needs one of the trigger's).
    if (re === SECRET_WORD && !mayHold(PASSWORD_WORD_TRIGGER, text)) continue;
    re.lastIndex = 0;
    // Each word's kind reads the text from its start: a later kind's value may stand before an earlier kind's.
    after = 0;
    const breakBefore = lastBreakBefore(text);
    for (let a: RegExpExecArray | null; (a = re.exec(text)); ) {
      const word = a[0];
      // A word in the Arabic script inside a longer one names something else ("الرمز البريدي", a postal code).
      if (/^[\u0600-\u06FF]/.test(word) && /[\u0600-\u06FF]/.test(text[a.index - 1] ?? '')) continue;
      // The bare word "code" names too many things to stand alone; AO's round reads it where the digits close the clause
      // (a short particle of the sentence's language at most after them: "… code chu 40751 a ni, …", "lo kod la pot lé
      // 5253."), as a code said to someone is; a code of another kind goes on ("code 4412 for 20% off", "code 2201 means").
      const bare = codeWord === true && /^(?:code|kod|mã|ma\u0303)$/iu.test(word);
      if (codeWord === true && NOT_A_CODE.test(word) && !bare) continue;
      const from = a.index + word.length;
      // AV's round: a password's word joined by an underscore to more of a name is a setting's name
      // (`WebUI\Password_PBKDF2=…`, `password_hash:`), whose value the rules for keys read by the whole name.
      if (re === SECRET_WORD && text[from] === '_') continue;
      // "pass" before an object is the verb: "can you pass the token economy chapter summary?" (four words a generator's
      // list holds) hands nothing over, where "pass: …" and "user admin pass …" do.
      if (re === SECRET_WORD && /^pass$/i.test(word) && PASS_AS_A_VERB.test(text.slice(from, from + 12))) continue;
      const rest = text.slice(from, from + 120);
      const line = rest.slice(0, (rest.indexOf('\n') + 1 || rest.length + 1) - 1);
      // Every value holds a digit, is ten letters at least, three words joined by hyphens (AV's round: or by dots or
      // underscores) or four plain words: a line without any of them is passed over at once.
      // AR's round: a line with three plain words only is read for a run of words after the word (`runAfterSecretWord`), and
      // for nothing else.
      const onlyRuns = re !== CHANGED_WORD && !/\d|[\p{L}\d]{10}|\p{L}{4}[-._]\p{L}{4,}[-._]\p{L}{4}|(?:[a-z]{3,8}[ \t]+){3}[a-z]{3}/u.test(line);
      if (onlyRuns && !((re === SECRET_WORD || re === WIFI_KEY_WORD) && /(?:[a-z]{3,12}[ \t]+){2}[a-z]{3}/.test(line))) continue;
      let before = text.slice(Math.max(0, a.index - 100), a.index);
      before = before.slice(before.lastIndexOf('\n') + 1);
      // A code's word on a line with other numbers before it (not one this rule has just taken: "engineer code 4262,
      // user code 2574") is a form's or a receipt's field (an order's, a card's, an address's number first: "Nombor pesanan 8319251, poskod 50450", "Karta: **** 3466 / Kodi i autorizimit").
      if (codeWord === true && OTHER_CODE_BEFORE.test(before)) continue;
      // AP's round: a keypad's marked code (`KEYPAD`) is taken after other numbers too ("tower 4: … my locker combo is 465D").
      // AV's round: on the code word's own line only: a line above (a password's policy, "at least 12 characters") is
      // another sentence's, not a form's field beside the code; and a number of its own or an id's (`A402711`), not
      // digits run on to a word (a password given before the code: "… is Harbor72$. The door code is …").
      const numbersBefore = codeWord === true && /(?<![\p{L}\p{N}])(?:\p{L}{1,3})?\d|[*•]{3}/u.test(text.slice(Math.max(0, a.index - 120, after, taken, breakBefore(a.index - 1) + 1), a.index));
      // "Do not pick these passwords:", "avoid passwords like": a list of bad ones follows.
      if (NOT_THE_PASSWORD.test(before) || /(?<![\p{L}])(?:these|those|never|not|avoid|don['’]?t)(?![\p{L}])[^.!?]{0,20}$/iu.test(before)) continue;
      // Try each end of the words between, shortest first: the first token after them whose shape says secret.
      let at = 0;
      let words = 0;
      const mixedAhead = codeWord === 'key' || re === SECRET_WORD ? mixedGroupsIn(line) : null;
      while (at <= line.length && words <= 5) {
        // AP's round: a copula of a script without spaces, written onto the value ("密码是.indigo11IN", "비번은…").
        const lead = /^[ \t]*(?:[:：=]|是|為|为|は|は、|는|은|이|가)?[ \t]*/u.exec(line.slice(at))![0];
        const v = VALUE.exec(line.slice(at + lead.length));
        if (!v) break;
        const long = codeWord === 'key' ? KEY_VALUE.exec(line.slice(at + lead.length)) : null;
        const src = (long && LONG_HEX.test(long[0].replace(/[.:：'’`]+$/, '')) ? long : v)[0];
        const raw = src.replace(/[.:：'’`]+$/, '').replace(/^['’`]+/, '');
        const between = line.slice(0, at);
        // Groups with letters of both cases are no address's, phone's or order's number, whatever the words between say.
        const mixedGroups = mixedAhead && mixedAhead[0] === at + lead.length ? mixedAhead[1] : null;
        if (between && !mixedAhead && codeWord === 'key' && /(?<![\p{L}])(?:to|from|address|wallet|public|publishable|site)(?![\p{L}])/iu.test(between)) break;
        if (between && (NOT_THE_PASSWORD.test(between) || ANOTHER_NUMBER.test(between) || SUCH_AS.test(between) || A_NAME.test(between)) && !mixedAhead) break;
        if (between && !mixedAhead && codeWord === 'key' && /(?<![\p{L}])(?:hash|sha\d*|md5|checksum|fingerprint|commit|digest|id|public)(?![\p{L}])/iu.test(between)) break;
        const grouped = mixedGroups ?? (codeWord === 'key' || re === SECRET_WORD ? groupRun(line.slice(at + lead.length)) : null);
        if (grouped) {
          const start = from + at + lead.length;
          if (start >= after) {
            spans.push({ start, end: start + grouped.length, label: 'password' });
            after = start + grouped.length;
            taken = Math.max(taken, after);
          }
          break;
        }
        // A passphrase of list words (`listPhrase`) where a value could start: taken whole, before its first word alone.
        const phrase =
          codeWord === false || codeWord === 'computer'
            ? (listPhrase(line.slice(at + lead.length), codeWord === 'computer' || re === WIFI_KEY_WORD) ?? (re === CHANGED_WORD && at === 0 ? plainRun(line.slice(lead.length)) : null))
            : null;
        const wordRun = !phrase && (re === SECRET_WORD || re === WIFI_KEY_WORD) ? runAfterSecretWord(line.slice(at + lead.length), line.slice(0, at + lead.length)) : null;
        if (wordRun) {
          const start = from + at + lead.length + wordRun[0];
          if (start >= after) {
            spans.push({ start, end: start + wordRun[1].length, label: 'password' });
            after = start + wordRun[1].length;
            taken = Math.max(taken, after);
          }
          break;
        }
        if (onlyRuns) {
          if (!/^[\p{L}\p{M}'’-]{1,16}$/u.test(raw) || v[0].endsWith('.')) break;
          at += lead.length + v[0].length;
          words++;
          continue;
        }
        if (phrase) {
          const start = from + at + lead.length;
          if (start >= after) {
            spans.push({ start, end: start + phrase.length, label: 'password' });
            after = start + phrase.length;
            taken = Math.max(taken, after);
          }
          break;
        }
        if (((re === CHANGED_WORD ? generatedShape(raw) : shapeSaysSecret(raw, codeWord)) || ((re === SECRET_WORD || (re === CHANGED_WORD && !/^new[ \t]+one/i.test(word))) && words <= 1 && !/^log|^user|^benutzer|^usu[áa]rio|^utilisateur/i.test(word) && typedAfterPasswordWord(raw) && !PASSWORD_THING.test(between))) && !isMarker(raw)) {
          // A serial's word takes a licence's grouped run only: a device's or a certificate's serial is printed on it.
          if (codeWord === 'key' && SERIAL.test(word)) break;
          const start = from + at + lead.length + src.indexOf(raw);
          // BN's round: after a Wi-Fi's word, the first of two values in a row is the network's name (`networkNameBeforeKey`).
          if (codeWord === 'computer' && /^(?:wi-?fi|wlan|вай|وائی|وای|वाइ|वाई)/iu.test(word) && networkNameBeforeKey(text, start + raw.length, between)) break;
          const tail = text.slice(start + raw.length, start + raw.length + 40);
          // What follows names another number ("8656 يظهر", "15000 kwa mwezi", "8080 está abierto" with its port before).
          const next = tail.slice(0, tail.search(/[\n.!?;]|$/));
          // A list after it (", 5678, 0000"): examples or a rule's, not one given.
          // AP's round: a keypad's marks say what the code is, wherever the clause goes on ("code 225D maj chi …"); plain
          // digits right after the bare word or its English copula are taken where a list's dot or a sign-off's dash
          // closes them ("the code is 81984 · …", "code 3990 — Backroom"), as a note of codes is laid out; a stop or a
          // comma after them still leaves a program's or a receipt's code ("The code is 5512.").
          const keypad = KEYPAD.test(raw);
          if (numbersBefore && !keypad) break;
          // A combination's word takes a keypad's marked code only: its digits alone are a price, a count or a model as
          // often ("That combination lock costs 1299"), and the lock rules read those (`codes-after-locks.ts`).
          if (!keypad && /^(?:combo|comb[iy]na|kombina|комбинац)/iu.test(word)) break;
          if (bare && !keypad && (!CLAUSE_ENDS.test(tail) || (ENGLISH_BETWEEN.test(line.slice(0, at)) && !/^[ \t]*(?:·|[—–][ \t]+\p{Lu})/u.test(tail)))) break;
          if (!MEASURE_AFTER.test(tail) && !(codeWord === true && ANOTHER_NUMBER.test(next.slice(0, 24))) && !/^[!?.#*]*[ \t]*[,;][ \t]*[^\s,;]{3,}[ \t]*[,;]/u.test(tail) && start >= after) {
            spans.push({ start, end: start + raw.length, label: 'password' });
            after = start + raw.length;
            taken = Math.max(taken, after);
          }
          break;
        }
        // The words between: up to five, letters of any script (a particle, a copula, "for the wifi"), no digit, and
        // no stop that ends the sentence.
        if (!/^[\p{L}\p{M}'’-]{1,16}$/u.test(raw) || v[0].endsWith('.')) break;
        at += lead.length + v[0].length;
        words++;
      }
    }
  }
  return spans;
}

export const VALUES_AFTER_SECRET_WORD_FINDERS: readonly Finder[] = [{ name: 'values-after-secret-words', find: findValues }];
