import { byKind, regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, looksLikeRandomToken } from './values';

/**
 * BC's round: a secret held in a variable that a language declares with words between its name and its value, where
 * the assignment rules look for `name = value` or `name: value`:
 *
 * - Lisp and Scheme bindings: `(define api-key "…")` (Guile, Racket), `(defvar *db-pass* "…")`, `(setq token "…")`,
 *   `(def secret "…")` (Clojure); BO's round: `(define-constant api-key "…")` (Clarity), `(defcustom my-token "…")`
 *   (Emacs Lisp);
 * - BASIC's string variables, named with a `$` at their end: `pass$ = "…"`, `LET ApiKey$ = "…"` (QBasic, QB64, FreeBASIC);
 * - OpenEdge ABL's `DEFINE VARIABLE cPwd AS CHARACTER NO-UNDO INITIAL "…".`;
 * - BD's round: PL/I's `DCL APIKEY CHAR(32) INIT('…');` (`DECLARE … CHARACTER(n) VARYING INITIAL('…')`), IBM RPG's
 *   free-form `dcl-c API_KEY const('…');` and `dcl-s token varchar(64) inz('…');`, and APL's `KEY←'…'`. A PL/I or RPG
 *   literal is read to the `')` that closes the call, so a quote the writer left inside it stays in the value.
 *
 * The variable's name says what the value is, as a key's name does (`classifyKey`: "db-pass", "cPwd" and "pass$" name a
 * password, "api-key" a secret), and the value is judged as under that name.
 */
const DECLARATIONS: RegexRule = {
  name: 'declared-secret-variable',
  pattern: new RegExp(
    [
      String.raw`\((?:define|define-constant|defvar|defcustom|defparameter|defconst|defconstant|setq|setf|set!|def)[ \t]+\*?([A-Za-z][\w+!?<>/-]{0,63}?)\*?[ \t]+"([^"\n]{1,400})"`,
      String.raw`(?<![\w$])(?:LET[ \t]+)?([A-Za-z][\w.]{0,63}\$)[ \t]*=[ \t]*"([^"\n]{1,400})"`,
      String.raw`\bDEF(?:INE)?[ \t]+(?:(?:NEW[ \t]+)?(?:GLOBAL[ \t]+)?(?:SHARED[ \t]+)?)?VAR(?:IABLE)?[ \t]+([A-Za-z][\w-]{0,63})[ \t]+AS[ \t]+CHAR(?:ACTER)?(?:[ \t]+(?:NO-UNDO|FORMAT[ \t]+"[^"\n]{0,20}"|LABEL[ \t]+"[^"\n]{0,40}"))*[ \t]+INIT(?:IAL)?[ \t]+"([^"\n]{1,400})"`,
      String.raw`\b(?:DCL|DECLARE)[ \t]+([A-Za-z][\w#@$]{0,63})[ \t]+CHAR(?:ACTER)?[ \t]*\([ \t]*\d{1,5}[ \t]*\)(?:[ \t]+VAR(?:YING)?)?[ \t]+INIT(?:IAL)?[ \t]*\([ \t]*'([^\n]{1,400}?)'[ \t]*\)`,
      String.raw`\bdcl-[cs][ \t]+([A-Za-z][\w#@$]{0,63})(?:[ \t]+(?:var)?char[ \t]*\([ \t]*\d{1,5}[ \t]*\))?[ \t]+(?:const|inz)[ \t]*\([ \t]*'([^\n]{1,400}?)'[ \t]*\)`,
      String.raw`(?<![\w∆⍙])([A-Za-z∆⍙_][\w∆⍙]{0,63})[ \t]*←[ \t]*'((?:[^'\n]|'')+)'`,
    ].join('|'),
    'dgi',
  ),
  judge(m) {
    for (let g = 1; g < m.length; g += 2) {
      if (m[g] === undefined) continue;
      const name = m[g]!.replace(/\$$/, '');
      // A variable named only "key" (APL's `KEY←'…'`) holds a map's key as often as a secret: a random token's value
      // says which.
      const kind = classifyKey(name) ?? (/^key$/i.test(name) && looksLikeRandomToken(m[g + 1]!) ? 'secret' : null);
      if (kind === null) return null;
      return byKind(kind, m[g + 1]!, m.indices![g + 1]![0]);
    }
    return null;
  },
};

export const DECLARED_SECRET_VARIABLE_FINDERS: readonly Finder[] = [regexFinder(DECLARATIONS)];
