import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * Keys that VPN configurations hold in their own layouts, with no key name an assignment rule would read:
 * - armoured key blocks other than PEM private keys: OpenVPN's `-----BEGIN OpenVPN Static key V1-----` (tls-auth,
 *   secret) and its tls-crypt-v2 keys — any `-----BEGIN … KEY-----` block whose label is not a public key's or a
 *   certificate's; the whole block goes, its armour lines too;
 * - strongSwan's `ipsec.secrets` lines, `[selectors] : PSK "…"` (also EAP, XAUTH, NTLM secrets);
 * - pre-shared keys on router command lines: `crypto isakmp key … address …`, `pre-shared-key …`, `set psksecret …`.
 */

const ARMOUR_BEGIN = /-----BEGIN ([A-Za-z0-9 ._-]{1,60})-----/g;
/** Armour labels that hold a secret key: they say key or secret, and not public or certificate. */
const SECRET_ARMOUR = /\b(?:key|secret)\b/i;
const NOT_SECRET_ARMOUR = /public|certificate|\bcert\b|request|private key/i;
/** The body must hold key material: documentation shows the armour lines alone, or with `...` between them. */
const KEY_MATERIAL = /[A-Za-z0-9+/=]{16}/;

function findArmouredKeys(text: string): SecretSpan[] {
  if (!text.includes('-----BEGIN ')) return [];
  const spans: SecretSpan[] = [];
  // The next END line of each label at or after a position, found once and reused: with no END in the text, each
  // label's search runs once, not once per BEGIN.
  const nextEnd = new Map<string, number>();
  ARMOUR_BEGIN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARMOUR_BEGIN.exec(text)); ) {
    const label = m[1]!;
    if (!SECRET_ARMOUR.test(label) || NOT_SECRET_ARMOUR.test(label)) continue;
    const endLine = `-----END ${label}-----`;
    const bodyStart = m.index + m[0].length;
    let end = nextEnd.get(label);
    if (end === undefined || (end >= 0 && end < bodyStart)) {
      end = text.indexOf(endLine, bodyStart);
      nextEnd.set(label, end);
    }
    if (end < 0) continue;
    if (!KEY_MATERIAL.test(text.slice(bodyStart, Math.min(end, bodyStart + 400)).replace(/\s+/g, ''))) continue;
    spans.push({ start: m.index, end: end + endLine.length, label: 'private key' });
    ARMOUR_BEGIN.lastIndex = end + endLine.length;
  }
  return spans;
}

/** A secret written quoted, or as one word. */
const SECRET_VALUE = `(?:"([^"\\n]{4,400})"|'([^'\\n]{4,400})'|([^\\s"'#]{4,400}))`;

function judgeSecret(m: RegExpExecArray): SecretSpan | null {
  const group = [1, 2, 3].find((g) => m[g] !== undefined);
  if (group === undefined) return null;
  const value = m[group]!;
  // FortiOS prints stored keys as `ENC <ciphertext>`; a placeholder or a variable stands for the key.
  if (value === 'ENC' || isPlaceholder(value) || /^[$%<{]/.test(value)) return null;
  // Unquoted, a word is the rest of a sentence ("pre-shared-key mismatch"), not a key.
  if (group === 3 && /^[A-Za-z][a-z]*[.,;:!?]?$/.test(value)) return null;
  const [start, end] = m.indices![group]!;
  return { start, end, label: 'password' };
}

/** `ipsec.secrets`: optional selectors, a colon, the secret's type, the secret. */
const IPSEC_SECRET: RegexRule = {
  name: 'ipsec-secret',
  pattern: new RegExp(`(?<![^\\n])[ \\t]*[^\\n:#]{0,200}:[ \\t]*(?:PSK|EAP|XAUTH|NTLM)[ \\t]+${SECRET_VALUE}`, 'dg'),
  judge: judgeSecret,
};

/** Cisco IOS/ASA, Juniper-style and FortiOS pre-shared keys (an encryption-type digit may precede the key). */
const ROUTER_PSK: RegexRule = {
  name: 'router-psk',
  pattern: new RegExp(
    `(?:crypto[ \\t]+isakmp[ \\t]+key|pre-shared-key(?:[ \\t]+(?:local|remote|ascii-text|address[ \\t]+\\S+))?|set[ \\t]+psksecret)(?:[ \\t]+[06])?[ \\t]+${SECRET_VALUE}`,
    'dgi',
  ),
  judge: judgeSecret,
};

export const VPN_KEY_FINDERS: readonly Finder[] = [
  { name: 'armoured-key', find: findArmouredKeys },
  regexFinder(IPSEC_SECRET),
  regexFinder(ROUTER_PSK),
];
