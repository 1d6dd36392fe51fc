/**
 * The credentials that a local development database is set up with, and that tutorials, `docker run` lines and
 * `.env.example` files print: `postgres:postgres@localhost`, `root:root@127.0.0.1`, `user:password@localhost`. On a
 * host that only the machine itself can reach they open nothing anyone else could use, and they are the same in
 * everyone's copy, so they are not redacted. A password of any other shape on localhost still is.
 */

/** Hosts reachable from the machine itself only (a port or a path may follow). */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[\w-]+\.localhost)(?=$|[:/?#])/i;

/** Passwords that setup guides and official images use by default. */
export const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'test', 'guest', 'dev', 'local', 'default',
  'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'rabbitmq', 'mysecretpassword', 'example', 'pwd', 'toor',
]);

/**
 * Words that quickstarts put before "password" to say "put yours here": `randompassword` (Prisma), `mypassword`,
 * `yourpassword`, `secretpassword`.
 */
const STAND_IN_BEFORE_PASSWORD = new Set(['', 'my', 'your', 'some', 'random', 'secret', 'super', 'strong', 'test', 'dev', 'local', 'db', 'sample', 'dummy', 'fake', 'default', 'new']);

/** Whether a password is "password" with a stand-in word before it (`randompassword`, `my_password`). */
function standInPassword(p: string): boolean {
  return p.endsWith('password') && STAND_IN_BEFORE_PASSWORD.has(p.slice(0, -8).replace(/[-_]$/, ''));
}

/**
 * Whether `user:password@host` is a default local setup: the password is the user's name, a default one or a
 * quickstart's stand-in, and the host is local.
 */
export function isLocalDefaultCredential(user: string, password: string, host: string): boolean {
  if (!LOCAL_HOST.test(host)) return false;
  const p = password.toLowerCase();
  return p === user.toLowerCase() || DEFAULT_PASSWORDS.has(p) || standInPassword(p);
}

/** The words that stand for "a user" and "a password" in examples: `user:passwd`, `username:password`. */
const GENERIC_USER = /(?:^|[^\w.-])(?:user|username|login)[:/]$/i;
const GENERIC_PASSWORD = new Set(['password', 'passwd', 'pass', 'pwd', 'pw']);

/**
 * Whether a password is the generic word after the generic user (`curl -u user:passwd`, `user/password`): the pair
 * names the two parts of a credential, as examples write them, and holds none.
 */
export function isGenericPair(text: string, start: number, end: number): boolean {
  return GENERIC_PASSWORD.has(text.slice(start, end).toLowerCase()) && GENERIC_USER.test(text.slice(Math.max(0, start - 10), start));
}

/** A host key in a config block set to a local host: `'HOST': 'localhost'`, `host: 127.0.0.1`, `DB_HOST=localhost`. */
const LOCAL_HOST_KEY = /\bhost(?:name)?["']?[ \t]*(?:=>|[:=])[ \t]*["']?(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1|host\.docker\.internal)(?![\w.-])/i;

/**
 * Whether a default password (`'PASSWORD': 'password'`) stands in a config block whose host is local, as the URL form
 * `user:password@localhost` does. The block is the text around the value up to a blank line, 300 characters either side.
 */
export function isLocalConfigDefault(text: string, start: number, end: number): boolean {
  if (!DEFAULT_PASSWORDS.has(text.slice(start, end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  const block = before.slice(before.lastIndexOf('\n\n') + 1) + after.split('\n\n')[0];
  return LOCAL_HOST_KEY.test(block);
}

/**
 * A template the text names: `.env.example`, `.env.sample`, `.env.dist`, `config.sample.php`, "the default .env",
 * "Laravel's default env file". Frameworks ship these with their stand-in values, the same in every copy.
 */
const TEMPLATE_FILE = /\.env\.(?:example|sample|dist|template|defaults?)\b|\b[\w-]+\.(?:sample|example|dist)\.[a-z]{2,4}\b|\bdefault[ \t]+(?:\.env|env|config(?:uration)?)\b/i;

/**
 * Whether a default password (`DB_PASSWORD=secret`) stands in a block that the text, in the block or a comment right
 * after it, calls a framework's template or default config: what every copy of that file holds opens nothing of the
 * user's. A value of any other shape in such a file is still a secret (people fill the template in and paste it).
 */
export function isTemplateDefault(text: string, start: number, end: number): boolean {
  if (!DEFAULT_PASSWORDS.has(text.slice(start, end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  return TEMPLATE_FILE.test(before.slice(before.lastIndexOf('\n\n') + 1) + after.split('\n\n')[0]);
}

/** A local host written in a command or a URL: `http://localhost:9000`, `127.0.0.1:5432`, `--host localhost`. */
const LOCAL_HOST_ON_LINE = /(?:^|[\s/@=:"'])(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?![\w.-])/i;

/**
 * Whether a password given as the argument after the user's (`mc alias set local http://localhost:9000 minioadmin
 * minioadmin`, `-u admin -p admin`) repeats the user's name on a line that connects to a local host: a default local
 * setup, as `user:user@localhost` is in a URL.
 */
export function isLocalSameAsUser(text: string, start: number, end: number): boolean {
  // A space or a tab right before the value (past one quote) first: most values have none, and need no line read.
  const q = text[start - 1];
  const gap = text[q === '"' || q === "'" ? start - 2 : start - 1];
  if (gap !== ' ' && gap !== '\t') return false;
  const password = text.slice(start, end);
  // The words before the value on its line (one quote right before it aside), read back from the value and never
  // past the line's start or 400 characters (a search to the text's start per value would be quadratic): the word
  // before the password, past an option between them (`-u admin -p admin`).
  const floor = Math.max(0, start - 400);
  const inLine = (at: number): boolean => at > floor && text[at - 1] !== '\n';
  const q2 = inLine(start) ? text[start - 1] : undefined;
  let e = q2 === '"' || q2 === "'" ? start - 1 : start;
  while (inLine(e) && /\s/.test(text[e - 1]!)) e--;
  let s = e;
  while (inLine(s) && text[s - 1] !== ' ' && text[s - 1] !== '\t') s--;
  let user: string | undefined = text.slice(s, e);
  if (/^-{1,2}[\w-]+$/.test(user)) {
    let j = s;
    while (inLine(j) && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    let i = j;
    while (inLine(i) && text[i - 1] !== ' ' && text[i - 1] !== '\t') i--;
    user = j === s && !inLine(s) ? undefined : text.slice(i, j);
  }
  if (user === undefined || user.replace(/^["']|["']$/g, '').toLowerCase() !== password.toLowerCase()) return false;
  let lineStart = start;
  while (inLine(lineStart)) lineStart--;
  // The line's end, within 400 characters after the value.
  const after = text.slice(end, end + 400);
  const lineEnd = after.includes('\n') ? end + after.indexOf('\n') : end + after.length;
  return LOCAL_HOST_ON_LINE.test(text.slice(lineStart, lineEnd));
}
