/**
 * What a sentence says as so, and what it only supposes. "hypothetically say i moved to montreal, how would taxes
 * work", "imagine I quit and became a baker", "suppose I got a job at Google", "let's say I sold the car", "si je
 * déménageais à Lyon", "angenommen, ich habe gekündigt": nothing moved, quit or was sold, and a rule that read the
 * words as a change would note it on every older chat about Montreal, work or the car.
 *
 * A supposition holds from the clause it opens to the end of the sentence ("imagine we split up and I moved back to
 * Cork"); what the sentence said before it stands ("I sold the car, so if you need a lift ask Tom"). A frame that only
 * says why the user tells something supposes nothing: "If you're wondering, I moved to Leeds last month." is a move.
 * A supposition in another sentence leaves the next one alone: each sentence is read apart.
 */

/** Where a clause begins: the sentence's start, after a stop inside it, or after a word that joins two clauses. */
const CLAUSE_START = String.raw`(?:^|(?<=[,;:—–(]\s*)|(?<=\s-\s)|(?<=\b(?:and|but|so|or|because|cos|cause|though|although|then|plus|et|mais|donc|y|pero|e|ma|und|aber|also|en|maar)\s))`;
/** Words said before a supposition that change nothing of it: "ok so say I…", "random question: what if…". */
const FILLERS = String.raw`(?:(?:ok(?:ay)?|so|and|but|well|hmm+|um+|uh+|like|just|now|hey|honestly|seriously|also|random question|quick question|real quick|lol|haha|hm+|bon|alors|pues|bueno|oder|also|na ja|nou)[,:!]?\s+)*`;
/** Who a supposition is about, after "say", "suppose" or "imagine": "say I", "suppose we", "imagine my wife…". */
const SUPPOSED_SUBJECT = String.raw`(?:I|I'm|I’m|I'd|I’d|I've|I’ve|we|we're|we’re|we'd|we’d|my|our|you|he|she|they|someone|somebody|i)\b`;
/** "imagine my surprise", "imagine my face": a figure of speech, nothing supposed. */
const FIGURE_OF_SPEECH = String.raw`(?:my|our|the) (?:surprise|shock|joy|delight|face|horror|relief|excitement|reaction|disappointment)\b`;

/** Words that open a supposition, a condition or a wish for what is not so, in the languages the change rules read. */
const OPENERS = [
  // English
  String.raw`what if|even if|only if|if|unless|hypothetically|theoretically|in theory|for (?:the sake of )?argument'?s sake|for the sake of argument|in an? (?:alternate|parallel|different) (?:universe|world|reality|life)|were (?:I|we) to|in the event(?: that)?|on the off chance`,
  String.raw`(?:let'?s|let’s|let us|lets) (?:say|suppose|assume|imagine|pretend)\b(?: that)?`,
  String.raw`(?:say|suppose|supposing|imagine|imagining|assume|assuming|pretend|picture)(?: (?:that|if)|\s*[:—–])?(?= ${SUPPOSED_SUBJECT})(?! ${FIGURE_OF_SPEECH})`,
  // French
  String.raw`si (?:je|j'|j’|tu|on|nous|vous|il|elle|ils|elles|ma|mon|mes|c'|c’|ça)|et si|imaginons|imagine(?:z)? (?:que|si)|supposons|suppos(?:ons|ez) que|disons que|admettons|mettons que|hypothétiquement|en théorie`,
  // Spanish and Portuguese
  String.raw`si (?:yo|me|nos|te|tú|mi|mis|lo|la|le|les|él|ella)\b|si \p{L}+(?:ara|iera|ase|iese|áramos|iéramos)\b|y si|supongamos|suponiendo que|imagina (?:que|si)|imagínate|imaginemos|digamos que|pongamos que|hipotéticamente|en teoría|se (?:eu|a gente|nós)|e se|suponha(?:mos)? que|supondo que|hipoteticamente|em teoria`,
  // Italian
  String.raw`se (?:io|mi|ci|dovessi|avessi|fossi)|supponiamo|mettiamo (?:che|caso)|immagina(?:mo)? (?:che|se)|ipoteticamente|in teoria`,
  // German and Dutch
  String.raw`wenn (?:ich|wir|man|du)|falls (?:ich|wir|du)|(?:mal )?angenommen|nehmen wir (?:mal )?an|stell dir (?:mal )?vor|was wäre,? wenn|was,? wenn|hypothetisch|theoretisch|gesetzt den fall|als (?:ik|we|wij|je)\b|stel (?:dat|je voor)|wat als|gesteld dat|zeg dat`,
].join('|');

const SUPPOSITION = new RegExp(String.raw`${CLAUSE_START}${FILLERS}(${OPENERS})(?![\p{L}])`, 'iu');
/**
 * A condition: said after what it conditions ("I'd move to Leeds, if they paid more"), it holds for all of it.
 * Not "even if": "I love getting my hands dirty, even if it doesn't always work out" grants, and the love stands.
 */
const CONDITION = /^(?:only if|if|unless|si|se|wenn|falls|als)\b/iu;
/** A word that joins a new clause: a condition after it opens that clause ("…, so if you need a lift, ask Tom"). */
const JOINED = /\b(?:and|but|so|or|because|cos|cause|though|although|then|plus|et|mais|donc|y|pero|e|ma|und|aber|also|en|maar)\s*$/iu;
/**
 * A clause said as what would or might be ("I'd move", "we could sell it", "I might quit"): a condition after it holds
 * for it. A clause said as so ("I live in Ghent, if that matters for the insurer") stands whatever follows it.
 */
const WOULD_BE = /\b(?:would|wouldn'?t|could|couldn'?t|might|may|will|won'?t|should|shall|gonna|going to|want to|wanna|plan to|hope to)\b|\b(?:I|we|you|he|she|they|it)(?:'d|’d|'ll|’ll)\b|\b(?:würde|würden|könnte|ferais|ferait|haría|faria|farei|farebbe|zou|zouden)\b/iu;

/**
 * Why the user tells something, said around it: "if you're wondering", "if you must know", "if I remember right",
 * "si tu veux savoir", "por si te lo preguntas", "falls du dich fragst"; or a courtesy said before it: "if I may", "if I
 * may trouble you with a work question:", "if you would". Not a condition on what is said.
 */
const ASIDE = String.raw`(?:just )?(?:(?:if|in case) (?:you(?:'re|’re| are) (?:wondering|curious|interested|asking)|you (?:must|really want to|wanna|want to) know|you didn'?t know|you (?:remember|recall|forgot)|I(?:'m|’m| am) (?:being )?honest|I(?:'m|’m| am) not mistaken|I (?:remember|recall)(?: (?:right|rightly|correctly))?|memory serves(?: me)?(?: (?:right|well|correctly))?|(?:it|that) (?:helps|matters|makes sense)|(?:it|that)(?:'s|’s| is) any (?:clue|indication|help|consolation)|possible|you can|you could|you don'?t mind|(?:it|that)(?:'s|’s| is) (?:ok|okay|alright|all right|fine)|you ask me|anyone asks|you can believe it|I (?:may|might)(?: (?:be so bold|say so|ask|add|interject|be permitted|impose(?: on you)?|trouble you(?: (?:with|for) (?:a |an |one )?(?:[\p{L}-]+ )?(?:question|matter|query|request))?))?|you (?:would|will|please))|si tu (?:veux|voulez) (?:tout )?savoir|si (?:ça|ca) t'intéresse|si je me souviens bien|si je ne me trompe pas|(?:por )?si te lo (?:preguntas|estás preguntando)|si te interesa|si no recuerdo mal|si mal no recuerdo|si no me equivoco|falls du dich fragst|falls es dich interessiert|wenn (?:ich ehrlich bin|du es wissen willst|ich mich recht erinnere)|als je het (?:wilt|wil) weten)`;
const ASIDE_OPENING = new RegExp(String.raw`^(\W*)${ASIDE}\s*[,:—–-]\s*`, 'iu');
const ASIDE_INSIDE = new RegExp(String.raw`\s*[,;—–-]\s*${ASIDE}(?=\s*(?:[,;—–-]|[.!…]*\s*$))`, 'giu');

/** The sentence without the asides that only say why it is told: "If you're wondering, I moved to Leeds." → "I moved to Leeds." */
export function withoutAsides(sentence: string): string {
  return sentence.replace(ASIDE_OPENING, '$1').replace(ASIDE_INSIDE, '');
}

/**
 * The part of a sentence said as so: up to the clause where a supposition or a condition opens, without the asides.
 * Empty when one opens the sentence ("suppose I got a job at Google"), or a condition closes, after a comma, a clause
 * said as what would be ("I'd move to Leeds, if they paid more"): said after what it conditions, it holds for all of it.
 */
export function statedPart(sentence: string): string {
  const s = withoutAsides(sentence);
  const m = SUPPOSITION.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index + m[0].length - m[1]!.length);
  if (m.index > 0 && CONDITION.test(m[1]!) && !JOINED.test(before) && WOULD_BE.test(before)) return '';
  return s.slice(0, m.index).replace(/[\s,;:—–(-]+$/u, '').replace(/\s+(?:and|but|so|or|because|cos|cause|though|although|then|plus|et|mais|donc|y|pero|e|ma|und|aber|also|en|maar)$/iu, '');
}
