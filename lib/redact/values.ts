/**
 * Judgements on a candidate secret value once a pattern has found it: is it a real-looking secret, or code, a type
 * annotation, a placeholder or prose that merely sits where a secret could?
 */

const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_SYMBOL = /[^\p{L}\p{N}\s]/u;

/** Already-redacted text must not be redacted again (rules run one after another over the same text). */
export function isMarker(value: string): boolean {
  return value.includes('[redacted');
}

/** Template, environment and documentation placeholders in place of a value. */
const PLACEHOLDER =
  /^(?:[$<{%?:@]|\*{3,}|x{4,}|•{3,}|\.{3,}|your[\s_-]|my[\s_-]|enter[\s_-]|insert[\s_-])|process\.env|environ|getenv|secrets\.|vault|placeholder|example|<[^>]*>|\{\{|\$\{/i;

/** A member-access path such as `self.password`, `req.body.token`, `process.env.KEY`: code, not a value. */
const MEMBER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/** Type names and literals that follow `password:` in annotations and schemas. */
const TYPE_OR_LITERAL =
  /^(?:str|string|int|integer|bool|boolean|number|bytes|text|char|varchar|any|unknown|object|none|null|nil|undefined|true|false|optional|secretstr|secretbytes|password|passwd|pwd|pw|pass|passphrase|required|field|column|hidden|masked|redacted|encrypted|hashed)$/i;

/** Prose after `Password:` that is not a password. */
const PROSE_WORD =
  /^(?:reset|none|empty|same|see|the|my|your|not|n\/a|tbd|unknown|set|yes|no|ok|at|is|and|or|for|must|should|will|can|input|value|type|length|strength|protected|sent|changed|updated|incorrect|invalid|wrong|expired|forgotten|forgot|please|use|enter|required|optional|needed|saved|stored|managed|manager|policy|rules|protected|only|also|a|an|it|this|that|as|below|above|same|new|old)$/i;

/** A variable holding a password (`user_password`, `db_pass`), passed by name. */
const PASSWORD_VARIABLE = /^(?:[a-z][a-z0-9]*_)*(?:password|passwd|pass|pwd|pw)$/i;

/** Generic secret found by its key name (`api_key = ...`): must look machine-generated. */
export function looksLikeGenericSecret(value: string): boolean {
  if (value.length < 12 || isMarker(value)) return false;
  if (PLACEHOLDER.test(value) || MEMBER_PATH.test(value)) return false;
  if (!HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) return false;
  return !/^(.)\1+$/.test(value);
}

/** Body of a provider-prefixed key: random keys nearly always mix letters and digits. */
export function looksLikeKeyBody(value: string): boolean {
  return HAS_DIGIT.test(value) && HAS_LETTER.test(value);
}

/**
 * A value after a password label. `strict` is for prose forms ("my password is ...", "パスワードは ..."), where a word
 * with no digit or symbol is far more likely to be the rest of the sentence than a password.
 */
export function looksLikePassword(value: string, opts: { quoted: boolean; strict: boolean; nextChar?: string }): boolean {
  const v = value.trim();
  if (v === '' || isMarker(v) || PLACEHOLDER.test(v)) return false;
  if (/^[*•x.\-_#?]+$/i.test(v)) return false; // masked: ******** / xxxx / ?
  if (opts.strict) {
    if (v.length < 6) return false;
    return HAS_DIGIT.test(v) || HAS_SYMBOL.test(v);
  }
  if (opts.quoted) return !/^%[sd]$/.test(v);
  // Unquoted: code and prose sit here as often as secrets.
  if (opts.nextChar === '(' || opts.nextChar === '[') return false; // a call or a generic: input(...), Optional[str]
  if (v.length < 4) return false;
  if (TYPE_OR_LITERAL.test(v) || PROSE_WORD.test(v) || MEMBER_PATH.test(v) || PASSWORD_VARIABLE.test(v)) return false;
  return true;
}

/** Trailing sentence punctuation after an unquoted value belongs to the sentence. */
export function trimTrailingPunctuation(value: string): string {
  // `!` and `?` stay: passwords end with them far more often than a sentence runs straight on from one.
  return value.replace(/[.,;:)\]}»”。、，]+$/u, '');
}
