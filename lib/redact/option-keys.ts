import { lastBreakBefore } from './line-starts';
import type { Finder, SecretSpan } from './rules';
import { looksLikeGenericSecret } from './values';

/**
 * A key or token after a one-dash option or a console variable named for it, as game servers and older tools take
 * them: `-authkey FE16…`, `+sv_setsteamaccount CC06…` (a Steam game server login token), `-apikey …`, `+token …`, and
 * a server.cfg line that opens with such a name (`sv_setsteamaccount CC06…`). The long options (`--api-key`) are
 * `command-lines.ts`'s; these have one dash, a plus, or nothing before a name run together in one word. The name must
 * say key, token, secret or auth (or be Steam's account token setting), and the value must look random: a 32-digit
 * hex key, or letters and digits mixed as generated keys are.
 */

/** The name's end and the value's start: found by the literal, the rest of the name read back from it. */
const NAME_END_THEN_VALUE = /(?:key|token|secret|account)[ \t]+"?([A-Za-z0-9][A-Za-z0-9_-]{15,127})"?(?![\w-])/dgi;
/** The whole name, with its sign: one dash or a plus, or the start of a line (a console config's setting). */
const NAME_BEFORE = /(?:^|(?<=[ \t]))([-+]?)([A-Za-z][A-Za-z0-9_]{0,40})$/;
const SECRET_NAME = /^(?:[a-z0-9_]*(?:auth|api|access|secret|private|login|server|bot|app)_?key|[a-z0-9_]*(?:token|secret)|authkey|apikey|sv_setsteamaccount|gslt)$/;
const HEX32 = /^[0-9A-Fa-f]{32}$/;

/**
 * Whether `text.slice(from, to).trim()` is empty, read back from `to` to the first character that is not blank: the
 * slice would copy the line's whole start for each match (quadratic on a long line of names and values).
 */
function blankFrom(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && /\s/.test(text[i]!)) i--;
  return i < from;
}

function findOptionKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Each name's line start, found without searching back over the line for each (quadratic on a long line).
  const breakBefore = lastBreakBefore(text);
  NAME_END_THEN_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAME_END_THEN_VALUE.exec(text)); ) {
    const wordEnd = m.index + m[0].search(/[ \t]/);
    const lineStart = breakBefore(m.index) + 1;
    const name = NAME_BEFORE.exec(text.slice(Math.max(lineStart, wordEnd - 44), wordEnd));
    if (!name || !SECRET_NAME.test(name[2]!.toLowerCase())) continue;
    // No sign: the name opens its line, as a config's setting does, and is a setting's name in more than one word
    // (`sv_setsteamaccount`), not a word of a sentence or a log ("secret "tls-certs" not found").
    if (name[1] === '' && (!blankFrom(text, lineStart, wordEnd - name[2]!.length) || !/_/.test(name[2]!))) continue;
    const value = m[1]!;
    if (!HEX32.test(value) && !(looksLikeGenericSecret(value) && /\d/.test(value) && /[A-Za-z]/.test(value))) continue;
    const start = m.indices![1]![0];
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const OPTION_KEY_FINDERS: readonly Finder[] = [{ name: 'one-dash-option-key', find: findOptionKeys }];
