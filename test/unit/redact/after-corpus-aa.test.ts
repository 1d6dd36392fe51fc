import { describe, expect, it } from 'vitest';
import { b64url, r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus AA, on values and sentences made up here. */
const ID = '[redacted national id]';
const BANK = '[redacted bank account]';
const CODE = '[redacted recovery code]';
const JWT = '[redacted jwt]';

describe('look-alikes kept: public keys in their place, references, stand-ins, ids of other kinds', () => {
  it("keeps a Supabase anon key given as createClient's argument on its own line", () => {
    const anon = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"iss":"supabase","ref":"qwertyuiopasdfghjklz","role":"anon","iat":1700000000,"exp":2000000000}')}.Xk3Lm9Qr2Tv8Wz4Nb6Pc1Df5Gh7Jk0Sa2Ed4Rf6Tg8`;
    unchanged(`const sb = createClient(\n  'https://qwertyuiopasdfghjklz.supabase.co',\n  '${anon}'\n)`);
    const service = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"iss":"supabase","ref":"qwertyuiopasdfghjklz","role":"service_role","iat":1700000000}')}.Pq8Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6`;
    expect(r(`const sb = createClient(\n  'https://qwertyuiopasdfghjklz.supabase.co',\n  '${service}'\n)`)).toContain(JWT);
  });

  it('keeps a Maps loader key the text calls referrer- or domain-restricted, in other wordings', () => {
    const key = 'AIzaSyQm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2';
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script> — the key is HTTP-referrer restricted to our site.`);
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${key}&callback=go"></script> It is locked by domain in the console.`);
  });

  it('keeps template stand-ins that name whose value goes there, in several languages, as a part of a value', () => {
    unchanged('BOT_TOKEN=987654:XYZ-ABC_your_bot_token\nAPI_KEY=tu-clave-api\nSECRET=dein_token_hier\nCLE=votre_cle_secrete');
    expect(r('BOT_TOKEN=987654:AAHq7Lm2Xr9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2Qp')).not.toContain('AAHq7Lm2Xr9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2Qp');
  });

  it("keeps secret-manager references: Google's resource names, AWS ARNs, Azure Key Vault URLs, loader schemes", () => {
    unchanged('mail_password: "projects/123456789012/secrets/mail-pass/versions/3"');
    unchanged('db_password: "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db-pass"');
    unchanged('api_token: "https://shopvault.vault.azure.net/secrets/api-token"');
    unchanged('smtp_password: "sm://smtp-password"\nstripe_key: "awssm://prod/stripe"');
  });

  it("keeps an animal's passport, before or after the name, in several languages", () => {
    unchanged('Horse passport: UK0019876543 (for the livery yard).');
    unchanged('Passeport pour animaux : FR250268731');
    unchanged('Heimtierausweis und Hundepass-Nr. DE276098765');
    unchanged('Lemmikloomapass EE233091234, kiip 233091234567890');
    expect(r('Passport no: 534219876 (mine, for the flight with the dog)')).toBe(`Passport no: ${ID} (mine, for the flight with the dog)`);
  });

  it('keeps a game’s or a quiz’s join PIN shown to a room', () => {
    unchanged('Join at kahoot.it with the game PIN 8812345 on the board.');
    unchanged('Quizizz code 482913 — students join from their phones.');
    unchanged('El PIN del juego es 5566778, lo pongo en el proyector.');
  });

  it("keeps a player's public id, a vehicle's breakdown cover, a product code, a parcel's number, a postal code", () => {
    unchanged('PUUID: Qk8Lm2Xr9Tv4Wz7Nb3Pc6Df1Gh5Jk0Sa2Ed4Rf6Tg8Yh1Uj3Ik5Ol7Zx9Cv2Bn4Mq6Wp8');
    unchanged('Van breakdown cover: policy no. BRK77123456, helpline 0800 111 222.');
    unchanged('Šifra artikla v katalogu je KT-4471, cena pa 12 €.');
    unchanged('Nomor resi SiCepat 4556737586899855 belum bergerak.');
    unchanged('Tracking number 4539578763621486 for the parcel.');
    unchanged('Mã bưu điện của văn phòng là 700000 phải không?');
  });
});

describe('codes and PINs said in prose, in any language, by the sentence’s shape', () => {
  it('masks a code word, whose code it is, the verb for "is", then the number', () => {
    expect(r('The code for the bike shed is now 40715.')).toBe(`The code for the bike shed is now ${PW}.`);
    expect(r('Der Zugangscode für den Keller lautet ab sofort 3318.')).toBe(`Der Zugangscode für den Keller lautet ab sofort ${PW}.`);
    expect(r('Код от чердака теперь 7741, не забудьте.')).toBe(`Код от чердака теперь ${PW}, не забудьте.`);
    expect(r('Cod y sied feiciau yw 5520.')).toBe(`Cod y sied feiciau yw ${PW}.`);
    expect(r('Ikhodi yesitolo ithi 9034.')).toBe(`Ikhodi yesitolo ithi ${PW}.`);
  });

  it('masks the code when whose it is stands before the word, or with the verb after the number', () => {
    expect(r('Pööningu kood on 2281.')).toBe(`Pööningu kood on ${PW}.`);
    expect(r('Pagraba kods ir 6610.')).toBe(`Pagraba kods ir ${PW}.`);
    expect(r('गोदामको कोड 4417 हो।')).toBe(`गोदामको कोड ${PW} हो।`);
  });

  it('masks the codes listed after the first in the same sentence', () => {
    expect(r('El código del garaje es 5521 y el del cuarto de bicis 8830.')).toBe(`El código del garaje es ${PW} y el del cuarto de bicis ${PW}.`);
    expect(r('Laundry: new code 48213, storage room 771920.')).toBe(`Laundry: new code ${PW}, storage room ${PW}.`);
  });

  it('masks the code of a parcel locker, and one a thing has', () => {
    expect(r('Paczkomat kod 448812, odbiór do jutra.')).toBe(`Paczkomat kod ${PW}, odbiór do jutra.`);
    expect(r('The storeroom has code 6603, tell only the night staff.')).toBe(`The storeroom has code ${PW}, tell only the night staff.`);
  });

  it('masks a thing’s code given as a label after a code was named', () => {
    expect(r('New codes from Monday: front door code 1190. Side gate: 7742. Thanks!')).toBe(`New codes from Monday: front door code ${PW}. Side gate: ${PW}. Thanks!`);
  });

  it('keeps "the code is" with nothing named, and codes of other kinds, counts and units', () => {
    unchanged('Nothing else to add. The code is 5512.');
    unchanged('The error code is 5003 and the status code is 503.');
    unchanged('The discount code is 2025 and the postal code is 10115.');
    unchanged('The Python code is 1800 lines; the code is 6 digits long.');
    unchanged('O código do produto é 99812.');
    unchanged('Kodi ya chumba ni 25000 kwa mwezi.');
    unchanged('Kodi i autorizimit: 771023');
    unchanged('Course code: 4471. Room: 1203.');
  });

  it('masks a PIN named with whose card it is, the number in parentheses or after the verb', () => {
    expect(r('Babu alinipa PIN ya kadi yake (4471) ili nimnunulie dawa.')).toBe(`Babu alinipa PIN ya kadi yake (${PW}) ili nimnunulie dawa.`);
    expect(r("Ir-raġel tagħha qalli l-PIN tal-kard (8820)")).toBe(`Ir-raġel tagħha qalli l-PIN tal-kard (${PW})`);
    expect(r('Babamın kartının şifresini (5561) bana verdi.')).toBe(`Babamın kartının şifresini (${PW}) bana verdi.`);
    expect(r('PIN-i i kartës së bankës është 9912.')).toBe(`PIN-i i kartës së bankës është ${PW}.`);
  });

  it('keeps a PIN word beside a year, a postal PIN code and a game PIN', () => {
    unchanged('I changed the PIN on my card in March (2019).');
    unchanged('Delivery PIN codes: 560034, 560095, 560102.');
    unchanged('पिन कोड 110001 किस इलाके का है?');
  });
});

describe('a secret given in the sentence after the one that names it', () => {
  it('masks a password, a PIN or a code after "it is", "mine is", "es ist", "c’est"', () => {
    expect(r('Is my router password strong enough? It is Marigold1984')).toBe(`Is my router password strong enough? It is ${PW}`);
    expect(r('what is a good passphrase? mine is Tulip_Garden42')).toBe(`what is a good passphrase? mine is ${PW}`);
    expect(r('Mein WLAN-Passwort ist schwach. Es ist Sonnenblume77')).toBe(`Mein WLAN-Passwort ist schwach. Es ist ${PW}`);
    expect(r('Mon mot de passe est trop simple ? C’est Lavande2003')).toBe(`Mon mot de passe est trop simple ? C’est ${PW}`);
    expect(r('I need the PIN for the tablet. It is 7731.')).toBe(`I need the PIN for the tablet. It is ${PW}.`);
  });

  it('keeps a length, a verdict, a year or a postal code in the next sentence', () => {
    unchanged('My password is weak. It is 12 characters long.');
    unchanged('What makes a password good? Mine is weak.');
    unchanged('When did you change the password? It was 2019.');
    unchanged('What is the zip code? It is 10115.');
  });
});

describe('one-time codes, passwords and keys in more forms', () => {
  it('masks a bank’s TAC and an OTP given with Pidgin’s "na"', () => {
    expect(r('Bank hantar TAC 551204 untuk pemindahan wang.')).toBe(`Bank hantar TAC ${CODE} untuk pemindahan wang.`);
    expect(r('The OTP wey dem send me na 883120, abeg no share am.')).toBe(`The OTP wey dem send me na ${CODE}, abeg no share am.`);
  });

  it('masks a password in Estonian and in Khmer with the verb run on to the word before', () => {
    expect(r('Külaliste võrgu salasõna Kask!2024, palun ära jaga.')).toBe(`Külaliste võrgu salasõna ${PW}, palun ära jaga.`);
    expect(r('ពាក្យសម្ងាត់ Wi-Fi របស់ហាងគឺ Mango.7781។')).toBe(`ពាក្យសម្ងាត់ Wi-Fi របស់ហាងគឺ ${PW}។`);
  });

  it("masks a connection URL's password with a # in it, and keeps a URL's fragment", () => {
    expect(r('jdbc:mysql://db.local:3306/shop?user=app&password=Rk9#Tz!41q&useSSL=true')).toBe(`jdbc:mysql://db.local:3306/shop?user=app&password=${PW}&useSSL=true`);
    unchanged('Docs: https://example.org/guide?page=2#setup');
  });

  it('masks network gear secrets: Cisco type 7, SNMP communities, a MikroTik community, a WEP key', () => {
    expect(r('line vty 0 4\n password 7 0822455D0A16544541\n')).toBe(`line vty 0 4\n password 7 ${PW}\n`);
    expect(r('snmp-server community Tq7mRw2Lp9 RW\n')).toBe(`snmp-server community ${PW} RW\n`);
    expect(r('/snmp community\nadd addresses=192.168.8.0/24 name=Hv4pLq9Zx2 write-access=no\n')).toBe(`/snmp community\nadd addresses=192.168.8.0/24 name=${PW} write-access=no\n`);
    expect(r('Our old access point used WEP key 3A9F1C77B2 — yes, 40-bit.')).toBe(`Our old access point used WEP key ${PW} — yes, 40-bit.`);
  });

  it("masks the password line of OpenVPN's auth-user-pass file", () => {
    expect(r('I run `auth-user-pass login.txt` and login.txt is:\n\nmaria.k\nHarbour#2207\n\nStill AUTH_FAILED.')).toBe(
      `I run \`auth-user-pass login.txt\` and login.txt is:\n\nmaria.k\n${PW}\n\nStill AUTH_FAILED.`,
    );
  });

  it("masks Agora's app certificate, an Ably key, a gift card's claim code", () => {
    expect(r('AGORA_APP_CERTIFICATE=9f3c2a1b7d6e5f4a3b2c1d0e9f8a7b6c')).toBe(`AGORA_APP_CERTIFICATE=${KEY}`);
    expect(r("new Ably.Realtime('xVLyHw.A-pwhg:Qm7Rx2Lp9Kt4Wz8Nv3Bc6Df1Gh5Jk0Lm2Qp4Rs6Tu8V')")).toBe(`new Ably.Realtime('${KEY}')`);
    expect(r('Raffle prize: a gift card, code K7QZ-2MXP-9RTA-L4NB, good till May.')).toBe(`Raffle prize: a gift card, code ${PW}, good till May.`);
  });
});

describe('identity numbers and accounts named in more ways', () => {
  it('masks a number after a country’s people and "ID", "personal no." or "social card"', () => {
    expect(r('Visa letter: Chinese ID 440305198807121230, arriving Monday.')).toBe(`Visa letter: Chinese ID ${ID}, arriving Monday.`);
    expect(r('Pilots: Georgian personal no. 61001012345; Armenian social card 3105850123.')).toBe(`Pilots: Georgian personal no. ${ID}; Armenian social card ${ID}.`);
  });

  it('masks "ID" alone where the same sentence names another identity number', () => {
    expect(r('Mmoja ni Mganda (ID 17654321) na mwingine ni Mtanzania (NIDA 19880712-12345-67890-12).')).toBe(`Mmoja ni Mganda (ID ${ID}) na mwingine ni Mtanzania (NIDA ${ID}).`);
    unchanged('Order ID 12345678 shipped; the national ID card arrives later.');
  });

  it('masks numbers named with a possessive or a suffix, or a sentence before', () => {
    expect(r('ID card tagħha 7712345M, bl-indirizz.')).toBe(`ID card tagħha ${ID}, bl-indirizz.`);
    expect(r('Ana me numër personal K91204567B, banues në Durrës.')).toBe(`Ana me numër personal ${ID}, banues në Durrës.`);
    expect(r('Formulir butuh NIK. NIKmu 3201234506780001 kan?')).toBe(`Formulir butuh NIK. NIKmu ${ID} kan?`);
    expect(r('The form asks for MyKad numbers. Ours: 880712-14-5567 and one more.')).toBe(`The form asks for MyKad numbers. Ours: ${ID} and one more.`);
  });

  it('masks a Nordic personal code in a column, an Indian account beside its IFSC, a Peruvian account and CCI', () => {
    expect(r('name,personal_code,seat\nAnna,010203-123A,12\n')).toBe(`name,personal_code,seat\nAnna,${ID},12\n`);
    expect(r('Beneficiary: Om Traders\nA/c no: 50100234567890\nIFSC: HDFC0001234')).toBe(`Beneficiary: Om Traders\nA/c no: ${BANK}\nIFSC: HDFC0001234`);
    expect(r('Interbank cuenta 191-23456789-0-12, CCI 00219112345678901254.')).toBe(`Interbank cuenta ${BANK}, CCI ${BANK}.`);
  });
});
