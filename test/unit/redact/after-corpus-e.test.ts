import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, HEX, KEY, PW } from './made-up';

/** The general rules added after held-out corpus E, each on values made up here (not the corpus's). */
const pick = picker(1301);
const uuid = () => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('passwords given as the answer in a pasted chat', () => {
  it('takes a one-word answer to a request for a password, in bracketed and plain chat lines', () => {
    expect(r('[09:12] Mia: can you send me the grafana admin password?\n[09:14] Lars: Fjord!Lamp73\n[09:15] Mia: ty')).toBe(
      `[09:12] Mia: can you send me the grafana admin password?\n[09:14] Lars: ${PW}\n[09:15] Mia: ty`,
    );
    expect(r("Ana: what's the wifi pw\nBen: kettle-orbit-plum-19")).toBe(`Ana: what's the wifi pw\nBen: ${PW}`);
  });

  it('leaves answers that are words, links, versions or times, and answers to other questions', () => {
    unchanged('Ana: can you send me the pw?\nBen: tomorrow');
    unchanged('Ana: can you send the password reset link?\nBen: https://id.acme.io/r/Zk81');
    unchanged('Ana: which node do I need for the login service?\nBen: v20.11.1');
    unchanged('Ana: what time is the standup?\nBen: Kettle-19!');
    unchanged('Ana: pls send the login\nAna: Kettle-19!'); // the asker's own next line
  });
});

describe('credentials in Oracle connect strings, Caddy DNS challenges, Wi-Fi keys and labelled UUID keys', () => {
  it("takes the password of Oracle's JDBC thin URL", () => {
    const pw = pick(ALNUM, 14);
    expect(r(`url=jdbc:oracle:thin:scott_app/${pw}@//db7.corp:1521/SALES`)).toBe(`url=jdbc:oracle:thin:scott_app/${PW}@//db7.corp:1521/SALES`);
    unchanged('url=jdbc:oracle:thin:@//db7.corp:1521/SALES');
  });

  it("takes the token of Caddy's dns directive, not its environment placeholder", () => {
    const token = pick(ALNUM, 40);
    expect(r(`tls {\n  dns digitalocean ${token}\n}`)).toBe(`tls {\n  dns digitalocean ${KEY}\n}`);
    unchanged('tls {\n  dns cloudflare {env.CLOUDFLARE_API_TOKEN}\n}');
  });

  it('takes a Wi-Fi key when a few words name the router before the colon', () => {
    expect(r('WLAN-Schlüssel vom Speedport: Tq83!mPzx0Lw')).toBe(`WLAN-Schlüssel vom Speedport: ${PW}`);
  });

  it('takes a UUID given as a key or token after a colon or "is", not as a row id', () => {
    const id = uuid();
    expect(r(`render api key: ${id} (account settings)`)).toBe(`render api key: ${KEY} (account settings)`);
    expect(r(`the deploy token is ${id}`)).toBe(`the deploy token is ${KEY}`);
    unchanged(`primary key: ${id}`);
    unchanged(`idempotency key: ${id}`);
    unchanged(`see the key ${id} in the table`);
  });
});

describe('tax numbers named right before them', () => {
  it('takes the French numéro fiscal, the German Steuernummer, the British UTR', () => {
    expect(r('mon numéro fiscal (SPI) est 1304567890123')).toBe('mon numéro fiscal (SPI) est [redacted national id]');
    expect(r('Steuernummer: 93/815/08152')).toBe('Steuernummer: [redacted national id]');
    expect(r('my UTR is 8472019365')).toBe('my UTR is [redacted national id]');
  });

  it('leaves the words alone where no number follows them', () => {
    unchanged('where do I find my numéro fiscal on the avis d’imposition?');
    unchanged('Steuernummer beantragen dauert 6 Wochen');
  });
});

describe('values public by convention or opening nothing', () => {
  it('keeps keys the label before them calls public: public token, site key, search-only key', () => {
    unchanged(`reCAPTCHA site key ${pick(ALNUM, 40)} (the secret key is on the server)`);
    unchanged(`Algolia search-only key (ok for the browser): ${pick(HEX, 32)}`);
    unchanged(`my public token ${pick(ALNUM, 30)} for the map`);
    // A secret key's format stays secret whatever the label says.
    expect(r(`public key sk_live_${pick(ALNUM, 24)}`)).toContain('[redacted');
  });

  it('keeps a key in a URL assigned to a browser-shipped variable, and a Google key a comment below calls public', () => {
    unchanged(`VITE_ANALYTICS_URL=https://${pick(HEX, 32)}@collect.example.io/42`);
    const cfg = `const cfg = {\n  apiKey: "AIza${pick(ALNUM, 35)}",\n  authDomain: "a.firebaseapp.com"\n};\n// web config, meant to be public`;
    unchanged(cfg);
    expect(r(cfg.replace('// web config, meant to be public', ''))).toContain(KEY);
    // A comment inside a block, before the block closes, is about what follows it.
    expect(r(`const c = {\n  token: "${pick(ALNUM, 32)}",\n  // public key of the peer\n  peer: "x"\n};`)).toContain(KEY);
  });

  it('keeps psql variables, a test fixture password for an example.com account, a default password on docker run', () => {
    unchanged("ALTER ROLE web WITH PASSWORD :'web_pw';");
    unchanged('CREATE ROLE r LOGIN PASSWORD :pw;');
    unchanged('await signIn("bob@example.org", "bad-password")');
    unchanged('docker run -e POSTGRES_PASSWORD=postgres -d postgres:16');
    unchanged('docker run -d -e MARIADB_ROOT_PASSWORD=my-secret-pw mariadb:11');
    // Any other password beside an example address, or on docker run, is still taken.
    expect(r('await signIn("bob@example.org", "Qv7#mL2pRx")')).toContain(PW);
    expect(r('docker run -e POSTGRES_PASSWORD=Qv7mL2pRx19 -d postgres:16')).toContain(PW);
  });

  it('keeps ciphertext under a sealed secret, names of existing secrets, a cookie holding a time zone', () => {
    const sealed = `kind: SealedSecret\nspec:\n  encryptedData:\n    api_token: AgC${pick(ALNUM, 80)}\n`;
    unchanged(sealed);
    expect(r(`kind: Secret\nstringData:\n  api_token: ${pick(ALNUM, 40)}\n`)).toContain('[redacted');
    unchanged('helm upgrade pg bitnami/postgresql --set auth.existingSecret=pg-creds --set auth.secretKeys.existingSecretAdminPasswordKey=admin-pw');
    expect(r('{"existing_password": "Wq7!rTz93k"}')).toBe(`{"existing_password": "${PW}"}`); // a password form's field
    unchanged('document.cookie = "tz=Europe%2FBerlin; theme=dark"');
    expect(r(`document.cookie = "sid=${pick(ALNUM, 32)}"`)).toContain('[redacted cookie]');
  });
});
