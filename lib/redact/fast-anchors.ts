/**
 * Anchor scans without the `u` flag. A case-insensitive regex in Unicode mode folds every character of the text as
 * it scans (V8 then cannot skip ahead to a literal's first letters), which made an anchor scan of 10 MB take ten
 * times as long as the same scan without `u`. An anchor only decides where a rule looks, so the plain mode serves:
 * where the two modes differ at all (`ſ` and the Kelvin sign fold to ASCII letters only in Unicode mode) the text is
 * not what any anchor names. A source that needs Unicode mode (`\p{…}`, `\u{…}`, characters beyond the BMP, which
 * a class would split into halves) keeps it.
 */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/;

export function fastAnchors(anchors: RegExp): RegExp {
  if (!anchors.unicode || !anchors.ignoreCase || NEEDS_UNICODE.test(anchors.source)) return anchors;
  return new RegExp(anchors.source, anchors.flags.replace('u', ''));
}

/** A letter run in a name (`trezor\p{L}*`, `идентификационн\p{L}*[ \t]+номер`), with its count. */
const LETTER_RUN = /\\p\{L\}(\*|\+|\{\d*,?\d*\})/g;

/**
 * The same run in the plain mode: ASCII letters and any character beyond ASCII (letters of every script, and marks
 * and signs as well: a wider net, which an anchor may cast). Dropping the run instead would leave a name whose run
 * stands before more words ("идентификационн\p{L}*[ \t]+номер") needing the space right after its stem, so that
 * "идентификационный номер" was never found.
 */
const PLAIN_LETTER = '[^\\x00-\\x40\\x5b-\\x60\\x7b-\\x7f]';
/**
 * Unbounded runs are read 40 characters at most: an anchor's word ending is short, and a run without a bound would read
 * on through a whole text without spaces from every place the stem stands in it.
 */
const BOUNDED: Record<string, string> = { '*': '{0,40}', '+': '{1,40}' };

/**
 * The anchor for a rule whose matches begin with one of `names` (a regex source): the names with their Unicode
 * letter runs read as `PLAIN_LETTER` runs, case-insensitive, in the plain mode where nothing else in them needs
 * Unicode.
 */
export function wordAnchors(names: string): RegExp {
  return fastAnchors(new RegExp(names.replace(LETTER_RUN, (_, count: string) => PLAIN_LETTER + (BOUNDED[count] ?? count)), 'giu'));
}
