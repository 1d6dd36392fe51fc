import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER_DIGITS, UPPER_DIGITS, picker, r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus BC, on values and sentences made up here. */
const pick = picker(20261208);

describe('look-alikes that open nothing', () => {
  it("keeps a format's prefix shown with an ellipsis or a <…> for the rest", () => {
    unchanged('# .env.template\nSIGNING_SECRET=secret-token:acme_production_<...>\nDB_PASSWORD=sk_car_...\nAPI_PASSWORD="tok_acme_..."');
    unchanged('PAYMENTS_TOKEN=sq_prod_… (ask finance for the rest)');
  });

  it('still masks a key whose prefix runs on into a random value', () => {
    const key = `rk_live_${pick(ALNUM, 32)}`;
    masks(`STRIPE_RESTRICTED_KEY=${key}`, key);
  });

  it("keeps groups of x after a format's prefix", () => {
    unchanged('SERVICE_PASSWORD=tk-acme-xxxxxx-xxxxxx-xxxxxx\nGATEWAY_SECRET=gw_XXXXX_XXXXX_XXXXX');
  });

  it("keeps Symfony's references to environment variables", () => {
    unchanged("doctrine:\n  dbal:\n    password: '%env(MAILER_PASSWORD)%'\n    secret: '%env(resolve:APP_SECRET_VALUE)%'");
  });

  it('keeps a phone number run into Japanese words before its country code', () => {
    unchanged('パスワードはメールで送らないでね。わからなければ+44 20 7946 0958に電話して。');
    unchanged('不明な点は窓口まで+1 415 555 0134へどうぞ');
  });

  it('still masks a Japanese word run into digits and a symbol where no phone number follows', () => {
    masks('金庫のパスワードは 蜂蜜+6471 です', '蜂蜜+6471');
  });

  it("keeps a US provider's NPI, which shares Benin's shape", () => {
    unchanged('billing provider NPI 1497758544 and rendering NPI 2038854172 on the claim');
  });

  it("keeps a URL's encoded space between a capitalised word and a number", () => {
    unchanged('https://api.example.org/notify?msg=Shutter%20opened%20at%2006:00&chat=12');
    unchanged('see https://wiki.example.org/search?q=Roster%2026weeks');
  });
});

describe('secrets in the families BC showed', () => {
  it("masks IDs of Côte d'Ivoire, Burkina Faso, Benin, Togo, Suriname, Guyana, Syria, Tajikistan, Fiji and Seychelles", () => {
    masks('Nationality: Ivory Coast | NNI: 20481735526', '20481735526');
    masks('Burkina Faso CNIB B40719283', 'B40719283');
    masks('Pays : Bénin — NPI 1830476251', '1830476251');
    masks('Togo, NIF 1048273615', '1048273615');
    masks('Suriname ID-nummer FD482019', 'FD482019');
    masks('Guyana national ID 318420576', '318420576');
    masks('nationality Syrian, national number 07318840266', '07318840266');
    masks('Tajikistan taxpayer INN 517304826', '517304826');
    masks('Fiji TIN 582041736', '582041736');
    masks('Seychelles NIN 871-1984-2-30', '871-1984-2-30');
  });

  it("masks an ID named by its record's type field in a JSON export", () => {
    masks('{"name": "Amara", "country": "Burkina Faso", "id_type": "CNIB", "id_number": "B73018264"}', 'B73018264');
    masks('{\n  "country": "Syria",\n  "id_type": "national number",\n  "id_number": "03918274650"\n}', '03918274650');
  });

  it("keeps a format's help for those IDs, written with one digit repeated", () => {
    unchanged('CNIB format: B00000000; Suriname ID-nummer: FB000000; Seychelles NIN: 000-0000-0-00');
  });

  it("masks a keyholder's bulleted list around a found code or password: codes after any mark, logins with a user in brackets", () => {
    const pw = `Kx${pick(LOWER_DIGITS, 6)}!Rv${pick(DIGITS, 2)}`;
    const login = `${pick(ALNUM, 5)}=${pick(LOWER_DIGITS, 4)}@${pick(DIGITS, 2)}`;
    masks(
      `Bear notes - "Lock-up"\n\n- code for the boat shed: 5318\n- chiller room = 7406\n- back lane gate ... 928351\n- kiln room -> 6614 + tick\n- paint store: 4127 (hold 3s)\n- booking laptop (sam.r): ${pw}\n- till (kim_adm): ${login}`,
      '5318',
      '7406',
      '928351',
      '6614',
      '4127',
      pw,
      login,
    );
  });

  it('keeps the numbers of a bulleted list with no found secret in it, and a count or a phone in one that has', () => {
    unchanged('- chiller room = 7406\n- back lane gate ... 9283\n- kiln room -> 6614');
    masks('- code for the boat shed: 5318\n- phone ext: 4471\n- pallets = 2400 (units)', '5318');
    expect(r('- code for the boat shed: 5318\n- phone ext: 4471\n- pallets = 2400 (units)')).toContain('4471');
    expect(r('- code for the boat shed: 5318\n- phone ext: 4471\n- pallets = 2400 (units)')).toContain('2400');
  });

  it("masks a place's code said beside a found password: a clause, \"opens with\", a question answered", () => {
    const pw = `Tern${pick(DIGITS, 4)}!`;
    masks(`bookings laptop: ${pw}. kiln room shutter: 662913`, pw, '662913');
    masks(`if the till freezes log back in with ${pw}, and the stock room opens with 40871`, pw, '40871');
    masks(`chiller yard opens on 739120; for the scales PC use ${pw}`, pw, '739120');
    masks(`Ana: whats the rota app login again\nLeo: ana.k / ${pw}\nAna: and boat shed?\nLeo: 5528, lift the handle first`, pw, '5528');
  });

  it("keeps a number said beside a found password that is a floor's, a phone's or a year", () => {
    const pw = `Tern${pick(DIGITS, 4)}!`;
    const out = r(`bookings laptop: ${pw}. reception phone: 4410 2231, built 1998`);
    expect(out).toContain('4410 2231');
    expect(out).toContain('1998');
  });

  it("masks a Wi-Fi key given after its network's name and a comma", () => {
    const key = `Fern-${pick('abcdefghij', 6)}-${pick(DIGITS, 3)}`;
    masks(`Jo: guest network for the fair?\nSam: Harbour_Guest, key is ${key}`, key);
    masks(`wifi for the van: Depot-5G, password: ${pick(ALNUM, 4)}${key}`, key);
  });

  it("keeps a network's name and a key that is words", () => {
    unchanged('Jo: which network for the fair?\nSam: Harbour_Guest, key is on the fridge door');
  });

  it('masks the new password told after a change notice', () => {
    const pw = `Qu4rtz${pick(DIGITS, 4)}?`;
    masks(`Kim: heads up the scales PC password rolled over\nKim: new one is ${pw}\nLeo: ta`, pw);
    masks(`[09:12] Kim: the till login got reset\n[09:13] Kim: the new one's ${pw}`, pw);
  });

  it('keeps "new one" told after a change notice when it is words', () => {
    unchanged('Kim: the till password changed again\nKim: new one is on the wiki');
  });

  it('masks a password given after a Japanese comma and ended by the change of script', () => {
    const pw = `Maple${pick(DIGITS, 4)}#x`;
    masks(`レジのパスワード、${pw}に変えといたで。`, pw);
  });

  it("masks a card's code named as its security digits or the numbers on the back", () => {
    masks('card read out -> 4929 1204 8811 7744, security digits 318, postcode on file', '318');
    masks('use the card 4929120488117744, exp 05/29, the 3 digits on the back 604', '604');
    masks('Paga con la tarjeta 4929120488117744, vence 05/29, los tres numeritos atrás 271.', '271');
  });

  it('masks a password logged in with, and one a login wants "now"', () => {
    const a = `${pick(UPPER_DIGITS, 2)}${pick(DIGITS, 3)}=${pick('abcdefgh', 4)}#${pick(DIGITS, 2)}`;
    masks(`signing into the shop as kim_r with ${a} keeps failing`, a);
    const b = `Ridge${pick(DIGITS, 4)}_x${pick(DIGITS, 2)}`;
    masks(`the scales PC wants ${b} now. it forced a change`, b);
  });

  it('keeps logging in with a word or a provider', () => {
    unchanged('logging in with Google works, logging into the shop with SSO-Login does not');
  });

  it("masks a generator's shapes: a word, a symbol, digits and a word; a word in leet, digits and a symbol", () => {
    masks('rota: Walnut+4471heron and backup: B@rl3y6620?', 'Walnut+4471heron', 'B@rl3y6620?');
  });

  it('masks recovery codes in a JSON list, and a letters-only code in a row of codes', () => {
    const codes = Array.from({ length: 6 }, () => `${pick(UPPER_DIGITS, 5)}-${pick(UPPER_DIGITS, 5)}`);
    codes.push('QWXZT-PLMKV');
    masks(`{"service": "scales", "recovery_codes": [${codes.map((c) => `"${c}"`).join(', ')}]}`, ...codes);
    masks('backup codes (till):\nk4p9-xm2r | qzwt-lbnv | 7hd2-wq8e | p3vx-9mnt', 'qzwt-lbnv');
  });

  it("masks Google Authenticator's export URI", () => {
    const data = `${pick(ALNUM, 40)}%2B${pick(ALNUM, 30)}%3D`;
    masks(`the QR decodes to otpauth-migration://offline?data=${data}`, data);
  });

  it('masks secrets held in variables declared in Lisp, BASIC and OpenEdge ABL', () => {
    const key = pick(HEX, 32);
    const pw = `${pick(ALNUM, 12)}.${pick(ALNUM, 6)}`;
    masks(`(define api-key "${key}")\n(define db-pass "${pw}")`, key, pw);
    masks(`LET Pwd$ = "${pw}"\nPRINT "hi"`, pw);
    masks(`DEFINE VARIABLE cPassword AS CHARACTER NO-UNDO INITIAL "${pw}".`, pw);
  });

  it('keeps other declared variables', () => {
    unchanged('(define user-name "kim_r")\nLET Greeting$ = "Hello there"\nDEFINE VARIABLE cUser AS CHARACTER NO-UNDO INITIAL "ablsvc".');
  });

  it("masks the session cookie given to ApacheBench's -C, and not another command's -C", () => {
    const sid = pick(LOWER_DIGITS, 26);
    masks(`ab -n 200 -c 10 -C "APPSESSID=${sid}" https://shop.example/`, sid);
    unchanged(`tar -C "/srv/a=b" -xf backup.tar\nmake -C build TARGET=x86`);
  });

  it("masks rar's -hp password", () => {
    const pw = `Cedar=${pick(DIGITS, 4)}${pick('abcdefgh', 5)}`;
    masks(`rar a -hp${pw} export.rar ./data`, pw);
  });

  it('masks a PIN a device asked for, told as what was typed', () => {
    masks('the TV asked for a PIN to pair, I typed 8264 and it worked', '8264');
    masks('it prompted for the passcode and we punched in 40917', '40917');
  });

  it('keeps a year or a number typed that is not what was asked', () => {
    unchanged('the form asked for a code, I typed 2024 by mistake');
  });

  it('masks a seed phrase whose words are set apart by slashes', () => {
    const bytes = Uint8Array.from({ length: 16 }, () => Number(pick(DIGITS, 2)) + Number(pick('01', 1)) * 100);
    const words = entropyToMnemonic(bytes, englishWords).split(' ');
    const phrase = words.join(' / ');
    masks(`note card "cold wallet"\n${phrase}`, phrase);
  });

  it('masks the items of a list under a block of secrets, one or two levels down', () => {
    const a = pick(ALNUM, 32);
    const b = pick(ALNUM, 32);
    masks(`secrets:\n  cookie:\n    - ${a}\n  cipher:\n    - ${b}\nserve:\n  port: 4433`, a, b);
  });

  it('keeps a list of names or hosts under such a block', () => {
    unchanged('secrets:\n  managers:\n    - vault-primary.internal.example\n    - vault-secondary.internal.example');
  });
});
