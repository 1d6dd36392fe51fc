import { wordlist } from '@scure/bip39/wordlists/english.js';
import { mnemonicToEntropy } from '@scure/bip39';
import { describe, expect, it } from 'vitest';
import { taiwanIdValid } from '../../../lib/redact/ids-named-more-ways';
import { picker, r, unchanged, DIGITS, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus Q, on values made up here. */
const pick = picker(3071);
const ID = '[redacted national id]';
const BANK = '[redacted bank account]';
/** A password beyond doubt: a capital, small letters, a symbol and digits. */
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 6)}${pick('!#$%*@', 1)}${pick(DIGITS, 3)}`;

const TW_LETTER = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
function taiwanId(): string {
  const letter = pick('ABCDEFGHJKLMNPQRSTUVXYWZ', 1);
  const body = `${pick('12', 1)}${pick(DIGITS, 7)}`;
  const code = 10 + TW_LETTER.indexOf(letter);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (8 - i);
  return `${letter}${body}${(10 - (sum % 10)) % 10}`;
}
function luhnDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}
function emiratesId(): string {
  const year = `19${pick('6789', 1)}${pick(DIGITS, 1)}`;
  const serial = pick(DIGITS, 7);
  return `784-${year}-${serial}-${luhnDigit(`784${year}${serial}`)}`;
}
function hetu(): string {
  const date = `${pick('12', 1)}${pick('12345678', 1)}0${pick('123456789', 1)}${pick('5678', 1)}${pick(DIGITS, 1)}`;
  const n = `${pick('123456789', 1)}${pick(DIGITS, 2)}`;
  return `${date}-${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + n) % 31]}`;
}
function routing(): string {
  for (;;) {
    const d = `0${pick('123456789', 1)}${pick(DIGITS, 7)}`;
    const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
    if ([...d].reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 10 === 0) return d;
  }
}
/** A valid 12-word phrase: words drawn until the checksum holds. */
function phrase(): string {
  for (;;) {
    const words = Array.from({ length: 12 }, () => wordlist[Number(pick(DIGITS, 4)) % 2048]!).join(' ');
    try {
      mnemonicToEntropy(words, wordlist);
      return words;
    } catch {
      // checksum failed: draw again
    }
  }
}

describe('a password a few words after a password word in any language', () => {
  it('masks a password beyond doubt, whatever the words between', () => {
    const [a, b, c, d] = [strong(), strong(), strong(), strong()];
    expect(r(`路由器管理密码 ${a}，怎么关掉 IPv6？`)).toBe(`路由器管理密码 ${PW}，怎么关掉 IPv6？`);
    expect(r(`كلمة مرور حساب المدير في نظام المخزن هي ${b} ، كيف أغيرها؟`)).toBe(`كلمة مرور حساب المدير في نظام المخزن هي ${PW} ، كيف أغيرها؟`);
    expect(r(`Password email kantor cabang kami ${c}, tolong bantu`)).toBe(`Password email kantor cabang kami ${PW}, tolong bantu`);
    expect(r(`the pass for the family Spotify is ${d} pero no se lo digas`)).toBe(`the pass for the family Spotify is ${PW} pero no se lo digas`);
  });

  it('keeps examples, rules, lists, errors, links and plain words', () => {
    unchanged('the password must contain a symbol, e.g. Summer!2024 or similar');
    unchanged('our password blocklist: password, qwerty, Welcome1, Passw0rd!');
    unchanged('password reset link: https://example.org/reset?t=Ab1!');
    unchanged('login failed for user Admin_01! from 10.0.0.4');
    unchanged('the password for the staging box is in the vault under ops/staging');
    unchanged('密码 要求 8 位以上');
  });
});

describe('national numbers named in more ways', () => {
  it('masks them by their check and their name', () => {
    const [tw, eid, fi] = [taiwanId(), emiratesId(), hetu()];
    expect(taiwanIdValid(tw)).toBe(true);
    expect(r(`我的身分證字號是 ${tw}，要帶什麼？`)).toBe(`我的身分證字號是 ${ID}，要帶什麼？`);
    expect(r(`رقم الهوية الخاص بي هو ${eid} ، ما هي الخطوات؟`)).toBe(`رقم الهوية الخاص بي هو ${ID} ، ما هي الخطوات؟`);
    expect(r(`Henkilötunnukseni on ${fi}.`)).toBe(`Henkilötunnukseni on ${ID}.`);
    expect(r('मेरा PAN कार्ड नंबर ABCPK1234Q है')).toBe(`मेरा PAN कार्ड नंबर ${ID} है`);
    expect(r(`Паспорт РФ, серия и номер: ${pick('123456789', 1)}${pick(DIGITS, 3)} ${pick(DIGITS, 6)}`)).toContain(ID);
  });

  it('keeps the numbers without their name, or with a failing check', () => {
    const tw = taiwanId();
    const wrong = `${tw.slice(0, 9)}${(Number(tw[9]) + 1) % 10}`;
    expect(taiwanIdValid(wrong)).toBe(false);
    unchanged(`身分證字號 ${wrong}`);
    unchanged(`order ${taiwanId()} shipped`);
    unchanged(`support ticket ${emiratesId()} closed`);
    unchanged('part ABCPK1234Q is out of stock');
  });
});

describe('public numbers of banks and companies', () => {
  it('keeps a routing number alone and a CNPJ', () => {
    unchanged(`BIC DEUTDEFF, sort code 20-00-00, ABA routing ${routing()} — the same kind of thing?`);
    unchanged('CNPJ da empresa: 11.222.333/0001-81 (está na nota fiscal)');
  });

  it('masks a routing number beside an account', () => {
    const rt = routing();
    expect(r(`direct deposit: routing ${rt}, account 4402${pick(DIGITS, 6)}`)).toBe(`direct deposit: routing ${BANK}, account ${BANK}`);
  });
});

describe('seed phrases named in more languages', () => {
  it('masks a phrase after Russian, Greek and Indonesian wallet words', () => {
    for (const label of ['Фраза восстановления кошелька:', 'Η φράση ανάκτησης του πορτοφολιού:', 'Frasa pemulihan dompet saya:']) {
      const p = phrase();
      expect(r(`${label} ${p}`)).toBe(`${label} [redacted seed phrase]`);
    }
  });
});

describe('codes named with accented or Chinese words', () => {
  it('masks them', () => {
    const [a, b] = [`${pick('123456789', 1)}${pick(DIGITS, 3)}`, `${pick('123456789', 1)}${pick(DIGITS, 3)}`];
    expect(r(`hija el código del portón es ${a} y la llave`)).toBe(`hija el código del portón es ${PW} y la llave`);
    expect(r(`大门密码是 ${b}#，钥匙在前台`)).toBe(`大门密码是 ${PW}#，钥匙在前台`);
    expect(r(`la llave está en la caja de seguridad del garaje, combinación 2-7-1-9.`)).toBe(`la llave está en la caja de seguridad del garaje, combinación ${PW}.`);
  });

  it('keeps lengths, errors and ports', () => {
    unchanged('密码要求 8 位以上');
    unchanged('错误代码 1234');
    unchanged('el código del puerto 8080 está abierto');
  });
});

describe('a value an official source uses', () => {
  it('keeps it where the line says so', () => {
    unchanged('The official Grafana tutorial uses the credentials "password: admin123" — should I change it?');
    unchanged('The MySQL Docker Hub page example uses MYSQL_ROOT_PASSWORD=my-secret-pw — is that safe?');
  });

  it('masks it where the line makes it the writer’s own', () => {
    const p = strong();
    expect(r(`The official tutorial uses admin, but my password is ${p}`)).not.toContain(p);
  });
});

describe('a truncated private key before a full one', () => {
  const body = () => Array.from({ length: 3 }, () => pick(`${LOWER}ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}+/`, 64)).join('\n');
  it('masks each key and keeps the prose between them', () => {
    const [a, b] = [body(), body()];
    const text = `here's the start of it:\n-----BEGIN PRIVATE KEY-----\n${a}\n\nand now the whole one, why does it fail?\n-----BEGIN PRIVATE KEY-----\n${b}\n-----END PRIVATE KEY-----`;
    expect(r(text)).toBe("here's the start of it:\n[redacted private key]\n\nand now the whole one, why does it fail?\n[redacted private key]");
  });

  it('still takes a key with headers and a blank line, or flattened on one line, to its END', () => {
    const a = body();
    expect(r(`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0F1E2D3C\n\n${a}\n-----END RSA PRIVATE KEY-----\nok`)).toBe('[redacted private key]\nok');
    expect(r(`key: -----BEGIN PRIVATE KEY----- ${a.replace(/\n/g, ' ')} -----END PRIVATE KEY----- ok`)).toBe('key: [redacted private key] ok');
  });
});

describe('names that say what the value is', () => {
  it('masks a passkey and keeps a hashed secret', () => {
    const hex = () => pick('0123456789abcdef', 64);
    expect(r(`MPESA_PASSKEY=${hex()}`)).toBe('MPESA_PASSKEY=[redacted api key]');
    unchanged(`"hashed_secret": "${pick('0123456789abcdef', 40)}"`);
  });

  it('masks a second password in the same sentence', () => {
    const [a, b] = [strong(), strong()];
    expect(r(`Das WLAN-Passwort für die Gäste ist ${a}, das für das Büro-Netz ${b}.`)).toBe(`Das WLAN-Passwort für die Gäste ist ${PW}, das für das Büro-Netz ${PW}.`);
  });
});
