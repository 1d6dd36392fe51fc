import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AS's round: an option whose name ends in a secret's word, in any command-line syntax: `--db-password X`,
 * `-rcon_password X`, `+rcon.password "X"` (game servers' `+` settings), `/ApiKey:X` (Windows), `-auth.token=X`,
 * `--admin-secret='X'`. The name says what the value is, whatever the program; a name that goes on past the word
 * (`--password-file`, `--token-ttl`) names something else, and a variable, a path or a placeholder is not taken.
 */
const SECRET_REFERENCE_NAME = /^(?:[a-z][a-z0-9]*[-_]){1,6}(?:password|passwd|pwd|secret|token|api[-_]?key|key|credentials?|passphrase)$/;

const OPTION: RegexRule = {
  name: 'secret-named-option',
  pattern:
    /(?<=^|[ \t"'])(?:--?|\+|\/)(?:[A-Za-z][A-Za-z0-9]{0,20}[._-])*[A-Za-z0-9]{0,20}?(?:password|passwd|passwort|pwd|secret|token|api[_-]?key|apikey|auth[_-]?key|passphrase)(?:[ \t]+|[ \t]*[=:][ \t]*)(?:"([^"\n]{4,200})"|'([^'\n]{4,200})'|([^\s"'|;&<>`]{4,200}))/dgi,
  judge(m) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const value = m[group]!;
    if (/^[-+$%~/<{[(]|^\.{1,2}\/|\$\{|\$[A-Z_]|%[A-Z_]+%|\*{2,}|[xX]{4,}|…|\.{3}/.test(value) || isPlaceholder(value)) return null;
    // A bare value is a word in the sentence when it has no digit, symbol or capital after its first letter.
    if (group === 3 && /^[A-Za-z]?[a-z]+$/.test(value)) return null;
    // AY's round: the name of a stored secret, small words joined that end in a secret's word (`gcloud secrets versions
    // access latest --secret=acme-smtp-password`, `--secret-id db_api_token`): a reference to the secret, not its value.
    if (SECRET_REFERENCE_NAME.test(value)) return null;
    return { start: m.indices![group]![0], end: m.indices![group]![1], label: 'password' };
  },
};

/**
 * A package registry's key set by its own subcommand: `choco apikey --key X -s …`, `choco apikey -k X`, `nuget
 * setapikey X -Source …`, `dotnet nuget setapikey X`, `… api-key set X`. The subcommand names the value; a key of
 * eight or more letters, digits and dashes with a digit in it is taken.
 */
const API_KEY_SUBCOMMAND: RegexRule = {
  name: 'api-key-subcommand',
  pattern:
    /(?<=[ \t])(?:set-?api-?key|api-?key(?:[ \t]+(?:add|set))?)(?:[ \t]+-{1,2}[A-Za-z]{1,20}(?:[ \t]+|=)(?!-)[^\s-]\S{0,200}){0,3}?[ \t]+(?:(?:-k|--key|--api-?key|-key)(?:[ \t]+|=))?["']?([A-Za-z0-9][A-Za-z0-9_-]{7,200})(?=["']?(?:[ \t]|$))/dgim,
  judge(m) {
    const value = m[1]!;
    if (!/\d/.test(value) || isPlaceholder(value)) return null;
    return { start: m.indices![1]![0], end: m.indices![1]![1], label: 'api key' };
  },
};

export const SECRET_NAMED_OPTION_FINDERS: readonly Finder[] = [regexFinder(OPTION), regexFinder(API_KEY_SUBCOMMAND)];
