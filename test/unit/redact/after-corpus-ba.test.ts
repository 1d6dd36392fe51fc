import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, picker, r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus BA, on values and sentences made up here. */
const pick = picker(20261206);
const URL_SAFE = `${ALNUM}_-`;
const BASE64 = `${ALNUM}+/`;

describe('look-alikes that open nothing', () => {
  it('keeps every key of a list or a file whose heading declares them all public', () => {
    const minisign = `RW${pick(BASE64, 54)}`;
    unchanged(`host keys for the build runner, safe to share:\n\nage recipient: age1${pick('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\nminisign: ${minisign}`);
    unchanged(`# site.env - everything here ships to the browser, no secrets\nPLAUSIBLE_DOMAIN=example.org\nPAYMENT_CLIENT_KEY=Cli-${pick(ALNUM, 20)}\nHELPDESK_WIDGET_KEY=${pick(HEX, 26)}`);
  });

  it('still masks a key that the heading or its own name makes secret', () => {
    const key = pick(ALNUM, 40);
    masks(`# everything here ships to the browser, no secrets\nSTRIPE_SECRET_KEY=${key}`, key);
    masks(`# staging keys, not public:\n\nHELPDESK_KEY=${key}`, key);
  });

  it('keeps a key shown with a run of mask characters between its prefix and its last characters', () => {
    unchanged('API key: fcapi-****************Tq8w');
    unchanged('token: ghx_••••••••k2Lm (last used yesterday)');
  });

  it('keeps stored Django and Werkzeug hashes', () => {
    unchanged(`id=77 username=mira password=pbkdf2_sha256$720000$${pick(ALNUM, 22)}$${pick(BASE64, 43)}= is_active=t`);
    unchanged(`password_hash = "scrypt:32768:8:1$${pick(ALNUM, 16)}$${pick(HEX, 128)}"`);
    unchanged(`"password": "pbkdf2:sha256:600000$${pick(ALNUM, 16)}$${pick(HEX, 64)}"`);
  });

  it('keeps a value that says a log hid it, and a reference to where a secret lives', () => {
    unchanged('{"userName": "r.vale", "password": "REDACTED_BY_AUDIT_POLICY", "mfa": true}');
    unchanged('      - smtpPasswordFrom: secretKeyRef:smtp-creds:password');
    unchanged('  apiKey: ref+vault://kv/prod/billing#api_key');
  });
});

describe('secrets in the families BA showed', () => {
  it('masks IDs of Jersey, Guernsey, the Isle of Man, Curaçao, Macau, Jordan, the Maldives, Bhutan, Madagascar and Barbados', () => {
    masks('Jersey social security number: JY402817C', 'JY402817C');
    masks('Guernsey SSN GY 71 20 94 B on file', 'GY 71 20 94 B');
    masks('Isle of Man NI number MA930417A', 'MA930417A');
    masks('Curaçao persoonsnummer 1988041517', '1988041517');
    masks('Macau resident ID 7304518(2)', '7304518(2)');
    masks('the Jordan national number 9871203456 was rejected', '9871203456');
    masks('Maldives ID card: A318264', 'A318264');
    masks('Bhutan CID 10932817465', '10932817465');
    masks('participant,country,id\nR. Andria,Madagascar,301041205518', '301041205518');
    masks('Barbados national registration number 870412-3391', '870412-3391');
  });

  it('keeps numbers of those shapes without their names, or named as other numbers', () => {
    unchanged('order 9871203456 shipped on Tuesday');
    unchanged('Jordan office, order no. 9871203456');
    unchanged('Barbados trip: invoice 870412-3391');
    unchanged('flight A318264 to Male');
  });

  it('masks SumUp, Cal.com, Blockfrost and Unleash keys', () => {
    const sumup = `sup_sk_${pick(ALNUM, 33)}`;
    const cal = `cal_live_${pick(HEX, 32)}`;
    const blockfrost = `preprod${pick(ALNUM, 32)}`;
    const unleash = `default:development.${pick(HEX, 64)}`;
    masks(`SUMUP_KEY=${sumup}\ncal key ${cal}\nproject_id = "${blockfrost}"\nUnleash: using token ${unleash}`, sumup, cal, blockfrost, unleash);
  });

  it('masks an Azure Functions key in a function URL, and a WLAN profile key', () => {
    const code = `${pick(URL_SAFE, 54)}==`;
    masks(`curl "https://kiln-fn-07.azurewebsites.net/api/report?name=q3&code=${code}"`, code);
    masks('<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>heron-Quarry-51-moss</keyMaterial></sharedKey>', 'heron-Quarry-51-moss');
  });

  it('keeps a WLAN key left protected (a DPAPI blob)', () => {
    unchanged(`<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB${pick(HEX.toUpperCase(), 200)}</keyMaterial>`);
  });

  it('masks the password of a beeline command line', () => {
    masks("beeline -u 'jdbc:hive2://hive.example.org:10000/default' -n rvale -p 'Tarn-owl_5520' -e 'show databases'", 'Tarn-owl_5520');
  });

  it('masks backup codes closed by an aside in brackets', () => {
    masks('Zoho 2FA backup: 7hq2k-m4x9p · p0w3r-8zn1c · c5t7v-q2m8d (each one works once)', '7hq2k-m4x9p', 'p0w3r-8zn1c', 'c5t7v-q2m8d');
  });

  it('masks a card code in cells without a colon, and after the Arabic comma', () => {
    masks('A1 card\tB1 4929 5810 6612 3349\nA2 exp\tB2 04/29\nA3 sec code\tB3 318', '318');
    masks('کارت: 4929 5810 6612 3349، تاریخ ختم 04/29، کود پشت کارت 562', '562');
  });

  it('masks a variable listed with its kind in brackets', () => {
    const token = pick(ALNUM, 64);
    masks(`- linode_token (terraform) = ${token}\n- db_root_password (env) = Harrow4471!`, token, 'Harrow4471!');
  });

  it('keeps such a listing of names that say no secret', () => {
    unchanged('- TF_LOG (env) = DEBUG\n- region (terraform) = eu-central-1\n- instance_type (terraform) = cx22');
  });

  it('masks a password called the credential in a formal letter', () => {
    masks('For the record, the interim credential is Fathom8823kiv? and will lapse after first use.', 'Fathom8823kiv?');
    masks('For the record, the interim credential is marsh-Otter-61-birch and will lapse after first use.', 'marsh-Otter-61-birch');
  });

  it('keeps a credential sentence that holds no password', () => {
    unchanged('The credential is the service account and will be rotated.');
    unchanged('the credential is v2 of the API, see the docs.');
  });

  it('masks a text expander snippet that types a password, and keeps its other snippets', () => {
    const out = r('matches:\n  - trigger: ":vpn"\n    replace: "marsh-Kettle-66-fern"\n  - trigger: ":addr"\n    replace: "Mill Lane, unit 4"\n  - trigger: ":ver"\n    replace: "v4.2.0"\n  - trigger: ":day"\n    replace: "2026-03-01"');
    expect(out).not.toContain('marsh-Kettle-66-fern');
    expect(out).toContain('Mill Lane, unit 4');
    expect(out).toContain('v4.2.0');
    expect(out).toContain('2026-03-01');
  });

  it('masks a code used on a lock or taken by one', () => {
    masks('Separately, please use 8264 on the loading bay keypad, not the old one.', '8264');
    masks('lock box at the workshop 2 takes 50917', '50917');
  });

  it('keeps numbers used on a keypad that are no codes', () => {
    unchanged('use 4 digits on the keypad');
    unchanged('the keypad at room 12 takes AA batteries');
  });

  it('masks a code given as the answer to a question naming a lock', () => {
    masks('[00:01:10] Ravi: and the padlock on the feed store?\n[00:01:14] Ines: same as before, 7391.', '7391');
  });

  it('keeps an answer about the lock that is no code', () => {
    unchanged('whats the keypad model?\nits the 4410 series i think');
    unchanged('when did we get the padlock on the shed?\nbought it in 2019');
  });
});
