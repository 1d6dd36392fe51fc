import { regexFinder, windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * Secrets in network devices' configs and the files their clients read, by the config's own syntax:
 *
 * - Junos: a secret in its `$9$` form (`secret "$9$…"`, `authentication-key "$9$…"`, `pre-shared-key ascii-text "$9$…"`):
 *   Juniper's reversible encoding, undone by any script, so the plaintext in effect (unlike `$1$`/`$6$` hashes, which are
 *   kept as stored hashes); the prefix is the form's alone, so no key word is needed (AP's round);
 * - Cisco IOS: a password given as type 7 (`enable password 7 0822455D0A16`, `username x password 7 …`: a reversible
 *   encoding that tools undo at once) and an SNMP community (`snmp-server community <string> RO|RW`), the agent's
 *   password;
 * - MikroTik RouterOS: the community's `name=` under `/snmp community`;
 * - a WEP key in hex (10, 26 or 58 hex digits: 40-, 104- and 232-bit keys) after "WEP key";
 * - OpenVPN's `auth-user-pass` file: a user name on its first line and the password on its second, quoted below the
 *   option that names the file.
 */

/** Cisco's type 7: an even number of hex digits after `password 7` or `key 7` (two decimal digits first, as IOS writes it). */
const CISCO_TYPE7: RegexRule = {
  name: 'cisco-type7-password',
  pattern: /(?<![\w-])(?:password|secret|key(?:-string)?)[ \t]+7[ \t]+([0-9A-Fa-f]{8,})(?![\w])/dg,
  judge(m) {
    const start = m.indices![1]![0];
    return m[1]!.length % 2 === 0 ? { start, end: start + m[1]!.length, label: 'password' } : null;
  },
};

/** Junos's `$9$` reversible secret: the prefix and twelve characters or more of its alphabet. */
const JUNOS_TYPE9: RegexRule = {
  name: 'junos-type9-secret',
  pattern: /(?<![\w$])\$9\$[A-Za-z0-9./-]{12,400}(?![\w$])/dg,
  judge: (m) => ({ start: m.index, end: m.index + m[0].length, label: 'password' }),
};

/** `snmp-server community <string> [view v] RO|RW|<acl>`: the string is the agent's password. */
const CISCO_SNMP_COMMUNITY: RegexRule = {
  name: 'snmp-server-community',
  pattern: /(?:^|\n)[ \t]*snmp-server[ \t]+community[ \t]+(?:0[ \t]+)?([^\s]{4,64})(?=[ \t]+(?:view[ \t]+\S+[ \t]+)?(?:RO|RW|ro|rw)\b|[ \t]*(?:\n|$)|[ \t]+\d{1,4}\b)/dg,
  judge(m) {
    const value = m[1]!;
    // The defaults every guide warns of are still the device's password; a placeholder in angle brackets is not.
    if (/^[<[{]/.test(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

/** MikroTik's `/snmp community` section: each `add`/`set` line's `name=` is a community string. */
const MIKROTIK_COMMUNITY: RegexRule = {
  name: 'mikrotik-snmp-community',
  pattern: /\/snmp[ \t]+community[^\n]*\n((?:[ \t]*(?:add|set)\b[^\n]*\n?){1,20})/dg,
  judge(m) {
    const block = m[1]!;
    const at = m.indices![1]![0];
    const spans = [];
    for (const n of block.matchAll(/(?<![\w-])name=("?)([^\s"]{4,64})\1/g)) {
      if (n[2] === 'public' || n[2] === 'private') continue;
      const start = at + n.index! + 5 + n[1]!.length;
      spans.push({ start, end: start + n[2]!.length, label: 'password' as const });
    }
    return spans;
  },
};

/** "WEP key" (or "WEP-Schlüssel", "clé WEP", "clave WEP" …), a verb or colon, then 10, 26 or 58 hex digits. */
const WEP_KEY: RegexRule = {
  name: 'wep-key',
  pattern:
    /(?<![\p{L}])(?:WEP[ \t-]*(?:key|keys|Schl[üu]ssel|sleutel|nyckel|n[øo]gle|avain)|(?:cl[ée]|clave|chave|chiave|klucz)[ \t]+WEP)(?:[ \t]+(?:is|was|ist|est|es|é|è|=))?[ \t]*[:=]?[ \t]*(?:0x)?((?:[0-9A-Fa-f]{2}[:-]?){4}[0-9A-Fa-f]{2}(?:(?:[:-]?[0-9A-Fa-f]{2}){8})?(?:(?:[:-]?[0-9A-Fa-f]{2}){16})?)(?![\p{L}\p{N}_])/dgiu,
  judge(m) {
    const value = m[1]!;
    const hex = value.replace(/[:-]/g, '');
    if (![10, 26, 58].includes(hex.length) || /^(.)\1+$/.test(hex)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

/**
 * OpenVPN's `auth-user-pass <file>`, then below it that file's two lines: a user name, then the password. Only a block
 * of exactly two lines, set off by blank lines, a colon or a code fence, within 400 characters after the option.
 */
const AUTH_USER_PASS_FILE: RegexRule = {
  name: 'openvpn-auth-user-pass-file',
  pattern: /auth-user-pass[ \t]+[`'"]?[\w./\\-]+[^\n]{0,200}(?:\n[^\n]{0,200}){0,3}?(?::|```\w*)[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\s:=]{1,64})[ \t]*\r?\n[ \t]*([^\s]{4,128})[ \t]*(?=\r?\n[ \t]*(?:\r?\n|```)|$)/dg,
  judge(m) {
    const value = m[2]!;
    // A password has a digit or a symbol, or letters in both cases; a word is the next line of prose.
    if (!/\d|[^\p{L}\p{N}]/u.test(value) && !(/\p{Lu}/u.test(value) && /\p{Ll}/u.test(value))) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
};

export const NETWORK_DEVICE_SECRET_FINDERS: readonly Finder[] = [
  windowedFinder(CISCO_TYPE7, /[ \t]7[ \t]/g, 40, 200),
  windowedFinder(JUNOS_TYPE9, /\$9\$/g, 1, 410),
  windowedFinder(CISCO_SNMP_COMMUNITY, /snmp-server/g, 8, 140),
  // Its judge returns a span for each line of the section: the windowed finders keep one span a match.
  regexFinder(MIKROTIK_COMMUNITY),
  windowedFinder(WEP_KEY, /WEP/gi, 20, 140),
  regexFinder(AUTH_USER_PASS_FILE),
];
