import { describe, expect, it } from 'vitest';
import { b64url, picker, r, unchanged, ALNUM, HEX, JWT, KEY, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus F, and the rule for public-by-convention keys, on values made up here. */
const pick = picker(1601);
const jwt = (role: string) =>
  `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"iss":"supabase","ref":"${pick(LOWER, 20)}","role":"${role}","iat":1700000000}`)}.${pick(ALNUM, 43)}`;

describe('keys and passwords named by where they go', () => {
  it('takes a value echoed into a file whose name says it holds a key, token or password', () => {
    const key = pick(HEX, 32);
    expect(r(`echo '${key}' > config/master.key\nrails s`)).toBe(`echo '${KEY}' > config/master.key\nrails s`);
    const token = pick(ALNUM, 30);
    expect(r(`printf %s "${token}" > ~/.vault-token`)).toBe(`printf %s "${KEY}" > ~/.vault-token`);
    unchanged(`echo '${key}' > build/output.txt`);
    unchanged('echo "$RAILS_MASTER_KEY" > config/master.key');
    unchanged('echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 me@host" >> ~/.ssh/authorized_keys');
  });

  it('takes a key named by "the key" or "den Schlüssel" right before it, not ids, paths or names', () => {
    const key = pick(ALNUM, 32);
    expect(r(`I pasted the key \`${key}\` into the script for now`)).toBe(`I pasted the key \`${KEY}\` into the script for now`);
    expect(r(`wir haben den Schlüssel ${key} vom Team bekommen`)).toBe(`wir haben den Schlüssel ${KEY} vom Team bekommen`);
    unchanged('the key user:1042:profile expires after an hour in Redis');
    unchanged('the token getUserAccountSettings2024Final is a method name');
    unchanged(`the key ${pick(HEX, 40)} is the commit sha of the release`);
  });

  it('takes the password handed to an HTTP client with the user', () => {
    const pw = `${pick(ALNUM, 8)}@${pick(ALNUM, 4)}`;
    expect(r(`resp = requests.get(url, auth=("svc-sync", "${pw}"))`)).toBe(`resp = requests.get(url, auth=("svc-sync", "${PW}"))`);
    expect(r(`client.auth = HTTPBasicAuth(user, '${pw}')`)).toBe(`client.auth = HTTPBasicAuth(user, '${PW}')`);
    unchanged('resp = requests.get(url, auth=(user, password))');
    unchanged('requests.get(url, auth=("svc-sync", os.environ["SYNC_PW"]))');
  });

  it('takes -p after -u on any command line, not ports, keychain references or MySQL and sudo prompts', () => {
    const pw = `${pick(LOWER, 4)}-${pick(LOWER, 4)}-${pick(LOWER, 4)}-${pick(LOWER, 4)}`;
    expect(r(`xcrun altool --upload-app -f App.ipa -u ci@studio.dev -p ${pw}`)).toBe(`xcrun altool --upload-app -f App.ipa -u ci@studio.dev -p ${PW}`);
    unchanged('psql -h db -U app -p 5432 appdb');
    unchanged('docker run -u 1000 -p 8080:80 nginx');
    unchanged('xcrun altool --upload-app -f App.ipa -u ci@studio.dev -p @keychain:AC_PASSWORD');
    unchanged('mysql -u root -p shopdb');
    unchanged('sudo -u postgres -p "Password for %u:" psql');
    unchanged('python -u train.py -p config/prod.yaml');
    unchanged('curl -u admin -p https://proxy.local:8080/api');
    unchanged('pytest -u unit -p no:cacheprovider tests/');
  });

  it("takes a JSON credentials file's key beside its user name, hex or not", () => {
    const key = pick(HEX, 32);
    expect(r(`{"username":"kim","key":"${key}"}`)).toBe(`{"username":"kim","key":"${KEY}"}`);
    unchanged(`{"bucket":"logs","key":"${key}"}`);
  });

  it("takes Mailgun's private API keys of the current format", () => {
    const key = `${pick(HEX, 32)}-${pick(HEX, 8)}-${pick(HEX, 8)}`;
    expect(r(`mg = Mailgun::Client.new '${key}'`)).toBe(`mg = Mailgun::Client.new '${KEY}'`);
  });

  it('takes a German Steuer-ID named right before it, whatever its check digit', () => {
    expect(r('Steuer-ID: 38201947562 steht auf dem Brief')).toBe('Steuer-ID: [redacted national id] steht auf dem Brief');
  });
});

describe('values in a secret place that are not secrets', () => {
  it('keeps stored password hashes: crypt strings and htpasswd lines', () => {
    unchanged(`what hash is this? $2b$12$${pick(ALNUM, 53)} — from the old users table`);
    unchanged(`the htpasswd line is 'deploy:$apr1$${pick(ALNUM, 8)}$${pick(ALNUM, 22)}' — is apr1 still ok?`);
  });

  it('keeps a cache key that is a name and a digest, on a line about a cache', () => {
    unchanged(`cache key: deps-linux-${pick(HEX, 64)} restored from key deps-linux-${pick(HEX, 64)}`);
  });

  it('keeps the generic user:passwd pair and a default password in a local config block', () => {
    unchanged('curl -u user:passwd https://httpbin.org/basic-auth/user/passwd');
    unchanged("DATABASES = {'default': {'NAME': 'app', 'USER': 'app', 'PASSWORD': 'postgres', 'HOST': 'localhost'}}");
    const pw = `${pick(ALNUM, 10)}!`;
    expect(r(`DATABASES = {'default': {'USER': 'app', 'PASSWORD': '${pw}', 'HOST': 'localhost'}}`)).toBe(
      `DATABASES = {'default': {'USER': 'app', 'PASSWORD': '${PW}', 'HOST': 'localhost'}}`,
    );
    expect(r("DATABASES = {'default': {'USER': 'app', 'PASSWORD': 'postgres', 'HOST': 'db.prod.acme.io'}}")).toBe(
      `DATABASES = {'default': {'USER': 'app', 'PASSWORD': '${PW}', 'HOST': 'db.prod.acme.io'}}`,
    );
  });

  it('keeps a short hex session number in a log line, not a long session token', () => {
    unchanged(`2026-01-02 10:11:12 INFO zk: established session=0x${pick(HEX, 15)} with negotiated timeout 40000`);
    const long = pick(HEX, 32);
    expect(r(`INFO login ok session=${long}`)).toBe(`INFO login ok session=${KEY}`);
  });
});

/**
 * Values that providers issue to be public (Sentry DSN keys, Firebase web API keys, Supabase anon keys, Algolia
 * search-only keys, Stripe `pk_`, Mapbox `pk.`) are masked unless the text shows that this value is the public kind:
 * see test/fixtures/redaction/README.md for the rule and why.
 */
describe('public-by-convention keys: kept where the text shows them public', () => {
  const dsnKey = () => pick(HEX, 32);

  it('keeps one a comment or aside beside it, above its line or above its block calls public', () => {
    unchanged(`Sentry.init({ dsn: "https://${dsnKey()}@o4512.ingest.sentry.io/77" }); — the DSN is public per the docs, yet nothing arrives`);
    unchanged(`// the public anon key, safe in the browser\nexport const sb = createClient('https://${pick(LOWER, 20)}.supabase.co', '${jwt('anon')}')`);
    unchanged(`// web config: public by design\nconst firebaseConfig = {\n  apiKey: "AIza${pick(ALNUM, 35)}",\n  projectId: "quiz-5c1",\n};`);
  });

  it('keeps one under a name the build ships to the browser, a public label, or in a public-only format', () => {
    unchanged(`VITE_SENTRY_DSN=https://${dsnKey()}@o4512.ingest.sentry.io/77`);
    unchanged(`Algolia search-only key: ${pick(HEX, 32)}`);
    unchanged(`const stripe = Stripe('pk_live_${pick(ALNUM, 60)}');`);
  });

  it('masks a key of a format that may be secret when nothing in the text calls it public', () => {
    // (Since corpus G's round, a DSN's key and a Firebase web config's apiKey are public by their place alone: see
    // after-corpus-g.test.ts.) A bare key of a shared format, with nothing said about it, is still masked.
    expect(r(`const cfg = {\n  algoliaKey: "${pick(HEX, 32)}",\n};`)).toBe(`const cfg = {\n  algoliaKey: "${KEY}",\n};`);
    expect(r(`const maps = {\n  apiKey: "AIza${pick(ALNUM, 35)}",\n};`)).toBe(`const maps = {\n  apiKey: "${KEY}",\n};`);
  });

  it('masks one where the words only ask, or also name a secret, or speak of another entry', () => {
    // (google-services.json's `current_key` is public by its place since corpus H's round: see after-corpus-h.test.ts.)
    expect(r(`"maps_key": "AIza${pick(ALNUM, 35)}" — this isn't secret, right?`)).toBe(`"maps_key": "${KEY}" — this isn't secret, right?`);
    expect(r(`// public key and admin key\nconst keys = {\n  adminKey: "${pick(HEX, 32)}",\n};`)).toBe(`// public key and admin key\nconst keys = {\n  adminKey: "${KEY}",\n};`);
    expect(r(`const cfg = {\n  // public search key\n  search: "${pick(HEX, 32)}",\n  token: "${pick(ALNUM, 32)}",\n};`)).toMatch(/token: "\[redacted api key\]"/);
  });

  it('masks a service-role JWT under a browser-shipped anon name: the payload, not the name, says which key it is', () => {
    expect(r(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwt('service_role')}`)).toBe(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${JWT}`);
    // Since corpus G's round an anon JWT under an anon name is kept (after-corpus-g.test.ts).
    unchanged(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwt('anon')}`);
  });
});
