import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BE, on values and sentences made up here. */
const pick = picker(20261205);

/** A card number of `length` digits opening with `prefix`, its last digit Luhn's check. */
const card = (prefix: string, length: number): string => withLuhn(prefix + pick(DIGITS, length - prefix.length - 1));

const grouped = (n: string): string => n.replace(/(\d{4})(?=\d)/g, '$1 ');

describe('look-alikes that open nothing', () => {
  it("keeps a template's instruction for the value and Hiera's, Ruby's and Key Vault's references", () => {
    unchanged('# sample.env - fill in before deploying\nMAILJET_API_SECRET=REPLACE_WITH_mailjet-api-secret\nSTRIPE_KEY=fill_in_stripe_key');
    unchanged('hiera:\n  db_password: "%{lookup(\'profile::db::password\')}"\n  api_token: %{env:ORDERS_API_TOKEN}');
    unchanged('app settings:\n  DB_PASSWORD: keyvault:prod-kv/orders-db-password\n  API_KEY: @Microsoft.KeyVault(SecretUri=https://kv1.vault.azure.net/secrets/api)');
    unchanged('env:\n  - name: DB_PASSWORD\n    password: secretKeyRef: {name: orders-db, key: password}');
    unchanged('config.ru\nsecret_token = "#{ENV.fetch(\'SESSION_SECRET\')}"');
  });

  it("keeps a string's interpolation in a Bearer header (Ruby's, CoffeeScript's, LiveScript's bare one)", () => {
    unchanged('Crystal:\nheaders = HTTP::Headers{"Authorization" => "Bearer #{shop_api_token}"}');
    unchanged('LiveScript:\nshop_api_token = process.env.SHOP_TOKEN\nfetch url, headers: {Authorization: "Bearer #shop_api_token"}');
  });

  it('still masks a Bearer token that only opens with `#`, and a value after such a prefix in words', () => {
    masks('curl -H "Authorization: Bearer #Xk29fLm0qPzR7tVb"', 'Xk29fLm0qPzR7tVb');
  });

  it('keeps an order, a parcel or an invoice number read back digit by digit', () => {
    unchanged('Call log\nAgent: your parcel tracking number is four one one nine two eight six, so 4119286, OK?');
    unchanged('[00:01:12] Speaker 2: order no. nine nine three one two zero — 993120.');
    unchanged('Kunde: Bestellnummer sieben drei null eins vier, also 73014.');
  });

  it('keeps a ticket or order reference after a number sign in Chinese, Japanese, Korean and Russian', () => {
    unchanged('帮我翻译一下：\n有问题请联系客服，工单号#48213。');
    unchanged('注文番号#55102 の件でお問い合わせです。');
    unchanged('주문번호#30917 확인 부탁드려요.');
    unchanged('Ваш заказ#77410 отправлен.');
  });

  it('keeps a room number, a count and a year beside a found password', () => {
    unchanged('Kind regards,\nReception\nP.S. meeting room 2104 is booked until 5.');
    const out = r('wiki login is ops / Tr4m!kettle9. hall capacity is 1200.');
    expect(out).toContain('1200');
  });

  it('keeps a number named as no identity document, "my" before it or not', () => {
    unchanged('Hi payroll, my employee number is 00451277 and my start date is 2025-03-01.');
    unchanged('ID type: employee badge\nID number: 4471-2209');
  });

  it("keeps a client's id of a prefix and hex under a client id's name", () => {
    unchanged(`WIDGET_CLIENT_ID=ci_${pick(HEX, 32)}`);
  });

  it('keeps a Wi-Fi note that gives no key, and a heading whose bullets name no secret', () => {
    unchanged('Office wifi\nnetwork CoffeeGuest\nkey is on the fridge');
    unchanged('## doors\n- front door: painted last week\n- fire exit: keep clear\n');
    unchanged('## logins\n- wiki: ask Sam\n- rota app: same as before\n');
  });
});

describe('secrets given by their place', () => {
  it("reads a place's code in a postscript or an afterthought, past a signature's blank line", () => {
    const pw = `Qv${pick(ALNUM, 8)}!7`;
    masks(`Hi all,\n\nThe booking system password is now ${pw}.\n\nThanks,\nDana\nP.S. bike shed -> 4718`, pw, '4718');
    masks(`till login is jm, pw ${pw}. oh and loading bay gate = 59036 thx`, '59036');
  });

  it('reads an arrow, capitals, a bare number after a place that locks and a gloss in brackets', () => {
    const pw = `Lp${pick(ALNUM, 8)}#2`;
    masks(`THE ROTA PASSWORD IS ${pw} DO NOT SHARE. BIKE CAGE IS 6620.`, '6620');
    masks(`kiosk tablet - admin / ${pw}. compost gate 80417.`, '80417');
    masks(`Lozinka za blagajnu je ${pw}.\n(English: the plant room door is 39521)`, '39521');
  });

  it("reads a code read out in one speaker's turn and read back first in the next one's", () => {
    masks('support call\nCALLER: ...the keypad on the bin store, it\'s six two nine one.\nAGENT: 6291, got it.', '6291', 'six two nine one');
    masks('[00:02:10] Ana: door code is three eight zero five\n[00:02:14] Ben: 3805, thanks', '3805', 'three eight zero five');
  });

  it('reads a password said as "it" after a password\'s word, and the old one in brackets', () => {
    masks('Morning! the kiosk asked for a new password so I made it Fennel=moss27^. The shed is fine.', 'Fennel=moss27^');
    masks('Temp password set for the rota app. Old one (heron_33_fjord=ELK) is dead.', 'heron_33_fjord=ELK');
    masks(`till login is jm, pw Fen!lark4471. The bike store is still 6032, sorry.`, '6032');
  });

  it("keeps \"made it\" and a setting's old value where no password is named", () => {
    unchanged('We finally made it Home2024! after the delay.');
    unchanged('The old one (Model3-B) still sits in the garage.');
  });

  it('reads the bullets under a heading that says logins or doors', () => {
    const a = `marsh.Otter.${pick(DIGITS, 2)}`;
    const b = `Hq${pick(ALNUM, 10)}55`;
    masks(`Keyholder note\n\n## Logins\n- booking tablet: ${a}\n- payroll: jkim / ${b}\n`, a, b);
    masks('Keyholder note\n\n### Doors\n- back gate -> 55120\n', '55120');
  });

  it("reads a second login given as user / password beside a connection string's", () => {
    const pw = pick(ALNUM, 16);
    masks(`db.yml\nurl: "mysql://app:${pick(ALNUM, 12)}@10.0.4.2:3306/shop"\n(the read replica uses reporting / ${pw})`, pw);
    masks(`Endpoint=sb://bus.example.net/;SharedAccessKeyName=send;SharedAccessKey=${pick(ALNUM, 43)}=\nfallback: svc_mon / ${pw}`, pw);
  });

  it('reads a Wi-Fi key on the line under the network, words joined too, and a C SDK join call', () => {
    masks('Shed wifi\nnetwork Potting-2G\nkey marble-finch-copper-lantern\n', 'marble-finch-copper-lantern');
    masks('if (cyw43_arch_wifi_connect_blocking("Shed", "rowan-gully-tern-ash", CYW43_AUTH_WPA2_AES_PSK)) return 1;', 'rowan-gully-tern-ash');
  });
});

describe('numbers that identify a person or pay', () => {
  it('reads an identity number in a form whose type line names the document', () => {
    masks('Typeform entry #52\nName: K. Mensah\nID type: National ID\nID number: 4410-77321-2\nRole: driver', '4410-77321-2');
    masks('Document type: Passport\nDocument no.: P7730215', 'P7730215');
  });

  it("reads the writer's own identity number named by its document in a sentence, a country's name before it maybe", () => {
    masks('hello HR, my Fiji national number is 30418872215 and my bank is below', '30418872215');
    masks('for the contract: my Tonga NID: 2207-118394.', '2207-118394');
    masks('and my passport number: K0442917.', 'K0442917');
  });

  it('reads mada, Prostir and RuPay 82 cards, and the code Spanish and Portuguese call "código" beside them', () => {
    const mada = card('968205', 16);
    const prostir = card('9804', 16);
    const rupay = card('82', 16);
    masks(`Card: mada ${mada.replace(/(\d{4})(?=\d)/g, '$1-')} exp 04/29`, mada.slice(0, 4) + '-' + mada.slice(4, 8));
    masks(`картка ${grouped(prostir)}, 11/28`, grouped(prostir));
    masks(`RuPay card ${grouped(rupay)}`, grouped(rupay));
    masks(`La tarjeta: ${grouped(card('4', 16))}, código 417, gracias`, '417');
    masks(`Cartão ${grouped(card('5', 16))}, código 662, senha depois`, '662');
  });

  it("reads a code after a dialect's topic marker in Japanese", () => {
    masks('物置の暗証番号だば3907だじゃ。', '3907');
  });

  it('reads a security code that runs into its name in Chinese and Japanese', () => {
    masks(`卡号${card('62', 16)}，背面安全码508，别外传。`, '508');
    masks(`カード番号 ${card('35', 16)}、セキュリティコード731です。`, '731');
  });

  it("reads a client secret of a prefix and hex that a Stripe object's id does not have", () => {
    const hex = pick(HEX, 32);
    masks(`CHATWIDGET_CLIENT_SECRET=cs_${hex}`, hex);
  });

  it("reads session cookies by their framework's name", () => {
    const hex = pick(HEX, 40);
    masks(`from the storage panel:\nName: auth_tkt\nValue: ${hex}!`, hex);
    const body = `editor%7C1735689600%7C${pick(ALNUM, 43)}%7C${pick(HEX, 12)}`;
    masks(`Name: wordpress_sec_5c1d\nValue: ${body}`, body);
  });
});
