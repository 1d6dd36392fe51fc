import { isProviderKey } from './rules';
import type { Finder, SecretSpan } from './rules';

/**
 * A secret broken over two lines, as a PDF, a narrow terminal or a chalkboard wraps it:
 *
 *     sk_live_51HxQ2eK7bTf0aP9mZ3wYv            The guest Wi-Fi password was written on two lines:
 *     Lr8Nq2sXc4Dk7Uj1Fh6Gt0Ee                  Copper
 *                                               fox!82
 *
 * The first line alone is a provider's key (the rules take it), and the line below is a single secret-shaped run,
 * letters and digits, with nothing else on it: that run is the key's tail. Or the line before says the password, key
 * or code is on two lines, split or wrapped, in any of the big languages, and two single-word lines follow: both are
 * the value. A line below a key that is a word, a path or a sentence is left.
 */
// Each run read once, without stepping back through it (a lookahead and its back-reference, as a possessive run): a
// line of base64 hundreds of characters long is passed over in one step.
const KEY_THEN_TAIL = /\n[ \t]*(?=([\w-]{16,200}))\1[ \t]*\r?\n[ \t]*(?=([A-Za-z0-9_+/=-]{6,120}))\2[ \t]*(?=\r?\n|$)/g;
const TAIL_SHAPE = /^(?=[^\n]*\d)(?=[^\n]*[A-Za-z])[A-Za-z0-9_+/=-]+$/;

/** The value said to stand on two lines, or split or wrapped, with its kind, in the header line. */
const TWO_LINES =
  /(?<![\p{L}])(?:two[ \t]+lines|2[ \t]+lines|split|wrapped|wraps|line[ \t]?break|broken[ \t]+(?:over|across)|zwei[ \t]+Zeilen|umgebrochen|getrennt|deux[ \t]+lignes|coup[ée]\p{L}*|dos[ \t]+l[íi]neas|cortad[oa]|dividid[oa]|duas[ \t]+linhas|quebrad[oa]|due[ \t]+righe|spezzat[oa]|twee[ \t]+regels|gesplitst|dwie[ \t]+linie|dw[óo]ch[ \t]+liniach|dwa[ \t]+wiersze|две[ \t]+строки|двух[ \t]+строках|перенос\p{L}*|två[ \t]+rader|to[ \t]+linjer|kahdelle[ \t]+riville|iki[ \t]+sat[ıi]r\p{L}*|dvou[ \t]+[řr][áa]dc[íi]ch|k[ée]t[ \t]+sor\p{L}*|două[ \t]+rânduri|δύο[ \t]+γραμμ\p{L}*|שתי[ \t]+שורות|سطرين|दो[ \t]+लाइन\p{L}*|两行|兩行|二行|2行|두[ \t]+줄|hai[ \t]+d[òo]ng|dua[ \t]+baris)(?![\p{L}])/iu;
/** The same words in the plain mode, bounds left out: most texts hold none, and a Unicode scan folds every character. */
const TWO_LINES_NEAR = new RegExp(TWO_LINES.source.replace('(?<![\\p{L}])(?:', '(?:').replace(/\)\(\?!\[\\p\{L\}\]\)$/, ')').replace(/\\p\{L\}\*/g, ''), 'i');
const SECRET_KIND =
  /(?<![\p{L}])(?:password|passwort|passphrase|pass|pwd|key|token|secret|code|pin|kennwort|schl[üu]ssel|mot[ \t]+de[ \t]+passe|cl[ée]|contrase[ñn]a|clave|senha|chave|parola|chiave|wachtwoord|sleutel|has[łl]o|klucz|пароль|ключ|lösenord|nyckel|passord|adgangskode|salasana|avain|şifre|anahtar|heslo|jelsz[óo]|κωδικ\p{L}*|סיסמה|كلمة|पासवर्ड|密码|密碼|パスワード|비밀번호|mật[ \t]+khẩu|kata[ \t]+sandi|wi-?fi)(?![\p{L}])/iu;
const HEADER_THEN_TWO = /(?:^|\n)([^\n]{8,200})\n[ \t]*(\S{2,64})[ \t]*\n[ \t]*(\S{2,64})[ \t]*(?=\r?\n|$)/g;

function findWrappedValues(text: string): SecretSpan[] {
  // Cheap first: two lines at all.
  if (text.indexOf('\n') < 0) return [];
  const spans: SecretSpan[] = [];
  KEY_THEN_TAIL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_THEN_TAIL.exec(text)); ) {
    const head = m[1]!;
    const tail = m[2]!;
    const end = m.index + m[0].trimEnd().length;
    const start = end - tail.length;
    // The tail's line may be the head of the next pair.
    KEY_THEN_TAIL.lastIndex = text.lastIndexOf('\n', start);
    if (!TAIL_SHAPE.test(tail) || tail.length > head.length + 8 || !(isProviderKey(head) || isProviderKey(head + tail))) continue;
    spans.push({ start, end, label: 'api key' });
    KEY_THEN_TAIL.lastIndex = end;
  }
  if (!TWO_LINES_NEAR.test(text) || !TWO_LINES.test(text)) return spans;
  HEADER_THEN_TWO.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADER_THEN_TWO.exec(text)); ) {
    const header = m[1]!;
    HEADER_THEN_TWO.lastIndex = m.index + 1 + header.length;
    if (!TWO_LINES.test(header) || !SECRET_KIND.test(header) || !/[:：]\s*$/.test(header)) continue;
    const first = m[2]!;
    const second = m[3]!;
    // Both halves together make a password's shape: a digit or a symbol somewhere, no sentence.
    if (!/[\d!#$%^&*?~+=@]/.test(first + second) || /[.?!]$/.test(first)) continue;
    const secondStart = m.index + m[0].length - second.length;
    const firstStart = m.index + m[0].lastIndexOf(first, m[0].length - second.length - 1);
    spans.push({ start: firstStart, end: firstStart + first.length, label: 'password' });
    spans.push({ start: secondStart, end: secondStart + second.length, label: 'password' });
  }
  return spans;
}

export const WRAPPED_VALUE_FINDERS: readonly Finder[] = [{ name: 'wrapped-values', find: findWrappedValues }];
