import { regexFinder, type Finder, type RegexRule } from './rules';

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

const finder = regexFinder(LICENCE_BLOB);
/** Most texts name no licence: they are never scanned line by line. */
export const LICENCE_BLOB_FINDERS: readonly Finder[] = [{ name: LICENCE_BLOB.name, find: (text) => (/licen[cs]e/i.test(text) ? finder.find(text) : []) }];
