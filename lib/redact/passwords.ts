import { joinedWordsOfTwoCases } from './generated-password-shapes';
import { generatedPhrase, MORE_PHRASE_WORDS } from './generated-phrases';
import { ADVICE_NOUNS, FUNCTION, PROSE } from './prose-words';
import { anchoredFinder, finderAtStarts } from './anchored-finder';
import { factored, wordAnchors } from './fast-anchors';
import { groupSpan, regexFinder, windowedFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import {
  randomCaseLetters,
  titleWordsJoined,
  classifyKey,
  contextOf,
  lineAround,
  looksLikeGenericSecret,
  looksLikePassword,
  looksLikeProsePassword,
  trimTrailingPunctuation,
} from './values';

/**
 * Passwords written in prose ("the password for the shared drive is …", "use … as the password", "login is admin /
 * …"), app passwords, PINs and Wi-Fi keys (command lines are in `command-lines.ts`). Phrasings are matched by their grammar —
 * a password word, an optional "for <something>", a verb or punctuation, then the value — and the value must look like
 * a password rather than the next word of the sentence (see `looksLikeProsePassword`).
 */

/** A quoted value (any of the usual quotes) or one unquoted word, perhaps in parentheses: "(sunflower1996)". Groups 1–6. */
export const VALUE = `(?:"([^"\\n]{1,200})"|'([^'\\n]{1,200})'|“([^”\\n]{1,200})”|«[ \\t]?([^»\\n]{1,200})»|\`([^\`\\n]{1,200})\`|\\(?([^\\s"'“«()[\\]{}<>\`]{1,200}))`;
const VALUE_GROUPS = [1, 2, 3, 4, 5, 6];

/** The span of a VALUE match (groups start at `first`), trimmed of sentence punctuation when unquoted. */
function valueAt(m: RegExpExecArray, first: number): { start: number; end: number; value: string; quoted: boolean } | null {
  const span = groupSpan(m, VALUE_GROUPS.map((g) => g + first - 1));
  if (!span) return null;
  const quoted = span.group !== first + 5;
  const value = quoted ? span.value : trimTrailingPunctuation(span.value);
  return { start: span.start, end: span.start + value.length, value, quoted };
}

export function proseValue(m: RegExpExecArray, first: number, text: string): SecretSpan | null {
  const v = valueAt(m, first);
  if (!v) return null;
  const ok = v.quoted ? looksLikePassword(v.value, { quoted: true, strict: true }) : looksLikeProsePassword(v.value) && text[v.end] !== '(';
  return ok ? { start: v.start, end: v.end, label: 'password' } : null;
}

/**
 * Not inside a word, a path or a host name. Checked on the character before a match rather than by a leading
 * lookbehind, which would be evaluated at every position and keep the engine from scanning for the first literal.
 */
const INSIDE = /[\p{L}\p{N}_\-/.@]/u;

export function bounded(rule: RegexRule): RegexRule {
  return {
    ...rule,
    judge(m, text) {
      return m.index > 0 && INSIDE.test(text[m.index - 1]!) ? null : rule.judge(m, text);
    },
  };
}
export const R = '(?![\\p{L}\\p{N}_])';
export const EN_LABEL = `(?:password|passwort|passwd|passcode|passphrase|pass ?word|pwd|pw|pword)`;

/**
 * "Password" in the languages people write to assistants in, with what joins it to its value: the verbs for "is"
 * (`copulas`) and the prepositions that say what the password is for (`of`: "für das WLAN", "de la box", "от
 * админки", "dell'account"). Languages that put the owner after the noun with no preposition (Vietnamese "mật khẩu
 * wifi nhà mình là …") are read by allowing a few bare words before the verb; those that put the verb last
 * (Turkish "Şifrem …", Hindi "पासवर्ड … है") by the verbless form, which needs a digit in the value. English words
 * have their own rule (`PROSE_PASSWORD`, `EN_LABEL`), which reads Italian "la password è …" too; its row adds only
 * prepositions.
 */
interface PasswordLanguage {
  labels: string[];
  copulas: string[];
  of: string[];
}

const LANGUAGES: Record<string, PasswordLanguage> = {
  en: { labels: [], copulas: [], of: ['for', 'of', 'to', 'on', 'at', 'in', 'from'] },
  de: { labels: ['kennwort'], copulas: ['ist', 'lautet', 'war', 'heißt', 'wäre'], of: ['für', 'fürs', 'vom', 'von', 'zum', 'zur', 'des', 'der', 'meines', 'meiner', 'beim', 'im', 'ins', 'am', 'bei'] },
  fr: { labels: ['mot de passe', 'mdp'], copulas: ['est', "c'est", 'c’est', 'était', 'sera'], of: ['de', 'du', 'des', 'de la', "de l'", "d'", 'pour', 'à', 'au', 'chez', 'sur'] },
  es: { labels: ['contraseña', 'contrasena', 'clave'], copulas: ['es', 'era', 'será'], of: ['de', 'del', 'de la', 'para', 'en', 'al'] },
  pt: { labels: ['senha', 'palavra-passe'], copulas: ['é', 'e', 'era', 'será'], of: ['de', 'do', 'da', 'dos', 'das', 'para'] },
  it: { labels: ['parola d’ordine', "parola d'ordine"], copulas: ['è', 'e', 'era', 'sarà'], of: ['di', 'del', 'della', 'dello', "dell'", 'dell’', 'dei', 'per', 'al', 'sul', 'nel'] },
  nl: { labels: ['wachtwoord'], copulas: ['is', 'was', 'luidt'], of: ['van', 'voor', 'bij', 'op', 'in'] },
  // "lösenkod" is a passcode (a meeting's, a phone's), written with its article as often: "och lösenkoden …".
  sv: { labels: ['lösenord', 'losenord', 'lösenordet', 'lösenkod', 'lösenkoden'], copulas: ['är', 'var', 'blir'], of: ['till', 'för', 'på'] },
  da: { labels: ['adgangskode', 'adgangskoden', 'kodeord', 'passord', 'passordet'], copulas: ['er', 'var'], of: ['til', 'for', 'på'] },
  // Norwegian and Danish "kode" is a password too, but also Indonesian "code" ("kode promo"): only the definite
  // "koden", or "kode" before a Scandinavian preposition ("ny kode til VPN-brukeren er …"), are read as one.
  no: { labels: ['koden', 'passordet mitt', 'koden min'], copulas: ['er', 'var', 'blir'], of: ['til', 'for', 'på'] },
  fi: { labels: ['salasana', 'salasanani', 'salasanan'], copulas: ['on', 'oli'], of: [] },
  pl: { labels: ['hasło', 'haslo', 'hasła'], copulas: ['to', 'jest', 'brzmi'], of: ['do', 'od', 'dla', 'na'] },
  cs: { labels: ['heslo'], copulas: ['je', 'bylo', 'zní'], of: ['k', 'ke', 'do', 'na', 'pro', 'od'] },
  hu: { labels: ['jelszó', 'jelszo', 'jelszavam', 'jelszava'], copulas: ['az', 'pedig', 'volt'], of: [] },
  // Romanian puts "my" after the noun ("parola mea pentru …"): the possessive leads the owner like a preposition.
  ro: { labels: ['parola', 'parolă'], copulas: ['este', 'e', 'era'], of: ['de la', 'pentru', 'la', 'mea', 'mea pentru', 'mea de la', 'mea la'] },
  tr: { labels: ['şifre', 'sifre', 'şifrem', 'şifremiz', 'şifreniz', 'şifresi', 'parolam', 'parolası'], copulas: [], of: [] },
  ru: { labels: ['пароль', 'пароля', 'паролем'], copulas: ['это', 'был', 'будет', 'такой'], of: ['от', 'для', 'к', 'на'] },
  uk: { labels: ['пароль'], copulas: ['це', 'був'], of: ['від', 'до', 'для'] },
  el: { labels: ['κωδικός', 'κωδικό', 'συνθηματικό'], copulas: ['είναι', 'ήταν'], of: ['για', 'του', 'της'] },
  vi: { labels: ['mật khẩu', 'mat khau'], copulas: ['là'], of: ['của', 'cho'] },
  id: { labels: ['kata sandi', 'sandi', 'kata laluan', 'kata sandinya', 'sandinya', 'kata sandiku', 'sandiku', 'kata sandimu'], copulas: ['adalah', 'ialah', 'yaitu'], of: ['untuk', 'dari'] },
  hi: { labels: ['पासवर्ड'], copulas: [], of: [] },
  ar: { labels: ['كلمة السر', 'كلمة المرور', 'وكلمة السر', 'وكلمة المرور'], copulas: ['هي', 'هو'], of: [] },
  he: { labels: ['סיסמה', 'סיסמא', 'הסיסמה'], copulas: ['היא', 'זה'], of: ['של'] },
  // Thai "code" names a Wi-Fi password too (รหัส Wi-Fi, รหัสไวไฟ); words run together up to the verb: `THAI_LABEL`.
  th: { labels: ['รหัสผ่าน', 'รหัส wi-fi', 'รหัส wifi', 'รหัสไวไฟ', 'รหัสเข้าระบบ'], copulas: ['คือ'], of: ['ของ'] },
  // Korean, before the value with a space ("비번 Copper*7418"); with a particle run on ("비밀번호는 …") the CJK rule reads it.
  ko: { labels: ['비밀번호', '비번', '패스워드'], copulas: [], of: [] },
  fa: { labels: ['رمز عبور', 'گذرواژه'], copulas: ['است'], of: [] },
  bn: { labels: ['পাসওয়ার্ড'], copulas: ['হলো', 'হল'], of: [] },
  ur: { labels: ['پاس ورڈ', 'پاسورڈ'], copulas: ['ہے'], of: [] },
  ca: { labels: ['contrasenya'], copulas: ['és'], of: ['de', 'del', 'per'] },
  lt: { labels: ['slaptažodis', 'slaptažodį', 'slaptažodžio', 'slaptazodis'], copulas: ['yra', 'buvo'], of: ['į', 'nuo', 'prie'] },
  et: { labels: ['parool', 'parooli', 'parooliks', 'salasõna', 'salasõnaks', 'salasona', 'pääsukood'], copulas: ['on', 'oli'], of: ['jaoks'] },
  sh: { labels: ['lozinka', 'šifra', 'geslo', 'gesla'], copulas: ['je'], of: ['za', 'od'] },
  bg: { labels: ['парола', 'паролата'], copulas: ['е'], of: ['за', 'на'] },
  sk: { labels: ['heslo'], copulas: ['je'], of: ['na', 'do', 'k'] },
  // Swahili has two words for a password: nenosiri (also "neno la siri") and nywila.
  sw: { labels: ['nenosiri', 'neno la siri', 'nywila'], copulas: ['ni', 'ilikuwa'], of: ['ya', 'wa'] },
  // Tamil and Urdu put the verb last ("… கடவுச்சொல் X — …"): the verbless form reads them, with a digit in the value.
  ta: { labels: ['கடவுச்சொல்', 'கடவுச்சொல்லை', 'பாஸ்வேர்ட்'], copulas: [], of: [] },
  tl: { labels: [], copulas: ['ay'], of: ['ng', 'sa'] },
  // More languages, each word with the endings it takes before a value: Afrikaans, Icelandic (lykilorðið, the
  // password), Irish, Welsh, Galician, Latvian, Albanian, Macedonian and Serbian in Cyrillic, Georgian,
  // Armenian, Azerbaijani, Kazakh, Mongolian, Amharic, Sinhala, Khmer, Lao, Burmese, Luxembourgish, Esperanto, Hausa,
  // Somali, Zulu, and the Indic scripts that spell the English word (Telugu, Kannada, Malayalam, Gujarati, Punjabi).
  af: { labels: ['wagwoord', 'wagwoorde'], copulas: [], of: ['vir', 'van', 'na', 'op', 'by'] },
  is: { labels: ['lykilorð', 'lykilorðið', 'lykilorðinu', 'lykilorðs', 'aðgangsorð', 'aðgangsorðið'], copulas: ['er', 'var'], of: ['að', 'fyrir', 'á', 'inn á'] },
  ga: { labels: ['pasfhocal', 'focal faire'], copulas: [], of: ['don', 'do', 'ar', 'le'] },
  // Welsh mutates the word's first letter after a possessive: fy nghyfrinair (my), ei gyfrinair (his), ei chyfrinair (her).
  cy: { labels: ['cyfrinair', 'nghyfrinair', 'gyfrinair', 'chyfrinair'], copulas: ['yw', 'ydy'], of: ['i', 'ar'] },
  gl: { labels: ['contrasinal'], copulas: ['é'], of: ['de', 'do', 'da', 'para'] },
  lv: { labels: ['parole', 'paroli', 'paroles'], copulas: ['ir', 'bija'], of: ['no', 'uz', 'priekš'] },
  sq: { labels: ['fjalëkalimi', 'fjalëkalim', 'fjalekalimi'], copulas: ['është', 'eshte'], of: ['për', 'per'] },
  mk: { labels: ['лозинка', 'лозинката'], copulas: ['е', 'је'], of: ['за', 'од', 'на'] },
  ka: { labels: ['პაროლი'], copulas: ['არის'], of: [] },
  hy: { labels: ['գաղտնաբառ', 'գաղտնաբառը', 'գաղտնաբառն'], copulas: ['է'], of: [] },
  az: { labels: ['şifrə', 'şifrəm', 'şifrəsi'], copulas: [], of: [] },
  kk: { labels: ['құпиясөз', 'құпия сөз'], copulas: [], of: [] },
  mn: { labels: ['нууц үг'], copulas: [], of: [] },
  am: { labels: ['የይለፍ ቃል', 'የይለፍ ቃሉ', 'ፓስወርድ'], copulas: [], of: [] },
  si: { labels: ['මුරපදය'], copulas: [], of: [] },
  km: { labels: ['ពាក្យសម្ងាត់'], copulas: ['គឺ'], of: [] },
  lo: { labels: ['ລະຫັດຜ່ານ'], copulas: ['ແມ່ນ', 'ຄື'], of: [] },
  my: { labels: ['စကားဝှက်'], copulas: [], of: [] },
  lb: { labels: ['passwuert'], copulas: ['ass'], of: ['fir', 'vum', 'vun'] },
  eo: { labels: ['pasvorto'], copulas: ['estas'], of: ['por', 'de'] },
  ha: { labels: ['kalmar sirri', 'kalmar sirrin'], copulas: ['ita ce', 'shi ne'], of: [] },
  // Uzbek (Latin and Cyrillic) puts the verb last and suffixes the word ("parolni unutmadim: …", "parolim …"): read
  // by the verbless form, or with words then a colon; Belarusian; Cebuano and Igbo, with the English word as often.
  uz: { labels: ['parol', 'parolni', 'paroli', 'parolim', 'parolimiz', 'parolingiz', "maxfiy so'z", 'maxfiy so‘z', 'махфий сўз'], copulas: [], of: [] },
  be: { labels: ['пароль', 'пароля'], copulas: ['гэта', 'быў'], of: ['ад', 'для', 'да'] },
  ceb: { labels: [], copulas: ['kay', 'mao'], of: ['sa', 'ni', 'para'] },
  ig: { labels: ['okwuntughe', 'paswọọdụ'], copulas: ['bụ', 'bu'], of: ['maka'] },
  // Javanese, Sundanese, Malagasy, Maltese, Pashto, Kurdish and Odia: the words the most spoken languages not above
  // use, verb-last or with the English verb as often (the verbless form reads them, with a digit in the value).
  more: { labels: ['tembung sandhi', 'kecap sandi', 'teny miafina', 'kelma sigrieta', 'پټنوم', 'şîfre', 'ପାସୱାର୍ଡ'], copulas: ['hija', 'huwa'], of: [] },
  so: { labels: ['furaha sirta', 'erayga sirta'], copulas: ['waa'], of: [] },
  zu: { labels: ['iphasiwedi'], copulas: [], of: [] },
  // Basque puts the verb last ("pasahitza … da"): the verbless form reads it, with a digit in the value.
  eu: { labels: ['pasahitza', 'pasahitzak'], copulas: [], of: [] },
  // AH's round: Arabic in Latin letters and digits (Arabizi), "el password beta3 el … howa …" ("the password of the …
  // is …"), with its spellings of "of" and "is".
  arabizi: { labels: [], copulas: ['howa', 'hiya', 'heya', 'huwa'], of: ['beta3', 'bta3', 'beta3et', 'bta3et', 'ta3'] },
  // AH's round: Tigrinya, its owner after ናይ ("ምስጢራዊ ቃል ናይ …", "the password of …") and its verb እዩ last.
  ti: { labels: ['ምስጢራዊ ቃል'], copulas: ['እዩ'], of: ['ናይ'] },
  indic: { labels: ['పాస్‌వర్డ్', 'పాస్వర్డ్', 'ಪಾಸ್‌ವರ್ಡ್', 'ಪಾಸ್ವರ್ಡ್', 'പാസ്‌വേഡ്', 'പാസ്വേഡ്', 'પાસવર્ડ', 'ਪਾਸਵਰਡ'], copulas: [], of: [] },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+').replace(/['’]/g, "['’]");
const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const all = (pick: (l: PasswordLanguage) => string[]) => Object.values(LANGUAGES).flatMap(pick);

/** Norwegian and Danish "kode" before a preposition of theirs: "kode til VPN-brukeren er …". */
const KODE_BEFORE_OF = 'kode(?=[ \\t]+(?:til|for|på)[ \\t])';
/** … or after a user name given first: "bruger apotek_hvidovre, kode …" (the literal first, then the look back). */
const KODE_AFTER_USER = 'kode(?<=(?<![\\p{L}])(?:bruger|brugernavn|bruker|brukernavn|brukar)[ \\t:]+[^\\s,;]{1,60}[,;][ \\t]*kode)';
/**
 * Thai writes a sentence's words without spaces: the password word, what it is for and the verb "คือ" (is) run
 * together ("รหัสผ่านระบบหลังบ้านคือ X"), so the label is read up to the verb.
 */
const THAI_LABEL = 'รหัส(?:ผ่าน)?[\\p{L}\\p{M}]{0,30}?คือ';
/**
 * Lao, Khmer and Burmese run the word, what it is for and the verb together as Thai does: "ລະຫັດຜ່ານແມ່ນ X" (Lao: the
 * password is), "ពាក្យសម្ងាត់គឺ X" (Khmer), "စကားဝှက်က X" / "စကားဝှက်မှာ X" (Burmese, with a subject marker).
 */
const UNSPACED_LABEL =
  'ລະຫັດ(?:ຜ່ານ)?[\\p{L}\\p{M}]{0,30}?(?:ແມ່ນ|ຄື)|ពាក្យសម្ងាត់[\\p{L}\\p{M}]{0,30}?(?:គឺជា|គឺ)|စကားဝှက်[\\p{L}\\p{M}]{0,30}?(?:သည်|မှာ|က|ဟာ)';
export const FOREIGN_LABEL = `(?:${alternation(all((l) => l.labels))}|${KODE_BEFORE_OF}|${KODE_AFTER_USER}|${THAI_LABEL}|${UNSPACED_LABEL})`;
/**
 * Where a password word may begin (`EN_LABEL`, `FOREIGN_LABEL` without their look-arounds), scanned without the `u`
 * flag: rules that start at a password word are tried only at these places (`anchored-finder.ts`).
 */
export const PASSWORD_LABEL_ANCHORS = new RegExp(`${EN_LABEL}|${alternation(all((l) => l.labels))}|kode|รหัส|ລະຫັດ`, 'gi');
/**
 * Where a password word begins in a text (`PASSWORD_LABEL_ANCHORS`, each place tried, as the rules that start at one
 * do: from one place's next character on), found once per text for the rules that share the list; the last text's list
 * is kept.
 */
const PASSWORD_WORD_SCAN = factored(new RegExp(PASSWORD_LABEL_ANCHORS.source, 'gi'));
let startsText: string | null = null;
let startsFound: readonly number[] = [];

export function passwordWordStarts(text: string): readonly number[] {
  if (text === startsText) return startsFound;
  const starts: number[] = [];
  for (let from = 0; ; ) {
    PASSWORD_WORD_SCAN.lastIndex = from;
    const a = PASSWORD_WORD_SCAN.exec(text);
    if (!a) break;
    starts.push(a.index);
    from = a.index + 1;
  }
  startsText = text;
  startsFound = starts;
  return starts;
}

/** Every language's prepositions; those that end in an apostrophe run straight into their noun ("dell'account"). */
export const PREPOSITIONS = alternation(all((l) => l.of));
/** "for the shared drive", "to my bank app", "für die Ferienwohnung", "dell'account ftp": what the password belongs to. */
export const QUALIFIER = `(?:[ \\t]+(?:${PREPOSITIONS})(?:[ \\t]+|(?<=['’]))[^\\n.!?:=,;()"/]{1,40}?)`;

/** Copulas of other languages that are not English words: they may follow any password word. */
export const OTHER_COPULAS = alternation(all((l) => l.copulas).filter((c) => c.length > 2 || /[^a-z]/.test(c)));
/** Short copulas that are English words too ("to", "on", "es"): only after a password word of another language. */
export const SHORT_COPULAS = alternation(all((l) => l.copulas).filter((c) => c.length <= 2 && /^[a-z]+$/.test(c)));

/** Verbs and punctuation between a password word and its value, in English and the languages of the table. */
const COPULA =
  `(?:[ \\t]*(?:[:：=]|->|=>|→)[ \\t]*` +
  `|[ \\t]+[-–—][ \\t]+` +
  `|(?:'s|’s)[ \\t]+` +
  `|[ \\t]+now[ \\t]*:?[ \\t]+` +
  // A relative clause after what the password is for: "the bank app's password, which is …", "a senha do app, que é …".
  `|[ \\t]*,[ \\t]*(?:which[ \\t]+is|that[ \\t]+is|que[ \\t]+(?:é|es|era|fue|foi)|qui[ \\t]+est|che[ \\t]+è|das[ \\t]+ist|der[ \\t]+ist|die[ \\t]+ist|welches[ \\t]+ist)[ \\t]*:?[ \\t]+` +
  `|[ \\t]+(?:is|was|are|will[ \\t]+be|would[ \\t]+be|should[ \\t]+be|has[ \\t]+been|had[ \\t]+been|have[ \\t]+been|got|gets|is[ \\t]+being|reads|${OTHER_COPULAS})` +
  `(?:[ \\t]+(?:reset|changed|set|updated|switched|rotated))?(?:[ \\t]+to)?[ \\t]*:?[ \\t]+(?:(?:now|still|just|simply|actually|probably|literally|currently|temporarily|btw|übrigens|eigentlich|jetzt|immer[ \\t]+noch|noch|d['’]ailleurs|maintenant|toujours|ahora|todavía|agora|ainda|adesso|ancora|nu|nog|steeds)[ \\t]*:?[ \\t]+)?)`;
const FOREIGN_COPULA = `(?:[ \\t]+(?:${SHORT_COPULAS})[ \\t]+)`;
/** A few bare words and then a verb or a colon: "mật khẩu wifi nhà mình là …", "пароль админки: …". */
// Up to eight: Vietnamese words are single syllables ("mật khẩu đăng nhập phần mềm quản lý khách sạn là …").
// Khmer, Lao, Thai and Burmese write the verb on to the word before it ("ពាក្យសម្ងាត់ Wi-Fi របស់សាលាគឺ …"): after a
// letter of those scripts, the verb needs no space before it. Their words hold vowel signs (`\p{M}`) between letters.
const BARE_QUALIFIER = `(?:[ \\t]+[\\p{L}\\p{M}\\p{N}'’-]{1,24}){1,8}?(?:[ \\t]+(?:${OTHER_COPULAS}|${SHORT_COPULAS})[ \\t]+|[ \\t]*[:：][ \\t]*|(?<=[\\u1780-\\u17FF\\u0E00-\\u0EFF\\u1000-\\u109F])(?:គឺ|ແມ່ນ|ຄື|คือ)[ \\t]*)`;

/** Values must not run on into words that make the label a noun of something else ("password hash", "password manager"). */
const NOT_NOUN_AFTER = `(?![ \\t]+(?:hash|hashes|hashing|hasher|manager|managers|field|policy|reset|strength|length|generator|input|prompt|requirements?|rules?|change|expiry|protected|protection|less|based|file|requests?|${ADVICE_NOUNS})\\b)`;

const NOT_NOUN_START = new RegExp(`^${NOT_NOUN_AFTER}`, 'i');

/** Labels that compound with the word before them: "WLAN-Passwort", "Routerpasswort", "wifi-wachtwoord". */
const COMPOUNDING = /^(?:passwort|kennwort|wachtwoord|lösenord|lösenordet|losenord|salasana|adgangskode|kodeord|passord)/iu;

/** Like `bounded`, but a label may end a hyphenated compound ("wifi-password") or a compounding language's word. */
function boundedLabel(rule: RegexRule): RegexRule {
  return {
    ...rule,
    judge(m, text) {
      const before = m.index > 0 ? text[m.index - 1]! : '';
      if (before && INSIDE.test(before)) {
        const compound = (before === '-' && /\p{L}/u.test(text[m.index - 2] ?? '')) || (/\p{L}/u.test(before) && COMPOUNDING.test(m[1] ?? ''));
        if (!compound) return null;
      }
      return rule.judge(m, text);
    },
  };
}

/**
 * Verbless, with words between the label and the value: "password akun email kantor saya X" (Indonesian puts the
 * owner after the noun), "пароль от почты X", "Passwort fürs Gäste-WLAN X". The words hold no digit, and the value
 * must: the first word with a digit is the value, and it must look like a password (`verblessValue`).
 */
const VERBLESS = `(?:${QUALIFIER}|(?:[ \\t]+[\\p{L}-]{1,24}){1,4}?)[ \\t]+(?=[^\\s]*\\d)`;

/**
 * Words that make the words after a password label a sentence about it ("password hashed with bcrypt or …",
 * "password is stored as …"), not the owner of a value that follows.
 */
const SENTENCE_WORDS = /(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had|with|or|and|but|not|no|if|when|then|than|as|by|via|using|like|hashed|hashes|hashing|encrypted|salted|stored|saved|sent|set|reset|changed|length|policy|field|the|a|an|this|that|it|must|should|can|will|example|format)(?![\p{L}])/iu;

/** A value with no verb before it must be a password beyond doubt: a digit and a symbol or capital, and no hash. */
const ACCOUNT_PREPOSITION_LAST = /(?<![\p{L}])(?:for|of|für|von|pour|para|voor|van|per)[ \t]*$/iu;

/** Identifiers a vendor or a standards body publishes, never a password: KB5034441, CVE-2024-3094, MS17-010, RFC7519. */
const PUBLISHED_ID = /^(?:KB\d{6,8}|CVE-\d{4}-\d{4,7}|MS\d{2}-\d{3}|RFC[ -]?\d{3,5}|ISO[ -]?\d{3,5}(?:[-:]\d+)*|GHSA(?:-[\w]{4}){3})$/i;

function verblessValue(m: RegExpExecArray, group: number, first: number, text: string, foreign = false): SecretSpan | null {
  // After another language's label a leading "a" or "az" is that language's article (Hungarian "jelszavam a Gmailhez").
  const words = foreign ? m[group]!.replace(/^[ \t]+az?(?=[ \t])/i, '') : m[group]!;
  if (SENTENCE_WORDS.test(words)) return null;
  // A preposition right before the value makes it whose password it is: "ENTER CURRENT PASSWORD FOR TSO0142" names
  // the user id, "the password of admin2" the account.
  if (ACCOUNT_PREPOSITION_LAST.test(words)) return null;
  const v = valueAt(m, first);
  // A digit, or letters in random case ("admin password jCuFXExq"; `randomCaseLetters`).
  if (!v || !(/\d/.test(v.value) || randomCaseLetters(v.value)) || !/[^\p{L}\p{N}]|\p{Lu}/u.test(v.value) || /^\$\d[a-z]?\$/.test(v.value)) return null;
  // A published identifier: an update's KB article, a CVE, a security bulletin, an RFC or an ISO standard ("asks for the
  // password after update KB1802996").
  if (PUBLISHED_ID.test(v.value)) return null;
  return proseValue(m, first, text);
}

/** A remark in parentheses between a password word and its colon: "app password for gmail (16 chars): …". */
const ASIDE = `(?:[ \\t]*\\([^()\\n]{1,30}\\))`;

/** A short clause, then a colon: "the passphrase too so you can test: …". */
const CLAUSE_COLON = `[ \\t]+[^\\n:=.!?"'\`()]{1,40}?[ \\t]*:[ \\t]+`;

/**
 * A few words, then "is" or "was": "the password i thought it was …", "the password she gave me is …"; and (AW's round)
 * the English-based creoles' and pidgins' "be" for "is" ("the password for the admin be …").
 */
const WORDS_THEN_IS = `(?:[ \\t]+\\p{L}{1,10}(?:['’]\\p{L}{1,3})?){1,4}?[ \\t]+(?:is|was|be)[ \\t]+`;

/**
 * The English word in another language's sentence (code-switching: "el password es …", "ang password ay …", "password
 * yake ni …"): that language's short verb for "is". Only verbs that are no English word, so "password to …" and
 * "password on …" stay prepositions.
 */
const CODE_SWITCHED_COPULA = `[ \\t]+(?:es|ay|ni|je)[ \\t]+`;

/** A link's scheme right before a value: its colon is the link's, not a label's. */
const URL_SCHEME_BEFORE = /(?<![\p{L}])(?:https?|s?ftp|wss?|file|smb|ssh):[ \t]*$/iu;

const PROSE_PASSWORD: RegexRule = {
  name: 'prose-password',
  pattern: new RegExp(
    `(${EN_LABEL})${R}(?:(${QUALIFIER}?${ASIDE}?)(${COPULA}|${CODE_SWITCHED_COPULA})|([ \\t]+to[ \\t]+)|(${CLAUSE_COLON}|${WORDS_THEN_IS})|(${VERBLESS})|([ \\t]+))${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    const after = text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 24);
    // AY's round: a command's next long option (`--secret=acme-smtp-password --project=acme-1528`) is no value of the
    // word that ended the option before it.
    if (/^[ \t]+--[a-z][a-z0-9-]*=/.test(after)) return null;
    if (m[6] !== undefined) return NOT_NOUN_START.test(after) ? verblessValue(m, 6, 8, text) : null;
    if (m[5] !== undefined) {
      // Words between the label and the value: the value must be a password beyond doubt, and the label no noun's.
      const v = valueAt(m, 8);
      if (!NOT_NOUN_START.test(after) || !v || !/\d/.test(v.value) || !/[^\p{L}\p{N}]|\p{Lu}|\p{L}\d|\d\p{L}/u.test(v.value)) return null;
      return /^\$\d[a-z]?\$/.test(v.value) ? null : proseValue(m, 8, text);
    }
    const qualified = Boolean(m[2]);
    // A remark alone ("Password (optional): leave blank") says less than an owner: the value must look like a password.
    const asideOnly = qualified && /^[ \t]*\(/.test(m[2]!);
    const connector = m[3] ?? m[4] ?? '';
    const colonForm = /[:：=]/.test(connector) && !/[→>]/.test(connector);
    // `password: value` / `password = value` right after the word is the key-value rule's: it knows code from secrets.
    if (colonForm && !qualified) return null;
    if (colonForm) {
      const v = valueAt(m, 8);
      // A bcrypt or crypt hash (`$2b$12$…`) is what a password is stored as, not the password.
      if (!v || /^\$\d[a-z]?\$/.test(v.value) || !looksLikePassword(v.value, { quoted: v.quoted, strict: asideOnly, nextChar: text[v.end] })) return null;
      // The colon is a link's, after its scheme: "verify your password at https://…" gives where, not what.
      if (v.value.startsWith('//') || URL_SCHEME_BEFORE.test(text.slice(Math.max(0, v.start - 12), v.start))) return null;
      return { start: v.start, end: v.end, label: 'password' };
    }
    if (m[7] !== undefined) {
      // No verb at all ("username admin password X"): a digit is needed, or letters in random case ("admin password
      // jCuFXExq"), and never before a noun it describes.
      if (!NOT_NOUN_START.test(after)) return null;
      const v = valueAt(m, 8);
      if (!v || !(/\d/.test(v.value) || randomCaseLetters(v.value) || (titleWordsJoined(v.value) && !/^[ \t]+\p{Ll}/u.test(text.slice(v.end, v.end + 3))))) return null;
    }
    return proseValue(m, 8, text);
  },
};

/**
 * Slovenian, Croatian, Serbian and Bosnian "šifra" names a code of any register as often as a password: a product's, an
 * article's, a customer's, a supplier's, a post office's, an activity's or a diagnosis's ("šifra izdelka", "šifra
 * artikla", "šifra kupca", "šifra djelatnosti"). Followed by what it numbers, it is that thing's code.
 */
const SIFRA_OF_A_THING =
  /^[šs]ifr\p{L}*[ \t]+(?:izdel|artik|proizvod|produkt|blag|rob|kupc|kupac|strank|partner|dobavitel|dobavljač|predmet|dejavnost|djelatnost|delatnost|pošt|post|držav|drzav|valut|bank|model|material|dokument|lokacij|projekt|zaposlen|radnik|delavc|šol|škol|tečaj|program|oddel|odjel|občin|opštin|općin|mest|grad|poklic|zanimanj|zdravil|lijek|lek|bolez|bolest|diagnoz|dijagnoz|kategorij|vrst|tip|račun|naročil|narudžb|pošiljk|paket|blagajn|skladišč|skladišt|konta|kont|stroš|trošk|enot|jedinic|regij|države|ulic|naselj|KD|NACE)/iu;

/**
 * BM's round: a value read after a word and a colon run on to it ("Пароль компьютери heron:KETTLE:4417") is the tail of
 * one joined password, where the whole token has that shape (`joinedWordsOfTwoCases`): the span takes the whole.
 */
function wholeJoinedToken(span: SecretSpan | null, text: string): SecretSpan | null {
  if (!span || text[span.start - 1] !== ':') return span;
  const head = /\p{L}{4,12}:$/u.exec(text.slice(Math.max(0, span.start - 13), span.start));
  if (!head || /[\p{L}\p{N}_.@/-]/u.test(text[span.start - head[0].length - 1] ?? '')) return span;
  const start = span.start - head[0].length;
  return joinedWordsOfTwoCases(text.slice(start, span.end)) ? { ...span, start } : span;
}

/**
 * CE's round: Polish "hasło" and Czech and Slovak "heslo" name a slogan or a motto as often as a password ("hasło
 * przewodnie festiwalu", "hasło reklamowe", "volební heslo"), and a dictionary's headword or a crossword's answer
 * ("hasło w słowniku", "hasło krzyżówki"). With such a word after it, it is that.
 */
const HASLO_OF_A_MOTTO =
  /^(?:has[łl]\p{L}*|hesl\p{L}*)[ \t]+(?:przewodni\p{L}*|reklamow\p{L}*|wyborcz\p{L}*|programow\p{L}*|kampanii|akcji|dnia|roku|krzy[żz]ówk\p{L}*|encyklopedyczn\p{L}*|s[łl]ownikow\p{L}*|w[ \t]+s[łl]ownik\p{L}*|volebn\p{L}*|reklamn\p{L}*|dne|dňa|dna)(?![\p{L}])/iu;

/**
 * The same words before it, in the order Czech and Slovak put an adjective ("reklamní heslo obchodu zní …", "volební
 * heslo strany", Polish "wyborcze hasło").
 */
const MOTTO_WORD_BEFORE_HASLO = /(?<![\p{L}])(?:reklamn\p{L}*|reklamow\p{L}*|volebn\p{L}*|wyborcz\p{L}*|przewodni\p{L}*|programov\p{L}*|programow\p{L}*)[ \t]+$/iu;

const FOREIGN_PROSE_PASSWORD: RegexRule = {
  name: 'foreign-prose-password',
  pattern: new RegExp(`(${FOREIGN_LABEL})${R}(?:${QUALIFIER}?${ASIDE}?(?:${COPULA}|${FOREIGN_COPULA})|${BARE_QUALIFIER}|(${VERBLESS})|([ \\t]+))${VALUE}`, 'dgiu'),
  judge(m, text) {
    if (SIFRA_OF_A_THING.test(text.slice(m.index, m.index + 40)) || HASLO_OF_A_MOTTO.test(text.slice(m.index, m.index + 40))) return null;
    if (/^(?:has[łl]|hesl)/iu.test(m[1]!) && MOTTO_WORD_BEFORE_HASLO.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    if (m[2] !== undefined) return wholeJoinedToken(verblessValue(m, 2, 4, text, true), text);
    // With no verb (Turkish and Hindi put it last: "Şifrem X ama …"), the value needs a digit, or letters in random case
    // ("Passwort HzWpyhomUjMXZiQv"), as in English.
    if (m[3] !== undefined) {
      const v = valueAt(m, 4);
      if (!v || !(/\d/.test(v.value) || randomCaseLetters(v.value))) return null;
    }
    return wholeJoinedToken(proseValue(m, 4, text), text);
  },
};

/**
 * The value set off by commas right after the password word, as an aside the sentence goes on past: "the developer
 * account password, Quilt_463, got rejected", "het wachtwoord, Zomer!88, werkt niet meer", "la contraseña, Luna#2291,
 * ya no sirve". The value must look like a password in prose, with a digit or a symbol: "password, username and
 * e-mail" lists fields, and "password, 123456, qwerty, …" lists common passwords.
 */
const PASSWORD_IN_APPOSITION: RegexRule = {
  name: 'password-in-apposition',
  pattern: new RegExp(`(${EN_LABEL}|${FOREIGN_LABEL})${R}[ \\t]*,[ \\t]*${VALUE}(?=[ \\t]*,[ \\t]+\\p{L})`, 'dgiu'),
  judge(m, text) {
    const v = valueAt(m, 2);
    if (!v || !/\d|[^\p{L}\p{N}]/u.test(v.value)) return null;
    // A list that has the word as one of its items ("the obvious ones: password, 123456, qwerty, …"): a third item
    // after the value, or a list's colon right before the word.
    if (/^[ \t]*,[ \t]*[^\s,]{1,30}[ \t]*,/.test(text.slice(v.end, v.end + 40)) || /[:：][ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    return proseValue(m, 2, text);
  },
};

/** "set the password to X", "changed my wifi password to X", "reset the admin password for Jenkins to X". */
const SET_PASSWORD_TO: RegexRule = {
  name: 'set-password-to',
  pattern: new RegExp(
    `(?:set|setting|change|changed|changing|reset|resetting|update|updated|updating)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}?(?:${EN_LABEL})${QUALIFIER}?[ \\t]+(?:to|into)[ \\t]*:?[ \\t]+${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

/** "set the header x-api-key to X", "change DB_PASSWORD to X": a key name the key-value rule would know, then "to". */
const SET_KEY_TO: RegexRule = {
  name: 'set-key-to',
  pattern: new RegExp(
    `(?:set|setting|change|changed|changing|update|updated|put)[ \\t]+(?:(?:the|my|our|a|an)[ \\t]+)?(?:(?:header|variable|var|env|field|value|param(?:eter)?|setting|secret|option)[ \\t]+)?([A-Za-z_][\\w.-]{1,63})[ \\t]+(?:to|=|as)[ \\t]+${VALUE}`,
    'dgi',
  ),
  judge(m, text) {
    const kind = classifyKey(m[1]!);
    if (!kind) return null;
    if (kind === 'password') return proseValue(m, 2, text);
    const v = valueAt(m, 2);
    return v && looksLikeGenericSecret(v.value) ? { start: v.start, end: v.end, label: 'api key' } : null;
  },
};

/** "use X as the password", "try X for the wifi password". */
const USE_AS_PASSWORD: RegexRule = {
  name: 'use-as-password',
  pattern: new RegExp(
    `(?:use|using|try|trying|typed|type|enter|entered|put|picked|chose)[ \\t]+${VALUE}[ \\t]+(?:as|for)[ \\t]+(?:(?:the|my|your|our|a|an|its|their)[ \\t]+)?(?:[\\p{L}-]+[ \\t]+){0,2}?(?:${EN_LABEL}|pin)${R}${NOT_NOUN_AFTER}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

/** "log in as admin with X", "sign in with guest and X", "login as ops / X". */
const LOGIN_WITH: RegexRule = {
  name: 'login-with',
  pattern: new RegExp(
    `(?:log(?:ged)?[ \\t-]?in(?:to)?|login|sign(?:ed)?[ \\t-]?in(?:to)?|signin|ssh)[ \\t]+(?:as|with|using)[ \\t]+(?:(?:the[ \\t]+)?user(?:name)?[ \\t]+)?["']?[\\w.@+-]{1,64}["']?(?:[ \\t]+(?:and|with|&|\\+)[ \\t]+|[ \\t]*[/,|][ \\t]*)(?:(?:the[ \\t]+)?(?:${EN_LABEL}|pass)[ \\t]*:?[ \\t]+)?${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

/**
 * "login is ops / X", "creds: admin / X", "user/pass: admin/X", "the admin login for grafana is admin / X", and (AW's
 * round) "the admin login is now ops / X", "creds are still admin / X".
 */
const CREDENTIAL_PAIR: RegexRule = {
  name: 'credential-pair',
  pattern: new RegExp(
    `(?:creds?|credentials|log[ \\t-]?in(?:[ \\t]+details)?|logins|user(?:name)?[ \\t]*/[ \\t]*pass(?:word)?|u/p|account)${QUALIFIER}?(?:[ \\t]*(?:is|are|=|:|-|—|–|->|→)(?:[ \\t]+(?:now|still|currently))?[ \\t]*|[ \\t]+)["']?[\\p{L}\\p{N}_][\\w.@+-]{0,63}["']?(?:[ \\t]*[/|][ \\t]*|:)${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    const span = proseValue(m, 1, text);
    return span && !sameAsTheUser(text.slice(m.index, span.start), text.slice(span.start, span.end)) ? span : null;
  },
};

/**
 * CB's round: a login whose password is its user's name ("'training' / 'training'", "guest/guest", "demo / demo") is a
 * demo's or a default's, printed where anyone sees it: no older corpus holds one as a secret, and all hold such pairs as
 * look-alikes.
 */
const USER_BEFORE_VALUE = /["'‘“]?([\p{L}\p{N}_][\w.@+-]{0,63})["'’”]?[ \t]*(?:[/|][ \t]*|:)["'‘“]?$/u;
function sameAsTheUser(before: string, value: string): boolean {
  const user = USER_BEFORE_VALUE.exec(before);
  return user !== null && user[1]!.toLowerCase() === value.replace(/["'’”]+$/, '').toLowerCase();
}

/**
 * AR's round: a login pair by its user's name alone, a built-in administrator's (`admin / 42599101`, `root / …`,
 * `pi / …`, `ubnt / …`, "reader web UI admin / antenna-shelf-sattel-8"), or any name after an account's or a login's
 * words and their colon ("Webshop account created for you: tomasz / Lior1964", "Zugang: jmeyer / …", "compte créé :
 * …"). A slash with spaces around it, or none after a built-in name; the value must be a password's shape (`proseValue`).
 */
const BUILT_IN_USER_PAIR: RegexRule = {
  name: 'built-in-user-pair',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}_./@-])(?:admin|administrator|root|sysadmin|superuser|supervisor|pi|ubnt|operator|installer|service|support|tech|guest|manager|master)[ \\t]+/[ \\t]+${VALUE}|` +
      `(?<![\\p{L}])(?:account|accounts|login|log[ \\t-]in|creds?|credentials|zugang\\p{L}*|konto|compte|cuenta|conta|accesso|account[ \\t]+login|akun|tili|fiók|účet|konto)(?![\\p{L}])[^\\n:：]{0,40}[:：][ \\t]*["']?[\\p{L}\\p{N}_][\\w.@+-]{0,63}["']?[ \\t]+/[ \\t]+${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    const span = proseValue(m, [1, 2, 3, 4, 5, 6].some((g) => m[g] !== undefined) ? 1 : 7, text);
    // Words run together in camel case with a year ("UpgradeGuide2024") name a page or a file as often.
    return span && !/^(?:\p{Lu}\p{Ll}+){2,}\d*$/u.test(text.slice(span.start, span.end)) ? span : null;
  },
};

const NOT_A_USER = /^(?:https?|s?ftp|ssh|git|file|mailto|tel|urn|arn|data|sha\d*|md5|node|python|ubuntu|debian|alpine|redis|postgres|mysql|nginx|image|localhost|error|warning|info|debug|note|todo|fixme|key|value|id|type|step|time|line|col|docker|npm|pip|std|ns|xmlns|aws|gcp|azure|re|fwd|cc|subject|from|to|date|port|host|step|ref|tag|v|version|at|in|on|for|is|xmlns|tcp|udp|np|lpc|unix|jdbc|odbc|tls|ssl|smtp|imap|pop3|ldaps?|server|data\s?source)$/i;
const LOGIN_CONTEXT = /log[ \t-]?in|sign[ \t-]?in|\bcreds?\b|credential|password|passwd|\bpw\b|account|admin|panel|dashboard|\bssh\b|\bftp\b|username|\buser\b|portal|console|router/i;

const ANY_LABEL = new RegExp(`${EN_LABEL}|${FOREIGN_LABEL}`, 'iu');
/** A password word and its colon, right before where a value begins. */
const LABEL_THEN_COLON = new RegExp(`(?<![\\p{L}])(?:${EN_LABEL}|${FOREIGN_LABEL})[ \\t]*[:：=][ \\t]*$`, 'iu');

/** Words about how strong a password is: a sentence with them is about passwords even without the word. */
const STRENGTH_TALK = /\b(?:weak|weaker|strong|stronger|secure|guessable|crack(?:ed)?|brute[ -]?forced?)\b/i;

/**
 * "my old password was X and the new one is Y", "is 'P@ss1' weak? my bank one is Y", "the password on the sticker is
 * wrong, she changed it to Y": the value, with the password word (or talk of its strength) shortly before.
 */
const ANOTHER_ONE: RegexRule = {
  name: 'another-one',
  pattern: new RegExp(
    `(?:(?:new|old|current|updated|temporary|temp|real|correct|right|actual|other|(?:my|our|your|his|her|their|the)[ \\t]+[\\p{L}-]{2,20})[ \\t]+one(?:${COPULA})|(?:changed|set|reset|updated|switched|made)[ \\t]+it[ \\t]+(?:back[ \\t]+)?(?:to|into)[ \\t]*:?[ \\t]+)${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    return passwordTalkBefore(text, m.index) ? proseValue(m, 1, text) : null;
  },
};

/**
 * Whether the password word (or talk of a password's strength) comes shortly before `at` on its line, in the same
 * sentence or the one before ("… a strong password policy. For example my current one is X").
 */
export function passwordTalkBefore(text: string, at: number): boolean {
  const line = contextOf(text, at - 160, at).split('\n').pop()!;
  // AI's round: a password said to be absent ("it is open, no password; the staff one is …", "ohne Passwort") names no
  // password that "the other one" could be: the one is the network, the room, the account the sentence is about.
  const sentences = line.split(/[.!?]\s+(?=[A-Z])/).slice(-2).join(' ').replace(NO_PASSWORD, ' ');
  return ANY_LABEL.test(sentences) || STRENGTH_TALK.test(sentences);
}

/** A password word after a word that says there is none: "no password", "without a password", "kein Passwort", "sin contraseña", "без пароля". */
const NO_PASSWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:no|without|not[ \t]+a|kein\p{L}*|ohne|sans|pas[ \t]+de|sin|sem|senza|zonder|geen|utan|uden|uten|ingen|bez|без|nessuna|aucun\p{L}*|ningun\p{L}*|nenhuma)[ \t]+(?:(?:a|an|any|un|une|una|um|uma)[ \t]+)?(?:${EN_LABEL}|${FOREIGN_LABEL})`,
  'giu',
);

/**
 * "the current one is X" in the other languages the rules read, after a sentence naming the password: a word for the
 * current, old, new or right one, then the language's "is"/"was" or a colon ("Ich habe das Passwort vergessen. Das
 * aktuelle ist …", "la actual es …", "cea actuală e …", "الحالية هي …", "текущий — …", "yang sekarang ialah …", "nykyinen
 * on …"). The value must look like a password in prose (`proseValue`), as the English rule's.
 */
const ONE_WORDS =
  String.raw`aktuelle|jetzige|alte|neue|richtige|actuel(?:le)?|ancien(?:ne)?|nouveau|nouvelle|bonne|actual|antigu[ao]|nuev[ao]|correct[ao]|atual|antig[ao]|nov[ao]|cert[ao]|attuale|vecchi[ao]|nuov[ao]|giust[ao]|actual[ăa]|veche|nou[ăa]|corect[ăa]|jelenlegi|mostani|r[ée]gi|[úu]j|helyes|текущ\p{L}*|нынешн\p{L}*|поточн\p{L}*|теперішн\p{L}*|стар(?:ый|ая|ий|а)|нов(?:ый|ая|ий|а)|şu[ 	]+anki|mevcut|eski|yeni|sekarang|semasa|lama|baru|betul|huidige|oude|nieuwe|juiste|nuvarande|gamla|nya|r[äa]tta|nuv[æa]rende|n[åa]v[æa]rende|gamle|nye|rigtige|riktige|nykyinen|vanha|uusi|oikea|الحالية|الحالي|القديمة|القديم|الجديدة|الجديد|الصحيحة|הנוכחית|הנוכחי|הישנה|החדשה`;
const ONE_COPULAS = String.raw`ist|war|lautet|est|[ée]tait|c['’]est|es|era|é|è|e|este|az|volt|pedig|это|це|є|был|была|був|була|ise|ialah|adalah|ni|is|was|är|var|er|on|oli|هي|هو|كانت|كان|היא|הוא`;
const FOREIGN_ANOTHER_ONE: RegexRule = {
  name: 'another-one-in-more-languages',
  pattern: new RegExp(String.raw`(?<![\p{L}])(?:${ONE_WORDS})(?:[ \t]+(?:${ONE_COPULAS})(?![\p{L}])[ \t]*:?|[ \t]*[:：—–-])[ \t]*${VALUE}`, 'dgiu'),
  judge(m, text) {
    return passwordTalkBefore(text, m.index) ? proseValue(m, 1, text) : null;
  },
};

/** "use X to log in", "with X to sign in": the value is what unlocks the account. */
const USE_TO_LOG_IN: RegexRule = {
  name: 'use-to-log-in',
  pattern: new RegExp(
    `(?:use|using|with|enter|type|typed|entered)[ \\t]+${VALUE}[ \\t]+to[ \\t]+(?:log[ \\t-]?in|sign[ \\t-]?in|login|signin|unlock|get[ \\t]+in)${R}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

/**
 * AQ's round: a value offered as the one to try or to get in with, in the languages of chat: "try X, that should work",
 * "probier X, das sollte gehen", "prueba X, debería funcionar", "entra con X", "entre com X", "connecte-toi avec X",
 * "masuk pakai X", "log in with X". A trial's value is followed by the words saying it should work (or it is in a
 * sentence that names a login already, as every value here must look like a password in prose: `proseValue`).
 */
const TRY_VALUE: RegexRule = {
  name: 'try-value-should-work',
  pattern: new RegExp(
    `(?:try|probier(?:e|'?s)?|prueba|pruebe|intenta|essaie|essayez|tenta|prova|coba|probeer|pr[oó]buj|попробуй(?:те)?)[ \\t]+(?:([a-z]{3,12}(?:[ \\t][a-z]{3,12}){2,5})|${VALUE})[ \\t]*[,;—–-]?[ \\t]*(?:(?:that|this|it|das|dat|eso|esa|ça|isso|questa|questo|itu|to|это)?(?:[ \\t]+(?:should|s[a-z]{3,5}|ought[ \\t]+to|will|sollte|moet|debería|deberia|devrait|deve|dovrebbe|harusnya|seharusnya|powinno|должно))[ \\t]+(?:work|gehen|funktionieren|werken|funcionar|marcher|fonctionner|funzionare|bisa|działać|сработать|работать)|` +
      // AR's round: or said to be what someone used ("try X — thats what Marta used last winter", "prueba X, es lo que
      // usaba Ana", "essaie X, c'est ce que Paul utilisait", "probier X, das hat Jan benutzt").
      `(?:that['’]?s|that[ \\t]+is|it['’]?s|its|es|c['’]est|das|dat|è|é|to)[ \\t]+(?:what|lo[ \\t]+que|ce[ \\t]+que|quello[ \\t]+che|o[ \\t]+que|hat|heeft|co)[ \\t]+(?:[\\p{L}\\p{M}'’-]{1,20}[ \\t]+){0,2}(?:used|uses|use|had|set|typed|usaba|usó|usa|utilisait|utilise|a[ \\t]+utilisé|usava|usou|benutzt|genommen|gebruikt|gebruikte|używał\\p{L}*)(?![\\p{L}]))`,
    'dgiu',
  ),
  judge(m, text) {
    // A run of plain words (a generated passphrase): none of English's prose or function words ("try restarting it").
    if (m[1]) {
      const words = m[1].split(/[ \t]+/);
      if (words.some((w) => PROSE.test(w) || FUNCTION.test(w) || /(?:ing|ed)$/.test(w))) return null;
      return { start: m.indices![1]![0], end: m.indices![1]![1], label: 'password' };
    }
    const digits = /^\d{6,12}$/.exec(m[7] ?? '');
    if (digits) return { start: m.indices![7]![0], end: m.indices![7]![1], label: 'password' };
    return proseValue(m, 2, text);
  },
};
/**
 * AR's round: a quoted value with the words that say to type it as it stands ("\"40221748\" (without the quotes)",
 * "sin las comillas", "ohne Anführungszeichen", "sans les guillemets", "senza virgolette", "sem as aspas", "bez
 * cudzysłowów", "без кавычек"), or that say it lets one in ("… gets you into the portal", "… gets you in"): one word of
 * a password's shape or four digits and more, not a search's phrase.
 */
const QUOTED_TO_TYPE: RegexRule = {
  name: 'quoted-to-type',
  pattern:
    /(?:"([^"\s]{4,64})"|'([^'\s]{4,64})'|“([^”\s]{4,64})”|«([^»\s]{4,64})»)[ \t]*(?:\(?[ \t]*(?:without|minus|w\/o|sin|sans|ohne|senza|sem|zonder|utan|uden|uten|bez|без)[ \t]+(?:the[ \t]+|las[ \t]+|los[ \t]+|les[ \t]+|die[ \t]+|le[ \t]+|as[ \t]+|os[ \t]+|de[ \t]+)?(?:quotes|quote[ \t]+marks|quotation[ \t]+marks|comillas|guillemets|anf[üu]hrungszeichen|virgolette|aspas|aanhalingstekens|citattecken|anf[øo]rselstegn|cudzys[łl]ow[óo]w|кавычек)|(?:gets|will[ \t]+get|should[ \t]+get)[ \t]+you[ \t]+(?:in|into|through|access))(?![\p{L}])/dgiu,
  judge(m) {
    const g = [1, 2, 3, 4].find((i) => m[i] !== undefined)!;
    const value = m[g]!;
    const start = m.indices![g]![0];
    if (!(/^\d{4,12}$/.test(value) || looksLikePassword(value, { quoted: true, strict: true })) || /^(?:inurl|intitle|site|filetype):/i.test(value) || !/\d|[!#$%^&*?~+=@_]/.test(value)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};
const ENTER_WITH_VALUE: RegexRule = {
  name: 'enter-with-value',
  pattern: new RegExp(
    `(?:entra|entre|entrá|entrez|ingresa|ingresá|accede|accedi|connecte-toi|connectez-vous|logge?[ \\t]+dich(?:[ \\t]+ein)?|melde[ \\t]+dich(?:[ \\t]+an)?|masuk|login|log[ \\t]?in|sign[ \\t]?in|get[ \\t]+in|войди|заходи|zaloguj[ \\t]+się|giriş[ \\t]+yap)[ \\t]+(?:con|com|avec|mit|with|using|pakai|dengan|pake|przez|ile|через|с)[ \\t]+(?:(?:the|this|your|my|el|la|le|o|a|il|dem|der|den|kode|kod|код)[ \\t]+)?(?:(code|c[óo]digo|codice|pin|passcode)[ \\t]+)?${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    // AR's round: "log in with the code IT181C": after the code's word, a code's shape (capitals and digits, or digits).
    if (m[1]) {
      const v = /^([A-Z0-9]{4,12})[.,;!?]?$/.exec(m[7] ?? '');
      if (v && /\d/.test(v[1]!) && !/^(?:19|20)\d\d$/.test(v[1]!)) return { start: m.indices![7]![0], end: m.indices![7]![0] + v[1]!.length, label: 'password' };
      return null;
    }
    const span = proseValue(m, 2, text);
    // "log in with Google", "entra con tu cuenta": a word with no digit and no symbol is a way to log in, not a value.
    return span && /[\d!#$%^&*?~+=@_.]/.test(text.slice(span.start, span.end)) ? span : null;
  },
};
/** "login is my email + X", "login is the usual email and X": a user said by what it is, then the password. */
const USUAL_USER_THEN_VALUE: RegexRule = {
  name: 'usual-user-then-value',
  pattern: new RegExp(
    `(?:log[ \\t-]?in|sign[ \\t-]?in|account|creds?|credentials)[ \\t]+(?:is|was|=|:)[ \\t]+(?:my|the[ \\t]+usual|the[ \\t]+same|our|your|the[ \\t]+shop|the[ \\t]+office)[ \\t]+(?:e-?mail|email[ \\t]+address|user(?:name)?|phone(?:[ \\t]+number)?|number|id)[ \\t]*(?:\\+|&|and|with|,|/|plus)[ \\t]*${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

/** A product's documentation, sample or shipped default, in a few languages. */
const SHIPPED_DEFAULT = /(?<![\p{L}])(?:docs?|documentation|manual|readme|sample|example|default|factory|out of the box|doku\p{L}*|standard\p{L}*|par d[ée]faut|por defecto|predeterminad\p{L}*|padr[ãa]o|predefinit\p{L}*)(?![\p{L}])/iu;

/** "user demo@ourapp.dev, pass X", "login admin; pw X": a user named first, then the password by a short label. */
const USER_THEN_PASS: RegexRule = {
  name: 'user-then-pass',
  pattern: new RegExp(
    // AI's round: or two spaces or a tab between the halves, as a device's label or a table lays them out ("Admin:
    // http://192.168.6.1  user admin  pass FALCON.falcon.120").
    // "(?:[ \t]*[:=])?" is "[ \t]*[:=]?" that cannot split a run of spaces two ways (quadratic on a long run).
    `(?:user(?:name)?|login|e-?mail|account)(?:[ \\t]*[:=])?[ \\t]+["']?[^\\s,;"']{1,64}?["']?(?:[ \\t]*[,;/|][ \\t]*|[ \\t]{2,}|\\t)(?:and[ \\t]+)?(?:pass|passwd|pwd|pw|${EN_LABEL})[ \\t]*[:=]?[ \\t]+${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    // A passphrase of small words after the pair's password word ("user deploy9 / password blossom poppy berry comet
    // nickel"): the whole phrase, its line or a bracket ending it (`generatedPhrase`).
    const bare = m.indices![6];
    const phrase = bare && /^[a-z]{3,12}$/.test(m[6]!) ? MORE_PHRASE_WORDS.exec(text.slice(bare[1], bare[1] + 80)) : null;
    if (bare && phrase && generatedPhrase(m[6]! + phrase[0])) return { start: bare[0], end: bare[1] + phrase[0].length, label: 'password' };
    // AN's round: a pair whose password repeats its user name, in a sentence about a product's docs, sample or default
    // user ("the sample user from the docs (username tomcat, password 'tomcat' …)"), is the shipped default a warning
    // names, not anyone's secret.
    const user = /^(?:user(?:name)?|login|e-?mail|account)(?:[ \t]*[:=])?[ \t]+["']?([^\s,;"']{1,64}?)["']?(?:[ \t]*[,;/|]|[ \t]{2,}|\t)/iu.exec(m[0]);
    const value = m.slice(1).find((g) => g !== undefined);
    if (user && value && user[1]!.toLowerCase() === value.toLowerCase() && SHIPPED_DEFAULT.test(contextOf(text, m.index - 160, m.index))) return null;
    return proseValue(m, 1, text);
  },
};

/** A bare `user:password` pair in a sentence about logging in: "it's admin:X for the router". */
const USER_COLON_PASSWORD: RegexRule = {
  name: 'user-colon-password',
  // Found at its colon; the user name before it is read by the lookbehind (group 1).
  pattern: /:(?<=(?<![\w@/.:%+$\\-])([a-z][a-z0-9._-]{1,31}):)([^\s:@/'"`<>()[\]{}]{6,64})(?=[\s,;!?)]|\.(?:\s|$)|$)/dg,
  judge(m, text) {
    if (NOT_A_USER.test(m[1]!)) return null;
    const value = trimTrailingPunctuation(m[2]!);
    // A host (`tcp:sql-prod.example.net,1433;…`), not a password.
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[,:;].*)?$/i.test(value)) return null;
    // A typed digest or key id (`sha256:9f86…`, `nodekey:7ba8…`): long hex after a type name is never a typed password.
    if (/^[0-9a-f]{32,}$/i.test(value)) return null;
    // AX's round: a namespaced id as a log field's value (`cache miss key=sku:1f0e9a2b77c4`, `item_id=order:9x8c7d6e`):
    // the field names a key or an id, and the value after the namespace is lower-case letters and digits, an id.
    if (/^[a-z0-9]+$/.test(value) && /[\w.-]*(?:key|id|ref)=$/i.test(text.slice(Math.max(0, m.index - m[1]!.length - 24), m.index - m[1]!.length))) return null;
    // An OAuth scope (`scope activity:read_all`, `scopes=repo:write`): a resource and the access asked for, both
    // names; lower-case words joined by underscores are an identifier, never a password typed after a user.
    if (/^[a-z]+(?:_[a-z]+)+$/.test(value) || /\bscopes?["']?[ \t]*[:=]?[ \t]*["']?$/i.test(text.slice(Math.max(0, m.index - m[1]!.length - 12), m.index - m[1]!.length))) return null;
    if (!/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value) || !looksLikeProsePassword(value)) return null;
    const line = lineAround(text, m.index, 120 + m[0].length);
    if (!LOGIN_CONTEXT.test(contextOf(text, Math.max(line.start, m.index - 120), Math.min(line.end, m.index + m[0].length + 120)))) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

/**
 * A number with a counter after it is a length or a count, as a password rule states one: "パスワードは12文字以上",
 * "8桁", "비밀번호는 8자 이상", "10자리", "密码为6位数字", "8個字元"; and a range of them, as a policy gives one
 * (AQ's round: "パスワードは8〜64文字", "비밀번호는 8~20자", "密码为8至16位").
 */
const CJK_COUNT = /^\d{1,3}(?:[ \t]?(?:[〜~～\-–—]|至|到|から|에서)[ \t]?\d{1,3})?(?:文字|桁|字|個|回|자리|자|글자|개|位|个|個字元|字符|次)/u;

/**
 * Korean, Japanese and Chinese labels take a particle instead of a colon and need no space before the value; a gloss
 * in parentheses may stand between ("비밀번호(PIN)는 6441", "パスワード（PIN）は …"); a Latin value may follow the word with
 * no particle at all ("登录密码Pretzel1992，…"), or after a comma (BC's round: "…のパスワード、Kestrel3041!に変えといたで",
 * the run of Latin letters, digits and symbols that the change of script ends).
 */
const CJK_PASSWORD: RegexRule = {
  name: 'cjk-password',
  pattern:
    /(?:비밀번호|암호|パスワード|密码|密碼|口令)(?:[ \t]{0,2}[(（][\p{L} \t]{1,12}[)）])?(?:(?:[ \t]{0,2}(?:는요|는|은|가|이|도|를|을|は|が|も|を|就是|是|为|為|改成|改为|设为|设置为|設為|：|:|=)){1,2}[ \t]{0,3}(?:「([^」\n]{1,100})」|"([^"\n]{1,100})"|([^\s"「」、。，,！？]{1,100}))|[ \t]{0,2}(?:[、，,][ \t]{0,2})?([!-~]{6,100})(?![!-~]))/dgu,
  judge(m, text) {
    // With no particle, the value is the run of Latin letters, digits and symbols right after the word, which the
    // change of script ends ("登录密码Pretzel1992.，手机号…").
    const span = groupSpan(m, [1, 2, 3, 4]);
    if (!span) return null;
    const quoted = span.group === 1 || span.group === 2;
    // Trailing polite endings: "abc123です", "abc123입니다".
    const value = quoted ? span.value : trimTrailingPunctuation(span.value).replace(/(?:です|입니다|이에요|예요|요)$/u, '');
    if (!quoted && CJK_COUNT.test(value)) return null;
    // A scheme or an encoding named after the word ("密码SHA256加密", "パスワードUTF-8"), not a value.
    if (span.group === 4 && /^(?:md5|sha-?\d*|bcrypt|argon2\w*|scrypt|pbkdf2\w*|aes-?\d*|rsa-?\d*|utf-?\d+|ascii|base64|wpa\d?|wep)$/i.test(value)) return null;
    if (!looksLikePassword(value, { quoted, strict: !quoted, nextChar: text[span.end] })) return null;
    return { start: span.start, end: span.start + value.length, label: 'password' };
  },
};

/** Four-letter words that random app-password groups are not: a run of them is a sentence. */
const COMMON_FOUR = new Set(
  'that this with from have will your what when them then they were been into also just more some than only over such make like time very even most each much here does done used user need must back same work mail word pass code true null none test demo home wifi path file name open read sent mine ours what want know help make sure thus both once upon'
    .split(' ')
    .filter(Boolean),
);

/**
 * App passwords: Apple's app-specific `abcd-efgh-ijkl-mnop`, Google's `abcd efgh ijkl mnop`, WordPress's six groups of
 * four letters and digits — groups of four, one separator throughout, after a password word on the same line.
 */
/** Cheap anchors for the app-password windows: the stems of the password words (the judge reads the words exactly). */
const APP_PASSWORD_ANCHORS = /pass|pwd|kennw|wachtw|parol|has[lł]o|heslo|senha|contrase|clave|sandi|mdp|mot de passe|lösen|losen|salasana|adgangs|kodeord|jelsz|şifre|sifre|пароль|κωδικ|mật khẩu|mat khau|סיסמ|كلمة|पासवर्ड|app[ -]?specific|anwendungs/gi;

const APP_PASSWORD: RegexRule = {
  name: 'app-password',
  // Found at the first separator, the group before it read by the lookbehind.
  pattern: /([ -])(?<=(?<![\w-])[A-Za-z0-9]{4}[ -])[A-Za-z0-9]{4}(?:\1[A-Za-z0-9]{4}){2,4}(?![\w-]|\1[A-Za-z0-9]{4}(?![\w]))/dg,
  judge(m, text) {
    const start = m.index - 4;
    const end = m.index + m[0].length;
    const groups = text.slice(start, end).split(m[1]!);
    if (groups.length !== 4 && groups.length !== 6) return null;
    // Digits in groups of four are a card or an account number; app passwords are letters (WordPress mixes in digits).
    if (groups.filter((g) => /[A-Za-z]/.test(g)).length < groups.length / 2) return null;
    if (groups.some((g) => COMMON_FOUR.has(g.toLowerCase()))) return null;
    // Letters only, each group pronounceable (a vowel second, as in "come back here soon"): words, not a password.
    const line = contextOf(text, start - 100, start).split('\n').pop()!;
    // Right after a password word and its colon ("Password: dehk uyrh abba ygis") the groups are the value, however
    // they read; elsewhere on the line, pronounceable groups are read as words.
    const valueOfLabel = LABEL_THEN_COLON.test(line);
    if (!valueOfLabel && groups.every((g) => /^[a-z]{4}$/i.test(g) && /^[^aeiouy]?[aeiouy]/i.test(g))) return null;
    if (!ANY_LABEL.test(line) && !/app[ -]?(?:specific|spezifisch|pass)|application[ \t]+password|anwendungspasswort|mot[ \t]+de[ \t]+passe[ \t]+d['’]application/i.test(line)) return null;
    return { start, end, label: 'password' };
  },
};

/**
 * PINs and passcodes: four to eight digits after "PIN is", "PIN: ", "passcode was", "Geheimzahl ist", or alone in
 * parentheses right after the word ("I never shared my PIN (4127) with anyone"; "PIN (4 digits)" is no value).
 */
const PIN_CODE: RegexRule = {
  name: 'pin-code',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:pin(?:[ \\t-]?(?:code|number|nummer|no\\.?))?|passcode|pin-code|code[ \\t]+pin|geheimzahl|código[ \\t]+pin|codice[ \\t]+pin|unlock[ \\t]+code)${R}(?:${QUALIFIER})?(?:[ \\t]*[:：=][ \\t]*|[ \\t]+(?:is|was|ist|lautet|est|es|é|è|:)[ \\t]*:?[ \\t]+|[ \\t]*\\((?=\\d{4,8}\\)))(\\d{4,8})(?![\\p{N}\\p{L}_.,/-]|[.,]\\d)`,
    'dgiu',
  ),
  judge(m, text) {
    const span = m.indices![1]!;
    if (/^(\d)\1+$/.test(m[1]!)) return null;
    // A year in parentheses after words about the PIN says when ("the PIN on my card in March (2019)").
    if (text[span[0] - 1] === '(' && /^(?:19[5-9]\d|20[0-4]\d)$/.test(m[1]!) && /[ \t]\p{L}+[ \t]*\($/u.test(m[0].slice(0, span[0] - m.index))) return null;
    return { start: span[0], end: span[1], label: 'password' };
  },
};

/** Where a quoted password may be: near a password word's stem or talk of leaks (the judge reads the sentence). */
const QUOTED_ANCHORS = new RegExp(`${APP_PASSWORD_ANCHORS.source}|pwned|breach|leak|compromised|hacked|reus|everything|every account|all my accounts|credential`, 'gi');

/** Talk of a leaked or reused password: a quoted password-shaped word in such a sentence is one. */
const BREACH_TALK = /pwned|breach(?:ed)?|leak(?:ed)?|compromised|hacked|reus(?:e|ed|ing)|for[ \t]+(?:like[ \t]+)?(?:everything|every[ \t]+account|all[ \t]+(?:my[ \t]+)?accounts)|credential[ \t]+stuffing/i;

/**
 * A noun right before a quoted word that says what the word is, when it is not the password: a network's name (its
 * SSID), a user name, a file, a folder, a host, a branch, a device ("network 'Home_5G'", "user 'ops-2'", "named 'x1_b'").
 */
const NAMED_AS_OTHER =
  /(?<![\p{L}])(?:network|netzwerk|r[ée]seau|red|rede|netwerk|sieć|ssid|user(?:[ \t-]?name)?|benutzer(?:name)?|file|folder|directory|host(?:name)?|server|branch|device|profile|channel|repo(?:sitory)?|named|called)[ \t]*[:=]?[ \t]*$/iu;

/**
 * A quoted word shaped like a password (letters, digits and a symbol) in a sentence about passwords or their leaking:
 * `used "tiger_17*" for everything and now haveibeenpwned shows it`.
 */
const QUOTED_IN_PASSWORD_TALK: RegexRule = {
  name: 'quoted-in-password-talk',
  pattern: /(["'“‘`])([^\s"'“”‘’`]{6,64})(?:["'”’`])/dg,
  judge(m, text) {
    const span = groupSpan(m, [2])!;
    const v = span.value;
    if (!/\d/.test(v) || !/\p{L}/u.test(v) || !/[^\p{L}\p{N}]/u.test(v.replace(/[.,;:!?]+$/, '')) || !looksLikeProsePassword(v)) return null;
    if (/[=(){}[\]<>\\]|^[-/.]|\.[a-z]{2,4}$|^\w+:\/\/|^[\w$]+(?:\.[\w$]+)+$/i.test(v)) return null; // code, a path, a file, a URL, a dotted name
    // A literal in code (`X = ["…"]`, `f("…")`, `"key": "…"`), not a word in a sentence.
    if (/[=([,:{][ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    // Named as another thing right before its quote: "Wi-Fi network 'CabinNet_5G' — password is on the card".
    if (NAMED_AS_OTHER.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    const line = lineAround(text, m.index, 160 + m[0].length);
    const sentence = contextOf(text, Math.max(line.start, m.index - 160), Math.min(line.end, span.end + 160));
    if (!BREACH_TALK.test(sentence) && !ANY_LABEL.test(sentence)) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + m[0].length - 1,
};

/**
 * Wi-Fi keys as routers print them: "WLAN-Schlüssel: 1234 5678 9012 3456 7890", "WPA key: …", "clé WiFi : …"; a few
 * words (ten at most) may name the router before a colon ("WLAN-Schlüssel von der Fritzbox: …", "Wi-Fi key printed on
 * the router in the back office: XXXX-XXXX-XXXX-XXXX"), or the key follow the name
 * directly as a sticker prints it ("steht der WLAN-Schlüssel 1H9W44E144H1 und …").
 */
/**
 * What routers and their manuals call the Wi-Fi key in other languages and scripts, the word for "key" joined to the
 * network's or the encryption's: Japanese 暗号化キー (encryption key, printed on every router label there), ネットワーク
 * キー, Chinese 无线密码, Korean 네트워크 키, and "network key" in the European languages the rules read.
 */
const WIFI_KEY_NAMES = [
  '暗号化キー', 'ネットワークキー', 'セキュリティキー', 'ネットワークパスワード', '网络密钥', '無線密碼', '无线密码', '網路金鑰',
  '네트워크[ \\t]*키', '보안[ \\t]*키', '암호화[ \\t]*키', 'κλειδί[ \\t]+δικτύου', 'ağ[ \\t]+anahtarı', 'khóa[ \\t]+mạng', 'klucz[ \\t]+sieci',
  'nettverksnøkkel', 'netværksnøgle', 'nätverksnyckel', 'verkkoavain', 'ключ[ \\t]+сети', 'ключ[ \\t]+мережі', 'kunci[ \\t]+jaringan',
].join('|');

/** The Wi-Fi key's names: every match of `WIFI_KEY` begins with one, so the rule is tried only where one stands. */
const WIFI_PASSWORD_WORDS = String.raw`key|schlüssel|password|passwort|kennwort|passphrase|psk|code|clé|clave|chave|chiave|sleutel|parole|parol[ăa]|parola|parool|passord|l[öo]senord|adgangskode|salasana|heslo|has[łl]o|jelsz[óo]|geslo|lozinka|[şs]ifre(?:si)?|sandi|senha|contrase[ñn]a|wachtwoord|пароль|κωδικός`;
const WIFI_KEY_NAME = String.raw`(?:wi-?fi|wlan|wpa2?|wpa3|wireless|network|netzwerk|réseau|red)[ \t-]?(?:${WIFI_PASSWORD_WORDS})|${WIFI_KEY_NAMES}`;

const WIFI_KEY: RegexRule = {
  name: 'wifi-key',
  // AI's round: the password word after "wifi" in more languages ("wifi parole: …", "wifi şifresi …", "wifi heslo …").
  pattern: new RegExp(
    String.raw`(?:(?:wi-?fi|wlan|wpa2?|wpa3|wireless|network|netzwerk|réseau|red)[ \t-]?(?:${WIFI_PASSWORD_WORDS})(?![\p{L}])|${WIFI_KEY_NAMES})(?:[ \t]*\([^)\n]{1,30}\))?(?:[ \t]*(?:[:=：]|is|は|是|는|은)|(?:[ \t]+[\p{L}\p{N}'’-]{1,20}){1,10}[ \t]*:|([ \t]+)(?=[^\s"']{0,62}\d))[ \t]*((?:\d{4,5}[ -]){2,7}\d{4,5}|[^\s"']{8,63})`, 'dgiu'),
  judge(m) {
    const span = m.indices![2]!;
    const v = trimTrailingPunctuation(m[2]!);
    // Right after the name with nothing between ("steht der WLAN-Schlüssel 1H9W44E1…"): letters and digits both, as
    // routers print keys; a number alone there is a count or a model.
    if (m[1] !== undefined && (!/\d/.test(v) || !/\p{L}/u.test(v))) return null;
    if (!/^[\d -]+$/.test(v) && !looksLikePassword(v, { quoted: false, strict: true })) return null;
    return { start: span[0], end: span[0] + v.length, label: 'password' };
  },
};

/**
 * A Wi-Fi network named, then on the same line its password or code word and the value, as a sign or a message gives
 * both ("ไวไฟของร้านชื่อ cafe-guest รหัส violet7057%", "Wi-Fi: KlubNet, kode: Hjem!2231", "WLAN HausGast Passwort
 * Fuchs#4410", "вайфай Dacha, код 7Kr!9910"). The word may be a bare "code" in the languages that call a Wi-Fi password
 * so; the value must look like a password in prose, with a digit.
 */
const WIFI_WORD = String.raw`wi-?fi|wlan|ไวไฟ|вай-?фай|ва[йі]фа[йя]`;
/**
 * A network's key, in the most spoken languages and the EU's, with the case endings the word takes after "with"
 * ("su raktu …" in Lithuanian, "ключом …", "kluczem …", "avaimella …"): after a Wi-Fi word on the line, it names the
 * network's password.
 */
const WIFI_KEY_WORD = String.raw`key|schl[üu]ssel|cl[ée]|chave|chiave|sleutel|nyckel\p{L}*|n[øo]gle\p{L}*|n[øo]kkel\p{L}*|avain\p{L}*|klucz\p{L}*|kl[íi][čc]\p{L}*|k[ľl][úu][čc]\p{L}*|kulcs\p{L}*|cheie|cheia|anahtar\p{L}*|a[çc]ar\p{L}*|kalit\p{L}*|ключ\p{L}*|кілт\p{L}*|rakt(?:as|u|ą|o)|atsl[ēe]g\p{L}*|v[õo]ti|v[õo]tme\p{L}*|lykil\p{L}*|eochair|allwedd|giltz\p{L}*|[çc]el[ëe]s\p{L}*|kunci|ufunguo|susi|κλειδ\p{L}*|מפתח|مفتاح|کلید|कुंजी|চাবি|psk`;
const WIFI_THEN_CODE: RegexRule = {
  name: 'wifi-then-code',
  pattern: new RegExp(
    String.raw`(?:${WIFI_WORD})[^\n]{0,60}?(?:(?<![\p{L}])(?:password|passwort|pass|pw|code|kode|kod|koodi|kód|код|пароль|mật[ \t]+khẩu|sandi|kata[ \t]+laluan|senha|clave|contraseña|mot[ \t]+de[ \t]+passe|heslo|jelszó|parola|şifre|salasana|lösenord|passord|adgangskode|${WIFI_KEY_WORD})(?![\p{L}])|รหัส(?:ผ่าน)?)(?:[ \t]*[:：=][ \t]*|[ \t]+(?:is|ist|est|es|é|è|er|är|on|ni|ialah|adalah|คือ|là|це|это)?[ \t]*)([^\s"'“”<>()]{6,63})`,
    'dgiu',
  ),
  judge(m) {
    const v = trimTrailingPunctuation(m[1]!);
    if (!(/\d/.test(v) && looksLikeProsePassword(v)) && !randomCapitals(v)) return null;
    if (/^0x[0-9a-f]+$/i.test(v)) return null;
    // A code of another kind: an error's, a status's, a product's, a place's.
    if (OTHER_CODE.test(m[0].slice(0, m.indices![1]![0] - m.index))) return null;
    const start = m.indices![1]![0];
    return { start, end: start + v.length, label: 'password' };
  },
};
const OTHER_CODE = /(?:error|status|fehler|erreur|promo|product|country|area|zip|postal|qr|reason|exit)[ \t-]*(?:code|kode|kod|код)/i;

/**
 * BG's round: a key of ten to sixteen capitals drawn at random, as some routers print ("SPFXMRIIJD"): a word in
 * capitals has a vowel in three letters or more, random capitals about one in five.
 */
function randomCapitals(v: string): boolean {
  if (!/^[A-Z]{10,16}$/.test(v)) return false;
  return v.replace(/[^AEIOUY]/g, '').length <= v.length * 0.3;
}

/** Before the key-value rules, which would take only an app password's first group after `password:`. */
export const APP_PASSWORD_FINDERS: readonly Finder[] = [windowedFinder(APP_PASSWORD, APP_PASSWORD_ANCHORS, 0, 100)];

export const PROSE_PASSWORD_FINDERS: readonly Finder[] = [
  anchoredFinder(WIFI_KEY, wordAnchors(WIFI_KEY_NAME)),
  anchoredFinder(WIFI_THEN_CODE, new RegExp(WIFI_WORD, 'giu')),
  regexFinder(PIN_CODE),
  // Tried at the password words (`passwordWordStarts`, one scan for the rules that open with one): every match of
  // these two opens with one, and a scan of the whole text per rule tried the long list at every character.
  finderAtStarts(boundedLabel(PROSE_PASSWORD), passwordWordStarts),
  finderAtStarts(boundedLabel(FOREIGN_PROSE_PASSWORD), passwordWordStarts),
  // Tried at the password words, where a comma follows within a few words.
  finderAtStarts(boundedLabel(PASSWORD_IN_APPOSITION), passwordWordStarts, /^[^\n,]{1,40},/),
  regexFinder(bounded(SET_PASSWORD_TO)),
  regexFinder(bounded(SET_KEY_TO)),
  regexFinder(bounded(USE_AS_PASSWORD)),
  regexFinder(bounded(LOGIN_WITH)),
  regexFinder(bounded(CREDENTIAL_PAIR)),
  regexFinder(BUILT_IN_USER_PAIR),
  regexFinder(bounded(ANOTHER_ONE)),
  // Tried only where one of its words stands (`anchored-finder.ts`).
  anchoredFinder(FOREIGN_ANOTHER_ONE, wordAnchors(ONE_WORDS)),
  regexFinder(bounded(USE_TO_LOG_IN)),
  regexFinder(bounded(TRY_VALUE)),
  regexFinder(QUOTED_TO_TYPE),
  regexFinder(bounded(ENTER_WITH_VALUE)),
  regexFinder(bounded(USUAL_USER_THEN_VALUE)),
  regexFinder(bounded(USER_THEN_PASS)),
  regexFinder(USER_COLON_PASSWORD),
  regexFinder(CJK_PASSWORD),
  windowedFinder(QUOTED_IN_PASSWORD_TALK, QUOTED_ANCHORS, 160, 160),
];
