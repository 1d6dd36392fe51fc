import { regexFinder, simple, type Finder } from './rules';

/**
 * A password sent in a pasted SMTP, IMAP or POP3 session. SASL PLAIN sends `\0user\0password` in base64 on the
 * `AUTH PLAIN` (or `AUTHENTICATE PLAIN`) line, so the base64 holds the password as plainly as the text would; AUTH
 * LOGIN sends it alone, base64 on the line after the server's `334 UGFzc3dvcmQ6` ("Password:"). Base64 that does not
 * decode to a PLAIN message (a `=` continuation, a challenge) is left alone.
 */

const AUTH_PLAIN = /\bAUTH(?:ENTICATE)?[ \t]+PLAIN[ \t]+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/dg;

/** The server's prompt for the password, then the client's line; session logs mark the two with `<`/`>` or `S:`/`C:`. */
const LOGIN_PASSWORD = /^[ \t]*(?:[<S][:]?[ \t]*)?334[ \t]+UGFzc3dvcmQ6[ \t]*\r?\n[ \t]*(?:[>C][:]?[ \t]*)?([A-Za-z0-9+/]{4,}={0,2})[ \t]*\r?$/dgm;

/** Whether base64 decodes to a SASL PLAIN message: an optional authorisation id, a NUL, the user, a NUL, the password. */
function isPlainMessage(b64: string): boolean {
  let decoded: string;
  try {
    decoded = atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '='));
  } catch {
    return false;
  }
  const parts = decoded.split('\0');
  return parts.length === 3 && parts[1]!.length > 0 && parts[2]!.length > 0;
}

const PLAIN_LINE = simple('sasl-plain', 'password', AUTH_PLAIN, isPlainMessage, 1);

const LOGIN_LINE = simple('sasl-login-password', 'password', LOGIN_PASSWORD, undefined, 1);

/**
 * AH's round: a relay's line of a mail server's password map (Postfix's `sasl_passwd`, Exim's `passwd.client`,
 * msmtp's and ssmtp's the same): the relay host, bracketed or not, with its port, then `user:password` on the same
 * line: "[smtp.example.com]:587 notices@example.com:S3cret!", "smtp.gmail.com:587 me@gmail.com:app-pass". The host
 * has a dot and the port is a mail port (25, 465, 587, 2525); the password runs to the line's end.
 */
const RELAY_MAP_LINE =
  /^[ \t]*\[?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\]?:(?:25|465|587|2525)[ \t]+[^\s:]{1,80}:([^\s]{4,128})[ \t]*\r?$/dgm;

const RELAY_LINE = simple('mail-relay-password-map', 'password', RELAY_MAP_LINE, undefined, 1);

export const SASL_AUTH_FINDERS: readonly Finder[] = [regexFinder(PLAIN_LINE), regexFinder(LOGIN_LINE), regexFinder(RELAY_LINE)];
