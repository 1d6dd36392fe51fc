import type { SecretSpan } from './rules';

/**
 * CC's round: a value the words right around it make a reading, a report or a mark that opens nothing, whichever rule
 * read it as a code or a password.
 *
 * - A machine's report named by its code's word right before it: "the panel texted message code 1207", "event
 *   code 3401", "fault code 22". A panel or a boiler reports these; the alarm's own code is an "alarm code", which
 *   names none of these words.
 * - A metronome mark: "♩=120", "♪ = 96". Music's notation for a tempo, never a lock's.
 * - A dial's resting place, one digit repeated after "stuck on", "left on", "reset to" or "scrambled to": "the bike
 *   lock dial was left on 000". Locks ship and are scrambled to it; a code opens from somewhere else.
 * - A release named as error trackers and deploy tools name one, a name, "@" and a commit's short hash, after
 *   "release", "version", "build" or "deploy": "release weatherapp@9c04e1b2a7".
 * - A game's answer: a code in the sentence of an escape room, a treasure or scavenger hunt or a geocache, or of a
 *   puzzle's or a riddle's answer ("the escape room's last lock opened with 2-7-1-5"). Every player is given it.
 * - A code said to be shown to everyone: "… 5083316 — it's on the screen anyway". Without "anyway" a code on a
 *   screen may still be someone's ("the code is on the screen by the door").
 */
const REPORT_CODE_BEFORE =
  /(?<![\p{L}])(?:message|event|fault|trouble|diagnostic|status|report|reason|condition)[ \t]+code[ \t]*(?:(?:is|was|of|no\.?|number|#)[ \t]*)?[:=]?[ \t]*$/iu;
const METRONOME_BEFORE = /[♩♪][ \t]*=[ \t]*$/u;
const ONE_DIGIT_REPEATED = /^(\d)\1{2,5}$/;
const RESTING_BEFORE = /(?<![\p{L}])(?:stuck|left|reset|scrambled|spun|set[ \t]+back)[ \t]+(?:on|at|to)[ \t]+$/iu;
const RELEASE_NAME = /^[a-z][a-z0-9_.-]{1,40}@(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}$/;
const RELEASE_WORD_BEFORE = /(?<![\p{L}])(?:release|version|build|deploy(?:ment)?)[ \t]*[:=]?[ \t]*$/iu;
const GAME_IN_SENTENCE =
  /(?<![\p{L}])(?:escape[ \t-]+rooms?|treasure[ \t-]+hunts?|scavenger[ \t-]+hunts?|geocach\p{L}*|(?:puzzle|riddle)['’]?s?[ \t]+(?:\p{L}+[ \t]+)?(?:answer|solution))(?![\p{L}])/iu;
const SHOWN_TO_EVERYONE_AFTER =
  /^[ \t]*[,;—–-]*[ \t]*(?:it['’]s|it[ \t]+is|they['’]re|they[ \t]+are)[ \t]+(?:up[ \t]+)?on[ \t]+the[ \t]+(?:big[ \t]+)?(?:projector|screen|slides?|whiteboard|board|TV)[ \t]+anyway(?![\p{L}])/iu;

/** The value's own sentence up to it: from the last stop, line break or start of text. */
export function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?][ \t]+[^.!?]*$/));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

export function isAPublicReading(text: string, span: SecretSpan): boolean {
  if (span.label !== 'password' && span.label !== 'recovery code') return false;
  const value = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (/^\d{1,8}$/.test(value) && (REPORT_CODE_BEFORE.test(before) || METRONOME_BEFORE.test(before))) return true;
  if (ONE_DIGIT_REPEATED.test(value) && RESTING_BEFORE.test(before)) return true;
  if (RELEASE_NAME.test(value) && RELEASE_WORD_BEFORE.test(before)) return true;
  if (/^[\d -]{3,12}$/.test(value) && GAME_IN_SENTENCE.test(sentenceBefore(text, span.start))) return true;
  return /^\d{4,10}$/.test(value) && SHOWN_TO_EVERYONE_AFTER.test(text.slice(span.end, span.end + 60));
}
