import { describe, expect, it } from 'vitest';
import { r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus Y, on values and sentences made up here. */
const ID = '[redacted national id]';
const BANK = '[redacted bank account]';

describe('codes named by a code word and what they open, in more languages', () => {
  it('masks a door, gate, safe or alarm code in Lithuanian, Estonian, Maltese, Albanian, Welsh, Georgian, Russian and Hindi', () => {
    expect(r('Sandėlio durų kodas yra 58213, nesakykite svetimiems.')).toBe(`Sandėlio durų kodas yra ${PW}, nesakykite svetimiems.`);
    expect(r('Garaaži ukse kood on 7731#.')).toBe(`Garaaži ukse kood on ${PW}.`);
    expect(r('Il-kodiċi tal-grada tal-parkeġġ huwa 40917.')).toBe(`Il-kodiċi tal-grada tal-parkeġġ huwa ${PW}.`);
    expect(r('Kodi i derës së magazinës është 6604.')).toBe(`Kodi i derës së magazinës është ${PW}.`);
    expect(r("Côd y drws cefn yw 2290, diolch.")).toBe(`Côd y drws cefn yw ${PW}, diolch.`);
    expect(r('სეიფის კოდი არის 31975.')).toBe(`სეიფის კოდი არის ${PW}.`);
    expect(r('Код от сейфа в бухгалтерии: 80452')).toBe(`Код от сейфа в бухгалтерии: ${PW}`);
    expect(r('गोदाम के दरवाज़े का कोड 4471 है।')).toBe(`गोदाम के दरवाज़े का कोड ${PW} है।`);
  });

  it('masks a letter box combination and a padlock dial after its colon, on a list line', () => {
    expect(r('• Mailbox combination: 3318\n• Recycling goes out on Tuesdays.')).toBe(`• Mailbox combination: ${PW}\n• Recycling goes out on Tuesdays.`);
    expect(r('- Bike shed padlock: 14-27-03\n- Bins: Monday')).toBe(`- Bike shed padlock: ${PW}\n- Bins: Monday`);
  });

  it("keeps a tracking or an error code beside such a thing, a dial that is a date or a formation, and a fish's price", () => {
    unchanged('Ordered a new letterbox, the tracking code is 55120398.');
    unchanged('The error code on the freezer display is 5003.');
    unchanged('padlock: 12-05-2024');
    unchanged('The combination is 4-4-2 this season.');
    unchanged('The cod at the shed costs 1200 pounds.');
  });
});

describe('codes in tables and under headings', () => {
  it('masks a Markdown column and a CSV column of lock codes, and a lock-only column of digits', () => {
    expect(r('| Unit | Key safe code |\n|---|---|\n| 2B | 7741 |\n| 3A | 0926 |')).toBe(`| Unit | Key safe code |\n|---|---|\n| 2B | ${PW} |\n| 3A | ${PW} |`);
    expect(r('flat,street,keysafe,gate_code\n4,"12 Mill Lane",5820,31974#\n')).toBe(`flat,street,keysafe,gate_code\n4,"12 Mill Lane",${PW},${PW}\n`);
    expect(r('Schrank,Code Tür\nA,4417')).toBe(`Schrank,Code Tür\nA,4417`);
  });

  it('keeps a lock-only column of names, and a table of error codes', () => {
    unchanged('| Room | Lockbox |\n|---|---|\n| 101 | left of door |');
    unchanged('| Service | Error code |\n|---|---|\n| api | 5003 |');
  });

  it('masks codes listed under a heading that names them, each under its own label, on its line or the next', () => {
    expect(r('Kassen-PINs\nMarta:\n4829\nJonas:\n1057')).toBe(`Kassen-PINs\nMarta:\n${PW}\nJonas:\n${PW}`);
    expect(r('Door codes\nFront: 2291#\nCellar: 8804')).toBe(`Door codes\nFront: ${PW}#\nCellar: ${PW}`);
    expect(r('Kodet e alarmit\nZyra:\n5520\nMagazina:\n9917')).toBe(`Kodet e alarmit\nZyra:\n${PW}\nMagazina:\n${PW}`);
  });

  it('keeps error, status and postal codes listed the same way, a single item, and GPIO pins', () => {
    unchanged('Error codes\nTimeout:\n5003\nDenied:\n4031');
    unchanged('Postal codes\nCentre: 10115\nNorth: 13353');
    unchanged('Staff PINs\nDana: 4471\n\nEverything else is on the wiki.'.replace('Dana: 4471\n', 'Dana: ask me\n'));
    unchanged('pins\nled: 1300\nbutton: 1400');
  });
});

describe("a device's access code under a config key named for it", () => {
  it('masks the digits under a key that says what the code opens or that it is a PIN, quoted or not', () => {
    expect(r('printer:\n  lan_access_code: "40718822"\n  host: 10.0.0.7')).toBe(`printer:\n  lan_access_code: "${PW}"\n  host: 10.0.0.7`);
    expect(r('{"gatePin": "2291", "name": "yard"}')).toBe(`{"gatePin": "${PW}", "name": "yard"}`);
    expect(r('ALARM_CODE=804512')).toBe(`ALARM_CODE=${PW}`);
  });

  it('keeps status, zip, country and exit codes, and a blank of one digit repeated', () => {
    unchanged('status_code: 2000\nzip_code = "10115"\ncountry_code: 4400');
    unchanged('exit_code=1370');
    unchanged('door_code: "0000"');
  });
});

describe('tokens in notification URLs and one-dash options', () => {
  it("masks a notifier URL's random segments, not its numeric ids", () => {
    expect(r('apprise -b done "discord://99182736455463728/Qw8rTz3LmN5vB7xC1yH4jK6pS9dF2gA0eU_o-iW"')).toBe(`apprise -b done "discord://99182736455463728/${KEY}"`);
    expect(r('notify: pover://u2Kx8Ry5Tq7Wm3Np9Lz4Vb6Hc1Jd0@a7Bf3Kq9Xz2Lm5Np8Rt4Wv6Yc1Hd0')).toBe(`notify: pover://${KEY}@${KEY}`);
  });

  it('keeps resource URIs, digests and version-control URLs', () => {
    unchanged('style: "mapbox://styles/someone/Ck9x2Lm5Np8Rt4Wv6Yc1Hd0Qa"');
    unchanged('pip install git+https://github.com/org/repo.git@3f9a1c2b7d8e4f60a5b9c1d2e3f4a5b6c7d8e9f0');
    unchanged('Container ID: containerd://9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });

  it("masks a key after a one-dash option or a game server's setting, not a log's word", () => {
    expect(r('./srcds_run -game tf +sv_setsteamaccount 0A1B2C3D4E5F60718293A4B5C6D7E8F9 -port 27015')).toBe(`./srcds_run -game tf +sv_setsteamaccount ${KEY} -port 27015`);
    expect(r('./server -apikey Zk4mQ9rT2vX7bN1cL8wP3sH6 -nogui')).toBe(`./server -apikey ${KEY} -nogui`);
    unchanged('secret "billing-tls-k29fq" not found');
    unchanged('./server -port 27015 -maxplayers 24');
  });
});

describe('bank account and identity numbers named in more languages', () => {
  it('masks an account number named in Welsh, Zulu, Albanian, Hungarian and Armenian, beside a bank', () => {
    expect(r('Banc y Gogledd, rhif cyfrif 71825903.')).toBe(`Banc y Gogledd, rhif cyfrif ${BANK}.`);
    expect(r('Ibhange: Capitec\nInombolo ye-akhawunti: 1938274650')).toBe(`Ibhange: Capitec\nInombolo ye-akhawunti: ${BANK}`);
    expect(r('Banka: Raiffeisen, numri i llogarisë 40129385')).toBe(`Banka: Raiffeisen, numri i llogarisë ${BANK}`);
    expect(r('OTP Bank számlaszám: 11773016')).toBe(`OTP Bank számlaszám: ${BANK}`);
    expect(r('Ameriabank, հաշվեհամար՝ 1570038291')).toBe(`Ameriabank, հաշվեհամար՝ ${BANK}`);
  });

  it('masks numbers that pass a national check under a generic name for an identity number in any language', () => {
    expect(r('Inombolo kamazisi: 8804125078086')).toBe(`Inombolo kamazisi: ${ID}`);
    expect(r('ആധാർ നമ്പർ: 7382 1946 0514')).toBe(`ആധാർ നമ്പർ: ${ID}`);
    expect(r('NAN: 48151623L')).toBe(`NAN: ${ID}`);
    expect(r('Numri personal i klientit: 70219384Q')).toBe(`Numri personal i klientit: ${ID}`);
    expect(r('Миний регистрийн дугаар УБ85031744 байна.')).toBe(`Миний регистрийн дугаар ${ID} байна.`);
  });

  it('masks numbers without a public check named by their own word right before, heading a label, or before "mine is"', () => {
    expect(r('პირადი ნომერი: 01008047215')).toBe(`პირადი ნომერი: ${ID}`);
    expect(r('Nr. personal (NID): K85503417B')).toBe(`Nr. personal (NID): ${ID}`);
    expect(r('NIN: 47120938561')).toBe(`NIN: ${ID}`);
    expect(r('The registration asks for the Karta tal-Identità number. Mine is 512392M.')).toBe(`The registration asks for the Karta tal-Identità number. Mine is ${ID}.`);
    expect(r('नागरिकता नम्बर फारममा चाहिन्छ: 12-01-71-04519')).toBe(`नागरिकता नम्बर फारममा चाहिन्छ: ${ID}`);
  });

  it('keeps numbers that fail the check, numbers far from any name, and identity numbers given as examples', () => {
    unchanged('Inombolo kamazisi: 8804125078087');
    unchanged('Order 01008047215 shipped yesterday.');
    unchanged('Um NIF válido de exemplo é 123456789, como se calcula?');
    unchanged('ნიმუშად ვნახე IBAN GE29 NB00 0000 0101 9049 17, სწორია?');
    unchanged('Ein Beispiel-IBAN aus dem Lehrbuch: DE89 3704 0044 0532 0130 00');
  });

  it('masks an identity number or an IBAN that "for example" introduces as a real case', () => {
    expect(r('Por ejemplo, mi DNI es 48151623L y no lo acepta.')).toBe(`Por ejemplo, mi DNI es ${ID} y no lo acepta.`);
  });
});

describe('passwords, security answers and activation codes in more wordings', () => {
  it('masks a password named in Slovenian, Basque, Yoruba, Armenian and mutated Welsh, a few words before it', () => {
    expect(r('Geslo za knjižnico sem spremenil, zdaj je Breza#4417.')).toBe(`Geslo za knjižnico sem spremenil, zdaj je ${PW}.`);
    expect(r('Wifi-aren pasahitza Itsaso!2291 da.')).toBe(`Wifi-aren pasahitza ${PW} da.`);
    expect(r('Ọ̀rọ̀ aṣínà Wi-Fi ilé wa ni amber-river-stone-44.')).toBe(`Ọ̀rọ̀ aṣínà Wi-Fi ilé wa ni ${PW}.`);
    expect(r('Նրա գաղտնաբառն է Sevan#2026, խնդրում եմ փոխել։')).toBe(`Նրա գաղտնաբառն է ${PW}, խնդրում եմ փոխել։`);
    expect(r("Ei chyfrinair Netflix yw Dolgellau$88 ond mae'n gwrthod.")).toBe(`Ei chyfrinair Netflix yw ${PW} ond mae'n gwrthod.`);
  });

  it("keeps a build's name after a password word, and a Dutch word that contains the Slovenian one", () => {
    unchanged('Password policy changed. The new build is release-candidate-final-2 now.');
    unchanged('De deur is gesloten tot 12:00, bel Jan op 0612345678.');
  });

  it('masks a security answer named before its question, in Spanish, English and Italian, digits allowed', () => {
    expect(r('La respuesta a la pregunta de seguridad ("ciudad natal") es Cuenca85.')).toBe(`La respuesta a la pregunta de seguridad ("ciudad natal") es ${PW}.`);
    expect(r('The answer to my security question is Penhallow Street.')).toBe(`The answer to my security question is ${PW}.`);
    expect(r('La risposta alla domanda di sicurezza è Birba.')).toBe(`La risposta alla domanda di sicurezza è ${PW}.`);
    unchanged('The answer to the security question is no, they never asked.');
  });

  it('masks an activation code with words between its name and its verb, and a first group of capitals only', () => {
    expect(r('The activation code printed inside the lid is QXRT-7KPM-2WZD.')).toBe('The activation code printed inside the lid is [redacted activation code].');
    expect(r('Activation code: HKLM-4QZ8-TR2X')).toBe('Activation code: [redacted activation code]');
    unchanged('The activation code already expired. Order 55120398 was refunded.');
  });
});

describe('a PIN with its owner after it, and backup codes named in more scripts', () => {
  it("masks a PIN followed by one owner word where the number ends the clause, not a year", () => {
    expect(r('Faka i-PIN yekhadi 7741.')).toBe(`Faka i-PIN yekhadi ${PW}.`);
    unchanged('PIN expires 2026.');
  });

  it('masks backup codes named in Nepali, Malayalam and Georgian', () => {
    expect(r('ब्याकअप कोडहरू: 4829 1057, 6630 2291')).toBe('ब्याकअप कोडहरू: [redacted recovery code], [redacted recovery code]');
    expect(r('ബാക്കപ്പ് കോഡുകൾ: 7713 0492, 5580 1936')).toBe('ബാക്കപ്പ് കോഡുകൾ: [redacted recovery code], [redacted recovery code]');
    expect(r('სარეზერვო კოდები: 3307 8812, 9145 6620')).toBe('სარეზერვო კოდები: [redacted recovery code], [redacted recovery code]');
  });
});

describe('values that open nothing', () => {
  it("masks a public token beside its secret twin whatever a comment says, and keeps a vehicle's insurance number", () => {
    const user = Buffer.from('{"u":"fieldmaps","a":"ckq1"}').toString('base64url');
    const sk = `sk.${user}.Qw8rTz3LmN5vB7xC1yH4jK`;
    const pk = `pk.${user}.Zx2Lm5Np8Rt4Wv6Yc1Hd0Q`;
    expect(r(`SECRET = "${sk}"\nPUBLIC = "${pk}"  # public, used on the site`)).toBe(`SECRET = "${KEY}"\nPUBLIC = "${KEY}"  # public, used on the site`);
    unchanged('Kennzeichen: M-XY 4410\nFahrgestellnummer: WVWZZZ1JZXW000001\nVersicherungsnummer: HV-88213094');
    expect(r('Hausratversicherung, Versicherungsnummer 551/2093847-K')).toBe('Hausratversicherung, Versicherungsnummer [redacted policy number]');
  });

  it('keeps another assignment given as a label\'s value, and a docs example quoted in another language', () => {
    unchanged('Docker secrets: MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root. Works?');
    unchanged('В документации: mysql://scott:tiger@localhost/test — что такое scott?');
  });
});
