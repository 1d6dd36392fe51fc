import type { Finder, SecretSpan } from './rules';

/**
 * Text read off a photo (a sticky note, a fridge note, a label) garbles the words around a value: OCR reads o as 0,
 * l and i as 1, s as 5, e as 3, a as 4 or @, and splits a word with spaces ("Passw0rd :", "Pa ss :", "Kennw0rt:",
 * "C0ntrase ña:"). A line whose label, read back with those confusions undone, is a password's name in any of some
 * forty languages, then a colon and one secret-shaped value closing the line, holds the password; the label must show
 * a confusion (a clean label is the other rules' to read).
 */
const LABEL_LINE = /[ \t>"'“«*-]*([\p{L}\p{N}@$|][\p{L}\p{N}@$| .-]{1,22}?)[ \t]*[:：][ \t]+([^\s"”»]{6,64})[ \t"”»]*(?=\r?\n|$)/uy;
/** Any digit or symbol inside a word of the label, or a space splitting one: what OCR leaves. */
const GARBLED = /[\p{L}][0-9@$|]|[0-9@$|][\p{L}]|\b\p{L}{1,3} \p{L}{1,4}\b/u;
const PASSWORD_NAME =
  /^(?:wifi|wlan|wi|wpa|network|admin|login|user|master|root|email|mail|router)?(?:password|passwort|passwd|passw|pass|pwd|pw|passcode|passphrase|key|psk|pin|kennwort|contrase[ñn]a|contrasenya|motdepasse|mdp|senha|wachtwoord|wagwoord|parola|parolă|haslo|hasło|heslo|lozinka|geslo|jelsz[oó]|salasana|l[öo]senord|adgangskode|passord|lykilor[ðd]|parool|parole|slapta[žz]odis|[şs]ifre|matkh[aẩ]u|katasandi|katalaluan|pasfhocal|contrasinal|pasahitza|fjal[eë]kalim|лозинка|пароль|парола|κωδικ[οό]ς|סיסמה|كلمةالمرور|パスワード|密码|密碼|비밀번호)$/iu;

function unconfuse(label: string, one: string): string {
  return label
    .toLowerCase()
    .replace(/[ .-]/g, '')
    .replace(/0/g, 'o')
    .replace(/1/g, one)
    .replace(/[3]/g, 'e')
    .replace(/[4@]/g, 'a')
    .replace(/[5$]/g, 's')
    .replace(/7/g, 't')
    .replace(/\|/g, 'l');
}

function findOcrLabels(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Line by line: the label pattern is tried at a line's start only, and only where a colon stands in its first 32
  // characters after a garbled word.
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const head = text.slice(at, Math.min(lineEnd, at + 32));
    const colon = head.search(/[:：]/);
    if (colon > 0 && GARBLED.test(head.slice(0, colon))) {
      LABEL_LINE.lastIndex = at;
      const m = LABEL_LINE.exec(text);
      if (m) {
        const span = judge(m);
        if (span) spans.push(span);
      }
    }
    at = lineEnd + 1;
  }
  return spans;
}

function judge(m: RegExpExecArray): SecretSpan | null {
  const label = m[1]!;
  const value = m[2]!;
  if (!GARBLED.test(label)) return null;
  if (!PASSWORD_NAME.test(unconfuse(label, 'l')) && !PASSWORD_NAME.test(unconfuse(label, 'i'))) return null;
  // Secret-shaped: letters with digits or symbols, not a word, a date or a placeholder.
  if (!/\p{L}/u.test(value) || !/[\d\p{P}\p{S}]/u.test(value) || /^[<[({].*[>\])}]$/.test(value)) return null;
  const start = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(value)).length;
  return { start, end: start + value.length, label: 'password' };
}

export const OCR_LABEL_FINDERS: readonly Finder[] = [{ name: 'ocr-labels', find: findOcrLabels }];
