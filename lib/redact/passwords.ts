import { groupSpan, regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { classifyKey, contextOf, isPlaceholder, looksLikeGenericSecret, looksLikePassword, looksLikeProsePassword, trimTrailingPunctuation } from './values';

/**
 * Passwords written in prose ("the password for the shared drive is …", "use … as the password", "login is admin /
 * …") and on command lines (`mysql -p…`, `curl -u user:…`, `sshpass -p …`). Phrasings are matched by their grammar —
 * a password word, an optional "for <something>", a verb or punctuation, then the value — and the value must look like
 * a password rather than the next word of the sentence (see `looksLikeProsePassword`).
 */

/** A quoted value (any of the usual quotes) or one unquoted word. Groups 1–6. */
const VALUE = `(?:"([^"\\n]{1,200})"|'([^'\\n]{1,200})'|“([^”\\n]{1,200})”|«[ \\t]?([^»\\n]{1,200})»|\`([^\`\\n]{1,200})\`|([^\\s"'“«()[\\]{}<>\`]{1,200}))`;
const VALUE_GROUPS = [1, 2, 3, 4, 5, 6];

/** The span of a VALUE match (groups start at `first`), trimmed of sentence punctuation when unquoted. */
function valueAt(m: RegExpExecArray, first: number): { start: number; end: number; value: string; quoted: boolean } | null {
  const span = groupSpan(m, VALUE_GROUPS.map((g) => g + first - 1));
  if (!span) return null;
  const quoted = span.group !== first + 5;
  const value = quoted ? span.value : trimTrailingPunctuation(span.value);
  return { start: span.start, end: span.start + value.length, value, quoted };
}

function proseValue(m: RegExpExecArray, first: number, text: string): SecretSpan | null {
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

function bounded(rule: RegexRule): RegexRule {
  return {
    ...rule,
    judge(m, text) {
      return m.index > 0 && INSIDE.test(text[m.index - 1]!) ? null : rule.judge(m, text);
    },
  };
}
const R = '(?![\\p{L}\\p{N}_])';
const EN_LABEL = `(?:password|passwort|passwd|passcode|passphrase|pass ?word|pwd|pw|pword)`;
const FOREIGN_LABEL = `(?:contraseña|contrasena|clave|mot de passe|mdp|senha|wachtwoord|kennwort|пароль|parola|hasło|haslo|lösenord|salasana|adgangskode|passord|heslo|şifre|sifre|jelszó)`;
/** "for the shared drive", "to my bank app", "of the router", "do wifi": what the password belongs to. */
const QUALIFIER = `(?:[ \\t]+(?:for|of|to|on|at|in|für|de|du|del|della|do|da|para|van|voor|per|dla|til|för)[ \\t]+[^\\n.!?:=,;()"/]{1,40}?)`;
/** Verbs and punctuation between a password word and its value, in English and the languages the labels come from. */
const COPULA =
  `(?:[ \\t]*(?:[:：=]|->|=>|→)[ \\t]*` +
  `|[ \\t]+[-–—][ \\t]+` +
  `|(?:'s|’s)[ \\t]+` +
  `|[ \\t]+now[ \\t]*:?[ \\t]+` +
  `|[ \\t]+(?:is|was|are|will[ \\t]+be|would[ \\t]+be|should[ \\t]+be|has[ \\t]+been|had[ \\t]+been|have[ \\t]+been|got|gets|is[ \\t]+being|reads|lautet|ist|war|est|était|é|è|är|это|jest|era)` +
  `(?:[ \\t]+(?:reset|changed|set|updated|switched|rotated))?(?:[ \\t]+to)?[ \\t]*:?[ \\t]+(?:(?:now|still|just|simply|actually|probably|literally|currently|temporarily)[ \\t]*:?[ \\t]+)?)`;
/** Short copulas that are English words too: only after a password word of their own language. */
const FOREIGN_COPULA = `(?:[ \\t]+(?:es|er|on|to|je|e|är|est|ist|é|è|lautet|jest|is|era|war|это)[ \\t]+)`;

/** Values must not run on into words that make the label a noun of something else ("password hash", "password manager"). */
const NOT_NOUN_AFTER = `(?![ \\t]+(?:hash|hashes|hashing|hasher|manager|managers|field|policy|reset|strength|length|generator|input|prompt|requirements?|rules?|change|expiry|protected|protection|less|based|file)\\b)`;

const NOT_NOUN_START = new RegExp(`^${NOT_NOUN_AFTER}`, 'i');

const PROSE_PASSWORD: RegexRule = {
  name: 'prose-password',
  pattern: new RegExp(
    `(${EN_LABEL})${R}(?:(${QUALIFIER}?)(${COPULA})|([ \\t]+to[ \\t]+)|([ \\t]+))${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    const qualified = Boolean(m[2]);
    const connector = m[3] ?? m[4] ?? m[5] ?? '';
    const colonForm = /[:：=]/.test(connector) && !/[→>]/.test(connector);
    // `password: value` / `password = value` right after the word is the key-value rule's: it knows code from secrets.
    if (colonForm && !qualified) return null;
    if (colonForm) {
      const v = valueAt(m, 6);
      if (!v || !looksLikePassword(v.value, { quoted: v.quoted, strict: false, nextChar: text[v.end] })) return null;
      return { start: v.start, end: v.end, label: 'password' };
    }
    if (m[5] !== undefined) {
      // No verb at all ("username admin password X"): a digit is needed, and never before a noun it describes.
      const after = text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 24);
      if (!NOT_NOUN_START.test(after)) return null;
      const v = valueAt(m, 6);
      if (!v || !/\d/.test(v.value)) return null;
    }
    return proseValue(m, 6, text);
  },
};

const FOREIGN_PROSE_PASSWORD: RegexRule = {
  name: 'foreign-prose-password',
  pattern: new RegExp(`(${FOREIGN_LABEL})${R}${QUALIFIER}?(?:${COPULA}|${FOREIGN_COPULA})${VALUE}`, 'dgiu'),
  judge(m, text) {
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

/** "login is ops / X", "creds: admin / X", "user/pass: admin/X". */
const CREDENTIAL_PAIR: RegexRule = {
  name: 'credential-pair',
  pattern: new RegExp(
    `(?:creds?|credentials|log[ \\t-]?in(?:[ \\t]+details)?|logins|user(?:name)?[ \\t]*/[ \\t]*pass(?:word)?|u/p|account)(?:[ \\t]*(?:is|are|=|:|-|—|–|->|→)[ \\t]*|[ \\t]+)["']?[\\p{L}\\p{N}_][\\w.@+-]{0,63}["']?(?:[ \\t]*[/|][ \\t]*|:)${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    return proseValue(m, 1, text);
  },
};

const NOT_A_USER = /^(?:https?|s?ftp|ssh|git|file|mailto|tel|urn|arn|data|sha\d*|md5|node|python|ubuntu|debian|alpine|redis|postgres|mysql|nginx|image|localhost|error|warning|info|debug|note|todo|fixme|key|value|id|type|step|time|line|col|docker|npm|pip|std|ns|xmlns|aws|gcp|azure|re|fwd|cc|subject|from|to|date|port|host|step|ref|tag|v|version|at|in|on|for|is|xmlns)$/i;
const LOGIN_CONTEXT = /log[ \t-]?in|sign[ \t-]?in|\bcreds?\b|credential|password|passwd|\bpw\b|account|admin|panel|dashboard|\bssh\b|\bftp\b|username|\buser\b|portal|console|router/i;

const ANY_LABEL = new RegExp(`${EN_LABEL}|${FOREIGN_LABEL}`, 'iu');

/** "my old password was X and the new one is Y": the second value, with the password word earlier in the sentence. */
const ANOTHER_ONE: RegexRule = {
  name: 'another-one',
  pattern: new RegExp(
    `(?:new|old|current|updated|temporary|temp|real|correct|right|actual|other)[ \\t]+one(?:${COPULA})${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    // The password word must come earlier on the same line, in the same sentence (a full stop and a capital end one).
    const line = contextOf(text, Math.max(m.index - 120, text.lastIndexOf('\n', m.index) + 1), m.index);
    if (!ANY_LABEL.test(line.split(/[.!?]\s+(?=[A-Z])/).pop()!)) return null;
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
    if (!/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value) || !looksLikeProsePassword(value)) return null;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (!LOGIN_CONTEXT.test(contextOf(text, Math.max(lineStart, m.index - 120), Math.min(lineEnd, m.index + m[0].length + 120)))) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

/** Korean, Japanese and Chinese labels take a particle instead of a colon and need no space before the value. */
const CJK_PASSWORD: RegexRule = {
  name: 'cjk-password',
  pattern:
    /(?:비밀번호|암호|パスワード|密码|密碼|口令)(?:[ \t]{0,2}(?:는요|는|은|は|が|是|为|為|：|:|=)){1,2}[ \t]{0,3}(?:「([^」\n]{1,100})」|"([^"\n]{1,100})"|([^\s"「」、。，,！？]{1,100}))/dgu,
  judge(m, text) {
    const span = groupSpan(m, [1, 2, 3]);
    if (!span) return null;
    const quoted = span.group !== 3;
    // Trailing polite endings: "abc123です", "abc123입니다".
    const value = quoted ? span.value : trimTrailingPunctuation(span.value).replace(/(?:です|입니다|이에요|예요|요)$/u, '');
    if (!looksLikePassword(value, { quoted, strict: !quoted, nextChar: text[span.end] })) return null;
    return { start: span.start, end: span.start + value.length, label: 'password' };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Command lines

interface ShellWord {
  raw: string;
  start: number;
  /** The word with its quote characters removed. */
  text: string;
}

const OPERATOR = /[|;&<>\n`]/;

/** Shell words from `from` to the end of the command (line end or an unquoted operator), at most 60 of them. */
function shellWords(text: string, from: number): ShellWord[] {
  const words: ShellWord[] = [];
  let i = from;
  const limit = Math.min(text.length, from + 2000);
  while (i < limit && words.length < 60) {
    while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= limit || OPERATOR.test(text[i]!) || text[i] === '\r') break;
    const start = i;
    let plain = '';
    while (i < limit) {
      const c = text[i]!;
      if (c === ' ' || c === '\t' || c === '\r' || OPERATOR.test(c)) break;
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, i + 1);
        const nl = text.indexOf('\n', i + 1);
        if (close < 0 || (nl >= 0 && nl < close)) {
          i++;
          continue;
        }
        plain += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      plain += c;
      i++;
    }
    words.push({ raw: text.slice(start, i), start, text: plain });
  }
  return words;
}

/** The span of a word from `offset` characters into it, without the quotes around that part. */
function partOf(w: ShellWord, offset: number): { start: number; end: number; value: string } | null {
  let raw = w.raw.slice(offset);
  let start = w.start + offset;
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q)) {
    raw = raw.slice(1, -1);
    start++;
  }
  return raw ? { start, end: start + raw.length, value: raw } : null;
}

function pw(part: { start: number; end: number; value: string } | null, spans: SecretSpan[]): void {
  if (!part) return;
  const v = part.value;
  if (v.startsWith('-') || isPlaceholder(v) || v.startsWith('$') || v.length < 3) return;
  if (/^(?:\*+|x+|•+)$/i.test(v)) return;
  spans.push({ start: part.start, end: part.end, label: 'password' });
}

type CommandHandler = (words: ShellWord[], spans: SecretSpan[]) => void;

/** `flag value` (next word) and `flagvalue` (attached) forms of one short option. */
function shortOption(flag: string, opts: { attached?: boolean; separate?: boolean }): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.text === flag) {
        if (opts.separate !== false && words[i + 1]) pw(partOf(words[i + 1]!, 0), spans);
      } else if (opts.attached && w.raw.startsWith(flag) && w.raw.length > flag.length) {
        pw(partOf(w, flag.length), spans);
      }
    }
  };
}

function both(...handlers: CommandHandler[]): CommandHandler {
  return (words, spans) => handlers.forEach((h) => h(words, spans));
}

/** Options that take the next word as a password. */
function nextWordOf(...flags: string[]): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i + 1 < words.length; i++) if (flags.includes(words[i]!.text)) pw(partOf(words[i + 1]!, 0), spans);
  };
}

/** `-u user:password` (curl) and `-U user%password` (Samba): the part after the separator. */
function userPass(flags: string[], sep: string): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let target: ShellWord | undefined;
      let skip = 0;
      if (flags.includes(w.text)) target = words[i + 1];
      else {
        const attached = flags.find((f) => f.length === 2 && w.raw.startsWith(f) && w.raw.length > 2);
        if (attached) {
          target = w;
          skip = 2;
        }
      }
      if (!target) continue;
      const part = partOf(target, skip);
      if (!part) continue;
      const at = part.value.indexOf(sep);
      if (at <= 0) continue;
      pw({ start: part.start + at + 1, end: part.end, value: part.value.slice(at + 1) }, spans);
    }
  };
}

/** The password given as the nth positional word after a subcommand (`rabbitmqctl add_user NAME PASS`). */
function positionalAfter(sub: string[], index: number): CommandHandler {
  return (words, spans) => {
    const at = words.findIndex((w) => sub.includes(w.text));
    if (at < 0) return;
    const positional = words.slice(at + 1).filter((w) => !w.text.startsWith('-') && !w.text.startsWith('/'));
    if (positional[index]) pw(partOf(positional[index]!, 0), spans);
  };
}

/** Only when a subcommand is present: `docker login -p …` but not `docker run -p 8080:80`. */
function withSubcommand(sub: string, h: CommandHandler): CommandHandler {
  return (words, spans) => {
    if (words.some((w) => w.text === sub)) h(words, spans);
  };
}

const MYSQL = both(shortOption('-p', { attached: true, separate: false }));
const LOGIN_P = withSubcommand('login', nextWordOf('-p', '--password'));

const COMMANDS: Record<string, CommandHandler> = {
  mysql: MYSQL,
  mysqldump: MYSQL,
  mysqladmin: MYSQL,
  mysqlimport: MYSQL,
  mysqlshow: MYSQL,
  mysqlcheck: MYSQL,
  mariadb: MYSQL,
  'mariadb-dump': MYSQL,
  mysqlsh: MYSQL,
  sshpass: shortOption('-p', { attached: true }),
  mongo: nextWordOf('-p'),
  mongosh: nextWordOf('-p'),
  mongodump: nextWordOf('-p'),
  mongorestore: nextWordOf('-p'),
  mongoexport: nextWordOf('-p'),
  mongoimport: nextWordOf('-p'),
  'redis-cli': nextWordOf('-a', '--pass'),
  docker: LOGIN_P,
  podman: LOGIN_P,
  nerdctl: LOGIN_P,
  buildah: LOGIN_P,
  skopeo: LOGIN_P,
  oras: LOGIN_P,
  helm: LOGIN_P,
  az: LOGIN_P,
  cf: withSubcommand('login', nextWordOf('-p')),
  oc: withSubcommand('login', nextWordOf('-p')),
  sqlcmd: shortOption('-P', { attached: true }),
  bcp: shortOption('-P', { attached: true }),
  osql: shortOption('-P', { attached: true }),
  isql: shortOption('-P', { attached: true }),
  unzip: nextWordOf('-P'),
  zip: nextWordOf('-P'),
  zipcloak: nextWordOf('-P'),
  '7z': shortOption('-p', { attached: true, separate: false }),
  '7za': shortOption('-p', { attached: true, separate: false }),
  '7zz': shortOption('-p', { attached: true, separate: false }),
  rar: shortOption('-p', { attached: true, separate: false }),
  unrar: shortOption('-p', { attached: true, separate: false }),
  smbclient: userPass(['-U', '--user'], '%'),
  rpcclient: userPass(['-U', '--user'], '%'),
  smbget: userPass(['-U', '--user'], '%'),
  ldapsearch: nextWordOf('-w'),
  ldapmodify: nextWordOf('-w'),
  ldapadd: nextWordOf('-w'),
  ldapdelete: nextWordOf('-w'),
  ldappasswd: nextWordOf('-w', '-s'),
  ldapwhoami: nextWordOf('-w'),
  openssl: (words, spans) => {
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i]!.text;
      const next = words[i + 1]!;
      if (/^-pass(?:in|out)?$/.test(w) && /^['"]?pass:/.test(next.raw)) pw(partOf(next, next.raw.indexOf('pass:') + 5), spans);
      else if (w === '-k' || w === '-password') pw(partOf(next, 0), spans);
    }
  },
  keytool: nextWordOf('-storepass', '-keypass', '-srcstorepass', '-deststorepass', '-srckeypass', '-destkeypass', '-new'),
  xfreerdp: (words, spans) => {
    for (const w of words) if (/^[/-]p:/i.test(w.raw)) pw(partOf(w, 3), spans);
  },
  wlfreerdp: (words, spans) => COMMANDS.xfreerdp!(words, spans),
  'sdl-freerdp': (words, spans) => COMMANDS.xfreerdp!(words, spans),
  rdesktop: nextWordOf('-p'),
  nmcli: nextWordOf('password', 'wifi-sec.psk', '802-11-wireless-security.psk'),
  wpa_passphrase: (words, spans) => {
    const positional = words.filter((w) => !w.text.startsWith('-'));
    if (positional[1]) pw(partOf(positional[1], 0), spans);
  },
  rabbitmqctl: both(positionalAfter(['add_user', 'change_password'], 1)),
  htpasswd: (words, spans) => {
    if (!words.some((w) => /^-[a-zA-Z]*b/.test(w.text))) return;
    const positional = words.filter((w) => !w.text.startsWith('-'));
    if (positional[2]) pw(partOf(positional[2], 0), spans);
  },
  net: (words, spans) => {
    const sub = words[0]?.text.toLowerCase();
    if (sub === 'use') {
      for (const w of words.slice(1)) {
        const t = w.text;
        if (t.startsWith('/') || t.startsWith('\\\\') || /^[A-Za-z]:$/.test(t) || t === '*' || /^(?:yes|no)$/i.test(t)) continue;
        pw(partOf(w, 0), spans);
      }
    } else if (sub === 'user') {
      const positional = words.slice(1).filter((w) => !w.text.startsWith('/'));
      if (positional[1] && positional[1].text !== '*') pw(partOf(positional[1], 0), spans);
    }
  },
  curl: userPass(['-u', '--user', '-U', '--proxy-user'], ':'),
  plink: nextWordOf('-pw'),
  pscp: nextWordOf('-pw'),
  psftp: nextWordOf('-pw'),
  hydra: nextWordOf('-p'),
  medusa: nextWordOf('-p'),
  'evil-winrm': nextWordOf('-p'),
  nxc: nextWordOf('-p'),
  netexec: nextWordOf('-p'),
  crackmapexec: nextWordOf('-p'),
  cqlsh: nextWordOf('-p'),
  influx: nextWordOf('-password', '-p'),
  vncviewer: nextWordOf('-passwd'),
};

const COMMAND_START = new RegExp(
  `(${Object.keys(COMMANDS)
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|')})(?:\\.exe)?(?=[ \\t])`,
  'g',
);

/** Known command-line tools, each with the options through which it takes a password. */
const COMMAND_LINES: Finder = {
  name: 'command-lines',
  find(text) {
    const spans: SecretSpan[] = [];
    COMMAND_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMAND_START.exec(text))) {
      if (m.index > 0 && /[\w./\\-]/.test(text[m.index - 1]!)) continue; // part of a longer name or a path
      const words = shellWords(text, m.index + m[0].length);
      COMMANDS[m[1]!]!(words, spans);
    }
    return spans;
  },
};

/** `--password X`, `--db-password=X`, `-pw X`, `--token X` on any command line. */
const PASSWORD_FLAG: RegexRule = {
  name: 'password-flag',
  pattern:
    /-(?<=(?<![\w-])-)(?:-(?:[a-z0-9]+[-_])*(?:password|passwd|pass|passphrase|pwd|secret|token|api[-_]?key|auth[-_]?token|access[-_]?token)|(?:password|passwd|pass|pw|pwd|passphrase))(?:=|[ \t]+)(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'|;&<>`]{1,300}))/dgi,
  judge(m) {
    const span = groupSpan(m, [1, 2, 3]);
    if (!span || span.value.startsWith('-')) return null;
    const flag = m[0].slice(0, m[0].search(/[= \t]/));
    const isPassword = /pass|pw/i.test(flag);
    let { start, value } = span;
    if (value.startsWith('pass:')) {
      // OpenSSL's `-pass pass:X`.
      start += 5;
      value = value.slice(5);
    }
    const ok = isPassword ? looksLikePassword(value, { quoted: span.group !== 3, strict: false }) : looksLikeGenericSecret(value);
    if (!ok || /^(?:env|file|fd|stdin):/.test(value)) return null;
    return { start, end: start + value.length, label: isPassword ? 'password' : 'api key' };
  },
};

/** `echo PASS | sudo -S …`, `echo 'user:PASS' | chpasswd`, `echo PASS | docker login --password-stdin`. */
const ECHO_PIPE: RegexRule = {
  name: 'echo-pipe',
  pattern: /(?:echo|printf)(?<=(?<![\w-])(?:echo|printf))[ \t]+(?:-[neE]+[ \t]+)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s|;&'"]{1,200}))[ \t]*\|[ \t]*([^\n]{1,160})/dg,
  judge(m) {
    const rest = m[4]!;
    if (!/\bsudo\b[^|\n]*\s-S\b|chpasswd|passwd[ \t]+--stdin|--password-stdin|--passphrase-fd|--pass(?:word)?-stdin|\bopenssl\b.*-pass(?:in)?\s+stdin/.test(rest)) return null;
    const span = groupSpan(m, [1, 2, 3])!;
    let { start, value } = span;
    if (/chpasswd/.test(rest)) {
      const colon = value.indexOf(':');
      if (colon <= 0) return null;
      start += colon + 1;
      value = value.slice(colon + 1);
    }
    value = value.replace(/\\n$/, '');
    if (!looksLikePassword(value, { quoted: span.group !== 3, strict: false }) || value.startsWith('$')) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

/** Here-strings into a command that reads a password from its input: `sudo -S <<< "PASS" …`. */
const HERE_STRING: RegexRule = {
  name: 'here-string',
  pattern: /<<<[ \t]*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s|;&'"]{1,200}))/dg,
  judge(m, text) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!/\bsudo\b[^|\n]*\s-S\b|chpasswd|passwd[ \t]+--stdin|--password-stdin|--passphrase-fd|--pass(?:word)?-stdin/.test(line)) return null;
    const span = groupSpan(m, [1, 2, 3])!;
    if (!looksLikePassword(span.value, { quoted: span.group !== 3, strict: false }) || span.value.startsWith('$')) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

/** PowerShell: `ConvertTo-SecureString "PASS" -AsPlainText`. */
const SECURE_STRING: RegexRule = {
  name: 'securestring',
  pattern: /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')([^\n]{0,80})/dgi,
  judge(m) {
    if (!/-AsPlainText/i.test(m[3]!)) return null;
    const span = groupSpan(m, [1, 2])!;
    if (!looksLikePassword(span.value, { quoted: true, strict: false }) || span.value.startsWith('$')) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const COMMAND_LINE_FINDERS: readonly Finder[] = [
  COMMAND_LINES,
  regexFinder(PASSWORD_FLAG),
  regexFinder(ECHO_PIPE),
  regexFinder(HERE_STRING),
  regexFinder(SECURE_STRING),
];

export const PROSE_PASSWORD_FINDERS: readonly Finder[] = [
  regexFinder(bounded(PROSE_PASSWORD)),
  regexFinder(bounded(FOREIGN_PROSE_PASSWORD)),
  regexFinder(bounded(SET_PASSWORD_TO)),
  regexFinder(bounded(SET_KEY_TO)),
  regexFinder(bounded(USE_AS_PASSWORD)),
  regexFinder(bounded(LOGIN_WITH)),
  regexFinder(bounded(CREDENTIAL_PAIR)),
  regexFinder(bounded(ANOTHER_ONE)),
  regexFinder(USER_COLON_PASSWORD),
  regexFinder(CJK_PASSWORD),
];
