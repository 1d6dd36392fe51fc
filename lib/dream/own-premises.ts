/**
 * Where the user's own workshop, studio, shop or salon is: "I restore stained glass from my workshop in Lincoln", "my
 * salon in Otley is closed Mondays", "our bakery near Keswick". A workshop can move, so the fact keeps its own slot
 * ("User's workshop is in Lincoln."), which a later move of it ("we moved the workshop to Gyumri") takes over, rather
 * than standing in what the user does.
 *
 * Only the user's own ("my", "our") and a town as typed, with its capital: "my studio in the back garden" and "my shop
 * in town" name no town; someone else's ("her studio in Leeds") is not the user's.
 */

import { BUSINESS_KINDS, TRADE_PLACES } from './business-kinds';

export interface PremisesFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const PREMISES = String.raw`(${TRADE_PLACES}|shed|lock-?up|garage|barn)`;
/** A town as typed: capitalised words, not a weekday or a month. */
const TOWN = String.raw`((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`;

/** "my workshop in Lincoln", "our little bakery near Keswick", "from my studio out in Hebden Bridge", "I restore clocks out of my shed in Kyneton". */
const OWN_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:[Mm]y|[Oo]ur) (?:(?:own|little|small|tiny|home|garden|new|tiny little) )*${PREMISES} (?:(?:up|down|out|over|here) )?(?:in|near|outside|just outside) ${TOWN}(?![\p{L}'’-])`,
  'u',
);
/** "we moved the workshop to Gyumri", "I've moved my studio over to Frome": the same premises, somewhere new. */
const MOVED_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:I|[Ww]e)(?:'ve| have)? (?:just |finally |now )?(?:moved|relocated) (?:my|our|the) (?:(?:own|little|small|whole) )*${PREMISES} (?:(?:over|out|up|down|back) )?to ${TOWN}(?![\p{L}'’-])`,
  'u',
);
/**
 * A business of the user's own, opened or started: "I finally opened my own salon in Otley", "we've opened our own
 * little coffee shop on the quay", "just launched my own agency", and as English-based creoles say it, unmarked for the
 * past, "me open me own cook-shop at Diamond". "own" says it is the user's; where it is follows when said.
 */
const OPENED_OWN = new RegExp(
  String.raw`(?:^|[,;:.!—–-]\s*|\b(?:[Aa]nd|[Ss]o|[Tt]hen|[Jj]ust|[Ff]inally|[Nn]ow)\s+)(?:I|[Ww]e|[Mm]e)(?:'ve| have| just| finally| officially| now)* (?:open(?:ed)?|start(?:ed)?|set up|launch(?:ed)?) (?:my|our|me|mi) own (?:(?:little|small|new|first|tiny) )*((?:\p{L}+[- ])?${BUSINESS_KINDS})(?: (at|in|on|near) ${TOWN})?(?![\p{L}'’-])`,
  'u',
);
/** A clause that supposes, wishes or asks: "if I moved my studio to Bath", "I'd love my shop in York". */
const NOT_SAID_AS_SO = /\b(?:if|would|'d|could|might|wish|hope|dream|maybe|thinking|considering|should|whether|want|plan|planning|going to|gonna)\b[^,;:.!?]*$/i;

/** The town of the user's own premises that a sentence says, if it says one; or the business of their own they opened. */
export function ownPremises(sentence: string): PremisesFact[] {
  const opened = OPENED_OWN.exec(sentence);
  if (opened && !NOT_SAID_AS_SO.test(sentence.slice(0, opened.index)) && !/\?\s*$/.test(sentence)) {
    // In small letters as a kind is, but for an initialism kept as typed ("our own B&B").
    const what = opened[1]!.split(' ').map((w) => (/^\p{Lu}[\p{Lu}&]+$/u.test(w) ? w : w.toLowerCase())).join(' ');
    const where = opened[3] ? ` ${opened[2]} ${opened[3]}` : '';
    return [{ kind: 'fact', slot: `user/premises:${what.split(/[- ]/).at(-1)!}`, text: `User has their own ${what}${where}.`, value: opened[3] ?? what, importance: 0.7 }];
  }
  const m = MOVED_TO.exec(sentence) ?? OWN_IN.exec(sentence);
  if (!m || NOT_SAID_AS_SO.test(sentence.slice(0, m.index)) || /\?\s*$/.test(sentence)) return [];
  const what = m[1]!.toLowerCase();
  return [{ kind: 'fact', slot: `user/premises:${what}`, text: `User's ${what} is in ${m[2]}.`, value: m[2]!, importance: 0.7 }];
}
