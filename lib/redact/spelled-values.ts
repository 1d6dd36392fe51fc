import { factored } from './fast-anchors';
import { namesCode, namesLockable } from './object-codes';
import type { Finder, SecretSpan } from './rules';

/**
 * A password, PIN or lock code spelled out or dictated rather than typed: letter by letter with its case said ("capital
 * P, e, t, r, a", "eme mayúscula, a, ere", "großes B wie Berta, a, n, k"), digit by digit or in pairs in words ("one
 * nine six two", "fifty two, eleven, thirty eight", "sieben, drei", "uno, nueve, cero"), in the phonetic alphabet
 * ("Tango Romeo Eight Eight Hotel"), with its symbols named ("exclamation mark", "hashtag", "arroba",
 * "Ausrufezeichen", "star"). A run of at least four such tokens, three of them telling (a letter, a digit, a digit's
 * word, a phonetic word, a symbol's name), is the value where a password, code or lock word stands before it on its
 * line, or where the text says it was spelled or dictated and names a password or a login near it.
 */

/** Digits' and numbers' words, in English, Spanish, German, French, Portuguese, Italian and Dutch. */
const DIGIT_WORDS =
  String.raw`zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|` +
  String.raw`cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|` +
  String.raw`null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|` +
  String.raw`zéro|deux|trois|quatre|cinq|sept|huit|neuf|dix|` +
  String.raw`um|dois|três|quatro|sete|oito|nove|dez|` +
  String.raw`due|tre|quattro|cinque|sei|sette|otto|dieci|` +
  String.raw`nul|een|twee|drie|vijf|zes|zeven|negen|tien`;
/** The phonetic alphabets: NATO's, and the first names German and Spanish spell with. */
const PHONETIC =
  String.raw`alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu`;
/** Symbols' names. */
const SYMBOLS =
  // AU's round: plus, dot, slash, tilde, caret, equals, colon.
  String.raw`plus(?:[ \t]+sign)?|dot|full[ \t]+stop|period|slash|forward[ \t]+slash|backslash|tilde|caret|equals(?:[ \t]+sign)?|colon|` +
  String.raw`exclamation(?:[ \t]+(?:mark|point))?|bang|at[ \t]+sign|hash(?:tag)?|pound[ \t]+sign|star|asterisk|dash|hyphen|underscore|dollar(?:[ \t]+sign)?|percent(?:[ \t]+sign)?|ampersand|question[ \t]+mark|` +
  String.raw`arroba|almohadilla|asterisco|gui[oó]n(?:[ \t]+bajo)?|signo[ \t]+de[ \t]+(?:exclamaci[oó]n|d[oó]lar)|exclamaci[oó]n|` +
  String.raw`ausrufezeichen|at-zeichen|klammeraffe|raute|sternchen|bindestrich|unterstrich|fragezeichen|dollarzeichen|` +
  String.raw`point[ \t]+d['’]exclamation|arobase|di[eè]se|[ée]toile|tiret(?:[ \t]+bas)?|` +
  String.raw`ponto[ \t]+de[ \t]+exclama[çc][ãa]o|cerquilha|tra[çc]o|sublinhado|punto[ \t]+esclamativo|chiocciola|cancelletto|trattino`;
/** Spanish letters' names (the ones no common word shares). */
const LETTER_NAMES = String.raw`efe|hache|jota|ele|eme|ene|eñe|ere|erre|uve|equis|zeta|i[ \t]+griega`;
/** The case said before or after a letter. */
const CASE_WORDS =
  String.raw`capital|upper[ \t]?case|lower[ \t]?case|small|big|caps|may[úu]scula|min[úu]scula|gro(?:ß|ss)e?s?|kleine?s?|majuscule|minuscule|mai[úu]scul[ao]|min[úu]scul[ao]|maiuscol[ao]|minuscol[ao]|hoofdletter`;
/** "B wie Berta", "B as in Bravo", "B comme Bernard", "B de Barcelona", "B come Bologna": a letter told by a word. */
const LETTER_AS_IN = String.raw`[A-Za-z][ \t]+(?:wie|as[ \t]+in|like|for|comme|de|como|come|voor)[ \t]+\p{Lu}\p{Ll}+`;

/** The telling tokens. */
const STRONG = String.raw`(?:${LETTER_AS_IN}|(?:(?:${CASE_WORDS})[ \t]+)?(?:${PHONETIC}|${LETTER_NAMES}|${DIGIT_WORDS}|${SYMBOLS}|[A-Za-z]|\d{1,2})(?:[ \t]+(?:${CASE_WORDS}))?)`;
/** Tokens that may stand inside a run but tell nothing alone: a capitalised word, "double", "oh". */
const WEAK = String.raw`(?:\p{Lu}\p{Ll}{2,15}|double|triple|doppel|doble|oh)`;
/** Between tokens: commas, spaces, "then", "and", "dann", "luego", "y", "puis", "depois", "poi". */
// AV's round: or a hyphen, as a code said as words is written joined ("seven-three-one-nine").
const SEP = String.raw`(?:[ \t]*,[ \t]*|[ \t]+|(?<![Xx])-(?=\p{L}))(?:(?:then|and[ \t]+then|and|followed[ \t]+by|dann|und|luego|despu[ée]s|y|puis|et|depois|e|poi|quindi)[ \t]+)?`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRONG}|${WEAK})(?:${SEP}(?:${STRONG}|${WEAK})(?![\p{L}\p{N}]))+`, 'giu');
const STRONG_WHOLE = new RegExp(String.raw`^${STRONG}$`, 'iu');
const TOKEN_SPLIT = new RegExp(SEP, 'giu');

/** Password, code and lock words, in the languages above (a few more of the big ones beside). */
const SECRET_WORD =
  /(?<![\p{L}])(?:pass(?:word|code|phrase)|pwd|pin|code|combination|combo|login|log[ \t]+in|sign[ \t]+in|alarm|safe|lock|door|gate|wi-?fi|contrase[ñn]a|clave|c[óo]digo|combinaci[óo]n|caja[ \t]+fuerte|alarma|puerta|passwort|kennwort|code|kombination|tresor|safe|t[üu]r|mot[ \t]+de[ \t]+passe|coffre|porte|senha|cofre|porta|parola[ \t]+d['’]ordine|codice|cassaforte|allarme|wachtwoord|kluis|deur|has[łl]o|kod|пароль|код|сейф)(?![\p{L}])/iu;
/** Words saying the value was spelled or dictated. */
const SPELLED_WORD =
  /(?<![\p{L}])(?:spell(?:ed|t|ing)?|dictat(?:ed|ion|e)|voice[ \t-]+typed|transcri(?:bed|pt|ption)|phonetic|alphabet|NATO|buchstabier\p{L}*|diktiert\p{L}*|deletre\p{L}*|dict[óo]|dictado|[ée]pel[ée]\p{L}*|dict[ée]\p{L}*|soletr\p{L}*|ditou|ditad[oa]|compitat\p{L}*|dettat\p{L}*|gespeld|gedicteerd)(?![\p{L}])/iu;
/** Where a window is opened: the words above, in the plain mode. */
const ANCHORS = /pass|pwd|pin|code|combin|combo|log|sign|alarm|safe|lock|door|gate|wi-?fi|contrase|clave|c[oó]digo|alarma|puerta|caja|kennwort|tresor|t[uü]r|mot de passe|coffre|porte|senha|cofre|porta|parola|codice|cassaforte|allarme|wachtwoord|kluis|deur|has[lł]o|kod|пароль|код|сейф|spel|dicta|voice|transcri|phonetic|alphabet|nato|buchstab|diktier|deletre|dict|[eé]pel|soletr|ditou|ditad|compitat|dettat|gedicteerd/gi;

const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 120;

const SYMBOL_WHOLE = new RegExp(String.raw`^(?:${SYMBOLS})$`, 'iu');

/**
 * Words a run holds between its tokens: "double", the case said apart from its letter, "B wie Berta", "exclamation mark".
 * AV's round: the first words of the symbols named in two ("question mark", "full stop", "forward slash", "at sign"),
 * which the run splits apart: a run broke at "question" and left the rest of a NATO-spelled password readable.
 */
const WEAK_WORD = new RegExp(String.raw`^(?:double|triple|doppel|doble|oh|${CASE_WORDS}|wie|as|in|like|for|comme|de|como|come|voor|mark|point|sign|bajo|bas|question|exclamation|full|stop|forward|pound|at)$`, 'iu');

/**
 * How long a run is up to its first word that neither tells nor is a capitalised word (the pattern reads case
 * loosely), how many of its tokens tell there, and whether one is a letter's or a digit's (not only symbols, as Morse
 * code is).
 */
function telling(run: string): [number, number, boolean] {
  let n = 0;
  let alnum = false;
  let cursor = 0;
  let end = 0;
  for (const token of run.split(TOKEN_SPLIT)) {
    if (!token) continue;
    const at = run.indexOf(token, cursor);
    cursor = at + token.length;
    if (STRONG_WHOLE.test(token)) {
      n++;
      if (!SYMBOL_WHOLE.test(token)) alnum = true;
    } else if (!/^\p{Lu}/u.test(token) && !WEAK_WORD.test(token)) break;
    end = cursor;
  }
  return [end, n, alnum];
}

/**
 * Where a spelled value may begin after a secret's or a spelling word: past a colon, an equals sign or a verb for "is"
 * ("the door code is …", "buchstabiert: …", "la clave así: …") on the word's line.
 */
const LINK = /[:：=]|(?<![\p{L}])(?:is|was|are|ist|lautet|war|es|est|era|é|è|sono|jest|to|är|er|on|je|ni|así|so)(?![\p{L}])/giu;
const RUN_AT = new RegExp(RUN.source, 'iuy');
const MAX_LINKS = 3;

/** Where a spelled value that starts at `at` ends, or -1 where none does (see findSpelledValues). */
function spelledValueAt(text: string, at: number): number {
  RUN_AT.lastIndex = at;
  const w = RUN_AT.exec(text);
  if (!w) return -1;
  const [length, count, alnum] = telling(w[0]);
  const run = w[0].slice(0, length);
  // Morse code or a row of symbols is no value: a letter or a digit must be among the tokens.
  if (run.length < 7 || count < 3 || !alnum) return -1;
  // BY's round: three single digits or fewer and nothing else ("worn off on 1, 4 and 7", "buttons 2, 5 and 8")
  // are a list of keys; a code said in single digits has four at least (a dial's "44, 19, 41" is read).
  const tokens = run.split(TOKEN_SPLIT).filter(Boolean);
  if (tokens.length < 4 && tokens.every((t) => /^\d$/.test(t))) return -1;
  const end = at + run.length;
  // The run's line around it, read within bounds.
  const reach = text.slice(Math.max(0, at - WINDOW_BEFORE), at);
  const before = reach.slice(reach.lastIndexOf('\n') + 1);
  const after = text.slice(end, end + 200).split('\n')[0]!;
  // The run's own words must not be the whole context: a secret word in its clause before it, or a spelling word
  // with a secret word anywhere around it.
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1);
  if (!SECRET_WORD.test(clause) && !(SPELLED_WORD.test(before) && (SECRET_WORD.test(before) || SECRET_WORD.test(after)))) return -1;
  return end;
}

function findSpelledValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // What a run read at a place came to (its end where it is a value, -1 where not): the windows of anchors a few
  // words apart reach the same places, and the answer depends on the place alone.
  const tried = new Map<number, number>();
  let lastEnd = 0;
  ANCHORS.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHORS.exec(text)); ) {
    const from = Math.max(lastEnd, a.index + a[0].length);
    // The anchor's line after it, read within bounds (a search to the line's end would be quadratic on one long line).
    const window = text.slice(from, from + WINDOW_AFTER);
    const lineEnd = window.indexOf('\n');
    const stretch = lineEnd < 0 ? window : window.slice(0, lineEnd);
    LINK.lastIndex = 0;
    for (let k = 0, l: RegExpExecArray | null; k < MAX_LINKS && (l = LINK.exec(stretch)); k++) {
      let at = from + l.index + l[0].length;
      while (text[at] === ' ' || text[at] === '\t') at++;
      let end = tried.get(at);
      if (end === undefined) {
        end = spelledValueAt(text, at);
        tried.set(at, end);
      }
      if (end < 0) continue;
      spans.push({ start: at, end, label: 'password' });
      lastEnd = end;
      break;
    }
    if (ANCHORS.lastIndex < lastEnd) ANCHORS.lastIndex = lastEnd;
  }
  return spans;
}


/**
 * Single digits' words in some fifty languages: the big ones, the EU's, and the languages and scripts the corpora
 * use (Welsh, Irish and Scottish Gaelic, Basque, Galician, Catalan, Maltese, Luxembourgish, Faroese and Icelandic, the
 * Baltic and Finnic languages, Albanian, Georgian, Armenian, the Turkic languages of Central Asia, Tajik, Mongolian,
 * Maori, Swahili, Yoruba, Igbo, Zulu, Amharic and Tigrinya, Hindi, Nepali, Urdu, Bengali, Tamil, Arabic, Persian,
 * Hebrew, Greek, Indonesian and Malay, Tagalog, Vietnamese). A word shared with another meaning counts only inside
 * a run of four digit words.
 */
const SINGLE_DIGITS = [
  'zero|oh|one|two|three|four|five|six|seven|eight|nine',
  'cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  'um|uma|dois|duas|tr[êe]s|quatro|sete|oito|nove|un|unha|dous|d[úu]as|catro',
  'u|dues|quatre|cinc|sis|set|vuit|nou',
  'z[ée]ro|une|deux|trois|cinq|sept|huit|neuf',
  'due|tre|quattro|cinque|sei|sette|otto',
  'null|eins|zwei|zwo|drei|vier|f[üu]nf|fuenf|sechs|sieben|acht|neun',
  'nul|een|[ée][ée]n|twee|drie|vijf|zes|zeven|negen',
  'eent|zwee|dr[äa]i|v[ée]ier|f[ëe]nnef|siwen|aacht|n[ée]ng',
  'en|et|to|fire|fem|seks|syv|sju|otte|[åa]tte|ni|noll|ett|tv[åa]|fyra|sex|nio',
  'n[úu]ll|einn|ein|tveir|[þt]r[íi]r|tr[íi]ggir|fj[óo]rir|f[ýy]ra|fimm|sj[öo]|sjey|[áa]tta|n[íi]u|n[íi]ggju',
  'nolla|yksi|kaksi|kolme|nelj[äa]|viisi|kuusi|seitsem[äa]n|kahdeksan|yhdeks[äa]n',
  '[üu]ks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|[üu]heksa',
  'nulle|viens|divi|tr[īi]s|[čc]etri|pieci|se[šs]i|septi[ņn]i|asto[ņn]i|devi[ņn]i',
  'nulis|vienas|du|trys|keturi|penki|[šs]e[šs]i|septyni|a[šs]tuoni|devyni',
  'jeden|dwa|trzy|cztery|pi[ęe][ćc]|sze[śs][ćc]|siedem|osiem|dziewi[ęe][ćc]',
  'nula|jedna|jedan|dva|t[řr]i|[čc]ty[řr]i|p[ěe]t|[šs]est|sedm|osm|dev[ěe]t|[šs]tyri|p[äa][ťt]|[šs]es[ťt]|sedem|osem|dev[äa][ťt]|[čc]etiri|pet|sedam|osam|devet|ni[čc]|ena|dve|[šs]tiri',
  'nulla|egy|kett[őo]|h[áa]rom|n[ée]gy|[öo]t|hat|h[ée]t|nyolc|kilenc',
  'unu|doi|trei|patru|cinci|[șşs]ase|[șşs]apte|opt|nou[ăa]',
  'nj[ëe]|dy|kat[ëe]r|pes[ëe]|gjasht[ëe]|shtat[ëe]|tet[ëe]|n[ëe]nt[ëe]',
  '[żz]ero|wie[ħh]ed|tnejn|tlieta|erbg[ħh]a|[ħh]amsa|sitta|sebg[ħh]a|tmienja|disg[ħh]a',
  'bat|bi|hiru|lau|bost|zazpi|zortzi|bederatzi',
  'dim|sero|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwech|saith|wyth|naw',
  'n[áa]id|neoni|aon|haon|d[óo]|dh[àa]|tr[íìi]|ceathair|ceithir|c[úu]ig|c[òo]ig|s[ée]|sia|seacht|seachd|ocht|ochd|naoi',
  'nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan',
  'sero|isa|dalawa|tatlo|apat|anim|pito|walo|siyam',
  'kh[ôo]ng|m[ộo]t|hai|ba|b[ốo]n|n[ăa]m|s[áa]u|b[ảa]y|t[áa]m|ch[íi]n',
  'sifuri|moja|mbili|tatu|nne|tano|sita|saba|nane|tisa',
  'kore|tahi|rua|toru|wh[āa]|rima|ono|whitu|waru|iwa',
  'iqanda|kunye|kubili|kuthathu|kune|kuhlanu|isithupha|isikhombisa|isishiyagalombili|isishiyagalolunye',
  'odo|okan|eji|eta|erin|arun|efa|eje|ejo|esan|efu|otu|ab[ụu][ọo]|at[ọo]|an[ọo]|ise|isii|asaa|asat[ọo]|itoolu',
  's[ıi]f[ıi]r|bir|iki|[üu][çc]|d[öo]rt|be[şs]|alt[ıi]|yedi|sekiz|dokuz|d[öo]rd|yeddi|s[əe]kkiz|doqquz|ikki|uch|to[\'’]rt|besh|olti|yetti|sakkiz|to[\'’]qqiz',
  'нол|нөл|бир|бір|эки|екі|үч|үш|төрт|беш|бес|алты|жети|жеті|сегиз|сегіз|тогуз|тоғыз|сифр|як|ду|се|чор|панҷ|шаш|ҳафт|ҳашт|нӯҳ|тэг|нэг|хоёр|гурав|дөрөв|тав|зургаа|долоо|найм|ес',
  'нула|ноль|нуль|один|одна|едно|еден|два|две|три|четыре|четири|чотири|пять|п[\'’]ять|пет|шесть|шість|шест|семь|сім|седем|седум|восемь|вісім|осем|осум|девять|дев[\'’]ять|девет',
  'μηδέν|ένα|δύο|τρία|τέσσερα|πέντε|έξι|επτά|εφτά|οκτώ|οχτώ|εννιά|εννέα',
  'ნული|ერთი|ორი|სამი|ოთხი|ხუთი|ექვსი|შვიდი|რვა|ცხრა|զրո|մեկ|երկու|երեք|չորս|հինգ|վեց|յոթ|ութ|ինը',
  'ዜሮ|አንድ|ሓደ|ሁለት|ክልተ|ሶስት|ሦስት|ሰለስተ|አራት|ኣርባዕተ|አምስት|ሓሙሽተ|ስድስት|ሽዱሽተ|ሰባት|ሸውዓተ|ስምንት|ሸሞንተ|ዘጠኝ|ትሽዓተ',
  'शून्य|एक|दो|दुई|तीन|चार|पांच|पाँच|छह|छः|छ|सात|आठ|नौ|শূন্য|এক|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|பூஜ்ஜியம்|பூஜ்யம்|ஒன்று|இரண்டு|மூன்று|நான்கு|ஐந்து|ஆறு|ஏழு|எட்டு|ஒன்பது',
  'صفر|واحد|اثنان|اثنين|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ایک|تین|پانچ|چھ|سات|آٹھ|نو',
  'אפס|אחת|אחד|שתיים|שניים|שלוש|ארבע|חמש|שש|שבע|שמונה|תשע',
].join('|');
/** Four single digits' words at least, set apart by spaces, commas or dashes. */
const DIGIT_RUN_SEP = String.raw`[ \t]*[,–-]?[ \t]+`;
/** A word's end: a space, a sign or the text's end (the scan runs in the plain mode, where `\p{L}` is not read). */
const WORD_END = String.raw`(?=[\s,.;:!?)"'’”。،؛–-]|$)`;
/** Opened by the space or sign before the run: the scan then tries only the places after one, not every letter. */
const DIGIT_WORD_RUN = factored(new RegExp(String.raw`[\s,:(\[“"'](?:${SINGLE_DIGITS})${WORD_END}(?:${DIGIT_RUN_SEP}(?:${SINGLE_DIGITS})${WORD_END}){3,}`, 'gi'));
/**
 * A PIN, a code or a combination named before the run in its sentence (or a lock, a door, a safe, an alarm), in the
 * languages `object-codes.ts` reads, with the PIN and the few code words it leaves to other rules (Welsh "cod",
 * Maori "waehere", Scottish Gaelic "còd").
 */
const PIN_OR_CODE = /(?<![\p{L}])(?:PIN|PINs|PIN-?\p{L}*|cod|c[òó]d|waehere|passcode|parole|parol|passord|password|kennwort|passwort|contrase[ñn]a|senha|clave|combination|combinaci[óo]n)(?![\p{L}])/iu;
const RUN_REACH = 140;

/**
 * Digits dictated as words after a code word in their sentence, in any of the languages above: "the door code is
 * four one one seven", "el de la caja fuerte cinco nueve cinco tres", "durvju kods ir viens viens trīs divi", "ko te
 * PIN whitu ono toru rima". Four single digits' words in a row are a number read out, which a code word before them
 * in the same sentence names; a second code in the same sentence is read as the first was.
 */
function findDigitWordRuns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  DIGIT_WORD_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIGIT_WORD_RUN.exec(text)); ) {
    const start = m.index + 1;
    // A short word after a comma at the end is the next clause's ("… viens trīs divi, un seifa …": Latvian "and").
    const run = m[0].slice(1).replace(/(?:[ \t]*,[ \t]*\S{1,3})+$/, '');
    if (run.split(/[ \t,–-]+/).length < 4) continue;
    const end = start + run.length;
    const reach = text.slice(Math.max(0, start - RUN_REACH), start);
    const sentence = reach.slice(Math.max(reach.lastIndexOf('\n'), reach.search(/[.!?。](?=\s[^.!?。]*$)/)) + 1);
    if (!(PIN_OR_CODE.test(sentence) || SECRET_WORD.test(sentence) || namesCode(sentence) || namesLockable(sentence))) continue;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const SPELLED_VALUE_FINDERS: readonly Finder[] = [
  { name: 'spelled-values', find: findSpelledValues },
  { name: 'digit-words-after-code', find: findDigitWordRuns },
];
