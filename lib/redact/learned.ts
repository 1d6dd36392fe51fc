/**
 * A learned secret detector: logistic regression over hashed features of each token-like candidate in a text (its
 * shape, and the words and punctuation around it), trained by scripts/train-redaction-model.ts on the held-out
 * corpora A–R. It is read in union with the rules (index.ts runs it as the last finder, so every rule and every
 * public-by-design exception sees a value first): the rules are written sentence by sentence, and a model that scores
 * the value's shape with the words near it may take a secret said in a way no rule was written for.
 *
 * Everything here is deterministic: the same text gives the same candidates, the same features and the same score.
 */
import { passesLuhn } from './luhn';
import { ibanChecksumValid } from './checks';
import { UUID } from './values';
import type { Finder, RedactionLabel, SecretSpan } from './rules';

/** Features are hashed into a table of 2^BITS signed weights. */
export const BITS = 18;
const MASK = (1 << BITS) - 1;

/** A token-like stretch of a text that the model scores; `key` is the name it is assigned to, if any (`key=value`). */
export interface Candidate {
  start: number;
  end: number;
  key: string | null;
}

/** Values longer than this are left to the rules (keys, certificates, blobs): their shape is no question. */
const MAX_LENGTH = 400;
const MIN_LENGTH = 4;

const SPACE = /\s/;
/** Quotes, brackets and sentence punctuation trimmed from a run's ends. */
const TRIM_START = /^["'`‘’“”«»„([{<*,;.!?:]+/;
const TRIM_END = /["'`‘’“”«»„)\]}>*,;.!?:]+$/;
/** Scripts written without spaces between words: a run of them is context, never part of a value beside it. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}]+/u;
const UNSPACED_SCRIPT_G = new RegExp(UNSPACED_SCRIPT.source, 'gu');
/** `name=value`, `name: value` inside one run (`password=hunter22`, `"token":"abc"`): the value is the candidate. */
const KEY_IN_RUN = /^["']?([\p{L}\p{N}_.-]{1,40})["']?\s*(?:=|:(?!\/\/))["']?/u;
/** Digit groups that form one number: a card, an IBAN, a dotted or dashed national number. */
const NUMBER_GROUPS = /(?<![\p{L}\p{N}])(?:[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?|\d{2,6}(?:[ .\-/]\d{1,6}){1,7})(?![\p{L}\p{N}])/gu;
/** A key named just before a value, outside the value's run: `password: x`, `"token" = "x"`, `API_KEY => x`. */
const KEY_BEFORE = /["']?([\p{L}\p{N}_.-]{1,40})["']?\s*(?:=>|:=|=|:)\s*["']?$/u;

/**
 * The candidates of a text, in order and not overlapping: runs of non-space characters (quotes, brackets and
 * punctuation trimmed, a `key=` inside the run cut off and kept as the key), and digit groups that form one number
 * ("4111 1111 1111 1111", "756.1234.5678.97"), which replace the runs they span.
 */
export function candidates(text: string): Candidate[] {
  const groups: { start: number; end: number }[] = [];
  if (/\d[ .\-/]\d/.test(text)) {
    NUMBER_GROUPS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = NUMBER_GROUPS.exec(text)); ) {
      if (/\s/.test(m[0])) groups.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const out: Candidate[] = [];
  let g = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && SPACE.test(text[i]!)) i++;
    const runStart = i;
    while (i < n && !SPACE.test(text[i]!)) i++;
    const runEnd = i;
    if (runEnd <= runStart) continue;
    while (g < groups.length && groups[g]!.end <= runStart) g++;
    const group = groups[g];
    if (group && group.start < runEnd) {
      // A digit group spans this run: the group is the candidate, once, when its first run is met.
      if (group.start >= runStart) out.push({ start: group.start, end: group.end, key: null });
      if (group.end > runEnd) {
        i = group.end;
        g++;
      }
      continue;
    }
    if (runEnd - runStart < MIN_LENGTH || runEnd - runStart > MAX_LENGTH * 2) continue;
    pushRun(text, runStart, runEnd, out);
  }
  return out;
}

function pushRun(text: string, runStart: number, runEnd: number, out: Candidate[]): void {
  const run = text.slice(runStart, runEnd);
  const start = runStart;
  // Words of unspaced scripts around a value ("暗証番号は1234") are its context, not the value.
  if (UNSPACED_SCRIPT.test(run)) {
    UNSPACED_SCRIPT_G.lastIndex = 0;
    let last = 0;
    for (let m: RegExpExecArray | null; (m = UNSPACED_SCRIPT_G.exec(run)); ) {
      if (m.index > last) pushPiece(text, start + last, start + m.index, out);
      last = m.index + m[0].length;
    }
    if (last < run.length) pushPiece(text, start + last, runEnd, out);
    return;
  }
  pushPiece(text, start, runEnd, out);
}

function pushPiece(text: string, from: number, to: number, out: Candidate[]): void {
  let piece = text.slice(from, to);
  let start = from;
  let key: string | null = null;
  const kv = KEY_IN_RUN.exec(piece);
  if (kv && kv[0].length < piece.length) {
    key = kv[1]!.toLowerCase();
    start += kv[0].length;
    piece = piece.slice(kv[0].length);
  }
  const lead = TRIM_START.exec(piece);
  if (lead) {
    start += lead[0].length;
    piece = piece.slice(lead[0].length);
  }
  const tail = TRIM_END.exec(piece);
  if (tail) piece = piece.slice(0, piece.length - tail[0].length);
  if (piece.length < MIN_LENGTH || piece.length > MAX_LENGTH) return;
  out.push({ start, end: start + piece.length, key });
}

/**
 * Whether a candidate is worth scoring: a plain word (letters of one case, or capitalised) shorter than 12 letters is
 * no token; the rules read words said as passwords by the words around them. Skipping them keeps long prose cheap.
 */
export function worthScoring(value: string): boolean {
  if (value.length >= 12) return true;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c < 128) {
      // An apostrophe or hyphen inside a word ("don't", "well-known") is still a word.
      if (c !== 39 && c !== 45) return true;
    } else {
      const ch = value[i]!;
      if (ch.toLowerCase() !== ch) upper++;
      else lower++;
    }
  }
  if (upper === 0 || lower === 0) return false;
  // Capitalised: one upper-case letter, the first.
  const first = value[0]!;
  return !(upper === 1 && first.toLowerCase() !== first);
}

/** FNV-1a over a string's UTF-16 units, with a final mix. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** A feature as a signed slot: the slot's index times two, plus one when the feature subtracts its weight. */
function slot(name: string): number {
  const h = hash(name);
  return ((h & MASK) << 1) | (h >>> 31);
}

function bucket(n: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]!) b++;
  return b;
}

const LENGTH_EDGES = [6, 8, 10, 13, 17, 21, 26, 33, 41, 65, 129];
const COUNT_EDGES = [1, 2, 3, 5, 9, 17];

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = value.length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Each character as its class (A upper, a lower, 9 digit, other letters L, symbols as themselves), runs compressed. */
function pattern(value: string): string {
  let out = '';
  let last = '';
  for (const ch of value) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = '9';
    else if (ch >= 'A' && ch <= 'Z') c = 'A';
    else if (ch >= 'a' && ch <= 'z') c = 'a';
    else if (/\p{L}/u.test(ch)) c = 'L';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A context word as a feature: lower-cased, digits as 0, at most 20 characters. */
function norm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0').slice(0, 20);
}

function wordsIn(s: string): string[] {
  return s.match(WORD) ?? [];
}

const HEX = /^[0-9a-f]+$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/i;
const DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:T[\d:.]+Z?)?$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const PATH_LIKE = /^(?:~|\.{1,2})?\/[\w./-]*$|^[A-Za-z]:\\/;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PREFIX = /^([A-Za-z]{2,6})([_-])/;
const VOWELS = /[aeiouy]/gi;

/** A word's character 4-grams (the word itself when shorter), as features named `tag:gram`. */
function grams(word: string, tag: string, f: string[]): void {
  if (word.length <= 4) {
    f.push(`${tag}:${word}`);
    return;
  }
  for (let i = 0; i + 4 <= word.length; i++) f.push(`${tag}:${word.slice(i, i + 4)}`);
}

/** The signed feature slots of one candidate. */
export function features(text: string, c: Candidate): number[] {
  const value = text.slice(c.start, c.end);
  const f: string[] = ['bias'];
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let symbol = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch >= 48 && ch <= 57) digit++;
    else if (ch >= 65 && ch <= 90) upper++;
    else if (ch >= 97 && ch <= 122) lower++;
    else if (ch < 128) symbol++;
    else other++;
  }
  const len = bucket(value.length, LENGTH_EDGES);
  f.push(`len:${len}`, `U:${bucket(upper, COUNT_EDGES)}`, `L:${bucket(lower, COUNT_EDGES)}`, `D:${bucket(digit, COUNT_EDGES)}`, `S:${bucket(symbol, COUNT_EDGES)}`, `O:${bucket(other, COUNT_EDGES)}`);
  const h = entropy(value);
  f.push(`H:${Math.min(12, Math.floor(h * 2))}`, `Hlen:${Math.min(12, Math.floor(h * 2))}:${len}`);
  const pat = pattern(value);
  const shortPat = pat.length > 10 ? `${pat.slice(0, 6)}…${pat.slice(-3)}` : pat;
  f.push(`pat:${shortPat}`, `patn:${Math.min(pat.length, 16)}`, `head:${pattern(value.slice(0, 4))}`, `tail:${pattern(value.slice(-2))}`);
  const mix = `${upper > 0 ? 'A' : ''}${lower > 0 ? 'a' : ''}${digit > 0 ? '9' : ''}${symbol > 0 ? '_' : ''}${other > 0 ? 'L' : ''}`;
  f.push(`mix:${mix}`, `mixlen:${mix}:${len}`);
  const prefix = PREFIX.exec(value);
  if (prefix) f.push(`pfx:${prefix[1]!.toLowerCase()}${prefix[2]}`, `pfxshape:${prefix[1]!.length}${prefix[2]}`);
  const digits = value.replace(/[^0-9]/g, '');
  const onlyDigits = digits.length > 0 && /^[\d .\-/]+$/.test(value);
  if (onlyDigits) {
    f.push(`dlen:${Math.min(digits.length, 40)}`, `dsep:${value.replace(/\d+/g, '9')}`.slice(0, 24));
    if (digits.length >= 12 && passesLuhn(digits)) f.push('luhn');
    if (/^(19|20)\d\d$/.test(value)) f.push('year');
  }
  const compact = value.replace(/[ -]/g, '');
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && ibanChecksumValid(compact)) f.push('iban');
  if (UUID.test(value)) f.push('uuid');
  else if (HEX.test(value) && value.length >= 7 && digit > 0) f.push(`hex:${[7, 8, 12, 16, 20, 32, 40, 64].includes(value.length) ? value.length : 'other'}`);
  if (VERSION.test(value)) f.push('version');
  if (DATE.test(value)) f.push('date');
  if (URL_LIKE.test(value)) f.push('url');
  if (PATH_LIKE.test(value)) f.push('path');
  if (EMAIL_LIKE.test(value)) f.push('email');
  if (upper + lower === value.length) {
    const vowels = (value.match(VOWELS) ?? []).length / value.length;
    f.push(vowels >= 0.25 && vowels <= 0.6 ? 'wordlike' : 'letters-odd');
  }
  if (value.length <= 24) f.push(`tok:${norm(value)}`);

  // Context: the words before and after, the punctuation before, the line's shape and the key's name.
  const before = text.slice(Math.max(0, c.start - 100), c.start);
  const lineStartIn = before.lastIndexOf('\n');
  const sameLine = lineStartIn >= 0 ? before.slice(lineStartIn + 1) : before;
  const prev = wordsIn(before);
  for (let k = 1; k <= 4 && k <= prev.length; k++) f.push(`w-${k}:${norm(prev[prev.length - k]!)}`);
  for (const w of prev.slice(-8)) f.push(`wb:${norm(w)}`);
  if (prev.length > 0) f.push(`w-1mix:${norm(prev[prev.length - 1]!)}:${mix}`);
  if (prev.length > 1) f.push(`w-21:${norm(prev[prev.length - 2]!)}_${norm(prev[prev.length - 1]!)}`);
  if (prev.length === 0 || sameLine.trim() === '') f.push('line-start');
  const after = text.slice(c.end, c.end + 60);
  const lineEndIn = after.indexOf('\n');
  const next = wordsIn(lineEndIn >= 0 ? after.slice(0, lineEndIn) : after);
  for (let k = 0; k < 2 && k < next.length; k++) f.push(`w+${k + 1}:${norm(next[k]!)}`);
  if (next.length === 0) f.push('line-end');
  const punct = before.trimEnd().slice(-1);
  f.push(`p-1:${punct && !/[\p{L}\p{N}]/u.test(punct) ? punct : punct ? 'w' : '^'}`);
  f.push(`c-1:${c.start > 0 ? (SPACE.test(text[c.start - 1]!) ? 's' : text[c.start - 1]!.replace(/[\p{L}\p{N}]/u, 'w')) : '^'}`);
  f.push(`c+1:${c.end < text.length ? (SPACE.test(text[c.end]!) ? 's' : text[c.end]!.replace(/[\p{L}\p{N}]/u, 'w')) : '$'}`);
  const line = sameLine + value + (lineEndIn >= 0 ? after.slice(0, lineEndIn) : after);
  if (/^\s*["']?[\w.-]+["']?\s*[:=]/.test(line)) f.push('line:kv');
  if (/"\s*:\s*/.test(line)) f.push('line:json');
  if (/^\s*-?\s*[\w-]+:\s/.test(line)) f.push('line:yaml');
  if (/^\s*(?:\$|>|#|PS>)\s/.test(line)) f.push('line:prompt');
  if (/^\s*(?:export\s+)?[A-Z][A-Z0-9_]+=/.test(line)) f.push('line:env');
  // Character 4-grams of the two words before: 'Passwort', 'wachtwoord' and 'PGPASSWORD' share theirs with 'password'.
  for (let k = 1; k <= 2 && k <= prev.length; k++) grams(norm(prev[prev.length - k]!), `g-${k}`, f);
  // Inside an armoured block ('-----BEGIN CERTIFICATE-----' above, no END between): the block's kind decides.
  const armour = text.lastIndexOf('-----BEGIN ', c.start);
  if (armour >= 0 && c.start - armour < 20_000) {
    const head = /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text.slice(armour, armour + 60));
    if (head && text.indexOf('-----END ', armour) > c.start) f.push(`armour:${head[1]!.toLowerCase()}`, 'armour');
  }
  if (sameLine.trim() === '' && lineEndIn >= 0 && after.slice(0, lineEndIn).trim() === '') f.push(`whole-line:${len}`);
  let key = c.key;
  if (!key) {
    const m = KEY_BEFORE.exec(sameLine);
    if (m) key = m[1]!.toLowerCase();
  }
  if (key) {
    f.push(`key:${key.slice(0, 30)}`, 'has-key');
    for (const part of key.split(/[_.-]/)) if (part) f.push(`keypart:${part.toLowerCase()}`);
    grams(key, 'g-key', f);
    f.push(`keymix:${mix}`);
  }
  return f.map(slot);
}

/** Model weights as shipped: sparse int8 slots, delta-coded, base64 (lib/redact/model-weights.json). */
export interface PackedWeights {
  bits: number;
  scale: number;
  bias: number;
  threshold: number;
  /** base64 of varint-coded gaps between the slots that have a weight. */
  slots: string;
  /** base64 of one signed byte per slot listed: the weight is byte × scale. */
  values: string;
}

function fromBase64(s: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(s, 'base64'));
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** A trained model: a dense weight table, its bias and the score above which a candidate is taken for a secret. */
export interface Model {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

export function unpack(p: PackedWeights): Model {
  const weights = new Float32Array(1 << p.bits);
  const gaps = fromBase64(p.slots);
  const values = new Int8Array(fromBase64(p.values).buffer);
  let at = -1;
  for (let i = 0, n = 0; i < gaps.length; ) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = gaps[i++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    at += gap;
    weights[at] = values[n++]! * p.scale;
  }
  return { weights, bias: p.bias, threshold: p.threshold };
}

/** Packs a dense table to int8, dropping weights that round to zero. */
export function pack(model: Model): PackedWeights {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round(model.weights[i]! / scale);
    if (q === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(q);
  }
  return {
    bits: BITS,
    scale,
    bias: model.bias,
    threshold: model.threshold,
    slots: toBase64(Uint8Array.from(gaps)),
    values: toBase64(new Uint8Array(Int8Array.from(values).buffer)),
  };
}

/** The model's score (log-odds) for a candidate's features. */
function logit(model: Model, slots: readonly number[]): number {
  let z = model.bias;
  for (const s of slots) {
    const w = model.weights[s >>> 1]!;
    z += s & 1 ? -w : w;
  }
  return z;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** What a taken value is called in its marker, by its shape. */
function labelFor(value: string): RedactionLabel {
  const digits = value.replace(/[ .\-/]/g, '');
  if (/^\d+$/.test(digits)) return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? 'card number' : 'national id';
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(digits) && ibanChecksumValid(digits)) return 'iban';
  return value.length >= 20 ? 'api key' : 'password';
}

/** A scored candidate, for training and evaluation. */
interface Scored extends Candidate {
  p: number;
}

/** Every candidate worth scoring with the model's probability. */
export function scoreCandidates(text: string, model: Model): Scored[] {
  const out: Scored[] = [];
  for (const c of candidates(text)) {
    if (!worthScoring(text.slice(c.start, c.end))) continue;
    out.push({ ...c, p: sigmoid(logit(model, features(text, c))) });
  }
  return out;
}

/** The spans a model takes in a text: candidates scored at or above its threshold. */
export function learnedSpans(text: string, model: Model, threshold = model.threshold): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const c of scoreCandidates(text, model)) {
    if (c.p >= threshold) out.push({ start: c.start, end: c.end, label: labelFor(text.slice(c.start, c.end)) });
  }
  return out;
}

/** The finder that index.ts runs last; `model` is loaded by the caller (index.ts loads the shipped weights). */
export function learnedFinder(model: Model, threshold = model.threshold): Finder {
  return { name: 'learned', find: (text) => learnedSpans(text, model, threshold) };
}
