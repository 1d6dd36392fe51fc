import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * A password a cracker recovered, as hashcat's potfile and John the Ripper's `--show` print it: the hash, a colon,
 * the plaintext (`$6$salt$…:tangerine-moth-913!`, `5f4dcc3b…:letmein`). The hash opens nothing; the plaintext after it
 * is the account's password. Read only where the text speaks of cracking (hashcat, `john --show`, John the Ripper, a
 * potfile, "cracked"; not John the colleague), and
 * only a plaintext that ends its line or is followed by a space: an /etc/shadow line's hash is followed by more
 * colon-separated fields (`:19700:0:99999:7:::`), never by text.
 */
const CRACKING_TALK = /hashcat|john[ \t]+the[ \t]+ripper|\bjohn[ \t]+--|\bJtR\b|potfile|\bcrack(?:ed|ing)?\b|rockyou|geknackt|craqu[ée]|crackead[oa]|descifrad[oa]/i;

const HASH_THEN_PLAIN =
  /(?<![\w$/.])(\$(?:1|2[abxy]?|5|6|y|7|apr1|sha1|md5|argon2(?:id|i|d))\$[^\s:]{8,300}|[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}):([^\s:]{1,64})(?=[ \t]*(?:\r?\n|$))/dg;

const CRACKED_PASSWORD: RegexRule = {
  name: 'cracked-password',
  pattern: HASH_THEN_PLAIN,
  judge(m, text) {
    if (!CRACKING_TALK.test(text.slice(Math.max(0, m.index - 400), m.index))) return null;
    const plain = m[2]!;
    // A second digest after the hash (`lm:nt` pairs) is no recovered password.
    if (/^[0-9a-fA-F]{16,}$/.test(plain)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + plain.length, label: 'password' };
  },
};

const hashThenPlain = regexFinder(CRACKED_PASSWORD);

export const CRACKED_PASSWORD_FINDERS: readonly Finder[] = [
  // A text that never speaks of cracking is not scanned at all.
  { name: hashThenPlain.name, find: (text) => (CRACKING_TALK.test(text) ? hashThenPlain.find(text) : []) },
];
