import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, withLuhn, ALNUM, DIGITS, HEX, KEY, PW } from './made-up';

/** The general rules added after held-out corpus M, on values made up here. */
const pick = picker(2030);
const ID = '[redacted national id]';
const CARD = '[redacted card number]';
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;

describe('codes and PINs named in languages with their own script or verb order', () => {
  it('masks them after the name, with the verb or a particle between', () => {
    const c = Array.from({ length: 9 }, () => code(4));
    expect(r(`بطاقة البنك الرقم السري ${c[0]} من فضلك`)).toBe(`بطاقة البنك الرقم السري ${PW} من فضلك`);
    expect(r(`رمز باب المكتب هو ${c[1]}`)).toBe(`رمز باب المكتب هو ${PW}`);
    expect(r(`הקוד לדלת של המחסן הוא ${c[2]}, תודה`)).toBe(`הקוד לדלת של המחסן הוא ${PW}, תודה`);
    expect(r(`銀行カードの暗証番号は ${c[3]} です。`)).toBe(`銀行カードの暗証番号は ${PW} です。`);
    expect(r(`현관 비밀번호는 ${c[4]} 이에요`)).toBe(`현관 비밀번호는 ${PW} 이에요`);
    expect(r(`Bahçe kapısı şifresi ${c[5]}, unutma.`)).toBe(`Bahçe kapısı şifresi ${PW}, unutma.`);
    expect(r(`Pankkikortin PIN-koodi on ${c[6]}.`)).toBe(`Pankkikortin PIN-koodi on ${PW}.`);
    expect(r(`Bankkortets pinkod ${c[7]}.`)).toBe(`Bankkortets pinkod ${PW}.`);
    expect(r(`Kod do szafki na siłowni: ${c[8]}.`)).toBe(`Kod do szafki na siłowni: ${PW}.`);
    const otp = code(6);
    expect(r(`मेरे फ़ोन पर OTP ${otp} आया है`)).toBe(`मेरे फ़ोन पर OTP ${PW} आया है`);
  });

  it('keeps error and postal codes, counts, and numbers with no secret name', () => {
    unchanged(`رمز الخطأ ${code(4)} يظهر عند الدخول`);
    unchanged(`הקוד שגיאה ${code(4)} מופיע`);
    unchanged('暗証番号は4桁です。');
    unchanged(`Sipariş numarası ${code(6)}, kargo yolda.`);
    unchanged(`Ovessa on numero ${code(4)}.`);
    unchanged(`OTP 6 haneli olmalı, 30 seconds left`);
  });
});

describe('codes that are words, named as a code given at a gate or a guest network', () => {
  it('masks a word-and-number code, a code in capitals and a guest voucher', () => {
    const word = `${['maple', 'otter', 'comet'][Number(pick('012', 1))]}-${pick(DIGITS, 2)}`;
    expect(r(`The after-school pickup code for Leo is ${word}, show it at the door.`)).toBe(`The after-school pickup code for Leo is ${PW}, show it at the door.`);
    expect(r(`Okul teslim kodu ${word}.`)).toBe(`Okul teslim kodu ${PW}.`);
    expect(r('Our safe word this term is HERON, please remember it.')).toBe(`Our safe word this term is ${PW}, please remember it.`);
    const voucher = `${pick('ABCDEFGHJK', 2)}${pick(DIGITS, 2)}-${pick('ABCDEFGHJK', 2)}${pick(DIGITS, 2)}`;
    expect(r(`Hotel guest Wi-Fi voucher: ${voucher}, valid 24h`)).toBe(`Hotel guest Wi-Fi voucher: ${PW}, valid 24h`);
  });

  it('keeps shop coupons, lower-case words after a pickup code, and codes without a secret name', () => {
    unchanged('Use coupon code SPRING25 at checkout for 25% off.');
    unchanged('The pickup code is printed on the receipt, ask at the desk.');
    unchanged('Error code ENOENT-2 when I run it.');
  });
});

describe('security-question answers given as such', () => {
  it('masks a quoted answer and capitalised words after the question', () => {
    expect(r(`My mother's maiden name = Mrs. Vandermolen. Is that safe?`)).toBe(`My mother's maiden name = ${PW}. Is that safe?`);
    expect(r('Security question "city you were born in" — answer is Port Elgin, and it still fails')).toBe(
      `Security question "city you were born in" — answer is ${PW}, and it still fails`,
    );
    expect(r('Güvenlik sorusu cevabım "Karaburun" idi.')).toBe(`Güvenlik sorusu cevabım "${PW}" idi.`);
  });

  it('keeps a plain word of a sentence after "answer"', () => {
    unchanged('The security question asks for a pet name, the answer is usually short.');
    unchanged('What is the answer to the security question about maiden names?');
  });
});

describe('gift card and top-up numbers named as such', () => {
  it('masks the number after its name, bare or grouped', () => {
    const n = pick(DIGITS, 16);
    expect(r(`Gift card number ${n}, it says invalid.`)).toBe(`Gift card number ${CARD}, it says invalid.`);
    const grouped = [4, 4, 4, 4].map((k) => pick(DIGITS, k)).join(' ');
    expect(r(`I scratched the recharge card, the code is ${grouped}. How do I load it?`)).toBe(`I scratched the recharge card, the code is ${CARD}. How do I load it?`);
  });

  it('keeps order numbers and short numbers beside a gift card', () => {
    unchanged(`Gift card order number ${pick(DIGITS, 14)} has not shipped.`);
    unchanged('The gift card is worth 2500 yen.');
  });
});

describe('national numbers named in Korean, Hebrew, Turkish and as a US taxpayer number', () => {
  it('masks them after their names', () => {
    expect(r(`주민등록번호 880314-1${pick(DIGITS, 6)} 입니다`)).toBe(`주민등록번호 ${ID} 입니다`);
    expect(r(`תעודת זהות שלי ${withLuhn(pick(DIGITS, 8))}`)).toMatch(new RegExp(`^תעודת זהות שלי \\[redacted (?:national id|card number)\\]$`));
    expect(r(`Pasaport numaram U${pick(DIGITS, 8)}, nereye yazayım?`)).toBe(`Pasaport numaram ${ID}, nereye yazayım?`);
    expect(r(`My ITIN is 9${pick(DIGITS, 2)}-7${pick(DIGITS, 1)}-${pick(DIGITS, 4)}.`)).toBe(`My ITIN is ${ID}.`);
  });

  it('keeps a Korean birth-date-shaped number without the name', () => {
    unchanged('예약 번호 880314-1234567 확인 부탁드려요');
  });
});

describe('RTMP stream keys and keys as a script argument', () => {
  it('masks the stream name after an ingest application', () => {
    const k = [4, 4, 4, 4].map((n) => pick('abcdefghijklmnopqrstuvwxyz0123456789', n)).join('-');
    expect(r(`ffmpeg -i in.mp4 -f flv rtmp://ingest.example.net/live2/${k}`)).toBe(`ffmpeg -i in.mp4 -f flv rtmp://ingest.example.net/live2/${KEY}`);
    unchanged('rtmp://localhost/live/stream');
  });

  it('masks a prefixed or random mixed-case argument, keeps hashes, SHAs and UUIDs', () => {
    const random = pick(ALNUM, 40).replace(/^./, 'Q').replace(/.$/, '7');
    expect(r(`$ node scripts/send.js ${random} "+15550100"`)).toBe(`$ node scripts/send.js ${KEY} "+15550100"`);
    const sk = `sk_${pick(ALNUM, 30)}A1b`;
    expect(r(`$ ./sync-bucket photos ${sk}`)).toBe(`$ ./sync-bucket photos ${KEY}`);
    unchanged(`$ ./deploy.sh ${pick(HEX, 40)}`);
    unchanged(`$ python3 fetch.py 3f2a1b4c-${pick(HEX, 4)}-4abc-8def-${pick(HEX, 12)}`);
  });
});

describe('keys after Turkish key words', () => {
  it('masks a random key after "API anahtarım" and "gizli anahtar", keeps a word after them', () => {
    const [a, b] = [pick(ALNUM, 40), pick(ALNUM, 40)];
    expect(r(`Borsa API anahtarım ${a}, gizli anahtar ${b}. Neden çalışmıyor?`)).toBe(`Borsa API anahtarım ${KEY}, gizli anahtar ${KEY}. Neden çalışmıyor?`);
    unchanged('API anahtarım nerede saklanmalı, gizli anahtar dosyası mı?');
  });
});

describe('false alarms of M: values in a secret place that are not secrets', () => {
  it('keeps a sandbox login the docs list, a publicAccessToken, a restricted Maps loader key, an IMEI', () => {
    unchanged(`The vendor's sandbox documentation lists the test user login demo.user / ${pick(ALNUM, 10)}9 — why is it rejected?`);
    unchanged(`createStorefrontApiClient({ storeDomain: "shop.example.net", publicAccessToken: "${pick(HEX, 32)}" })`);
    const maps = `AIza${pick(ALNUM, 35)}`;
    unchanged(`<script src="https://maps.googleapis.com/maps/api/js?key=${maps}&callback=init"></script> (the key is restricted to our domain)`);
    expect(r(`<script src="https://maps.googleapis.com/maps/api/js?key=${maps}&callback=init"></script>`)).toContain(KEY);
    unchanged(`IMEI ${withLuhn(`35${pick(DIGITS, 12)}`)} shows as blocked`);
  });

  it('keeps a webhook signature header and a command that reads the password', () => {
    unchanged(`X-Hub-Signature-256: sha256=${pick(HEX, 64)}\nX-GitHub-Event: push`);
    unchanged('$pw = Read-Host -AsSecureString "Enter the password"');
  });
});
