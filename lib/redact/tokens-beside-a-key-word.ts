import type { Finder, SecretSpan } from './rules';

/**
 * BV's round: a provider's key pasted in chat with the word for it elsewhere in its sentence, not right before it: "is
 * vZcs…OKL6 the live CrowdStrike key or the old test one?", "the coinlayer key in the wiki is wrong, the right one is
 * dac7…", "the integration wants a MBTA key, I gave it 56f0…", "Metals-API key expired. I made a new one: aw88…", or
 * asked for on the line before ("can you send the UpLead token" answered "sure: 9862…"). The labelled rules read a
 * key's word right before its value; here the value is a random token and the word (key, token, secret, API key) stands
 * on its line or in the question just above. A token: thirty characters or more of letters and digits mixed, small
 * and capital letters and digits all three or, in one case, letters and digits (a hex digest is no random token here:
 * `hex` below), an optional short prefix with an underscore. A hex run of 32, 40 or 64 characters, which a commit, a
 * digest or a trace is as often, only where no word of those stands on the line ("key: 7237… - that's the commit
 * where I changed how the keys get loaded" is a commit's).
 */
const TOKEN = /(?<![\p{L}\p{N}_+/=.:@#$%&?-])(?:[A-Za-z]{2,6}_)?[A-Za-z0-9]{30,80}(?![\p{L}\p{N}_+/@-]|\.[\p{L}\p{N}])/gu;
const KEY_WORD = /(?<![\p{L}])(?:keys?|tokens?|secrets?|api[ \t-]?keys?|credentials?|access[ \t-]?ids?)(?![\p{L}])/iu;
const ASKED_FOR = /(?<![\p{L}])(?:keys?|tokens?|secrets?|api[ \t-]?keys?)(?![\p{L}])[^\n]{0,40}\?*[ \t]*$/iu;
/** What a hex run or a long id is as often: a commit's, a digest's, a trace's, a public or published value. */
const NOT_A_KEY =
  /(?<![\p{L}])(?:commits?|sha\d*|hash(?:es)?|digests?|checksums?|md5|fingerprints?|traces?|trace[ \t-]?ids?|request[ \t-]?ids?|builds?|revisions?|uuids?|guids?|ids?|order|tracking|example|placeholder|dummy|fake|public|publishable|fine[ \t]+to[ \t]+share|not[ \t]+(?:a[ \t]+)?secret|merchant|client[ \t-]?id|account[ \t-]?id|tx|transaction|block|address|wallet|file|image|blob|etag|version)(?![\p{L}])/iu;

function isRandomToken(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{2,6}_/, '');
  const digits = (body.match(/\d/g) ?? []).length;
  // Three digits at least, no hex digest, and no word run on in one case (twelve letters): a name is no token.
  if (digits < 3 || /^[0-9a-f]+$|^[0-9A-F]+$/.test(body) || /[a-z]{12}|[A-Z]{12}/.test(body)) return false;
  return (/[A-Z]/.test(body) && /[a-z]/.test(body)) || digits * 6 >= body.length;
}

function lineAround(text: string, start: number, end: number): { before: string; after: string; lineStart: number } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 120);
  const endAt = text.indexOf('\n', end);
  return { before: text.slice(lineStart, start), after: text.slice(end, Math.min(endAt < 0 ? text.length : endAt, end + 120)), lineStart };
}

function findTokensBesideAKeyWord(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  TOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TOKEN.exec(text)); ) {
    const value = m[0];
    const hex = /^[0-9a-f]{32}$|^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(value);
    // An SSH or a PGP public key's base64 opens on its type's length ("AAAA…"), after its type's name.
    if ((!hex && !isRandomToken(value)) || value.startsWith('AAAA')) continue;
    const { before, after, lineStart } = lineAround(text, m.index, m.index + value.length);
    const line = before + ' ' + after;
    let named = KEY_WORD.test(line);
    // The line above asks for it ("can you send the UpLead token"), the answer's line short.
    if (!named && lineStart > 0 && text[lineStart - 1] === '\n' && before.length <= 20) {
      const above = text.slice(Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1), lineStart - 1);
      named = ASKED_FOR.test(above);
    }
    if (!named || NOT_A_KEY.test(line)) continue;
    // A public key's heading just above ("Add this public key …:").
    if (lineStart > 0 && /(?<![\p{L}])public(?![\p{L}])/iu.test(text.slice(Math.max(0, lineStart - 160), lineStart))) continue;
    spans.push({ start: m.index, end: m.index + value.length, label: 'api key' });
  }
  return spans;
}

export const TOKENS_BESIDE_A_KEY_WORD_FINDERS: readonly Finder[] = [{ name: 'tokens-beside-a-key-word', find: findTokensBesideAKeyWord, trigger: /key|token|secret|credential|access/i }];
