import {
  EMAIL_RULE,
  PHONE_RULE,
  SECRET_RULES,
  findPrivateKeys,
  type RedactionLabel,
  type RegexRule,
  type SecretSpan,
} from './rules';

export type { RedactionLabel } from './rules';

export interface RedactOptions {
  /** Also replace e-mail addresses (off by default: they are often what the user is talking about). */
  email?: boolean;
  /** Also replace phone numbers (off by default). */
  phone?: boolean;
}

export interface RedactResult {
  text: string;
  /** The kinds of secret replaced, each once, in the order first met: e.g. ['api key', 'jwt']. */
  found: RedactionLabel[];
}

export function redactionMarker(label: RedactionLabel): string {
  return `[redacted ${label}]`;
}

/** Replaces the spans (sorted, non-overlapping) with their markers. */
function replaceSpans(text: string, spans: SecretSpan[], found: Set<RedactionLabel>): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const span of spans) {
    parts.push(text.slice(last, span.start), redactionMarker(span.label));
    last = span.end;
    found.add(span.label);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function applyRule(text: string, rule: RegexRule, found: Set<RedactionLabel>): string {
  const { pattern } = rule;
  pattern.lastIndex = 0;
  const spans: SecretSpan[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const span = rule.judge(m, text);
    if (span && span.end > span.start) spans.push(span);
    else if (rule.resumeAfterReject) pattern.lastIndex = rule.resumeAfterReject(m);
  }
  return replaceSpans(text, spans, found);
}

/**
 * Replaces secrets (API keys, bearer tokens, JWTs, private keys, passwords, card numbers; optionally e-mail addresses
 * and phone numbers) with `[redacted <kind>]` markers. Runs in time linear in the text's length.
 */
export function redactSecrets(text: string, opts: RedactOptions = {}): RedactResult {
  const found = new Set<RedactionLabel>();
  // Private keys first: their base64 body would otherwise feed the key-shaped rules piece by piece.
  let out = replaceSpans(text, findPrivateKeys(text), found);
  for (const rule of SECRET_RULES) out = applyRule(out, rule, found);
  if (opts.email) out = applyRule(out, EMAIL_RULE, found);
  if (opts.phone) out = applyRule(out, PHONE_RULE, found);
  return { text: out, found: [...found] };
}
