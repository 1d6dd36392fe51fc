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

/** The end of the group that opens at `open` in `source` (the index of its `)`), classes and escapes skipped. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** `source` split at its top-level `|`, outside groups and classes. */
function topLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Characters that are no literal at an alternative's start, or after its first character make that one repeat. */
const NOT_LITERAL = new Set([...'\\[](){}|.^$*+?']);
const QUANTIFIER = new Set([...'*+?{']);

/** Whether an alternative holds a capturing group (numbered by its place: moved, its number would change). */
function captures(alternative: string): boolean {
  let inClass = false;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (alternative[i + 1] !== '?' || (alternative[i + 2] === '<' && alternative[i + 3] !== '=' && alternative[i + 3] !== '!'))) return true;
  }
  return false;
}

/**
 * The key an alternative's first character groups it under, or null where it stands alone: two keys that differ never
 * match the same character of a text. Without `i` a character is its own key; with `i` in the plain mode, its
 * canonical form (the spec's Canonicalize: its upper case where that is one character and no ASCII one for a
 * character beyond ASCII); with `i` in the Unicode mode, an ASCII character's lower case or a character without case,
 * any other standing alone (its simple case folding is not to be had in JavaScript).
 */
function keyOf(c: string, flags: string): string | null {
  const code = c.charCodeAt(0);
  if (NOT_LITERAL.has(c) || (code >= 0xd800 && code <= 0xdfff)) return null;
  if (!flags.includes('i')) return c;
  if (code < 128) return c.toLowerCase();
  const upper = c.toUpperCase();
  if (!flags.includes('u')) return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper : c;
  return upper === c && c.toLowerCase() === c && !ODD_FOLD.test(c) ? c : null;
}

/** Characters whose case folding in the Unicode mode joins them to others (see `rules.ts`' `foldsOddly`). */
const ODD_FOLD = /[\u017F\u03F4\u1E9E\u1F80-\u1FFF\u2126\u212A\u212B]/;

/**
 * `source` with its alternations, at the top level and inside each group but a look-behind, regrouped by the first
 * character of their alternatives: `door|doors?|desk` as `d(?:o(?:or|ors?)|esk)`. An alternation of hundreds of words
 * is tried word by word at each place; regrouped, V8 tries only the words that open with the place's character. The
 * regex matches as before, the same text with the same groups: only alternatives whose first characters can never
 * match the same character change places, each key's keep their order, and an alternative that opens otherwise (a
 * class, a group, an escape, a repeated character) or holds a capturing group stays where it stands, none moving past
 * it.
 */
function factorSource(source: string, flags: string, groupsDone = false): string {
  // The alternatives at this level, each with its groups regrouped inside.
  const alternatives: string[] = [];
  let current = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      current += c;
      inClass = c !== ']';
    } else if (c === '[') {
      current += c;
      inClass = true;
    } else if (c === '(') {
      const end = groupEnd(source, i);
      const head = /^\((?:\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i, i + 40))![0];
      const body = source.slice(i + head.length, end);
      current += head + (groupsDone || head.startsWith('(?<=') || head.startsWith('(?<!') ? body : factorSource(body, flags)) + ')';
      i = end;
    } else if (c === '|') {
      alternatives.push(current);
      current = '';
    } else current += c;
  }
  alternatives.push(current);
  // An alternative that is a group and nothing else (`(?:pass|pwd)|parola`) lends its own alternatives to this level.
  const flat = alternatives.flatMap((a) => (a.startsWith('(?:') && groupEnd(a, 0) === a.length - 1 ? topLevel(a.slice(3, -1)) : [a]));
  if (flat.length < 3) return alternatives.join('|');
  // Runs of alternatives that open with a keyed character, each regrouped by key; any other alternative ends a run.
  const out: string[] = [];
  let groups = new Map<string, string[]>();
  const close = (): void => {
    for (const [key, members] of groups) out.push(members.length === 1 ? key + members[0]! : `${key}(?:${factorSource(members.join('|'), flags, true)})`);
    groups = new Map();
  };
  for (const alternative of flat) {
    const key = alternative.length > 0 && !QUANTIFIER.has(alternative[1] ?? '') && !captures(alternative) ? keyOf(alternative[0]!, flags) : null;
    if (key === null) {
      close();
      out.push(alternative);
      continue;
    }
    const members = groups.get(key);
    if (members) members.push(alternative.slice(1));
    else groups.set(key, [alternative.slice(1)]);
  }
  close();
  return out.join('|');
}

const FACTORED = new Map<string, string>();

/** `re` with its alternations regrouped by their first characters (`factorSource`): it matches as `re` does. */
export function factored(re: RegExp): RegExp {
  // A back-reference names its group by number or name: refused, whatever the groups do.
  if (/\\[1-9]|\\k</.test(re.source)) return re;
  // Rules share sources (a sticky and a global copy, probes around one): each is regrouped once.
  const mode = (re.ignoreCase ? 'i' : '') + (re.unicode ? 'u' : '');
  const key = `${mode}/${re.source}`;
  let source = FACTORED.get(key);
  if (source === undefined) {
    source = factorSource(re.source, mode);
    FACTORED.set(key, source);
  }
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** A global regex's `exec` and `lastIndex`, as a scan of a text uses them. */
export interface Scan {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** `re` (global) as a scan that finds the same matches faster: its regrouped copy (`factored`), with its own `lastIndex`. */
export function fastScan(re: RegExp): Scan {
  return factored(new RegExp(re.source, re.flags));
}

/**
 * A finder's trigger (`Finder.trigger`) for rules whose every match holds one of `names` (regex sources of words): the
 * names, case-insensitive in the plain mode (a Unicode-mode scan folds every character and cannot skip ahead), with what
 * only narrows where a word stands dropped: `\b`, a letter run that may be empty, a look-ahead for no letter. It finds a
 * word wherever the rules' regexes do, save in a text holding a character that folds in the Unicode mode only (`ſ`, the
 * Kelvin sign), where `mayHold` says yes whatever the trigger.
 */
export function wordTrigger(...names: string[]): RegExp {
  const source = names.join('|').replace(/\\b|\\p\{L\}(?:\*|\{0,\d+\})|\(\?!\[\\p\{L\}\]\)/g, '');
  if (/\\[pPu]\{|\(\?<?[=!]|[\uD800-\uDFFF]/.test(source)) throw new Error(`not a plain-mode trigger: ${source}`);
  return factored(new RegExp(source, 'i'));
}

/**
 * Characters that a case-insensitive regex folds to others in the Unicode mode only (`ſ` to s, the Kelvin sign to k,
 * the Ångström and Ohm signs, capital sharp s, Greek forms with iota and the `ſt` ligatures): a trigger, a plain-mode
 * regex, might miss a word written with one that a rule's Unicode-mode regex reads, so a text holding any is read by
 * every rule, triggers or not.
 */
const FOLDS_IN_UNICODE_MODE_ONLY = /[\u017F\u03F4\u1E9E\u1F80-\u1FFF\u2126\u212A\u212B\uFB05\uFB06]/;
let triggersText: string | null = null;
let triggersOff = false;
const triggersFound = new Map<RegExp, boolean>();

/**
 * Whether the rules behind `trigger` (`wordTrigger`) may find anything in `text`: each trigger is tested once per text
 * (the last text's answers are kept), however many finders share it.
 */
export function mayHold(trigger: RegExp, text: string): boolean {
  if (text !== triggersText) {
    triggersText = text;
    triggersOff = FOLDS_IN_UNICODE_MODE_ONLY.test(text);
    triggersFound.clear();
  }
  if (triggersOff) return true;
  let found = triggersFound.get(trigger);
  if (found === undefined) {
    found = trigger.test(text);
    triggersFound.set(trigger, found);
  }
  return found;
}
