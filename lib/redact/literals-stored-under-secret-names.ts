import type { Finder, SecretSpan } from './rules';
import { classifyKey, looksLikeGenericSecret, looksLikePassword } from './values';

/**
 * BF's round: a literal stored under a secret's name where the language puts the name after the value. HyperTalk's and
 * LiveCode's `put "dtn_387d…" into tDaytonaApiKey`, AppleScript's `copy "…" to apiToken`; and a stack language's
 * header set (Factor's `"rc_6b0e…" "FEATHERLESS_API_KEY" set-header`, the value pushed before the header's name). The
 * name must say key, token, secret or password (`classifyKey`), and the literal must look like one.
 */
const PUT_INTO = /(?<![\w-])(?:put|copy)[ \t]+"([^"\n]{8,300})"[ \t]+(?:into|to)[ \t]+([A-Za-z_][\w]{2,60})(?![\w])/dgi;
const PUSHED_BEFORE_HEADER = /"([^"\n]{8,300})"[ \t]+"([A-Za-z][\w-]{2,60})"[ \t]+set-header(?![\w-])/dg;

function findLiteralsStoredUnderSecretNames(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const rule of [PUT_INTO, PUSHED_BEFORE_HEADER]) {
    rule.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = rule.exec(text)); ) {
      const value = m[1]!;
      const kind = classifyKey(m[2]!);
      if (kind === 'password' ? !looksLikePassword(value, { quoted: true, strict: true }) : kind !== 'secret' || !looksLikeGenericSecret(value)) continue;
      const [start, end] = m.indices![1]!;
      spans.push({ start, end, label: kind === 'password' ? 'password' : 'api key' });
    }
  }
  return spans;
}

export const LITERALS_STORED_UNDER_SECRET_NAMES_FINDERS: readonly Finder[] = [
  { name: 'literals-stored-under-secret-names', find: findLiteralsStoredUnderSecretNames, trigger: /put|copy|set-header/i },
];
