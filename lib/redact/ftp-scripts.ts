import type { Finder, SecretSpan } from './rules';

/**
 * The password of an FTP client's command script, which the client reads as if typed at its prompts: a mainframe
 * job's `//FTPSTEP EXEC PGM=FTP` with `//INPUT DD *` lines (the host, then the user, then the password), Windows'
 * `ftp -s:script.txt` (`open host`, the user, the password), a shell's `ftp -n <<EOF` with `user NAME PASSWORD`.
 * Only inside a script that such a call opens: three bare lines elsewhere are a list.
 */

/** Where an FTP script begins: a job step running FTP, or an ftp command reading a script or a here-document. */
const FTP_SCRIPT_START = /PGM=FTP\b|\bftp(?:\.exe)?(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:-s:\S+|<<-?[ \t]*['"]?\w+['"]?)/gi;

/** How far below its start a script's login is looked for. */
const REACH = 600;

/** FTP's own commands: a line that is one is the script going on, not a user or a password. */
const FTP_COMMAND =
  /^(?:ascii|binary|bin|type|put|mput|get|mget|cd|lcd|ls|dir|pwd|quit|bye|close|open|prompt|hash|passive|pasv|mkdir|rmdir|delete|rename|site|quote|literal|verbose|user|pass|account|append|status|\/\*|\/\/.*|EOF|END)$/i;

/** A host line: a dotted name or an address, after `open` or alone, with a port perhaps. */
const HOST_LINE = /^[ \t]*(?:open[ \t]+)?(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\d{1,3}(?:\.\d{1,3}){3})(?:[ \t]+\d{1,5})?[ \t]*$/i;
/** A single word on its line: a user or a password. */
const TOKEN_LINE = /^[ \t]*(\S{1,64})[ \t]*$/;
/** `user NAME PASSWORD`, as `ftp -n` scripts log in. */
const USER_COMMAND = /^[ \t]*user[ \t]+\S{1,64}[ \t]+(\S{1,64})[ \t]*$/i;

function findScriptPasswords(text: string): SecretSpan[] {
  if (!/ftp/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  // A start inside the stretch a script before it was read over is not read again: each character is looked at once.
  let readTo = 0;
  // The first line break after a start, kept for the starts after it on the same line: searched for again at each, it
  // was searched for to that line's end each time (quadratic on a long line of starts).
  let nextBreak = -2;
  FTP_SCRIPT_START.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FTP_SCRIPT_START.exec(text)); ) {
    if (nextBreak !== -1 && nextBreak < m.index + m[0].length) nextBreak = text.indexOf('\n', m.index + m[0].length);
    const from = nextBreak + 1;
    if (from <= 0) break;
    if (from < readTo) continue;
    readTo = from + REACH;
    const lines = text.slice(from, from + REACH).split('\n');
    let at = from;
    let done = false;
    for (let i = 0; i < lines.length && !done; i++) {
      const line = lines[i]!.replace(/\r$/, '');
      const user = USER_COMMAND.exec(line);
      if (user) {
        const start = at + line.lastIndexOf(user[1]!);
        spans.push({ start, end: start + user[1]!.length, label: 'password' });
        done = true;
      } else if (HOST_LINE.test(line) && i + 2 < lines.length) {
        const userLine = TOKEN_LINE.exec(lines[i + 1]!.replace(/\r$/, ''));
        const passLine = TOKEN_LINE.exec(lines[i + 2]!.replace(/\r$/, ''));
        if (userLine && passLine && !FTP_COMMAND.test(userLine[1]!) && !FTP_COMMAND.test(passLine[1]!) && passLine[1]!.length >= 4) {
          const passAt = at + lines[i]!.length + 1 + lines[i + 1]!.length + 1;
          const start = passAt + lines[i + 2]!.indexOf(passLine[1]!);
          spans.push({ start, end: start + passLine[1]!.length, label: 'password' });
          done = true;
        }
      }
      at += lines[i]!.length + 1;
    }
  }
  return spans;
}

export const FTP_SCRIPT_FINDERS: readonly Finder[] = [{ name: 'ftp-script-password', find: findScriptPasswords }];
