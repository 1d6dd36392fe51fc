import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * A password typed by a keystroke script (AK's round): what a script sends between the Tab that leaves the user's
 * field and the Enter that submits the form is the password, in AutoHotkey's and AutoIt's `Send, user{Tab}…{Enter}`,
 * VBScript's and PowerShell's `SendKeys "user{TAB}…{ENTER}"` (or `~` for Enter), and the same with `\t` and `\n` in a
 * string sent by Selenium's `send_keys("user\t…\n")` or xdotool's `type`. The keys' names, not words, mark the field.
 */
const TYPED: RegexRule = {
  name: 'keystroke-login',
  pattern: /(?:\{tab\}|\\t)([^\s{}"'\\]{4,64})(?:\{(?:enter|return)\}|~(?=["'\s]|$)|\\n|\\r)/dgi,
  judge(m) {
    const value = m[1]!;
    const [start, end] = m.indices![1]!;
    if (isPlaceholder(value) || !looksLikePassword(value, { quoted: true, strict: false })) return null;
    return { start, end, label: 'password' };
  },
};

/**
 * AT's round: the same keys sent by two calls, one a line (AutoIt's `Send("user{TAB}")` then `Send("…{ENTER}")`,
 * AutoHotkey's `Send, user{Tab}` then `Send, …{Enter}`, Selenium's two `send_keys`): the second call's text before its
 * Enter, right after the call that ended on Tab.
 */
const TYPED_NEXT_CALL: RegexRule = {
  name: 'keystroke-login-next-call',
  pattern: /(?:\{tab\}|\\t)["'`]?[ \t]*\)?[ \t]*;?[ \t]*\r?\n[ \t]*[\w.$]{1,40}(?:[ \t]*\(|[ \t]*,|[ \t])[ \t]*["'`]?([^\s{}"'`\\]{4,64})(?:\{(?:enter|return)\}|~(?=["'`\s]|$)|\\n|\\r)/dgi,
  judge: TYPED.judge,
};

export const KEYSTROKE_LOGIN_FINDERS: readonly Finder[] = [regexFinder(TYPED), regexFinder(TYPED_NEXT_CALL)];
