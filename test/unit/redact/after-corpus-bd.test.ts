import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, PW, UPPER_DIGITS, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BD, on values and sentences made up here. */
const pick = picker(20261204);

/** A card number of `length` digits opening with `prefix`, its last digit Luhn's check. */
const card = (prefix: string, length: number): string => withLuhn(prefix + pick(DIGITS, length - prefix.length - 1));

describe('look-alikes that open nothing', () => {
  it('keeps a masking word in round brackets where a value was', () => {
    unchanged('Support bundle, scrubbed:\nSMTP_PASSWORD=(redacted for support)\nAPI_TOKEN=(removed)\nADMIN_PASS=(withheld by policy)');
  });

  it('still masks a password that only starts with such a word', () => {
    masks('DB_PASSWORD=Hidden-Otter-4410', 'Hidden-Otter-4410');
  });

  it("keeps Puppet Bolt's plugin reference in a password's place", () => {
    unchanged('config:\n  winrm:\n    user: deploy\n    password: _plugin: prompt message: WinRM password for the hosts');
  });

  it("keeps a client's id of 64 hex digits under a public name, whatever key word stands above it", () => {
    const hex = pick(HEX, 64);
    unchanged(`# shipped to the browser\nNEXT_PUBLIC_WIDGET_KEY=pk_${pick(ALNUM, 24)}\nNEXT_PUBLIC_STRAVA_CLIENT_ID=${hex}`);
    unchanged(`VITE_PUBLIC_MAPS_ID=${hex}`);
  });

  it('still masks 64 hex digits under a private key word', () => {
    const hex = pick(HEX, 64);
    masks(`DEPLOYER_PK=${hex}`, hex);
    masks(`wallet private key:\n0x${hex}`, hex);
  });

  it('keeps a national ID field whose help text shows one digit throughout', () => {
    unchanged('Help text for the "ID number" field\n- ID card number: 000000000000\n- national ID: 1111-111111-1');
  });
});

describe('chat exports with bare times', () => {
  it('masks the login given after "what do I need for …?" and the code of a place asked after it', () => {
    const text =
      '[Signal export - Fern Row Allotments]\n07:02 Ana: morning. what do I need for the booking portal?\n07:04 Ben: frontdesk / Quill-7720-rt\n' +
      '07:05 Ana: and the seed shed?\n07:06 Ben: same as always, 58214\n07:08 Ana: wifi in the hall?\n07:09 Ben: Hall-Guest, key Tern5-Rook88x\n07:10 Ana: ta';
    masks(text, 'Quill-7720-rt', '58214', 'Tern5-Rook88x');
    masks('[Line export]\n21:40 Kit: login for the till?\n21:41 Mo: password is Fjord#4471q, capitals as written\n21:42 Kit: and the cash office?\n21:43 Mo: still 6603. push hard', '6603');
  });

  it('keeps a number answered in a chat with no login given', () => {
    unchanged('[Signal export]\n09:00 Ana: and the meeting room?\n09:01 Ben: same as always, 2114\n09:02 Ana: ok');
  });

  it("keeps a network's name and a key word with a plain word after it", () => {
    unchanged('08:00 Ana: wifi in the hall?\n08:01 Ben: Hall-Guest, key on the fridge door');
  });
});

describe('handovers', () => {
  it("masks a leader board's codes beside its logins, and its logins' passwords", () => {
    const text = 'While I am off:\n\n  booking system ......... desk / Pebble#8841\n  stock app ......... Vx8!mQ2tLp\n  store room door ... 6620\n  stock cupboard ....... 3397\n\nThanks';
    masks(text, 'Pebble#8841', 'Vx8!mQ2tLp', '6620', '3397');
  });

  it('keeps a board of extensions with no login on it', () => {
    unchanged('Phone list\n  reception ....... 2201\n  accounts ....... 2204\n  kitchen ....... 2210');
  });

  it('masks the second password of a sentence after a remark in brackets', () => {
    masks('Sure - the till is Hq7#Lm2pX (I changed it on Monday), the tablet is VoleKite3381?.', 'Hq7#Lm2pX', 'VoleKite3381?');
  });

  it('masks the codes after a "Codes:" heading, each a place and its number', () => {
    masks('Codes: paint booth 1980, print studio 5321.\nSee you Monday.', '1980', '5321');
    masks('door codes: loft 1980; plant room 7312 and cellar 5540', '1980', '7312', '5540');
  });

  it('keeps codes of another kind and a "Codes:" heading with no number', () => {
    unchanged('Discount codes: spring sale 2024, summer sale 2025.');
    unchanged('Error codes: printer jam 4012, toner low 4013');
    unchanged('Codes: see the binder in the office.');
  });
});

describe('sheets, tables and cards', () => {
  it('masks a sheet of logins under "what | user | secret", the places with no user and their codes', () => {
    const text = 'what;user;secret\nbooking app;desk;Fen-Moth-2291\nboiler room;-;7714\nprinter pages;-;2500';
    const out = r(text);
    expect(out).not.toContain('Fen-Moth-2291');
    expect(out).not.toContain('7714');
    expect(out).toContain('2500');
  });

  it("masks a card's PIN in a field and value table", () => {
    const number = card('45', 16);
    masks(`| field | value |\n|---|---|\n| number | ${number} |\n| expires | 03/29 |\n| PIN | 7302 |`, '7302', number);
  });

  it("masks a card's code named as the digits on the back, in English and in Chinese, Japanese, Thai and Korean", () => {
    const number = card('52', 16);
    masks(`card ${number}, exp 04/30, the three digits on the back are 481`, number, '481');
    masks(`卡号 ${number}，到期 04/30，背面号码 629。`, '629');
    masks(`カード ${number} 期限 04/30 裏面の番号 735`, '735');
    masks(`บัตร ${number} เลขหลังบัตร 846`, '846');
    masks(`카드 ${number} 뒷면 번호 913`, '913');
  });

  it("masks a Napas and a Belkart card's number", () => {
    const napas = card('9704', 16);
    masks(`pay with the company card ${napas} exp 09/28`, napas);
    const belkart = card('9112', 16);
    masks(`fuel card ${belkart}, exp 11/27`, belkart);
  });

  it('keeps a row of a pin count or a number of pages in a table', () => {
    unchanged('| part | pins |\n|---|---|\n| header | 40 |');
  });
});

describe('notes and casual lines', () => {
  it("masks a keyholder's list where a system's arrow points at its password", () => {
    const text = 'Hall access\n\n• main gate: 4471\n• booking site -> wren472Cobalt.\n• stock sheet (inventory) -> hkT4pQx9LmzWr2bE\n• cellar: 66190';
    masks(text, 'wren472Cobalt', 'hkT4pQx9LmzWr2bE', '4471', '66190');
  });

  it('masks a combination said to be on or for a place', () => {
    masks('combination for the bike shed lock: 12-04-33', '12-04-33');
    masks('the combination on the cellar box is 07-21-14', '07-21-14');
  });

  it('keeps a combination of things', () => {
    unchanged('a combination of 3 colours and 2 shapes');
  });

  it('masks a code said still to be, and a code told as keyed in', () => {
    masks('the loft code is still 5521 unless facilities changed it', '5521');
    masks('keyed in 60419 at the side gate and it opened', '60419');
  });

  it('masks passwords in casual frames: value first, a note to self, "is now", user + password', () => {
    masks('Tq8#vLm2z is the one for the rota site, not the old one', 'Tq8#vLm2z');
    masks('note to self: payroll portal Fennel-Crane-81!', 'Fennel-Crane-81!');
    masks('they said the NAS (backup box) is now Kx7!pQ2mr', 'Kx7!pQ2mr');
    masks('router page: admin + Wq3!zTe88', 'Wq3!zTe88');
    masks('after the update the kiosk password went back to heron-basalt-quill44, sorry', 'heron-basalt-quill44');
    masks('the shared login reverted to Tp4!kWm82 overnight', 'Tp4!kWm82');
  });

  it('keeps casual lines with no password in them', () => {
    unchanged('note to self: buy milk and call the plumber');
    unchanged('the version is now 2.4.1 on every till');
    unchanged('recipe: flour + water');
    unchanged('the password went back to the old policy after the audit');
  });

  it('masks a code after a code word and a Chinese copula, the owner before a possessive particle', () => {
    masks('仓库的 code 是 4471 ，按完等一下。', '4471');
    masks('cold store 的 code 是 80316 ，ok', '80316');
  });
});

describe('backup codes', () => {
  it('masks a run split by tildes', () => {
    masks('codes for the payroll login, strike each one once used: 48213377 ~ 90125546 ~ 33670812 ~ 71234409', '48213377', '90125546', '33670812', '71234409');
    masks('codes for the payroll login: 4KQ7ZP2M9X ~ TR8WNQ4LZE ~ MB3XKQ7PW2 ~ ZL9QW4RT8N', 'TR8WNQ4LZE', 'MB3XKQ7PW2', 'ZL9QW4RT8N');
  });

  it('masks a numbered sheet of codes of one generated shape', () => {
    const codes = Array.from({ length: 8 }, () => `${pick('abcdefghijkmnpqrstuvwxyz23456789', 4)}-${pick('abcdefghijkmnpqrstuvwxyz23456789', 4)}`);
    // Letters and digits mixed in most, as a generator draws them.
    const mixed = codes.map((c, i) => (i % 2 ? c : `${c.slice(0, 3)}7${c.slice(4)}`).replace(/^[a-z]/, 'k').replace(/-[a-z]/, '-4'));
    masks(`Authy\n\n${mixed.map((c, i) => `${i + 1}) ${c}`).join('\n')}`, ...mixed);
    const digits = Array.from({ length: 8 }, () => `${pick(DIGITS, 4)} ${pick(DIGITS, 4)}`);
    masks(`Mail\n\n${digits.map((c, i) => `${i + 1}. ${c}`).join('\n')}`, ...digits);
  });

  it("keeps a numbered list of a rota's shifts or of words", () => {
    unchanged(`Rota\n${['0700 1500', '0800 1600', '0900 1700', '1000 1800', '1100 1900', '1200 2000'].map((c, i) => `${i + 1}) ${c}`).join('\n')}`);
    unchanged(`Shopping\n${['potatoes', 'tomatoes', 'cucumbers', 'raspberry', 'blueberry', 'pineapple'].map((c, i) => `${i + 1}. ${c}`).join('\n')}`);
  });
});

describe("IDs in a form's record that names the document", () => {
  it("masks the number of a CSV row whose document column names an identity document", () => {
    masks('name,country,document,number,start\nAna,Chad,national ID number,482913370,Monday\nBen,Chad,social security number,771204,Friday', '482913370', '771204');
  });

  it("masks the number after an XML or JSON record's identity type field, and after \"ID (document):\"", () => {
    masks('<person><name>Ana</name><id_type>TIN</id_type><id_no>KX82M7Q4</id_no></person>', 'KX82M7Q4');
    masks('{"name": "Ben", "id_type": "residence permit", "id_number": "RP-4471920"}', 'RP-4471920');
    masks("Full name: Ana\nID (carte d'identité): AB-4471920-3", 'AB-4471920-3');
  });

  it('keeps numbers of documents of other kinds', () => {
    unchanged('name,document,number\nAna,invoice,4829133\nBen,order,7712044');
    unchanged('<row><id_type>order</id_type><id_no>4471920</id_no></row>');
  });
});

describe('code and command lines', () => {
  it('masks secrets declared in PL/I, RPG and APL', () => {
    const key = pick(HEX, 32);
    masks(`DCL APIKEY CHAR(32) INIT('${key}');`, key);
    const token = pick(ALNUM, 28);
    masks(`dcl-c API_TOKEN const('${token}');`, token);
    masks(`dcl-s dbPassword varchar(32) inz('Rv8#kLm2qT');`, 'Rv8#kLm2qT');
    const apl = pick(ALNUM, 30);
    masks(`KEY←'${apl}'\nr←HttpCommand.Get url '' ('X-Api-Key' KEY)`, apl);
  });

  it('keeps an APL key that names no secret', () => {
    unchanged("KEY←'customer_id'\nNAMES←'Ana' 'Ben'");
  });

  it("masks a password given to doveadm, mutool and security, and a YubiKey OATH account's secret", () => {
    masks("$ doveadm pw -s SHA512-CRYPT -p 'Fen=4471qzt'", 'Fen=4471qzt');
    masks('mutool clean -p Birch.8820 in.pdf out.pdf', 'Birch.8820');
    masks('security unlock-keychain -p Quartz-Hen-77 ~/Library/Keychains/ci.keychain-db', 'Quartz-Hen-77');
    const seed = pick(UPPER_DIGITS.replace(/[01890]/g, ''), 32);
    masks(`ykman oath accounts add -i "Payroll" desk01 ${seed}`, seed);
  });

  it('keeps the same tools run with no secret', () => {
    unchanged('mutool draw -o page.png in.pdf 1');
    unchanged('ykman oath accounts list');
    unchanged('security find-identity -v -p codesigning');
  });
});

describe('session cookies of access gateways', () => {
  it("masks Citrix's, F5's, SiteMinder's, Oracle Access Manager's and OpenAM's session cookies by their names", () => {
    const hex = pick(HEX, 64);
    masks(`driver.add_cookie({'name': 'NSC_AAAC', 'value': '${hex}', 'domain': 'portal.example.org'})`, hex);
    const f5 = pick(HEX, 32);
    masks(`Cookie: MRHSession=${f5}; LastMRH_Session=0a1b2c3d`, f5);
    const sm = pick(ALNUM, 48);
    masks(`await page.setCookie({ name: 'SMSESSION', value: '${sm}', domain: 'intranet.example.com' });`, sm);
    const am = `AQIC5w${pick(ALNUM, 40)}`;
    masks(`iPlanetDirectoryPro=${am}`, am);
  });

  it("keeps Citrix's load-balancing cookie and analytics cookies", () => {
    unchanged("driver.add_cookie({'name': 'NSC_web_pool_443', 'value': 'ffffffff09a1b2c345525d5f4f58455e445a4a423660'})");
    unchanged("driver.add_cookie({'name': '_ga', 'value': 'GA1.2.645861357.1617083376'})");
  });
});

describe('markers', () => {
  it('leaves what it finds marked as a password', () => {
    expect(r('Tq8#vLm2z is the one for the rota site')).toContain(PW);
  });
});
