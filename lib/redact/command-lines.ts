import { groupSpan, NOT_A_CREDENTIAL_LINE, regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { classifyKey, isPlaceholder, PRINTS_A_REFERENCE, lineAround, looksLikeGenericSecret, looksLikePassword, looksLikeRandomToken, UUID } from './values';
import { isThrowawayPassword } from './throwaway-passwords';

/**
 * Passwords and tokens on command lines: known tools' password options (`mysql -p…`, `curl -u user:…`, `sshpass -p
 * …`), any CLI's `config set KEY VALUE`, `TOOL auth TOKEN` and long options named like a secret (`--db-password X`),
 * and passwords piped or fed to a command that reads one (`echo PASS | sudo -S`, `ConvertTo-SecureString`).
 */

interface ShellWord {
  raw: string;
  start: number;
  /** The word with its quote characters removed. */
  text: string;
}

const OPERATOR = /[|;&<>\n`]/;

/**
 * Whether the character at `i` ends a command. An `&` inside a word is a pasted URL's query separator
 * (`curl https://…?a=1&b=2 -u …`), not a background operator.
 */
function endsCommand(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '&') return OPERATOR.test(c);
  const next = text[i + 1];
  return next === undefined || next === '&' || /\s/.test(next) || /\s/.test(text[i - 1] ?? ' ');
}

/** The length of a line continuation (`\` and the line break) at `i`, or 0. */
function continuesLine(text: string, i: number): number {
  if (text[i] !== '\\') return 0;
  if (text[i + 1] === '\n') return 2;
  return text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 0;
}

/** Characters that never end a word, open a quote or continue a line (`endsCommand`, `continuesLine` read the rest). */
const PLAIN_RUN = /[^ \t\r\n|;&<>`"'\\]+/y;

/** Shell words from `from` to the end of the command (line end or an unquoted operator), at most 60 of them. */
function shellWords(text: string, from: number): ShellWord[] {
  const words: ShellWord[] = [];
  let i = from;
  const limit = Math.min(text.length, from + 2000);
  while (i < limit && words.length < 60) {
    // A backslash before the line break continues the command on the next line.
    while (i < limit && (text[i] === ' ' || text[i] === '\t' || continuesLine(text, i))) i += continuesLine(text, i) || 1;
    if (i >= limit || endsCommand(text, i) || text[i] === '\r') break;
    const start = i;
    let plain = '';
    while (i < limit) {
      // A run of characters that neither end the word nor quote: taken at once, as the loop below would take them one
      // by one.
      PLAIN_RUN.lastIndex = i;
      if (PLAIN_RUN.test(text)) {
        const end = Math.min(PLAIN_RUN.lastIndex, limit);
        plain += text.slice(i, end);
        i = end;
        continue;
      }
      const c = text[i]!;
      if (c === ' ' || c === '\t' || c === '\r' || endsCommand(text, i) || continuesLine(text, i)) break;
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
  // A variable (`$PW`, `${PW}`, `$1`), not a value that opens with `$` and a digit and runs on (`$74ll10nm1$7y99`).
  // An option is a dash and a name; a value that opens with a dash and goes on in symbols is a password (AM's round:
  // `plink -pw -!l^ia!bBdF…`).
  if (/^--?[A-Za-z][\w-]*(?:=|$)|^-+$/.test(v) || isPlaceholder(v) || (v.startsWith('$') && !/^\$\d[^\s]{6,}$/.test(v)) || v.length < 3) return;
  if (/^(?:\*+|x+|•+)$/i.test(v)) return;
  // BG's round: the password half of a word quoted after the user's colon (`ops:"$PASS"`, `ops:"$(cat /run/secrets/x)"`)
  // keeps its quotes here: a variable or a command's output all the same.
  if (/^["']\$/.test(v)) return;
  // BH's round: so does a stand-in quoted there (`bookkeeper%"<password>"`, `ops:'[your password]'`).
  if (/^(["']).+\1$/.test(v) && isPlaceholder(v.slice(1, -1))) return;
  // BI's round: and a stand-in inside a command's substitution, whose closing quote and bracket the word runs on to
  // (`usermod -p "$(openssl passwd -6 "%PASSWORD%")"`).
  if (/["')]$/.test(v) && isPlaceholder(v.replace(/^["']+|["')]+$/g, ''))) return;
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

/**
 * Options that take the next word as a password, or the rest of their own word after `=` (`-p="…"`, `--password=…`:
 * Go's pflag, which docker, podman and helm parse with, takes both).
 */
function nextWordOf(...flags: string[]): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (flags.includes(w.text)) {
        if (i + 1 < words.length) pw(partOf(words[i + 1]!, 0), spans);
      } else {
        const joined = flags.find((f) => w.raw.startsWith(`${f}=`));
        if (joined) pw(partOf(w, joined.length + 1), spans);
      }
    }
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
      // `-u TOKEN:` with nothing after the colon, or a throwaway (`TOKEN:x`, `TOKEN:api_token`): the API token is the
      // user (Stripe, Mixpanel, BambooHR, Freshdesk, Toggl); the random half of the pair is the credential. CA's round: or
      // a UUID, as services that issue their keys as UUIDs take them so (`curl -u <uuid>: https://…`).
      const user = part.value.slice(0, at);
      if ((looksLikeRandomToken(user) || /^[0-9a-f]{32,}$/i.test(user) || UUID.test(user)) && isThrowawayPassword(part.value.slice(at + 1))) {
        spans.push({ start: part.start, end: part.start + at, label: 'api key' });
        continue;
      }
      if (at === part.value.length - 1) continue;
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

/** The first word that is no option nor an option's value (`takingValue`): a tool's one positional argument. */
function firstPositional(takingValue: string[]): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.text;
      if (takingValue.includes(w)) i++;
      else if (!w.startsWith('-')) {
        pw(partOf(words[i]!, 0), spans);
        return;
      }
    }
  };
}

/** impacket's target word, `[domain/]user:password@host`: the password, from the user's colon to the last `@`. */
const IMPACKET_TARGET = /^['"]?(?:[\w.-]{1,64}\/)?[\w.$-]{1,64}:(.{1,200})@[\w-]+(?:\.[\w-]+)*['"]?$/;
function impacketTarget(words: ShellWord[], spans: SecretSpan[]): void {
  for (const w of words) {
    const m = IMPACKET_TARGET.exec(w.raw);
    if (!m || /\s/.test(m[1]!)) continue;
    const start = w.start + m[0].lastIndexOf('@') - m[1]!.length;
    pw({ start, end: start + m[1]!.length, value: m[1]! }, spans);
    return;
  }
}

/** Oracle's logon, `user/password@connect` (or `user/password` alone), as one of the tool's words. */
function oracleLogon(words: ShellWord[], spans: SecretSpan[]): void {
  const conn = words.find((w) => /^[\w$#]+\/[^@\s]+(?:@|$)/.test(w.text));
  if (!conn) return;
  const slash = conn.raw.indexOf('/');
  const at = conn.raw.lastIndexOf('@');
  const end = at > slash ? at : conn.raw.length;
  pw({ start: conn.start + slash + 1, end: conn.start + end, value: conn.raw.slice(slash + 1, end) }, spans);
}

/**
 * A login as `user:password@host` in one word, no scheme before it (`curlftpfs user:pw@ftp.example.com /mnt`, CVS's
 * `:pserver:user:pw@host:/root`): the password runs from the user's colon to the last `@` before a host name.
 */
const USER_AT_HOST = /^(?::pserver:)?[\w.$-]{1,64}:(.{1,200})@[\w-]+(?:\.[\w-]+)+(?::|\/|$)/;
function userAtHost(words: ShellWord[], spans: SecretSpan[]): void {
  for (const w of words) {
    const m = USER_AT_HOST.exec(w.raw);
    if (!m || /[\s'"]/.test(m[1]!)) continue;
    const start = w.start + m[0].length - m[0].slice(m[0].indexOf(m[1]!, m[0].indexOf(':', 1))).length;
    pw({ start, end: start + m[1]!.length, value: m[1]! }, spans);
    return;
  }
}

/** Only when a subcommand is present: `docker login -p …` but not `docker run -p 8080:80`. */
function withSubcommand(sub: string, h: CommandHandler): CommandHandler {
  return (words, spans) => {
    if (words.some((w) => w.text === sub)) h(words, spans);
  };
}

const MYSQL = both(shortOption('-p', { attached: true, separate: false }));
const LOGIN_P = withSubcommand('login', nextWordOf('-p', '--password'));

/** A token given as the word after a subcommand: `wandb login KEY`, `ngrok config add-authtoken TOKEN`. */
function tokenAfter(...subcommands: string[]): CommandHandler {
  return (words, spans) => {
    const at = words.findIndex((w) => subcommands.includes(w.text));
    const next = at < 0 ? undefined : words.slice(at + 1).find((w) => !w.text.startsWith('-'));
    const part = next ? partOf(next, 0) : null;
    if (part && looksLikeGenericSecret(part.value) && !part.value.includes('=')) spans.push({ start: part.start, end: part.end, label: 'api key' });
  };
}

/**
 * CE's round: options that take the next word (or the rest of their own after `=`) as an API token, where it has a
 * token's shape: InfluxDB 2's `influx … -t TOKEN` / `--token TOKEN`.
 */
function tokenOf(...flags: string[]): CommandHandler {
  return (words, spans) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const joined = flags.find((f) => w.raw.startsWith(`${f}=`));
      const part = flags.includes(w.text) ? (words[i + 1] ? partOf(words[i + 1]!, 0) : null) : joined ? partOf(w, joined.length + 1) : null;
      if (part && looksLikeGenericSecret(part.value)) spans.push({ start: part.start, end: part.end, label: 'api key' });
    }
  };
}

/** `config set KEY VALUE` (npm, yarn, pnpm, aws configure, poetry, heroku): the value when the key names a secret. */
function configSet(words: ShellWord[], spans: SecretSpan[]): void {
  const at = words.findIndex((w) => w.text === 'set' || w.text === 'config:set');
  const key = words[at + 1];
  const value = words[at + 2];
  if (at < 0 || !key || !value || key.text.includes('=')) return;
  const kind = classifyKey(key.text.replace(/^\/\/[^:]*:/, ''));
  if (kind === 'password') pw(partOf(value, 0), spans);
  else if (kind === 'secret' && looksLikeGenericSecret(value.text)) spans.push({ start: value.start, end: value.start + value.raw.length, label: 'api key' });
}

function minioUserAdd(words: ShellWord[], spans: SecretSpan[]): void {
  const at = words.findIndex((w, i) => w.text === 'add' && words[i - 1]?.text === 'user' && words[i - 2]?.text === 'admin');
  const secret = at >= 0 ? words[at + 3] : undefined;
  if (secret) pw(partOf(secret, 0), spans);
}

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
  // AR's round: the net-snmp tools' v3 passphrases (`-A` authentication, `-X` privacy), Pi-hole's web password
  // (`pihole -a -p …`, v6's `pihole setpassword …`), MQTT's request-reply client's and a BMC's password.
  ...Object.fromEntries(['snmpwalk', 'snmpbulkwalk', 'snmpget', 'snmpgetnext', 'snmpbulkget', 'snmpset', 'snmptable', 'snmptrap', 'snmpinform', 'snmpdelta', 'snmpstatus', 'snmpdf', 'snmpnetstat', 'snmpusm', 'snmpvacm'].map((c) => [c, nextWordOf('-A', '-X')])),
  pihole: nextWordOf('-p', 'setpassword'),
  mosquitto_rr: nextWordOf('-P', '--pw'),
  ipmitool: nextWordOf('-P'),
  mongo: nextWordOf('-p'),
  mongosh: nextWordOf('-p'),
  mongodump: nextWordOf('-p'),
  mongorestore: nextWordOf('-p'),
  mongoexport: nextWordOf('-p'),
  mongoimport: nextWordOf('-p'),
  'redis-cli': nextWordOf('-a', '--pass'),
  // BF's round: Redis's benchmark and its forks' clients take the same `-a`; memtier's `--authenticate` too.
  'redis-benchmark': nextWordOf('-a', '--pass'),
  'valkey-cli': nextWordOf('-a', '--pass'),
  'valkey-benchmark': nextWordOf('-a', '--pass'),
  'keydb-cli': nextWordOf('-a', '--pass'),
  'keydb-benchmark': nextWordOf('-a', '--pass'),
  memtier_benchmark: nextWordOf('-a', '--authenticate'),
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
  // BC's round: `-hp<password>` too, which encrypts the file names with the data (`rar a -hpLantern=2780… x.rar`).
  rar: both(shortOption('-p', { attached: true, separate: false }), shortOption('-hp', { attached: true, separate: false })),
  unrar: shortOption('-p', { attached: true, separate: false }),
  // BD's round: Dovecot's password hasher (`doveadm pw -s SHA512-CRYPT -p 'pw'`: the password given to be hashed),
  // MuPDF's tool opening an encrypted PDF (`mutool clean -p pw in.pdf out.pdf`), macOS's keychain unlocked or made
  // (`security unlock-keychain -p pw …`, `create-keychain -p`), and a YubiKey's OATH account, whose second positional
  // word is the TOTP secret (`ykman oath accounts add -i Issuer name SECRET`).
  doveadm: withSubcommand('pw', nextWordOf('-p')),
  mutool: nextWordOf('-p'),
  security: (words, spans) => {
    if (words.some((w) => /^(?:unlock|create|set)-keychain/.test(w.text))) nextWordOf('-p')(words, spans);
  },
  ykman: (words, spans) => {
    const at = words.findIndex((w) => w.text === 'add');
    if (at < 0 || words[at - 1]?.text !== 'accounts') return;
    const positional: ShellWord[] = [];
    for (let i = at + 1; i < words.length; i++) {
      const w = words[i]!.text;
      if (/^(?:-[ioadcP]|--(?:issuer|oath-type|algorithm|digits|counter|period))$/.test(w)) i++;
      else if (!w.startsWith('-')) positional.push(words[i]!);
    }
    if (positional[1]) pw(partOf(positional[1], 0), spans);
  },
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
    if (words[0]?.text === 'passwd') firstPositional(['-salt', '-in'])(words.slice(1), spans);
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i]!.text;
      const next = words[i + 1]!;
      if (/^-pass(?:in|out)?$/.test(w) && /^['"]?pass:/.test(next.raw)) pw(partOf(next, next.raw.indexOf('pass:') + 5), spans);
      else if (w === '-k' || w === '-password') pw(partOf(next, 0), spans);
    }
  },
  keytool: nextWordOf('-storepass', '-keypass', '-srcstorepass', '-deststorepass', '-srckeypass', '-destkeypass', '-new'),
  // AZ's round: jarsigner's keystore and key passwords, signtool's PFX password (`/p`), a scheduled task's run-as and
  // remote passwords (`schtasks … /RP …`, `/P`), pdftk's owner and user passwords (`input_pw …`, `owner_pw`, `user_pw`).
  jarsigner: nextWordOf('-storepass', '-keypass'),
  signtool: nextWordOf('/p', '/P', '-p'),
  schtasks: nextWordOf('/RP', '/rp', '/Rp', '/P', '/p'),
  pdftk: nextWordOf('input_pw', 'owner_pw', 'user_pw'),
  // BA's round: Hive's beeline client (`beeline -u 'jdbc:hive2://…' -n user -p 'pass'`).
  beeline: nextWordOf('-p'),
  // BB's round: a password given to be hashed is the password itself (`mkpasswd -m sha-512 'pw'`, `openssl passwd -6
  // 'pw'`, below); impacket's tools take the login as one target word, `[domain/]user:password@host`.
  mkpasswd: firstPositional(['-m', '--method', '-S', '--salt', '-R', '--rounds', '-P', '--password-fd']),
  ...Object.fromEntries(['impacket-smbclient', 'impacket-psexec', 'impacket-wmiexec', 'impacket-smbexec', 'impacket-atexec', 'impacket-dcomexec', 'impacket-secretsdump', 'impacket-GetUserSPNs', 'impacket-mssqlclient'].map((c) => [c, impacketTarget])),
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
  // BG's round: HTTPie's `http -a user:password …` (and `https`, `xh`, its Rust port), qpdf's `--encrypt USER OWNER …`.
  http: userPass(['-a', '--auth'], ':'),
  https: userPass(['-a', '--auth'], ':'),
  xh: userPass(['-a', '--auth'], ':'),
  xhs: userPass(['-a', '--auth'], ':'),
  qpdf: nextWordOf('--encrypt'),
  plink: nextWordOf('-pw'),
  pscp: nextWordOf('-pw'),
  psftp: nextWordOf('-pw'),
  hydra: nextWordOf('-p'),
  // Minecraft's RCON clients.
  mcrcon: nextWordOf('-p'),
  'rcon-cli': nextWordOf('--password'),
  // Jenkins' CLI: `-auth USER:API_TOKEN` (`-auth @file` reads it from a file and holds no colon).
  'jenkins-cli.jar': userPass(['-auth'], ':'),
  'jenkins-cli': userPass(['-auth'], ':'),
  medusa: nextWordOf('-p'),
  'evil-winrm': nextWordOf('-p'),
  nxc: nextWordOf('-p'),
  netexec: nextWordOf('-p'),
  crackmapexec: nextWordOf('-p'),
  cqlsh: nextWordOf('-p'),
  influx: both(nextWordOf('-password', '-p'), tokenOf('-t', '--token')),
  vncviewer: nextWordOf('-passwd'),
  x11vnc: nextWordOf('-passwd'),
  'ssh-keygen': nextWordOf('-N', '-P'),
  mosquitto_pub: nextWordOf('-P', '--pw'),
  mosquitto_sub: nextWordOf('-P', '--pw'),
  psexec: nextWordOf('-p'),
  'psexec.py': nextWordOf('-p'),
  twine: nextWordOf('-p', '--password'),
  cmdkey: (words, spans) => {
    for (const w of words) if (/^\/pass:/i.test(w.raw)) pw(partOf(w, 6), spans);
  },
  lftp: userPass(['-u'], ','),
  // Oracle's `sqlplus user/password@db`; AY's round: Oracle's other tools take the same logon (`expdp
  // system/…@DB schemas=…`, `impdp`, `sqlldr`, `rman target`, `dgmgrl`).
  sqlplus: oracleLogon,
  expdp: oracleLogon,
  impdp: oracleLogon,
  sqlldr: oracleLogon,
  rman: oracleLogon,
  dgmgrl: oracleLogon,
  // AY's round: etcd's `--user root:PASSWORD`, Perforce's `p4 -P PASSWORD`, and a login written `user:password@host`
  // with no scheme before it (curlftpfs's mount, CVS's `-d :pserver:user:password@host:/root`).
  etcdctl: userPass(['--user'], ':'),
  p4: nextWordOf('-P'),
  curlftpfs: userAtHost,
  cvs: userAtHost,
  // Tools that take their API token as a plain argument.
  wandb: tokenAfter('login'),
  // AY's round: Bundler's credentials for a private gem source, `bundle config [set] [--global] gems.example.com
  // USER:PASSWORD` (Sidekiq Enterprise's `enterprise.contribsys.com KEY:KEY`): the pair after the source's host.
  bundle: (words, spans) => {
    const at = words.findIndex((w) => w.text === 'config');
    if (at < 0) return;
    const rest = words.slice(at + 1).filter((w) => w.text !== 'set' && !w.text.startsWith('--'));
    const host = rest[0];
    const value = rest[1];
    if (!host || !value || !/^[\w-]+(?:\.[\w-]+)+$/.test(host.text) || !/^[^:\s]{1,100}:[^\s]{4,200}$/.test(value.text)) return;
    const part = partOf(value, 0);
    if (part) spans.push({ start: part.start, end: part.end, label: 'password' });
  },
  // AY's round: Shodan's CLI stores its API key with `shodan init KEY`.
  shodan: tokenAfter('init'),
  ngrok: tokenAfter('authtoken', 'add-authtoken'),
  vault: tokenAfter('login'),
  // MinIO client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY`; BF's round: `mc admin user add ALIAS ACCESS_KEY
  // SECRET_KEY`, the third word after `add`.
  mc: (words, spans) => {
    if (words.some((w) => w.text === 'alias' || w.text === 'host')) positionalAfter(['set', 'add'], 3)(words, spans);
    else minioUserAdd(words, spans);
  },
  npm: configSet,
  yarn: configSet,
  pnpm: configSet,
  aws: configSet,
  poetry: (words, spans) => {
    // `poetry config pypi-token.pypi TOKEN`, `poetry config http-basic.repo USER PASSWORD`.
    const at = words.findIndex((w) => /^(?:pypi-token|http-basic)\./.test(w.text));
    if (at < 0) return;
    const value = words[at + (words[at]!.text.startsWith('http-basic') ? 2 : 1)];
    if (value) pw(partOf(value, 0), spans);
  },
  heroku: configSet,
};

const COMMAND_START = new RegExp(
  `(${Object.keys(COMMANDS)
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|')})(?:\\.exe)?(?=[ \\t])`,
  'g',
);

/** An absolute path to a directory of programs, right before a tool's name. */
const BIN_DIRECTORY = /(?:^|[\s"'=;|&(])(?:\/[\w.-]+)*\/s?bin\/$/;

/** Known command-line tools, each with the options through which it takes a password. */
const COMMAND_LINES: Finder = {
  name: 'command-lines',
  find(text) {
    const spans: SecretSpan[] = [];
    COMMAND_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMAND_START.exec(text))) {
      // Part of a longer name or a path, unless the path is a directory of programs the tool is run from
      // (`/usr/bin/curl`, `/usr/local/bin/mysql` in a crontab or a unit file).
      if (m.index > 0 && /[\w./\\-]/.test(text[m.index - 1]!) && !BIN_DIRECTORY.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const words = shellWords(text, m.index + m[0].length);
      COMMANDS[m[1]!]!(words, spans);
    }
    return spans;
  },
};

/**
 * Any CLI's `… config set KEY VALUE` / `secrets set KEY VALUE` (`atlas config set private_api_key …`, `gh secret set`):
 * the value, when the key names a secret.
 */
const CONFIG_SET: RegexRule = {
  name: 'config-set',
  pattern: /(?:config(?:ure)?|settings?|secrets?|env|vars?)[ \t]+(?:set|add|put)[ \t]+(?:--?[\w-]+[ \t]+)?([\w.:/-]{1,80})(?:[ \t]+|=)(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'|;&<>`]{1,300}))/dgi,
  judge(m) {
    const kind = classifyKey(m[1]!.replace(/^\/\/[^:]*:/, ''));
    const span = groupSpan(m, [2, 3, 4]);
    if (!kind || !span || span.value.startsWith('-') || span.value.startsWith('$')) return null;
    if (kind === 'password') return looksLikePassword(span.value, { quoted: span.group !== 4, strict: false }) ? { start: span.start, end: span.end, label: 'password' } : null;
    return looksLikeGenericSecret(span.value) ? { start: span.start, end: span.end, label: 'api key' } : null;
  },
};


/** Any CLI's `TOOL auth TOKEN` / `TOOL login TOKEN` (`snyk auth <uuid>`): a random token or a UUID as the argument. */
const CLI_AUTH: RegexRule = {
  name: 'cli-auth',
  pattern: /[ \t](?:auth|login|authenticate|auth[ \t]+login|set-token|setToken)[ \t]+(?:--?(?:token|key|api-key|with-token)[ \t=]+)?([^\s"'`|;&<>-][^\s"'`|;&<>]{19,300})(?=\s|$)/dg,
  judge(m, text) {
    const lineStart = lineAround(text, m.index, 80).start;
    // The command's name starts the line (after a prompt) and is one word: `snyk auth …`, `$ railway login …`.
    if (lineStart < m.index - 70 || (lineStart > 0 && text[lineStart - 1] !== '\n')) return null;
    if (!/^[ \t]*(?:[$>#%][ \t]*)?(?:sudo[ \t]+)?(?:npx[ \t]+)?[a-z][\w.-]{1,30}(?:[ \t]+[a-z][\w-]{1,20})?$/i.test(text.slice(lineStart, m.index))) return null;
    const span = groupSpan(m, [1])!;
    if (!UUID.test(span.value) && !looksLikeRandomToken(span.value)) return null;
    return { start: span.start, end: span.end, label: 'api key' };
  },
};

/**
 * An in-house key in one case, capitals and digits mixed, past what a hex digest or an id holds (a letter past F,
 * four digits, twenty characters): `--key ITKAJV1Q76P4D5QS5WZWIXAP`. Only after an option whose name says key.
 */
const ONE_CASE_KEY = /^(?=[A-Z0-9]*[G-Z])(?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){6})[A-Z0-9]{20,64}$/;


/**
 * BP's round: a path to a file, which an option such as OpenVPN's `--auth-user-pass /etc/openvpn/creds.txt` reads the
 * password from: a root, home or relative start and two parts at least, or one part with a file's extension. A
 * password given after the option has no such shape and is still read.
 */
const FILE_PATH = /^(?:(?:~|\.{1,2}|[A-Za-z]:)?[/\\](?:[\w.@+-]+[/\\])+[\w.@+-]+|(?:~|\.{1,2})?\/[\w@+-]+\.[A-Za-z]{1,5})$/;

/**
 * `--password X`, `--db-password=X`, `-pw X`, `--token X`, `--account-key X` on any command line: a long option whose
 * name says, as a key name would, that it takes a password or another secret.
 */
const PASSWORD_FLAG: RegexRule = {
  name: 'password-flag',
  pattern:
    /-(?<=(?<![\w-])-)(?:-([a-z0-9]+(?:[-_][a-z0-9]+){0,5})|(password|passwd|pass|pw|pwd|passphrase))(?:=|[ \t]+)(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^\s"'|;&<>`-][^\s"'|;&<>`]{0,299}))/dgi,
  judge(m, text) {
    const span = groupSpan(m, [3, 4, 5]);
    // A bare `--key` names no secret by itself (a file, a name): only an in-house key's one-case shape counts after it.
    const bareKey = /^key$/i.test(m[1] ?? '') && span !== null && ONE_CASE_KEY.test(span.value);
    const kind = m[2] ? 'password' : (classifyKey(m[1]!) ?? (bareKey ? 'secret' : null));
    // Unquoted, a leading dash starts the next option (the pattern leaves it to be read as one: `--prod --token X`);
    // quoted, it is the password's first character.
    if (!kind || !span) return null;
    const isPassword = kind === 'password';
    let { start, value } = span;
    if (value.startsWith('pass:')) {
      // OpenSSL's `-pass pass:X`.
      start += 5;
      value = value.slice(5);
    }
    // BG's round: a secret's option given a password's shape in quotes (s3cmd's `--secret_key='…'`) is as secret.
    const ok = isPassword
      ? looksLikePassword(value, { quoted: span.group !== 5, strict: false })
      : looksLikeGenericSecret(value) || ONE_CASE_KEY.test(value) || (kind === 'secret' && span.group !== 5 && looksLikePassword(value, { quoted: true, strict: true }));
    if (!ok || /^(?:env|file|fd|stdin):/.test(value) || FILE_PATH.test(value)) return null;
    // BF's round: a command that prints the password from elsewhere (encfs's `--extpass='echo $DB_PASSWORD'`, `--passcmd
    // 'cat /run/secrets/db'`) names where it is kept, not the password.
    if (PRINTS_A_REFERENCE.test(value)) return null;
    // `gpg --recv-keys <fingerprint>`: key ids and digests on a line about them.
    if (!isPassword && NOT_A_CREDENTIAL_LINE.test(lineAround(text, m.index, 200).text)) return null;
    return { start, end: start + value.length, label: isPassword ? 'password' : 'api key' };
  },
};

/** `echo PASS | sudo -S …`, `echo 'user:PASS' | chpasswd`, `echo PASS | docker login --password-stdin`. */
const ECHO_PIPE: RegexRule = {
  name: 'echo-pipe',
  pattern: /(?:echo|printf)(?<=(?<![\w-])(?:echo|printf))[ \t]+(?:-[neE]+[ \t]+)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s|;&'"]{1,200}))[ \t]*\|[ \t]*([^\n]{1,160})/dg,
  judge(m) {
    const rest = m[4]!;
    // BB's round: keepassxc-cli reads its database's password from the input, `vncpasswd -f` the password it encodes.
    // BG's round: Bitwarden's `bw unlock` its master password, mcrypt's and ccrypt's `-k -` their key.
    if (!/\bsudo\b[^|\n]*\s-S\b|chpasswd|passwd[ \t]+--stdin|--password-stdin|--passphrase-fd|--pass(?:word)?-stdin|--passwd-on-stdin|\bopenssl\b.*-pass(?:in)?\s+stdin|\bkeepassxc-cli\b|\bvncpasswd[ \t]+-f\b|\bbw[ \t]+unlock\b|\b[mc]crypt\b[^|\n]*[ \t](?:-k|--key)[ \t]+-(?![\w-])/.test(rest)) return null;
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
    const line = lineAround(text, m.index, 400).text;
    if (!/\bsudo\b[^|\n]*\s-S\b|chpasswd|passwd[ \t]+--stdin|--password-stdin|--passphrase-fd|--pass(?:word)?-stdin|--passwd-on-stdin|\bkeepassxc-cli\b|\bvncpasswd[ \t]+-f\b/.test(line)) return null;
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

/**
 * AZ's round: SQLCipher's `PRAGMA key = 'passphrase'` (and `rekey`), in a `sqlcipher` command line, a shell session or
 * code that runs it: the quoted passphrase, or the hex of a raw key written `x'…'`.
 */
const SQLCIPHER_KEY: RegexRule = {
  name: 'sqlcipher-key',
  pattern: /PRAGMA[ \t]+(?:\w+\.)?(?:re)?key[ \t]*=[ \t]*(?:"x?'([^'"\n]{1,200})'"|x?'([^'\n]{1,200})'|"([^"\n]{1,200})")/dgi,
  judge(m) {
    const span = groupSpan(m, [1, 2, 3])!;
    if (!looksLikePassword(span.value, { quoted: true, strict: false }) || span.value.startsWith('$')) return null;
    return { start: span.start, end: span.end, label: 'password' };
  },
};

export const COMMAND_LINE_FINDERS: readonly Finder[] = [
  COMMAND_LINES,
  regexFinder(CONFIG_SET),
  regexFinder(CLI_AUTH),
  regexFinder(PASSWORD_FLAG),
  regexFinder(ECHO_PIPE),
  regexFinder(HERE_STRING),
  regexFinder(SECURE_STRING),
  regexFinder(SQLCIPHER_KEY),
];
