import { describe, expect, it } from 'vitest';
import { rnokppValid } from '../../../lib/redact/ids-in-further-languages';
import { picker, r, unchanged, ALNUM, DIGITS, KEY, LOWER, PW, UPPER_DIGITS } from './made-up';

/** The general rules added after held-out corpus O, on values made up here. */
const pick = picker(2041);
const ID = '[redacted national id]';
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;
/** A code in capitals and digits with both in it, as printed codes are. */
const capsCode = (n: number) => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('23456789', 1)}${pick(UPPER_DIGITS, n - 2)}`;
/** A password beyond doubt: capitals, small letters, a digit and a symbol. */
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 6)}${pick('!#$%@', 1)}${pick(DIGITS, 2)}`;
/** A random token in both cases with digits. */
const token = (n: number) => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 1)}${pick('23456789', 1)}${pick(ALNUM, n - 3)}`;

describe('codes, PINs and passwords named in more languages', () => {
  it('masks them after the languages’ words for password, PIN, code, of and is', () => {
    const [a, b, c, d, e, f] = [strong(), strong(), code(4), code(6), code(8), code(4)];
    expect(r(`Parola mea pentru contul de la bancă (app) este ${a} — ajutor`)).toBe(`Parola mea pentru contul de la bancă (app) este ${PW} — ajutor`);
    expect(r(`A jelszavam a Netflixhez ${b}, kérlek segíts`)).toBe(`A jelszavam a Netflixhez ${PW}, kérlek segíts`);
    expect(r(`PIN-ul telefonului este ${c}.`)).toBe(`PIN-ul telefonului este ${PW}.`);
    expect(r(`A szekrény PIN-kódja ${d}`)).toBe(`A szekrény PIN-kódja ${PW}`);
    expect(r(`PUK-koden til mobilen er ${e}`)).toBe(`PUK-koden til mobilen er ${PW}`);
    expect(r(`Mon NIP de carte est ${f}, merci`)).toBe(`Mon NIP de carte est ${PW}, merci`);
    expect(r(`Kodi ya mlango ni ${code(4)}.`)).toBe(`Kodi ya mlango ni ${PW}.`);
    expect(r(`Portkoden er ${code(4)}`)).toBe(`Portkoden er ${PW}`);
    expect(r(`Kombinationen til skabet er ${code(4)}`)).toBe(`Kombinationen til skabet er ${PW}`);
    expect(r(`The register 3 manager code is ${code(4)}, sorry`)).toBe(`The register 3 manager code is ${PW}, sorry`);
    expect(r(`என் wifi கடவுச்சொல் ${strong()} — உதவி`)).toBe(`என் wifi கடவுச்சொல் ${PW} — உதவி`);
    expect(r(`ny kode til skrivebordet er ${strong()}`)).toBe(`ny kode til skrivebordet er ${PW}`);
  });

  it('keeps numbers the words make something else', () => {
    unchanged(`Kodi ya nyumba ni 15000 kwa mwezi`);
    unchanged(`kode promo ya duka ni 2024`);
    unchanged(`NIP: 5261040828 (firma)`);
    unchanged(`The product code is 4471, the manager said`);
    unchanged(`Parola mea pentru cont este prea scurtă`);
  });
});

describe('access codes with letters, named by what they are for', () => {
  it('masks Steam Guard, backup, exam and access codes and code words, a list whole', () => {
    const [a, b, c, d, e] = [capsCode(5), capsCode(5), capsCode(5), capsCode(6), capsCode(8)];
    expect(r(`Steam Guard code ${a} — quick, it expires`)).toBe(`Steam Guard code ${PW} — quick, it expires`);
    expect(r(`my 2FA backup codes: ${b}, ${c}`)).toBe(`my 2FA backup codes: ${PW}, ${PW}`);
    expect(r(`Room 4 access code for the proctors: ${d}`)).toBe(`Room 4 access code for the proctors: ${PW}`);
    expect(r(`Lockdown browser exam password for Bio 210 final: ${e} (keep it quiet)`)).toBe(`Lockdown browser exam password for Bio 210 final: ${PW} (keep it quiet)`);
    const word = strong();
    expect(r(`Safe word for the school pickup: ${word}`)).toBe(`Safe word for the school pickup: ${PW}`);
  });

  it('keeps product, promo and error codes and plain words', () => {
    unchanged(`Promo code SPRING25 gives 25% off`);
    unchanged(`Error code E4012X on the access point`);
    unchanged(`Steam Guard code is on my phone, give me a minute`);
    unchanged(`backup codes: printed and stored in the safe`);
  });
});

describe('national numbers named in Urdu, Swahili, Ukrainian and Tamil', () => {
  it('masks a CNIC, a KRA PIN, an РНОКПП that passes its check and a PAN', () => {
    const cnic = `${code(5)}-${pick(DIGITS, 7)}-${pick(DIGITS, 1)}`;
    expect(r(`میرا CNIC نمبر ${cnic} ہے`)).toBe(`میرا CNIC نمبر ${ID} ہے`);
    const kra = `A${pick(DIGITS, 9)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;
    expect(r(`KRA PIN ya kampuni ni ${kra}, asante`)).toBe(`KRA PIN ya kampuni ni ${ID}, asante`);
    let rnokpp = code(10);
    while (!rnokppValid(rnokpp)) rnokpp = code(10);
    expect(r(`Мій ІПН ${rnokpp}, дякую`)).toBe(`Мій ІПН ${ID}, дякую`);
    const pan = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 5)}${pick(DIGITS, 4)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;
    expect(r(`அப்பாவின் PAN எண் ${pan} தான்`)).toBe(`அப்பாவின் PAN எண் ${ID} தான்`);
  });

  it('keeps a number no name claims, and an РНОКПП whose check fails', () => {
    let rnokpp = code(10);
    while (!rnokppValid(rnokpp)) rnokpp = code(10);
    const broken = rnokpp.slice(0, 9) + String((Number(rnokpp[9]) + 1) % 10);
    unchanged(`РНОКПП: ${broken}`);
    unchanged(`Номер замовлення ${rnokpp}`);
    unchanged(`Order ${code(5)}-${pick(DIGITS, 7)}-${pick(DIGITS, 1)} shipped`);
  });
});

describe('command lines, URLs and tables', () => {
  it('masks mcrcon -p, jenkins-cli -auth, a key after /api/, a one-case key after --key, a Twitch key', () => {
    const pw = strong();
    expect(r(`mcrcon -H 10.0.0.5 -p ${pw} "say hi"`)).toBe(`mcrcon -H 10.0.0.5 -p ${PW} "say hi"`);
    const hex = pick('0123456789abcdef', 34);
    expect(r(`java -jar jenkins-cli.jar -s http://ci/ -auth bob:${hex} build x`)).toBe(`java -jar jenkins-cli.jar -s http://ci/ -auth bob:${PW} build x`);
    const hue = token(40);
    expect(r(`GET http://10.0.0.9/api/${hue}/groups/1`)).toBe(`GET http://10.0.0.9/api/${KEY}/groups/1`);
    const oneCase = `${capsCode(10)}${pick('23456789', 2)}${pick('GHJKLMNPQRSTUVWXYZ', 4)}${pick(UPPER_DIGITS, 6)}`;
    expect(r(`syncer --url https://x.local --key ${oneCase} --dry-run`)).toBe(`syncer --url https://x.local --key ${KEY} --dry-run`);
    const twitch = `live_${code(9)}_${token(30)}`;
    expect(r(`obs: ${twitch}`)).toBe(`obs: ${KEY}`);
  });

  it('masks a kubectl secret field printed in base64 on the next line', () => {
    const b64 = Buffer.from(strong()).toString('base64');
    expect(r(`kubectl get secret app-db -o jsonpath='{.data.password}'\n${b64}`)).toBe(`kubectl get secret app-db -o jsonpath='{.data.password}'\n${PW}`);
  });

  it('masks spreadsheet columns headed as PINs and lock codes, and keeps other columns', () => {
    const [p1, p2, c1] = [code(4), code(4), strong()];
    expect(r(`Site\tAlarm PIN\tGate code\tManager\nNorth\t${p1}\t${c1}\tAna\nSouth\t${p2}\t-\tLi`)).toBe(
      `Site\tAlarm PIN\tGate code\tManager\nNorth\t${PW}\t${PW}\tAna\nSouth\t${PW}\t-\tLi`,
    );
    unchanged(`City\tCountry code\tDial code\nPune\tIN\t91`);
    unchanged(`Item\tProduct code\tQty\nMug\tMG-2210\t4`);
  });

  it('masks an SSN glued to its label’s colon in a CSV row, and keeps one after a time', () => {
    expect(r(`row 3: Li,Ana,SSN:219-44-${code(4)},2024-01-01`)).toBe(`row 3: Li,Ana,SSN:[redacted ssn],2024-01-01`);
    unchanged(`log 10:219-44-5512 ok`);
  });

  it('keeps a hash scheme pattern, a random /api/ id in one case, a plain --key, and a docs demo site login', () => {
    unchanged(`SELECT count(*) FROM users WHERE pwd_hash LIKE '$2b$%'`);
    unchanged(`GET /api/${pick('0123456789abcdef', 32)}/items`);
    unchanged(`openssl s_server --key server.pem --cert server.crt`);
    unchanged(`On the official demo site (demo.example.org) log in as "manager" / "${strong()}" — it resets nightly`);
  });
});
