import { isStoredPasswordHash } from './hashes';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AP's round: a credentials file's `name:secret` lines quoted below the file's path, where the path's last part names
 * what the file holds (`/etc/rsyncd.secrets`, `~/.config/deluge/auth`, `users.passwd`, `creds`, `secrets.txt`,
 * `api.keys`): rsync's secrets file (`user:password`), Deluge's auth file (`user:password:level`), and the many daemons'
 * files laid out the same way. What follows the first colon up to the next colon or the line's end is the secret. A
 * stored hash there (`user:$apr1$…`, an htpasswd line) is a hash, as everywhere (`hashes.ts`); a `key: value` line with
 * a blank after its colon is a YAML or a header line, read by the key rules instead.
 */
const PATH_LINE = /(?:^|\n)[ \t]*(?:#[ \t]*)?((?:[~.]?\/|[A-Za-z]:\\)?(?:[\w.-]+[/\\])*\.?[\w.-]*?(?:secrets?|auth|passwd|passwords?|creds?|credentials|keys|users|tokens)(?:\.[\w]{1,8})?)[ \t]*(?:\([^)\n]{0,60}\)|:)?[ \t]*(?=\n)/giu;
const ENTRY = /^[ \t]*([\w.@+-]{1,64}):([^\s:](?:[^:\n]{0,126}[^\s:])?)(?::[\w.-]{0,16})?[ \t]*$/u;

function findEntries(text: string): SecretSpan[] {
  if (!/(?:secret|auth|passw|cred|keys|users|tokens)/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  PATH_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PATH_LINE.exec(text)); ) {
    // The path's form: a slash, a dot or a drive in it, so a heading word alone ("Secrets:", "Users:") is not one.
    if (!/[/\\.]/.test(m[1]!)) continue;
    let at = m.index + m[0].length + 1;
    for (let i = 0; i < 20 && at < text.length; i++) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(at, end).replace(/\r$/, '');
      const e = ENTRY.exec(line);
      if (!e) break;
      const value = e[2]!;
      // A URL's scheme or a time is no entry (`http://…`, `12:30`); a placeholder is none either.
      if (!value.startsWith('//') && !/^\d{1,2}$/.test(e[1]!) && !isPlaceholder(value) && !isStoredPasswordHash(value) && !/^(?:\*+|x+|\.\.\.|…)$/i.test(value)) {
        const start = at + line.indexOf(':') + 1;
        spans.push({ start, end: start + value.length, label: 'password' });
      }
      at = end + 1;
    }
  }
  return spans;
}

export const SECRETS_FILE_ENTRY_FINDERS: readonly Finder[] = [{ name: 'secrets-file-entries', find: findEntries }];
