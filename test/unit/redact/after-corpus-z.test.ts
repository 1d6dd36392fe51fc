import { describe, expect, it } from 'vitest';
import { r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus Z, on values and sentences made up here. */
const ID = '[redacted national id]';
const PK = '[redacted private key]';
const CODE = '[redacted recovery code]';

describe('what opens nothing: ciphertext, samples the docs print, stand-ins', () => {
  it('keeps the ciphertext of SOPS, Jasypt, Vault transit and Ansible Vault whole', () => {
    unchanged('db:\n    password: ENC[AES256_GCM,data:q8Zk3Lw9PpXn,iv:Tg5vW2yQ0aRbC7dE9fH1jK3mN5pQ=,tag:Zx8Cv6Bn4Ml2Kj0Hg9Fd7Sa==,type:str]\nsops:\n    mac: ENC[AES256_GCM,data:Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7=,iv:Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk=,tag:Lz1Xc3Vb5Nm7Qa9Ws1Ed3Rf==,type:str]');
    unchanged('spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)');
    unchanged('The transit engine gave back vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w== for the card.');
    unchanged('api_token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361\n  6437373734323132353465336131356562346338306135630a');
  });

  it("keeps a password or a key that a line quotes from a product's docs, sample config or wiki", () => {
    unchanged("The Jenkins wiki's example config.xml has <password>s3cr3tSample9</password>, is that the format for 2.4?");
    unchanged('The Authy docs use otpauth://totp/Demo:ana@demo.example?secret=KRSXG5CTMVRXEZLUKN2XAZLSNRZXK3TP as the sample URI.');
    unchanged('otpauth://totp/Test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8 comes from the RFC test vectors.');
  });

  it('masks the same when the sample is the writer’s own', () => {
    expect(r('Our wiki has <password>Kv8!mRt2Lq</password> for the staging box.')).toBe(`Our wiki has <password>${PW}</password> for the staging box.`);
  });

  it('keeps values spelled as stand-ins in several languages, and masks a generated value that opens with such a word', () => {
    unchanged('SECRET_KEY=dummy-secret-key-123\nAPI_TOKEN=0000_FAKE_TOKEN_0000\nDB_PASS=beispiel-passwort\nJWT_SECRET=replace-me-with-48-random-bytes');
    unchanged('STRIPE_KEY=not-a-real-key');
    expect(r('API_TOKEN=fake_7Qm2Xr9Lp4Kt8Wz3Nv6B')).toBe(`API_TOKEN=${KEY}`);
  });
});

describe('keys public by design, by their place or their format', () => {
  it('keeps the key a browser analytics or monitoring snippet starts with', () => {
    unchanged("analytics.load('Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0'); // Segment");
    unchanged("rudderanalytics.load('2Xq8Lm4Rt7Kp1Wz9Nv3Bc6Df5Gh', 'https://dataplane.example.io');");
    unchanged("amplitude.getInstance().init('4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c');");
    unchanged("heap.load('3924810577');\nposthog.init('phc_Lm4Rt7Kp1Wz9Nv3Bc6Df5Gh8Jk2Qx0Za9Yb', { api_host: 'https://eu.i.posthog.com' });");
  });

  it("keeps a Mapbox pk. token however its body is written, Razorpay's key id and Flutterwave's public key", () => {
    unchanged("mapboxgl.accessToken = 'pk.Xr9Lp4Kt8Wz3Nv6BqM2cD5fG8hJ1kL4mN7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hJ7kL0.Mn3Bv6Cx9Zl2Kj5Hg8Fd1S';");
    unchanged("const checkout = new Razorpay({ key: 'rzp_test_Lm4Rt7Kp1Wz9Nv', amount: 29900 });");
    unchanged("FlutterwaveCheckout({ public_key: 'FLWPUBK_TEST-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c-X' });");
  });

  it('still masks a secret key named as such in the same calls', () => {
    expect(r("const razorpay = new Razorpay({ key_id: 'rzp_live_Lm4Rt7Kp1Wz9Nv', key_secret: 'Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1' });")).toBe(
      `const razorpay = new Razorpay({ key_id: 'rzp_live_Lm4Rt7Kp1Wz9Nv', key_secret: '${KEY}' });`,
    );
  });
});

describe('numbers that are not the secrets their words name', () => {
  it("keeps India's postal PIN at an address's end, and masks a card's PIN written the same way", () => {
    unchanged('Ship it to: Flat 3, 21 Ring Road, Lajpat Nagar, New Delhi, PIN 110024');
    unchanged('पता: 14, स्टेशन रोड, Lucknow, PIN: 226001');
    unchanged('Delivery address for the samples\n7 Temple Street, Madurai, PIN 625001');
    expect(r('Card ending 4421, expiry 09/27, PIN 482913')).toBe(`Card ending 4421, expiry 09/27, PIN ${PW}`);
  });

  it('keeps a routing number where the text says it holds no account, and masks one beside an account', () => {
    unchanged('Only the routing number 021000021 goes on the payout form, no account number yet.');
    unchanged('Sin número de cuenta todavía: solo el routing number 021000021 del banco.');
    expect(r('Routing 021000021, account 48120077361 for the deposit.')).toContain('[redacted bank account]');
  });
});

describe('codes named by a combination lock, or keyed in', () => {
  it('masks the number a combination lock is set to, named in many languages', () => {
    expect(r('Das Zahlenschloss am Fahrradkeller: 4471')).toBe(`Das Zahlenschloss am Fahrradkeller: ${PW}`);
    expect(r('El candado de combinación del almacén es 3090.')).toBe(`El candado de combinación del almacén es ${PW}.`);
    expect(r('Le cadenas à code du local vélo : 5521')).toBe(`Le cadenas à code du local vélo : ${PW}`);
    expect(r('Kłódka szyfrowa do piwnicy: 8812')).toBe(`Kłódka szyfrowa do piwnicy: ${PW}`);
    expect(r('Кодовый замок на калитке — 2753')).toBe(`Кодовый замок на калитке — ${PW}`);
    expect(r('Kodlåset på förrådet är 9164.')).toBe(`Kodlåset på förrådet är ${PW}.`);
    expect(r('Skúrinn er læstur með talnalás, númerið er 7730.')).toBe(`Skúrinn er læstur með talnalás, númerið er ${PW}.`);
    expect(r('The shed has a combination lock, 12-40-07.')).toBe(`The shed has a combination lock, ${PW}.`);
  });

  it("keeps a lock's price, its number of dials and a model", () => {
    unchanged('That combination lock costs 1299 rupees.');
    unchanged('Ein Zahlenschloss mit 4 Ziffern reicht.');
    unchanged('The combination lock model 2040 jams in the cold.');
  });

  it('masks a number keyed in on a keypad or used to disarm an alarm, in several languages', () => {
    expect(r('To leave, enter 4417 on the alarm keypad and press Away.')).toBe(`To leave, enter ${PW} on the alarm keypad and press Away.`);
    expect(r('- Alarm: type 2291 then OFF')).toBe(`- Alarm: type ${PW} then OFF`);
    expect(r('Tippe 55810 am Tastenfeld des Tors ein.')).toBe(`Tippe ${PW} am Tastenfeld des Tors ein.`);
    expect(r('Para desarmar la alarma, marca 7302 y espera.')).toBe(`Para desarmar la alarma, marca ${PW} y espera.`);
    expect(r('side gate on the left, disarm 8841 before the dog hears you')).toBe(`side gate on the left, disarm ${PW} before the dog hears you`);
  });

  it('keeps numbers keyed in that open nothing: a year, an amount, a phone line', () => {
    unchanged('Enter 2024 as the year on the form.');
    unchanged('Type 1500 in the amount box and press OK.');
    unchanged('Dial 0800 for the helpline.');
  });
});

describe('codes named by a code word and what they open, in more languages and orders', () => {
  it('masks them in Icelandic, Irish, Sinhala, Macedonian, Hausa, Luxembourgish, Afrikaans, Uzbek and Azerbaijani', () => {
    expect(r('Kóðinn á hliðinu er 4812.')).toBe(`Kóðinn á hliðinu er ${PW}.`);
    expect(r('Is é cód an gheata cúil 7715.')).toBe(`Is é cód an gheata cúil ${PW}.`);
    expect(r('ගබඩාවේ ගේට්ටුවේ කේතය 6218 යි.')).toBe(`ගබඩාවේ ගේට්ටුවේ කේතය ${PW} යි.`);
    expect(r('Магацинот се отвора со код 9034.')).toBe(`Магацинот се отвора со код ${PW}.`);
    expect(r('Lambar kofar ofis ita ce 5538.')).toBe(`Lambar kofar ofis ita ce ${PW}.`);
    expect(r('De Schlësselkasten hannert dem Haus, Code 448102.')).toBe(`De Schlësselkasten hannert dem Haus, Code ${PW}.`);
    expect(r('Die garage se sleutelpaneel is 71903.')).toBe(`Die garage se sleutelpaneel is ${PW}.`);
    expect(r('Omborxona eshigi kodi 3308.')).toBe(`Omborxona eshigi kodi ${PW}.`);
  });

  it('keeps an error code on such a thing, and a code word with no thing', () => {
    unchanged('The gate controller shows error code 4043 since the storm.');
    unchanged('Kóðinn 4812 birtist á skjánum.');
  });

  it("masks a wallet's or a phone line's PIN written with a letter before it, and a PIN code in Cyrillic", () => {
    expect(r('ang MPIN ko sa Maya kay 5521')).toBe(`ang MPIN ko sa Maya kay ${PW}`);
    expect(r('M-PIN: 907133')).toBe(`M-PIN: ${PW}`);
    expect(r('UPI PIN 5519 hai, kisi ko mat batana')).toBe(`UPI PIN ${PW} hai, kisi ko mat batana`);
    expect(r('TPIN ya benki ni 4417')).toBe(`TPIN ya benki ni ${PW}`);
    expect(r('SIM картасының PIN коды 4821 еді')).toBe(`SIM картасының PIN коды ${PW} еді`);
    expect(r('The SIM PIN for the spare phone bụ 3308.')).toBe(`The SIM PIN for the spare phone bụ ${PW}.`);
  });

  it('keeps a GPIO pin and a PIN that counts digits', () => {
    unchanged('Wire the relay to GPIO PIN 13.');
    unchanged('The MPIN has 6 digits.');
  });

  it('masks a one-time code given after a clause about it, and keeps its length, expiry and count of tries', () => {
    expect(r('If the bank asks for the OTP, the one I got this morning is 481920.')).toBe(`If the bank asks for the OTP, the one I got this morning is ${CODE}.`);
    expect(r('el código de verificación que me llegó por SMS es 507812')).toBe(`el código de verificación que me llegó por SMS es ${CODE}`);
    unchanged('The OTP validity in our app is 1800 seconds.');
    unchanged('OTP retries allowed per hour: 3000');
  });
});

describe('passwords in more languages, layouts and shapes', () => {
  it('masks a generated password after a user and a slash where a login is spoken of', () => {
    expect(r('Installer left us the panel login: admin / 7hKq2WmPz4.')).toBe(`Installer left us the panel login: admin / ${PW}.`);
  });

  it('keeps words in camel case with a number beside a slash', () => {
    unchanged('Login help: admin / UpgradeGuide2024 is the page to read.');
  });

  it("masks an app password's four groups right after a password label, whatever they read", () => {
    expect(r('Passwort: qzvu hnel xoti wsab')).toBe(`Passwort: ${PW}`);
    unchanged('Password: must be changed soon');
  });

  it('masks passwords named in Uzbek, Belarusian, Lao, Khmer, Burmese and Macedonian', () => {
    expect(r("Parolni yozib qo'ydim: Olma_7731")).toBe(`Parolni yozib qo'ydim: ${PW}`);
    expect(r('Wi-Fi yo‘q, parol Qarshi#2231 edi.')).toBe(`Wi-Fi yo‘q, parol ${PW} edi.`);
    expect(r('Пароль ад пошты: Lyasny#4411')).toBe(`Пароль ад пошты: ${PW}`);
    expect(r('ລະຫັດຜ່ານແມ່ນ Khao#5521 ເດີ')).toBe(`ລະຫັດຜ່ານແມ່ນ ${PW} ເດີ`);
    expect(r('ពាក្យសម្ងាត់គឺ Angkor@7731')).toBe(`ពាក្យសម្ងាត់គឺ ${PW}`);
    expect(r('စကားဝှက်က Yangon#4410 ပါ')).toBe(`စကားဝှက်က ${PW} ပါ`);
    expect(r('лозинката е @Ohrid2024lake')).toBe(`лозинката е ${PW}`);
  });

  it("masks a Wi-Fi network's key named in other languages, and keeps words after it", () => {
    expect(r("Kamera jungiasi prie Wi-Fi 'Sodas' su raktu Obuolys#5521.")).toBe(`Kamera jungiasi prie Wi-Fi 'Sodas' su raktu ${PW}.`);
    expect(r("Вайфай 'Dacha', ключ Berezka7731")).toBe(`Вайфай 'Dacha', ключ ${PW}`);
    expect(r('El wifi de la casa, chave Luna_4490.')).toBe(`El wifi de la casa, chave ${PW}.`);
    unchanged('The Wi-Fi key rotation happens every quarter.');
  });
});

describe('identity numbers of more countries, by check or by name', () => {
  it("masks Kazakhstan's IIN, Uzbekistan's PINFL, Belarus's personal number and Luxembourg's matricule by their checks", () => {
    expect(r('ЖСН: 870315491429')).toBe(`ЖСН: ${ID}`);
    expect(r('ИИН клиента 991102648749')).toBe(`ИИН клиента ${ID}`);
    expect(r('JSHSHIR: 31205891001419')).toBe(`JSHSHIR: ${ID}`);
    expect(r('ПИНФЛ 50307021170020')).toBe(`ПИНФЛ ${ID}`);
    expect(r('Асабісты нумар: 4150388A582PB8')).toBe(`Асабісты нумар: ${ID}`);
    expect(r('Личный номер 4150388A582PB8')).toBe(`Личный номер ${ID}`);
    expect(r('Matricule : 1987061434038')).toBe(`Matricule : ${ID}`);
  });

  it('keeps the same numbers when their check fails', () => {
    unchanged('ЖСН: 870315491428');
    unchanged('JSHSHIR: 31205891001418');
    unchanged('Асабісты нумар: 4150388A582PB9');
    unchanged('Matricule : 1987061434039');
  });

  it('masks a number that passes a check under a generic name in Afrikaans, Russian and Lithuanian short forms', () => {
    expect(r('My ID-nommer is 8804129203219.')).toBe(`My ID-nommer is ${ID}.`);
    expect(r('Идентификационный номер: 38647480640')).toBe(`Идентификационный номер: ${ID}`);
    expect(r('Atsakingas: Jonas Petrauskas, a.k. 38504121506')).toBe(`Atsakingas: Jonas Petrauskas, a.k. ${ID}`);
  });

  it("masks a column of personal codes in an export, and keeps a column of a database's own ids", () => {
    expect(r('vardas,asmens_kodas,suma\nRūta,49208072677,300.00')).toBe(`vardas,asmens_kodas,suma\nRūta,${ID},300.00`);
    unchanged('personal_id,name,shift\n558201,Bob,night');
  });

  it("masks the Philippines' PhilSys number, Azerbaijan's FIN, Sri Lanka's NIC and Myanmar's NRC by name or shape", () => {
    expect(r('PhilSys No.: 2716-0394-8825-1170')).toBe(`PhilSys No.: ${ID}`);
    expect(r('FİN kodu: 5ZK3P9T')).toBe(`FİN kodu: ${ID}`);
    expect(r('NIC: 199012304567')).toBe(`NIC: ${ID}`);
    expect(r('NIC 902341234V')).toBe(`NIC ${ID}`);
    expect(r('Staff NRC 12/MaYaKa(N)123456 on file.')).toBe(`Staff NRC ${ID} on file.`);
    expect(r('မှတ်ပုံတင် ၁၂/မရက(နိုင်)၁၂၃၄၅၆')).toBe(`မှတ်ပုံတင် ${ID}`);
  });

  it('keeps shapes that are not theirs: a FIN with no digit, a NIC day that no year has, an order number', () => {
    unchanged('FIN: ABCDEFG');
    unchanged('NIC: 199099904567');
    unchanged('Order 2716-0394-8825-1171 shipped today.');
  });
});

describe('keys by their shape and place', () => {
  it('masks letters of one case drawn at random under a key name, and keeps words joined', () => {
    expect(r('{"api_key": "vkqjzxbmtrplwhfn"}')).toBe(`{"api_key": "${KEY}"}`);
    unchanged('{"token": "correcthorsebatterystaple"}');
  });

  it("masks a random segment of an API's path, and keeps hashes, UUIDs and words there", () => {
    expect(r('curl https://api.tidewatch.example/v2/k7q2m9x4w8z3n5p1r6t0y2u4/stations')).toBe(`curl https://api.tidewatch.example/v2/${KEY}/stations`);
    expect(r('GET https://feeds.example.net/api/export/v:2/Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0/format:json')).toBe(
      `GET https://feeds.example.net/api/export/v:2/${KEY}/format:json`,
    );
    unchanged('https://api.github.com/repos/o/r/commits/4f9a8b7c6d5e4f3a2b1c4f9a8b7c6d5e4f3a2b1c');
    unchanged('https://api.example.com/v1/users/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/orders');
    unchanged('https://example.com/api/v1/articles/how-to-configure-the-router-2024');
  });

  it('masks private keys in bech32 whose prefix says secret, checksum holding, and keeps the public one', () => {
    expect(r('nostr key: nsec12c5zlpmj5c43a7a7tv2phkrjzfxwsedgnuaat6wsszpsltpd08ghxmm44y')).toBe(`nostr key: ${PK}`);
    expect(r('signing key ed25519_sk13zcz0gm2alz430482y3clk39634sh4eq6k8td6f4u524pa7ftyax7ln6rw')).toBe(`signing key ${PK}`);
    unchanged('follow us: npub13u9ty9qeeds9x4gwnfqcgk9lpml2wgzr2587wj4yrz52pceu0e7vjyq4wj');
  });

  it('masks the secret of a user:secret pair encoded for a Basic header, in several languages', () => {
    expect(r('auth = base64.b64encode(f"{client_id}:Xr9Lp4Kt8Wz3Nv6BqM2c".encode())')).toBe(`auth = base64.b64encode(f"{client_id}:${PW}".encode())`);
    expect(r('const h = btoa(`${key}:Lm4Rt7Kp1Wz9Nv3Bc6Df`);')).toBe(`const h = btoa(\`\${key}:${PW}\`);`);
    expect(r('$auth = base64_encode("$user:Qm7Rx2Lp9Kt4Wz8N");')).toBe(`$auth = base64_encode("$user:${PW}");`);
    unchanged('const h = btoa(`${user}:${password}`);');
  });
});
