import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AS's round: the files that keep a login as three fields on a line, read by their layout. davfs2's `secrets` (a
 * WebDAV URL or mount point, the user, the password, quoted or not), exim's `passwd.client` and the like
 * (`host:login:password`, the host with a dot or a `*`), curlftpfs's and cadaver's lists. Only in a text that names
 * such a file or a password's word, so that a log line with three fields is left alone.
 */
const FILE_NAMED = /davfs|\/secrets\b|passwd|password|credentials?\b|\.netrc|authinfo|mot[ \t]+de[ \t]+passe|contrase[ñn]a|passwort|senha/i;

const URL_USER_PASSWORD: RegexRule = {
  name: 'url-user-password-line',
  pattern: /^[ \t]*(?:https?:\/\/[^\s"']{3,300}|\/[^\s"']{1,300})[ \t]+[^\s"'#]{1,80}[ \t]+(?:"([^"\n]{3,200})"|([^\s"'#]{3,200}))[ \t]*$/dgm,
  judge(m, text) {
    if (!FILE_NAMED.test(text)) return null;
    const group = m[1] !== undefined ? 1 : 2;
    const value = m[group]!;
    if (isPlaceholder(value) || /^(?:https?:|\/|-)/.test(value)) return null;
    return { start: m.indices![group]![0], end: m.indices![group]![1], label: 'password' };
  },
};

const HOST_LOGIN_PASSWORD: RegexRule = {
  name: 'host-login-password-line',
  pattern: /^[ \t]*(?:\*|(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):[^\s:@]{1,64}(?:@[A-Za-z0-9.-]+)?:([^\s:]{3,200})[ \t]*$/dgm,
  judge(m, text) {
    if (!FILE_NAMED.test(text)) return null;
    const value = m[1]!;
    // A port or a path ends a URL's `host:port` form, not a password.
    if (isPlaceholder(value) || /^\d{1,5}$/.test(value)) return null;
    return { start: m.indices![1]![0], end: m.indices![1]![1], label: 'password' };
  },
};

export const CREDENTIAL_FILE_TRIPLE_FINDERS: readonly Finder[] = [regexFinder(URL_USER_PASSWORD), regexFinder(HOST_LOGIN_PASSWORD)];
