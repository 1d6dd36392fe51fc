import { describe, expect, it } from 'vitest';
import { b64url, picker, r, unchanged, ALNUM, DIGITS, HEX, JWT, KEY, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus G, and the rule for keys public by design, on values made up here. */
const pick = picker(1707);
const jwt = (role: string, ref = pick(LOWER, 20)) =>
  `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"iss":"supabase","ref":"${ref}","role":"${role}","iat":1700000000}`)}.${pick(ALNUM, 43)}`;
const mapbox = (kind: 'pk' | 'sk', user: string) => `${kind}.${b64url(`{"u":"${user}","a":"${pick(LOWER, 25)}"}`)}.${pick(ALNUM, 22)}`;
const strongPassword = () => `${pick(ALNUM, 6)}#${pick(ALNUM, 5)}!${pick(DIGITS, 3)}`;

describe('keys public by design: kept where their format or place marks the public kind', () => {
  it('keeps a Mapbox pk. token, a Sentry DSN key, a Firebase web config apiKey and a Supabase anon key in its place', () => {
    unchanged(`mapboxgl.accessToken = '${mapbox('pk', 'ana-maps')}';`);
    unchanged(`Sentry.init({ dsn: "https://${pick(HEX, 32)}@o4512.ingest.sentry.io/77" });`);
    unchanged(`const firebaseConfig = {\n  apiKey: "AIza${pick(ALNUM, 35)}",\n  projectId: "quiz-5c1",\n};`);
    unchanged(`firebase.initializeApp({ apiKey: "AIza${pick(ALNUM, 35)}", authDomain: "quiz.firebaseapp.com" });`);
    const ref = pick(LOWER, 20);
    unchanged(`const sb = createClient('https://${ref}.supabase.co', '${jwt('anon', ref)}')`);
    unchanged(`await Supabase.initialize(\n  url: 'https://${ref}.supabase.co',\n  anonKey: '${jwt('anon', ref)}',\n);`);
    unchanged(`const client = algoliasearch('${pick('ABCDEFGHIJ0123456789', 10)}', '${pick(HEX, 32)}'); // search-only API key`);
  });

  it('masks a service-role JWT wherever it stands, and the public kinds under a secret name', () => {
    const ref = pick(LOWER, 20);
    expect(r(`const sb = createClient('https://${ref}.supabase.co', '${jwt('service_role', ref)}')`)).toBe(`const sb = createClient('https://${ref}.supabase.co', '${JWT}')`);
    expect(r(`SUPABASE_ANON_KEY=${jwt('service_role', ref)}`)).toBe(`SUPABASE_ANON_KEY=${JWT}`);
    expect(r(`SUPABASE_SERVICE_KEY=${jwt('anon', ref)}`)).toBe(`SUPABASE_SERVICE_KEY=${JWT}`);
    expect(r(`MAPBOX_SECRET_TOKEN=${mapbox('pk', 'ana-maps')}`)).toBe(`MAPBOX_SECRET_TOKEN=${KEY}`);
    // A legacy DSN's secret, after the colon, is no public key.
    const dsnSecret = pick(HEX, 32);
    expect(r(`dsn = "https://${pick(HEX, 32)}:${dsnSecret}@sentry.io/77"`)).not.toContain(dsnSecret);
  });

  it('never keeps a secret format under a public name', () => {
    expect(r(`NEXT_PUBLIC_STRIPE_KEY=sk_live_${pick(ALNUM, 24)}`)).toBe(`NEXT_PUBLIC_STRIPE_KEY=${KEY}`);
    expect(r(`const mapToken = '${mapbox('sk', 'ana-maps')}';`)).toBe(`const mapToken = '${KEY}';`);
  });

  it('masks a public token beside its secret twin, whose opening it repeats', () => {
    const ref = pick(LOWER, 20);
    const out = r(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwt('anon', ref)}\nSUPABASE_SERVICE_ROLE_KEY=${jwt('service_role', ref)}`);
    expect(out).toBe(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${JWT}\nSUPABASE_SERVICE_ROLE_KEY=${JWT}`);
    const twin = r(`# MAPBOX_ACCESS_TOKEN=${mapbox('sk', 'li-maps')}\n# in the web app: ${mapbox('pk', 'li-maps')} for the style`);
    expect(twin).toBe(`# MAPBOX_ACCESS_TOKEN=${KEY}\n# in the web app: ${KEY} for the style`);
  });
});

describe('secrets that a command prints, with its prompt', () => {
  it('takes the line a secret-printing command prints', () => {
    const pw = `${pick(ALNUM, 5)}&${pick(ALNUM, 5)}^${pick(ALNUM, 4)}`;
    expect(r(`$ kubectl -n app get secret db -o jsonpath="{.data.password}" | base64 -d\n${pw}\n$ next`)).toBe(
      `$ kubectl -n app get secret db -o jsonpath="{.data.password}" | base64 -d\n${PW}\n$ next`,
    );
    expect(r(`$ terraform output -raw admin_password\n${pw}\nhow do I rotate it?`)).toBe(`$ terraform output -raw admin_password\n${PW}\nhow do I rotate it?`);
    const hex = pick(HEX, 32);
    expect(r(`$ cat config/credentials/production.key\n${hex}\n$ rails c`)).toBe(`$ cat config/credentials/production.key\n${KEY}\n$ rails c`);
    const rand = pick(HEX, 64);
    expect(r(`me@box:~$ openssl rand -hex 32\n${rand}`)).toBe(`me@box:~$ openssl rand -hex 32\n${KEY}`);
  });

  it('leaves what other commands print, and public keys printed', () => {
    unchanged(`$ git rev-parse HEAD\n${pick(HEX, 40)}`);
    unchanged(`$ terraform output -raw bucket_name\nassets-${pick(LOWER, 8)}-prod`);
    unchanged(`$ cat ~/.ssh/signing_key.pub\n${pick(ALNUM, 40)}`);
    unchanged(`# comment about cat master.key\n${pick(HEX, 32)}`);
  });
});

describe('passwords and keys by their place in code and data', () => {
  it('takes the password of a PDO or mysqli connection', () => {
    const pw = strongPassword();
    expect(r(`$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop_app', '${pw}', [`)).toBe(`$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop_app', '${PW}', [`);
    expect(r(`$db = mysqli_connect("db.internal", $user, "${pw}", "shop");`)).toBe(`$db = mysqli_connect("db.internal", $user, "${PW}", "shop");`);
    unchanged(`$pdo = new PDO($dsn, $user, getenv('DB_PASS'));`);
    unchanged(`$pdo = new PDO('mysql:host=localhost;dbname=shop', 'root', 'root');`);
  });

  it("takes a value under a name/value object's secret name, Postman's API-key value, and escaped JSON", () => {
    const key = pick(ALNUM, 32);
    expect(r(`"apikey": [ { "key": "key", "value": "X-Api-Key" }, { "key": "value", "value": "${key}" } ]`)).toBe(
      `"apikey": [ { "key": "key", "value": "X-Api-Key" }, { "key": "value", "value": "${KEY}" } ]`,
    );
    expect(r(`"values": [ { "key": "api_token", "value": "${key}", "enabled": true } ]`)).toBe(`"values": [ { "key": "api_token", "value": "${KEY}", "enabled": true } ]`);
    const hex = pick(HEX, 40);
    expect(r(`"raw": "{\\"refresh_token\\": \\"${hex}\\"}"`)).toBe(`"raw": "{\\"refresh_token\\": \\"${KEY}\\"}"`);
    unchanged(`"headers": [ { "key": "Content-Type", "value": "application/json" } ]`);
    unchanged(`"variable": [ { "key": "value", "value": "staging-eu-west" } ]`);
    unchanged(`"raw": "{\\"refresh_token\\": \\"{{refreshToken}}\\"}"`);
  });

  it('takes a CSRF secret by its name', () => {
    const hex = pick(HEX, 64);
    expect(r(`// csrf: '${hex}'`)).toBe(`// csrf: '${KEY}'`);
    unchanged('csrf: true');
  });

  it('takes a session cookie or key named in a sentence, in English and German', () => {
    const sid = pick(LOWER + DIGITS, 32);
    expect(r(`my JSESSIONID is ${sid}. Can you reuse it?`)).toBe(`my JSESSIONID is ${KEY}. Can you reuse it?`);
    const key = pick(ALNUM, 36);
    expect(r(`Der Zugangsschlüssel für unsere Buchhaltungs-API lautet ${key}. Wie nutze ich ihn?`)).toBe(
      `Der Zugangsschlüssel für unsere Buchhaltungs-API lautet ${KEY}. Wie nutze ich ihn?`,
    );
    unchanged('my token is expired and the session is gone');
    unchanged('the password_reset_token is generated_by_the_model');
  });

  it('takes backup verification codes and a one-time code the sentence says came by SMS', () => {
    const codes = Array.from({ length: 5 }, (_, i) => `${i + 1}. ${pick(DIGITS, 4)} ${pick(DIGITS, 4)}`);
    const out = r(`BACKUP VERIFICATION CODES\nme@mail.test\n${codes.join('\n')}\nKeep them safe.`);
    for (const c of codes) expect(out).not.toContain(c.slice(3));
    const otp = pick('123456789', 6);
    expect(r(`Recibí el código ${otp} por SMS para confirmar un pago.`)).toBe(`Recibí el código [redacted recovery code] por SMS para confirmar un pago.`);
    expect(r(`I got the verification code ${otp} by text message`)).toBe(`I got the verification code [redacted recovery code] by text message`);
    unchanged(`The API answers with error code ${otp} on every call`);
  });
});

describe('look-alikes kept', () => {
  it("keeps a cache entry's key, a generator's type, a Helm password key's name and fill-in placeholders", () => {
    unchanged(`Configuration cache entry stored with key ${pick(LOWER + DIGITS, 26)}.`);
    unchanged('rails g migration AddApiTokenToUsers api_token:string:index');
    unchanged('    secretKeys:\n      adminPasswordKey: postgres-password\n');
    unchanged("define( 'DB_PASSWORD', 'password_here' );");
  });

  it("keeps a quickstart's stand-in password on a local host", () => {
    unchanged('DATABASE_URL="postgresql://janedoe:mypassword@localhost:5432/app"');
    expect(r('DATABASE_URL="postgresql://janedoe:Tr0ub4dor3x@localhost:5432/app"')).toBe(`DATABASE_URL="postgresql://janedoe:${PW}@localhost:5432/app"`);
  });

  it('keeps an OpenPGP key id under a signing key name, not a long random signing key', () => {
    unchanged(`[user]\n\tsigningkey = ${pick('0123456789ABCDEF', 16)}\n`);
    expect(r(`JWT_SIGNING_KEY=${pick(ALNUM, 48)}`)).toBe(`JWT_SIGNING_KEY=${KEY}`);
  });

  it('keeps a card-shaped number the sentence names as another number, or an analytics tag id', () => {
    // 4532015112830366 and 6011000990139424 pass the Luhn check.
    unchanged('Excel shows 4.53E+15 instead of 4532015112830366, our internal reference number.');
    unchanged("fbq('init', '6011000990139424');");
    expect(r('my card 4532015112830366, reference number on the back?')).toContain('[redacted card number]');
    expect(r('Order note: "please use 4532015112830366 instead"')).toContain('[redacted card number]');
  });
});
