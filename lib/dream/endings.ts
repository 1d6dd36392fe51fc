import { capitalize } from '../engine/text';
import { partnerLeft } from './partners';

/**
 * Things that were true and have ended, said the way people say them: a pet that died ("we had to put Bella down"), a
 * partner the user broke up with ("Tom and I split up") or who moved out (partners.ts), a job the user is leaving
 * ("handed in my notice at Globex"), a standing instruction the user takes back ("you can use bullet points again",
 * "forget the no-emoji rule", "stop using metric"). Each is a retraction of the old value, not a correction: it was true, and the memory keeps it with
 * the date it ended.
 *
 * The names are checked as names (capitalised) after matching, because the patterns ignore case.
 */

export interface Ending {
  value: string;
  slot?: string;
  /** Ends only an instruction: what a rule was about, said over ("the 100 words thing is over"), is no fact ended. */
  instructionsOnly?: true;
}

const PET = String.raw`(?:dog|cat|puppy|kitten|parrot|rabbit|bunny|hamster|guinea pig|horse|pony|bird|budgie|turtle|tortoise|fish|snake|lizard|ferret)`;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+)`;
const DIED = String.raw`(?:has |had )?(?:died|passed away|passed on|is gone|was put down|was put to sleep|had to be put down|crossed the rainbow bridge)`;
const PARTNER = String.raw`(?:boyfriend|girlfriend|partner|husband|wife|spouse|fianc[eé]e?)`;
const r = (src: string) => new RegExp(src, 'iu');

/** A capitalised word that is a name, not a sentence's first word or a pronoun ("She died", "It passed"). */
// "Dad passed away on the 9th": a parent or a relative by the word for them, no pet.
const NOT_A_NAME = /^(?:I|He|She|It|They|We|You|This|That|Then|And|But|So|My|Our|Sadly|Unfortunately|Today|Yesterday|Dad|Daddy|Mum|Mom|Mummy|Mommy|Mother|Father|Papa|Mama|Grandma|Grandpa|Granny|Grandad|Granddad|Nan|Nana|Uncle|Auntie|Aunt)$/;
const isName = (v: string | undefined): v is string => !!v && /^\p{Lu}/u.test(v) && !NOT_A_NAME.test(v);
/** Lower-case words that open "… died" and are no pet ("grandpa died", "the battery died", "everything died"). */
const COMMON_SUBJECT = /^(?:the|a|an|my|our|his|her|their|its|grandpa|grandma|granddad|grandad|nan|nana|mum|mom|dad|uncle|aunt|someone|everyone|everything|nothing|battery|phone|laptop|car|plant|plants|conversation|party|wifi|signal|engine)$/i;

const PET_GONE = [
  r(String.raw`\b(?:my|our) (?:old |sweet |beloved |lovely |dear |little |poor )?${PET},? ${NAME},? ${DIED}`),
  r(String.raw`\b(?:we|I) (?:had to |finally |just )?(?:put|have put|had) (?:(?:my|our) (?:old |sweet |poor )?${PET},? )?${NAME},? (?:down|to sleep|put down|put to sleep)\b`),
  r(String.raw`\b(?:we|I) (?:just |recently )?lost (?:my|our) (?:old |sweet |beloved |dear |little )?${PET},? ${NAME}`),
  r(String.raw`(?:^|[.!?]\s+)${NAME} ${DIED}`),
  r(String.raw`\bRIP,? ${NAME}`),
];

const BROKE_UP = [
  r(String.raw`\bI (?:just |finally |recently )?(?:broke up|split up|split|separated|parted ways) (?:with|from) (?:my (?:ex-?)?${PARTNER},? )?${NAME}`),
  r(String.raw`\b${NAME} and I (?:have |just |finally |recently )?(?:broke up|broken up|split up|split|separated|divorced|called it quits|ended things|are (?:done|over|through|history|no longer together)|are finished(?! (?:with|by|at|in|on|for)\b))\b`),
  // Under way, as people say it (and often spell it): "greg and i are seperating", "Sam and I are getting divorced".
  r(String.raw`\b${NAME} and [Ii] (?:are|'re|’re) (?:now |officially )?(?:sep[ae]rating|splitting up|breaking up|getting (?:a )?divorced?|divorcing)\b`),
  r(String.raw`\bI(?:'m| am| got)? (?:now |finally )?divorced (?:from )?${NAME}`),
  r(String.raw`\bmy ex(?:-| )?(?:${PARTNER})?,? ${NAME}`),
];

/**
 * A job the user is leaving or has left, said by where: "I handed in my notice at karoo bank today", "resigned from
 * Initech", "my last day at Globex is Friday". Lower case is fine: the name is matched against the employer known.
 */
const EMPLOYER_END = String.raw`([\p{L}&'’-]+(?: [\p{L}&'’-]+){0,3}?)(?=\s+(?:today|yesterday|this|last|on|in|after|and|but|so|is|was|will|because|—|-)\b|\s*[,.;:!?()\n]|$)`;
const LEFT_JOB = [
  // Said with its "I" or, as typed in a hurry, without it at the sentence's start ("gave notice at the diner, last
  // shift was the 2nd").
  r(String.raw`(?:\bI(?:'ve| have)? |^(?:(?:so|ok|okay|well|and|just|finally)[,\s]+)?)(?:just |finally |officially |already )?(?:handed in|handed|gave|given|put in|submitted|turned in|sent) (?:in )?(?:my )?(?:(?:two|2|four|4) weeks'? |one month'?s? |a month'?s? )?(?:notice|resignation) at ${EMPLOYER_END}`),
  r(String.raw`\bI(?:'ve| have)? (?:just |finally |officially )?(?:resigned|retired) from ${EMPLOYER_END}`),
  // "my last day at Globex is Friday", and "Last day at Cotteridge Park today." said without the "my".
  r(String.raw`(?:\bmy |^(?:(?:so|ok|okay|well|and|today(?: was)?|it'?s|it was)[,\s]+)*)last day at ${EMPLOYER_END}`),
  // "leaving northwind after almost 3 yrs": a place the user leaves after years there is a job.
  r(String.raw`(?:^|\bI(?:'m| am)?\s+|[,;:]\s*)leaving ([\p{L}&'’-]+(?: [\p{L}&'’-]+){0,3}?) after (?:almost |nearly |over |about |just over |more than )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:yrs?|years?|months?)\b`),
];
const NOT_AN_EMPLOYER = /^(?:the|a|an|my|our|work|the office|home|school|uni|college|it|this|that)$/i;

/** "…bullet points again", "…metric after all": an instruction the user lets go of, by what it was about. */
const ALLOWED_AGAIN = r(
  String.raw`\b(?:you can|you may|feel free to|it'?s (?:fine|ok(?:ay)?|alright) to|go ahead and|please) (?:start |go back to )?(?:use|using|give me|giving me|write|writing|add|adding|include|including|answer in|reply in|put) (?:the )?([^,.;!?\n]{2,40}?) (?:again|after all|once more|like before)\b`,
);
/**
 * The same said of the thing itself: "em dashes are fine again", "emojis are OK again, use them whenever you like". Only
 * a thing an answer is made of ("my knee is fine again" is a recovery, no rule let go).
 */
const FINE_AGAIN = r(
  String.raw`(?:^|[,:;]\s*)((?:em |en )?(?:dash(?:es)?|semicolons?|exclamation (?:marks?|points?)|emojis?|emoticons?|bullet(?:s| points?)|lists?|tables?|headings?|headers?|markdown|jargon|slang|swearing|swear words|abbreviations?|long answers?|oxford commas?)) (?:are|is) (?:fine|ok(?:ay)?|alright|all right|allowed|welcome) again\b`,
);
const RULE_DROPPED = r(
  String.raw`\b(?:forget|ignore|drop|scrap|scratch|ditch|never ?mind|cancel|disregard|lift|undo) (?:about )?(?:the|my|that|this|your) (?:whole |entire )?(?:no[- ]|only[- ]|always[- ])?((?:[\p{L}\p{N}]+(?:[;/][\p{L}\p{N}]+)?[- ]){0,4}?[\p{L}\p{N}]+(?:[;/][\p{L}\p{N}]+)?)[- ](?:rule|thing|instruction|request|preference|policy|requirement)\b`,
);
/**
 * The same rule said to be over, with nothing to drop it: "the 100 words thing is over", "the no-emoji rule is done
 * now", "that word limit is finished". What it was about is named before "rule", "thing" or a bound's word, so "the
 * party is over" or "the thing is done" end no rule; only an instruction that said those words is taken back (not
 * "User has long covid" after "the covid thing is over at work": the ending is marked for instructions only).
 */
const RULE_SAID_OVER = r(
  String.raw`(?:^|[,;:—–]\s*|\b(?:and|so|ok(?:ay)?|also)\s+)(?:the|my|that|this|your) (?:whole |entire )?(?:no[- ]|only[- ]|always[- ])?((?:[\p{L}\p{N}]+[- ]){0,3}?[\p{L}\p{N}]+)[- ](?:rule|thing|instruction|request|limit|cap|max)(?:'s| is| has been) (?:now |totally |officially |all )?(?:over|done|finished|off|lifted|gone|history|dead)\b`,
);
/**
 * A rule named by the bound it set on the answers: "drop the 100-word limit", "lift the three-paragraph cap", "ditch
 * the 200-word max", "forget the word limit". A bound of words, sentences, lines or the like, so "drop the overdraft
 * limit" or "lift the speed limit" take nothing back.
 */
const BOUND_DROPPED = r(
  String.raw`\b(?:forget|ignore|drop|scrap|scratch|ditch|never ?mind|cancel|disregard|lift|undo|remove) (?:about )?(?:the|my|that|this|your) ((?:[\p{L}\p{N}]+[- ])?(?:words?|sentences?|paragraphs?|lines?|bullets?|bullet points?|characters?|chars?|pages?|points?|length))[- ](?:limit|cap|max|maximum|ceiling)\b`,
);
/**
 * Answers of a kind let go of, by the word for that kind: "forget the short answers", "no more one-line replies",
 * "ditch the long responses". The instruction that asked for them said the same word ("keep it short").
 */
const ANSWERS_DROPPED = r(
  String.raw`\b(?:forget|drop|scrap|scratch|ditch|never ?mind) (?:the |those |these |your |all the |all those )?(short|shorter|brief|long|longer|one[- ]line|one[- ]word|detailed|simple|formal|casual)[- ](?:answers?|replies|reply|responses?)\b`,
);
/**
 * "you can drop the numbered lists", "feel free to ditch the emojis", "go ahead and lose the headers now": leave given
 * to stop a form the answers were asked to take, named by the form alone (no "rule" or "thing" after it). Only the
 * forms of an answer, so "you can drop the kids at eight" or "feel free to skip the starter" take nothing back.
 */
const ANSWER_FORM = String.raw`(?:[\p{L}\p{N}-]+ ){0,2}?(?:lists?|bullets?|bullet points?|bulleted lists?|headers?|headings?|emojis?|tables?|summaries|summary|tl;?drs?|recaps?|sign[- ]?offs?|disclaimers?|caveats?|footnotes?|citations?|markdown|formatting|jargon|pleasantries)`;
const FORM_DROPPED = r(
  String.raw`\b(?:you can|you may|feel free to|go ahead and|it'?s (?:fine|ok(?:ay)?|alright) to) (?:now |just |also )?(?:drop|ditch|lose|skip|scrap|quit with|be done with) (?:the|those|these|all the|your) (${ANSWER_FORM})(?=\s*(?:[,.;:!?—–]|$)|\s+(?:now|then|from now on|going forward|anymore|any more|too|as well|for me|thanks|please)\b)`,
);
/**
 * What an answer is made to show, in its -ing form: "stop listing sources", "you can stop citing the guidelines",
 * "please stop numbering the steps". Verbs of what the answer holds only, so "stop worrying about…" or "stop talking
 * about my divorce" (a topic kept off, off-limits.ts) end no instruction here.
 */
const OUTPUT_DOING = String.raw`(?:listing|citing|quoting|linking(?: to)?|numbering|bolding|showing|ending (?:each answer |every answer |answers )?with|starting (?:each answer |every answer |answers )?with|signing off with|summari[sz]ing|translating)`;
/** The same verbs bare, after "no need to" or "you don't have to" with "anymore": "no need to list sources anymore". */
const OUTPUT_DO = String.raw`(?:list|cite|quote|link(?: to)?|number|bold|show|end (?:each answer |every answer |answers )?with|start (?:each answer |every answer |answers )?with|sign off with|summari[sz]e|translate|use|add|include|give me|put)`;
/**
 * "Stop using metric", "please stop adding emojis": said to the assistant (at the start, or after please / you can).
 * Leave given politely is the same: "you may stop adding the summaries", "feel free to stop using headings", "you
 * needn't keep converting to metric".
 */
const STOP_DOING = r(
  String.raw`(?:^|[,;:—–]\s*|\s-\s|\b(?:please|you can|you may|you might|(?:you'?re|you are) (?:welcome|free) to|feel free to|can you|could you|just)\s+)(?:stop|no need to keep|you don'?t (?:have|need) to keep|you need(?:n'?t| not) keep) (?:using|giving me|writing in|answering in|replying in|adding|including|putting|${OUTPUT_DOING}|with(?: the| all the)?|converting (?:everything )?(?:to|into)) ([^,.;!?\n]{2,40}?)(?=[,.;!?\n]|$| in (?:your|every|all|the)\b| (?:at|to) the (?:end|bottom|top|start)\b| for (?:me|now)\b| when\b| because\b| since\b| anymore\b| any more\b| I\b| please\b| pls\b| thanks\b)`,
);
/**
 * "no need to list sources anymore", "you don't have to cite the guidelines any more": leave not to do what the
 * answers were asked to do. Said with "anymore" (or "any longer", "from now on"), so a one-off "no need to add sugar"
 * in a recipe ends nothing.
 */
const NO_NEED_ANYMORE = r(
  String.raw`\b(?:(?:there'?s )?no need to|you don'?t (?:have|need) to|you needn'?t|you need not) ${OUTPUT_DO} (?:the |your |any |all the )?([^,.;!?\n]{2,40}?)(?: (?:at|to) the (?:end|bottom|top|start)\b[^,.;!?\n]*?| in (?:your|every|all|the)\b[^,.;!?\n]*?)? (?:anymore|any ?more|any longer|from now on)\b`,
);
/** The other side of a choice of units or spelling: allowing one again takes back the instruction to use the other. */
const OPPOSITE: Record<string, string> = {
  imperial: 'metric',
  metric: 'imperial',
  fahrenheit: 'celsius',
  celsius: 'fahrenheit',
  'american spelling': 'british spelling',
  'british spelling': 'american spelling',
};

/** The endings one sentence states. */
export function endings(s: string): Ending[] {
  const out: Ending[] = [];
  for (const re of PET_GONE) {
    const name = re.exec(s)?.[1];
    // A pet's name typed in lower case ("bosse died last week") counts too: the slot it retracts is that pet's own.
    if (isName(name) || (name && /^\p{Ll}/u.test(name) && !NOT_A_NAME.test(capitalize(name)) && !COMMON_SUBJECT.test(name))) {
      out.push({ value: name, slot: `user/pet:${name.toLowerCase()}` });
      break;
    }
  }
  for (const re of BROKE_UP) {
    const m = re.exec(s);
    const name = m?.[1];
    // Lower case too where the name is the other half of "and I" ("greg and i are seperating"): the slot it retracts
    // is the partner's alone. ("my ex said hi": after "my ex" a lower-case word is no name.)
    const lowerName =
      !!name && /^\p{Ll}/u.test(name) && /^\S+ and i\b/i.test(m![0].trim()) && !/\b(?:my|our|his|her|their|the|a|an)\s+$/i.test(s.slice(0, m!.index)) && !NOT_A_NAME.test(capitalize(name)) && !COMMON_SUBJECT.test(name);
    if (isName(name) || lowerName) {
      out.push({ value: isName(name) ? name : capitalize(name), slot: 'user/family:partner' });
      break;
    }
  }
  // "liam moved out on sunday": retracted from the partner slot only, so a flatmate who moved out is no partner's end.
  const left = partnerLeft(s);
  if (left && !out.some((e) => e.slot === 'user/family:partner')) out.push({ value: left, slot: 'user/family:partner' });
  // Each place the sentence says was left: "Gave notice at Hy-Vee, Friday was my last day at the meat counter" ends the
  // job by the employer and by the counter, and older chats may have named either.
  for (const re of LEFT_JOB) {
    const at = re.exec(s)?.[1];
    if (at && !NOT_AN_EMPLOYER.test(at) && !out.some((e) => e.slot === 'user/employer' && e.value.toLowerCase() === at.toLowerCase())) out.push({ value: at, slot: 'user/employer' });
  }
  const again = ALLOWED_AGAIN.exec(s)?.[1];
  if (again) {
    const v = again.trim().replace(/^(?:more |some )/i, '');
    out.push({ value: OPPOSITE[v.toLowerCase()] ?? v });
  }
  const fine = FINE_AGAIN.exec(s)?.[1];
  if (fine && !again) out.push({ value: fine.trim() });
  const dropped = RULE_DROPPED.exec(s)?.[1];
  // "forget that whole thing" names no rule: the words before "thing" are all there is.
  if (dropped && !/^(?:whole|entire)$/i.test(dropped)) out.push({ value: dropped.replace(/-/g, ' ') });
  // "forget that whole thing" is no rule ended, nor is "the whole thing is over".
  const over = dropped ? undefined : RULE_SAID_OVER.exec(s)?.[1];
  if (over && !/^(?:whole|entire)$/i.test(over)) out.push({ value: over.replace(/-/g, ' '), instructionsOnly: true });
  const bound = dropped || over ? undefined : BOUND_DROPPED.exec(s)?.[1];
  if (bound) out.push({ value: bound.replace(/-/g, ' ') });
  const kind = ANSWERS_DROPPED.exec(s)?.[1];
  if (kind) out.push({ value: kind.replace(/-/g, ' ') });
  const form = FORM_DROPPED.exec(s)?.[1];
  if (form && !dropped) out.push({ value: form });
  const stop = STOP_DOING.exec(s)?.[1] ?? NO_NEED_ANYMORE.exec(s)?.[1];
  if (stop) out.push({ value: stop.trim().replace(/^(?:the|so many|all the|any|those)\s+/i, '') });
  return out;
}
