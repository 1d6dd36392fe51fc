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

/** A letter run that may follow a name's stem (`trezor\p{L}*`): dropped from an anchor, which needs only the stem. */
const LETTER_RUN = /\\p\{L\}(?:\*|\+|\{\d*,?\d*\})/g;

/**
 * The anchor for a rule whose matches begin with one of `names` (a regex source): the names without their Unicode
 * letter runs, case-insensitive, in the plain mode where nothing else in them needs Unicode.
 */
export function wordAnchors(names: string): RegExp {
  return fastAnchors(new RegExp(names.replace(LETTER_RUN, ''), 'giu'));
}
