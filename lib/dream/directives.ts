/**
 * Instructions, told apart by how they are said. A standing instruction is an imperative about how future answers
 * should be ("Always give me metric units", "From now on, use TypeScript", "Don't use jargon"), addressed to the
 * assistant. The same form in text the user did not write (an assistant's reply, a pasted page) is a directive aimed at
 * whoever reads it next: it is never learned as the user's, and the warm-start block leaves it out.
 */

import { isOffLimitsRequest } from './off-limits';

/**
 * Words that open an imperative about what to do from now on ("Always …", "Never …", "From now on, …", "from now on
 * please …"), perhaps after what it is about ("for code always use TypeScript", "in emails never …").
 */
const STANDING_OPENER =
  /^(?:(?:please|pls|plz|kindly|and|also|so|oh|ok(?:ay)?|btw)[,\s]+)*(?:(?:for|in|with) (?:[a-z-]+ ){0,2}?[a-z-]+,?\s+(?=(?:always|never|do not|don't|don’t|dont)\b))?(?:(?:from now on|going forward|henceforth|in (?:the )?future|for (?:all|every) (?:future )?(?:answers?|responses?|replies|chats?|conversations?)|(?:in|for) (?:every|each|all) (?:(?:our|your|my|future) )?(?:answers?|responses?|replies|messages?|correspondence|chats?|conversations?))[,:;\s]+(?:(?:please|pls|plz|kindly)[,\s]+)?)?(?:(always|never|do not|don't|don’t|dont)(?:\s+ever)?\s+)?/i;

/**
 * Verbs of answering and of shaping an answer: the assistant's own actions. "Always give me …" is an instruction;
 * "Never been on a sports team" (a participle) and "Always here to help" are not.
 */
const ANSWER_VERBS = new Set(
  (
    'answer reply respond write rewrite explain give show use format include keep call address tell list cite translate ' +
    'summarize summarise speak talk assume add avoid mention suggest recommend end start begin put say ask provide return ' +
    'output quote refer convert express measure report spell sign greet remind check double-check correct make stick ' +
    'default prefer stop skip omit leave label number mark bold highlight structure break limit ignore treat consider ' +
    'focus respond assume offer show include write code comment document test explain round change edit alter modify touch ' +
    // What the assistant does to the user: "don't thank me for my service", "don't lecture me", "stop apologising".
    // Shortening words in an answer: "never abbreviate units", "don't shorten street names".
    'abbreviate shorten ' +
    'thank praise flatter compliment congratulate lecture moralise moralize apologise apologize warn'
  ).split(/\s+/),
);

/** Verbs that can only mean answering: enough on their own ("Always answer in French", "don't suggest alcohol any more"). */
const SPEAKING_VERBS = new Set(
  'answer reply respond write rewrite explain tell call address cite translate summarize summarise speak talk greet format quote spell respond suggest recommend'.split(' '),
);
/** Verbs that put words in an answer: with a quoted word after them, the wording is what the order is about. */
/** A lead that announces one more request: "And another thing —", "one more thing:", "oh, and one other thing,". */
const ONE_MORE_THING = /^(?:(?:and|oh|also|ok|okay|so)[,\s]+)*(?:another|one more|one other|one last) thing\s*(?:[:,;—–]|\s-(?=\s))\s*/i;
/** "stop saying 'X'", "quit using the phrase 'X'", "stop telling me to 'X'" (group 1: the user told, so no advice). */
const STOP_WORDING = /^(?:please\s+)?(?:can you\s+|could you\s+)?stop\s+(?:saying|using|writing|(telling me(?: to)?|asking me to))\s+(?:the (?:word|phrase|term|expression)s?\s+)?(?:'[^'\n]{2,40}'|"[^"\n]{2,40}"|“[^”\n]{2,40}”|‘[^’\n]{2,40}’)(?=[\s,.;:!?)]|$)/iu;
const WORDING_VERBS = new Set('say call describe write use put word phrase refer'.split(' '));
/** A word or a short phrase in quotes: "'suffering from'", "“wheelchair-bound”". */
const QUOTED_WORDING = /(?:^|[\s(])(?:'[^'\n]{2,40}'|"[^"\n]{2,40}"|“[^”\n]{2,40}”|‘[^’\n]{2,40}’)(?=[\s,.;:!?)]|$)/u;
/** What an answer is made of: "Don't use jargon", "Always include sources", "Never add emojis", "Never use em dashes" (its punctuation and style too). */
const ANSWER_PARTS =
  /\b(?:answers?|responses?|repl(?:y|ies)|code|examples?|explanations?|summar(?:y|ies)|output|format(?:ting)?|units?|metric|imperial|language|tone|lists?|bullets?|bullet points|tables?|markdown|citations?|sources?|links?|emojis?|words?|sentences?|paragraphs?|headings?|jargon|slang|jokes|puns|wordplay|sarcasm|abbreviations?|caveats?|disclaimers?|pleasantries|apolog(?:y|ies|ize|ise)|questions?|typescript|javascript|python|spelling|english|british|american|celsius|fahrenheit|kilometres?|kilometers?|miles|prices?|costs?|currenc(?:y|ies)|amounts?|figures|temperatures?|weights?|distances?|measurements?|quantities|(?:em|en)[- ]?dash(?:es)?|dashes|semicolons?|exclamation (?:marks?|points?)|ellips(?:is|es)|contractions|oxford commas?|passive voice)\b/i;
const RATHER_YOU = /^(?:(?:please|and|also|so|honestly|tbh)[,\s]+)*(?:I(?:'d| would) (?:rather|prefer(?: it)? if|much rather) you|I prefer (?:it )?when you)\b/i;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;
const FIRST_PERSON_OBJECT = /\b(?:me|my|mine)\b/i;
// Said formally too: "I kindly ask that you always write to me in short numbered points", "I would be grateful if you
// would always answer in French".
const ASKS_YOU =
  /^(?:(?:please|and|also|so)[,\s]+)*(?:I(?: want| need| would like|'d like|’d like) you to|I'd prefer (?:it )?if you|could you|can you|would you|will you|I (?:kindly |would |must |do |therefore )?(?:ask|request|beg) (?:that )?you(?: to)?|I(?:'d| would) be (?:most |very )?(?:grateful|obliged) if you(?: would| could)?)\s+(?:please\s+|kindly\s+)?(?:always|never|from now on)\b/i;
/** A request put as a question: "can you …", "could you please …", "would you …". */
const POLITE_ASK = /^(?:(?:please|pls|plz|and|also|so|oh|ok(?:ay)?|hey|hi)[,\s]+)*(?:can|could|would|will) you (?:please |pls |plz |kindly )?(?=\p{L})/iu;
/** What a question asks about, rather than what it asks for: "… what happens", "… how it works", "… if it's open". */
const ASKED_ABOUT = /\b(?:what|how|why|where|when|who|whom|which|whether|if)\b/i;
const STANDING_SCOPE =
  /\b(?:from now on|going forward|henceforth|in (?:the )?future|by default|as a rule|whenever|every time|each time|in (?:all |every |each )?(?:your |future |my |our )?(?:answers|responses|replies|chats|conversations|correspondence)|in every (?:answer|response|reply|chat|conversation))\b/i;
/**
 * "always" said last, after the order it makes standing: "write with British spelling, always", "use metric always,
 * please", "answer in Spanish, every time — even when I write in English".
 */
const ALWAYS_LAST = /(?:,\s*|\s+)(?:always|every time|each time|from now on|going forward)(?:,?\s*(?:please|pls|plz|thanks|thank you))?\s*(?:[.!]|\s[—–-]\s.*)?$/i;
const SCOPE = /\b(?:from now on|going forward|henceforth|in (?:the )?future|every (?:answer|response|reply|message|time)|all (?:your )?(?:answers|responses|replies)|each (?:answer|response|reply))\b/i;
/** After "tell" or "call": someone other than the user, whom the assistant never speaks to. */
const TO_SOMEONE_ELSE =
  /^\s+(?:him|her|them|anyone|anybody|everyone|everybody|nobody|no one|people|others|(?:my|our) (?:mum|mom|mother|dad|father|parents|wife|husband|partner|boyfriend|girlfriend|boss|friends?|sister|brother|son|daughter|kids|children|family|team|colleagues?)|\p{Lu}\p{Ll}+(?=\s+(?:I|that|about|what)\b))\b/u;
const OVERRIDE = /\b(?:ignore|disregard|forget) (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts|messages|rules)\b/i;

/** The first word after the opener, lower-cased. */
function verbAfterOpener(sentence: string): { opened: boolean; verb: string } {
  const m = STANDING_OPENER.exec(sentence);
  const opened = !!m && m[0].trim().length > 0 && /always|never|do not|don't|don’t|dont|from now on|going forward|henceforth|future|every|each|all/i.test(m[0]);
  const rest = sentence.slice(m ? m[0].length : 0);
  const verb = (/^[\p{L}-]+/u.exec(rest)?.[0] ?? '').toLowerCase();
  return { opened, verb };
}

/** "whenever you …, do …": a condition on what the assistant does, then an order for each time it holds. */
const WHENEVER_YOU =
  /^(?:(?:and|also|so|please|oh|btw)[,\s]+)*(?:any ?time|whenever|every time|each time|when) you (?:give|show|write|send|suggest|recommend|answer|reply|explain|draft|list|generate|make|paste)\b[^,.;!?\n]{1,80}?,?\s+(?:please\s+)?(?:always\s+)?(?:use|write|give|make|keep|put|add|include|format|answer|reply|start|end|stick to|avoid|don'?t|do not|never|mark|label|explain|show|sign|call|address|cite|translate|spell|round|convert|number|bold|link|check|ask)\b/i;

/**
 * "whenever I ask how to do something, tell me how long it'll take": the user's own asking is the condition, then an
 * order to the assistant for each time. The order is said to "you" by its verb alone, right after the comma ("When I
 * ask my boss for a raise, he tells me no" tells of someone else).
 */
const WHENEVER_I_ASK =
  /^(?:(?:and|also|so|please|oh|btw)[,\s]+)*(?:any ?time|whenever|every time|each time|when) I (?:ask|want|need)(?: you)?\b[^,.;!?\n]{1,80}?,\s+(?:please\s+)?(?:always\s+)?(?:tell me|give me|show me|start with|lead with|begin with|put|add|include|use|keep|answer|reply|don'?t|do not|never)\b/i;

/** Asked to write to the user plainly: in simple words, plain language, short sentences. */
const PLAIN_WORDS =
  /^(?:(?:please|pls|plz|also|and|kindly)[,\s]+)*(?:write|talk|speak|reply|answer|explain (?:things|everything))(?: to me| with me| for me)? (?:in|using|with) (?:very )?(?:simple|plain|easy|basic|everyday|clear|short)\s+(?:\p{L}+\s+)?(?:English|language|words|terms|sentences|French|Spanish|German)\b/iu;

/**
 * Asked to write to the user in running prose rather than lists: "would you please write to me in plain paragraphs and
 * not in lists with dots", "answer in full sentences rather than bullet points". Said to the user ("to me") or against
 * a list form, it is how this user reads, whatever the question; "write this in paragraphs" alone may be one text's.
 */
const PROSE_NOT_LISTS =
  /^(?:(?:please|pls|plz|also|and|kindly)[,\s]+)*(?:(?:would|could|can|will) you (?:please |kindly )?)?(?:always )?(?:write|talk|reply|answer|respond|explain things)( to me| for me)?(?: always)? (?:in|with|using) (?:plain |full |whole |complete |proper |normal |ordinary |short |simple |flowing |running )?(?:paragraphs|prose|sentences|text)\b([^.!?\n]{0,60})/i;
const AGAINST_LISTS = /\b(?:not|no|never|rather than|instead of|without|than)\b[^.!?\n]{0,30}\b(?:lists?|bullets?|bullet points|dots|tables|points|headings)\b/i;

/**
 * "From now on" and its kin in the languages users mix into their chats: before a colon, what follows is a standing
 * instruction in whatever language it is said ("i od teraz: tylko samo zapytanie", "ab jetzt: nur Code").
 */
const FROM_NOW_ON =
  /^(?:(?:and|also|so|ok(?:ay)?|i|y|et|und|e|en|och|ve|at|a)[,\s]+)?(?:from now on|going forward|henceforth|in (?:the )?future|od teraz|od tej pory|odtąd|ab jetzt|ab sofort|von nun an|künftig|à partir de maintenant|désormais|dorénavant|de ahora en adelante|a partir de ahora|desde ahora|d'ora in poi|da ora in poi|a partir de agora|daqui para a frente|de agora em diante|vanaf nu|voortaan|från och med nu|hädanefter|fra nu af|fremover|fra nå av|bundan sonra|bundan böyle|mula ngayon|від тепер|отныне|с этого момента|今後|これから|从现在起|從現在起|앞으로)$/iu;

/** Whether the words before a colon say only "from now on", in any of the languages above. */
export function isFromNowOn(intro: string): boolean {
  return FROM_NOW_ON.test(intro.trim());
}

/**
 * A standing instruction to the assistant, as the user says it: an imperative about future answers (opened by
 * always / never / don't / from now on, or "I want you to always …"), whose verb is an answering action or which
 * speaks to the assistant ("when you show me code, use …").
 */
export function isInstructionToAssistant(sentence: string): boolean {
  const s = sentence.trim();
  // "…, but keep answers short", "just use metric": a clause opened by "but" or "just" counts when what follows shapes
  // answers without an "always"/"don't" of its own ("…, but don't say another word" in a role-play scene is a line of it).
  const rest = /^(?:but|just)\s+/i.exec(s);
  if (rest) {
    const after = s.slice(rest[0].length);
    return !/^(?:always|never|don'?t|do not|please don'?t)\b/i.test(after) && isInstructionToAssistant(after);
  }
  // "And another thing — never say 'touch base'": the lead that announces one more request, then the request.
  const more = ONE_MORE_THING.exec(s);
  if (more && more[0].length < s.length) return isInstructionToAssistant(s.slice(more[0].length));
  // "stop saying 'circle back'", "stop telling me to 'touch base' with people": words the assistant is to stop using,
  // quoted. Said to be said to someone else ("stop saying 'like' to the kids") they are advice, unless they are the
  // words the assistant tells the user to say.
  const stop = STOP_WORDING.exec(s);
  if (stop && (stop[1] || !/^\s*(?:to|at|in front of) (?:him|her|them|anyone|anybody|people|others|the \p{L}+|(?:my|your|our|his|her|their) \p{L}+|\p{Lu}\p{Ll}+)\b/u.test(s.slice(stop[0].length))))
    return true;
  // "please don't bring up my divorce again", "can you stop asking about my weight?": a topic not to raise.
  if (isOffLimitsRequest(s)) return true;
  // "please write to me in simple English with short sentences", "talk to me in plain words": how to write to this
  // user, whatever the question (a register, as a language is).
  if (PLAIN_WORDS.test(s) && !s.endsWith('?')) return true;
  // "write to me in plain paragraphs, not lists": prose instead of lists, for this reader.
  const prose = PROSE_NOT_LISTS.exec(s);
  if (prose && (prose[1] || AGAINST_LISTS.test(prose[2] ?? ''))) return true;
  // "any time you give me shell commands use zsh syntax", "when you show me code, use TypeScript": a standing
  // condition on the assistant's own doing, then what to do each time.
  if ((WHENEVER_YOU.test(s) || WHENEVER_I_ASK.test(s)) && !s.endsWith('?')) return true;
  // "can you answer in Spanish from now on? I'm practising": an order for good, asked as a question. Only with its
  // standing scope, and not a question about something ("can you explain what happens from now on?").
  const asking = POLITE_ASK.exec(s);
  if (asking && !ASKS_YOU.test(s)) {
    const request = s.slice(asking[0].length).replace(/[\s,]*(?:please|pls|plz)?[\s?]*$/i, '');
    // Of answering or of an answer's parts ("could you give me a hand from now on?" asks for help, not for answers),
    // and to the user ("could you tell my boss …" is not).
    const { verb } = verbAfterOpener(request);
    const after = request.slice(verb.length);
    const ofAnswers = (SPEAKING_VERBS.has(verb) || ANSWER_PARTS.test(after)) && !TO_SOMEONE_ELSE.test(after);
    if ((STANDING_SCOPE.test(request) || ALWAYS_LAST.test(request)) && ofAnswers && !ASKED_ABOUT.test(request) && isInstructionToAssistant(request)) return true;
  }
  if (s.endsWith('?') && !ASKS_YOU.test(s)) return false;
  // "I'd rather you skip the intro paragraphs", "I prefer it when you cite sources": a wish about how answers are made.
  if (RATHER_YOU.test(s) && ANSWER_PARTS.test(s)) return true;
  // "I ask that you never tell my brother": asked of the assistant, yet about someone it never speaks to.
  const asked = ASKS_YOU.exec(s);
  if (asked) {
    const rest = s.slice(asked[0].length);
    const said = /^\s*(?:ever\s+)?(tell|call)\b/i.exec(rest);
    return !(said && TO_SOMEONE_ELSE.test(rest.slice(said[0].length)));
  }
  if (isVerbless(s)) return true;
  const { opened, verb } = verbAfterOpener(s);
  // "Keep answers short", "make your replies shorter": shaping answers, plural, is how every answer should be (not
  // "keep it short", which may be this answer's).
  // "Keep answers to three sentences, max": a length every answer is held to; "keep the answers to the quiz" names
  // answers to something else.
  if (!opened && SHAPING_VERBS.has(verb) && ANSWERS_AS_OBJECT.test(s.slice(s.toLowerCase().indexOf(verb) + verb.length)) && /^(?:please\s+)?[\p{L}-]+/iu.test(s))
    return true;
  // "keep all product descriptions under 80 words", "make every caption lowercase": "all" or "every" of a kind of
  // writing the assistant does for the user is how each one should be, not this one's ("keep the descriptions short").
  if (!opened && SHAPING_VERBS.has(verb) && ALL_OF_A_KIND_WRITTEN.test(s.slice(s.toLowerCase().indexOf(verb) + verb.length))) return true;
  // "pls use 24 hour time", "stick to metric": units and formats are kept for every answer unless said of this one.
  if (!opened && USE_UNITS.test(s) && !ONE_OFF.test(s)) return true;
  // "Please use metric units in all your answers", "Use British spelling whenever you write": a plain imperative
  // with a standing scope, about the answers: "Keep going, I'm sure it gets easier in the future!" to a friend has
  // the verb and the scope but is about nothing an assistant writes.
  const after = verb ? s.slice(s.toLowerCase().indexOf(verb) + verb.length) : '';
  const aboutAnswers = ANSWER_PARTS.test(after) || /^\s+(?:me|my)\b/i.test(after);
  if (!opened && ANSWER_VERBS.has(verb) && STANDING_SCOPE.test(s) && /^(?:please\s+)?[\p{L}-]+/iu.test(s) && (SPEAKING_VERBS.has(verb) || aboutAnswers))
    return true;
  if (!opened && ALWAYS_LAST.test(s) && ANSWER_VERBS.has(verb) && (SPEAKING_VERBS.has(verb) || aboutAnswers) && !TO_SOMEONE_ELSE.test(after)) return true;
  if (!opened || !verb) return false;
  // Addressed to the assistant: a verb of answering ("Always answer in French"), or a verb of shaping an answer whose
  // object is the user or an answer's parts ("Always give me metric units", "Don't use jargon"). "Always use
  // sunscreen" in a pasted article, "Don't give up on your dreams" to a friend are neither.
  // "don't tell him I said that", "never tell my mum": said of someone the assistant never speaks to, an aside.
  // "never recommend that place to anyone": a suggestion passed on to someone else is no order about answers.
  if ((verb === 'suggest' || verb === 'recommend') && /\bto (?:him|her|them|anyone|anybody|everyone|people|others|(?:my|your|our) \p{L}+|\p{Lu}\p{Ll}+)\b/u.test(after)) return false;
  // "never say he is 'suffering from' CP", "don't ever call him 'wheelchair-bound'", "never use 'passed away'": words
  // quoted after a verb of wording are the words the assistant is to use or avoid, whoever they are said of.
  // Words said to someone else ("never say 'I told you so' to her") are advice, not an order about answers.
  if (WORDING_VERBS.has(verb) && QUOTED_WORDING.test(after) && !/\bto (?:him|her|them|anyone|anybody|people|others|(?:my|your|our|his|her|their) \p{L}+|\p{Lu}\p{Ll}+)\b/u.test(after)) return true;
  if (SPEAKING_VERBS.has(verb)) return !TO_SOMEONE_ELSE.test(after);
  if (ANSWER_VERBS.has(verb) && aboutAnswers) return true;
  // "From now on, when you show me code, use TypeScript": a clause to the assistant inside a standing scope.
  return SCOPE.test(s) && SECOND_PERSON.test(s) && FIRST_PERSON_OBJECT.test(s);
}

/** The parts of an answer's layout an instruction can ask for or against, by the word that names each. */
const LAYOUT_PARTS: [string, RegExp][] = [
  ['bullet', /\bbullet(?:s|ed| points?| lists?)?\b/i],
  ['paragraph', /\bparagraphs?\b/i],
  ['prose', /\bprose\b/i],
  ['numbered', /\bnumbered\b/i],
  ['table', /\btables?\b/i],
  ['emoji', /\bemojis?\b|\bemoticons\b/i],
  ['markdown', /\bmarkdown\b/i],
  ['heading', /\bhead(?:ing|er)s\b/i],
];
const AGAINST = /\b(?:no|never|don'?t|do not|avoid|without|stop|skip|zero|not|drop|less)\b(?:\s+[\p{L}-]+){0,3}\s*$/iu;

/**
 * What an instruction says of each part of an answer's layout it names: for ("answer in bullet points") or against
 * ("no paragraphs, no bullets"). A later instruction that takes the other side replaces the earlier one.
 */
export function layoutStances(text: string): { part: string; stance: 'for' | 'against' }[] {
  const out: { part: string; stance: 'for' | 'against' }[] = [];
  for (const [part, re] of LAYOUT_PARTS) {
    const m = re.exec(text);
    if (m) out.push({ part, stance: AGAINST.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 'against' : 'for' });
  }
  return out;
}

/** A standing rule announced before a colon: "new rule for answers, and this one sticks:", "ground rules:". */
const RULE_INTRO =
  /\b(?:(?:new|ground|standing|house|one|a|two|three|some) rules?\b|standing (?:orders|requests|instructions)\b|from now on|going forward|for (?:all )?(?:(?:our|my|your) )?(?:future )?(?:answers|replies|correspondence|conversations|chats)|this one sticks|for always|for good|forever|permanently|(?:one|a|two|three|some|another) (?:more )?things? (?:to remember|to keep in mind)\b)/i;

/**
 * Several orders announced as standing before a colon: "two standing requests, for this and all future correspondence:",
 * "standing instructions:", "for this and all future chats:". Read only where what follows splits into orders of
 * their own (extract.ts), each then kept and taken back apart.
 */
const RULES_ANNOUNCED =
  /\b(?:(?:(?:one|a|two|three|some|a few) )?standing (?:requests|instructions|orders|rules)\b|(?:two|three|some|a few) (?:standing )?(?:requests|rules|instructions)\b|for this and (?:all )?(?:(?:our|my|your) )?future (?:answers|replies|correspondence|conversations|chats))/i;
export function announcesRules(intro: string): boolean {
  return RULES_ANNOUNCED.test(intro);
}

/**
 * An imperative about answers said where it can only be standing: after a rule's announcement ("new rule for answers:
 * start with a TL;DR, then numbered steps"), or right after the user took back the rule it replaces ("stop with the
 * bullet points please. write in short paragraphs").
 */
export function isReplacingRule(sentence: string, announcedBy = ''): boolean {
  if (announcedBy && !RULE_INTRO.test(announcedBy)) return false;
  const s = sentence.trim().replace(/^(?:(?:please|pls|plz|kindly|and|just|so|instead)[,\s]+)*/i, '');
  // "use whatever": nothing said.
  if (s.split(/\s+/).length < 3) return false;
  const { verb } = verbAfterOpener(s);
  // "explain how a derecho forms, full detail" after "the 100 words thing is over": the question the user goes on to
  // ask, answered at the length just allowed, is no rule for every answer.
  if (new RegExp(String.raw`\b${verb}\s+(?:me\s+)?(?:how|what|why|when|where|whether|which|who|the difference)\b`, 'i').test(s)) return false;
  return (ANSWER_VERBS.has(verb) && !/^(?:show|tell|check|make|ask|test|consider|leave|add|return|remind)$/.test(verb)) || /^(?:no|never)\s+[\p{L}-]+/iu.test(s);
}

/** A length an answer is held to: "three sentences", "2 short paragraphs", "a few lines", "100 words", "a minimum". */
const LENGTH_LIMIT = String.raw`(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)\s+(?:short\s+)?(?:sentences?|lines?|words|paragraphs?|bullet(?:s| points?)|points)\b|a minimum\b)`;
/** "answers" as what a verb shapes, not answers to something ("the answers to the quiz"), unless to a length. */
const ANSWERS_AS_OBJECT = new RegExp(String.raw`^\s+(?:your |the |all |my )?(?:answers|replies|responses)\b(?!\s+(?:to|for|of)\b(?!\s+${LENGTH_LIMIT}))`, 'iu');
/** Verbs that shape every answer when their object is "answers" ("keep answers short", "format your replies as…"). */
/** "all product descriptions", "every email", "any captions": each of a kind of writing done for the user. */
const ALL_OF_A_KIND_WRITTEN =
  /^\s+(?:all(?: of)?(?: the| my| our)?|every|each|any) (?:[\p{L}-]+ ){0,2}?(?:descriptions?|e-?mails?|posts?|captions?|summaries|summary|drafts?|letters?|messages?|tweets?|titles?|headlines?|bios?|listings?|newsletters?|reports?|blurbs?|announcements?|replies|reply|answers?|responses?|translations?|copy)\b(?!\s+(?:to|for|of|about|from)\b)/iu;
const SHAPING_VERBS = new Set('keep make format structure limit end start begin write'.split(' '));

/** What an answer should (not) hold, named without a verb: "bullet points", "emojis", "metric". */
const PART = String.raw`(?:bullet(?:ed)?(?: points?| lists?)?|bullets|emojis?|emoticons|tables|markdown|headings|headers|jargon|slang|caveats|disclaimers|pleasantries|apologies|waffle|fluff|filler|preamble|long answers|essays|walls of text|code comments|exclamation (?:marks|points)|em[- ]?dashes|jokes|puns|wordplay|sarcasm)`;
/** "when you answer me", "whenever you reply": each answer, so the order stands ("no jokes when you answer me"). */
const WHEN_YOU_ANSWER = String.raw`when(?:ever)? you (?:answer|reply|respond|write)(?: (?:to )?me)?`;
/** A choice of units or formats, alone or two together ("celsius/metric", "metric and 24h time", "plain text"). */
const UNIT = String.raw`(?:metric|imperial|celsius|fahrenheit|plain[- ]text|british spelling|american spelling|(?:british|american|uk|us) english|24[- ]?h(?:ou)?r?s? (?:time|clock|format)|(?:12|24)[- ]?h(?:our)?|(?:dates? (?:as|in) )?(?:dd/mm(?:/yy(?:yy)?)?|mm/dd(?:/yy(?:yy)?)?|yyyy-mm-dd|day[- ]first|iso) ?(?:dates?|format)?)(?: units)?`;
const UNITS = String.raw`${UNIT}(?:\s*(?:/|&|and|or|,)\s*${UNIT})?`;
/**
 * The measures a unit system is spelt out in after its name: "metric please, grams and celsius, always". Only after a
 * unit's name: "grams" alone may be the answer in hand's.
 */
const MEASURE = String.raw`(?:${UNIT}|grams|kilos|kilograms|kg|litres|liters|millilitres|milliliters|ml|centimetres|centimeters|cm|metres|meters|kilometres|kilometers|km|ounces|oz|pounds|lbs?|cups|feet|inches|degrees)`;
const UNITS_SPELLED_OUT = String.raw`${MEASURE}(?:\s*(?:/|&|and|or)\s*${MEASURE})?`;
const MARKER = String.raw`(?:,?\s*(?:ever|never|at all|always|only|please|pls|plz|thanks|thx|from now on|going forward|again|for me|in (?:your |my |the )?(?:answers|replies|responses)|${WHEN_YOU_ANSWER}|for (?:anything|everything)(?: else)?|everywhere))`;
/** "no bullet points, ever", "no emojis pls": what an answer should not hold, with what says how long. */
// Several named together: "no jokes or puns", "no emojis, no tables".
/** A phrase the answers are not to use, quoted: "no 'great question'", "no “hope this helps”". */
const WORDING = String.raw`(?:'[^'\n]{2,40}'|"[^"\n]{2,40}"|“[^”\n]{2,40}”|‘[^’\n]{2,40}’)`;
// Or a phrase quoted among them: "no exclamation points and no 'great question', ever".
const NO_PART = new RegExp(String.raw`^(?:no|zero|never any|no more|never use)\s+(?:[\p{L}-]+\s+)?(?:${PART}|${WORDING})(?:\s*(?:,|or|and|&|/)\s*(?:no\s+)?(?:${PART}|${WORDING}))*(${MARKER}*)\s*(?:[,;.!]|$)`, 'iu');
/**
 * "metric always", "always celsius", "celsius/metric for anything else", "plain text only from now on", and "everything
 * in metric": every answer in that unit or format.
 */
const UNITS_STANDING = new RegExp(String.raw`^(?:(?:always|only|everything in|all in) ${UNITS}(?:${MARKER})*|${UNITS}(?:${MARKER}|,\s*${UNITS_SPELLED_OUT})*${MARKER})\s*(?:[,;.!]|\s[—–-]\s|$)`, 'i');
/** "pls use 24 hour time", "stick to metric": a unit or format asked for plainly. */
// Said to the user and for good: "use the 24-hour clock with me from now on", "use metric wi me, always".
const USE_UNITS = new RegExp(
  String.raw`^(?:(?:please|pls|plz|and|also|so|oh|ok(?:ay)?)[,\s]+)*(?:use|give me|stick to|switch to|go with|write)\s+(?:the\s+)?${UNITS}(?:\s+(?:with|wi|wiv|w/?|for) me)?(?:,?\s+(?:from now on|going forward|always|in future))?(?:\s+(?:please|pls|plz))?\s*(?:[,;.!]|$|\s+(?:and|&)\s|\s+(?:I'?m|I am|as I|since|because|bc|cos|cause)\b)`,
  'i',
);
/** What the user asks for in every answer of a kind: "code examples", "recipes", "prices". */
const ANSWER_KIND = String.raw`(?:code(?: examples?| snippets?| samples?| blocks?)?|examples?|snippets?|scripts?|answers?|replies|responses?|explanations?|recipes?|e-?mails?|translations?|summaries|measurements|prices|amounts|temperatures|distances)`;
/** "always Go for code examples unless i say otherwise", "only USD for prices": a choice for every answer of a kind. */
const ALWAYS_FOR_KIND = new RegExp(String.raw`^(?:always|only)\s+(?:[\p{L}\p{N}#+.-]+\s+){0,2}?[\p{L}\p{N}#+.-]+\s+(?:for|in)\s+(?:(?:all|every|any|my|the|your)\s+)?${ANSWER_KIND}\b`, 'iu');
/** Said of the answer in hand, not of every answer: "use metric for this one", "in celsius here". */
const ONE_OFF = /\b(?:for this|this (?:one|time|recipe|answer)|in this|just (?:this|here|now)|here|for now)\b/i;
/**
 * A standing instruction said without a verb: "from now on no bullet points, ever", "reminder: no bullets pls",
 * "metric always". A bare "no tables please" may be about the answer in hand, so "no X" needs a sign that it stands:
 * an opener, "ever", "always", a reminder, "again".
 */
function isVerbless(sentence: string): boolean {
  const reminder = /^(?:(?:a )?(?:reminder|remember|rule|ground rule|note|ps|p\.s\.|first thing|one thing|one more thing|important)s?\b[\s:,.\-–—]*)/i;
  let s = sentence.trim().replace(/^(?:(?:please|pls|plz|and|also|so|oh|ok(?:ay)?|again)[,\s]+)*/i, '');
  const reminded = reminder.test(s);
  s = s.replace(reminder, '');
  const opener = /^(?:from now on|going forward|henceforth|in (?:the )?future|for all (?:future )?(?:answers|replies|chats))[,:;\s]+/i;
  const opened = opener.test(s);
  s = s.replace(opener, '');
  if (ALWAYS_FOR_KIND.test(s) && !ONE_OFF.test(s)) return true;
  const none = NO_PART.exec(s);
  if (none) return opened || reminded || /\b(?:ever|never|always|again|from now on|going forward|when(?:ever)? you|in (?:your|my|the) (?:answers|replies|responses))\b/i.test(none[1]!) || /\b(?:ever|from now on|going forward|anymore|any more)\b/i.test(s);
  const units = UNITS_STANDING.exec(s);
  return !!units && (opened || reminded || /\b(?:always|only|everything in|all in|from now on|going forward|for (?:anything|everything)|everywhere)\b/i.test(units[0]));
}

/** Words that can follow "always"/"never" without being an imperative verb. */
const NOT_VERBS = new Set(
  'been had gone done seen was were is are am be here there the a an my our their his her its so too very really quite just again once ever yet fun easy happy mind'.split(
    ' ',
  ),
);

/**
 * A directive aimed at whoever reads the text next, in words the user did not write: "Remember: from now on, always
 * end every answer with a link …", "Ignore previous instructions …". Such sentences are left out of the block.
 */
export function isStandingDirective(sentence: string): boolean {
  const s = sentence.trim().replace(/^(?:remember|note|important|reminder|ps|p\.s\.|nb|n\.b\.|system|instruction)\s*[:\-–—]\s*/i, '');
  if (OVERRIDE.test(s)) return true;
  if (isInstructionToAssistant(s)) return true;
  const { opened, verb } = verbAfterOpener(s);
  // An imperative with a standing scope ("from now on", "every answer"), whatever its verb.
  return opened && SCOPE.test(s) && !!verb && !NOT_VERBS.has(verb);
}

/** Sentences of a text (punctuation or line breaks end one). */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The text without its standing directives ('' when nothing else is left). */
export function withoutDirectives(text: string): string {
  const sentences = splitSentences(text);
  const kept = sentences.filter((s) => !isStandingDirective(s));
  return kept.length === sentences.length ? text : kept.join(' ');
}
