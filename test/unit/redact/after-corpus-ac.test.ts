import { describe, expect, it } from 'vitest';
import { r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus AC, on values and sentences made up here. */
const ID = '[redacted national id]';

describe('look-alikes kept: a seller’s tax number, a product’s documented default', () => {
  it('keeps a tax number said as what goes on an invoice, in several languages, and masks one said alone', () => {
    unchanged('Şirketimizin vergi numarası 4827361950, e-faturada görünmeli mi?');
    unchanged('Steuernummer 21/815/08150 — muss die auf jede Rechnung?');
    unchanged('Le numéro fiscal 3023217600053 doit-il figurer sur la facture du client ?');
    expect(r('Vergi numaram 4827361950, bunu kimseyle paylaşmamalı mıyım?')).toBe(`Vergi numaram ${ID}, bunu kimseyle paylaşmamalı mıyım?`);
  });

  it("keeps a model's factory default that its manual gives, in several languages, not a value of one's own beside a default", () => {
    unchanged('The intercom handsets default to PIN 1234 according to the quick start guide. Should we change it?');
    unchanged('Laut Handbuch ist die Standard-PIN der Kamera 0000, geht das sicherer?');
    unchanged('Según el manual, el PIN por defecto del altavoz es 0000. ¿Se puede cambiar?');
    expect(r('Our alarm PIN is 4721; the manual says to change the default one.')).not.toContain('4721');
    expect(r('The default PIN per the manual is 1234 and we never changed it, the alarm still uses it.')).not.toContain('1234');
  });
});

describe('identity numbers under a form’s generic "ID no." by their own checks', () => {
  it.each([
    ['an Estonian personal code', '39205142711'],
    ['a Latvian personal code', '210784-12340'],
    ['a JMBG / EMŠO', '1703985710010'],
    ['a Japanese My Number', '5281 7340 9626'],
    ['a Finnish HETU', '130688-417C'],
    ['a Swedish personnummer', '870613-8404'],
    ['a Dutch BSN', '273816457'],
    ['a Belgian national number', '76.11.24-318.53'],
    ['a Portuguese NIF', '238149765'],
    ['a US SSN', '512-44-8073'],
  ])('masks %s', (_, value) => {
    expect(r(`Staff sheet for the new porter:\nfull name: R. Ilves\nID no.: ${value}\nfirst day: 2026-02-02`)).toContain(`ID no.: ${ID}`);
  });

  it('keeps the same shapes when their checks fail', () => {
    unchanged('Staff sheet:\nID no.: 273816458\nfirst day: 2026-02-02');
    unchanged('Staff sheet:\nID no.: 1703985710011\nfirst day: 2026-02-02');
  });
});

describe('a password set apart on a line of its own below the line naming it', () => {
  it('masks it after a question, a label ending its line, or a short bridge, in several languages and scripts', () => {
    expect(r('Ce mot de passe est-il assez fort ?\n\nTr0mbone#Vert')).toBe(`Ce mot de passe est-il assez fort ?\n\n${PW}`);
    expect(r('Benutzer: kasse2\nKennwort:\nFichte-Regen-61')).toBe(`Benutzer: kasse2\nKennwort:\n${PW}`);
    expect(r('Why does the VPN reject my password?\nit is\nHarbour7_Lantern')).toBe(`Why does the VPN reject my password?\nit is\n${PW}`);
    expect(r('管理画面のパスワード：\nmaple-Comet-47')).toBe(`管理画面のパスワード：\n${PW}`);
    expect(r('새 비밀번호:\n\nRiver9!Stone')).toBe(`새 비밀번호:\n\n${PW}`);
  });

  it('keeps versions, file names, assignments and plain words on the lines below', () => {
    unchanged('The password reset broke after the upgrade to\nv4.2.0-rc1');
    unchanged('Password manager export attached:\nvault-2025.csv');
    unchanged('DB_PASSWORD=example-password-do-not-use\nJWT_SECRET=replace-me-with-64-random-bytes');
    unchanged('How do I change my password?\n\nThanks!');
  });
});

describe('a value spelled out or dictated', () => {
  it('masks letters with their case, digits in words, phonetic words and symbols’ names after a secret’s word', () => {
    expect(r('She read it out: the wifi password is small k, capital T, r, o, then four four one, hash')).not.toContain('four four one');
    expect(r('the safe combination is seven three, nine one, four four')).not.toContain('nine one');
    expect(r('IT gave me the login over the phone in NATO: Kilo Lima Seven Papa Three Echo. Is that right?')).not.toContain('Papa Three');
    expect(r('Le mot de passe, épelé au téléphone : M majuscule, a, r, s, deux, zéro, arobase')).not.toContain('deux, zéro');
    expect(r('Die Alarmanlage hat er buchstabiert: sieben, acht, null, zwei, Stern. Ist das der Code?')).not.toContain('acht, null');
  });

  it('keeps Morse code, key signatures, counting and remote buttons', () => {
    unchanged('Morse code for SOS is dot dot dot dash dash dash dot dot dot');
    unchanged('The key signature is C, G, D, A and E major for the exam pieces.');
    unchanged('Press one, two, three on the remote to pair it.');
    unchanged('The door code has four digits, not five.');
  });
});

describe('a PIN or a lock code said with what it opens', () => {
  it('masks it with the opener after the code word, before it, glued to it, or after the number, in many languages', () => {
    expect(r('Koda alarma v skladišču: 4817. Kdo jo ima?')).not.toContain('4817');
    expect(r('Cod y drws cefn yw 5823. Paid â’i rannu.')).not.toContain('5823');
    expect(r('I-PIN yekhadi likamama ngu-2846, angazi ukuthi ngiyishintshe kanjani')).not.toContain('2846');
    expect(r('অফিসের দরজার কোড 3927, কাউকে বলবেন না')).not.toContain('3927');
    expect(r('الرقم السري لهاتفي 58213، لا تخبر أحدا')).not.toContain('58213');
    expect(r('PIN маёй SIM-карткі 7315. Як яго змяніць?')).not.toContain('7315');
    expect(r('ロッカーのcodeは4812です')).not.toContain('4812');
    expect(r('លេខកូដទ្វារ 7719 ហើយវាមិនដំណើរការ')).not.toContain('7719');
    expect(r('Ich habe den Code 6142 für das Tor eingestellt, geht das?')).not.toContain('6142');
    expect(r('Staff room door: 2280# opens, the bike padlock 4471. Can you make a sign?')).not.toMatch(/2280|4471/);
  });

  it("keeps an error's, a postal, a discount's, an approval's code, a gate's or a door's number, a diode", () => {
    unchanged('Error code 4012 on the card terminal, what does it mean?');
    unchanged('Postal code 10115, is that Mitte?');
    unchanged('The discount code 2024 expired.');
    unchanged('Fatura e kartës: Kodi i autorizimit: 557201, shuma 42,00 EUR');
    unchanged('Boarding at gate 12, the door 2280 is on the left.');
    unchanged('Use a PIN diode 1N4148 for the switch.');
  });
});

describe('secrets in layouts: UCI options, PIN columns, sign-in links, bot tokens, passphrases with a remark', () => {
  it("masks an OpenWrt Wi-Fi section's key, and keeps WEP's key index", () => {
    expect(r("config wifi-iface 'guest'\n\toption encryption 'sae'\n\toption key 'Pl4net-Orbit!9'")).toContain(`option key '${PW}'`);
    unchanged("config wifi-iface 'old'\n\toption encryption 'wep'\n\toption key '1'");
  });

  it("masks a CSV's PIN column of four to eight digits, not a chip's pin table", () => {
    expect(r('user,pin,shift\nOlu,4821,early\nMarta,9034,late')).toBe(`user,pin,shift\nOlu,${PW},early\nMarta,${PW},late`);
    unchanged('pin,function,voltage\n3,SDA,3.3V\n5,SCL,3.3V\n7,GPIO4,3.3V');
  });

  it("masks a sign-in link's token, not a search's or a redirect's parameters", () => {
    expect(r('Why 404? https://portal.example.net/login/verify?token=Xk29fLp03QmZr8TnB4wYv7Hs&user=12')).toContain(`token=${KEY}&user=12`);
    unchanged('https://shop.example.com/search?q=running+shoes&page=2');
    unchanged('https://example.com/login?next=/dashboard/settings&lang=en');
  });

  it("masks a bot client's three-part token, whatever letter it opens with", () => {
    expect(r("bot.run('AbCdEf12GhIjKl34MnOp5.Qr6StU.vWxYz78AbCdEf90GhIjKl12MnOpQr3')")).not.toContain('vWxYz78');
  });

  it("masks a recovery list's first code though it has no digit among its letters, once the next code shares its shape", () => {
    expect(r('My backup codes for the shop account:\nqwrt 4821\nzk3m 90pd\nh7vb lq2x')).not.toContain('qwrt 4821');
    unchanged('My backup codes are printed somewhere:\nnote 2024');
  });

  it("masks a WordPress sign-in cookie's value under its site-hashed name", () => {
    const value = 'editor%7C1790000000%7CKq8ZmW2xR7pLt4VnB9cYd3Hs%7C' + 'a1b2c3d4e5f6'.repeat(4);
    expect(r(`Cookie: wordpress_logged_in_0123456789abcdef0123456789abcdef=${value}`)).not.toContain('Kq8ZmW2xR7pLt4VnB9cYd3Hs');
  });

  it('masks a passphrase of plain words with a remark in parentheses after it', () => {
    expect(r('The passphrase is lantern orchid pebble walrus quartz (lowercase, no dashes).')).toBe(`The passphrase is ${PW} (lowercase, no dashes).`);
  });
});
