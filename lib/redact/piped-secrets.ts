import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AP's round: a literal echoed or printed into a command that stores it as a secret or reads it as a password from
 * its input: `printf '…' | docker secret create name -`, `echo -n '…' | systemd-creds encrypt --name=x - out`,
 * `echo '…' | podman secret create`, `| kubectl create secret … --from-file=…=/dev/stdin`, `| gh secret set`,
 * `| wrangler secret put`, `| vault kv put … -`, `| passwd --stdin`, `| chpasswd`, `| … --password-stdin`,
 * `| ansible-vault encrypt_string`, `| gpg --passphrase-fd 0`. The command says what the literal is, as a key's name
 * does; a shell variable (`"$PW"`), a format (`'%s'`) or a placeholder is not taken.
 *
 * AS's round: the commands that read a password from their input when one is piped in: `| kinit user@REALM`,
 * `| sudo -S`, `| smbpasswd -s`, `| htpasswd -i`, `| cryptsetup open`, `| openssl … -passin stdin`, `| kpasswd`.
 *
 * AX's round: `printf` with its format first (`printf %s '…' | wrangler secret put NAME`, `printf '%s' …`), and Vercel's
 * `vercel env add NAME [environment]`, which reads the value from its input when one is piped in; and a command whose
 * arguments name a LUKS key or passphrase (Unraid's `echo "…" | emcmd cmdStart=Start luksKey=1`).
 */
const STORES_FROM_INPUT =
  /(?:\bk(?:init|passwd)\b|\bsudo[ \t]+(?:-[A-Za-z]+[ \t]+)*-[A-Za-z]*S\b|\bsmbpasswd\b[^|\n]{0,40}[ \t]-s\b|\bhtpasswd\b[^|\n]{0,40}[ \t]-\w*i\b|\bcryptsetup\b|-pass(?:in|out)?[ \t]+stdin\b|\bsecrets?[ \t]+(?:create|set|put|add|write)\b|systemd-creds[ \t]+encrypt|\bcreds[ \t]+encrypt|--password-stdin|--passphrase-(?:fd|stdin|file[ \t=]+\/dev\/stdin)|\bpasswd\b[^|\n]{0,40}--stdin|\bchpasswd\b|encrypt_string|=\/dev\/stdin|\bkv[ \t]+put\b|\bvercel[ \t]+env[ \t]+add\b|\bluks\w*(?:[Kk]ey|[Pp]ass)|-pass(?:in)?[ \t]+stdin)/;

const PIPED_LITERAL: RegexRule = {
  name: 'literal-piped-into-secret-store',
  pattern: /(?<![\w-])(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+--)?(?:[ \t]+(?:%s|'%s'|"%s"))?)[ \t]+(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|([^\s|'"&;<>]{1,200}))[ \t]*\|[ \t]*([^\n]{1,200})/dg,
  judge(m) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const value = m[group]!;
    if (!STORES_FROM_INPUT.test(m[4]!)) return null;
    if (/\$|%[sdq]|\\n$/.test(value) || isPlaceholder(value) || value.length < 4) return null;
    // A user and a password together (`user:…` for chpasswd): the part after the colon.
    const colon = /chpasswd/.test(m[4]!) ? value.indexOf(':') + 1 : 0;
    const start = m.indices![group]![0] + colon;
    return { start, end: m.indices![group]![1], label: 'password' };
  },
};

export const PIPED_SECRET_FINDERS: readonly Finder[] = [regexFinder(PIPED_LITERAL)];
