import type { Finder, SecretSpan } from './rules';

/**
 * A credentials file's lines quoted after its name: "creds.txt contains:\nalice\nS3cret!pw", "my auth.txt has:",
 * "Inhalt von login.conf:", "el archivo pass.txt contiene:". OpenVPN's `auth-user-pass FILE`, curl's and wget's
 * netrc, rsync's `--password-file`, mail and backup tools read such a file as a user name on one line and the
 * password on the next, or the password alone. The file's name says what it holds (cred, pass, auth, secret, login,
 * token, key in it), or a directive elsewhere in the text reads it as one (`auth-user-pass creds.txt`): the last of
 * its one or two single-word lines right below the name is the secret.
 */
const FILE_NAME = String.raw`[\w.~/-]*[\w-]\.(?:txt|conf|cfg|pass|cred|creds|secret|key|dat|auth)|\.?[\w-]*(?:cred|pass|auth|secret|login|token)[\w.-]*`;
const CONTAINS =
  String.raw`contains|has|holds|reads|says|looks[ \t]+like|content|contents|enthält|enthaelt|contient|contiene|cont[ée]m|zawiera|obsahuje|bevat|inneh[åa]ller|indeholder|inneholder|sisältää|содержит|містить|içeriği|tartalma`;
const HEADER = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:(?:the|my|our|file|datei|fichier|archivo|ficheiro|plik)[ \t]+)*(?:\x60|'|")?(${FILE_NAME})(?:\x60|'|")?[ \t]+(?:${CONTAINS})[ \t]*:?[ \t]*\n` +
    String.raw`|(?:^|\n)[ \t]*(?:contents?[ \t]+of|inhalt[ \t]+von|contenu[ \t]+de|contenido[ \t]+de|conte[úu]do[ \t]+de)[ \t]+(?:\x60|'|")?(${FILE_NAME})(?:\x60|'|")?[ \t]*:[ \t]*\n`,
  'giu',
);
/** A file named in a directive that reads a user and a password from it. */
const READ_AS_CREDENTIALS = /(?:auth-user-pass|askpass|password[-_]?file|passfile|passwd[-_]?file|credentials?[-_]?file|netrc-file|--password-file|secrets?[-_]?file)[ \t=]+["']?([\w.~/-]+)/gi;
const NAMES_CREDENTIALS = /cred|pass|auth|secret|login|token/i;
const WORD_LINE = /^[ \t]*(\S{3,128})[ \t]*$/;

/** A header's end: a word for "contains" and the line's end, or "contents of". */
const PRE_CHECK = new RegExp(String.raw`(?:${CONTAINS})[ \t]*:?[ \t]*\n|(?:contents?[ \t]+of|inhalt[ \t]+von|contenu[ \t]+de|contenido[ \t]+de|conte[úu]do[ \t]+de)[ \t]`, 'i');

function findCredentialFileLines(text: string): SecretSpan[] {
  // Cheap first: a line that ends in a word for "contains", or "contents of".
  if (!PRE_CHECK.test(text)) return [];
  let read: Set<string> | null = null;
  const spans: SecretSpan[] = [];
  HEADER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADER.exec(text)); ) {
    const name = (m[1] ?? m[2])!;
    if (!NAMES_CREDENTIALS.test(name)) {
      if (read === null) {
        read = new Set();
        READ_AS_CREDENTIALS.lastIndex = 0;
        for (let r: RegExpExecArray | null; (r = READ_AS_CREDENTIALS.exec(text)); ) read.add(r[1]!.split('/').pop()!);
      }
      if (!read.has(name.split('/').pop()!)) continue;
    }
    let at = m.index + m[0].length;
    const lines: { start: number; end: number; value: string }[] = [];
    for (let i = 0; i < 3 && at < text.length; i++) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(at, end).replace(/\r$/, '');
      const w = WORD_LINE.exec(line);
      if (!w) break;
      const start = at + line.indexOf(w[1]!);
      lines.push({ start, end: start + w[1]!.length, value: w[1]! });
      at = end + 1;
    }
    // One or two lines: a user and its password, or the password alone; more is another kind of file.
    if (lines.length === 0 || lines.length > 2) continue;
    const last = lines[lines.length - 1]!;
    if (lines.length === 1 && !(/\d/.test(last.value) && /\p{L}/u.test(last.value))) continue;
    if (/^(?:\*+|x+|•+|\.\.\.|…|<[^>]*>|\$\{?\w+\}?)$/i.test(last.value)) continue;
    spans.push({ start: last.start, end: last.end, label: 'password' });
  }
  return spans;
}

export const CREDENTIAL_FILE_LINE_FINDERS: readonly Finder[] = [{ name: 'credential-file-lines', find: findCredentialFileLines }];
