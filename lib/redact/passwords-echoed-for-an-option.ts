import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * BH's round: a password written into the command an option runs to get it (restic's `--password-command "echo
 * '…'"`, encfs's `--extpass`, `--passcmd`, msmtp's `passwordeval`): the command only prints it, so the literal it
 * echoes is the password. A variable or a command's output there (`echo $PW`, `cat /run/secrets/x`) names where it
 * is kept and is left.
 */
const ECHOED_FOR_AN_OPTION =
  /(?<![\w-])(?:--?(?:password|passphrase|pass)[-_]?(?:command|cmd)|--extpass|--passcmd|passwordeval|pass(?:word)?_command)(?:[ \t]*=[ \t]*|[ \t]+)(["'])(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(["']?)([^"'\s$`]{4,128})\2[ \t]*\1/dgi;

function findPasswordsEchoedForAnOption(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ECHOED_FOR_AN_OPTION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ECHOED_FOR_AN_OPTION.exec(text)); ) {
    if (m[2] === m[1] || isPlaceholder(m[3]!)) continue;
    const [start, end] = m.indices![3]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const PASSWORDS_ECHOED_FOR_AN_OPTION_FINDERS: readonly Finder[] = [
  { name: 'passwords-echoed-for-an-option', find: findPasswordsEchoedForAnOption, trigger: /command|cmd|extpass|eval/i },
];
