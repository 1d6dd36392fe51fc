/**
 * The exception a user gives with a standing instruction or preference: "Always answer in French. Except when I ask
 * for an email to the board, that one in English." The rules read the instruction ("Reply to the user in French.") and
 * would drop the exception, so the next chat would be told the opposite of what the user asked for one case. The
 * exception is kept in the user's own words beside what was learned, in whatever language they said it.
 */

/** Words that open an exception, in the languages the rules read and their neighbours. */
const EXCEPTION_WORDS = [
  // English
  String.raw`except(?:ing)?|unless|apart from|other than|(?:the |my |one |only )*exceptions?(?: is| are)?|with the exception`,
  // French, German, Spanish, Italian, Portuguese, Dutch
  String.raw`sauf|except[ée]|hormis|à part|à l'exception|(?:la |une |seule )*exception`,
  String.raw`außer|ausser|ausgenommen|es sei denn|(?:die |eine |einzige )*ausnahme`,
  String.raw`excepto|salvo|a menos que|a no ser que|con (?:la )?excepción|(?:la |una |única )*excepción`,
  String.raw`tranne|eccetto|a meno che|(?:l'|un'|unica )*eccezione`,
  String.raw`exceto|a não ser|a menos que|(?:a |uma |única )*exce(?:ç|c)(?:ã|a)o`,
  String.raw`behalve|tenzij|(?:de |een |enige )*uitzondering`,
  // Polish, Swedish, Danish, Norwegian
  String.raw`oprócz|chyba że|z wyjątkiem|(?:jedyny )?wyjątek`,
  String.raw`utom|förutom|undantag(?:et)?|undtagen|bortset fra|bortsett fra|unntatt|med ?mindre`,
].join('|');

/** A sentence that is an exception to the one before it: "Except when…", "Sauf quand…", "Only exception: …". */
const OPENS_WITH_EXCEPTION = new RegExp(String.raw`^(?:(?:but|mais|aber|pero|ma|mas|maar|men|ale|only|just|seulement|nur|solo|sólo|apenas|alleen)[,\s]+)?(?:${EXCEPTION_WORDS})(?![\p{L}\p{N}])`, 'iu');

/** An exception in the same sentence, after a comma or a dash: "always in French, except for emails to the board". */
const EXCEPTION_CLAUSE = new RegExp(String.raw`[,;:—–(]\s*(?:(?:but|mais|aber|pero|ma|mas|maar|men|ale)\s+)?(?:${EXCEPTION_WORDS})(?![\p{L}\p{N}])`, 'iu');

/** "Apart from that, thanks!", "Other than this it works": a sentence moving on, no exception to anything. */
const ASIDE = /^(?:\p{L}+[,\s]+)?(?:apart from|aside from|other than|except for|à part|hormis|außer) (?:that|this|ça|cela|ceci|das|dem|dies|eso|esto|questo|ciò|isso|disso|dat|dit)(?![\p{L}])/iu;

/** The sentence itself when it is an exception to the sentence before it. */
export function exceptionToPrevious(sentence: string): string | undefined {
  const s = sentence.trim();
  return OPENS_WITH_EXCEPTION.test(s) && !ASIDE.test(s) ? s : undefined;
}

/**
 * A short sentence that says what alone is wanted, after a rule: "Don't suggest I buy anything new. Only second-hand,
 * used, reconditioned, whatever." It is the rule said the other way round, and the words the user may later take it
 * back by ("forget the second-hand-only rule"), so it is kept beside the rule as an exception is. Not a remark ("Only
 * joking", "only if you have time?" asks), nor a long sentence that goes on to something else, nor after a liking ("I
 * love hiking. Only on weekends though.").
 */
const ONLY_WANTED = /^(?:only|just)\s+(?!(?:joking|kidding|me|once|now|then|because|'cause|cos)(?![\p{L}]))[^?]*$/iu;
const ONLY_WANTED_WORDS = 10;
/** A rule that forbids or asks always, which such a sentence may say the other way round. */
const A_RULE = /(?<![\p{L}])(?:don'?t|do not|never|always|stop|no more)(?![\p{L}])/iu;
export function onlyWantedAfterRule(sentence: string, rule: string): string | undefined {
  const s = sentence.trim();
  return A_RULE.test(rule) && ONLY_WANTED.test(s) && s.split(/\s+/).length <= ONLY_WANTED_WORDS ? s : undefined;
}

/** The exception a sentence gives to what it says before it, from its opening word: "except for emails to the board". */
export function exceptionWithin(sentence: string): string | undefined {
  const m = EXCEPTION_CLAUSE.exec(sentence);
  if (!m) return undefined;
  const rest = sentence.slice(m.index + 1).trim().replace(/\)\s*$/, '');
  return rest.split(/\s+/).length >= 2 ? rest : undefined;
}

/** What was learned with its exception after it, unless it holds those words already. */
export function withException(text: string, exception: string): string {
  const said = exception.trim();
  if (text.toLowerCase().includes(said.toLowerCase().slice(0, 24))) return text;
  const first = said.charAt(0).toLocaleUpperCase() + said.slice(1);
  return `${text.replace(/\s+$/, '')} ${/[.!?]$/.test(first) ? first : `${first}.`}`;
}
