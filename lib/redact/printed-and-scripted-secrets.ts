import { wordTrigger } from './fast-anchors';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AU's round: secrets that a tool's own syntax places, with no name beside the value.
 *
 * - What a command prints that is the secret: the line after a password manager's or a keychain's `show` or `-w`
 *   (`pass show x`, `gopass show -o x`, `security find-generic-password -wa …`, `secret-tool lookup …`, `op read …`,
 *   `bw get password …`), whose first output line is the password; and a key a command prints once, indented on its
 *   own line under "API key for '…':" or "Your key:" (CrowdSec's `cscli bouncers add`, and any tool that says the same).
 * - An Expect script's `send "…\r"` right after an `expect` of a password prompt: the reply to the prompt.
 * - A network OS's plaintext type 0 (`username admin … secret 0 <value>`, `enable password 0 <value>`: Arista EOS,
 *   Cisco IOS): the value ends its line, as the config writes it.
 */

/** A command whose first output line is a stored password. */
const SHOW_COMMAND =
  /^[ \t]*(?:[$#>%][ \t]*)?(?:sudo[ \t]+)?(?:(?:go)?pass[ \t]+show[ \t]+(?:-[a-z][ \t]+)*[\w@.+/-]+|security[ \t]+find-(?:generic|internet)-password[ \t]+[^\n]{0,200}?-[a-z]{0,4}w[a-z]{0,4}\b[^\n]{0,200}|secret-tool[ \t]+lookup[ \t][^\n]*|op[ \t]+read[ \t][^\n]*|bw[ \t]+get[ \t]+password[ \t][^\n]*)[ \t]*\r?\n([^\n]+)/gm;

/** A line that says the next one is a key, shown this once. */
const KEY_FOLLOWS = /^[^\n]{0,60}?(?<![\p{L}])(?:api[ \t]+key|token|key|secret|password)(?:[ \t]+for[ \t]+(?:'[^'\n]{1,60}'|"[^"\n]{1,60}"|\S{1,60}))?[ \t]*:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]+(\S{16,200})[ \t]*(?=\r?\n|$)/gimu;

/** An Expect `send` of the reply to a password prompt. */
const EXPECT_SEND = /^[ \t]*expect[ \t]+(?:-\w+[ \t]+)*["{][^\n"}]*(?:assword|passphrase|PIN)[^\n"}]*["}][ \t]*\r?\n[ \t]*send[ \t]+(?:--[ \t]+)?"((?:[^"\\\n]|\\[^rn])+)(?:\\r|\\n)?"/gm;

/** A plaintext (type 0) password or secret in a network OS's config line. */
const TYPE_ZERO = /(?<![\w-])(?:secret|password)[ \t]+0[ \t]+(\S{4,128})[ \t]*(?=\r?\n|$)/gm;

function plausible(value: string): boolean {
  return /[A-Za-z0-9]/.test(value) && !isPlaceholder(value) && !/^(?:user|url|login|username|email|error|usage)\b/i.test(value);
}

function findPrintedAndScripted(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const push = (m: RegExpExecArray, label: SecretSpan['label']) => {
    const value = m[1]!.trim();
    if (!plausible(value)) return;
    const start = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.indexOf(value);
    spans.push({ start, end: start + value.length, label });
  };
  for (const re of [SHOW_COMMAND, EXPECT_SEND, TYPE_ZERO]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      // An output line that is a name and a value (`user: gretap`), a prompt or an error is not the password.
      if (re === SHOW_COMMAND && (/^[\w .-]{1,20}:[ \t]/.test(m[1]!) || /^\s*(?:[$#>]\s|Error|error:)/.test(m[1]!))) continue;
      push(m, 'password');
    }
  }
  KEY_FOLLOWS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_FOLLOWS.exec(text)); ) {
    // A key shown once is random: letters and digits mixed, not a word or a path.
    if (/\d/.test(m[1]!) && /[A-Za-z]/.test(m[1]!) && !/^(?:https?:|\.{0,2}\/[\w.-]*\/)/.test(m[1]!)) push(m, 'api key');
  }
  return spans;
}

export const PRINTED_AND_SCRIPTED_SECRET_FINDERS: readonly Finder[] = [
  {
    name: 'printed-and-scripted-secrets',
    find: findPrintedAndScripted,
    trigger: wordTrigger('pass', 'security', 'secret-tool', 'op', 'bw', 'key', 'token', 'secret', 'expect', 'password'),
  },
];
