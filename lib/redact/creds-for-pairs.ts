import { factored } from './fast-anchors';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';
import { isMarker } from './values';

/**
 * AV's round: a login handed over as "creds for <what it opens> <user> <password>", the two halves last in their
 * clause with a space between and no slash or word for either: "creds for the glaze kiln app: marta
 * copper.raven.lantern", "creds for the client file portal tomek7 fern-quartz-ladle. oh and …", "login for the
 * booking iPad: ana.kovac Zr8Lq2Wv9PkTm4Xc". Not a setting's name and its value ("sign-in for the app: client_id
 * ….apps.googleusercontent.com"). The clause ends at a line's end, a full stop, a semicolon or a dash; its
 * last word is the password and the one before the user (after the colon where there is one). The password must have
 * a password's shape: three to six small words joined by dots, hyphens or underscores, letters with digits (eight or
 * more, or both cases), or one beyond doubt (`strongPassword`); the user is one word of a login's characters.
 */
const CREDS_FOR = factored(/(?<![\p{L}\p{N}_])(?:creds|credentials|logins?|log-?ins?)[ \t]+(?:for|to|of)[ \t]+/giu);
/** A setting's name in the user's place (`client_id …`, `api_key …`): what follows is that setting's value. */
const SETTING_NAME = /(?:^|[_-])(?:id|key|token|secret|uri|url)$/i;
const CLAUSE_END = /[.;!?](?=\s|$)|[ \t][—–-][ \t]|\n/u;
const USER = /^[\p{L}][\p{L}\p{N}._@+-]{1,40}$/u;
const JOINED_WORDS = /^\p{Ll}{3,12}(?:([-._])\p{Ll}{3,12})(?:\1\p{Ll}{3,12}){1,4}\d{0,4}$/u;

function passwordShaped(v: string): boolean {
  if (isMarker(v) || /:\/\/|^[\w.+-]+@[\w-]+\.|[/\\]/.test(v)) return false;
  if (JOINED_WORDS.test(v)) return true;
  // A host or a client id (`….apps.googleusercontent.com`): dots between anything but small words are a name's.
  if (v.includes('.')) return false;
  if (v.length >= 8 && /\d/.test(v) && /\p{L}/u.test(v) && (/\p{Lu}/u.test(v) || /[^\p{L}\p{N}]/u.test(v) || v.length >= 12)) return true;
  return /\d/.test(v) && strongPassword(v);
}

function findCredsForPairs(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CREDS_FOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CREDS_FOR.exec(text)); ) {
    const from = m.index + m[0].length;
    let clause = text.slice(from, from + 140);
    const end = CLAUSE_END.exec(clause);
    if (end) clause = clause.slice(0, end.index);
    else if (from + 140 < text.length) continue;
    // After the colon where there is one: "<what it opens>: <user> <password>"; else the clause's last two words.
    const colon = clause.lastIndexOf(': ');
    const pair = colon >= 0 ? clause.slice(colon + 2) : clause;
    const words = pair.trim().split(/[ \t]+/);
    if (words.length < (colon >= 0 ? 2 : 3) || (colon >= 0 && words.length !== 2)) continue;
    const password = words[words.length - 1]!.replace(/[,)]+$/, '');
    const user = words[words.length - 2]!;
    if (!USER.test(user) || SETTING_NAME.test(user) || !passwordShaped(password) || password === user) continue;
    const start = from + clause.lastIndexOf(password);
    spans.push({ start, end: start + password.length, label: 'password' });
  }
  return spans;
}

export const CREDS_FOR_PAIR_FINDERS: readonly Finder[] = [{ name: 'creds-for-pairs', find: findCredsForPairs, trigger: /cred|log-?in/i }];
