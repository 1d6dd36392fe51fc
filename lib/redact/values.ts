/**
 * Judgements on a candidate secret value once a pattern has found it: is it a real-looking secret, or code, a type
 * annotation, a placeholder or prose that merely sits where a secret could?
 */

import { byValue } from './trigger-scan';

const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_SYMBOL = /[^\p{L}\p{N}\s]/u;

/** Already-redacted text must not be redacted again. */
export function isMarker(value: string): boolean {
  return value.includes('[redacted');
}

/**
 * The text around a finding, as context for it, with earlier redaction markers blanked out: "[redacted private key]"
 * must not read as the words "private key" to a rule that looks for them.
 */
export function contextOf(text: string, from: number, to: number): string {
  const s = text.slice(Math.max(0, from), Math.max(0, to));
  return s.includes('[redacted') ? s.replace(/\[redacted [^\]]*\]?/g, (m) => ' '.repeat(m.length)) : s;
}

/**
 * A UUID's shape, 8-4-4-4-12 hexadecimal digits, as a regex source to build other patterns from. Both cases are
 * written out, so it means the same with or without the `i` flag.
 */
export const UUID_SHAPE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A whole value that is a UUID, in either case. */
export const UUID = new RegExp(`^${UUID_SHAPE}$`);

/**
 * The line around `at`, but no more than `reach` characters on either side: a search for the line's ends must not
 * run to the text's ends once per match (a text without line breaks would make that quadratic).
 */
export function lineAround(text: string, at: number, reach: number): { start: number; end: number; text: string } {
  const from = Math.max(0, at - reach);
  const to = Math.min(text.length, at + reach);
  const before = text.slice(from, at).lastIndexOf('\n');
  const after = text.slice(at, to).indexOf('\n');
  const start = before >= 0 ? from + before + 1 : from;
  const end = after >= 0 ? at + after : to;
  return { start, end, text: contextOf(text, start, end) };
}

/**
 * Template, environment and documentation placeholders in place of a value. AY's round: Dynaconf's lazy values
 * (`"@format {env[DB_PASS]}"`, `"@jinja {{ this.X }}"`) are filled in from elsewhere when read. BC's round, three
 * more: a format's prefix with an ellipsis for the rest (`sk_car_...`, `secret_…`), groups of x after a prefix
 * (`sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx`), and Symfony's reference to an environment variable
 * (`%env(DATABASE_PASSWORD)%`, `%env(resolve:DB_URL)%`), which the framework reads at run time. BD's round, two
 * more: a masking word in round brackets, as support bundles and sanitised dumps print a hidden value
 * (`DB_PASSWORD=(hidden by policy)`, `(redacted)`, `(removed for security)`), and Puppet Bolt's plugin reference,
 * whose value is fetched when the plan runs (`password: _plugin: env_var`, `{ _plugin: prompt, message: … }`). BE's
 * round: Hiera's, Fluentd's and Logstash's interpolation (`%{env:DB_TOKEN}`, `%{lookup('db::password')}`) and Ruby's,
 * CoffeeScript's, MoonScript's, LiveScript's, Elixir's and Crystal's (`#{api_token}`, `#{System.get_env("KEY")}`), a
 * template's instruction for the value (`REPLACE_WITH_api-token`, `fill_in_secret`), Azure Key Vault's references
 * (`keyvault:prod-kv/db-secret`, App Service's `@Microsoft.KeyVault(SecretUri=…)`) and Kubernetes' `secretKeyRef`
 * read alone, as a key-value rule cuts it at its colon (`password: secretKeyRef: {name: …, key: …}`). BK's round: a
 * template's instruction to paste the value (`paste-a-secret`, `paste_token_here`), as "enter" and "insert" are read.
 * BQ's round: a pointer to where the value is kept (`see-1password-entry`, `see_the_wiki`, `see vault note`), "see"
 * and then a password manager, a vault, a wiki, a document or an entry: the value itself is elsewhere.
 */
const PLACEHOLDER =
  /^(?:%\(|%\w+%$|\[[a-z]{2,}(?:[ \t][a-z]+)*\]?$|%[sd]$|<|\{|\?{1,3}$|:[A-Za-z_]\w*$|@[A-Za-z_]+$|\*{3,}|x{4,}|•{3,}|\.{3,}|your[\s_-]|my[\s_-]|enter[\s_-]|insert[\s_-]|paste[\s_-]|todo\b|redacted\b|!vault\b|!secret\b|!env_var\b|!include\b|vault:|(?:secret|config[-_]?map)[-_]?(?:key[-_]?)?ref:|ref\+[a-z0-9]{2,16}:\/\/|\[(?:redacted|masked|hidden|removed|secret|filtered|omitted|sensitive|private)\]|\((?:redacted|masked|hidden|removed|filtered|omitted|withheld|censored|scrubbed|sanitised|sanitized|not[ _-]shown)\b|_plugin$|%\{|#\{|replace[\s_-]?with[\s_-]|fill[\s_-]?in[\s_-]|key[-_]?vault:|@Microsoft\.KeyVault\(|(?:secret|config[-_]?map)[-_]?(?:key[-_]?)?ref$)|process\.env|getenv|\benviron\b|secrets\.|\{\{|\$\{|^@(?:format|jinja)[ \t]|^(?:x+[-_.]?)+$|^\S*(?:placeholder|example)\S*$|[-_:](?:\.{2,}|…)$|(?:[-_.]x{4,}){2,}$|^%env\([\w:.-]{1,80}\)%$|^see[\s_-]+(?:(?:the|our|my)[\s_-]+)?(?:[a-z0-9]{1,16}[\s_-])?(?:1password|bitwarden|lastpass|keepass\w*|dashlane|keychain|vault|wiki|docs?|readme|notion|confluence|sharepoint|entry|note|notes|password[\s_-]?manager)\b/i;

/**
 * "changeme", "replace-me", "change-me-in-production": the words alone. A value that goes on with digits or symbols
 * ("changeme_NOT_42x") is a password that starts with them. AU's round: set off by marks too (Symfony's `!ChangeMe!`).
 */
const CHANGE_ME = /^[^A-Za-z0-9]{0,2}(?:replace|change)[\s_-]?me(?:[\s_-]+(?:\d{1,4}[\s_-]+)?[a-z]+)*[^A-Za-z0-9]*$/i;

/**
 * A value spelled to say it is a stand-in: words and numbers joined by `-`, `_` or `.`, one of them a word for fake,
 * dummy or sample in a language people write config in, or the phrase "not real" or "do not use": "0000-FAKE-KEY-0000",
 * "dummy_token_123", "not-a-real-key", "beispiel-passwort". A part that mixes letters and digits ("fake_4f9a8b7c")
 * is a generated value's, so such a value is not read as one.
 */
const FAKE_PART =
  /^(?:fake|dummy|placeholder|bogus|sample|fictitious|ficticio|ficticia|fictif|fictive|finto|finta|falso|falsa|gef[äa]lscht|beispiel|ejemplo|exemple|esempio|exemplo|voorbeeld|nep|przyk[łl]ad|p[řr][íi]klad|пример|фейк|例)$/iu;
const NOT_REAL = /(?:^|[-_.])(?:not[-_.]?a[-_.]?real|not[-_.]?real|no[-_.]?real|do[-_.]?not[-_.]?use|dont[-_.]?use)(?:$|[-_.])/i;

/**
 * A template's stand-in that names whose value goes there, as a part of a longer value (`123456:ABC-DEF_your_token`,
 * `sk_live_YOUR_SECRET_KEY`, `tu-clave-api`, `dein_token`, `votre_cle_api`): "your" in a language people write
 * config in, then at most two words, then a secret's name, between separators or the value's ends.
 */
const YOUR_PART = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:your|tu|tus|votre|ton|dein|deine|ihr|seu|sua|tuo|tua|il[-_.]tuo|la[-_.]tua|je|uw|jouw|din|ditt|dit|twoj|tw[oó]j|tv[uů]j|tvoj|ваш|твой|sizin|senin|anda|kamu)` +
    String.raw`(?:[-_.][\p{L}]{1,12}){0,2}?[-_.](?:token|key|secret|password|passwd|pass|pwd|pin|api[-_.]?key|clave|cl[ée]|chiave|chave|schl[üu]ssel|passwort|contrase[ñn]a|senha|mot[-_.]de[-_.]passe|sleutel|wachtwoord|nyckel|n[øo]gle|has[łl]o|klucz|ключ|токен|пароль)(?:$|[^\p{L}\p{N}])`,
  'iu',
);

/** AY's round: a prefix left for the real value ("duffel_test_REPLACE_ME", "sk_live_CHANGE_ME"): words, then "replace me". */
const REPLACE_ME_AT_END = /[-_.](?:replace|change)[-_.]?me$/i;

export function fakeSpelled(value: string): boolean {
  if (YOUR_PART.test(value)) return true;
  const parts = value.split(/[-_.]+/);
  if (parts.length < 2 || !parts.every((p) => /^(?:\p{L}+|\d{1,6})$/u.test(p))) return false;
  return parts.some((p) => FAKE_PART.test(p)) || NOT_REAL.test(value) || REPLACE_ME_AT_END.test(value);
}

/** "YourWifiPassword", "YourApiKey": a template's stand-in written in camel case, letters only. */
const YOUR_NAMED = /^(?:Your|My)[A-Z][a-z]+(?:[A-Z][a-z]*)*$/;

/**
 * "yourpassword", "yourapitoken", "YOURSECRETKEY": the same stand-in run together in one case, a secret's name after
 * "your". ("mypassword" is left out: people do pick it.)
 */
const YOUR_JOINED = /^(?:your[a-z]{0,16}(?:password|passwd|pass|pwd|secret|token|key|pin)|YOUR[A-Z]{0,16}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|PIN))$/;

/** "password_here", "database_name_here", "put your unique phrase here" (wp-config-sample.php): words, then "here". */
const FILL_IN_HERE = /^(?:[a-z]+[\s_-]){1,6}here$/i;

/**
 * BL's round: the same, opened by what to do, with the service's name among the words, digits and all
 * (`put-shop24-token-here`, `insert_x2_key_here`): a template tells its reader to put the value there.
 */
const PUT_IT_HERE = /^(?:put|insert|paste|enter|add|place|drop|type)[\s_-](?:[a-z0-9]+[\s_-]){1,5}here$/i;

/** Masking left by the user or a tool: `sk-proj-****abcd`, `••••••`, `xxxxxxxx`, `[REDACTED]`. */
const MASKED = /[*•●]{4,}|x{8,}|X{8,}|\[(?:REDACTED|MASKED|HIDDEN)\]/;

/** Whether a value holds masking (`sk-proj-XXXXXXXXXXXX`, `ghp_****abcd`): a format's prefix with nothing real after it. */
export function isMasked(value: string): boolean {
  return MASKED.test(value);
}

/**
 * An all-capitals name that names the secret instead of holding it: `PASSWORD`, `YOUR_API_KEY`, `TU_CLAVE_AQUI`. BA's
 * round: or says that a log hid it (`HIDDEN_DUE_TO_SECURITY_REASONS`, as CloudTrail writes a password, `MASKED_VALUE`).
 */
const SHOUTED_NAME = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*$/;
const SHOUTED_LABEL = /(?:^|[_-])(?:PASS|PASSWORD|PASSWD|PWD|PW|SECRET|TOKEN|KEY|APIKEY|CLAVE|CONTRASENA|SENHA|PASSWORT|HOST|USER|USERNAME|VALUE|HERE|HIDDEN|MASKED|REDACTED|REMOVED|OMITTED|FILTERED|CENSORED|SCRUBBED|SANITI[SZ]ED|OBFUSCATED|SUPPRESSED)(?:$|[_-])/;

/**
 * A shell or template variable: `$DB_PASSWORD`, `$pass`, `${TOKEN}`, `$(cat key)` — but not `$Ecr3t…`. BJ's round:
 * PowerShell's environment drive too (`$env:SQL_PASS`), which the shell reads when the line runs.
 */
const VARIABLE = /^\$(?:\{|\(|[A-Z_][A-Z0-9_]*$|[a-z_][a-z0-9_]*$|env:[A-Za-z_]\w*$)/;

/**
 * BJ's round: a secret's name set off by the same doubled mark on both sides (`%%SMTP_PASSWORD%%`, `@@API_TOKEN@@`,
 * `##db_secret##`), as templating and build steps mark what they fill in; and a value opened by `[[` (`[[mail
 * key]]`), a wiki's or a template's slot. A password is not its own key's name between marks.
 */
const MARKED_NAME = /^([%@#~^=+!])\1{1,2}([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)\1{2,3}$/;
const SLOT_OPENED = /^\[\[[A-Za-z]/;

function markedName(value: string): boolean {
  const m = MARKED_NAME.exec(value);
  return !!m && SHOUTED_LABEL.test(m[2]!.toUpperCase().replace(/\./g, '_'));
}

/**
 * BJ's round: a part of twelve characters or more with three digits set among its letters (`MAR-SECRET-JDEB…1Q4Z…`):
 * drawn at random, as a provider's prefix is followed; a name's parts (`YOUR_API_KEY`) are words.
 */
function hasDrawnPart(value: string): boolean {
  return value.split(/[_-]/).some((part) => part.length >= 12 && /[A-Z]/.test(part) && (part.match(/\d/g) ?? []).length >= 3);
}

export function isPlaceholder(value: string): boolean {
  return (
    PLACEHOLDER.test(value) ||
    CHANGE_ME.test(value) ||
    YOUR_NAMED.test(value) ||
    YOUR_JOINED.test(value) ||
    FILL_IN_HERE.test(value) ||
    PUT_IT_HERE.test(value) ||
    VARIABLE.test(value) ||
    MASKED.test(value) ||
    fakeSpelled(value) ||
    (SHOUTED_NAME.test(value) && SHOUTED_LABEL.test(value) && !hasDrawnPart(value)) ||
    // BI's round: the same name set off by underscores, as a template marks what its build step fills in
    // (`__SMTP_PASSWORD__`), and a word that says the value is a stand-in standing alone (`dummy`).
    (/^_{1,3}[A-Z]/.test(value) && /[A-Z0-9]_{1,3}$/.test(value) && SHOUTED_NAME.test(value.replace(/^_+|_+$/g, '')) && SHOUTED_LABEL.test(value.replace(/^_+|_+$/g, ''))) ||
    LONE_STAND_IN.test(value) ||
    markedName(value) ||
    SLOT_OPENED.test(value)
  );
}

/** A word that says the value is a stand-in, alone: no one's password is "dummy" in a template's slot. */
const LONE_STAND_IN = /^(?:dummy|placeholder|bogus|fake)$/i;

/** A member-access path such as `self.password`, `req.body.token`, `process.env.KEY`: code, not a value. */
const MEMBER_PATH_SHAPE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/**
 * A member path whose parts are names; `s.V68OnZ6I2GezClYJ17FxWn7e` (a legacy Vault token) has a random part, and so
 * has `knos8cpojv22cd4onz.yb93fn…` (one case, digits set among the letters three times or more, as no name has them).
 */
const MEMBER_PATH = {
  test(value: string): boolean {
    // AM's round: a part that is a capitalised word and three digits or more (`Skate2962.rinkside`) is how people make
    // passwords, not how code names a member.
    // AR's round: nor is a value whose case turns from lower to upper three times or more with a lone digit set between
    // letters (`wm.U8vBiLEbqFMa_`, `kntGmw.eD4CjXtxyI`): generated, where a name's humps (`getUserById`) hold no digit.
    if (value.length >= 12 && /[A-Za-z]\d[A-Za-z]/.test(value) && (value.match(/[a-z][A-Z]/g) ?? []).length >= 3) return false;
    // BJ's round: nor is one with a part of sixteen or more capitals and digits, six digits at least (`lo.B05C6CA5…`):
    // a key drawn at random after a short prefix, where a member's name is a word.
    if (value.split('.').some((part) => part.length >= 16 && /^[A-Z0-9]+$/.test(part) && (part.match(/\d/g) ?? []).length >= 6)) return false;
    return MEMBER_PATH_SHAPE.test(value) && !value.split('.').some((part) => /^[A-Z][a-z]{2,}\d{3,}$/.test(part)) && !value.split('.').some((part) => part.length >= 12 && /\d.*\d/.test(part) && ((/[A-Z]/.test(part) && /[a-z]/.test(part)) || (part.match(/[a-z]\d+(?=[a-z])/g) ?? []).length >= 3));
  },
};

/** Keywords that start the next statement in code, after `password:` ends a condition or a case. */
const CODE_WORD = /^(?:raise|return|throw|yield|await|print|println|continue|break|lambda|self|this|def|function|class|import|from|else|elif|then|do|end|goto|echo|exit|die|panic|assert|let|const|var|new|delete|typeof)$/;

/** Type names and literals that follow `password:` in annotations and schemas. */
const TYPE_OR_LITERAL =
  /^(?:str|string|int|integer|bool|boolean|number|bytes|text|char|varchar|any|unknown|object|none|null|nil|undefined|true|false|optional|secretstr|secretbytes|secretstring|securestring|chararray|bytearray|charsequence|bytebuffer|sensitivestring|password|passwd|pwd|pw|pass|passphrase|required|field|column|hidden|masked|redacted|encrypted|hashed)$/i;

/** Words that follow a password label in prose without being a password. */
const PROSE_WORD =
  /^(?:reset|none|empty|same|see|the|my|your|his|her|their|our|its|not|n\/a|tbd|unknown|set|yes|no|ok|at|is|was|and|or|for|of|in|on|to|with|from|by|into|must|should|will|would|could|can|may|might|has|have|had|does|did|do|input|value|type|length|strength|protected|sent|changed|updated|incorrect|invalid|wrong|correct|right|expired|forgotten|forgot|please|use|enter|required|optional|needed|saved|stored|managed|manager|managers|policy|rules|only|also|a|an|it|this|that|these|those|as|below|above|new|old|here|there|now|then|still|just|never|always|already|again|too|very|whatever|something|nothing|anything|printed|written|shown|hidden|visible|blank|missing|weak|strong|secure|insecure|long|short|simple|complex|different|fine|valid|ok|okay|good|bad|hashed|encrypted|field|prompt|hint|box|form|screen|page|link|email|manager|vault|file|protection|requirements?|complexity|change|update|recovery|expiry|expiration|login|entry|generator|hash|less|based|free|locked|case|same|one|mine|yours|broken|working|accepted|rejected|ignored|needed|different|known|leaked|compromised|unchanged|temporary|default|generated|random|auto|automatic|masked|fair|medium|moderate|poor|excellent|average|mediocre|decent|great|terrible|awful)$/i;

/** A variable holding a password (`user_password`, `db_pass`), passed by name. */
const PASSWORD_VARIABLE = /^(?:[a-z][a-z0-9]*_)*(?:password|passwd|pass|pwd|pw)$/i;

/** Letters only, yet random: both cases well represented (camelCase words have few capitals, random strings half). */
function randomLetters(value: string): boolean {
  if (value.length < 16) return false;
  const upper = value.replace(/[^A-Z]/g, '').length;
  const lower = value.replace(/[^a-z]/g, '').length;
  return upper >= value.length * 0.2 && lower >= value.length * 0.2;
}

/**
 * Letters of one case, yet drawn at random (astrometry.net's and other services' keys of 16 or more small letters,
 * "qteneyjrtcnypjxu"): words and words joined have a vowel in three letters or more, random letters about one in
 * five; and random letters bring the rare ones (j, q, x, z), which words joined seldom hold two of. So: sixteen
 * letters or more, vowels (y aside) 30% at most, and two rare letters. "mysecretpassword",
 * "correcthorsebatterystaple" and "strengthsandstrongholds" are words.
 */
function randomOneCaseLetters(value: string): boolean {
  if (value.length < 16 || value.length > 128 || !(/^[a-z]+$/.test(value) || /^[A-Z]+$/.test(value))) return false;
  const v = value.toLowerCase();
  const vowels = v.replace(/[^aeiou]/g, '').length;
  if (vowels > v.length * 0.3) return false;
  return v.replace(/[^jqxz]/g, '').length >= 2;
}

/** Body of a provider-prefixed key: random keys mix letters and digits, or (letters-only formats) both cases. */
export function looksLikeKeyBody(value: string): boolean {
  if (HAS_DIGIT.test(value) && HAS_LETTER.test(value)) return true;
  return randomLetters(value.replace(/[^A-Za-z]/g, '')) && value.replace(/[^A-Za-z]/g, '').length >= value.length * 0.8;
}

/**
 * A regular expression for a secret rather than a secret (`AKIA[0-9A-Z]{16}`, `gh[pousr]_\\w{36}`): a character class with a
 * range, a counted repeat, or a class escape.
 */
const REGEX_SHAPE = /\[[^\]]{0,40}[A-Za-z0-9]-[A-Za-z0-9][^\]]{0,40}\]|\{\d{1,3}(?:,\d{0,3})?\}|\\[dwsDWS]/;

/**
 * A file path (`~/.ssh/id_ed25519`, `./certs/server2024.key`, `C:\\keys\\app.pfx`) or a cloud resource name (`arn:aws:kms:…`,
 * `alias/aws/s3`): where a key is kept or named, not the key. Base64 may start with `/`, but holds `+` or padding.
 */
function isPathOrResource(value: string): boolean {
  if (/^(?:arn|urn):|^alias\//i.test(value) || /^[A-Za-z]:\\/.test(value)) return true;
  if (/^(?:~|\.{1,2})?\/(?:[\w.@-]{1,40}\/)*[\w.@-]{1,40}$/.test(value) && !/[+=]/.test(value)) return true;
  return value.includes('/') && /^[\w.@/-]+\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(value);
}

/** Generic secret found by its key name (`api_key = ...`): must look machine-generated. */
/** A URL-encoded setting of words (`analytics%3Afalse`, `en%2Cde`): a preference, not a key. */
function isPercentEncodedWords(value: string): boolean {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return false;
  }
  return /^[A-Za-z]+(?:[ :,;|=_-]+[A-Za-z]+)*$/.test(decoded) && !randomLetters(decoded.replace(/[^A-Za-z]/g, ''));
}

export function looksLikeGenericSecret(value: string): boolean {
  if (value.length < 12 || isMarker(value) || /\s/.test(value)) return false; // keys and tokens hold no spaces
  if (isPlaceholder(value) || MEMBER_PATH.test(value) || REGEX_SHAPE.test(value) || PUBLIC_IDENTIFIER.test(value) || isPathOrResource(value)) return false;
  if (/^(.)\1+$/.test(value) || isPercentEncodedWords(value)) return false;
  if (/^[a-z]+(?:[-_ ][a-z]+)*$/i.test(value) && !randomLetters(value) && !randomOneCaseLetters(value)) return false; // words: "my-secret-name"
  if (HAS_DIGIT.test(value) && HAS_LETTER.test(value)) return true;
  if (randomOneCaseLetters(value)) return true;
  // Letters and symbols, like Django's generated keys; or letters alone, when random.
  return randomLetters(value.replace(/[^A-Za-z]/g, '')) || (HAS_LETTER.test(value) && HAS_SYMBOL.test(value) && value.length >= 24);
}

/**
 * Identifiers that are random yet public: Ethereum addresses, SSH public-key blobs (base64 of the length-prefixed
 * algorithm name), Stripe object ids (`cus_…`, `pi_…`), IPFS CIDs, BIP-32 extended public keys, publishable
 * (browser) keys of Stripe and PostHog, and the keys other providers issue for browser SDKs in a format of their own:
 * Datadog client tokens (`pub` + 32 hex), New Relic browser keys (`NRJS-…`), Square application ids (`sq0idp-…`),
 * Adyen client keys (`live_`/`test_` + 32 capitals and digits), Braintree tokenization keys (`production_…_…`),
 * Razorpay key ids (`rzp_live_…`: Checkout takes it in the browser; the key secret has no prefix of its own) and
 * Flutterwave public keys (`FLWPUBK-…-X`; the secret ones are `FLWSECK-…`). BE's round: a Stripe object's id is
 * base62 of both cases; a prefix and 32 to 40 small hex digits (`cs_` and 32 hex digits under `CHATWIDGET_CLIENT_SECRET=`) is another
 * provider's secret, which only shares the two letters. CE's round: a Checkout Session's id carries its mode
 * (`cs_test_…`, `cs_live_…`), as Stripe writes it into the success page's URL.
 */
export const PUBLIC_IDENTIFIER =
  /^(?:0x[0-9a-fA-F]{40}|AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh)[A-Za-z0-9+/=]*|(?:cus|pi|pm|ch|in|sub|prod|price|evt|acct|txn|re|seti|src|card|ba|po|tr|ii|il|cs|si|plan|dp|du|file|link|py|pyr|qt|promo)_(?![0-9a-f]{32,40}$)[A-Za-z0-9]{8,40}|cs_(?:test|live)_[A-Za-z0-9]{6,80}|Qm[1-9A-HJ-NP-Za-km-z]{44}|bafy[a-z2-7]{50,60}|[xyztuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{100,112}|p[kc]_(?:live|test)_[A-Za-z0-9]{16,250}|ph[c]_[A-Za-z0-9]{30,60}|pub[0-9a-f]{32}|NRJS-[0-9a-f]{19}|sq0idp-[A-Za-z0-9_-]{22}|(?:live|test)_[A-Z0-9]{32}|(?:production|sandbox)_[a-z0-9]{8}_[a-z0-9]{16}|rzp_(?:live|test)_[A-Za-z0-9]{14}|FLWPUBK(?:_TEST)?-[0-9a-f]{32}-X)$/;

/**
 * How often a letter and a digit stand side by side (`a1b2` three times, `GitHub2024` once): random codes and keys
 * interleave them, names and words with a number after them seldom do. ASCII letters and digits only; any other
 * character between them breaks the pair.
 */
export function letterDigitSwitches(value: string): number {
  let n = 0;
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1);
    const b = value.charCodeAt(i);
    const digitA = a >= 48 && a <= 57;
    const digitB = b >= 48 && b <= 57;
    const letterA = (a >= 65 && a <= 90) || (a >= 97 && a <= 122);
    const letterB = (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
    if ((digitA && letterB) || (letterA && digitB)) n++;
  }
  return n;
}

/** Five characters in alphabet order (`abcde`, `ABCDE`, `56789`): an alphabet table in code, not a random string. */
export function hasAlphabetRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 5) return true;
  }
  return false;
}

/**
 * A token that only a machine would write, for places where nothing but its shape and a nearby word say it is a
 * secret ("client secret cvps…", `Client('P3ge…')  # trial key`): 20 or more characters of a token alphabet, with
 * digits and letters mixed as random strings mix them. Hex must be 32 digits or more; UUIDs, paths, dotted names and
 * hyphenated words are identifiers, not secrets.
 */
export function looksLikeRandomToken(value: string): boolean {
  if (value.length < 20 || value.length > 512 || !/^[A-Za-z0-9_\-.+/=~]+$/.test(value)) return false;
  if (isPlaceholder(value) || MEMBER_PATH.test(value) || FILE_NAME.test(value)) return false;
  // A path starts with `/`, `./` or `~`; so may base64 (`/ADk8…+…=`), whose `+` or padding no path has.
  if (/^(?:\.{0,2}\/|~)/.test(value) && !(value.length % 4 === 0 && /\+|=$/.test(value))) return false;
  if (UUID.test(value)) return false;
  if (PUBLIC_IDENTIFIER.test(value) || hasAlphabetRun(value)) return false;
  // A path or an object key: `uploads/2024/c873….png`.
  if (value.includes('/') && (/\.[A-Za-z0-9]{1,5}$/.test(value) || /^[a-z]{3,}\//.test(value))) return false;
  const digits = value.replace(/\D/g, '').length;
  const upper = value.replace(/[^A-Z]/g, '').length;
  const lower = value.replace(/[^a-z]/g, '').length;
  if (upper + lower < 2) return false;
  // Few digits: random only if capitals and small letters are mixed as chance mixes them (`MHHeJ4pAGNwmXhUHFLuE`),
  // not as words are (`getUserAccountSettings`).
  if (digits < 2 && !randomCase(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && (upper === 0 || lower === 0);
  // Words joined by separators: `my-app-2024-release-v2`, `build_2024_05_17_final`.
  if (/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$/.test(value) && value.split(/[-_.]/).every((part) => part.length <= 10)) return false;
  // BN's round: a provider's prefix in small letters before a body in capitals and digits (`bol_tok_7EE690VC…`,
  // `spe.KY5QS0MB…`): the body is judged alone, as a token of one case (digits throughout), not by the whole's mix.
  const prefixed = /^[a-z]{2,8}(?:[_.-][a-z]{2,8}){0,2}[_.-]([A-Z0-9]{16,})$/.exec(value);
  if (prefixed) return (prefixed[1]!.match(/\d/g)?.length ?? 0) >= 4 && /[A-Z]/.test(prefixed[1]!);
  // Both cases, in random proportions (a camel-cased name has a capital per word).
  if (upper > 0 && lower > 0) return upper >= (upper + lower) * 0.25 && lower >= (upper + lower) * 0.25;
  return digits >= 4; // one case only: random strings hold digits throughout
}

/** Letters in both cases about evenly, and switching case as often as chance would (camel case switches once a word). */
function randomCase(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '');
  if (letters.length < 20) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (upper < letters.length * 0.25 || upper > letters.length * 0.75) return false;
  let switches = 0;
  for (let i = 1; i < letters.length; i++) if ((letters[i]! < 'a') !== (letters[i - 1]! < 'a')) switches++;
  return switches >= (letters.length - 1) * 0.4;
}

/** Dotfiles and file names with a common extension: `.vimrc`, `config.yaml`, `id_rsa.pub`. */
const FILE_NAME = /^(?:\.[a-z][\w-]*|[\w-]+\.(?:txt|md|json|ya?ml|toml|ini|conf|cfg|env|pem|key|pub|crt|log|sh|py|js|ts|vim|rc|gpg|zip|csv|xml|html?|db|sqlite|kdbx|pdf|docx?|xlsx?))$/i;

/** A number with its unit: "16-character", "8 chars", "90-day" — prose about a password's shape. */
/**
 * BP's round: an amount of money, a currency's sign before or after ("£363.75", "$1,200", "49,90 €"): the sentence
 * after a password's mention may give a price ("It's £363.75, exactly that"), and no password is a price written out.
 */
const MONEY = /^(?:[£$€¥₹₩₽][ \t]?\d{1,3}(?:[,. \u00a0]?\d{3})*(?:[.,]\d{1,2})?|\d{1,3}(?:[,. \u00a0]?\d{3})*(?:[.,]\d{1,2})?[ \t]?[£$€¥₹₩₽])$/u;
const MEASURE = /^\d+[-\s]?(?:chars?|characters?|digits?|letters?|symbols?|words?|bits?|bytes?|days?|weeks?|months?|years?|hours?|minutes?|mins?|seconds?|secs?|times?|tries|attempts?|%|x)$/i;

/**
 * A value after a password label. `strict` is for prose forms ("my password is ...", "パスワードは ..."), where a word
 * with no digit or symbol is far more likely to be the rest of the sentence than a password.
 */
/**
 * BF's round: words joined by dots with a number closing the last ("elbow.rocket.tractor23"), as generators and people
 * make a memorable password; a member path's parts are names, and its last one seldom ends in two digits or more.
 */
const DOTTED_WORDS_PASSWORD = /^[a-z]{3,12}(?:\.[a-z]{3,12}){1,3}\d{2,4}$/;

export function looksLikePassword(value: string, opts: { quoted: boolean; strict: boolean; nextChar?: string }): boolean {
  const v = value.trim();
  if (v === '' || isMarker(v) || isPlaceholder(v) || (!opts.quoted && SECURITY_MODE.test(v))) return false;
  if (/^[*•x.\-_#?]+$/i.test(v)) return false; // masked: ******** / xxxx / ?
  if (MEASURE.test(v)) return false;
  // A file the tool reads the value from: `db_password=@/dev/stdin` (Vault, curl), `@./secret.txt`, `@-`.
  if (/^@(?:\.{0,2}\/|~\/|-$)/.test(v)) return false;
  if (opts.strict) {
    if (opts.quoted) return v.length >= 4 && !PROSE_WORD.test(v);
    return looksLikeProsePassword(v);
  }
  if (opts.quoted) return !/^%[sd]$/.test(v);
  // Unquoted: code and prose sit here as often as secrets.
  if (opts.nextChar === '(' || opts.nextChar === '[' || opts.nextChar === '<') return false; // a call or a generic: input(...), Optional[str]
  // A type name in a parameter list or a struct (`password: CharArray)`, `password: SecretString,`): capitalised words
  // run together, then the list goes on or closes.
  // A reference or pointer type there too (`password: &str,`, `token *string)`).
  if (/^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|&(?:'[a-z]+[ \t]+)?(?:mut[ \t]+)?[A-Za-z_][\w:]*|\*[A-Za-z_][\w.]*)$/.test(v) && /^[,)};]$/.test(opts.nextChar ?? '')) return false;
  if (v.length < 4) return false;
  // A Rails generator's attribute type with its index option: `password_reset_token:string:index`.
  if (/^\w+:(?:index|uniq|unique)$/.test(v) && TYPE_OR_LITERAL.test(v.slice(0, v.indexOf(':')))) return false;
  if (TYPE_OR_LITERAL.test(v) || PROSE_WORD.test(v) || CODE_WORD.test(v) || PASSWORD_VARIABLE.test(v)) return false;
  if (MEMBER_PATH.test(v) && !DOTTED_WORDS_PASSWORD.test(v)) return false;
  if (/^\d+(?:\.\d+)?$/.test(v) && v.length < 6) return false; // a count: `password: 12` in a policy
  return true;
}

/**
 * Letters only, the case drawn at random as a generator draws it ("fJvcDQmXEiUc", "jCuFXExq"): eight or more, three
 * capitals and three small letters at least, the case changing four times or more, two capitals side by side before a
 * small letter, and no run of four letters of one case, which most words and camel-cased names have ("McDonald",
 * "getUserById", "JavaScript", "README").
 */
export function randomCaseLetters(value: string): boolean {
  if (!/^[A-Za-z]{8,64}$/.test(value)) return false;
  if (/[a-z]{4}|[A-Z]{4}/.test(value)) return longRandomCase(value);
  if ((value.match(/[A-Z]/g)?.length ?? 0) < 3 || (value.match(/[a-z]/g)?.length ?? 0) < 3) return false;
  // Two capitals side by side inside the word: a camel-cased name gives each word one capital ("getUserById").
  return (value.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0) >= 4 && /[A-Z]{2}(?=[a-z])/.test(value);
}

/**
 * A longer run of letters in random case, where runs of four or five of one case come by chance ("HzWpyhomUjMXZiQv"):
 * twelve letters or more, the case changing at least every third letter on average, two capitals side by side before a
 * small letter, and no run of six. Words in camel case change case once per word and put no two capitals together
 * ("getUserByIdAndName"); an acronym inside one ("parseHTMLString") changes case too seldom.
 */
function longRandomCase(value: string): boolean {
  if (value.length < 12 || /[a-z]{6}|[A-Z]{6}/.test(value) || !/[A-Z]{2}(?=[a-z])/.test(value)) return false;
  return (value.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0) * 3 >= value.length;
}

/**
 * An unquoted word in running prose where a password would stand ("the password is X", "use X as the password"):
 * it must look like a password rather than the next word of the sentence: a digit, a symbol, or capitals inside.
 */
/**
 * A network's security mode or an authentication method, said where its password would be ("the staff one uses
 * WPA2-Enterprise", "WPA3-Personal/SAE", "PEAP-MSCHAPv2", "802.1X"): a standard's name, never a password.
 */
const SECURITY_MODE =
  /^(?:WPA[23]?|WEP|EAP|PEAP|TKIP|CCMP|SAE|OWE|RADIUS|802\.1X)(?:[-_/ ]?(?:WPA[23]?|Personal|Enterprise|PSK|SAE|TLS|TTLS|PEAP|MSCHAPv2|GTC|AES|TKIP|CCMP|Mixed|Transition|OWE|GCMP|256|192|bit|Open|EAP|802\.1X))*[.,;:!?)]*$/i;

/** Whether a value is a network's security mode or an authentication method's name (`SECURITY_MODE`). */
export function isSecurityMode(v: string): boolean {
  return SECURITY_MODE.test(v);
}

/** `judgeProse`, each value's answer kept (`byValue`): many rules ask it of the same values. */
const proseAnswer = byValue(judgeProse);

export function looksLikeProsePassword(v: string): boolean {
  return proseAnswer(v);
}

function judgeProse(v: string): boolean {
  if (v.length < 6 || v.length > 128 || isMarker(v) || isPlaceholder(v) || SECURITY_MODE.test(v)) return false;
  if (PROSE_WORD.test(v) || MEASURE.test(v) || TYPE_OR_LITERAL.test(v) || MONEY.test(v.replace(/[.,;:!?]+$/, ''))) return false;
  if (/^[a-z]+(?:-[a-z]+){1,2}$/.test(v)) return false; // compound words: case-sensitive, end-to-end, auto-generated
  // A count with its Bantu concord written on with a hyphen, as Zulu and Xhosa write numbers ("ezingu-12", "abangu-5",
  // "engu-1": "of twelve", in a rule's "izinhlamvu ezingu-12"): a word ending in ng(u|i)- and one to three digits.
  if (/^\p{Ll}*ng[ui]?-\d{1,3}$/u.test(v)) return false;
  if (dicewarePassphrase(v.replace(/[?!]+$/, ''))) return true;
  if (/^(?:https?:|www\.|\/|~\/|\.\/|[A-Za-z]:\\)/.test(v)) return false; // a link or a path
  if (FILE_NAME.test(v) || /^([*_|`~])[^*_|`~]+\1$/.test(v)) return false; // a file name, or a word in markup
  if (/^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(v)) return false; // an e-mail address
  if (/^v?\d+(?:\.\d+)+$/.test(v) || /^\d{4}-\d{2}-\d{2}$/.test(v)) return false; // a version or a date
  // Sentence punctuation is not what makes a word a password: "case-sensitive?", "tiger!".
  const core = v.replace(/[?!]+$/, '');
  if (titleWordsJoined(core)) return true;
  if (/^[\p{L}]+(?:[-'’][\p{L}]+)*$/u.test(core)) return randomCaseLetters(core);
  return HAS_DIGIT.test(core) || HAS_SYMBOL.test(core);
}

/**
 * CB's round: capitalised words joined as a person makes a password of them: three or more by hyphens
 * ("Trestle-Table-Sunday"), two or more by underscores ("Gong_Ageng_Slendro", "Steelband_NottingHill"). Prose joins
 * lower-case words with hyphens ("state-of-the-art") and names two ("Rolls-Royce"); code joins lower or upper case with
 * underscores (`max_retries`, `MAX_RETRIES`).
 */
export function titleWordsJoined(v: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:(?:-\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*){2,}|(?:_\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*)+)$/u.test(v);
}

/** Short words that join a compound phrase ("state-of-the-art", "out-of-the-box"); a generator draws none of them. */
const JOINING_WORD = /^(?:a|an|the|of|to|in|on|at|by|for|and|or|nor|but|with|from|off|out|up|per|via|vs|de|la|le|el|di|da|du|und|der|die|das|et|y|e)$/;

/**
 * A passphrase as generators and password managers make it: four to eight lower-case words of three to twelve letters
 * joined by hyphens ("walnut-harbor-cinder-plume", the diceware form). Compounds of three words or fewer are prose
 * ("end-to-end", "up-to-date"), and longer ones hold a joining word ("state-of-the-art", "out-of-the-box").
 */
export function dicewarePassphrase(v: string): boolean {
  // Lower-case letters of any script: generators draw from word lists in other languages too ("blåbär-skog-hav-ljus").
  if (!/^\p{Ll}{2,12}(?:-\p{Ll}{2,12}){3,7}$/u.test(v)) return false;
  return v.split('-').every((w) => w.length >= 3 && !JOINING_WORD.test(w));
}

/** Trailing sentence punctuation after an unquoted value belongs to the sentence. */
export function trimTrailingPunctuation(value: string): string {
  // `!` and `?` stay: passwords end with them far more often than a sentence runs straight on from one. The Arabic
  // script's comma, semicolon and Urdu full stop (، ؛ ۔) end a clause as the Latin ones do.
  return value.replace(/[.,;:)\]}»”。、，،؛۔។။।॥።]+$/u, '');
}

// ---------------------------------------------------------------------------------------------------------------
// What a key name says its value is

export type KeyKind = 'password' | 'secret' | null;

/** Last words that make a key name describe something about a secret rather than hold one. */
const DESCRIBING = new Set([
  'name', 'names', 'id', 'ids', 'type', 'types', 'url', 'uri', 'urls', 'file', 'files', 'path', 'length', 'len', 'min',
  'max', 'expiry', 'expires', 'expiration', 'exp', 'ttl', 'timeout', 'header', 'location', 'field', 'hash', 'hashed',
  'hasher', 'hashers', 'policy', 'required', 'limit', 'limits', 'count', 'enabled', 'enable', 'disabled', 'prompt', 'label',
  'placeholder', 'reset', 'hint', 'regex', 'pattern', 'strength', 'rule', 'rules', 'format', 'endpoint', 'env', 'var',
  'version', 'manager', 'store', 'provider', 'mode', 'age', 'lifetime', 'size', 'algorithm', 'alg', 'method', 'kind',
  'style', 'color', 'icon', 'input', 'prefix', 'suffix', 'dir', 'directory', 'arn', 'ref', 'usage', 'index', 'display',
  'text', 'message', 'msg', 'error', 'errors', 'visible', 'hidden', 'changed', 'updated', 'at', 'date', 'time', 'created',
  'position', 'rotation', 'interval', 'scope', 'scopes', 'audience', 'issuer', 'host', 'port', 'user', 'username', 'login',
  'email', 'owner', 'region', 'source', 'mount', 'backend', 'class', 'schema', 'table', 'column', 'key_id', 'fingerprint',
  'last4', 'created_at', 'required', 'symbol', 'symbols', 'digits', 'uppercase', 'lowercase', 'history', 'attempts',
  'retries', 'less', 'helper', 'command', 'cmd', 'script', 'flag', 'option', 'options', 'param', 'parameter', 'key_name',
  'in', 'location', 'sent', 'policy', 'strategy', 'generator', 'validator', 'validation', 'check', 'verify', 'endpoint',
  'filter', 'filters', 'service', 'services', 'server',
]);

/** Words before `key` that make it a lookup key, not a credential. */
const NON_CREDENTIAL_KEY = new Set([
  'foreign', 'sort', 'partition', 'cache', 'idempotency', 'dedup', 'dedupe', 'unique', 'composite', 'lookup', 'map',
  'routing', 'public', 'pub', 'translation', 'i18n', 'hot', 'shortcut', 'keyboard', 'music', 'react', 'object', 'row',
  'range', 'group', 'dict', 'hash', 'primary_index', 'storage_path', 'cursor', 'pagination', 'next', 'query', 'search',
  'label', 'name', 'field', 'column', 'sort_key', 'the', 'a', 'ssh_public', 'verify', 'verification', 'publishable',
  'host', 'ipfs', 'ipns', 'registry',
]);

/** Words that hold a credential whatever precedes them. */
const SECRET_WORDS = new Set([
  'secret', 'token', 'apikey', 'credential', 'credentials', 'creds', 'privatekey', 'accesskey', 'secretkey', 'authkey',
  'sig', 'signature', 'bearer', 'sas', 'clientsecret', 'accesstoken', 'authtoken', 'refreshtoken', 'sessiontoken',
  'apitoken', 'bottoken', 'masterkey', 'signingkey', 'encryptionkey', 'secretaccesskey', 'accountkey', 'sharedaccesskey',
  'primarykey', 'secondarykey', 'subscriptionkey', 'licensekey', 'webhooksecret', 'apisecret', 'consumersecret',
  'authorization', 'cookie', 'cookies', 'sessionid',
  // A passkey that signs requests (M-Pesa's Daraja, a BitTorrent tracker's announce passkey).
  'passkey',
  // Session cookies by their framework's name: PHP, Java servlets (Express's `connect.sid` and Rails' `_app_session`
  // are read by SESSION_LAST).
  'phpsessid', 'jsessionid', 'sessid', 'aspxauth',
  // BD's round: access gateways' session cookies: F5 BIG-IP APM's `MRHSession`, CA SiteMinder's `SMSESSION`, Oracle
  // Access Manager's `OAMAuthnCookie` (Citrix's `NSC_AAAC` and OpenAM's `iPlanetDirectoryPro` in `classifyKey`).
  'mrhsession', 'smsession', 'oamauthncookie',
  // A query parameter that OpenWeatherMap and others use for the account's API key.
  'appid',
  // A CSRF token or secret: bound to a session, it lets whoever holds it (with the cookie) forge the user's requests.
  'csrf', 'xsrf',
]);

/** `session` and `sid` name a session cookie as the last word of a key (`session=…`, `_myapp_session`, `connect.sid`). */
const SESSION_LAST = /^(?:session|sid)$/;

/** `seed` is a one-time-password or wallet secret beside one of these words (`MFA_SEED`, `otp_seed`, `wallet_seed`). */
const SEED_OWNER = new Set(['otp', 'totp', 'hotp', 'mfa', '2fa', 'twofa', 'authenticator', 'wallet', 'master', 'mnemonic']);

/**
 * Words (or word endings) that name a password: compounds too ("Initialpasswort", "Startkennwort"), CA's round "passw"
 * (German's and a hurried note's short form: "Passw.: …", "Passw: …"), snmpd.conf's
 * community strings, and the LDAP clients' names for a bind password (sssd's `ldap_default_authtok`, ldap.conf's
 * `bindpw`, slapd's `rootpw`).
 */
const PASSWORD_WORD =
  /^(?:pass|passw|pw|pwd|psk|passphrase|passcode|pin|passwort|kennwort|wachtwoord|senha|contrasena|contraseña|parola|haslo|salasana|losenord|adgangskode|passord|mdp|motdepasse|masterauth|rocommunity|rwcommunity|authtok|bindpw|rootpw|bindpass)$|(?:password|passwd|passphrase|passcode|passwort|kennwort|wachtwoord|passord)$/;
/** An SNMP community's access, before the word (`write_community`): the community string is the agent's password. */
const COMMUNITY_ACCESS = new Set(['write', 'rw', 'set', 'read', 'ro', 'get', 'trap', 'readwrite', 'readonly']);
/** Words ending in "pass" that are not about passwords. */
const NOT_PASS = /^(?:bypass|compass|surpass|trespass|overpass|underpass|encompass|impass|firstpass|multipass|onepass|renderpass|subpass)$/;

/** Splits `AWS_SECRET_ACCESS_KEY`, `clientSecret`, `x-api-key`, `spring.datasource.password` into lower-case words. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9ñ]+/)
    .filter(Boolean);
}

/**
 * Environment variables that a front-end build inlines into the pages it ships (Next.js `NEXT_PUBLIC_`, Vite `VITE_`,
 * Create React App `REACT_APP_`, Expo, Nuxt, SvelteKit `PUBLIC_`, Gatsby, Vue CLI, Storybook): every visitor can read
 * them, so a key, token or id under such a name is public by design (a map token, an analytics key, an anon key). A
 * name that still says secret, password or private keeps its meaning: that is a secret shipped by mistake.
 */
const PUBLIC_ENV_NAME = /(?:^|\.)(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|NUXT_ENV|PUBLIC|GATSBY|VUE_APP|STORYBOOK)_[A-Z0-9_]+$/;
const STILL_SECRET = /secret|passw|private/;

/** What a chart's `existing…` value names: a Kubernetes object that holds the secret. */
const EXISTING_OBJECT = new Set(['secret', 'secrets', 'claim', 'configmap', 'config', 'tls']);

/** Whether a variable's name is one that a front-end build ships to the browser and that does not say secret. */
export function isBrowserEnvName(key: string): boolean {
  return PUBLIC_ENV_NAME.test(key) && !keyWords(key).some((w) => STILL_SECRET.test(w));
}

/** Whether a key name (of an assignment, a header, an XML tag or attribute) holds a password, another secret, or neither. */
export function classifyKey(key: string): KeyKind {
  const words = keyWords(key);
  if (words.length === 0) return null;
  if (isBrowserEnvName(key)) return null;
  // Helm charts' `auth.existingSecret`, `existingSecretPasswordKey`, `existingClaim`: the value names an object that
  // already holds the secret (or a key inside it), never the secret itself. (`existing_password` is a password.)
  if (words.some((w, i) => w === 'existing' && EXISTING_OBJECT.has(words[i + 1] ?? ''))) return null;
  const last = words[words.length - 1]!;
  // Helm charts' `passwordKey`, `adminPasswordKey`, `userPasswordKey`: the value names the entry of an existing secret
  // that holds the password (`postgres-password`), not the password.
  if (last === 'key' && words[words.length - 2] === 'password') return null;
  // `hashed_secret` (detect-secrets' baseline), `hashed_token`: the name says its value is a one-way digest of the
  // secret, which opens nothing (a value random in both cases is still taken by the random-value rules).
  if (words[0] === 'hashed') return null;
  // `ASP.NET_SessionId`, `session_id`: a session's id is its bearer credential.
  if (last === 'id' && words[words.length - 2] === 'session') return 'secret';
  // BD's round: Citrix ADC's (NetScaler's) AAA session cookies, `NSC_AAAC` and its kin; its other `NSC_` cookies name a
  // virtual server for load balancing and hold no session.
  if (/^NSC_(?:AAAC|TMAS|TMAA|TASS|TEMP)$/i.test(key)) return 'secret';
  // OpenAM's (ForgeRock AM's) SSO session cookie, whose name the word splitter cuts into four.
  if (/^iPlanetDirectoryPro$/i.test(key)) return 'secret';
  // BE's round: mod_auth_tkt's and Pyramid's ticket cookie (`auth_tkt`), WordPress's login cookies
  // (`wordpress_logged_in_<site hash>`, `wordpress_sec_<site hash>`) and ColdFusion's session pair (`CFID`, `CFTOKEN`):
  // each is the signed-in session, whatever its words say.
  if (/^(?:auth_tkt|wordpress_(?:logged_in|sec)(?:_[0-9a-f]{4,32})?|cfid|cftoken)$/i.test(key)) return 'secret';
  // Agora's App Certificate (`AGORA_APP_CERTIFICATE`, `appCertificate`): the secret its token server signs with, not a
  // certificate; a real certificate is never under an app's name.
  if ((last === 'certificate' || last === 'cert') && words[words.length - 2] === 'app') return 'secret';
  if (DESCRIBING.has(last)) return null;
  if (words.length > 1 && DESCRIBING.has(`${words[words.length - 2]}_${last}`)) return null;
  for (const w of words) {
    if (PASSWORD_WORD.test(w) || (w.endsWith('pass') && !NOT_PASS.test(w))) {
      if (w === 'pin' && words.length === 1) return null; // `pin: 13` is a GPIO pin as often as a PIN
      return 'password';
    }
  }
  // AP's round: a one-word name that ends in the password's short form, written in one case (`DBPW`, `ROOTPWD`, `smtppw`):
  // the word splitter sees one word, and the ending says what it holds.
  if (/^(?:[A-Z][A-Z0-9]{1,11}PWD?|[a-z][a-z0-9]{1,11}pwd?)$/.test(key)) return 'password';
  if (SESSION_LAST.test(last) && (last === 'session' || words[words.length - 2] === 'connect')) return 'secret';
  // An SNMP community string is the agent's password (`snmp_community`, Nagios's `_SNMP_COMMUNITY`).
  // So is a device config's community by its access (`write_community`, `rw_community`, `read_community`, `trap_community`).
  if (last === 'community' && (words.includes('snmp') || COMMUNITY_ACCESS.has(words[words.length - 2] ?? ''))) return 'password';
  if (words.includes('seed') && words.some((w) => SEED_OWNER.has(w))) return 'secret';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SECRET_WORDS.has(w) || /(?:token|secret|secrets|apikey|apikeys)$/.test(w)) return 'secret';
    // `signing_key`, and a list of them: `unseal_keys`, `API_KEYS`.
    if ((w === 'key' || w === 'keys') && i > 0 && !NON_CREDENTIAL_KEY.has(words[i - 1]!)) return 'secret';
    if (w === 'auth' && i === words.length - 1) return 'secret';
  }
  // AR's round: a personal access token's short form closing a longer name (`AZURE_DEVOPS_PAT`, `GH_PAT`, `gitlabPat`);
  // alone, `pat` may be a pattern's.
  if (last === 'pat' && words.length > 1) return 'secret';
  return null;
}

/** BF's round: a command printing a variable's value or a file's: `echo $X`, `printf '%s' "${X}"`, `cat /run/secrets/x`, `pass show x`. */
export const PRINTS_A_REFERENCE = /^(?:echo|printf)[ \t]+(?:(?:-[neE]+|'%s'|"%s")[ \t]+)*["']?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$|^(?:cat|pass(?:[ \t]+show)?|gopass(?:[ \t]+show)?|security[ \t]+find-generic-password[^\n]*)[ \t]+[^\s$]+$/;

/**
 * Things that have a number of their own, which is not a secret: a reference, a ticket, a case, an order, an invoice,
 * a tracking, a booking, a reservation, a confirmation, a receipt, a transaction, a serial, a customer's, a member's,
 * an account's, a policy's or a claim's. One list for the rules that set aside "another thing's number" (its name last
 * before a number, before a value, after it as a taken-back word, in the next sentence); each keeps its own frame and
 * may leave out a word its frame reads otherwise (`except`: "the PIN for my account 4471" is the account's PIN).
 */
export const ANOTHER_THINGS_NUMBER_WORDS = [
  'reference',
  'ref',
  'ticket',
  'case',
  'order',
  'invoice',
  'tracking',
  'booking',
  'reservation',
  'confirmation',
  'receipt',
  'transaction',
  'serial',
  'customer',
  'member',
  'membership',
  'account',
  'policy',
  'claim',
] as const;

/** The list as a regex alternation, less the words a rule's frame reads otherwise. */
export function anotherThingsNumber(except: readonly (typeof ANOTHER_THINGS_NUMBER_WORDS)[number][] = []): string {
  return ANOTHER_THINGS_NUMBER_WORDS.filter((w) => !except.includes(w)).join('|');
}
