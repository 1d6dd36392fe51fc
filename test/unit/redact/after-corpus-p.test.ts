import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER, LOWER_DIGITS, PW, UPPER_DIGITS } from './made-up';

/** The general rules added after held-out corpus P, on values made up here. */
const pick = picker(2053);
const ID = '[redacted national id]';
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;
/** A password beyond doubt: capitals, small letters, digits and a symbol no user name carries. */
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 5)}${pick('!#$%*', 1)}${pick(DIGITS, 3)}`;
/** A random token in both cases with digits. */
const token = (n: number) => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 1)}${pick('23456789', 1)}${pick(ALNUM, n - 3)}`;
/** Letters and digits, both present. */
const mixed = (n: number) => `${pick(LOWER, 1)}${pick(DIGITS, 1)}${pick(LOWER_DIGITS, n - 2)}`;

describe('passwords named in Korean, Thai and Vietnamese', () => {
  it('masks them after the languages’ words, run together or with many words before the verb', () => {
    const [a, b, c, d] = [strong(), strong(), strong(), strong()];
    expect(r(`매장 POS 비번 ${a}`)).toBe(`매장 POS 비번 ${PW}`);
    expect(r(`รหัส Wi-Fi: ${b}`)).toBe(`รหัส Wi-Fi: ${PW}`);
    expect(r(`รหัสผ่านเครื่องพิมพ์สำนักงานคือ ${c} นะ`)).toBe(`รหัสผ่านเครื่องพิมพ์สำนักงานคือ ${PW} นะ`);
    expect(r(`Mật khẩu tài khoản ngân hàng của công ty mình là ${d}`)).toBe(`Mật khẩu tài khoản ngân hàng của công ty mình là ${PW}`);
  });

  it('keeps the words without a password after them', () => {
    unchanged('비번 바꾸는 방법 알려줘');
    unchanged('รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร');
    unchanged('Mật khẩu của tôi là quá ngắn');
  });
});

describe('codes named by what they open, in more languages', () => {
  it('masks them', () => {
    const v = Array.from({ length: 9 }, () => code(4));
    expect(r(`The Becker radio code is ${v[0]}, how do I enter it?`)).toBe(`The Becker radio code is ${PW}, how do I enter it?`);
    expect(r(`Temporary void code: ${v[1]}.`)).toBe(`Temporary void code: ${PW}.`);
    expect(r(`Storage room keypad: ${v[2]}`)).toBe(`Storage room keypad: ${PW}`);
    expect(r(`Grindkoden till gården är ${v[3]}.`)).toBe(`Grindkoden till gården är ${PW}.`);
    expect(r(`Nyckelskåpet vid garaget har kod ${v[4]}.`)).toBe(`Nyckelskåpet vid garaget har kod ${PW}.`);
    expect(r(`Sleutelkastje naast de voordeur: code ${v[5]}.`)).toBe(`Sleutelkastje naast de voordeur: code ${PW}.`);
    expect(r(`Mã mở khóa cửa sau là ${v[6]} nhé`)).toBe(`Mã mở khóa cửa sau là ${PW} nhé`);
    expect(r(`ナビのセキュリティコードは ${v[7]} です`)).toBe(`ナビのセキュリティコードは ${PW} です`);
    expect(r(`house alarm ${v[8]} then press OFF`)).toBe(`house alarm ${PW} then press OFF`);
    expect(r(`Sejf w biurze — szyfr 12-40-07`)).toBe(`Sejf w biurze — szyfr ${PW}`);
    expect(r(`ล็อกเกอร์ 7 รหัส 31-05-22`)).toBe(`ล็อกเกอร์ 7 รหัส ${PW}`);
  });

  it('keeps numbers the words make something else', () => {
    unchanged('The radio station is 1045 FM');
    unchanged('Mã bưu chính là 700000');
    unchanged('set the alarm 0630 tomorrow');
    unchanged('Nyckelskåpet har plats för 12 nycklar');
    unchanged(`Name\tCity\tPIN code\nRavi\tChennai\t${code(6)}\nAsha\tPune\t${code(6)}`);
  });
});

describe('keys and codes by their shape or by what stands beside them', () => {
  it('masks Ghost Admin API keys, YouTube stream keys, claim codes and key pairs’ secrets', () => {
    const admin = `${pick(HEX, 24)}:${pick(HEX, 64)}`;
    expect(r(`GHOST_ADMIN_KEY=${admin}`)).toBe(`GHOST_ADMIN_KEY=${KEY}`);
    expect(r(`the integration key ${admin} stopped working`)).toBe(`the integration key ${KEY} stopped working`);
    const yt = `${pick(LOWER, 2)}${pick(DIGITS, 2)}-${pick(LOWER, 1)}${pick(DIGITS, 3)}-${mixed(4)}-${mixed(4)}-${mixed(4)}`;
    expect(r(`Stream Key: ${yt}`)).toBe(`Stream Key: ${KEY}`);
    const claim = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${pick(DIGITS, 1)}-${pick(UPPER_DIGITS, 4)}-${pick(UPPER_DIGITS, 4)}-${pick(UPPER_DIGITS, 4)}`;
    expect(r(`Prize claim code: ${claim} (keep it safe)`)).toBe(`Prize claim code: ${PW} (keep it safe)`);
    const secret = mixed(12);
    expect(r(`Shop API: key ${mixed(24)} shared secret ${secret}`)).not.toContain(secret);
  });

  it('keeps public keys in their public place and look-alikes', () => {
    const content = pick(HEX, 26);
    unchanged(`const api = new GhostContentAPI({ url: 'https://blog.example.org', key: '${content}', version: 'v5.0' });`);
    unchanged(`<script src="https://cdn.example.net/ghost/portal.min.js" data-ghost="https://blog.example.org/" data-key="${content}"></script>`);
    unchanged(`Analytics project token (ships in the page): ${pick(HEX, 32)}`);
    unchanged(`Search-only key for the browser: SEARCH_KEY=${pick(HEX, 32)}`);
    unchanged('the order ref abcd-efgh-ijkl-mnop-qrst is late');
    unchanged(`primary key id ${code(8)} secret santa2024`);
  });
});

describe('secrets named by a login, a licence, a seed label or a CLI', () => {
  it('masks them', () => {
    const [a, b] = [strong(), strong()];
    expect(r(`Club treasurer login for the booking site: ${a} (user in the handbook)`)).toBe(`Club treasurer login for the booking site: ${PW} (user in the handbook)`);
    expect(r(`de inlog van de gedeelde mailbox is ${b}, niet delen`)).toBe(`de inlog van de gedeelde mailbox is ${PW}, niet delen`);
    const blob = token(120);
    expect(r(`my licence for the scanner (do not share):\n${blob}\nthanks`)).toBe(`my licence for the scanner (do not share):\n${KEY}\nthanks`);
    const words = Array.from({ length: 12 }, () => wordlist[Number(pick(DIGITS, 4)) % 2048]!).join(' ');
    expect(r(`seed: ${words}`)).not.toContain(words);
    const tokenOut = `${pick(HEX, 8)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 12)}`;
    expect(r(`heroku auth:token\n ›   Warning: token will expire soon\n${tokenOut}`)).not.toContain(tokenOut);
    const chat = strong();
    expect(r(`<ana> pass for the office wifi?\n<ben> ${chat}`)).toBe(`<ana> pass for the office wifi?\n<ben> ${PW}`);
    expect(r(`T.C. kimlik numaram ${code(9)}, lütfen`)).toBe(`T.C. kimlik numaram ${ID}, lütfen`);
    expect(r(`Passport number for the travel agency's visa form: X${code(8)}`)).toBe(`Passport number for the travel agency's visa form: ${ID}`);    const c = strong();
    expect(r(`I changed it to ${c} — that's the new password for the shop`)).toBe(`I changed it to ${PW} — that's the new password for the shop`);
  });

  it('keeps look-alikes', () => {
    unchanged('login failed: Error#42! again');
    unchanged('it is 2024-01-05 — that’s the password expiry date');
    unchanged('set it to Abc-1234x — that is the password policy example');
    unchanged('Login: admin-2024');
    unchanged('the login page is https://example.org/login?next=1');
    unchanged('our license: MIT\nabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmn');
    unchanged(`The public test FTP server from the vendor docs: ftp.example.net user demo password ${strong()} — can I use it for CI?`);
  });
});
