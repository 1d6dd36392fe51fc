import { isTestVectorInput } from './test-vector-inputs';
import { isPublishedForDonations } from './published-bank-details';

/** An IBAN's country and check digits, with or without the word, right before the digits that follow them. */
const IBAN_HEAD_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ \t]?$/;
import { isCloudResourceId } from './cloud-resource-ids';
import { isPublicKeyDer } from './public-key-der';
import { isDocumentedDefault, isQuotedFromDocs } from './docs-quotes';
import { factored } from './fast-anchors';
import { isPasswordPrompt, isRequestSignature } from './signatures-and-prompts';
import { DEFAULT_PASSWORDS, isGenericPair, isLocalConfigDefault, isLocalSameAsUser, isTemplateDefault } from './default-credentials';
import { isNamedCommitId } from './commit-ids';
import { isCacheKeyDigest, isHashNamedValue, isStoredPasswordHash } from './hashes';
import { isCodeOrMessage } from './code-and-message-values';
import { isProviderKey, type SecretSpan } from './rules';
import { UUID } from './values';

/**
 * Values in a password's place that open nothing: a psql variable (`PASSWORD :'pw'`), a test's made-up password for an
 * account at a domain reserved for examples (`login("alice@example.com", "wrong-password")`), the default password that an
 * official image's documentation starts a container with (`docker run -e MYSQL_ROOT_PASSWORD=root …`), and
 * ciphertext under a sealed secret's `encryptedData:` (only the cluster's private key opens it).
 */

/** psql interpolates `:name`, `:'name'` (as a literal) and `:"name"` (as an identifier) from `\set` or `-v`. */
function isPsqlVariable(text: string, span: SecretSpan): boolean {
  return /\bpassword[ \t]+:['"]?$/i.test(text.slice(Math.max(0, span.start - 12), span.start)) && /^\w+$/.test(text.slice(span.start, span.end));
}

/** An e-mail address at a domain that RFC 2606 reserves for documentation (example.com, .net, .org, .example names). */
const RESERVED_ACCOUNT = /@(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.example)(?![\w.-])/i;

/** Words a test writes its made-up passwords with: "wrong-password", "password123", "test-pass", "invalid_secret". */
const FIXTURE_WORDS = new Set([
  'password', 'passwort', 'pass', 'pw', 'pwd', 'secret', 'wrong', 'bad', 'invalid', 'incorrect', 'correct', 'right',
  'valid', 'good', 'test', 'testing', 'fake', 'dummy', 'sample', 'demo', 'my', 'new', 'old', 'other', 'another', 'some',
]);

/** Whether a value is spelled with fixture words only (digits and punctuation aside). */
function fixtureSpelled(value: string): boolean {
  const words = value.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => FIXTURE_WORDS.has(w) || (w.endsWith('password') && FIXTURE_WORDS.has(w.slice(0, -8))));
}

/**
 * Whether a password is a test's fixture: its line names an account at a reserved domain before it, and the value
 * says what it is ("wrong-password", "password123"). A value of any other spelling beside such an address is kept
 * redacted: examples stand in for real addresses in what people paste.
 */
function isTestFixture(text: string, span: SecretSpan): boolean {
  if (!fixtureSpelled(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 160), span.start);
  return RESERVED_ACCOUNT.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** Passwords that official images' documentation starts a container with, besides the usual defaults. */
const DOCUMENTED_IMAGE_PASSWORDS = new Set(['my-secret-pw', 'mysecretpassword']);

/** A container started on the command line: `docker run`, `podman run`, `docker create`. */
const CONTAINER_RUN = /\b(?:docker|podman|nerdctl)[ \t]+(?:container[ \t]+)?(?:run|create)\b/;

/** Whether a password is a default one set on a container's command line. */
function isContainerDefault(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end).toLowerCase();
  if (!DEFAULT_PASSWORDS.has(value) && !DOCUMENTED_IMAGE_PASSWORDS.has(value)) return false;
  const before = text.slice(Math.max(0, span.start - 300), span.start);
  return CONTAINER_RUN.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** A session key and its separator right before a value: `session=`, `sessionid:`, `session_id = "`. */
const SESSION_KEY_BEFORE = /\bsession(?:[ _-]?id)?["']?[ \t]*[:=][ \t]*["']?$/i;

/**
 * Whether a value under a session key is a short number in hex (at most 16 digits, 64 bits): the session numbers that
 * servers log (ZooKeeper's `sessionid:0x16b…`, a database's or an SSH daemon's session), not a web session's bearer
 * token, which carries 128 bits or more. (Cookie headers are read by the cookie rules, which this does not judge.)
 */
function isLoggedSessionNumber(text: string, span: SecretSpan): boolean {
  return /^(?:0x)?[0-9a-f]{1,16}$/i.test(text.slice(span.start, span.end)) && SESSION_KEY_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start));
}

/** A Git or GnuPG setting that names a signing key by its id: `signingkey = 7A1B7D86FAB07F1C`, `default-key 0x…`. */
const SIGNING_KEY_NAME_BEFORE = /\b(?:signing_?key|default-key|key_?id|gpg_?key(?:_?id)?)["']?[ \t]*[:=]?[ \t]*["']?(?:0x)?$/i;

/**
 * Whether a value under a signing key's name is an OpenPGP key id or fingerprint (8 or 16 hex digits, or 40 in
 * capitals as GnuPG prints them): it names a public key and signs nothing.
 */
function isKeyId(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (!/^(?:[0-9a-f]{8}|[0-9a-f]{16}|[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})!?$/.test(value)) return false;
  return SIGNING_KEY_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * An access key's id as an audit trail or a key listing shows it (CloudTrail's `accessKeyId` under `userIdentity`,
 * `aws iam list-access-keys`, GuardDuty's findings, "last used"): the id names a key and signs nothing; with no secret
 * key, session token or signature in the text, it is kept. An id beside its secret is masked with it.
 */
const ACCESS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}$/;
const AUDIT_WORDS = /CloudTrail|userIdentity|AssumedRole|assumed-role|list-access-keys|AccessKeyMetadata|GuardDuty|get-access-key-last-used|AccessKeyLastUsed|eventName|sourceIPAddress|Access Analyzer|credential report/i;
const SECRET_BESIDE = /secret|session[ _-]?token|security[ _-]?token|signature|[A-Za-z0-9/+]{40}/i;

const SECRET_ELSEWHERE =
  /^[^\n]{0,40}?(?<![\p{L}])secret(?:[ \t]+(?:access[ \t]+)?key)?(?:[ \t]+(?:is|lives|stays|sits))?(?:[ \t]+(?:only|kept|stored|held|saved))?[ \t]+(?:in|on)[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+)?(?:vault|1password|bitwarden|keychain|keepass\w*|lastpass|password[ \t]+manager|secrets?[ \t]+manager|key[ \t]*vault)(?![\p{L}])/iu;
/** A heading above a list of ids saying the secrets are kept elsewhere, or that the list holds ids only. */
const SECRETS_ELSEWHERE_ABOVE =
  /(?<![\p{L}])(?:secrets?(?:[ \t]+(?:access[ \t]+)?keys?)?(?:[ \t]+(?:is|are|live|lives|stay|stays|sit|sits))?(?:[ \t]+(?:only|kept|stored|held|saved))?[ \t]+(?:in|on)[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+)?(?:vault|1password|bitwarden|keychain|keepass\w*|lastpass|password[ \t]+manager|secrets?[ \t]+manager|key[ \t]*vault)|ids?[ \t]+only|no[ \t]+secrets)(?![\p{L}])/iu;
const AUDIT_REACH = 1000;

function isAuditedAccessKeyId(text: string, span: SecretSpan): boolean {
  if (!ACCESS_KEY_ID.test(text.slice(span.start, span.end))) return false;
  // The words around it, 1,000 characters either side: a search of the whole text per id would be quadratic.
  const before = text.slice(Math.max(0, span.start - AUDIT_REACH), span.start);
  const after = text.slice(span.end, span.end + AUDIT_REACH);
  // AU's round: an id whose secret the text says is kept elsewhere ("key id AKIA…, secret in the vault", "(the secret
  // is only in 1Password)"): the id names the key, and no key is in the text.
  if (SECRET_ELSEWHERE.test(after.slice(0, 120)) && !/[A-Za-z0-9/+]{40}/.test(before + after)) return true;
  // AW's round: or a heading above its list says so ("Inventory of accounts (IDs only, secrets are in the vault):").
  if (SECRETS_ELSEWHERE_ABOVE.test(before.slice(-400)) && !/[A-Za-z0-9/+]{40}/.test(before + after)) return true;
  if (!AUDIT_WORDS.test(before) && !AUDIT_WORDS.test(after)) return false;
  return !SECRET_BESIDE.test(before) && !SECRET_BESIDE.test(after);
}

/** The last text looked at, and whether it holds an `encryptedData:` key at all (so most texts skip the look back). */
let lastText = '';
let lastHasSealed = false;

/** Whether a value sits inside an `encryptedData:` (Bitnami SealedSecret) block: its lines indented under that key. */
function isSealedCiphertext(text: string, span: SecretSpan): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasSealed = text.includes('encryptedData:');
  }
  if (!lastHasSealed) return false;
  // Ciphertexts run to hundreds of characters, so a third or fourth key may sit far below `encryptedData:`.
  const before = text.slice(Math.max(0, span.start - 2000), span.start);
  const at = before.lastIndexOf('encryptedData:');
  if (at < 0) return false;
  const lineStart = before.lastIndexOf('\n', at) + 1;
  const indent = at - lineStart;
  if (before.slice(lineStart, at).trim() !== '') return false;
  // Every line after the key up to the value's is indented deeper than the key.
  const rest = before.slice(before.indexOf('\n', at) + 1);
  return rest.split('\n').every((line) => line.length - line.trimStart().length > indent);
}

/**
 * A reference that a platform resolves to the secret at run time, standing where the value would: Azure App Service's
 * `@Microsoft.KeyVault(SecretUri=…)`, CloudFormation's `{{resolve:secretsmanager:…}}`, 1Password's `op://vault/item/field`
 * and vals' `ref+vault://…`; Google Secret Manager's resource name (`projects/…/secrets/…/versions/latest`), AWS's
 * secret and parameter ARNs, Azure Key Vault's secret URLs and the `sm://`, `awssm://`, `akv://`, `doppler://` schemes
 * of config loaders. The reference names where the secret is kept; it opens nothing.
 * BG's round: Keeper's `keeper://…`, Akeyless's `akeyless:/path`, CyberArk Conjur's `conjur:variable:path` (its
 * resource id), and the same scheme form for the other managers and Google's `gcp-sm://`.
 * AO's round: TeamCity's parameter references (`%vault:kv/data/app!/token%`, `%env.X%`) and its stored-credential ids
 * (`credentialsJSON:<uuid>`), and a store's secret name as a path of an environment and a secret's word
 * (`prod/hostel/db-password`, `staging/app/api_token`: what a CI plugin or a loader reads from AWS or GCP by name).
 * BL's round: a password manager's name, a colon and a path in lower case (`gopass:ops/shop/api`, `lpass:team/x`),
 * as a ticket says where the new value was stored.
 */
const SECRET_STORE_REFERENCE =
  /^(?:@Microsoft\.KeyVault\(|\{\{resolve:|op:\/\/|(?:[a-z0-9]+\+)?ref\+[a-z0-9]+:\/\/|(?:sm|gcpsm|gcp-sm|gcp-secret|awssm|aws-sm|aws-secret|akv|azkv|bw|bws|doppler|infisical|vault|secret|secrets|keeper|berglas|lastpass|bitwarden|passbolt|cyberark|delinea|thycotic|1password):\/\/|akeyless:\/|conjur:(?:[\w.-]+:)?variable:|arn:aws[\w-]*:(?:secretsmanager|ssm):|projects\/[\w-]{1,63}\/secrets\/[\w-]{1,255}(?:\/versions\/(?:\d{1,6}|latest))?$|https:\/\/[\w-]{3,24}\.vault\.azure\.net\/secrets\/|(?:secret|kv|kv-?v2)\/(?:data\/|metadata\/)?[\w.-]+\/[\w./-]*(?:[:#][\w.-]+)?$|secret=(?:secret|kv|kv-?v2)\/|%(?:vault|env|system|teamcity|dep\.|secure)[\w.:-]*[:.][^%\s]{1,200}%$|credentialsJSON:[0-9a-f-]{36}$|(?:gopass|lpass|lastpass|bw|bitwarden|keeper|chamber|teller|ejson|sops|passbolt|keepass(?:xc)?|doppler|infisical|vault|akeyless|1password):(?!\/\/)[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$|(?:prod\w*|stag\w*|dev\w*|test\w*|qa|uat|live|shared)\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){0,5}\/[a-z0-9_.-]*(?:pass\w*|pwd|token|secret|key|cred\w*|api\w*)[a-z0-9_.-]*$)/i;

/**
 * Words that present a number as an example: "steht als Beispiel die AHV-Nummer …", "… comme exemple de numéro AVS",
 * "the sample SSN …". Not "for example" and its kin ("zum Beispiel", "par exemple"), which introduce a real case as
 * often ("for example my passport number …").
 */
const PRESENTED_AS_EXAMPLE =
  /(?<![\p{L}])(?:as[ \t]+(?:an?|the|its|their)[ \t]+example|as[ \t]+example|als[ \t]+Beispiel|Beispiel(?:nummer|-Nummer)|comme[ \t]+exemple|como[ \t]+ejemplo|come[ \t]+esempio|como[ \t]+exemplo|als[ \t]+voorbeeld|(?:example|sample|dummy)[ \t]+(?:number|SSN|ID|id[ \t]+number))(?![\p{L}])/iu;

/**
 * The same in other languages: a word for an example or a sample in the number's own sentence ("ინტერნეტში ნიმუშად
 * წერია …" — written online as a sample; "… é um NIF válido de exemplo"; "пример номера"; "örnek IBAN"), or a tutorial
 * it was read in. The phrases that bring in a real case instead ("for example", "por ejemplo", "zum Beispiel",
 * "например", "örneğin") are taken out of the sentence before it is read.
 */
const EXAMPLE_WORD =
  /(?<![\p{L}])(?:exempl[oe]|ejemplo|esempio|exemple|beispiel\p{L}*|voorbeeld\p{L}*|przyk[łl]ad\p{L}*|p[řr][íi]klad\p{L}*|pr[íi]klad\p{L}*|пример\p{L}*|приклад\p{L}*|ნიმუშ\p{L}*|მაგალით\p{L}*|օրինակ\p{L}*|[öo]rnek\p{L}*|p[ée]lda\p{L}*|exemplu\p{L}*|exempel\p{L}*|eksempel\p{L}*|esimerk\p{L}*|παράδειγμα\p{L}*|مثال|نمونه|דוגמ\p{L}*|उदाहरण|contoh\p{L}*|v[íi][ \t]+d[ụu]|shembull\p{L}*|adibide\p{L}*|enghraifft|e[żz]empju|piem[ēe]r\p{L}*|pavyzd\p{L}*|n[äa]ide\p{L}*|sample|dummy|tutori(?:al|el|ál)\p{L}*|ტუტორიალ\p{L}*|primjer\p{L}*|n[üu]mun[əe]\p{L}*|мысал\p{L}*|үлгі\p{L}*|உதாரண\p{L}*|எடுத்துக்காட்ட\p{L}*|ఉదాహరణ\p{L}*|ઉદાહરણ\p{L}*|ਉਦਾਹਰ\p{L}*|උදාහරණ\p{L}*|ຕົວຢ່າງ|ตัวอย่าง|উদাহরণ|ምሳሌ|tusaale\p{L}*|misali|d[æa]mi|sampla|pananglitan|halimbawa|mfano|サンプル|示例|样例|範例|예시|예제)(?![\p{L}])/iu;
const FOR_EXAMPLE =
  /(?<![\p{L}])(?:for[ \t]+example|na[ \t]+primjer|napr[íi]klad|byvoorbeeld|til[ \t]+d[æa]mis|per[ \t]+exemple|mar[ \t]+shampla|m[əe]s[əe]l[əe]n|мысалы|tusaale[ \t]+ahaan|alal[ \t]+misali|kwa[ \t]+mfano|e\.g\.|zum[ \t]+Beispiel|z\.[ \t]?B\.|par[ \t]+exemple|por[ \t]+ejemplo|por[ \t]+exemplo|per[ \t]+esempio|bijvoorbeeld|na[ \t]+przyk[łl]ad|nap[řr][íi]klad|например|наприклад|[öo]rne[ğg]in|p[ée]ld[áa]ul|de[ \t]+exemplu|esimerkiksi|till[ \t]+exempel|for[ \t]+eksempel|για[ \t]+παράδειγμα|مثلا|مثلاً|למשל|उदाहरण[ \t]+के[ \t]+लिए|misalnya|contohnya|v[íi][ \t]+d[ụu][ \t]+nh[ưu]|p[ëe]r[ \t]+shembull|adibidez|er[ \t]+enghraifft|pere[żz]empju|piem[ēe]ram|pavyzd[žz]iui|n[äa]iteks|na[ \t]+primer|例えば|例如|예를[ \t]+들어)(?![\p{L}])/giu;

/** Whether an identity number's own sentence, just before or after it, presents it as an example. */
function isPresentedExample(text: string, span: SecretSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 40);
  const sentenceBefore = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?։।။]\s(?!.*[.!?։।။]\s)/su)) + 1);
  const sentenceAfter = after.split(/\n|[.!?։।](?:\s|$)/)[0]!;
  if (PRESENTED_AS_EXAMPLE.test(sentenceBefore) || PRESENTED_AS_EXAMPLE.test(sentenceAfter)) return true;
  return EXAMPLE_WORD.test(sentenceBefore.replace(FOR_EXAMPLE, ' ')) || EXAMPLE_WORD.test(sentenceAfter.replace(FOR_EXAMPLE, ' '));
}

/**
 * A vehicle's or a drone's insurance number among its public identifiers: the block that gives it also gives the
 * craft's serial number, registration, plate, operator id or VIN, or calls the policy a vehicle's breakdown or roadside
 * cover ("Betreiber-ID …\nSeriennummer …\nVersicherungsnummer
 * …"), as a registration form or a plate on the craft lists them. A liability policy for a vehicle is shown to
 * anyone it damages; the policy of a household or a person, named without such neighbours, stays a secret.
 */
const CRAFT_IDENTIFIER =
  /(?<![\p{L}])(?:serial[ \t]+(?:number|no\.?)|seriennummer|num[ée]ro[ \t]+de[ \t]+s[ée]rie|n[úu]mero[ \t]+de[ \t]+s[ée]rie|numero[ \t]+di[ \t]+serie|kennzeichen|licen[cs]e[ \t]+plate|number[ \t]+plate|registration[ \t]+(?:number|mark)|matr[íi]cula|immatriculation|targa|betreiber-?id|operator[ \t]+(?:id|registration)|remote[ \t]+id|remote-id|VIN|FIN|fahrgestellnummer|chassis|hull[ \t]+(?:number|id)|rumpfnummer|breakdown[ \t]+(?:cover|assistance|recovery)|roadside[ \t]+(?:assistance|cover|recovery)|pannenhilfe|schutzbrief|d[ée]pannage|assistance[ \t]+routi[èe]re|asistencia[ \t]+en[ \t]+carretera|assist[êe]ncia[ \t]+(?:em[ \t]+viagem|rodovi[áa]ria)|soccorso[ \t]+stradale|wegenwacht|pechhulp|vejhj[æa]lp|v[äa]gassistans|tiepalvelu|pomoc[ \t]+drogowa)(?![\p{L}])/iu;

function isCraftPolicyNumber(text: string, span: SecretSpan): boolean {
  const from = Math.max(0, span.start - 300);
  let before = text.slice(from, span.start);
  let after = text.slice(span.end, span.end + 300);
  // The same block: no blank line between.
  before = before.slice(before.lastIndexOf('\n\n') + 1);
  const blank = after.indexOf('\n\n');
  if (blank >= 0) after = after.slice(0, blank);
  return CRAFT_IDENTIFIER.test(before) || CRAFT_IDENTIFIER.test(after);
}

/**
 * India's postal PIN code, six digits after "PIN" at an address's end: "27, Gandhi Road, Thanjavur, PIN: 613001",
 * "Plot 9, Banjara Hills, Hyderabad, PIN 500034". The word is the same as a card's PIN, so the place says which: the
 * line before it is an address (two commas or more, a house number among the parts, and a place's name alone right
 * before the PIN, no digit in it), or the text before it speaks of an address, a courier or a postal code in English
 * or an Indian language. A card's or a phone's words on the line ("card ending 4421, expiry 09/27, PIN …") keep it a
 * PIN.
 */
const PIN_BEFORE = /(?<![\p{L}])PIN(?:[ \t-]?(?:code|Code|CODE|no\.?))?[ \t]*[:：.-]?[ \t]*$/u;
const SECRET_PIN_WORDS = /(?<![\p{L}])(?:card|debit|credit|atm|bank|upi|sim|phone|mobile|wallet|account|login|password|otp|cvv|expiry|exp|pay\p{L}*)(?![\p{L}])/iu;
const ADDRESS_WORDS =
  /(?<![\p{L}])(?:address\p{L}*|postal|post[ \t]?office|postcode|pincode|courier|delivery|shipping|street|road|nagar|colony|district|taluk|tehsil|village)(?![\p{L}])|पता|पते|पिन[ \t]?कोड|முகவரி|அஞ்சல்|చిరునామా|ವಿಳಾಸ|വിലാസ|ঠিকানা|पत्ता|સરનામ|ਪਤਾ|ଠିକଣା|پتہ/iu;

function isPostalPin(text: string, span: SecretSpan): boolean {
  // Six digits, the first 1 to 8 (/^[1-8]\d{5}$/), read by their codes: this runs for every password found.
  if (span.end - span.start !== 6 || text.charCodeAt(span.start) < 49 || text.charCodeAt(span.start) > 56) return false;
  for (let i = span.start + 1; i < span.end; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  const before = text.slice(Math.max(0, span.start - 200), span.start);
  const lead = PIN_BEFORE.exec(before);
  if (lead === null) return false;
  const line = before.slice(before.lastIndexOf('\n') + 1, lead.index);
  if (SECRET_PIN_WORDS.test(line)) return false;
  const parts = line.split(',');
  const addressLine = parts.length >= 3 && parts[parts.length - 1]!.trim() === '' && /^[\p{L}\p{M} .'’-]{2,40}$/u.test(parts[parts.length - 2]!.trim()) && /\d/.test(line);
  return addressLine || ADDRESS_WORDS.test(text.slice(Math.max(0, span.start - 300), span.start));
}

/**
 * A quiz's or a game's join PIN, which the host shows on a screen for a room to type: "the Kahoot game PIN 6491248",
 * "Quizizz code 482913", "Mentimeter code 1234 5678", "Spiel-PIN 123456", "PIN du jeu", "PIN del juego", "código do
 * jogo", "kod gry". It joins a session that ends with the lesson; it opens no account.
 */
const JOIN_CODE_BEFORE = factored(new RegExp(
  String.raw`(?<![\p{L}])(?:(?:kahoot!?|quizizz|blooket|gimkit|mentimeter|menti|slido|wooclap|quizlet(?:[ 	]+live)?|jackbox|among[ 	]+us|game|quiz|trivia|spiel|jeu|juego|jogo|gioco|gry|oyun|peli|spel|spill|игры|игра|гри|trò[ 	]+chơi|permainan|mchezo)[ 	_-]*(?:game[ 	_-]*)?(?:PIN|code|Code|kod|k[óo]d|c[óo]digo|codice|koodi|код)|(?:PIN|code|c[óo]digo|codice|kod|код)[ 	]+(?:du|del|do|da|di|della|dello|des)[ 	]+(?:jeu|juego|jogo|gioco|quiz|partida|partie|sala|salle|stanza)|(?:join|joining)[ 	]+(?:with[ 	]+)?(?:the[ 	]+)?(?:game[ 	]+)?(?:PIN|code))["']?[ 	:#=]*["']?(?:(?:is|es|est|ist|é|è)[ 	]+)?$`,
  'iu',
));

/**
 * What every lead above holds, a game's, a quiz's or a join's word, in the plain mode: most numbers have none of them
 * before, and the Unicode scan anchored at the line's end is then never run.
 */
const JOIN_WORD_NEAR = factored(/kahoot|quiz|blooket|gimkit|menti|slido|wooclap|jackbox|among|game|trivia|spiel|jeu|juego|jogo|gioco|gry|oyun|peli|spel|spill|игр|гри|chơi|permainan|mchezo|partid|partie|sala|stanza|join/i);

function isSharedJoinCode(text: string, span: SecretSpan): boolean {
  if (!/^\d[\d ]{3,10}$/.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return JOIN_WORD_NEAR.test(line) && JOIN_CODE_BEFORE.test(line);
}

/**
 * Whether a found password (or key) is one of the values above, a stored hash or a cache key's digest
 * (`hashes.ts`), a logged session number, the generic `user:passwd` of examples or a default password in a config block on a local host
 * (`default-credentials.ts`) or in a framework's template the text names (`.env.example`): those are kept.
 */
/**
 * SNMP's factory communities, `public` (read) and `private` (write), under a community's name: every agent ships with
 * them and every manual prints them; a config that still has them is a finding, but the words hide nothing.
 */
function isDefaultCommunity(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  return (value === 'public' || value === 'private') && /communit/i.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * An identifier a diagnostic report prints under a "Key" or "Id" name: Apple's crash reports give every report its
 * "CrashReporter Key" (a hash naming the device to the developer's crash console, anonymous by design), "Incident
 * Identifier", "Anonymous UUID", "Beta Identifier", "Sleep/Wake UUID"; Windows Error Reporting its "Report Id" and
 * "Bucket ID"; tracing its request, trace and correlation ids. Pasted with the crash, they open nothing.
 */
const REPORT_ID_NAME =
  /(?:^|\n)[ \t]*(?:CrashReporter[ \t]+Key|Crash[ \t_-]?Reporter[ \t_-]?Key|Incident[ \t]+Identifier|Anonymous[ \t]+UUID|Beta[ \t]+Identifier|Sleep\/Wake[ \t]+UUID|Report[ \t_-]?Id|Bucket[ \t_-]?Id|Crash[ \t_-]?Id|Event[ \t_-]?Id|Trace[ \t_-]?Id|Request[ \t_-]?Id|Correlation[ \t_-]?Id|Activity[ \t_-]?Id)[ \t]*[:=][ \t]*$/i;

/**
 * AV's round: a form tool's record line ("Submitted 2026-04-02T09:14:55Z · token 8c1f…", "Response received … · token
 * …"): the token names that response in the tool's export, as an order number names an order; the line opens with the
 * word for the submission, and "token" stands right before the value.
 */
const FORM_RECORD_TOKEN = /(?:^|\n)[ \t]*(?:submitted|submission|received|completed|response|entry)(?![\p{L}])[^\n]{0,80}?(?<![\p{L}])(?:response[ \t]+)?token[ \t]*[:#]?[ \t]*$/iu;

function isFormRecordToken(text: string, span: SecretSpan): boolean {
  return FORM_RECORD_TOKEN.test(text.slice(Math.max(0, span.start - 120), span.start));
}

function isReportIdentifier(text: string, span: SecretSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  return /(?:Key|Id|ID|UUID|Identifier)[ \t]*[:=][ \t]*$/.test(before) && REPORT_ID_NAME.test(before);
}

/**
 * A tax or registration number said as a company's ("ИНН нашей компании …", "our company's tax ID", "Steuernummer
 * unserer Firma", "el NIF de nuestra empresa"): a business's number is printed on its invoices, its website and the public
 * register, and opens nothing. The company is named right beside the number's name, before the number: a person's
 * number said in a sentence about a company ("the company needs my INN") stays masked.
 */
const COMPANY_OWNED =
  /(?<![\p{L}])(?:(?:our|the)[ \t]+(?:company|business|firm|organi[sz]ation|employer|LLC|Ltd)(?:['’]s)?|company['’]s|нашей[ \t]+(?:компании|организации|фирмы)|нашего[ \t]+(?:предприятия|ООО)|нашої[ \t]+(?:компанії|організації|фірми)|unserer[ \t]+(?:Firma|GmbH)|unseres[ \t]+Unternehmens|de[ \t]+notre[ \t]+(?:soci[ée]t[ée]|entreprise)|de[ \t]+nuestra[ \t]+(?:empresa|sociedad)|della[ \t]+nostra[ \t]+(?:azienda|societ[àa])|da[ \t]+nossa[ \t]+empresa|naszej[ \t]+(?:firmy|sp[óo][łl]ki)|na[šs]e[ \t]+(?:tvrtke|firme|kompanije|spole[čc]nosti|firmy)|van[ \t]+ons[ \t]+bedrijf|v[åa]rt[ \t]+f[öo]retags|şirketimizin|cégünk)(?![\p{L}])/iu;

/** The writer's own number: "my" before anything but a company word. */
const MY_OWN = /(?<![\p{L}])(?:my|мой|моя|mein\p{L}*|mon|ma|mi|meu|mio|mój)[ \t]+(?!company|business|firm|shop|компани|Firma|soci|entreprise|empresa|azienda)/iu;

function isCompanyNumber(text: string, span: SecretSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 50), span.start);
  const lead = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s(?!.*[.!?]\s)/su)) + 1);
  return COMPANY_OWNED.test(lead) && !MY_OWN.test(lead);
}

/**
 * A chess position in Forsyth-Edwards Notation ("rnbqkb1r/1p2pppp/p2p1n2/8/3NP3/2N5/PPP2PPP/R1BQKB1R"): eight ranks of
 * piece letters and empty-square counts, joined by slashes. A game's record, opening nothing; its random look is the
 * board's.
 */
const FEN_BOARD = /^(?:[pnbrqkPNBRQK1-8]{1,8}\/){7}[pnbrqkPNBRQK1-8]{1,8}$/;

function isChessPosition(value: string): boolean {
  return FEN_BOARD.test(value);
}

/**
 * AO's round: code that reads the value from the environment, the value's place taken by the call's receiver
 * (`password := Smalltalk os getenv: 'DB_PASSWORD'`, `pass = Environment.GetEnvironmentVariable(…)`, `key = ENV.fetch(…)`):
 * a rule that takes the first word after `:=` reads the receiver's name, which is no secret.
 */
const ENV_LOOKUP_AFTER = /^[ \t]*(?:[\w.]{1,30}[ \t]*){0,2}[ .:]?[ \t]*(?:getenv|environ|GetEnvironmentVariable|env::var|getEnv|env\.get|ENV(?:\.fetch|\[))/i;

function readsEnvironment(text: string, span: SecretSpan): boolean {
  if (!/^[A-Za-z_][\w.]{0,40}$/.test(text.slice(span.start, span.end))) return false;
  return ENV_LOOKUP_AFTER.test(text.slice(span.end, span.end + 80));
}

/**
 * AP's round: a value that names another value the same text defines: a macro or shell variable with its sigil
 * (SAS `&pw` or `&pw.` after `%let pw = …`, Stata's `` `pw' `` after `local pw : env …`, `$pw`, `%pw%`, `:pw`, `@pw`)
 * where the bare name is assigned in the text (`%let pw`, `local pw`, `set pw`, `pw =`, `pw :`); and a call that
 * reads the environment or a file in a macro language (`%sysget(ORA_PW)`, `%sysfunc(…)`, `$(cat …)`, `$(<…)`), or a
 * file's address where a secret is kept (`file:///run/secrets/…`, `/run/secrets/…`): the value is elsewhere, not in
 * the text. A password spelled with a sigil ("&glaze49GL") names nothing the text assigns.
 */
const SIGIL_REFERENCE = /^(?:&{1,2}([A-Za-z_]\w{0,31})\.?|`([A-Za-z_]\w{0,31})'|\$\{?([A-Za-z_]\w{0,31})\}?|%([A-Za-z_]\w{0,31})%|[:@]([A-Za-z_]\w{0,31}))$/;
const READS_ELSEWHERE = /^(?:%(?:sysget|sysfunc|qsysfunc)\(|\$\((?:cat|<)[ \t]|file:\/\/|\/(?:var\/)?run\/secrets\/|\/run\/credentials\/)/i;

function namesAnotherValue(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (READS_ELSEWHERE.test(value)) return true;
  const m = SIGIL_REFERENCE.exec(value);
  const name = m && (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  if (!name) return false;
  const defined = new RegExp(`(?:^|[\\s;(])(?:%let[ \\t]+|local[ \\t]+|global[ \\t]+|set[ \\t]+|export[ \\t]+|declare[ \\t]+|var[ \\t]+|let[ \\t]+)?${name}[ \\t]*(?::=|=|:[ \\t]|[ \\t]+env[ \\t])`, 'i');
  // Within a few lines either side: a window, so that many such values in a long text each read a bounded stretch.
  return defined.test(text.slice(Math.max(0, span.start - 1500), span.start)) || defined.test(text.slice(span.end, span.end + 1500));
}

/**
 * AO's round: a card number or its code beside the words "test card" in a language payments are documented in: a
 * processor's test number (Adyen's `4111 1111 4555 1142`, CVC 737) that its docs print for anyone; it charges nothing.
 */
const TEST_CARD_BEFORE =
  /(?<![\p{L}])(?:test(?:ing)?[ \t-]?(?:card|kart\p{L}*|number)|sandbox[ \t-]?card|carte[ \t]+(?:de[ \t]+)?test|tarjeta[ \t]+de[ \t]+prueba|cart[ãa]o[ \t]+de[ \t]+teste|carta[ \t]+(?:di[ \t]+)?test|testkaart|karta[ \t]+testow\p{L}*|тестов\p{L}*[ \t]+карт\p{L}*|テストカード|测试卡|測試卡|테스트[ \t]?카드)(?![\p{L}])[^\n.;]{0,60}$/iu;

function isTestCard(text: string, span: SecretSpan): boolean {
  return TEST_CARD_BEFORE.test(text.slice(Math.max(0, span.start - 120), span.start));
}

/**
 * AT's round: a Wi-Fi's value that its own clause says has no password ("Free Wi-Fi: cafe-guest — no password, just
 * accept the terms", "WLAN: Gaeste (offen, ohne Passwort)", "wifi: biblio-libre, sin contraseña") is the network's name:
 * an open network has no key to keep. The Wi-Fi's word stands before the value on its line, and right after it, past a
 * dash, a comma or a bracket, the words that say there is none, in the languages the rules read most.
 */
const WIFI_BEFORE = /(?<![\p{L}\p{N}])(?:wi-?fi|wlan|wireless|hotspot|ssid|network|netzwerk|r[ée]seau|red|rede|rete|сеть|вай-?фай)(?![\p{L}\p{N}])[^\n]{0,40}$/iu;
const NO_KEY_AFTER = new RegExp(
  // AV's round: or the copula right after the name, no mark between ("guest wifi "X" is open, no password").
  String.raw`^["'”»]?(?:[ \t]*[—–,;(:-]+[ \t]*(?:(?:it['’]?s|it[ \t]+is|is|ist|es|est|é|è)[ \t]+)?|[ \t]+(?:is|ist|es|est|é|è)[ \t]+)(?:(?:an?|un|una|ein)[ \t]+)?` +
    String.raw`(?:open(?:[ \t]+network)?|offen|ouvert|abiert[ao]|abert[ao]|apert[ao]|открыт\p{L}*|passwordless|password[ \t-]?free|(?:no|without|kein\p{L}*|ohne|sans|pas[ \t]+de|sin|sem|senza|zonder|geen|utan|uden|uten|bez|без|tanpa)[ \t]+(?:(?:a|any|un|une|una|um|uma)[ \t]+)?(?:password|passcode|pass|key|login|code|passwort|kennwort|schlüssel|mot[ \t]+de[ \t]+passe|clé|contrase[ñn]a|clave|senha|chave|wachtwoord|lösenord|пароля|ключа|kata[ \t]+sandi))(?![\p{L}])`,
  'iu',
);

function isOpenNetworkName(text: string, span: SecretSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  if (!WIFI_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  return NO_KEY_AFTER.test(text.slice(span.end, span.end + 60));
}

/**
 * AT's round: a config's `login=` or `login:` line (ddclient, inadyn, fetchmail, a DDNS client's file) names the account;
 * where the same block has its own password line (`password=…`, `pass:`), the login's value is the user name, whatever
 * its shape ("login=quill_69"). Only a key that starts its line, beside a password key that starts another.
 */
const LOGIN_KEY_BEFORE = /(?:^|\n)[ \t]*["']?login["']?[ \t]*[=:][ \t]*["']?$/i;
const PASSWORD_KEY_LINE = /(?:^|\n)[ \t]*["']?(?:password|passwd|pass|pwd|secret)["']?[ \t]*[=:]/i;

function isLoginBesidePassword(text: string, span: SecretSpan): boolean {
  if (!LOGIN_KEY_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) return false;
  return PASSWORD_KEY_LINE.test(text.slice(Math.max(0, span.start - 400), Math.min(text.length, span.end + 400)));
}

/**
 * The whole word a span stands in, back to the space, quote or `=` before it: a rule that reads `ref+gcpsecrets:` as
 * a name and its `//shop/KEY` as the value, or skips the `vals+` of `vals+ref+awssecrets://…`, takes part of a secrets
 * manager's reference, which the reference test reads whole.
 */
function referenceHolding(text: string, span: SecretSpan): string {
  let i = span.start;
  while (i > 0 && span.start - i < 64 && !/[\s"'`=]/.test(text[i - 1]!)) i--;
  return text.slice(i, span.end);
}

/**
 * BI's round: a value that names, after a scheme, a path or a list's number, the very key it stands under
 * (`fieldwire_api_token: ExternalSecret/FIELDWIRE_API_TOKEN`, `cex_password: envkey:CEX_PASSWORD`, `x_password:
 * Parameter Store /shop/prod/X_PASSWORD`, `… Passwordstate list 14 / X_PASSWORD`): a pointer to where a store keeps
 * the secret under that name, whatever the store. A secret itself does not spell its own key's name after a separator.
 */
const KEY_BEFORE_VALUE = /^[ \t]*["']?([A-Za-z_][\w.-]{2,63})["']?[ \t]*[:=][ \t]*["']?$/;
// BL's round: a bearer's name too (`shop_bearer: ejson:SHOP_BEARER`).
const SECRET_WORD_IN_NAME = /pass|pwd|secret|token|key|cred|auth|bearer/i;

/**
 * BJ's round: a store's id for the item that holds the secret, after the store and the item's word ("IBM Secrets
 * Manager secret 5d46…-…", "key vault entry <uuid>", "password manager item <uuid>"): the store looks the secret up by
 * it; the id alone opens nothing. Only a UUID's shape, which is how such stores number their items.
 */
const STORE_ITEM_BEFORE = /(?:secrets?[ \t-]?manager|password[ \t-]?manager|key[ \t-]?vault|keychain|keyring|kwallet|secret[ \t-]?store)[ \t]+(?:secret|entry|item|record)(?:[ \t]+(?:id|uuid))?[ \t:#=]*$/i;

function isStoreItemId(text: string, span: SecretSpan): boolean {
  if (!UUID.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  return STORE_ITEM_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}

function restatesItsOwnName(text: string, span: SecretSpan): boolean {
  // The key opens its line and the value opens right after it: a user's name repeated as a database's in a URL
  // (`postgresql://kimai:…@db/kimai`) is no key restated. Read within 80 characters before and 300 after only.
  const back = Math.max(0, span.start - 81);
  const newline = text.slice(back, span.start).lastIndexOf('\n');
  if (newline < 0 && back > 0) return false;
  const key = KEY_BEFORE_VALUE.exec(text.slice(back + newline + 1, span.start));
  // A name of two words or more (`cex_password`, `mk-secret-key`): "password" or "token" alone is said again in any
  // comment after a value ("# the 16-letter app password").
  if (!key || !SECRET_WORD_IN_NAME.test(key[1]!) || !/[a-z0-9][_-][a-z]/i.test(key[1]!)) return false;
  const name = key[1]!.slice(key[1]!.lastIndexOf('.') + 1).toLowerCase().replace(/-/g, '_');
  if (name.length < 4) return false;
  const tail = text.slice(span.start, span.start + 300).split('\n')[0]!.toLowerCase().replace(/-/g, '_');
  for (let i = tail.indexOf(name, 1); i > 0; i = tail.indexOf(name, i + 1)) {
    // BJ's round: or after a prefix joined by `_` or `.` (`Docker secret shop_X_PASSWORD`), as stores namespace it.
    // BL's round: or in a type's angle brackets (CloudFormation's `AWS::SSM::Parameter::Value<X_TOKEN>`).
    if (/[:/ \t_.<]/.test(tail[i - 1]!) && !/\w/.test(tail[i + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * BL's round: the argument of a password manager's command that prints a secret (`lpass show --password team/X_KEY`,
 * `bw get password 5d46…`, `gopass show -o ops/x`, `op read …`, `keeper get …`): the entry's name or id, which the
 * command looks up; the secret is what the command prints, not what it is given. Only a command on the value's own
 * line, with nothing but its options and words between (no `;`, `|` or `&`, after which another command starts).
 */
const SECRET_FETCH_BEFORE =
  /(?:^|[\s(`$'"=:])(?:lpass|bw|bws|rbw|gopass|pass|op|keeper|ksm|chamber|secret-tool|doppler|infisical|akeyless|keepassxc-cli|kpcli|passage|teller|berglas|conjur|vault(?:[ \t]+kv)?|aws[ \t]+secretsmanager|gcloud[ \t]+secrets(?:[ \t]+versions)?|az[ \t]+keyvault[ \t]+secret)[ \t]+(?:show|get|read|lookup|access|retrieve|get-secret-value|item[ \t]+get)(?:[ \t]+[^\s;|&]+){0,4}?[ \t]+$/;

function isSecretFetchArgument(text: string, span: SecretSpan): boolean {
  // The line's start is looked for in the 200 characters before only: a search back to it on a long line, for each of
  // many values found there, would be quadratic.
  const from = Math.max(0, span.start - 201);
  const window = text.slice(from, span.start);
  const nl = window.lastIndexOf('\n');
  if ((nl < 0 && from > 0) || /\S/.test(text[span.end] ?? ' ')) return false;
  return SECRET_FETCH_BEFORE.test(window.slice(nl + 1));
}

/**
 * BT's round: a number that its clause says is printed on a thing, not set to open it: a barcode's or a QR code's ("the
 * barcode on the pass is …"), or a code or number on a box's side, bottom, label, sticker or tag ("the box code on the
 * side is …"). A lock's code is chosen and kept; these are read off the thing by anyone holding it. Digits only, and
 * no password's, PIN's or lock's word in the clause ("the barcode scanner's password is …" is a password).
 */
const PRINTED_CODE_CLAUSE =
  /(?<![\p{L}])(?:bar[ \t-]?codes?|QR[ \t-]?codes?|(?:codes?|numbers?)[ \t]+on[ \t]+(?:the|its|a|each|every)[ \t]+(?:side|bottom|base|underside|label|sticker|tag|packaging|lid|wrapper|sole|carton|tin))(?![\p{L}])/iu;
const SECRET_IN_CLAUSE = /(?<![\p{L}])(?:pass[ \t-]?words?|passcodes?|pins?|locks?|padlocks?|doors?|gates?|safes?|alarms?|key[ \t-]?(?:safe|box)|lockbox)(?![\p{L}])/iu;

function isPrintedCode(text: string, span: SecretSpan): boolean {
  if (!/^\d{3,14}$/.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const clause = before.slice(before.search(/[^.,;:!?\n]*$/));
  return PRINTED_CODE_CLAUSE.test(clause) && !SECRET_IN_CLAUSE.test(clause);
}

/**
 * BU's round: a value the words right after it say is a public thing's print: "… f016e9… is its fingerprint", "…
 * which is the key's thumbprint", "… is the checksum". A key's fingerprint is published so that a key can be checked;
 * it opens nothing.
 */
const SAID_TO_BE_A_PRINT = /^[ \t]*[,(-]?[ \t]*(?:(?:is|was|which[ \t]+is|that['’]s|being)[ \t]+)(?:its|the|our|their|his|her|a|my)[ \t]+(?:(?:public|signing|key['’]s|own|full|short)[ \t]+){0,2}(?:fingerprint|thumbprint|checksum|hash|digest|key[ \t]+id)(?![\p{L}])/iu;

function isSaidToBeAPrint(text: string, span: SecretSpan): boolean {
  return SAID_TO_BE_A_PRINT.test(text.slice(span.end, span.end + 60));
}

/**
 * BU's round: a number its own sentence goes on to call only a house's, a flat's or a street's number, though it
 * looks like a code: "Our door is 6931 - it looks like a PIN on the envelope but it's just the house", "…, that's only
 * the flat number". A lock's code is never said to be just an address.
 */
const SAID_TO_BE_AN_ADDRESS = /(?<![\p{L}])(?:it['’]s|it[ \t]+is|that['’]s|that[ \t]+is|is)[ \t]+(?:just|only|simply|merely)[ \t]+(?:the|our|my|their|his|her|a)[ \t]+(?:house|flat|street|building|door|apartment|unit)(?:[ \t]+number)?(?![\p{L}])/iu;

function isSaidToBeAnAddress(text: string, span: SecretSpan): boolean {
  if (!/^\d{1,6}$/.test(text.slice(span.start, span.end))) return false;
  const after = text.slice(span.end, span.end + 120);
  const sentence = after.slice(0, after.search(/[.!?\n]|$/));
  return SAID_TO_BE_AN_ADDRESS.test(sentence);
}

/**
 * BU's round: a setting's value in plain small words joined by hyphens that say where the value is or that it is not
 * there: `WIFI_PSK=ask-the-office`, `DOOR_PIN=not-here`, `API_KEY=see-the-wiki`, as an example file's placeholders are
 * written. A passphrase of hyphen-joined words has no such word of asking or pointing.
 */
const WORDED_PLACEHOLDER = /^[a-z]{2,12}(?:-[a-z]{1,12}){1,4}$/;
const PLACEHOLDER_WORD = /(?:^|-)(?:ask|see|not|no|none|here|there|from|fill|tbd|todo|later|change|replace|set|unset|your|put|get|in|on|the|check)(?=-|$)/;

function isWordedPlaceholder(text: string, span: SecretSpan): boolean {
  const v = text.slice(span.start, span.end);
  if (!WORDED_PLACEHOLDER.test(v) || !PLACEHOLDER_WORD.test(v)) return false;
  // Only as a setting's whole value: `NAME=value` or `NAME: value` closing its line.
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const head = text.slice(Math.max(lineStart, span.start - 80), span.start);
  const tail = text.slice(span.end, span.end + 2);
  return /^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*[=:][ \t]*["']?$/.test(head) && /^(?:["']?(?:\r?\n|$))/.test(tail);
}

export function notACredential(text: string, span: SecretSpan): boolean {
  if (span.label === 'card number' && isTestCard(text, span)) return true;
  if ((span.label === 'password' || span.label === 'api key') && readsEnvironment(text, span)) return true;
  if (span.label === 'password') {
    if (isPsqlVariable(text, span) || isTestFixture(text, span) || isTestVectorInput(text, span) || isContainerDefault(text, span) || isPostalPin(text, span) || isSharedJoinCode(text, span) || isPrintedCode(text, span)) return true;
    if (isLocalSameAsUser(text, span.start, span.end) || isQuotedFromDocs(text, span) || isDocumentedDefault(text, span)) return true;
    if (isDefaultCommunity(text, span) || isOpenNetworkName(text, span) || isLoginBesidePassword(text, span)) return true;
    if (isGenericPair(text, span.start, span.end) || isLocalConfigDefault(text, span.start, span.end) || isTemplateDefault(text, span.start, span.end)) return true;
    if (isSaidToBeAnAddress(text, span) || isWordedPlaceholder(text, span)) return true;
  }
  if ((span.label === 'national id' || span.label === 'ssn' || span.label === 'iban') && isPresentedExample(text, span)) return true;
  if (span.label === 'national id' && isCompanyNumber(text, span)) return true;
  if ((span.label === 'iban' || span.label === 'bank account') && isPublishedForDonations(text, span)) return true;
  // AL's round: an IBAN's digit groups after its country and check digits ("IBAN LT23 4593 7871 …") may read as a card
  // number; published for donations, it is the same public account.
  if (span.label === 'card number' && IBAN_HEAD_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) && isPublishedForDonations(text, span)) return true;
  if (span.label === 'policy number' && isCraftPolicyNumber(text, span)) return true;
  if (span.label !== 'password' && span.label !== 'api key') return false;
  if (isChessPosition(text.slice(span.start, span.end))) return true;
  if (isNamedCommitId(text, span)) return true;
  if (isSaidToBeAPrint(text, span)) return true;
  if (isCodeOrMessage(text, span)) return true;
  if (namesAnotherValue(text, span)) return true;
  if (SECRET_STORE_REFERENCE.test(text.slice(span.start, span.end)) || SECRET_STORE_REFERENCE.test(referenceHolding(text, span))) return true;
  if (restatesItsOwnName(text, span) || isStoreItemId(text, span) || isSecretFetchArgument(text, span)) return true;
  // The id after TeamCity's `credentialsJSON:` names a credential its server keeps; the value is not in the text.
  if (text.slice(Math.max(0, span.start - 16), span.start).endsWith('credentialsJSON:')) return true;
  if (isRequestSignature(text, span) || isPasswordPrompt(text, span)) return true;
  if (span.label === 'api key' && (isReportIdentifier(text, span) || isFormRecordToken(text, span))) return true;
  if (span.label === 'api key' && (isLoggedSessionNumber(text, span) || isKeyId(text, span) || isAuditedAccessKeyId(text, span))) return true;
  // A key in no provider's format that a line quotes from a product's docs or wiki, as a password would be; a
  // provider's own format is judged by its format (its docs print test keys that open test accounts).
  if (span.label === 'api key' && isQuotedFromDocs(text, span) && !isProviderKey(text.slice(span.start, span.end))) return true;
  if (isCloudResourceId(text.slice(span.start, span.end))) return true;
  if (isPublicKeyDer(text.slice(span.start, span.end))) return true;
  return isSealedCiphertext(text, span) || isStoredPasswordHash(text.slice(span.start, span.end)) || isHashNamedValue(text, span) || isCacheKeyDigest(text, span);
}
