import { describe, expect, it } from 'vitest';
import { r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus AB, on values and sentences made up here. */
const BANK = '[redacted bank account]';
const CODE = '[redacted recovery code]';
const CARD = '[redacted card number]';
const COOKIE = '[redacted cookie]';

describe('look-alikes kept: ids, signatures, references, examples and standards in a secret’s place', () => {
  it('keeps an access key id that an audit trail or a key listing shows alone, not one beside its secret', () => {
    unchanged('CloudTrail: eventName GetObject, userIdentity.accessKeyId ASIAQX7RM2KP4TW9ZL5N, sourceIPAddress 198.51.100.7 — who is this?');
    unchanged('aws iam list-access-keys shows AccessKeyMetadata with AKIAZP4LQ8RM2XT6WV3N created 2025-03-01, last used yesterday.');
    expect(r('CloudTrail says AKIAZP4LQ8RM2XT6WV3N was used; the secret is Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2Pq4Rs6T')).not.toContain('AKIAZP4LQ8RM2XT6WV3N');
    expect(r('export AWS_ACCESS_KEY_ID=AKIAZP4LQ8RM2XT6WV3N')).not.toContain('AKIAZP4LQ8RM2XT6WV3N');
  });

  it("keeps a webhook's signature header with its other parts (Stripe's t= and v1=, Standard Webhooks' v1,)", () => {
    const hex = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    unchanged(`Stripe-Signature: t=1790000000,v1=${hex},v0=${hex.split('').reverse().join('')}\nIs this safe to log?`);
    unchanged('webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2Pq4Rs6T8U=');
  });

  it('keeps HashiCorp Vault paths and lookups where a secret would stand', () => {
    unchanged(`db_password: "{{ lookup('hashi_vault', 'secret=secret/data/shop/db:password') }}"`);
    unchanged('smtp_pass: kv/data/mail/smtp#password');
  });

  it('keeps a Maps loader key said to be restricted to a named site, in several languages', () => {
    const key = 'AIzaSyQm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2';
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script>\nThe key is restricted to https://bakery.example/* only.`);
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script>\nLa clave está restringida a https://panaderia.example en la consola.`);
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script>\nDer Schlüssel ist eingeschränkt auf baeckerei.example.`);
    expect(r(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script>\nIt works fine.`)).toContain(KEY);
  });

  it("keeps xkcd's example passwords, Wi-Fi security modes, a link after \"password at\", a member card's number", () => {
    unchanged("Is 'correct horse battery staple' still good advice, and is Tr0ub4dor&3 really weaker?");
    unchanged('The office Wi-Fi has no password for guests; the staff network uses WPA3-Enterprise with personal logins.');
    unchanged('The router password setting is WPA2-PSK/AES by default.');
    unchanged('> Your parcel is held. Confirm your password at https://parcel-redelivery.example/login within 24h');
    unchanged('Membership card 40012233 is not accepted at the pool gate, is it expired?');
    expect(r('My library card 40012233 and PIN 9921 stopped working.')).not.toContain('40012233');
    expect(r('Membership card 40012233, PIN 9921 — the app login fails.')).not.toContain('40012233');
  });

  it("keeps a log's client id beside mfa=totp, not a seed", () => {
    unchanged('login ok user=mkoch method=password mfa=totp\ntoken refreshed for client_id=q7mxk2pl9rt4zw8n expires_in=3600');
  });
});

describe('a password said alone in the sentence after the one that names it, in any language', () => {
  it('masks the value whatever the words for "it is"', () => {
    expect(r('My Kiosk password feels weak. It’s Harbor#2291.')).toContain(PW);
    expect(r('Ich glaube, mein Kassen-Passwort ist zu schwach. Es lautet Tanne!4471. Wie mache ich es stärker?')).toContain(PW);
    expect(r('Mi contraseña del TPV es débil. Es Pino&8823. ¿Cómo la mejoro?')).toContain(PW);
    expect(r('Моят Wi-Fi пароль е слаб. Той е Lipa$5510. Как да го подсиля?')).toContain(PW);
    expect(r('私のルーターのパスワードは弱いです。Kaede7731!です。どうすれば強くなりますか？')).toContain(PW);
    expect(r('我的路由器密码太简单了。是 Sakura9927#。怎么改？')).toContain(PW);
    expect(r('Nenosiri langu la benki ni dhaifu. Ni Mvua@4410. Nifanyeje?')).toContain(PW);
  });

  it('keeps a next sentence of many words, a length, a verdict or a standard', () => {
    unchanged('My Kiosk password feels weak. It has 12 characters and a symbol. How long should it be?');
    unchanged('Is my password strong enough? I use WPA2-Enterprise at work.');
    unchanged('My password got reset. Version v2.4.1 fixed it.');
  });
});

describe('codes said in prose, in more languages and layouts', () => {
  it('masks a keypad code with its star or hash, after a dash or a language’s verb', () => {
    expect(r('For the night shift: the alarm code at the bakery is *7712, then press OFF.')).not.toContain('7712');
    expect(r('Түнгі ауысымға: дүкен дабыл коды — 4418#, содан кейін OFF басыңыз.')).not.toContain('4418');
    expect(r('Do na hoibrithe: is é cód an dorais ná *3391, ansin brúigh OK.')).not.toContain('3391');
    expect(r('Pel torn de nit: el codi de la porta del taller és 5526#.')).not.toContain('5526');
    expect(r('لفريق الليل: رمز الباب في المستودع هو 7734.')).not.toContain('7734');
  });

  it('masks a code with no verb, its lock named right before it and the number closing the clause', () => {
    expect(r('Gecə növbəsi: anbar qapı kodu 66120, sonra OFF basın.')).not.toContain('66120');
    expect(r('இரவு பணியாளர்களுக்கு: கடை அலாரம் குறியீடு 40917, பிறகு OFF அழுத்தவும்.')).not.toContain('40917');
    expect(r('Notes: codi de la porta del magatzem 7812, clau a la bústia.')).not.toContain('7812');
    expect(r('Codes: the code for the back gate 4471.')).not.toContain('4471');
  });

  it('masks a code word glued to its words in Lao and Burmese, and the code after a sentence naming the lock', () => {
    expect(r('ລະຫັດປະຕູຫ້ອງເກັບເຄື່ອງແມ່ນ 5520, ແຕ່ເປີດບໍ່ໄດ້.')).not.toContain('5520');
    expect(r('ဆိုင်တံခါး ကုဒ်က 7734 ပါ။')).not.toContain('7734');
    expect(r('The storeroom alarm goes off at night. The code is 8841. Can I change the time?')).not.toContain('8841');
  });

  it('masks a PIN or a code in a short sentence after the one that names it', () => {
    expect(r('The hotel safe asks for a PIN. I set it to 7219. It will not open now.')).not.toContain('7219');
    expect(r('The lift panel wants the service code. Ours is 880142 (from the installer).')).not.toContain('880142');
    expect(r('The kiosk asks for the manager PIN. Tá sé 0427, ach ní oibríonn sé.')).not.toContain('0427');
  });

  it('masks an override and a PIN said with what it is for, then the number', () => {
    expect(r('Staff notes: the FIRE EXIT override on the panel is 661902 — emergencies only.')).not.toContain('661902');
    expect(r('Lozinka je u sefu, a PIN za karticu 5531.')).not.toContain('5531');
  });

  it('keeps codes of other kinds, counts, rooms and ids in the same shapes', () => {
    unchanged('The error code for the printer 5031, what does it mean?');
    unchanged('The terminal shows response code 05. Terminal ID 73648291, merchant 9901.');
    unchanged('My PIN was blocked. Room 1204 is where the bank office is.');
    unchanged('The course code is ready. It starts in 2026.');
    unchanged('the product code for the back gate 4471.');
  });
});

describe('one-time codes, cards, accounts and values under their names', () => {
  it('masks a code sent to someone, and a dashed code an SMS opens with', () => {
    expect(r('[09:14] Dad: the bank texted me a code, 604218, the caller wants it')).toContain(CODE);
    expect(r('> 418-207 is your verification code. Do not share it.')).toContain(CODE);
    unchanged('They sent me a promo code 2026 for the shop.');
  });

  it('masks a card in a CSV after an amount, its code after the expiry with no name, and on its back', () => {
    expect(r('date,amount,card\n2026-10-02,19.90,4539578763621486\n')).toContain(CARD);
    const row = r('here is the card: 4539578763621486 09/29 412 for the renewal');
    expect(row).not.toContain('412');
    const ocr = r('Photo of the card:\n4539 5787 6362 1486\nVALID THRU 09/29\nACME LTD\n\nback: 771\n');
    expect(ocr).not.toContain('771');
    unchanged('Room 4539 back: 771 guests');
  });

  it('masks a bank account named in more languages and scripts', () => {
    expect(r('Biko, zite ego na GTBank, nọmba akaụntụ 0123456789.')).toContain(BANK);
    expect(r('నా బ్యాంక్ ఖాతా సంఖ్య 40091234567, దయచేసి జమ చేయండి.')).toContain(BANK);
    expect(r('ಬ್ಯಾಂಕ್ ಖಾತೆ ಸಂಖ್ಯೆ 50012345678 ಗೆ ಕಳುಹಿಸಿ.')).toContain(BANK);
  });

  it("masks a command's value under a secret's name, and a cookie table's session value", () => {
    expect(r('az keyvault secret set --vault-name shop --name db-password --value Rk7#mq29Lp')).toContain(PW);
    expect(r('eas secret:create --name STRIPE_SECRET_KEY --value sk9Xq2Lm7Rt4Wz8Nv3Bc6')).not.toContain('sk9Xq2Lm7Rt4Wz8Nv3Bc6');
    unchanged('aws secretsmanager create-secret --name prod/db --secret-string file://creds.json');
    unchanged('eas secret:create --name APP_NAME --value bakery-app');
    const table = r('Name\tValue\tDomain\nsessionid\tq7mxk2pl9rt4zw8nq7mxk2pl\texample.org\n_ga\tGA1.1.12345.67890\texample.org');
    expect(table).toContain(COOKIE);
    expect(table).toContain('GA1.1.12345.67890');
  });

  it('masks a code in a password column where the row names a lock, and a password under its user on a note', () => {
    const table = r('| System | User | Password |\n|---|---|---|\n| Laptop | anna | Fjord!2290x |\n| Door keypad | — | 4417 |\n| Printer pages | — | 2500 |');
    expect(table).not.toContain('4417');
    expect(table).toContain('2500');
    expect(r("Sticky note on the till:\n'POS: manager\n fjord7712!x'")).toContain(PW);
    unchanged('Config:\nhost: db01\nversion2.1');
  });
});
