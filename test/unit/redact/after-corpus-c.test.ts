import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, HEX, LOWER_DIGITS } from './made-up';

/** The general rules added after held-out corpus C, each on values made up here (not the corpus's). */
const pick = picker(1130);
const uuid = () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-');

describe('webhook URLs of any service', () => {
  it('takes a webhook URL whole (after a hook word, on a hook host, with a key= parameter), on an example host and after /key/ the key alone', () => {
    const id = uuid();
    expect(r(`n8n: https://n8n.acme.dev/webhook/${id} fires twice`)).toBe('n8n: [redacted api key] fires twice');
    const [a, b] = [pick(ALNUM, 16), pick(ALNUM, 40)];
    expect(r(`https://chat.acme.dev/hooks/${a}/${b}`)).toBe('[redacted api key]');
    const make = pick(LOWER_DIGITS, 32);
    expect(r(`url https://hook.us1.example.com/${make}`)).toBe('url https://hook.us1.example.com/[redacted api key]');
    const key = pick(ALNUM, 22);
    expect(r(`GET https://maker.example.com/trigger/door/with/key/${key}`)).toBe('GET https://maker.example.com/trigger/door/with/key/[redacted api key]');
    expect(r(`post("https://qy.example.cn/cgi-bin/webhook/send?key=${id}")`)).toBe('post("https://qy.example.cn/cgi-bin/webhook/send?key=[redacted api key]")')
    expect(r(`url https://hook.eu2.make-hooks.dev/${make}`)).toBe('url [redacted api key]');
  });

  it('leaves numeric hook ids, documentation paths, ids of REST resources and placeholders alone', () => {
    unchanged('see https://github.com/acme/app/settings/hooks/48213377 for deliveries');
    unchanged('https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks');
    unchanged(`GET https://api.example.com/v1/keys/${uuid()} returns 404`);
    unchanged('  - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX');
  });
});

describe('command lines', () => {
  it('reads a long option by its name, as a key name is read, and a quoted value may start with a dash', () => {
    const key = `${pick(ALNUM, 86)}==`;
    expect(r(`az storage blob list --account-key "${key}" -c logs`)).toBe('az storage blob list --account-key "[redacted api key]" -c logs');
    expect(r(`tool --db-password '-x9!Qv_27' --verbose`)).toBe(`tool --db-password '[redacted password]' --verbose`);
    unchanged('tool --password --verbose');
    unchanged('ssh-add --ssh-key ~/.ssh/id_ed25519');
    unchanged('server --cert-key ./certs/server2024.key --port 8443');
    unchanged('gpg --recv-keys 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 then verify');
  });

  it('follows a command across backslash line continuations', () => {
    const sid = `AC${pick(HEX, 32)}`;
    const token = pick(HEX, 32);
    const out = r(`curl -X POST https://api.example.com/x \\\n  -d "a=1" \\\n  -u ${sid}:${token}`);
    expect(out).not.toContain(token);
  });
});

describe('passwords in prose', () => {
  it('reads a remark before the colon, a clause before the colon, and words before "is"/"was"', () => {
    expect(r('app password for the mail server (16 letters): qwhzrtkplmnbvcxs')).toBe('app password for the mail server (16 letters): [redacted password]');
    expect(r("the passphrase as well so you can try: Fjord#Lantern42")).toBe('the passphrase as well so you can try: [redacted password]');
    expect(r('the password she gave me was (tulip2031) i think')).toBe('the password she gave me was ([redacted password]) i think');
    unchanged('Password (optional): leave blank to keep the old one');
    unchanged('Password requirements:\n- 12 characters');
    unchanged('the password manager I use is great');
  });

  it('reads "changed it to", "the new one" in other languages, and a change of password in other languages', () => {
    expect(r('the router password was wrong so I changed it to lemon7tree')).toBe('the router password was wrong so I changed it to [redacted password]');
    expect(r('Our password rules are strict. My current one is Otter$Kayak19, fine?')).toBe('Our password rules are strict. My current one is [redacted password], fine?');
    expect(r('esqueci a senha e coloquei a nova Jabuti#2031 ontem')).toBe('esqueci a senha e coloquei a nova [redacted password] ontem');
    expect(r('şifremi unuttum, yenisi Simit.77 oldu')).toBe('şifremi unuttum, yenisi [redacted password] oldu');
    expect(r('cambié la contraseña del router a Gato#Verde31 ayer')).toBe('cambié la contraseña del router a [redacted password] ayer');
    expect(r('ich habe das Passwort auf Igel!Wald44 geändert')).toBe('ich habe das Passwort auf [redacted password] geändert');
    unchanged('la nueva versión 2.0 ya salió');
    unchanged('la contraseña del router a veces falla');
  });

  it('knows possessive and compound password words', () => {
    expect(r('kata sandinya Rendang_42 ya')).toBe('kata sandinya [redacted password] ya');
    expect(r('Startkennwort: Blau!Haus-88')).toBe('Startkennwort: [redacted password]');
  });
});

describe('keys and secrets in code', () => {
  it('reads R assignments, literals applied to a function without parentheses, and lists under a secret name', () => {
    const [a, b, c] = [pick(ALNUM, 28), pick(ALNUM, 40), pick(ALNUM, 40)];
    expect(r(`hmac_secret <- "${a}"`)).toBe('hmac_secret <- "[redacted api key]"');
    expect(r(`apiToken = T.pack "${a}"`)).toBe('apiToken = T.pack "[redacted api key]"');
    expect(r(`@recovery_keys ["${b}", "${c}"]`)).toBe('@recovery_keys ["[redacted api key]", "[redacted api key]"]');
    unchanged('ALLOWED_KEYS = ["user_id", "created_at", "updated_at"]');
  });

  it('takes base64 that starts with a slash, and a bearer token written as two joined literals', () => {
    const key = `/${pick(ALNUM, 30)}+${pick(ALNUM, 11)}=`;
    expect(r(`byte[] key = Convert.FromBase64String("${key}");`)).toBe('byte[] key = Convert.FromBase64String("[redacted api key]");');
    const token = pick(ALNUM, 48);
    expect(r(`.header("Authorization", "Bearer " + "${token}")`)).toBe('.header("Authorization", "Bearer " + "[redacted bearer token]")');
  });

  it('leaves types, regexes, ARNs, public keys and filtered log values alone', () => {
    unchanged('data class Login(val user: String, val password: CharArray)');
    unchanged('fn login(user: &str, password: &str) -> Result<Token, Error>');
    unchanged('struct Creds { password: SecretString, }');
    unchanged('  password: System.fetch_env!("DB_PASSWORD"),');
    unchanged('stripe_key = r"sk_live_[0-9a-zA-Z]{24}"');
    unchanged('aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-Ab3dEf');
    unchanged(`interface: wg0\n  public key: ${pick(ALNUM, 43)}=\npeer: ${pick(ALNUM, 43)}=`);
    unchanged('Parameters: {"password"=>"[FILTERED]"}');
    unchanged(`node shows nodekey:${pick(HEX, 64)} in the admin panel`);
  });

  it('keeps a value a trailing comment declares public, unless it is in a secret format', () => {
    const token = `live_${pick(HEX, 27)}`;
    unchanged(`Paddle.Setup({ token: '${token}' }) // client-side token, safe to expose`);
    const sk = `sk-proj-${pick(ALNUM, 40)}`;
    expect(r(`const key = '${sk}' // public key?`)).toContain('[redacted api key]');
    expect(r(`const key = '${sk}' // public key, they said`)).toContain('[redacted api key]');
  });
});

describe('credential file layouts', () => {
  it('reads key/value elements, Wi-Fi QR codes, netsh key content and .pgpass lines', () => {
    expect(r('<key>Password</key>\n<string>Gl4cier-Mint-77</string>')).toBe('<key>Password</key>\n<string>[redacted password]</string>');
    expect(r('<Key>Password</Key><Value ProtectInMemory="True">quiet.Harbor61</Value>')).toBe('<Key>Password</Key><Value ProtectInMemory="True">[redacted password]</Value>');
    expect(r('WIFI:S:CafeNet;T:WPA;P:espresso\\;doppio42;;')).toBe('WIFI:S:CafeNet;T:WPA;P:[redacted password];;');
    expect(r('    Key Content            : Maple-Fox-2031')).toBe('    Key Content            : [redacted password]');
    expect(r('cat ~/.pgpass\ndb.lan:5432:app:app_user:Tr0mbone!Sky')).toBe('cat ~/.pgpass\ndb.lan:5432:app:app_user:[redacted password]');
    expect(r('_SNMP_COMMUNITY   m0nitor-RO-7')).toBe('_SNMP_COMMUNITY   [redacted password]');
    unchanged('<key>Title</key><string>VPN</string>');
    unchanged('    Key Content            : Absent');
    unchanged('started 12:30:45:00:done');
  });
});

describe('published values', () => {
  it('never redacts the keys that Hardhat and Anvil print, nor RFC 7617 example credentials', () => {
    unchanged('Private Key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
    unchanged('Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(r(`Private Key: 0x${pick(HEX, 64)}`)).toMatch(/^Private Key: \[redacted [a-z ]+\]$/);
  });

  it('takes the new formats: DingTalk signing secrets, .ROBLOSECURITY cookies, card codes named in German', () => {
    expect(r(`加签密钥 SEC${pick(HEX, 64)}`)).toBe('加签密钥 [redacted api key]');
    const cookie = pick('0123456789ABCDEF', 400);
    expect(r(`_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you.|_${cookie}`)).not.toContain(cookie.slice(0, 12));
    expect(r('Karte 4539 1488 0343 6467, Prüfziffer 372')).toBe('Karte [redacted card number], Prüfziffer [redacted card number]');
  });

  it('reads a 64-hex key handed to a wallet import and a TOTP seed offered for manual entry', () => {
    expect(r(`geth account import key.txt  # key.txt holds ${pick(HEX, 64)}`)).toContain('[redacted private key]');
    const seed = Array.from({ length: 8 }, () => pick('abcdefghijklmnopqrstuvwxyz234567', 4)).join(' ');
    expect(r(`Can't scan the QR code? Type this key: ${seed}`)).toContain('[redacted api key]');
  });
});
