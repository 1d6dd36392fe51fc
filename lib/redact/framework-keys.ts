import type { Finder, SecretSpan } from './rules';

/**
 * Keys that web frameworks generate in a shape of their own, wherever they stand (a comment, an old value kept "just
 * in case", a chat line): Django's `startproject` writes its SECRET_KEY as `django-insecure-` and fifty characters of
 * its alphabet (letters, digits, `!@#$%^&*(-_=+)`) — a development key, but one that signs that site's sessions while
 * it runs. A key file's content named with its file (Rails's `config/master.key`, `secret.key`, an app's encryption
 * key) as 32, 64 or 128 hex digits in the same sentence and line is the key, unless the sentence calls the digits a hash of it.
 *
 * AJ's round: the same Django key without its prefix (`get_random_secret_key()`, what a project's settings hold in
 * production) is still fifty characters of that alphabet, standing alone between spaces, quotes, `=` or `:`, whatever
 * its name (`SECRET_KEY ?=`, `secretKey=` in a properties file, "secret key is …" in a chat): its symbols, two kinds at
 * least besides `-` and `_`, with digits and letters, say what it is. And Laravel's APP_KEY is `base64:` and the 44
 * characters of 32 random bytes, wherever it stands (an `Authorization` header, a chat line): no other format writes it so.
 */
const DJANGO_KEY = /django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,60}/g;
const DJANGO_BARE_KEY = /(?<![^\s"'`=:])[a-z0-9!@#$%^&*(\-_=+)]{50}(?![^\s"'`,;])/g;
const LARAVEL_KEY = /(?<![\w+/])base64:[A-Za-z0-9+/]{43}=(?![\w+/=])/g;
const KEY_FILE = /master[._ -]?key|secret[._-]?key(?:[._-]?base)?|credentials[._ -]key|encryption[._ -]key|(?<![\w-])[\w-]{1,40}\.key(?![\w.])/gi;
const HEX_KEY = /(?<![0-9A-Za-z])(?:[0-9a-f]{32}|[0-9a-f]{64}|[0-9a-f]{128})(?![0-9A-Za-z])/;
const HASH_WORD = /\b(?:sha-?\d*|md5|checksum|hash(?:es)?|digest|fingerprint|crc\d*|etag|commit(?:[ \t]+(?:id|hash|sha))?|sum)\b/i;

function findFrameworkKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (text.includes('django-insecure-')) {
    DJANGO_KEY.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DJANGO_KEY.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'api key' });
  }
  if (/[!@#$%^&*(=+)]/.test(text)) {
    DJANGO_BARE_KEY.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DJANGO_BARE_KEY.exec(text)); ) {
      const v = m[0];
      const symbols = new Set(v.replace(/[^!@#$%^&*(=+)]/g, '')).size;
      if (symbols >= 2 && (v.match(/\d/g)?.length ?? 0) >= 3 && (v.match(/[a-z]/g)?.length ?? 0) >= 15) spans.push({ start: m.index, end: m.index + 50, label: 'api key' });
    }
  }
  if (text.includes('base64:')) {
    LARAVEL_KEY.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = LARAVEL_KEY.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'api key' });
  }
  if (!/\.key|master|secret[._-]?key|encryption/i.test(text)) return spans;
  KEY_FILE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_FILE.exec(text)); ) {
    const end = m.index + m[0].length;
    // The rest of the sentence on the same line, 200 characters at most (a line below is a command's output or a
    // file's dump, the other rules' to read).
    const rest = text.slice(end, end + 200).split(/[.!?](?:\s|$)|\n/)[0]!;
    const hex = HEX_KEY.exec(rest);
    if (!hex || HASH_WORD.test(rest.slice(0, hex.index)) || HASH_WORD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = end + hex.index;
    spans.push({ start, end: start + hex[0].length, label: 'api key' });
    KEY_FILE.lastIndex = start + hex[0].length;
  }
  return spans;
}

export const FRAMEWORK_KEY_FINDERS: readonly Finder[] = [{ name: 'framework-keys', find: findFrameworkKeys }];
