import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as koreanWords } from '@scure/bip39/wordlists/korean.js';
import { wordlist as chineseWords } from '@scure/bip39/wordlists/simplified-chinese.js';
import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, KEY, LOWER } from './made-up';

/** The general rules added after held-out corpus T, on values made up here. */
const pick = picker(6203);

describe('keys kept as public or placeholders', () => {
  it('keeps a key the prose line above introduces as the public key, in Spanish or French', () => {
    const k = `APP_USR-${pick(ALNUM, 24)}`;
    unchanged(`El formulario usa la clave pública:\n\nconst client = new Widget('${k}');`);
    unchanged(`Le front charge la clé publique :\n\ninit("${k}")`);
  });

  it('still masks the key when its own line names it secret, or the line above does not call it public', () => {
    const k = pick(ALNUM, 32);
    expect(r(`El formulario usa la clave pública:\nconst secretKey = '${k}';`)).toBe(`El formulario usa la clave pública:\nconst secretKey = '${KEY}';`);
    expect(r(`Our backend uses this key:\nconst apiKey = '${k}';`)).toBe(`Our backend uses this key:\nconst apiKey = '${KEY}';`);
  });

  it('keeps a key in a data-…key attribute of a page tag, not a bare api_key assignment', () => {
    const k = pick(ALNUM, 22);
    unchanged(`<script src="https://pay.example.net/widget.js" data-client-key="${k}"></script>`);
    expect(r(`api_key = "${k}"`)).toBe(`api_key = "${KEY}"`);
  });

  it('keeps a token written as its prefix and one repeated character, not a random body', () => {
    unchanged('curl -H "Authorization: Bearer ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" https://api.github.com/user');
    unchanged('export OPENAI_API_KEY=sk-****************************');
    const live = `ghp_${pick(ALNUM, 36)}`;
    expect(r(`curl -H "Authorization: Bearer ${live}"`)).not.toContain(live);
  });
});

describe('passwords in more layouts', () => {
  const PWD = '[redacted password]';

  it('masks a value alone on the line below a password label alone on its line, indented or after a blank line', () => {
    const v = `${pick(ALNUM, 9)}#${pick(DIGITS, 3)}`;
    expect(r(`Benutzer\nkasse3\n\nPasswort\n\n${v}\n\nWie exportiere ich das?`)).toBe(`Benutzer\nkasse3\n\nPasswort\n\n${PWD}\n\nWie exportiere ich das?`);
    expect(r(`Service account:\n    svc_backup\nPassword:\n    ${v}\n`)).toBe(`Service account:\n    svc_backup\nPassword:\n    ${PWD}\n`);
  });

  it('keeps a heading "Password" over a sentence or a setting word', () => {
    unchanged('Password\nRequired\n\nUsername\nOptional');
    unchanged('Password\nUse at least twelve characters, mixing cases.');
  });

  it('masks the password column of a table headed in Greek, Hungarian or Vietnamese, not a role column', () => {
    const a = `${pick(ALNUM, 12)}`;
    const b = `Quartz${pick(DIGITS, 4)}!`;
    expect(r(`Χρήστης | Ρόλος | Κωδικός\nmaria | admin | ${b}`)).toBe(`Χρήστης | Ρόλος | Κωδικός\nmaria | admin | ${PWD}`);
    expect(r(`Felhasználó\tJelszó\nrecepcio\t${b}`)).toBe(`Felhasználó\tJelszó\nrecepcio\t${PWD}`);
    unchanged(`Χρήστης | Ρόλος\nmaria | administrator`);
    void a;
  });

  it('masks the code column of a table of cards, not a column of three digits in another table', () => {
    const card = '4539 1488 0343 6467';
    const out = r(`| team | card number | exp | cvv |\n|---|---|---|---|\n| Sales | ${card} | 08/29 | 318 |`);
    expect(out).toContain('| [redacted card number] | 08/29 | [redacted card number] |');
    unchanged('| room | floor | cvc |\n|---|---|---|\n| A | 2 | 318 |');
  });

  it('masks a value that opens its line and the words after it name a password', () => {
    const v = `Harbor${pick(DIGITS, 3)}!${pick(ALNUM, 4)}`;
    expect(r(`${v} — that's the password for the front-desk PC.`)).toBe(`${PWD} — that's the password for the front-desk PC.`);
    unchanged('Settings — that is the password page in the admin panel.');
  });

  it('masks a password after a filler word or a relative clause, in German and Portuguese', () => {
    const v = `cobalt-${pick(LOWER, 6)}-${pick(DIGITS, 2)}`;
    expect(r(`Das Router-Passwort ist übrigens ${v}, falls nötig.`)).toBe(`Das Router-Passwort ist übrigens ${PWD}, falls nötig.`);
    const n = `${pick('123456789', 1)}${pick(DIGITS, 5)}`;
    expect(r(`Ele me deu a senha do app, que é ${n}. E agora?`)).toBe(`Ele me deu a senha do app, que é ${PWD}. E agora?`);
    unchanged('A senha do app, que é obrigatória, precisa de oito caracteres.');
  });

  it('masks a password of random-case letters only, and keeps camel-cased names and words', () => {
    const v = 'qWRvTyPKeL';
    expect(r(`WLAN-Passwort: ${v}`)).toBe(`WLAN-Passwort: ${PWD}`);
    expect(r(`the wifi password is ${v}.`)).toBe(`the wifi password is ${PWD}.`);
    unchanged('the password is JavaScript.');
    unchanged('the password is getUserById.');
    unchanged('the password field is McDonald');
  });
});

describe('IBANs named but of another length', () => {
  it('masks a run the word IBAN names whose mod 97 holds though its length is not the registry’s, not one that fails', () => {
    // MU + check digits + 26 characters + a currency code: 33 characters, one more than the registry's 30 plus letters.
    const body = 'BOMM0101101030300200000MUR';
    const check = (98 - Number(BigInt((body + 'MU00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n)).toString().padStart(2, '0');
    const iban = `MU${check}${body}`;
    expect(r(`Their IBAN is ${iban}; it bounced.`)).toBe(`Their IBAN is [redacted iban]; it bounced.`);
    const broken = `MU${check}${body.slice(0, -4)}9${body.slice(-3)}`;
    unchanged(`Their IBAN is ${broken}; it bounced.`);
  });
});

describe('PINs and secret codes named in more ways', () => {
  const PWD = '[redacted password]';
  const n = () => `${pick('123456789', 1)}${pick(DIGITS, 5)}`;

  it('masks a PIN whose word carries a possessive or the card it belongs to', () => {
    const a = n();
    expect(r(`Kartu debit saya hilang, PIN-ku ${a}, tolong bantu.`)).toBe(`Kartu debit saya hilang, PIN-ku ${PWD}, tolong bantu.`);
    const b = n();
    expect(r(`Im Brief steht die PIN.QES ${b} für die Signatur.`)).toBe(`Im Brief steht die PIN.QES ${PWD} für die Signatur.`);
    const c = n();
    expect(r(`Kartın PIN'im ${c} idi.`)).toBe(`Kartın PIN'im ${PWD} idi.`);
  });

  it('keeps a PIN word before a length or a year', () => {
    unchanged('Die PIN.SMC hat 6 Stellen.');
    unchanged('PIN-nya 6 digit.');
  });

  it('masks a code named the secret one in French, Spanish, Italian and Indonesian', () => {
    const a = pick(DIGITS, 4);
    expect(r(`je lui ai donné mon code secret ${a} au téléphone`)).toBe(`je lui ai donné mon code secret ${PWD} au téléphone`);
    expect(r(`mi código secreto es ${a}.`)).toBe(`mi código secreto es ${PWD}.`);
    expect(r(`il codice segreto: ${a}`)).toBe(`il codice segreto: ${PWD}`);
    expect(r(`kode rahasia ${a} sudah saya ganti`)).toBe(`kode rahasia ${PWD} sudah saya ganti`);
  });

  it('keeps a secret code given as a length, a price or a year-like decimal', () => {
    unchanged('le code secret 4 chiffres ne marche plus');
    unchanged('el código secreto tiene 4 dígitos');
    unchanged('code secret 2024.5 du manuel');
  });
});

describe('identity and bank numbers by name and check, in more countries', () => {
  const ID = '[redacted national id]';
  const ACCOUNT = '[redacted bank account]';
  const digits = (n: number) => pick(DIGITS, n);

  /** Redraws `make` until `valid` holds: the made-up numbers carry their real check digits. */
  function until(make: () => string, valid: (s: string) => boolean): string {
    for (;;) {
      const v = make();
      if (valid(v)) return v;
    }
  }
  const clabe = (d: string) => {
    let s = 0;
    for (let i = 0; i < 17; i++) s += (Number(d[i]) * [3, 7, 1][i % 3]!) % 10;
    return (10 - (s % 10)) % 10 === Number(d[17]);
  };
  const block = (d: string, from: number, w: number[]) => (10 - (w.reduce((s, x, i) => s + Number(d[from + i]) * x, 0) % 10)) % 10 === Number(d[from + w.length]);
  const cbu = (d: string) => block(d, 0, [7, 1, 3, 9, 7, 1, 3]) && block(d, 8, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]);
  const rib = (d: string) => 97 - Number((BigInt(d.slice(0, 22)) * 100n) % 97n) === Number(d.slice(22));
  const icao = (s: string) => {
    let t = 0;
    for (let i = 0; i < s.length - 1; i++) t += (/\d/.test(s[i]!) ? Number(s[i]) : s.charCodeAt(i) - 55) * [7, 3, 1][i % 3]!;
    return t % 10 === Number(s[s.length - 1]);
  };

  it('masks a CLABE, a CBU and a 24-digit RIB by name and check, and keeps the same digits failing it', () => {
    const c = until(() => digits(18), clabe);
    expect(r(`Mi CLABE: ${c}, gracias`)).toBe(`Mi CLABE: ${ACCOUNT}, gracias`);
    unchanged(`Mi CLABE: ${c.slice(0, 17)}${(Number(c[17]) + 1) % 10}, gracias`);
    const b = until(() => digits(22), cbu);
    expect(r(`Te paso el CBU ${b} para la transferencia`)).toBe(`Te paso el CBU ${ACCOUNT} para la transferencia`);
    const m = until(() => digits(24), rib);
    const spaced = `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6, 22)} ${m.slice(22)}`;
    expect(r(`RIB dyali ${spaced}, shukran`)).toBe(`RIB dyali ${ACCOUNT}, shukran`);
    unchanged(`order ${c} shipped`);
  });

  it('masks a German identity card number by its check a clause after the card, not one failing it', () => {
    const alphabet = 'CFGHJKLMNPRTVWXYZ0123456789';
    const n = until(() => pick('CFGHJKLMNPRTVWXYZ', 1) + pick(alphabet, 8) + digits(1), icao);
    expect(r(`Auf meinem Personalausweis steht unten ${n}, stimmt das?`)).toBe(`Auf meinem Personalausweis steht unten ${ID}, stimmt das?`);
    unchanged(`Auf meinem Personalausweis steht unten ${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}, stimmt das?`);
  });

  it('masks a KVNR and a NIR whose name stands a clause away', () => {
    expect(r('Die Versichertennummer der Kasse – auf der Karte steht A123456780, richtig?')).toBe(`Die Versichertennummer der Kasse – auf der Karte steht ${ID}, richtig?`);
    const body = `1 84 12 75 115 423`;
    const key = String(97 - Number(BigInt(body.replace(/ /g, '')) % 97n)).padStart(2, '0');
    expect(r(`Il a saisi ${body} ${key}. C'est son numéro de sécurité sociale.`)).toBe(`Il a saisi ${ID}. C'est son numéro de sécurité sociale.`);
  });

  it('masks a British driving licence, a Ghana Card, an RFC and a BVN by name and shape', () => {
    expect(r('My driving licence number is MORGA753116SM9IJ for the hire.')).toBe(`My driving licence number is ${ID} for the hire.`);
    unchanged('Ticket MORGA753116SM9IJ was closed.'); // the shape without the licence's name
    expect(r('Her Ghana Card is GHA-123456789-0 as printed.')).toBe(`Her Ghana Card is ${ID} as printed.`);
    expect(r('Factura a RFC GODE561231GR8 por favor')).toBe(`Factura a RFC ${ID} por favor`);
    unchanged('See RFC 7519 for the claims.');
    expect(r('BVN 22198765432 and na my own')).toBe(`BVN ${ID} and na my own`);
  });

  it('masks passport and identity card numbers named in Greek and Hungarian, and a state before a licence number', () => {
    expect(r('Αριθμός διαβατηρίου AK4417203 για την κράτηση')).toBe(`Αριθμός διαβατηρίου ${ID} για την κράτηση`);
    expect(r('A személyi igazolvány számom: 318842KT, köszi')).toBe(`A személyi igazolvány számom: ${ID}, köszi`);
    expect(r("The other driver's license: Nevada 0412883619, and mine.")).toBe(`The other driver's license: Nevada ${ID}, and mine.`);
    expect(r('Minha cédula é 1.234.567.890?')).not.toContain('1.234.567.890');
    unchanged('Nevada 2024 was a good year.');
  });
});

describe('keys, codes and phrases in more forms', () => {
  const CODE = '[redacted activation code]';

  it('masks a product key in dashed groups where the words before speak of a licence or activation', () => {
    const key = Array.from({ length: 5 }, () => `${pick('BCDFGHJKMPQRTVWXY', 2)}${pick('2346789', 2)}${pick('BCDFGHJKMPQRTVWXY2346789', 1)}`).join('-');
    expect(r(`Office says it is not activated. The card in the box reads ${key}, is it valid?`)).toBe(
      `Office says it is not activated. The card in the box reads ${CODE}, is it valid?`,
    );
    const four = Array.from({ length: 4 }, () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${pick(DIGITS, 2)}`).join('-');
    expect(r(`Licence key from the reseller's invoice: ${four}. Thanks`)).toBe(`Licence key from the reseller's invoice: ${CODE}. Thanks`);
  });

  it('keeps dashed groups without such words, or of letters only', () => {
    const key = Array.from({ length: 5 }, () => `${pick('BCDFGHJKMPQRTVWXY', 3)}${pick('2346789', 2)}`).join('-');
    unchanged(`The tracking reference is ${key} for the parcel.`);
    unchanged('Licence tiers: BASIC-TEAMS-PROFS-CORPS are the four.');
  });

  it('masks a spaced set-up key after a Danish, Swedish or Dutch two-factor word', () => {
    const seed = Array.from({ length: 4 }, () => pick('abcdefghijklmnopqrstuvwxyz234567', 4)).join(' ');
    expect(r(`Tofaktor: appen viser opsætningsnøgle ${seed} nu`)).not.toContain(seed);
    expect(r(`Tvåfaktor-inloggning, nyckeln är ${seed}`)).not.toContain(seed);
    unchanged(`Tvåfaktor är bra, se sidan 12 om det.`);
  });

  it('masks backup codes listed under a Finnish, Turkish or Indonesian heading', () => {
    const codes = Array.from({ length: 6 }, () => `${pick(DIGITS, 4)} ${pick(DIGITS, 4)}`);
    for (const heading of ['Varakoodit:', 'Yedek kodlar:', 'Kode cadangan:']) {
      const out = r(`${heading}\n\n${codes.join('\n')}\n\nMitä nyt?`);
      for (const c of codes) expect(out).not.toContain(c);
    }
    unchanged(`Varakoodit ovat tallessa, kiitos.`);
  });

  it('masks a seed phrase in the Korean or the simplified Chinese list where the words speak of a wallet', () => {
    const entropy = Uint8Array.from(Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256));
    const ko = entropyToMnemonic(entropy, koreanWords).normalize('NFC');
    expect(r(`지갑 복구 문구: ${ko}. 맞나요?`)).toBe(`지갑 복구 문구: [redacted seed phrase]. 맞나요?`);
    const zh = entropyToMnemonic(entropy, chineseWords);
    expect(r(`钱包助记词：${zh}。请问`)).toBe(`钱包助记词：[redacted seed phrase]。请问`);
  });

  it('keeps Chinese characters written apart where nothing speaks of a wallet', () => {
    unchanged('练习写字：的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国。');
  });
});

describe('account numbers, licences and tokens in apposition', () => {
  const ACCOUNT = '[redacted bank account]';

  it('masks a sort code or a BSB beside an account number, not one alone', () => {
    const out = r(`Pay us at sort code 40-11-62, account number ${pick(DIGITS, 8)}, ref HALL.`);
    expect(out).toContain(`sort code ${ACCOUNT}, account number ${ACCOUNT}`);
    unchanged('Which bank has sort code 40-11-62? It is on a cheque I found.');
    expect(r(`BSB 062-914 and account number ${pick(DIGITS, 9)} for the refund`)).toContain(`BSB ${ACCOUNT} and account number ${ACCOUNT}`);
  });

  it('masks an account number after Pidgin "na"', () => {
    const n = pick(DIGITS, 10);
    expect(r(`Abeg, my account number na ${n} for First Bank`)).toBe(`Abeg, my account number na ${ACCOUNT} for First Bank`);
  });

  it('masks the signature lines of an armoured licence, keeping the holder and the order number', () => {
    const hexLine = () => Array.from({ length: 8 }, () => pick('0123456789ABCDEF', 8)).join(' ');
    const a = hexLine();
    const b = hexLine();
    const out = r(`----- BEGIN LICENSE -----\nAda Lovelace\n5 User License\nEA7E-${pick(DIGITS, 6)}\n${a}\n${b}\n------ END LICENSE ------`);
    expect(out).not.toContain(a);
    expect(out).not.toContain(b);
    expect(out).toContain('Ada Lovelace\n5 User License\nEA7E-');
    unchanged('----- BEGIN LICENSE -----\nMIT License\nCopyright 2024 Someone\n----- END LICENSE -----');
  });

  it('masks a random token given after a comma right behind its noun, not a public key or a word', () => {
    const t = pick('0123456789abcdef', 32);
    expect(r(`The portal issued an access token, ${t} — where does it go?`)).toBe(`The portal issued an access token, ${KEY} — where does it go?`);
    unchanged(`The widget takes a public key, ${t}, in its config.`);
    unchanged('I asked for a token, but the admin said no.');
  });
});

describe('the password field of a SIP2 login message', () => {
  it('masks the CO field of a 93 message whatever its shape, and keeps the other fields', () => {
    const pw = pick(ALNUM, 10);
    expect(r(`trace:\n9300CNsorter02|CO${pw}|CPBRANCH1|AY3AZE1F0\n940`)).toBe(`trace:\n9300CNsorter02|CO[redacted password]|CPBRANCH1|AY3AZE1F0\n940`);
    expect(r('9300CNsorter02|COdragon|CPBRANCH1|')).toBe('9300CNsorter02|CO[redacted password]|CPBRANCH1|');
  });

  it('keeps a patient status message and pipes that are no login', () => {
    unchanged('2300120240101    084500AOMAIN|AA29400|AC|AD|AY2AZF1A2');
    unchanged('name|COUNTRY|CODE');
  });
});

describe('logins given as user and password, and verbless random-case passwords', () => {
  const PWD = '[redacted password]';

  it('masks the password half of "login is <user in words> and <value>", in English and German', () => {
    const v = `${pick(ALNUM, 14)}7Qa`;
    expect(r(`I used the portal (login is my work email and ${v}) and it failed.`)).toBe(`I used the portal (login is my work email and ${PWD}) and it failed.`);
    expect(r(`Die Zugangsdaten sind meine Kundennummer und ${v}.`)).toBe(`Die Zugangsdaten sind meine Kundennummer und ${PWD}.`);
  });

  it('keeps words or a plain name after "and"', () => {
    unchanged('The login is my email and password, as usual.');
    unchanged('Credentials are the username and SomethingLonger here.');
  });

  it('masks random-case letters right after a password word with no verb, not a camel-cased name', () => {
    expect(r('The card under the modem says wifi password hXTqLmRWe — which band?')).toBe(`The card under the modem says wifi password ${PWD} — which band?`);
    unchanged('Set the admin password PasswordHash in the config.');
  });
});

describe('a value given as "it", what the sentence before names', () => {
  const PWD = '[redacted password]';

  it('masks a password found or given as "it" after a sentence naming a login or password', () => {
    const v = `heron${pick(DIGITS, 3)}%${pick(LOWER, 3)}`;
    expect(r(`The landlord said the wifi password is on the fridge. I found it: ${v}. Works now.`)).toBe(
      `The landlord said the wifi password is on the fridge. I found it: ${PWD}. Works now.`,
    );
  });

  it('masks a PIN given as "it" in Spanish or French where a PIN or "clave" was named', () => {
    const n = pick(DIGITS, 4);
    expect(r(`Me pidió la clave del cajero y se la di: ${n}. ¿Qué hago?`)).toBe(`Me pidió la clave del cajero y se la di: ${PWD}. ¿Qué hago?`);
    expect(r(`Il voulait mon code PIN, je le lui ai donné: ${n}.`)).toBe(`Il voulait mon code PIN, je le lui ai donné: ${PWD}.`);
  });

  it('keeps what was found when it is a user, a number or a year, or when nothing secret was named', () => {
    unchanged('The admin login was in the log. I found the username too. I found it: admin2024');
    unchanged('The password expired. I found it: 2024');
    unchanged('The meeting notes were lost. I found it: Page-12b!');
  });
});
