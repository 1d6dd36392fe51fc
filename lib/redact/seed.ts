import { sha256 } from '@noble/hashes/sha2.js';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { factored } from './fast-anchors';
import type { SecretSpan } from './rules';
import { contextOf } from './values';

/**
 * Wallet recovery phrases (BIP-39 mnemonics): 12, 15, 18, 21 or 24 words of the standard English list, whose last
 * word carries a checksum of the others. A run of twelve or more list words is rare in prose (ordinary text breaks it
 * with "the", "a", "of", "is"… within a few words), and the checksum leaves one such run in sixteen or fewer; a run
 * that fails it (a typo) still counts where the text around it speaks of seeds, mnemonics or wallets (in English,
 * the Romance languages, German, since O's round Swahili, Romanian, Hungarian, Ukrainian, Norwegian and Danish, and
 * since V's round Hebrew, Tagalog, Dutch, Swedish and Turkish).
 */

const INDEX: ReadonlyMap<string, number> = new Map(wordlist.map((w, i) => [w, i] as const));
const WORDS = INDEX;
const LENGTHS = [24, 21, 18, 15, 12] as const;
/** A run longer than this is a word list or a word game, not a phrase: it stops being tracked. */
const MAX_RUN = 36;
// AH's round: a phrase stamped on a steel or metal plate, as wallets' makers sell them ("OCR of the steel backup plate").
// BK's round: what a wallet "can be restored with" or "recovered with", as a will or a note says it of the phrase.
// CE's round: French's "mots de secours", "phrase de sauvegarde" (backup words, backup phrase).
export const SEED_CONTEXT =
  /seed|mnemonic|recovery|(?:restored?|recovered?)[ \t]+(?:[a-z]+[ \t]+)?with|(?:secret|backup|wallet)[ \t]+(?:recovery[ \t]+)?phrase|wallet|metamask|ledger|trezor|phantom|trust ?wallet|exodus|bip-?39|\b(?:12|24)[ -]words?\b|semilla|semente|recupera(?:ci[oó]n|ção|cao)|récupération|(?:mots|phrase)[ \t]+de[ \t]+(?:secours|sauvegarde)|Wiederherstellung|carteira|cartera|billetera|portefeuille|\b(?:12|15|18|24)[ -](?:palabras|palavras|mots|Wörter|parole|woorden|ord|słów|slov|kelime)|pochi|kurejesha|portofel|recuperare|tárca|helyreállító|гаманц\p{L}*|відновлення|lommebok|tegnebog|gjenoppretting|gendannelse|kh[ôo]i[ \t]+ph[ụu]c|c[ụu]m[ \t]+t[ừu]|助记词|助記詞|니모닉|시드|복구[ \t]?구문|복구[ \t]?문구|지갑|シードフレーズ|リカバリーフレーズ|復元フレーズ|復元用の?(?:単語|ワード)|ウォレット|ニーモニック|กู้คืน|วลี|восстановлени\p{L}*|кошел[её]\p{L}*|кошельк\p{L}*|мнемони\p{L}*|сид-фраз\p{L}*|ανάκτηση\p{L}*|πορτοφ[όο]λ\p{L}*|μνημονικ\p{L}*|عبارة[ \t]+(?:الاسترداد|الاسترجاع|الاستعادة)|محفظ\p{L}*|वॉलेट|रिकवरी|dompet|frasa[ \t]+pemulihan|portafoglio|frase[ \t]+di[ \t]+recupero|lompako\p{L}*|lompakko\p{L}*|palautuslause\p{L}*|cüzdan\p{L}*|kurtarma|钱包|錢包|恢复短语|恢復短語|助记|助記|portfel\p{L}*|odzyskiwani\p{L}*|peněženk\p{L}*|obnoven\p{L}*|obnovovac\p{L}*|ארנק|שחזור|pitaka|portemonnee|herstel(?:zin|woorden|frase)|plånbok\p{L}*|återställning\p{L}*|gjenopprettingsfrase|gendannelsessætning|kurtarma[ \t]+ifadesi|kelime[ \t]+listesi|(?:steel|metal|titanium)[ \t]+(?:backup|seed|recovery|plate|capsule|wallet)|backup[ \t]+plate|cryptosteel|billfodl/iu;

/**
 * `SEED_CONTEXT.test(text)` for a whole text, four times as fast: the same words without the letter runs after their stems
 * (which cannot change whether a text holds one) and without the `u` flag, whose case folding V8 pays for at every
 * character. The two modes fold cases alike but for the long s, the Kelvin sign and the Ångström sign (`ſ`, `K`,
 * `Å`, which fold to s, k and å only in Unicode mode, and count as word characters for `\b` there): a text holding
 * one is read by `CONTEXT` itself.
 */
const CONTEXT_PLAIN = factored(new RegExp(SEED_CONTEXT.source.replace(/\\p\{L\}\*/g, ''), 'i'));
const FOLDS_ONLY_IN_UNICODE = /[\u017F\u212A\u212B]/;

function namesSeedContext(text: string): boolean {
  return FOLDS_ONLY_IN_UNICODE.test(text) ? SEED_CONTEXT.test(text) : CONTEXT_PLAIN.test(text);
}

interface Word {
  start: number;
  end: number;
  word: string;
}

const SLASHES_AFTER = /^[A-Za-z]{3,8}\/[A-Za-z]{3,8}\//;
const SLASHES_BEFORE = /\/[A-Za-z]{3,8}\/[A-Za-z]{3,8}\/$/;

/** What may stand between two words of one phrase: spaces, commas, spaced slashes, bullets, or list numbering ("3." "4)"). */
function joins(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > 16) return false;
  // BT's round: one dot between two words with no space ("vrstva.soudce.sardinka…"), as a phrase is kept on one line
  // of a notes file; a sentence's stop has a space after it. BU's round: one slash so too, where the slashes run on
  // for two words more before or after ("palace/pass/hint/…"): one slash pairs two words ("Science Fiction/Fantasy").
  if (n === 1 && text[from] === '.') return true;
  // BV's round: one underscore so too ("slab_drift_depth_…"), as a phrase is kept in a file's name or a field that takes
  // no spaces: twelve list words and more so joined are no identifier.
  if (n === 1 && text[from] === '_') return true;
  if (n === 1 && text[from] === '/') return SLASHES_AFTER.test(text.slice(to, to + 20)) || SLASHES_BEFORE.test(text.slice(Math.max(0, from - 19), from + 1));
  let dot = false;
  let digit = false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') digit = true;
    else if (c === '.') dot = true;
    else if (c === '\n') newlines++;
    // The ideographic space and comma join a Japanese phrase's words. BC's round: a slash with a space on each side, as
    // a note's card lists them ("postal / cachorro / alvo / …"); one with no space ("Fiction/Fantasy") pairs two words.
    // BG's round: a `#` numbers the words too ("#1 zabrat\n#2 zrovna").
    // BO's round: and a plus sign so spaced ("frog + fancy + radio + …"), as a phrase is copied from a card that adds
    // them up.
    // BV's round: and a tilde so spaced ("cricket ~ car ~ quote ~ …").
    else if (c === '/' || c === '+' || c === '~') {
      if (!/[ \t]/.test(text[i - 1] ?? '') || !/[ \t]/.test(text[i + 1] ?? '')) return false;
    } else if (!' \t\r,;|•·*-–:)("\'[]\u3000、#'.includes(c)) return false;
  }
  // A full stop ends a sentence unless it belongs to list numbering.
  return (!dot || digit) && newlines <= 2;
}

/**
 * BO's round: a row's letter at a line's start ("A) party velvet lift\nB) cushion …"), as a card prints a phrase three
 * words to a lettered row: the letter and its bracket are passed over as a joint, the run going on after them.
 */
function letteredRow(text: string, lastEnd: number, start: number, end: number): boolean {
  return end - start === 1 && text[end] === ')' && /[A-Za-z]/.test(text[start]!) && lastEnd >= 0 && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(lastEnd, start));
}

/**
 * BV's round: a row's Roman numeral at a line's start ("I. vague\nII. twice\nIII. tiger …"), as a recovery sheet
 * numbers a phrase's words: the numeral and its dot or bracket are passed over as a joint, the run going on after them.
 */
function romanRow(text: string, lastEnd: number, start: number, end: number): boolean {
  return end - start <= 6 && (text[end] === '.' || text[end] === ')') && /^[IVXL]+$/.test(text.slice(start, end)) && lastEnd >= 0 && start - lastEnd <= 16 && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(lastEnd, start));
}

/**
 * BS's round: a row's label at a line's start, a word and its number ("card 2 of 4: …", "row 3: …"), as a phrase split
 * over cards or rows is copied with each part's name: the label is passed over as a joint, the run going on after its
 * colon. Returns where the label ends, or 0.
 */
const ROW_NUMBER = /^[ \t]+\d{1,2}(?:[ \t]+of[ \t]+\d{1,2})?[ \t]*:/;
const AFTER_ROW_LABEL = /(?:^|\n)[ \t]*[A-Za-z]{1,8}[ \t]+\d{1,2}(?:[ \t]+of[ \t]+\d{1,2})?[ \t]*:[ \t]*$/;
function afterRowLabel(text: string, at: number): boolean {
  return AFTER_ROW_LABEL.test(text.slice(Math.max(0, at - 24), at));
}
function rowLabel(text: string, lastEnd: number, start: number, end: number): number {
  if (end - start > 8 || !/^[ \t]*\r?\n[ \t]*$/.test(text.slice(lastEnd, start))) return 0;
  const m = ROW_NUMBER.exec(text.slice(end, end + 16));
  return m ? end + m[0].length : 0;
}

/**
 * BIP-39's checksum: the words are 11-bit indexes; the entropy is all but the last `n/3` bits, and those bits are the
 * first bits of the entropy's SHA-256. (What `validateMnemonic` of @scure/bip39 checks, without its per-word linear
 * search of the list, which made it a hundred times slower.)
 */
export function checksummed(words: readonly string[], index: ReadonlyMap<string, number> = INDEX): boolean {
  const checksumBits = (words.length * 11) / 33;
  if (!Number.isInteger(checksumBits) || checksumBits < 4 || checksumBits > 8) return false;
  const entropy = new Uint8Array((words.length * 11 - checksumBits) / 8);
  let acc = 0;
  let accBits = 0;
  let k = 0;
  for (const w of words) {
    const i = index.get(w);
    if (i === undefined) return false;
    acc = (acc << 11) | i;
    accBits += 11;
    while (accBits >= 8 && k < entropy.length) {
      accBits -= 8;
      entropy[k++] = (acc >>> accBits) & 0xff;
      acc &= (1 << accBits) - 1;
    }
  }
  return sha256(entropy)[0]! >>> (8 - checksumBits) === acc;
}

/** Whether the text just before or after a run of list words speaks of seeds, mnemonics or wallets. */
function inSeedContext(run: Word[], text: string): boolean {
  const before = contextOf(text, run[0]!.start - 160, run[0]!.start);
  const after = contextOf(text, run[run.length - 1]!.end, run[run.length - 1]!.end + 80);
  return SEED_CONTEXT.test(before) || SEED_CONTEXT.test(after);
}

function aloneOnLine(run: Word[], text: string): boolean {
  const start = run[0]!.start;
  const head = text.slice(Math.max(0, start - 40), start);
  const nl = head.lastIndexOf('\n');
  const after = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40);
  return (nl >= 0 || start <= 40) && /^[ \t>*-]*$/.test(head.slice(nl + 1)) && /^[ \t.]*(?:\n|$)/.test(after);
}

const ALGORAND_LENGTH = 25;

function judgeRun(run: Word[], text: string, spans: SecretSpan[]): void {
  if (run.length < 12 || run.length > MAX_RUN) return;
  const words = run.map((w) => w.word);
  if (new Set(words).size < words.length * 0.75) return; // "true false false true …" tables, repeated words
  // Longest phrases first, anywhere in the run: a word before the phrase that happens to be on the list ("Also,
  // abandon …") must not let a shorter window that passes the checksum by chance win over the whole phrase.
  // Words around it that speak of a seed, and a run of a phrase's length: the whole run is the phrase, even where a
  // shorter window inside it passes the checksum by chance (a phrase copied with a typo, or mistyped in the corpus).
  // AR's round: or a run of a phrase's length that is its line alone (a note's line: "Notes → crypto\n banner author …"):
  // twelve words or more all on the list and none else on the line is no sentence of any language.
  // AY's round: or Algorand's 25 words (the English list, 11 bits a word, the 25th a checksum word), as Pera and the
  // Algorand wallets write their recovery passphrase.
  if (((LENGTHS as readonly number[]).includes(run.length) || run.length === ALGORAND_LENGTH) && (inSeedContext(run, text) || aloneOnLine(run, text))) {
    spans.push({ start: run[0]!.start, end: run[run.length - 1]!.end, label: 'seed phrase' });
    return;
  }
  // A numbered phrase ("1. bone" … "24. bonus") after a list word or two of the label before it ("… backup plate)"): the
  // words from the one numbered 1 are the phrase, where a window inside it might pass the checksum by chance.
  const fit = LENGTHS.find((n) => n <= run.length)!;
  const first = run[run.length - fit]!;
  if (run.length - fit <= 2 && /(?:^|\s)1[.)][ \t]*$/.test(text.slice(Math.max(0, first.start - 6), first.start)) && inSeedContext(run, text)) {
    spans.push({ start: first.start, end: run[run.length - 1]!.end, label: 'seed phrase' });
    return;
  }
  const accepted: [number, number][] = [];
  const free = (a: number, b: number) => accepted.every(([x, y]) => b <= x || a >= y);
  for (const n of LENGTHS) {
    for (let i = 0; i + n <= words.length; i++) {
      if (free(i, i + n) && checksummed(words.slice(i, i + n))) accepted.push([i, i + n]);
    }
  }
  if (accepted.length === 0) {
    // A phrase has 12, 15, 18, 21 or 24 words; list words in excess are the label before it ("… phrase: …"), and may
    // be the word that names it ("seed: …", "wallet: …": both are list words themselves).
    const length = LENGTHS.find((n) => n <= run.length)!;
    const label = text.slice(run[0]!.start, run[run.length - length]!.start);
    if (!inSeedContext(run, text) && !(label !== '' && SEED_CONTEXT.test(label))) return;
    accepted.push([run.length - length, run.length]);
  }
  for (const [a, b] of accepted) spans.push({ start: run[a]!.start, end: run[b - 1]!.end, label: 'seed phrase' });
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** One pass over the letters of the text; only words of three to eight letters are looked up. */
export function findSeedPhrases(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let run: Word[] = [];
  let overflow = false;
  let lastEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    const len = i - start;
    let lower = '';
    let listed = false;
    if (len >= 3 && len <= 8) {
      lower = text.slice(start, i);
      listed = WORDS.has(lower);
      if (!listed && text.charCodeAt(start) <= 90) {
        // Capitalised, as at the start of a line or sentence; BT's round: or in capitals throughout, as a phrase is
        // written by hand on paper ("FEVER STOCK JEWEL …").
        const raw = lower;
        lower = raw.toLowerCase();
        listed = (raw.slice(1) === lower.slice(1) || raw === raw.toUpperCase()) && WORDS.has(lower);
      }
    }
    // BM's round: a phrase read out, its words joined by ", then" ("glory, then spice, then bridge, …"), as a voice
    // note's transcript gives it: "then" after a comma and before a space is passed over as a joint, the run going on
    // after it. ("then" is a list word too: a phrase that holds it lists it between commas, "…, then, …".)
    if (lower === 'then' && run.length > 0 && !overflow && /,[ \t]*$/.test(text.slice(lastEnd, start)) && /^[ \t]+[A-Za-z]/.test(text.slice(i, i + 2)) && joins(text, lastEnd, start)) {
      lastEnd = i;
      continue;
    }
    if ((letteredRow(text, lastEnd, start, i) || romanRow(text, lastEnd, start, i)) && run.length > 0 && !overflow) {
      lastEnd = i + 1;
      continue;
    }
    const label = !overflow && lastEnd >= 0 ? rowLabel(text, lastEnd, start, i) : 0;
    if (label > 0) {
      // The words before the first row are its heading's, not the phrase's ("… in the safe deposit box").
      if (run.length > 0 && !afterRowLabel(text, run[0]!.start)) {
        judgeRun(run, text, spans);
        run = [];
      }
      lastEnd = label;
      i = label;
      continue;
    }
    if (listed && (run.length > 0 || overflow) && joins(text, lastEnd, start)) {
      if (run.length >= MAX_RUN) {
        run = [];
        overflow = true;
      } else if (!overflow) run.push({ start, end: i, word: lower });
    } else {
      if (!overflow) judgeRun(run, text, spans);
      overflow = false;
      run = listed ? [{ start, end: i, word: lower }] : [];
    }
    lastEnd = i;
  }
  if (!overflow) judgeRun(run, text, spans);
  return spans;
}

/**
 * BIP-39's lists in the other languages wallets offer (Spanish, Portuguese, Italian, French, Czech, Korean, Japanese,
 * whose kana words a phrase writes apart with ideographic spaces, and the simplified and traditional Chinese lists,
 * whose words are one character each, written apart in a phrase), each word in its composed form (the Spanish,
 * French, Korean and Japanese lists are stored decomposed, text is mostly typed composed).
 */
const OTHER_LISTS: readonly ReadonlyMap<string, number>[] = [spanish, portuguese, italian, french, czech, korean, japanese, simplifiedChinese, traditionalChinese].map(
  (list) => new Map(list.map((w, i) => [w.normalize('NFC'), i] as const)),
);

/** For each word of any of those lists, which lists hold it (one bit per list): one lookup per word of the text. */
const LIST_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  OTHER_LISTS.forEach((list, k) => {
    for (const w of list.keys()) bits.set(w, (bits.get(w) ?? 0) | (1 << k));
  });
  return bits;
})();

/** A letter or a mark of any script: the other lists carry accents, composed or not (lágrima, dragón, pôr, città, žena). */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether the character at `i` belongs to a word: ASCII letters by their code, others by their Unicode class. */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_MARK.test(text[i]!);
}

/**
 * A phrase in another language's list: a run of twelve or more of its words, joined as an English phrase's are, where
 * the words around it speak of seeds, recovery phrases or wallets (in any of the languages `CONTEXT` reads). Ordinary
 * prose in those languages breaks such a run within a few words ("de", "la", "que", "el" are on no list), and the
 * rule is only run on a text that names a seed or a wallet at all, or holds a numbered list of single words. Either the
 * run's last 12, 15, 18, 21 or 24 words pass the list's checksum, or (where a seed or wallet is named around it) the run
 * is a phrase's length. The words are read once, a run kept per list.
 */
export function findSeedPhrasesInOtherLists(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (namesSeedContext(text) || NUMBERED_WORDS.test(text)) scanOtherLists(text, spans);
  return spans;
}

/**
 * Single words numbered one to a line ("1. question" over "2. olivier" over "3."), as a phrase is copied from a wallet's
 * card or typed back into a restore form: the other lists are read in such a text too, though nothing names a wallet,
 * and a run found there counts only where the list's own checksum holds at a phrase's length (one run in sixteen or
 * fewer passes it by chance, and a numbered list of twelve words all from one BIP-39 list is rare in itself).
 */
// BG's round: or "#1 …", "#2 …", a Chinese list's words one character each.
// BI's round: or a grid of "1-word   2-word   3-word" rows, as a steel card is punched.
const NUMBERED_WORDS =
  /1[.)][ \t]*[^\s\d.)]{3,12}[ \t]*\r?\n[ \t]*2[.)][ \t]*[^\s\d.)]{3,12}[ \t]*\r?\n[ \t]*3[.)]|#1[ \t]+[^\s\d.)#]{1,12}[ \t]*\r?\n[ \t]*#2[ \t]+[^\s\d.)#]{1,12}[ \t]*\r?\n[ \t]*#3[ \t]|(?<![\d-])1-[^\s\d-]{1,12}[ \t]+2-[^\s\d-]{1,12}[ \t]+3-[^\s\d-]/;

function scanOtherLists(text: string, spans: SecretSpan[]): void {
  const runs: Word[][] = OTHER_LISTS.map(() => []);
  const overflow: boolean[] = OTHER_LISTS.map(() => false);
  const judge = (k: number) => {
    const run = runs[k]!;
    if (run.length >= 12 && run.length <= MAX_RUN && new Set(run.map((w) => w.word)).size >= run.length * 0.75) {
      const words = run.map((w) => w.word);
      // Where the words around name a seed or a wallet, a run of a phrase's length counts though its checksum fails (a
      // typo); elsewhere only the checksum says it is a phrase.
      const named = inSeedContext(run, text);
      const length = LENGTHS.find((n) => n <= run.length && ((named && n === run.length) || checksummed(words.slice(run.length - n), OTHER_LISTS[k])));
      if (length !== undefined) spans.push({ start: run[run.length - length]!.start, end: run[run.length - 1]!.end, label: 'seed phrase' });
    }
    runs[k] = [];
  };
  let lastEnd = -1;
  // How many lists have a run going: while none has, a word on no list needs no work.
  let open = 0;
  // Words read by their characters, not a regex per word: most text is ASCII, and this runs over all of it.
  for (let i = 0; i < text.length; ) {
    if (!wordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < text.length && wordChar(text, i)) {
      if (text.charCodeAt(i) >= 128) ascii = false;
      i++;
    }
    const previousEnd = lastEnd;
    lastEnd = i;
    if (open > 0 && letteredRow(text, previousEnd, start, i)) {
      lastEnd = i + 1;
      continue;
    }
    // Latin list words have three to eight letters (a decomposed accent adds a mark or two); Korean words have one to
    // four syllables, Japanese ones two to seven kana, Chinese ones a single character.
    let bits = 0;
    let word = '';
    if (i - start <= 12 && (i - start >= 3 || !ascii)) {
      const raw = text.slice(start, i);
      word = (ascii ? raw : raw.normalize('NFC')).toLowerCase();
      bits = LIST_BITS.get(word) ?? 0;
    }
    if (bits === 0 && open === 0) continue;
    const joined = bits !== 0 && joins(text, previousEnd, start);
    open = 0;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      const listed = (bits & (1 << k)) !== 0;
      if (listed && run.length > 0 && joined) {
        // A run longer than a phrase is a word list: it is dropped, and what follows it until a break belongs to it.
        if (run.length > MAX_RUN) overflow[k] = true;
        if (!overflow[k]) run.push({ start, end: lastEnd, word });
      } else {
        if (run.length > 0 && !overflow[k]) judge(k);
        runs[k] = listed ? [{ start, end: lastEnd, word }] : [];
        overflow[k] = false;
      }
      if (runs[k]!.length > 0) open++;
    }
  }
  for (let k = 0; k < runs.length; k++) if (!overflow[k]) judge(k);
}

/**
 * AO's round: a phrase written as a numbered list, one word to a number ("1. detail\n2. castle\n…\n12. address", "1)
 * alarm 2) basic …"), as wallets show it and their users copy it: twelve to twenty-four words of the list, numbered
 * 1, 2, 3 … in order. The numbering says it is a recovery phrase, so no checksum is asked (a word misread from a
 * steel plate or mistyped still leaves the phrase readable) and no seed word need stand around it; a numbered list of
 * ordinary words breaks the run within a few numbers with a word off the list.
 */
// BG's round: numbered "#1 …" as well.
const NUMBERED_RUN = /(?<![\p{L}\p{N}#])(?:1[.)]|#1(?=[ \t]))[ \t]*[a-z]{3,8}(?:[ \t]*(?:[\n,;][ \t]*)?(?:\d{1,2}[.)]|#\d{1,2}(?=[ \t]))[ \t]*[a-z]{3,8}){11,23}(?![\p{L}])/gu;
const NUMBERED_WORD = /(?:#(\d{1,2})[ \t]+|(\d{1,2})[.)][ \t]*)([a-z]{3,8})/g;

export function findNumberedSeedPhrases(text: string): SecretSpan[] {
  if (!text.includes('1.') && !text.includes('1)') && !text.includes('#1')) return [];
  const spans: SecretSpan[] = [];
  NUMBERED_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBERED_RUN.exec(text)); ) {
    // The words numbered 1, 2, 3 … in order, each on the list; the count one of a phrase's lengths.
    let count = 0;
    let end = m.index;
    NUMBERED_WORD.lastIndex = 0;
    for (let w: RegExpExecArray | null; (w = NUMBERED_WORD.exec(m[0])); ) {
      if (Number(w[1] ?? w[2]) !== count + 1 || !INDEX.has(w[3]!)) break;
      count++;
      end = m.index + w.index + w[0].length;
    }
    if (([12, 15, 18, 21, 24] as number[]).includes(count)) spans.push({ start: m.index, end, label: 'seed phrase' });
  }
  return spans;
}

/** Whether a word is on BIP-39's English list (the list password managers' passphrase generators draw from too). */
export function onSeedList(word: string): boolean {
  return INDEX.has(word);
}
