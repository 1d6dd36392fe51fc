import { factored, fastAnchors, fastScan } from './fast-anchors';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { anotherThingsNumber, isMarker, trimTrailingPunctuation } from './values';

/**
 * A password beyond doubt a few words after a password word in any language, whatever stands between: "管理密码
 * xiaomi@0917home", "كلمة مرور حساب الإدارة في نظام الصيدلية هي Saydaliya@2025", "Password akun admin toko online kami
 * TokoMaju!88", "the pass for the shared Netflix is Pelicula$2026 pero …", "the shared login for the portal: user /
 * Cardinal2023!". The prose rules know each language's verbs and qualifiers; where a language or a wording is not in
 * their tables, the value itself says what it is: letters, a digit and a symbol no user name or word carries
 * (`!#$%^&*?~+=@`), or both cases with a digit and `_`/`-`, never a link, an e-mail or a dotted name. Words between
 * that make the value an example, a rule or an error keep it ("a password like …", "must contain …", "error: …").
 */

export const PASSWORD_WORDS = new RegExp(
  String.raw`password|passwort|passwd|passphrase|\bpass\b|\bpwd?\b|kennwort|wachtwoord|mot de passe|\bmdp\b|contrase|\bclave\b|\bsenha|\bparola\b|lösenord|salasana|has[lł]o|heslo|пароль|κωδικ|şifre|sifre|sandi|mật khẩu|密码|密碼|口令|パスワード|비밀번호|كلمة مرور|كلمة المرور|كلمة السر|पासवर्ड|\bWPA2?-PSK\b|\blogin\b|` +
    // Persian (رمز, گذرواژه, کلمه عبور, پسورد), Urdu, Hebrew, Swahili, Hungarian, Norwegian and Danish, Malay, Thai.
    'رمز|گذرواژه|کلمه عبور|پسورد|پاس ورڈ|סיסמ|nenosiri|neno la siri|jelsz|passord|adgangskode|kata laluan|รหัสผ่าน|' +
    // BF's round: Danish's and Norwegian's other word, "kodeord" ("kodeordet", the password).
    '\\bkodeord|' +
    // Afrikaans, Icelandic, Irish, Welsh, Galician, Catalan, Latvian, Lithuanian, Estonian, Albanian, Serbian and
    // Croatian, Macedonian, Bulgarian, Georgian, Armenian, Azerbaijani, Kazakh, Mongolian, Amharic, Bengali, Sinhala,
    // Khmer, Lao, Burmese, Esperanto, Luxembourgish, Zulu.
    'wagwoord|lykilorð|aðgangsorð|pasfhocal|focal faire|cyfrinair|contrasinal|contrasenya|\\bparole\\b|slaptažod|\\bparool|fjalëkalim|lozink|лозинк|парола|პაროლ|գաղտնաբառ|şifrə|құпиясөз|нууц үг|የይለፍ ቃል|পাসওয়ার্ড|මුරපදය|ពាក្យសម្ងាត់|ລະຫັດຜ່ານ|စကားဝှက်|pasvorto|passwuert|iphasiwedi|' +
    // Welsh after its mutations (fy nghyfrinair, ei gyfrinair, ei chyfrinair), Slovenian, Basque, Yoruba (ọ̀rọ̀ aṣínà,
    // ọ̀rọ̀ ìpamọ́; tone marks as combining marks or not, read as code units so that the scan needs no Unicode mode), Igbo, Hausa, Frisian, Faroese, Maori, Haitian Creole, Uzbek,
    // Tajik, Kyrgyz, Turkmen, Kurdish, Pashto, Marathi, Hindi's own word, Nepali, Tamil, Telugu, Kannada, Malayalam,
    // Odia, Bengali's own word, Javanese.
    String.raw`(?:ngh|ch|g)yfrinair|\bgesl(?:o|a|u|om)\b|pasahitz|[oọ][\u0300-\u036f]*r[oọ][\u0300-\u036f]*[ \t]+a[sṣ][\u0300-\u036f]*[iíì][\u0300-\u036f]*n[aàá][\u0300-\u036f]*|[oọ][\u0300-\u036f]*r[oọ][\u0300-\u036f]*[ \t-]*[iìí][\u0300-\u036f]*pam[oọ][\u0300-\u036f]*|okwuntughe|kalmar sirri|wachtwurd|loyniorð|kupuhipa|modpas|\bparol\b|\bпарол\b|сырсөз|açar sözi|şîfre|پټنوم|संकेतशब्द|कूटशब्द|पासवर्ड|கடவுச்சொல்|సంకేతపదం|ಗುಪ್ತಪದ|രഹസ്യവാക്ക്|ପାସୱାର୍ଡ|গুপ্তশব্দ|tembung sandhi|` +
    // Javanese (sandhi), Malagasy, Tongan, Breton, Quechua, Wolof, Shona, Sesotho, Tswana, Xhosa, Chichewa, Kinyarwanda, Luganda, Lingala,
    // Oromo, Tigrinya, Samoan, Tok Pisin, Sindhi, Assamese, Uyghur, Tatar (AF's round).
    String.raw`passcode|sandhi|teny[ \t]+miafina|tenimiafina|lea[ \t]+fuf[uū]|ger[ \t-]+tremen|gerioù[ \t-]+tremen|pakasqa[ \t]+simi|baatu[ \t]+j[àa]ll|pasiwedh?i|phasewete|lefoko[ \t]+la[ \t]+sephiri|igama[ \t]+lokugqitha|mawu[ \t]+achinsinsi|ijambo[ \t]+ry['’]ibanga|ekigambo[ \t]+ky['’]ekyama|liloba[ \t]+ya[ \t]+sekele|jecha[ \t]+icciitii|ቃለ[ \t]+ምስጢር|upu[ \t]+fa['’]?alilolilo|paswod|پاسورڊ|পাছৱৰ্ড|مەخپىي[ \t]+نومۇر|серсүз|` +
    // The English word in the Indic scripts (with or without the zero-width non-joiner), Amharic with its possessive
    // (ቃሌ, my password), Somali, Irish after its mutations (mo phasfhocal, ár bpasfhocal).
    String.raw`పాస్\u200c?వర్డ్|ಪಾಸ್\u200c?ವರ್ಡ್|പാസ്\u200c?വേഡ്|પાસવર્ડ|ਪਾਸਵਰਡ|የይለፍ[ \t]+ቃ|ፓስወርድ|furaha[ \t]+sirta|erayga[ \t]+sirta|phasfhocal|bpasfhocal|` +
    // AG's round: Dhivehi (the English word in Thaana), Turkmen and Bashkir with their possessive ending (paroly,
    // паролы), Corsican, Sardinian, Occitan (senhal), Hawaiian (ʻōlelo huna), Tok Pisin (paswot), Guarani (ñe'ẽñemi),
    // Nahuatl (ichtaca tlahtolli), Greenlandic (isissutissaq), Fijian (vosa vuni), Yiddish (פּאַראָל), Tibetan (གསང་ཚིག)
    // and Sorani Kurdish (وشەی نهێنی, تێپەڕەوشە).
    // AH's round: Tigrinya (ምስጢራዊ ቃል, the secret word), Samoan (upu lilo), Somali's "key" alone (furaha, as a new
    // password is given: "furaha cusub ee …"), Kurdish Kurmanji with its circumflex (şîfre, şîfreya).
    String.raw`ምስጢራዊ[ \t]+ቃል|upu[ \t]+lilo|\bfuraha\b|şîfre|` +
    String.raw`ޕާސްވޯޑ|\bparoly\b|паролы|паролі|пароли|parolla[ \t]+d['’]intrata|paràula[ \t]+de[ \t]+intrada|\bsenhal|[ʻ‘'’]?[oō]lelo[ \t]+h[uū]n[aā]|paswot|ñe['’]ẽñemi|ne['’]e[ \t]?ñemi|ichtaca[ \t]+tlahtolli|isissutissa|vosa[ \t]+vuni|פּאַראָל|פאראל|གསང་ཚིག|وشەی[ \t]+نهێنی|تێپەڕەوشە`,
  'giu',
);

/** A name's rest, its separator and an empty quoted value: `Password="",`, `password: ''`. */
const EMPTY_VALUE = /^[\w-]{0,24}["']?[ \t]*[:=][ \t]*(?:""|'')(?![^\s,;)}\]])/;

/**
 * BJ's round: the word's own value is a variable the shell or the tool fills in (`PBS_PASSWORD="$DB_PASS" client …
 * --repository …`, `-p %ADMIN_PASSWORD%`, `-p <password>`): the password is not in the line, and what follows is
 * another option's.
 */
const VARIABLE_VALUE = /^[\w-]{0,24}["']?(?:[ \t]*[:=][ \t]*|[ \t]+)["']?(?:\$\{?[A-Za-z_]\w*\}?|\$env:[A-Za-z_]\w*|%[A-Za-z_]\w*%|<[\w -]{1,40}>)["']?(?=[\s,;]|$)/;

/**
 * BJ's round: words in brackets closed right before a host (`rota:[see password manager]@graph01:7687`): a URL's
 * password slot filled with a note, whose last word and the host after it are no value.
 */
const NOTE_CLOSED_BEFORE_HOST = /^[\p{L}\p{N}]+[\])}]@/u;

/**
 * BY's round: a label of another thing's name right before the value, with its verb or sign: "the network name changed
 * to …", "SSID: …", "username is …", "host name is now …".
 */
const OTHER_NAME_RIGHT_BEFORE =
  /(?<![\p{L}])(?:(?:network|wi-?fi|router|device|printer|computer|account|user|login|host|server|display|screen)[ \t-]?name|ssid|e-?mail(?:[ \t]+address)?)[ \t]*(?:[:=]|(?:is|was|became|reads)(?:[ \t]+now)?|(?:is[ \t]+now|now)|(?:changed|renamed|switched|set|updated)[ \t]+to)[ \t]*$/iu;

/** How far after the word the value may stand, on the same line and in the same sentence. */
const WINDOW = 96;
const SENTENCE_END = /[.!?]\s|[\n。！？؟።။]/;

/** Words that make what follows an example, a rule, an error or a hash, not the password. */
export const NOT_THE_PASSWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:like|such as|e\.g|example\p{L}*|beispiel|ejemplo|exemplo|esempio|sample|placeholder|dummy|default\p{L}*|docs?|documentation|tutorial|must|should|needs?|requires?|at least|characters|chars|policy|rules?|format|pattern|regex|hash\p{L}*|bcrypt|error\p{L}*|fehler\p{L}*|message|says|shows?|prints?|output|log|wrong|incorrect|invalid|succe\p{L}*|fail\p{L}*|attempts?|blocklist|blacklist|denylist|common|obvious|weak|reset|generat\p{L}*|random\p{L}*|field|column|variable|env|hint|` +
    // The same words in Persian, Arabic, Hebrew and Swahili: for example, like, must, at least, characters (letters).
    'mfano|lazima|herufi|angalau|مثلا|مثلاً|مثال|برای مثال|باید|حداقل|کاراکتر|مثل|يجب|على الأقل|أحرف|حروف|לדוגמה|כמו|חייבת|חייב|לפחות|תווים)(?![\\p{L}])',
  'iu',
);

const SYMBOL = /[!#$%^&*?~+=@]/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** "now it's", "is now": what a password became. */
const NOW = /(?<![\p{L}])now(?![\p{L}])/iu;

/**
 * A generated passphrase: three or more small words joined by hyphens, digits at the end, run on or after one more
 * hyphen as two digits at least ("walrus-umbra-velvet-umbra6", "cobalt-ferry-quiet-42"; not a build's "-2"), as password
 * managers make them.
 */
const HYPHENATED_PASSPHRASE = /^\p{Ll}{3,}(?:-\p{Ll}{3,}){2,}(?:\d{1,4}|-\d{2,4})$/u;

/**
 * A word, `=` and digits, a common pattern of chosen passwords ("Tangerine=8612", "Sequoia=6329kestrel"): a capital
 * word on the left, which a log's or a command's fields (`uid=1000`, `user=bob`) do not have.
 */
const WORD_EQUALS_DIGITS = /^\p{Lu}\p{Ll}{2,}=\p{Ll}{0,12}\d{2,}\p{Ll}{0,12}$/u;

/**
 * BH's round: words of both cases joined by `_`, `-` or `.` and ended by a symbol, as generators draw a password with
 * no digit ("tussock_Heron_lintel#"): no name, path or sentence ends so.
 */
const JOINED_WORDS_AND_SYMBOL = /^(?=[^\p{Lu}]*\p{Lu})(?=[^\p{Ll}]*\p{Ll})\p{L}{3,12}(?:[_.-]\p{L}{3,12}){2,5}[!#$%^&*?~+=@]{1,3}$/u;

function passwordBeyondDoubt(value: string): boolean {
  if (value.length >= 12 && value.length <= 48 && JOINED_WORDS_AND_SYMBOL.test(value)) return true;
  if (value.length < 8 || value.length > 48 || !/\d/.test(value) || !/\p{L}/u.test(value)) return false;
  if (HYPHENATED_PASSPHRASE.test(value) || WORD_EQUALS_DIGITS.test(value)) return true;
  // A link, a path, an e-mail address, a log's or a command's `name=value` field.
  if (/:\/\/|\/|\\|[\w-]@[\w-]+\.\p{L}|^[\w.-]+=/u.test(value) || !strongPassword(value)) return false;
  if (SYMBOL.test(value)) return true;
  return /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && /[_-]/.test(value);
}

/** A token: from a separator (space, colon, equals) or right after a Han character, to the next space or quote. */
const TOKEN = /(?<=[\s:：=]|\p{sc=Han})[\p{L}\p{N}][^\s"'“”<>()，。、；]{7,60}/gu;

/** The password words as an anchor scan: built once, not per text (a regex made per call is compiled anew). */
const ANCHORS = fastScan(fastAnchors(new RegExp(PASSWORD_WORDS.source, 'giu')));

function findNearValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const anchors = ANCHORS;
  anchors.lastIndex = 0;
  let a: RegExpExecArray | null;
  let after = 0;
  while ((a = anchors.exec(text))) {
    const from = a.index + a[0].length;
    if (from < after) continue;
    // A word in the Arabic script inside a longer one names something else: Arabic "الرمز البريدي" is a postal code,
    // where Persian رمز alone is a password.
    if (ARABIC_LETTER.test(a[0][0]!) && ARABIC_LETTER.test(text[a.index - 1] ?? '')) continue;
    let window = text.slice(from, from + WINDOW);
    // AV's round: the word's own value is empty (`ServerPassword="",PublicPort=8211,…`, `password: ''`): no password is
    // set, and what follows is the next setting's.
    if (EMPTY_VALUE.test(window) || VARIABLE_VALUE.test(window)) continue;
    // Every value holds a digit: a window without one is passed over before any other test (cheap on long texts of
    // password words, as a password manager's export or a word list is).
    if (!/\d/.test(window)) continue;
    // The words just before the password word count too: "the password blocklist: …", "a wrong password …".
    const lead = text.slice(Math.max(0, a.index - 40), a.index);
    const barred = NOT_THE_PASSWORD.exec(lead.slice(lead.lastIndexOf('\n') + 1));
    const end = SENTENCE_END.exec(window);
    if (end) window = window.slice(0, end.index + 1);
    // A reset before the word is no bar where the words after give what it is now: "I reset the BambooHR password
    // again and now it's X" (a reset link or code has no "now").
    if (barred && !(/^reset$/i.test(barred[0]) && NOW.test(window))) continue;
    const found = spans.length;
    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TOKEN.exec(window))) {
      const value = trimTrailingPunctuation(t[0]);
      if (isMarker(value) || !passwordBeyondDoubt(value) || NOTE_CLOSED_BEFORE_HOST.test(value)) continue;
      // BH's round: a host's port and what runs on from it (`@pbx.lan:5061;transport=tls`), in a link whose password
      // stood before the `@`.
      if (/@[\w.-]+:$/.test(window.slice(0, t.index))) continue;
      // BY's round: a nearer label names another thing the value is ("… but the network name changed to X", "the
      // username is X"): a network's, a user's or a host's name, not the password named before it.
      if (OTHER_NAME_RIGHT_BEFORE.test(window.slice(Math.max(0, t.index - 60), t.index))) continue;
      if (NOT_THE_PASSWORD.test(window.slice(0, t.index))) break;
      // A list of values after it (", Summer2024, Welcome1, …"): examples of bad passwords or a rule's, not one given.
      if (/^[ \t]*[,;،][ \t]*[^\s,;]{3,}[ \t]*[,;،]/u.test(window.slice(t.index + value.length))) break;
      // No break: a second password in the same sentence is one too ("X for the guests, Y for the staff network").
      spans.push({ start: from + t.index, end: from + t.index + value.length, label: 'password' });
      after = from + t.index + value.length;
    }
    // None in the word's own sentence, which ends in a full stop: the next sentence may give it after its verb
    // ("… bytte lösenord på tjänsten. Senaste jag minns är walrus-umbra-velvet-umbra6.").
    if (spans.length === found && end && /^[.!?。！？؟።။]/.test(end[0])) {
      const next = ABBREVIATION_END.test(window) ? null : nextSentenceValue(text, from + end.index + 1, NOT_THE_PASSWORD.test(window));
      if (next) {
        spans.push(next);
        after = next.end;
      }
    }
  }
  return spans;
}

/** How far the next sentence is read, and the verb for "is" (or "was", "reads") right before its value. */
const NEXT_SENTENCE_REACH = 140;
const COPULA_BEFORE = factored(/(?<![\p{L}])(?:is|was|är|var|ist|war|lautet|est|était|es|era|é|è|er|on|jest|je|reads)[ \t]+$/iu);

/** The next sentence's subject is something other than the password: "The server is …", "Username is …". */
const NAMES_ANOTHER_THING =
  factored(new RegExp(String.raw`(?<![\p{L}])(?:server|host\p{L}*|user\p{L}*|benutzer\p{L}*|anv[äa]ndar\p{L}*|name|namn|branch|tag|version|file|folder|path|database|db|id|e-?mail|account|konto|domain|url|link|ssid|network|n[äa]tverk|` +
    // A number of another kind in the next sentence: an order's, a booking's, an invoice's (Zulu "Inombolo ye-oda ngu-…").
    String.raw`number|nummer|num[ée]ro|n[úu]mero|numer|номер|i?nombolo|nambari|nomba|rhif|uimhir|order|oda|bestell\p{L}*|commande|pedido|ordine|zam[óo]wieni\p{L}*|заказ\p{L}*|${anotherThingsNumber(['case'])})(?![\p{L}])`, 'iu'));

/** A stop that ends an abbreviation, not a sentence: "e.g.", "i.e.", "etc.", "z.B.", "no.". */
const ABBREVIATION_END = /(?<![\p{L}])(?:e\.g|i\.e|etc|z\.B|u\.a|vs|cf|ca|no|nr|bzw|p\.ex|p\.e|ex)\.$/iu;

function nextSentenceValue(text: string, at: number, barred = false): SecretSpan | null {
  let sentence = text.slice(at, at + NEXT_SENTENCE_REACH);
  const end = SENTENCE_END.exec(sentence.replace(/^\s+/, ' '));
  if (end) sentence = sentence.slice(0, end.index + 1);
  if (/^\s*\n/.test(sentence) || !/\d/.test(sentence)) return null;
  // The value said alone needs a first sentence that names the password and no rule, example or error.
  const alone = barred ? null : valueAlone(sentence);
  if (alone) return { start: at + alone.start, end: at + alone.end, label: 'password' };
  TOKEN.lastIndex = 0;
  for (let t: RegExpExecArray | null; (t = TOKEN.exec(sentence)); ) {
    const value = trimTrailingPunctuation(t[0]);
    if (isMarker(value) || !passwordBeyondDoubt(value)) continue;
    const before = sentence.slice(0, t.index);
    if (!COPULA_BEFORE.test(before) || NOT_THE_PASSWORD.test(before) || NAMES_ANOTHER_THING.test(before)) return null;
    return { start: at + t.index, end: at + t.index + value.length, label: 'password' };
  }
  return null;
}

/**
 * The next sentence says little but the value: at most three short words around it, none a digit or a thing's name
 * ("是 P1r1n3u8164@。", "Ourense0714@& です。", "Glasi U73%c629&FxKqrE.", "Is é Almaty&2259 atá ann.", "እሱም 3w375* ነው።",
 * "Waa S7Chkx&%jGwjvUtcE."): whatever the language's words for "it is", a sentence that short after one that names a
 * password gives it. The value must be a password's shape (letters with digits or symbols, both cases or a symbol,
 * never a link, a path, an e-mail, a version or a standard's name), and the first sentence gives no value of its own.
 */
const ALONE_TOKEN = /(?<=^|\s)[^\s"'“”<>()，。、；]{6,64}/gu;
const WORD_ONLY = /^[\p{L}\p{M}'’-]{1,14}$/u;

function valueAlone(sentence: string): { start: number; end: number } | null {
  const body = sentence.replace(/[.!?。！？؟።။]\s*$/u, '');
  ALONE_TOKEN.lastIndex = 0;
  let found: { start: number; end: number } | null = null;
  let words = 0;
  for (let t: RegExpExecArray | null; (t = ALONE_TOKEN.exec(body)); ) {
    const value = trimTrailingPunctuation(t[0]);
    if (found === null && value.length >= 6 && isMarker(value) === false && alonePassword(value)) {
      found = { start: t.index, end: t.index + value.length };
      continue;
    }
    if (!WORD_ONLY.test(t[0].replace(/[,:;]$/, '')) || NOT_THE_PASSWORD.test(t[0]) || NAMES_ANOTHER_THING.test(t[0])) return null;
    words++;
  }
  // Words shorter than six letters are not tokens above: count them apart.
  const short = body.split(/\s+/).filter((w) => w !== '' && w.length < 6);
  if (short.some((w) => /\d/.test(w) || NOT_THE_PASSWORD.test(w) || NAMES_ANOTHER_THING.test(w))) return null;
  return found !== null && words + short.length <= 3 ? found : null;
}

function alonePassword(value: string): boolean {
  if (value.length > 64 || !/\p{L}/u.test(value) || !(/\d/.test(value) || SYMBOL.test(value))) return false;
  if (/:\/\/|\/|\\|[\w-]@[\w-]+\.\p{L}|^[\w.-]+=/u.test(value)) return false;
  return strongPassword(value) && (SYMBOL.test(value) || (/\p{Lu}/u.test(value) && /\d/.test(value)) || /\p{L}\d|\d\p{L}/u.test(value));
}

export const PASSWORD_WORD_NEAR_VALUE_FINDERS: readonly Finder[] = [{ name: 'password-word-near-value', find: findNearValues }];
