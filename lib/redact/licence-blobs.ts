import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * A licence key pasted as a block of base64 on the line below a line that names a licence and ends with a colon:
 * "Here's my Burp Suite Professional license key, the activation fails:\n<blob>", "burp license (don't tell
 * work):\n<blob>". Signed licence files are long random base64 that anyone can activate with; the run must be at least
 * 64 characters with both cases and digits, so a heading above a word or a path is never read.
 */
const LICENCE_THEN_BLOB = /^([^\n]{0,200}\blicen[cs]e\b[^\n]{0,120}:)[ \t]*\r?\n[ \t]*([A-Za-z0-9+/]{64,4096}={0,2})[ \t]*\r?$/dgim;

const LICENCE_BLOB: RegexRule = {
  name: 'licence-blob',
  pattern: LICENCE_THEN_BLOB,
  judge(m) {
    const blob = m[2]!;
    if (!/[a-z]/.test(blob) || !/[A-Z]/.test(blob) || !/\d/.test(blob)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + blob.length, label: 'api key' };
  },
};

/**
 * A licence in an armoured block ("----- BEGIN LICENSE -----" … "----- END LICENSE -----", as Sublime Text and other
 * editors issue them): each line of the body that is groups of hex or base64 with digits in it is the signature
 * anyone could activate with (groups of one width); the lines of words and the order number ("Dev Patel", "Single User License",
 * "EA7E-5308228") name the holder and are kept.
 */
const ARMOURED_LICENCE = /^[ \t]*-{3,}[ \t]*BEGIN[ \t]+(?:[A-Z]+[ \t]+){0,2}LICEN[CS]E(?:[ \t]+KEY)?[ \t]*-{3,}[ \t]*\r?$/gim;
// Groups split by one space or tab each, so a line splits into groups one way only (no backtracking over a long run).
const BODY_LINE = /^[ \t]*([A-Za-z0-9+/]{4,64}={0,2}(?:[ \t][A-Za-z0-9+/]{4,64}={0,2}){1,15})[ \t]*\r?$/;

function findArmouredLicences(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ARMOURED_LICENCE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARMOURED_LICENCE.exec(text)); ) {
    // The body: at most 40 lines up to the END line (or a blank line where none comes).
    let at = m.index + m[0].length + 1;
    for (let n = 0; n < 40 && at < text.length; n++) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      if (/^[ \t]*-{3,}[ \t]*END\b/i.test(line) || line.trim() === '') break;
      const body = BODY_LINE.exec(line);
      const value = body?.[1]!.trimEnd();
      // Groups of one width, as a signature is printed (the last may be shorter); not a line of words and a year.
      const groups = value?.split(/[ \t]/) ?? [''];
      const even = groups.slice(0, -1).every((g) => g.length === groups[0]!.length) && groups[groups.length - 1]!.length <= groups[0]!.length;
      if (value && even && /\d/.test(value) && /[A-Za-z]/.test(value) && value.replace(/\s/g, '').length >= 16) {
        const start = at + line.indexOf(value);
        spans.push({ start, end: start + value.length, label: 'api key' });
      }
      at = end + 1;
    }
    ARMOURED_LICENCE.lastIndex = Math.max(ARMOURED_LICENCE.lastIndex, at);
  }
  return spans;
}

const finder = regexFinder(LICENCE_BLOB);
/** Most texts name no licence: they are never scanned line by line. */
export const LICENCE_BLOB_FINDERS: readonly Finder[] = [
  { name: LICENCE_BLOB.name, find: (text) => (/licen[cs]e/i.test(text) ? finder.find(text) : []) },
  { name: 'armoured-licence', find: (text) => (/BEGIN[ \t]+(?:[A-Z]+[ \t]+){0,2}LICEN[CS]E/i.test(text) ? findArmouredLicences(text) : []) },
];
