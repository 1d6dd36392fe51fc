import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as italianWords } from '@scure/bip39/wordlists/italian.js';
import { wordlist as spanishWords } from '@scure/bip39/wordlists/spanish.js';
import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, DIGITS, KEY, PW } from './made-up';

/** The general rules added after held-out corpus S, on values made up here. */
const pick = picker(5119);
const ID = '[redacted national id]';

/** Luhn's check digit for a string of digits. */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A number whose last digit is a weighted sum's remainder: `check(sum)` gives the digit. */
function weighted(body: string, weights: readonly number[], check: (sum: number) => number): string {
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + String(check(sum));
}

/** A body of `n` digits whose weighted check is a single digit (redrawn until it is). */
function withCheck(prefix: string, n: number, weights: readonly number[], check: (sum: number) => number): string {
  for (;;) {
    const body = prefix + pick(DIGITS, n - prefix.length);
    const out = weighted(body, weights, check);
    if (out.length === n + 1) return out;
  }
}

describe('identity numbers named by their name and passing their check', () => {
  it('masks a Thai citizen number named in Thai, dashed as on the card', () => {
    const n = withCheck('3', 12, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2], (s) => (11 - (s % 11)) % 10);
    const dashed = `${n[0]}-${n.slice(1, 5)}-${n.slice(5, 10)}-${n.slice(10, 12)}-${n[12]}`;
    expect(r(`กรอกเลขบัตรประชาชน ${dashed} แล้วระบบไม่รับ`)).toBe(`กรอกเลขบัตรประชาชน ${ID} แล้วระบบไม่รับ`);
  });

  it('keeps a Thai number whose check fails, and the number alone', () => {
    const n = withCheck('3', 12, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2], (s) => (11 - (s % 11)) % 10);
    const broken = n.slice(0, 12) + String((Number(n[12]) + 1) % 10);
    unchanged(`เลขบัตรประชาชน ${broken} ไม่ถูกต้อง`);
    unchanged(`order ${n} shipped`);
  });

  it('masks a Vietnamese CCCD and keeps a number of another province range', () => {
    const n = `0${pick('1234', 1)}${pick(DIGITS, 10)}`;
    expect(r(`Số CCCD của tôi: ${n}, cấp tại Hà Nội`)).toBe(`Số CCCD của tôi: ${ID}, cấp tại Hà Nội`);
    unchanged(`Số CCCD của tôi chưa có, mã đơn hàng 0990${pick(DIGITS, 8)}`);
  });

  it('masks a Saudi national ID or iqama named in Arabic or English', () => {
    const body = `2${pick(DIGITS, 8)}`;
    const iqama = body + luhnDigit(body);
    expect(r(`رقم الإقامة ${iqama} منتهي`)).toBe(`رقم الإقامة ${ID} منتهي`);
    expect(r(`my iqama number is ${iqama}`)).toBe(`my iqama number is ${ID}`);
    unchanged(`my iqama number is ${body}${(Number(luhnDigit(body)) + 1) % 10}`);
  });

  it('masks a Hungarian TAJ in capitals, not "Taj"', () => {
    const taj = withCheck('', 8, [3, 7, 3, 7, 3, 7, 3, 7], (s) => s % 10);
    const spaced = `${taj.slice(0, 3)} ${taj.slice(3, 6)} ${taj.slice(6)}`;
    expect(r(`A TAJ számom ${spaced}, kérem írja be`)).toBe(`A TAJ számom ${ID}, kérem írja be`);
    unchanged(`Taj Mahal tickets: ${spaced}`);
  });

  it('masks a Greek AMKA with its birth date and keeps one with an impossible month', () => {
    const body = `1407${pick(DIGITS, 6)}`;
    const amka = body + luhnDigit(body);
    expect(r(`Ο ΑΜΚΑ μου είναι ${amka}.`)).toBe(`Ο ΑΜΚΑ μου είναι ${ID}.`);
    const badMonth = `1419${pick(DIGITS, 6)}`;
    unchanged(`Ο ΑΜΚΑ μου είναι ${badMonth + luhnDigit(badMonth)}.`);
  });

  it('masks a Medicare Beneficiary Identifier named a sentence before', () => {
    const mbi = `${pick('123456789', 1)}${pick('ACDEFGHJKMNPQRTUVWXY', 1)}${pick('ACDEFGHJK0123456789', 1)}${pick(DIGITS, 1)}${pick('ACDEFGHJKMNPQRTUVWXY', 1)}${pick('ACDEFGHJK0123456789', 1)}${pick(DIGITS, 1)}${pick('ACDEFGHJKMNPQRTUVWXY', 2)}${pick(DIGITS, 2)}`;
    expect(r(`Someone phoned Grandpa saying they were from Medicare. He read them ${mbi} off the card.`)).toBe(
      `Someone phoned Grandpa saying they were from Medicare. He read them ${ID} off the card.`,
    );
    // An S, L, O, I, B or Z never stands in an MBI.
    unchanged(`Medicare form code ${mbi.slice(0, 4)}S${mbi.slice(5)} is printed on page 2`);
  });

  it('masks an Australian Medicare card number by its check', () => {
    const n = withCheck('4', 8, [1, 3, 7, 9, 1, 3, 7, 9], (s) => s % 10);
    const card = `${n.slice(0, 4)} ${n.slice(4, 9)} 1`;
    expect(r(`My Medicare card number is ${card}, expiring soon`)).toBe(`My Medicare card number is ${ID}, expiring soon`);
  });

  it('masks a German KVNR and keeps one whose check fails', () => {
    // K is the 11th letter: "11" and eight digits, weighted 1, 2, …, cross sums mod 10.
    const body = pick(DIGITS, 8);
    const digits = `11${body}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      const p = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
      sum += Math.floor(p / 10) + (p % 10);
    }
    const kvnr = `K${body}${sum % 10}`;
    expect(r(`Die KVNR ${kvnr} lehnt das Portal ab`)).toBe(`Die KVNR ${ID} lehnt das Portal ab`);
    unchanged(`Die KVNR K${body}${(sum + 1) % 10} lehnt das Portal ab`);
  });

  it('masks an A-Number and keeps "a number" in small letters', () => {
    const a = `A${pick(DIGITS, 9)}`;
    expect(r(`USCIS asked again; my A-Number: ${a}`)).toBe(`USCIS asked again; my A-Number: ${ID}`);
    unchanged(`pick a number ${a} from the list`);
  });

  it('reaches a Swedish personnummer given in the next sentence', () => {
    const body = `880412${pick(DIGITS, 3)}`;
    const pnr = `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
    expect(r(`Banken frågar efter mitt personnummer i ansökan. Det är ${pnr}.`)).toBe(`Banken frågar efter mitt personnummer i ansökan. Det är ${ID}.`);
  });

  it('reads a UTR in parentheses after its name', () => {
    const utr = pick(DIGITS, 10);
    expect(r(`please quote your UTR (${utr}) on the letter`)).toBe(`please quote your UTR (${ID}) on the letter`);
  });

  it('masks a licence number after a state name and "DL", not a flight', () => {
    const dl = `D${pick(DIGITS, 7)}`;
    expect(r(`Nevada DL ${dl} expires in May`)).toBe(`Nevada DL ${ID} expires in May`);
    unchanged('Flight DL 2045 to Atlanta is delayed');
  });
});

describe('identity numbers in record layouts', () => {
  /** ICAO 9303's check digit. */
  const mrz = (s: string) =>
    String([...s].reduce((sum, c, i) => sum + (/\d/.test(c) ? Number(c) : c === '<' ? 0 : c.charCodeAt(0) - 55) * [7, 3, 1][i % 3]!, 0) % 10);

  it("masks a passport MRZ's document number, and its copy elsewhere in the text", () => {
    const doc = pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 9);
    const line = `${doc}${mrz(doc)}NLD8103154F3011237<<<<<<<<<<<<<<02`.replace('8103154', `810315${mrz('810315')}`).replace('3011237', `301123${mrz('301123')}`);
    const out = r(`Does the data page's ${doc} match the zone below?\nP<NLDVISSER<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<\n${line}`);
    expect(out).not.toContain(doc);
  });

  it("keeps a specimen's MRZ: Utopia's, or one the text calls a specimen", () => {
    unchanged('ICAO specimen:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
  });

  it('keeps a 44-character line whose check digits fail', () => {
    unchanged('AB1234567' + '0' + 'NLD8103150F3011230<<<<<<<<<<<<<<00');
  });

  it("masks the SSN in an HL7 message's PID-19 field, and no other field", () => {
    const ssn = `${pick('1234567', 1)}${pick(DIGITS, 2)}-${pick('123456789', 1)}${pick(DIGITS, 1)}-${pick('123456789', 1)}${pick(DIGITS, 3)}`;
    const pid = `PID|1||55501^^^HOSP^MR||DOE^JANE||19700101|F|||1 MAIN ST^^TOWN^ST^00000||(555)555-0100|||||55501|${ssn}`;
    expect(r(`MSH|^~\\&|A|B|C|D|202601010000||ADT^A01|1|P|2.5\n${pid}\nPV1|1|I`)).toContain(`|55501|[redacted ssn]`);
    unchanged(`PID|1||55501^^^HOSP^MR||DOE^JANE||19700101|F|||1 MAIN ST^^TOWN^ST^00000||(555)555-0100|||||55501|`);
  });
});

describe('codes named in more ways', () => {
  const RC = '[redacted recovery code]';
  const pin = () => `${pick('123456789', 1)}${pick(DIGITS, 4)}`;

  it('masks a code a text message opens with, in several languages', () => {
    const c = pin();
    expect(r(`Got this: "${c} is your login code. Don't share it." Should I?`)).toBe(`Got this: "${RC} is your login code. Don't share it." Should I?`);
    expect(r(`${c} ist dein Bestätigungscode`)).toBe(`${RC} ist dein Bestätigungscode`);
    expect(r(`${c} es tu código de WhatsApp`)).toBe(`${RC} es tu código de WhatsApp`);
  });

  it('keeps a number the message calls a postal code, a promo code or no code', () => {
    unchanged('10115 is your postal code, right?');
    unchanged('1920 is your screen width');
    unchanged('4411 is your promo code for the shop');
  });

  it('masks a PIN named, then given as "the current one"', () => {
    const c = pin();
    expect(r(`Can I reset the SIM PIN from the app? The current one is ${c}, I think.`)).toBe(`Can I reset the SIM PIN from the app? The current one is ${PW}, I think.`);
  });

  it('masks a PIN named, then given as what the writer set it to', () => {
    const c = pin().slice(0, 4);
    expect(r(`Die Banking-App will eine neue PIN. Ich habe ${c} gewählt, geht das?`)).toBe(`Die Banking-App will eine neue PIN. Ich habe ${PW} gewählt, geht das?`);
    expect(r(`The alarm code was forgotten. I've set it to ${c} now.`)).toBe(`The alarm code was forgotten. I've set it to ${PW} now.`);
  });

  it('keeps a number set where the lead names no code, or counts something', () => {
    unchanged('The cache was too small. I set it to 4096 and it works.');
    unchanged('Wie groß soll der Puffer sein? Ich habe 8192 gesetzt.');
  });

  it('masks "the code is" where the sentence before names what it opens or lets in', () => {
    const c = pin().slice(0, 4);
    expect(r(`The safe in the rental is locked. The host says the code is ${c}.`)).toBe(`The safe in the rental is locked. The host says the code is ${PW}.`);
    expect(r(`Serve il codice di accesso per il portale. Il notaio dice che il codice è QX7R2K9.`)).toBe(
      `Serve il codice di accesso per il portale. Il notaio dice che il codice è ${PW}.`,
    );
  });

  it('keeps "the code is" about a program, an error, or with nothing named before', () => {
    unchanged('The radio module in the app crashes. The code is in the repo at 2f1c9 and the code is 3100 lines.');
    unchanged('The error on the safe says E-17. The code is 4411 there.');
    unchanged('Nothing else to add. The code is 4411.');
  });

  it('reads access codes and passcodes named in more languages', () => {
    const code = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}${pick(DIGITS, 3)}`;
    expect(r(`Código de acesso do envelope: ${code}`)).toBe(`Código de acesso do envelope: ${PW}`);
    expect(r(`Steam Guard kodunuz ${code.slice(0, 5)} olarak geldi`)).toBe(`Steam Guard kodunuz ${PW} olarak geldi`);
    expect(r(`Mötes-ID 812 3301 4412 och lösenkoden ${pick('abcdefghjk', 2)}${pick(DIGITS, 2)}Qz.`)).toContain(`lösenkoden ${PW}.`);
  });
});

describe('passwords in more layouts and wordings', () => {
  const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 5)}${pick('!#$%*@', 1)}${pick(DIGITS, 3)}`;

  it('masks the passwords of a users map in JSON and YAML, not roles or flags', () => {
    const a = strong();
    const b = strong();
    expect(r(`{\n  "http_users": {\n    "ops": "${a}",\n    "audit": "reader"\n  }\n}`)).toBe(`{\n  "http_users": {\n    "ops": "${PW}",\n    "audit": "reader"\n  }\n}`);
    expect(r(`basic_auth:\n  users:\n    grafana: ${b}\n    enabled: true\n  realm: ops`)).toBe(`basic_auth:\n  users:\n    grafana: ${PW}\n    enabled: true\n  realm: ops`);
  });

  it('keeps ids and names in a users map', () => {
    unchanged('"users": {"owner_id": "u_83kd02la", "display_name": "Ops Team 2"}');
  });

  it("masks the password line of an FTP client's script", () => {
    const p = strong();
    expect(r(`//XFER EXEC PGM=FTP\n//INPUT DD *\nfiles.partner.example\nXFERUSR\n${p}\nbinary\nquit`)).toContain(`XFERUSR\n${PW}\nbinary`);
    expect(r(`ftp -n -v <<END\nopen 192.0.2.10\nuser backup ${p}\nput db.gz\nEND`)).toContain(`user backup ${PW}`);
  });

  it('keeps three short lines that no FTP call opens', () => {
    unchanged('Hosts to check:\nmirror.example.org\nstaging\nK2x9pq7\nthanks');
  });

  it('masks a password the writer says they type, in German and French', () => {
    const p = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${pick(DIGITS, 2)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}`;
    expect(r(`Das Kennwort wird abgelehnt. Ich gebe ${p} ein, Caps Lock ist aus.`)).toBe(`Das Kennwort wird abgelehnt. Ich gebe ${PW} ein, Caps Lock ist aus.`);
    expect(r(`Mot de passe refusé : je tape ${p} à chaque fois.`)).toBe(`Mot de passe refusé : je tape ${PW} à chaque fois.`);
    unchanged('Das Kennwort wird abgelehnt. Ich gebe den Code ein, nichts passiert.');
  });

  it('masks a random capitals password in a password column, not a word in capitals', () => {
    expect(r('| Host | User | Password |\n|---|---|---|\n| LPAR1 | OPS01 | QWXTRBNK |')).toBe(`| Host | User | Password |\n|---|---|---|\n| LPAR1 | OPS01 | ${PW} |`);
    unchanged('| Host | User | Password |\n|---|---|---|\n| LPAR1 | OPS01 | UNCHANGED |');
  });

  it('masks a Wi-Fi key printed right after its name', () => {
    const k = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)}${pick(DIGITS, 4)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`;
    expect(r(`Unten am Router klebt der WLAN-Schlüssel ${k} und sonst nichts.`)).toBe(`Unten am Router klebt der WLAN-Schlüssel ${PW} und sonst nichts.`);
    unchanged('The WPA2 key 2 times rotated, network key length 63.');
  });

  it('masks a Latin password right after a Chinese password word, not a scheme', () => {
    const p = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 6)}${pick(DIGITS, 4)}`;
    expect(r(`邮箱密码${p}，别告诉别人。`)).toBe(`邮箱密码${PW}，别告诉别人。`);
    unchanged('数据库密码SHA256加密后存储。');
  });

  it('masks a hyphenated passphrase and a word=digits password after a password word', () => {
    const phrase = `${pick('abcdefghijkmnopqrstuvwxyz', 5)}-${pick('abcdefghijkmnopqrstuvwxyz', 4)}-${pick('abcdefghijkmnopqrstuvwxyz', 6)}${pick(DIGITS, 1)}`;
    expect(r(`mera email password purana ${phrase} tha`)).toBe(`mera email password purana ${PW} tha`);
    expect(r(`the old router password was maybe Walnut=${pick(DIGITS, 4)} back then`)).toContain(`maybe ${PW} back then`);
  });

  it("masks a password given after the verb of the sentence after the password word's", () => {
    const p = strong();
    expect(r(`Jeg har glemt om jeg byttet passord på kontoen. Det siste jeg husker er ${p}. Hjelp!`)).toBe(
      `Jeg har glemt om jeg byttet passord på kontoen. Det siste jeg husker er ${PW}. Hjelp!`,
    );
  });

  it('keeps a value the next sentence gives as something else', () => {
    unchanged('I reset my password twice. The server is Db_Prod-01x by the way.');
    unchanged('Password policy changed. The new build is release-candidate-final-2 now.');
  });
});

describe('keys and phrases in more forms', () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Number(pick(DIGITS, 2)) + Number(pick('01', 1)) * 100);

  it("masks a seed phrase in another language's BIP-39 list, numbered or in a line", () => {
    const es = entropyToMnemonic(bytes(16), spanishWords).normalize('NFC');
    const numbered = es.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n');
    expect(r(`Mi frase de recuperación de la cartera:\n\n${numbered}\n\n¿Es válida?`)).toContain('[redacted seed phrase]');
    const it_ = entropyToMnemonic(bytes(16), italianWords);
    expect(r(`La frase di recupero del portafoglio: ${it_}. Funziona?`)).not.toContain(it_.split(' ').slice(4, 8).join(' '));
  });

  it('keeps a run of list words where nothing speaks of a seed or a wallet', () => {
    unchanged('abeja abierto abogado abono aborto abrazo abrir abuelo abuso acabar academia acceso');
  });

  it('masks a key written as a list of bytes under its name, not a list of another length', () => {
    const list = Array.from(bytes(16)).join(', ');
    expect(r(`zigbee:\n  network_key: [${list}]\n  pan_id: 4242`)).toBe('zigbee:\n  network_key: [redacted private key]\n  pan_id: 4242');
    const hex = Array.from(bytes(16), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ');
    expect(r(`static const uint8_t psk[16] = { ${hex} };`)).toBe('static const uint8_t psk[16] = [redacted private key];');
    unchanged(`key_sizes: [${Array.from(bytes(12)).join(', ')}]`);
    unchanged('keyframes: [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 1, 2, 3, 4, 5, 6, 7]');
  });

  it("masks random printable characters under a bare key, not a key combination or an id", () => {
    expect(r(`{"dev": "plug-2", "key": "Q7#t!x;P2m<k9@Lz", "ver": "3.3"}`)).toBe(`{"dev": "plug-2", "key": "${KEY}", "ver": "3.3"}`);
    unchanged('{"key": "ctrl+shift+p", "command": "workbench.action.showCommands"}');
    unchanged('{"key": "acct_live_9Xk2LmQ4"}');
  });

  it("masks a licence or product key in dashed groups, named in English or Italian", () => {
    const k = Array.from({ length: 5 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4) + pick(DIGITS, 1)).join('-');
    expect(r(`Licence key: ${k}`)).toBe('Licence key: [redacted activation code]');
    expect(r(`La chiave di licenza è ${k}, grazie`)).toBe('La chiave di licenza è [redacted activation code], grazie');
    unchanged('The licence key format is five groups of five characters.');
  });

  it('masks hex after "secret" and a token before a CJK comma', () => {
    const hex = Array.from({ length: 30 }, (_, i) => (i % 2 ? pick('abcdef', 1) : pick(DIGITS, 1))).join('');
    expect(r(`client_id abc, secret ${hex} (sandbox)`)).toBe(`client_id abc, secret ${KEY} (sandbox)`);
    const tok = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 10)}${pick(DIGITS, 4)}${pick('abcdefghijkmnopqrstuvwxyzABCDEFGH', 12)}`;
    expect(r(`AccessKey Secret ${tok}，然后报错`)).toBe(`AccessKey Secret ${KEY}，然后报错`);
    unchanged('the secret 2024 santa list is done');
  });

  it('masks a private key named in Vietnamese or Spanish before a colon', () => {
    const tok = pick('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 64);
    expect(r(`Nhập khóa riêng tư: ${tok} vào ví`)).toBe(`Nhập khóa riêng tư: ${KEY} vào ví`);
    expect(r(`mi clave privada: ${tok}`)).not.toContain(tok);
  });

  it('masks a passphrase or codename of plain words after its name, not a sentence', () => {
    expect(r('The codename the portal gave me is "mango brisk hollow ember quilt tundra"')).toBe(`The codename the portal gave me is "${PW}"`);
    expect(r('passphrase: ember quilt mango hollow tundra brisk\nthanks')).toBe(`passphrase: ${PW}\nthanks`);
    unchanged('The passphrase is the one we agreed on last week at the office.');
    unchanged('The codename for the new release is Falcon.');
  });
});

describe('a value the sentence puts in a credential header', () => {
  it('masks a prefixed UUID or a random token said to go in a token, key or auth header', () => {
    const uuid = `${pick('0123456789abcdef', 8)}-${pick('0123456789abcdef', 4)}-4${pick('0123456789abcdef', 3)}-a${pick('0123456789abcdef', 3)}-${pick('0123456789abcdef', 12)}`;
    expect(r(`the calls fail when I pass GMX-${uuid} as the X-Game-Token header`)).toBe(`the calls fail when I pass ${KEY} as the X-Game-Token header`);
    const tok = `${pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 14)}${pick(DIGITS, 6)}${pick('abcdefghijk', 6)}`;
    expect(r(`sending ${tok} in the X-Api-Key header gives 401`)).toBe(`sending ${KEY} in the X-Api-Key header gives 401`);
  });

  it('keeps a request id in an id header and words in a token header', () => {
    unchanged('we send 7f3a2c91-5b0e-4d8a-9c1f-2e6b8a4d0c13 in the X-Request-Id header');
    unchanged('using kubernetes-dashboard-deployment-config in the X-Request-Token header');
  });
});

describe('look-alikes kept in this round', () => {
  it('keeps a run of five-digit groups (a safety number), never a card', () => {
    unchanged('Our safety number: 34127 58203 91776 04518 22390 71164 50923 88017 31452 96608 12754 40391.');
  });

  it('keeps an identity number the sentence presents as an example', () => {
    unchanged('Im Handbuch steht als Beispiel die AHV-Nummer 756.1234.5678.97.');
    unchanged('The form shows 756.1234.5678.97 as an example of the number.');
  });

  it('keeps a reference to a secret store where a password would stand', () => {
    unchanged('SMTP_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-mail.vault.azure.net/secrets/smtp/) fails to resolve');
    unchanged('DB_PASSWORD=op://Shared/Postgres/password in the .env for op run');
  });

  it('keeps the user id after "password for" on a logon screen', () => {
    unchanged('  ENTER NEW PASSWORD FOR OPS0193\n  Password ===> ');
  });

  it('keeps a key an aside calls search-only, whatever question follows', () => {
    const k = pick('0123456789abcdef', 32);
    unchanged(`index = client('APP1234XYZ', '${k}') — the search-only key, public by design. How do I sort by price?`);
  });

  it('still masks a key whose aside is itself the question', () => {
    const k = pick('0123456789abcdef', 32);
    expect(r(`client = algoliasearch('APP1234XYZ', '${k}') — is the search-only key safe to expose?`)).toContain(KEY);
  });
});
