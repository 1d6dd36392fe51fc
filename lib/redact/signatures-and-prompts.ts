import type { SecretSpan } from './rules';

/**
 * Values in a secret's place that are not secrets: a webhook request's signature header (`X-Hub-Signature-256:
 * sha256=…`, `X-Slack-Signature`, `X-Shopify-Hmac-Sha256`) is a MAC of one request body, worthless for any other
 * request and sent in the clear with it; a PowerShell command that asks for the password (`$password = Read-Host
 * -AsSecureString …`, `Get-Credential`) stands where a password would, but reads it rather than holding it.
 */

/**
 * A header named for a signature or an HMAC, on its own line or quoted in a sentence ("Header: X-Signature: t=…,v1=…"),
 * up to the value (a `sha256=` scheme allowed).
 */
const SIGNATURE_HEADER =
  /(?:^|\n|[ \t(`"'])[ \t]*(?:[A-Za-z0-9]+-)*(?:signature|hmac)(?:-[A-Za-z0-9]+)*[ \t]*:[ \t]*(?:[A-Za-z0-9_-]{1,12}=[^\s,;]{0,200}[,;][ \t]*|v\d{1,2},[A-Za-z0-9+/=]{1,200}[ \t]+)*(?:(?:sha(?:1|256|512)|v\d{1,2})=|v\d{1,2},)?$/i;

/** What the header's name holds: most values' lines have neither word, and the anchored pattern is then not tried. */
const SIGNATURE_WORD = /signature|hmac/i;

/** PowerShell cmdlets that read a secret from the user, a file or a store: what follows them is a command. */
const READING_CMDLET = /^(?:Read-Host|Get-Credential|Get-Secret|Get-Content|ConvertTo-SecureString|Import-Clixml)$/i;

export function isRequestSignature(text: string, span: SecretSpan): boolean {
  // The header's earlier parts count: Stripe writes `t=…,v1=…,v0=…`, Standard Webhooks `v1,… v1,…` (several keys).
  const lead = text.slice(Math.max(0, span.start - 600), span.start);
  const line = lead.lastIndexOf('\n');
  const header = line >= 0 ? lead.slice(line) : span.start <= 600 ? lead : '';
  return SIGNATURE_WORD.test(header) && SIGNATURE_HEADER.test(header);
}

export function isPasswordPrompt(text: string, span: SecretSpan): boolean {
  return READING_CMDLET.test(text.slice(span.start, span.end)) && /^(?:[ \t]+-[A-Za-z]|[ \t]*(?:\n|$|[;|)]))/.test(text.slice(span.end, span.end + 3));
}
