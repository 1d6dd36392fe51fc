/**
 * Ciphertext that a secrets tool writes in a value's place: SOPS's `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]` (and
 * its file's `mac:`), Jasypt's `ENC(…)` in Spring properties, HashiCorp Vault's transit ciphertext `vault:v1:…` and an
 * Ansible Vault block (`$ANSIBLE_VAULT;1.1;AES256` and the hex lines under it). It is made to be committed: only a key
 * kept elsewhere (a KMS key, an age or PGP identity, the vault's password) opens it, and the text holds no such key.
 * A SOPS envelope shown with its fields elided (`data:...,iv:...,tag:...`, AQ's round) is the same stub, shorter.
 * Each is taken whole before any rule runs, as markers are, so no rule reads a part of it as a password or a key.
 * (Bitnami SealedSecrets' `encryptedData:` is judged in `not-credentials.ts`: its ciphertext has no envelope of its own.)
 */
const ENVELOPE =
  /ENC\[(?:AES256_GCM|AES256_CBC|AES128_GCM),data:(?:[A-Za-z0-9+/=]{0,8000}|\.{3}|…),iv:(?:[A-Za-z0-9+/=]{8,100}|\.{3}|…),tag:(?:[A-Za-z0-9+/=]{8,100}|\.{3}|…),type:[a-z]{2,10}\]|(?<![\w$])ENC\([A-Za-z0-9+/]{8,4000}={0,2}\)|(?<![\w-])vault:v\d{1,4}:[A-Za-z0-9+/]{16,8000}={0,2}(?![A-Za-z0-9+/=])/g;

/** An Ansible Vault payload: its header line, then lines of hex digits only (the hexlified salt, HMAC and ciphertext). */
const ANSIBLE_VAULT = /\$ANSIBLE_VAULT;\d\.\d;AES256(?:;[\w-]{1,40})?[ \t]*(?:\r?\n[ \t]*[0-9a-f]{2,120})+/g;

/**
 * A CI's encrypted variable (AM's round): Travis's `travis encrypt` and AppVeyor's encrypted settings are written as
 * `secure: "<base64>"` (a bare key, a list item or a JSON field), the value RSA- or AES-encrypted to the project's key, so
 * only the CI can open it; it is committed to public repositories by design. The key must be exactly `secure` and the
 * value one run of base64 of 40 or more characters, so a `secure_token: …` or a `secure: true` is not taken.
 */
const CI_SECURE = /(?<![\w-])(["']?)secure\1[ \t]*:[ \t]*(["']?)[A-Za-z0-9+/]{40,2000}={0,2}\2(?![A-Za-z0-9+/=])/g;

/** Marks every ciphertext in `text` as taken. */
export function markCiphertexts(text: string, taken: Uint8Array): void {
  if (text.includes('ENC') || text.includes('vault:v')) {
    ENVELOPE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = ENVELOPE.exec(text)); ) taken.fill(1, m.index, m.index + m[0].length);
  }
  if (text.includes('secure')) {
    CI_SECURE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = CI_SECURE.exec(text)); ) taken.fill(1, m.index, m.index + m[0].length);
  }
  if (text.includes('$ANSIBLE_VAULT')) {
    ANSIBLE_VAULT.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = ANSIBLE_VAULT.exec(text)); ) taken.fill(1, m.index, m.index + m[0].length);
  }
}
