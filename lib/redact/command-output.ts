import { SECRET_FILE } from './key-files';
import { regexFinder, type Finder, type RegexRule } from './rules';
import { classifyKey, looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * What a command prints when the command is one that prints a secret, pasted with its prompt: `$ cat
 * config/master.key` then the key, `$ kubectl get secret … -o jsonpath='{.data.password}' | base64 -d` then the
 * password, `$ terraform output -raw db_password`, `$ vault kv get -field=token …`, `$ openssl rand -hex 32`. The
 * command says what its output is, as a key's name says what its value is; the output is the next line, one token.
 */

/** Commands that print a secret: each is read on the prompt's line, the whole pipeline included. */
const PRINTS_SECRET: readonly RegExp[] = [
  // A secret store's read: Kubernetes secrets decoded, Vault, cloud secret managers, password managers.
  /\bkubectl\b.*\bget[ \t]+secrets?\b.*\bbase64[ \t]+(?:-d|-D|--decode)\b/,
  // A secret's field printed still encoded (`-o jsonpath='{.data.password}'`): base64 of a secret is as good as it.
  /\bkubectl\b.*\bget[ \t]+secrets?\b.*-o[ \t=]*["']?(?:jsonpath|go-template)\b.*\.data\b/,
  /\bvault[ \t]+(?:kv[ \t]+get|read)\b.*-field[= ]/,
  /\baws[ \t]+secretsmanager[ \t]+get-secret-value\b/,
  /\bgcloud[ \t]+secrets[ \t]+versions[ \t]+access\b/,
  /\baz[ \t]+keyvault[ \t]+secret[ \t]+show\b/,
  /\bop[ \t]+item[ \t]+get\b.*(?:--reveal|--fields)/,
  /\b(?:op[ \t]+read|pass[ \t]+show|doppler[ \t]+secrets[ \t]+get|bw[ \t]+get[ \t]+password)\b/,
  /\bsecurity[ \t]+find-(?:generic|internet)-password\b.*[ \t]-w\b/,
  // A generator of secrets.
  /\bopenssl[ \t]+rand[ \t]+-(?:hex|base64)\b/,
  // A CLI's own login token printed: Heroku, GitHub, gcloud, Azure.
  /\b(?:heroku[ \t]+auth:token|heroku[ \t]+authorizations:create|gh[ \t]+auth[ \t]+token|gcloud[ \t]+auth[ \t]+print-(?:access|identity)-token|az[ \t]+account[ \t]+get-access-token)\b/,
];

/** Lines a CLI prints above its output: warnings marked with ›, ▸, ! or "Warning:" (at most two are passed over). */
const WARNINGS = '(?:[ \\t]*(?:[›▸!⚠]|[Ww]arning:)[^\\n]{0,200}\\r?\\n){0,2}';

/** Commands whose argument names what they print: `terraform output -raw db_password`, `heroku config:get API_TOKEN`, `printenv STRIPE_KEY`, `echo $DB_PASSWORD`. */
// Also a device's or a tool's settings read by name: Android's `settings get global kiosk_admin_pin` and `getprop`,
// `git config --get`, `npm config get`, `defaults read <domain>`.
const NAMED_OUTPUT =
  /\b(?:terraform[ \t]+output(?:[ \t]+-(?:raw|json))?|heroku[ \t]+config:get|printenv|echo[ \t]+\$\{?|settings[ \t]+get[ \t]+(?:global|secure|system)|getprop|git[ \t]+config(?:[ \t]+--(?:global|local|system))?(?:[ \t]+--get)?|npm[ \t]+config[ \t]+get|defaults[ \t]+read[ \t]+[\w.-]+)[ \t]*([A-Za-z_][\w.-]{1,80})/;

/**
 * A one-time code printed: 1Password's and Bitwarden's `--otp` / `get totp`, `oathtool --totp`, `ykman oath accounts
 * code`; six to eight digits on the next line.
 */
const PRINTS_ONE_TIME_CODE = /\b(?:op[ \t]+item[ \t]+get\b.*--otp|bw[ \t]+get[ \t]+totp|oathtool\b.*--totp|ykman[ \t]+oath[ \t]+(?:accounts[ \t]+)?code|2fa[ \t]+\S+)/;

/** 1Password's `op item get … --fields label=username,label=password`: the fields print on one line, by commas, in order. */
const OP_FIELDS = /\bop[ \t]+item[ \t]+get\b.*--fields[ \t=]+["']?([\w=,.-]+)/;

/** A file printed: `cat`, `type`, `Get-Content`, `head`, `less`, `bat` and the file's path. */
const PRINTED_FILE = /\b(?:cat|type|Get-Content|gc|head|less|more|bat)[ \t]+(?:-\w+[ \t]+)*["']?([^\s"'|;&<>]{1,200})["']?[ \t]*$/;

/** What a prompt's command says its output is: a password, another secret, or nothing known. */
function outputKind(command: string): 'password' | 'secret' | null {
  const says = (name: string) => (/pass|pwd/i.test(name) ? 'password' : 'secret');
  if (PRINTS_SECRET.some((p) => p.test(command))) return says(command);
  const named = NAMED_OUTPUT.exec(command)?.[1];
  if (named !== undefined) {
    const kind = classifyKey(named);
    return kind === null ? null : kind === 'password' ? 'password' : 'secret';
  }
  const file = PRINTED_FILE.exec(command)?.[1];
  if (file === undefined) return null;
  const base = file.slice(file.lastIndexOf('/') + 1);
  // A public key or certificate printed is not a secret; its name says so.
  if (!SECRET_FILE.test(base) || /\.(?:pub|crt|cer)$|public|cert/i.test(base)) return null;
  return says(base);
}

/**
 * A shell prompt (`$ `, `% `, `user@host:~$ `, `PS C:\> `; `#` only with a path or host before it, since a lone `#`
 * opens a comment) and its command, then the next line.
 */
function judgeOutput(m: RegExpExecArray): ReturnType<RegexRule['judge']> {
  const command = m[1]!;
  const printed = m[2]!;
  if (PRINTS_ONE_TIME_CODE.test(command)) {
    if (!/^\d{6,8}$/.test(printed)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + printed.length, label: 'password' };
  }
  // A PIN or a passcode read by its setting's name is digits as often: four to twelve of them.
  const named = NAMED_OUTPUT.exec(command)?.[1];
  if (named !== undefined && /(?:^|[_.-])(?:pin|passcode|pincode|pin_code)(?:$|[_.-])/i.test(named) && /^\d{4,12}$/.test(printed)) {
    const start = m.indices![2]![0];
    return { start, end: start + printed.length, label: 'password' };
  }
  if (printed.length < 8) return null;
  const kind = outputKind(command);
  if (kind === null) return null;
  // Several fields on one line: the password's by its place in the list (`op item get … --fields a,b`).
  const fields = OP_FIELDS.exec(command)?.[1]?.split(',');
  let offset = 0;
  let value = printed;
  if (fields && fields.length > 1) {
    const at = fields.findIndex((f) => /pass|secret|credential|token|key/i.test(f));
    const parts = printed.split(',');
    if (at < 0 || parts.length !== fields.length) return null;
    offset = parts.slice(0, at).join(',').length + (at > 0 ? 1 : 0);
    value = parts[at]!;
  }
  const ok = kind === 'password' ? looksLikePassword(value, { quoted: true, strict: false }) && !/^[$%]/.test(value) : looksLikeGenericSecret(value);
  if (!ok) return null;
  const start = m.indices![2]![0] + offset;
  return { start, end: start + value.length, label: kind === 'password' ? 'password' : 'api key' };
}

const PROMPT_THEN_OUTPUT: RegexRule = {
  name: 'command-output',
  pattern: new RegExp(String.raw`^[ \t]*(?:\([\w.-]{1,40}\)[ \t]*)?(?:[\w.@~:/-]{0,80}[$%]|[\w.@~:/-]{1,80}#|PS[ \t][^\n>]{1,80}>)[ \t]+([^\n]{3,400})\r?\n${WARNINGS}[ \t]*([^\s]{4,300})[ \t]*\r?$`, 'dgm'),
  judge: judgeOutput,
  // The output line may be the next prompt: scan on from it.
  resumeAfterReject: (m) => m.indices![2]![0] - 1,
};

/**
 * The same, pasted without the prompt: a line that opens with one of the commands above (`terraform output -raw
 * db_password`, `vault kv get -field=password …`, `openssl rand -hex 32`), then its output. The command's own words
 * must say it prints a secret, as on a prompt's line.
 */
const COMMAND_THEN_OUTPUT: RegexRule = {
  name: 'command-output-without-prompt',
  pattern: new RegExp(String.raw`^[ \t]*((?:terraform|heroku|printenv|echo|kubectl|vault|aws|gcloud|az|op|pass|doppler|bw|security|openssl|gh|adb|settings|getprop|oathtool|ykman)[ \t][^\n]{3,400})\r?\n${WARNINGS}[ \t]*([^\s]{4,300})[ \t]*\r?$`, 'dgm'),
  judge: judgeOutput,
  resumeAfterReject: (m) => m.indices![2]![0] - 1,
};

export const COMMAND_OUTPUT_FINDERS: readonly Finder[] = [regexFinder(PROMPT_THEN_OUTPUT), regexFinder(COMMAND_THEN_OUTPUT)];
