/**
 * A public key written as base64 DER, a SubjectPublicKeyInfo (`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A…` for RSA,
 * `MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…` for P-256, `MCowBQYDK2VwAyEA…` for Ed25519): what Keycloak's realm
 * endpoint, JWKS tooling and `openssl pkey -pubout` print. It opens nothing, whatever name it stands under. Read from
 * its structure, not a list of prefixes: a SEQUENCE that holds an algorithm's SEQUENCE and then a BIT STRING. A
 * private key (PKCS#8 holds a version INTEGER first; PKCS#1 an INTEGER 0) never has that shape.
 */

/** The length of a DER element whose length octets start at `at`, and where its content starts; null if malformed. */
function derLength(bytes: string, at: number): { length: number; content: number } | null {
  const first = bytes.charCodeAt(at);
  if (Number.isNaN(first)) return null;
  if (first < 0x80) return { length: first, content: at + 1 };
  const octets = first & 0x7f;
  if (octets < 1 || octets > 3) return null;
  let length = 0;
  for (let i = 1; i <= octets; i++) length = length * 256 + bytes.charCodeAt(at + i);
  return { length, content: at + 1 + octets };
}

export function isPublicKeyDer(value: string): boolean {
  if (value.length < 40 || !/^M[A-Za-z0-9+/]{39}/.test(value)) return false;
  let head: string;
  try {
    head = atob(value.slice(0, 48));
  } catch {
    return false;
  }
  if (head.charCodeAt(0) !== 0x30) return false;
  const outer = derLength(head, 1);
  if (!outer || head.charCodeAt(outer.content) !== 0x30) return false;
  const algorithm = derLength(head, outer.content + 1);
  if (!algorithm || head.charCodeAt(algorithm.content) !== 0x06) return false;
  const next = algorithm.content + algorithm.length;
  return next < head.length && head.charCodeAt(next) === 0x03;
}
