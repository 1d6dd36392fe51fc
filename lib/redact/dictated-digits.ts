import type { Finder, SecretSpan } from './rules';

/**
 * A code read out digit by digit and written down in digits beside it: "three three eight eight eight — so that's
 * 33888 for the helmet room, right?", "uno, nueve, cero, cuatro… o sea 1904", "also 5-5-2-1, 5521 für das Tor". Saying
 * and repeating the same digits is how a code is passed on by voice (a number of another kind is not checked back
 * digit by digit), whatever the words around it: both the spoken run and the number are the code.
 *
 * The run is four to twelve single digits' words, in the languages of spelled-values.ts and some more, apart or joined
 * by commas, hyphens or dots; the number is the same digits, alone, within 80 characters on either side.
 */
const DIGIT: Record<string, string> = {};
const LISTS: readonly string[][] = [
  ['zero|oh|o|nought|nil', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ['cero', 'uno|un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ['null', 'eins', 'zwei|zwo', 'drei', 'vier', 'fünf|fuenf', 'sechs', 'sieben', 'acht', 'neun'],
  ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  ['zero', 'um|uma', 'dois|duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
  ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  ['ноль|нуль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
  ['nol|kosong', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan|lapan', 'sembilan'],
];
for (const list of LISTS) list.forEach((words, digit) => words.split('|').forEach((w) => (DIGIT[w] ??= String(digit))));

export const WORD = Object.keys(DIGIT).sort((a, b) => b.length - a.length).join('|');
/** Four to twelve digits' words in a row, one space, comma, hyphen or dot between them. */
const RUN = new RegExp(String.raw`(?<![\p{L}])(?:${WORD})(?:(?:[ \t]*[,.-][ \t]*|[ \t]+)(?:${WORD})){3,11}(?![\p{L}])`, 'giu');

/**
 * AR's round: the run said as single digits apart ("2, 7, 6, 0, 0, 5", "9-7-7-7-1", "4 - 4 - 0 - 8", "1 1 5 6 5 6"), as
 * a transcript or a note writes what was read out; the number joined beside it is the same check.
 */
const DIGIT_RUN = /(?<![\p{N}\p{L}_.,-])\d(?:(?:[ \t]{0,3}[,-][ \t]{0,3}|[ \t]{1,3})\d){3,11}(?![\p{N}\p{L}_]|[.,-]?\d)/gu;

function findDictatedDigits(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const run of [RUN, DIGIT_RUN]) {
    if (run === DIGIT_RUN && !/\d[ \t,-]{1,7}\d[ \t,-]{1,7}\d/.test(text)) continue;
    findRuns(text, run, spans);
  }
  return spans;
}

/**
 * BE's round: a number of another kind named just before the run ("your order number is four one one …, so 4119286",
 * "tracking no.: 4-4-3-8-9", "Bestellnummer eins zwei …", "número de pedido cinco …"): an order, a parcel, an invoice,
 * a ticket, a booking or a case is read back digit by digit too, and is no secret.
 */
const REFERENCE_NAMED_BEFORE =
  /(?<![\p{L}])(?:(?:order|tracking|invoice|booking|reservation|ticket|case|parcel|shipment|consignment|claim|policy|customer|member(?:ship)?|loyalty|receipt|transaction|flight|serial|model|part|item|product|reference|confirmation|phone|account)[ \t]*(?:number|no\.?|num|#|id|ref(?:erence)?)|reference|ref\.?|bestell-?nummer|auftragsnummer|sendungsnummer|rechnungsnummer|kundennummer|num[ée]ro[ \t]+de[ \t]+(?:commande|suivi|facture|dossier|r[ée]servation|pedido|seguimiento|factura|orden|reserva|rastreio)|n[úu]mero[ \t]+d[eo][ \t]+(?:pedido|seguimiento|factura|orden|reserva|rastreio))[ \t]*(?:is|was|ist|est|es|é|:|=|-)?[ \t]*$/iu;

/**
 * BE's round: the number read back in the next turn of a transcript, first in it ("CALLER: … it's six two nine
 * one.\nAGENT: 6291, got it"): the other speaker checking the code. The run ends its line (a stop at most after
 * it) and the next line opens with a speaker's name or a time stamp and a name, then the number.
 */
const READ_BACK_NEXT_TURN = /^[ \t.,;!?]{0,3}\r?\n[ \t]*(?:\[[\d:.]{4,12}\][ \t]*)?\p{L}[\p{L}\p{N} .'_-]{0,30}:[ \t]*$/u;

function findRuns(text: string, run: RegExp, spans: SecretSpan[]): void {
  run.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = run.exec(text)); ) {
    const words = m[0].toLowerCase().split(/[ \t]*[,.-][ \t]*|[ \t]+/);
    const digits = words.map((w) => DIGIT[w] ?? w).join('');
    // "o" alone as zero only among other digits: a run of words that are all letters of a sentence is none.
    // Counting ("one two three four", "five four three two") is no code read out.
    if ('01234567890'.includes(digits) || '9876543210'.includes(digits)) continue;
    // AU's round: digits that end a run spelled character by character ("capital V, e, r, …, hash, 2, 0, 1, 4") are
    // that run's (`spelled-values.ts`), not a number read out apart.
    if (/(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]|hash|dot|plus|dash|star|underscore)[ \t]*,[ \t]*$/iu.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (REFERENCE_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (digits.length < 4 || words.filter((w) => w === 'o' || w === 'un' || w === 'uno' || w === 'one').length * 2 > words.length) continue;
    const from = Math.max(0, m.index - 80);
    const to = Math.min(text.length, m.index + m[0].length + 80);
    // The joined number must stand within reach at all before a regex is built for it; the search stays inside the
    // window (a global search from `from` would read on to the text's end for every run).
    if (!text.slice(from, to).includes(digits)) continue;
    const near = new RegExp(String.raw`(?<![\p{N}\p{L}_.,-])${digits}(?![\p{N}\p{L}_]|[.,-]\d)`, 'gu');
    // The window and a character either side, for the look-arounds.
    const base = Math.max(0, from - 1);
    const window = text.slice(base, Math.min(text.length, to + 2));
    near.lastIndex = from - base;
    let matched = false;
    for (let n: RegExpExecArray | null; (n = near.exec(window)) && base + n.index < to; ) {
      const at = base + n.index;
      // The number on the run's line only.
      const between = at < m.index ? text.slice(at, m.index) : text.slice(m.index + m[0].length, at);
      if (between.includes('\n') && !(at > m.index && READ_BACK_NEXT_TURN.test(between))) continue;
      spans.push({ start: at, end: at + digits.length, label: 'password' });
      matched = true;
    }
    if (matched) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
}

export const DICTATED_DIGIT_FINDERS: readonly Finder[] = [{ name: 'dictated-digits', find: findDictatedDigits }];
