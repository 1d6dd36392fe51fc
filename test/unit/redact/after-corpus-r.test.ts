import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER, LOWER_DIGITS, PW } from './made-up';

/** The general rules added after held-out corpus R, on values made up here. */
const pick = picker(4187);
/** A password beyond doubt: a capital, small letters, a symbol and digits. */
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 6)}${pick('!#$%*@', 1)}${pick(DIGITS, 3)}`;
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;

describe('values that look like secrets and are not', () => {
  it('keeps the Azure Storage emulator’s published account key', () => {
    const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    unchanged(`UseDevelopmentStorage=true is short for AccountName=devstoreaccount1;AccountKey=${key}; right?`);
  });

  it('masks another account key in the same place', () => {
    const key = `${pick(`${LOWER}ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}`, 86)}==`;
    expect(r(`AccountName=prodlogs;AccountKey=${key};EndpointSuffix=core.windows.net`)).not.toContain(key);
  });

  it('keeps a length stated after a CJK password word', () => {
    unchanged('パスワードは8文字以上で、記号を含めてください。');
    unchanged('비밀번호는 10자리 이상이어야 합니다.');
    unchanged('密码为6位数字，不能全是相同的数字。');
  });

  it('still masks a CJK password with letters and digits', () => {
    const p = `${pick(LOWER, 5)}${pick(DIGITS, 4)}`;
    expect(r(`パスワードは${p}です。`)).toBe(`パスワードは${PW}です。`);
  });

  it('keeps a quoted name that the word before it calls a network, a user or a file', () => {
    unchanged("The house Wi-Fi network 'Attic_2G4' — the password is taped under the router.");
    unchanged('log in as user "deploy_07" — the password is in the vault, not here.');
    unchanged("the password file 'vault_01.kdbx' is on the NAS");
  });

  it('still masks a quoted password in password talk', () => {
    const p = strong();
    expect(r(`my password '${p}' was in the breach list`)).toBe(`my password '${PW}' was in the breach list`);
  });
});

describe('a login written as user / password', () => {
  it('masks the password after an account name, a slash and the words of a login', () => {
    const [a, b, c] = [strong(), strong(), strong()];
    expect(r(`Accès SSH au NAS : admin / ${a} — pourquoi refusé ?`)).toBe(`Accès SSH au NAS : admin / ${PW} — pourquoi refusé ?`);
    expect(r(`서버 콘솔은 operator / ${b} 로 로그인합니다.`)).toBe(`서버 콘솔은 operator / ${PW} 로 로그인합니다.`);
    expect(r(`[10:01] Ana: anyone have the login for the label printer?\n[10:02] Raj: shipping@depot / ${c}\n[10:02] Ana: ta`)).toBe(
      `[10:01] Ana: anyone have the login for the label printer?\n[10:02] Raj: shipping@depot / ${PW}\n[10:02] Ana: ta`,
    );
  });

  it('masks a generated password with both cases, digits and underscores', () => {
    const p = `${pick(ALNUM, 5)}_${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${pick(LOWER, 3)}_${pick(DIGITS, 2)}`;
    expect(r(`[08:10] Ines: what's the login for the NAS?\n[08:11] Bo: backup / ${p}\n[08:11] Ines: ta`)).toContain(`backup / ${PW}`);
  });

  it('keeps a slash between choices, versions and paths', () => {
    unchanged('which login flow is better: Node / Deno@1.42 or Bun?');
    unchanged('sign in docs: see admin / settings/security#2fa for the options');
    unchanged('Runtime: node / node@18.20.4 in the admin image');
    unchanged('ssh key naming styles: snake_case / camelCase_v2 in the admin code');
  });
});

describe('a password named by the account it opens or by logging in with it', () => {
  it('masks it', () => {
    const [a, b, c] = [strong(), strong(), `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 5)}@${pick(DIGITS, 3)}`];
    expect(r(`reminder: the NAS admin is now ${a} since Friday`)).toBe(`reminder: the NAS admin is now ${PW} since Friday`);
    expect(r(`elke keer als ik inlog met ${b} krijg ik een foutmelding`)).toContain(PW);
    expect(r(`Every time I log in with ${c} it says locked.`)).toBe(`Every time I log in with ${PW} it says locked.`);
  });

  it('keeps a provider, an e-mail, a colour and a plain name', () => {
    unchanged('I log in with Google and the admin is ops@example.org');
    unchanged('the admin theme: #4c63e4 as the accent');
    unchanged('log in with SSO, then the admin is Jordan');
    unchanged(':root { --admin: #82c519; }');
    unchanged('The admin dashboard is now React@18 based, see #4521');
    unchanged('the admin account is now locked#3 times over');
  });
});

describe('a password after a password word of more languages', () => {
  it('masks it after Persian, Hebrew and Swahili words, before the Arabic comma', () => {
    const [a, b, c] = [strong(), strong(), strong()];
    expect(r(`رمز مودم خانه را گذاشتم ${a}، یادت باشد`)).toBe(`رمز مودم خانه را گذاشتم ${PW}، یادت باشد`);
    expect(r(`הסיסמה של הראוטר עכשיו ${b} תודה`)).toBe(`הסיסמה של הראוטר עכשיו ${PW} תודה`);
    expect(r(`nenosiri ya wifi ya ofisi ni ${c} kwa sasa`)).toBe(`nenosiri ya wifi ya ofisi ni ${PW} kwa sasa`);
  });

  it('masks a password given after a reset as what it is now', () => {
    const a = strong();
    expect(r(`I reset my Jira password twice and now it is ${a}, help me remember it`)).toBe(`I reset my Jira password twice and now it is ${PW}, help me remember it`);
  });

  it('keeps rules and reset links', () => {
    unchanged('רמז: הסיסמה חייבת להכיל 8 תווים לפחות');
    unchanged('I reset the password via https://id.example.org/reset?code=Ab1!x and it worked');
    unchanged('رمز عبور باید حداقل 8 کاراکتر باشد، مثلا Abc@1234');
    unchanged('nenosiri lazima iwe na herufi 8, mfano Abc!2345');
    unchanged('الرمز البريدي 12345 والعنوان Main St. 1');
  });
});

describe('codes named in more ways', () => {
  it('masks a dial combination a safe opens with', () => {
    expect(r('the filing safe behind the desk opens with 7-31-16, keys in the drawer')).toBe(`the filing safe behind the desk opens with ${PW}, keys in the drawer`);
  });

  it('masks a PIN alone in parentheses after its word', () => {
    const p = code(4);
    expect(r(`Someone used my card, but my PIN (${p}) was never written down.`)).toBe(`Someone used my card, but my PIN (${PW}) was never written down.`);
    unchanged('The PIN (4 digits) is printed on the letter.');
    unchanged('Enter your PIN (see the letter) at the till.');
  });

  it('masks a CJK password with a gloss in parentheses before its particle', () => {
    const p = code(6);
    expect(r(`카드 비밀번호(PIN)는 ${p}입니다.`)).not.toContain(p);
  });

  it('masks a code named by Swahili "secret number" words', () => {
    const p = code(4);
    expect(r(`namba ya siri ya kadi ya benki ni ${p}, usimwambie mtu`)).toBe(`namba ya siri ya kadi ya benki ni ${PW}, usimwambie mtu`);
    unchanged('namba ya simu ya ofisi ni 0712345678');
  });

  it('masks a code for a Polish or Czech gate or garage', () => {
    const [a, b] = [code(4), code(5)];
    expect(r(`Kod do garażu zmieniłem na ${a}, pamiętaj`)).toBe(`Kod do garażu zmieniłem na ${PW}, pamiętaj`);
    expect(r(`kód od branky je ${b}`)).toBe(`kód od branky je ${PW}`);
    unchanged('Kod pocztowy do garażu 00-950 Warszawa');
    unchanged('Kod pocztowy furtki 12345?');
  });

  it('masks a code whose keypad the sentence before names', () => {
    const p = code(5);
    expect(r(`The shed has a keypad by the handle. The default code printed in the manual is ${p}.`)).toBe(
      `The shed has a keypad by the handle. The default code printed in the manual is ${PW}.`,
    );
    unchanged('The shed has a keypad by the handle. The error code on the display is 40412.');
    unchanged('The keypad on the gate is new. The model code is 74412 in the catalogue.');
    unchanged('We put in a keypad last week. The code of conduct was updated in 2023.');
  });

  it('masks a PIN given in the next sentence as what it is now', () => {
    const [a, b] = [code(4), code(4)];
    expect(r(`How do I reset the alarm PIN on a Ring base? Currently it's ${a} and the kids know it.`)).toBe(
      `How do I reset the alarm PIN on a Ring base? Currently it's ${PW} and the kids know it.`,
    );
    expect(r(`Як поміняти ПІН на домофоні? Зараз стоїть ${b}.`)).toBe(`Як поміняти ПІН на домофоні? Зараз стоїть ${PW}.`);
  });

  it('keeps units, counts and codes of other kinds', () => {
    unchanged('How long is the PIN lockout? Currently it is 3000 ms.');
    unchanged('The PIN pad shows error 1204. Right now it is 2024 all over again.');
    unchanged('Our product code changed last year. Currently it is 4471.');
    unchanged('Where is the PIN for the router written? Right now it is 2025 and the manual is from 2019.');
    unchanged('I only have the PIN. Currently 1000 people use that door.');
  });
});

describe('a password in an XML element with attributes', () => {
  it('masks the password text of a WS-Security token', () => {
    const p = strong();
    const xml = `<o:UsernameToken>\n  <o:Username>svc-import</o:Username>\n  <o:Password Type="urn:x#PasswordText">${p}</o:Password>\n</o:UsernameToken>`;
    expect(r(xml)).toBe(xml.replace(p, PW));
  });

  it('keeps a password digest and an element of another name', () => {
    unchanged('<o:Password Type="urn:x#PasswordDigest">q3Zr8sK1mN0vB7tY2wX5aL9cE4g=</o:Password>');
    unchanged('<o:Nonce EncodingType="urn:x#Base64Binary">Zt8Kp2Lm9Qx4Vb7Nc3Rs6Wy1</o:Nonce>');
  });
});

describe('a key named in another language before a colon', () => {
  it('masks a random value after API key words of other languages', () => {
    const [a, b, c, d] = [`ak_${pick(HEX, 32)}`, pick(ALNUM, 28), pick(ALNUM, 32), pick(ALNUM, 24)];
    expect(r(`In het portaal staat de API-sleutel: ${a}. Werkt niet.`)).toBe(`In het portaal staat de API-sleutel: ${KEY}. Werkt niet.`);
    expect(r(`Ma clé d'API : ${b} — erreur 401`)).toBe(`Ma clé d'API : ${KEY} — erreur 401`);
    expect(r(`klucz API: ${c}`)).toBe(`klucz API: ${KEY}`);
    expect(r(`APIキー：${d}`)).toBe(`APIキー：${KEY}`);
  });

  it('keeps words, ids and hashes after the same names', () => {
    unchanged('API-Schlüssel: bitte_hier_den_eigenen_eintragen');
    unchanged('clé API : voir le tableau de bord, onglet Sécurité');
    unchanged('API-sleutel (sha256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });
});

describe('a positional argument whose place the prose names', () => {
  it('masks the token in the place the sentence gives, on the next command line', () => {
    const t = pick(LOWER_DIGITS, 36);
    const text = `the uploader wants the API key as the third argument:\n\n$ ./ship staging eu-west ${t} --dry-run\n[ship] ok`;
    expect(r(text)).toBe(text.replace(t, KEY));
  });

  it('takes nothing where options come before the place, or the place holds no key', () => {
    const t = pick(LOWER_DIGITS, 36);
    unchanged(`the tool takes the token as the 2nd arg:\n$ ./ship --verbose staging ${t}`);
    unchanged('the tool takes the token as the 2nd arg:\n$ ./ship staging default');
  });
});
