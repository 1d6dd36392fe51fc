import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, LOWER, PW, KEY } from './made-up';

/** The general rules added after held-out corpus V, on values made up here. */
const pick = picker(7411);
const ID = '[redacted national id]';
const ACCOUNT = '[redacted bank account]';
const POLICY = '[redacted policy number]';

describe('passwords in more forms and wordings', () => {
  it('masks a passphrase of four or more hyphenated words after a password word, in any language the rules read', () => {
    expect(r('My password is copper-willow-raven-fjord, I think.')).toBe(`My password is ${PW}, I think.`);
    expect(r('mật khẩu wifi quán: lantern-basil-quarry-ember nhé')).toBe(`mật khẩu wifi quán: ${PW} nhé`);
    expect(r('Ο κωδικός του router είναι harbor-mint-glacier-otter τώρα')).toBe(`Ο κωδικός του router είναι ${PW} τώρα`);
    expect(r('das Passwort ist walnut-cobalt-prairie-sable-ion, glaube ich')).toBe(`das Passwort ist ${PW}, glaube ich`);
    expect(r('Lösenordet är blåbär-skog-hav-ljus, tror jag')).toBe(`Lösenordet är ${PW}, tror jag`);
  });

  it('keeps compounds of three words or fewer, and longer ones with joining words', () => {
    unchanged('The password is up-to-date now.');
    unchanged('Our password policy is state-of-the-art, the auditor said.');
    unchanged('The password is end-to-end encrypted in transit.');
  });

  it('reads the English password word with the short verb of the language around it (code-switching)', () => {
    expect(r('Oye, el password es Tamb0r!ne pero no entra')).toBe(`Oye, el password es ${PW} pero no entra`);
    expect(r('Yung password ay kiwi-basket-orbit-lumen po, tama ba?')).toBe(`Yung password ay ${PW} po, tama ba?`);
    expect(r('password yake ni Simba#2231 lakini')).toBe(`password yake ni ${PW} lakini`);
  });

  it('keeps a sentence after such a verb, and English "to"/"on" as prepositions', () => {
    unchanged('el password es muy largo para recordarlo');
    unchanged('I sent the password to my manager yesterday.');
  });

  it('masks a password named and then changed "to" a value in other languages', () => {
    expect(r('Olvidé la clave del portal. Creo que la cambié a Loro#4471q en marzo.')).toBe(`Olvidé la clave del portal. Creo que la cambié a ${PW} en marzo.`);
    expect(r('Sahau nenosiri la router. Nilibadilisha kuwa Twiga!882b wiki iliyopita.')).toBe(`Sahau nenosiri la router. Nilibadilisha kuwa ${PW} wiki iliyopita.`);
    expect(r("J'ai perdu le mot de passe de la box. Je l'ai changé en Renard-7731 hier.")).toBe(`J'ai perdu le mot de passe de la box. Je l'ai changé en ${PW} hier.`);
    expect(r('Lupa kata sandi email kantor. Saya ganti jadi Kucing88! kemarin.')).toBe(`Lupa kata sandi email kantor. Saya ganti jadi ${PW} kemarin.`);
  });

  it('keeps a change of something else, and a plain word', () => {
    unchanged('Cambié el color del tema. Lo cambié a Azul2x! hoy.');
    unchanged('Niliona nenosiri ni gumu. Nilibadilisha kuwa rahisi zaidi.');
  });

  it('masks a value handed on after a sentence naming the login ("she will need this too: …")', () => {
    expect(r('I gave him the login for the kiosk. He will need this too: copper-willow-raven-fjord. Thanks!')).toBe(
      `I gave him the login for the kiosk. He will need this too: ${PW}. Thanks!`,
    );
    expect(r('The shared password is in the drawer. You will also need this: Tq8#mmx21Lp')).toBe(`The shared password is in the drawer. You will also need this: ${PW}`);
    expect(r('Sie kennt den Login schon. Sie braucht auch das: Kf8!pa92Zq')).toBe(`Sie kennt den Login schon. Sie braucht auch das: ${PW}`);
  });

  it('keeps what follows such words when no login was named, or when it is prose', () => {
    unchanged('I showed her the login page. She will need this too: a map of the building.');
    unchanged('I showed him the login page. He will need this too: README.md');
  });

  it("masks a Wi-Fi key under the router label's name in other languages and scripts", () => {
    const v = pick(LOWER, 5) + pick(DIGITS, 3) + pick(LOWER, 4);
    expect(r(`ラベル:\nSSID: home-${pick(LOWER, 4)}\n暗号化キー: ${v}\n`)).not.toContain(v);
    expect(r(`네트워크 키: ${v}`)).toBe(`네트워크 키: ${PW}`);
    expect(r(`Klucz sieci: ${v} — nie działa`)).toBe(`Klucz sieci: ${PW} — nie działa`);
  });

  it('keeps an encryption scheme after the same names', () => {
    unchanged('暗号化キー: AES と書いてあります');
    unchanged('Klucz sieci: WPA2');
  });
});

describe('identity and account numbers named in more languages and layouts', () => {
  it('masks a driving licence named in Italian, Turkish, Czech and Swahili', () => {
    expect(r('Numero patente: RM4431902K, rilasciata a Roma.')).toBe(`Numero patente: ${ID}, rilasciata a Roma.`);
    expect(r('Ehliyet numaram: 53187204 idi')).toBe(`Ehliyet numaram: ${ID} idi`);
    expect(r('Řidičský průkaz č. EH772194')).toContain(ID);
    expect(r('Leseni ya udereva: DL4471922 imeisha')).toBe(`Leseni ya udereva: ${ID} imeisha`);
  });

  it('keeps a patent and a number plate', () => {
    unchanged('Ho depositato il brevetto: patente 1234567 registrata a Milano.');
    unchanged('Mi carro: número de patente AB123CD, ¿sirve para el seguro?');
  });

  it('masks a passport or identity card number after a plural label, a Tagalog possessive, or a Swahili name', () => {
    expect(r('The airline needs our passport numbers. Mine is K44819203 (IT), valid till 2030.')).toBe(
      `The airline needs our passport numbers. Mine is ${ID} (IT), valid till 2030.`,
    );
    expect(r('Passport no. ko: P7719283B po.')).toBe(`Passport no. ko: ${ID} po.`);
    expect(r('namba ya kitambulisho: 29384712. Asante')).toBe(`namba ya kitambulisho: ${ID}. Asante`);
  });

  it("masks a passport number after another language's words for 'my' and 'is'", () => {
    expect(r('Mój numer paszportu to EA1234567.')).toBe(`Mój numer paszportu to ${ID}.`);
    expect(r('Mitt passnummer är 12345678 och det går ut snart')).toBe(`Mitt passnummer är ${ID} och det går ut snart`);
    expect(r('Số hộ chiếu của tôi là C1234567 nhé')).toBe(`Số hộ chiếu của tôi là ${ID} nhé`);
    expect(r('Passinumeroni on PA1234567')).toBe(`Passinumeroni on ${ID}`);
    expect(r('Nambari ya pasipoti yangu ni AK1234567')).toBe(`Nambari ya pasipoti yangu ni ${ID}`);
  });

  it('keeps a date or a room number after the passport named', () => {
    unchanged('My passport expired on 2024-01-05, and it is in the safe.');
    unchanged('The passport is at the desk and my room is 1234567.');
  });

  it('keeps the document named with no number of its own', () => {
    unchanged('I have 2 passports and the passport numbers are on file.');
  });

  it("masks the Philippines' government numbers by their names and shapes", () => {
    expect(r('Bagong hire: SSS 34-1234567-8, TIN 301-442-118-000. Salamat')).toBe(`Bagong hire: SSS ${ID}, TIN ${ID}. Salamat`);
    expect(r('PhilHealth no. 12-345678901-2 po')).toBe(`PhilHealth no. ${ID} po`);
    expect(r('Pag-IBIG no. 1211-0987-6543')).toBe(`Pag-IBIG no. ${ID}`);
  });

  it('keeps the same shapes without those names', () => {
    unchanged('Your parcel 123-456-789 shipped.');
    unchanged('SSS form 1902 dated 2024-01-01');
  });

  it('masks a document number named in one sentence and given as sent in the next', () => {
    expect(r('Für die Anmeldung brauche ich die Steuer-ID. Er hat mir 41273981540 geschickt, aber')).toBe(
      `Für die Anmeldung brauche ich die Steuer-ID. Er hat mir ${ID} geschickt, aber`,
    );
    expect(r('I need her passport number for the visa form. She sent me K44718293 this morning.')).toBe(
      `I need her passport number for the visa form. She sent me ${ID} this morning.`,
    );
  });

  it('keeps a number of another kind sent after such a sentence, or one sent after the document alone', () => {
    unchanged('I need his passport number. He sent me his order 12345678 instead.');
    unchanged('I need the passport. The hotel sent me 12345678 rooms.');
  });

  it('masks a health insurance number with its owner, or a European card that "has the number"', () => {
    expect(r('Die Versichertennummer des Kindes ist T123456789, aber')).toBe(`Die Versichertennummer des Kindes ist ${POLICY}, aber`);
    expect(r('Η κάρτα ασφάλισης έχει αριθμό 80310123412341234567. Τι')).toBe(`Η κάρτα ασφάλισης έχει αριθμό ${POLICY}. Τι`);
    expect(r('My EHIC card number is 80826012345678901234 — valid?')).toBe(`My EHIC card number is ${POLICY} — valid?`);
  });

  it('keeps the card named without a number', () => {
    unchanged('The European health insurance card has the number printed on the back.');
    unchanged('EHIC: renew before 2027');
  });

  it('masks an account number named in more languages, with whose it is between', () => {
    expect(r('Akaunti ya benki ni 1815422469 na tawi ni Nairobi')).toBe(`Akaunti ya benki ni ${ACCOUNT} na tawi ni Nairobi`);
    expect(r('Số tài khoản là 0123456789 ở ngân hàng Vietcombank')).toBe(`Số tài khoản là ${ACCOUNT} ở ngân hàng Vietcombank`);
    expect(r('Şirketin hesap numarası 1234567890, banka Ziraat.')).toBe(`Şirketin hesap numarası ${ACCOUNT}, banka Ziraat.`);
  });

  it('keeps a number beside "account" where no bank is spoken of', () => {
    unchanged('My account of 2019 was 12345678 points in the game.');
  });
});

describe('codes and keys in more languages and forms', () => {
  it('masks a PIN with its owner and a verb for "is" or "was" in more languages', () => {
    expect(r('PIN ya zamani ilikuwa 5604. Je')).toBe(`PIN ya zamani ilikuwa ${PW}. Je`);
    expect(r('ang PIN ng ATM card ay 4417 po')).toBe(`ang PIN ng ATM card ay ${PW} po`);
    expect(r('PIN của thẻ là 8810 nhé')).toBe(`PIN của thẻ là ${PW} nhé`);
  });

  it('keeps a PIN format', () => {
    unchanged('The PIN for 4 digits was never enough.');
  });

  it("masks a lock's code named in Swahili, German compounds, Finnish or Turkish", () => {
    expect(r('Msimbo mpya wa mlango wa ofisi ni 4412#. Usimpe mtu')).toBe(`Msimbo mpya wa mlango wa ofisi ni ${PW}. Usimpe mtu`);
    expect(r('Alarmanlage: Code 776052 eingeben, dann raus.')).toBe(`Alarmanlage: Code ${PW} eingeben, dann raus.`);
    expect(r('Hälytyksen koodi on 4471, muista sulkea ovi.')).toBe(`Hälytyksen koodi on ${PW}, muista sulkea ovi.`);
  });

  it('masks a dial combination in dashed pairs right after a word for a combination', () => {
    expect(r("The note says 'combo 89-11-66, turn left first'.")).toBe(`The note says 'combo ${PW}, turn left first'.`);
    expect(r('La combinazione 12-40-07 non funziona più')).toBe(`La combinazione ${PW} non funziona più`);
  });

  it('keeps a formation and a count in dashes after a word for a combination', () => {
    unchanged('The coach likes the combination 4-4-2 best.');
    unchanged('Press combo 1-2-3 then jump.');
  });

  it('masks an SSH2 (RFC 4716) private key file, written with four dashes, and keeps its public key', () => {
    const body = Array.from({ length: 3 }, () => pick(ALNUM, 64)).join('\n');
    expect(r(`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-2019"\n${body}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`)).toBe(
      '[redacted private key]',
    );
    unchanged(`---- BEGIN SSH2 PUBLIC KEY ----\nComment: "me@host"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC${pick(ALNUM, 40)}\n---- END SSH2 PUBLIC KEY ----`);
  });

  it("masks a card's security code named in Hebrew, Greek or Turkish beside a real card number", () => {
    const card = '4539148803436467';
    expect(r(`מספר כרטיס ${card} קוד 321`)).not.toMatch(/321/);
    expect(r(`Αριθμός κάρτας ${card}, κωδικός ασφαλείας 456.`)).not.toMatch(/456/);
    expect(r(`Kart numarası ${card}, güvenlik kodu 159.`)).not.toMatch(/159/);
  });

  it('keeps a code under those names with no card near', () => {
    unchanged('קוד 321 בלי כרטיס');
    unchanged('Ο κωδικός ασφαλείας έχει 3 ψηφία στην πίσω πλευρά.');
  });

  it('keeps a postal code, an error code and a version near those words', () => {
    unchanged('Msimbo wa posta ni 00100 Nairobi.');
    unchanged('Error code 12-34-56 again after the update.');
    unchanged('Die Alarmanlage hat Version 3.2 und Code 404 Fehler.');
  });

  it('masks a BitLocker recovery password by its groups, each eleven times a 16-bit number', () => {
    const groups = Array.from({ length: 8 }, () => String(Number(pick(DIGITS, 4)) * 11).padStart(6, '0'));
    const key = groups.join('-');
    expect(r(`The key in the binder is ${key}, does it still work?`)).toBe('The key in the binder is [redacted recovery code], does it still work?');
    expect(r(`${key}`)).toBe('[redacted recovery code]');
  });

  it('keeps eight dashed groups of six that fail the check', () => {
    unchanged('Serial 123456-234567-345678-456789-567890-678901-789012-890123 on the box.');
  });

  it('masks a two-factor set-up key named in Greek, Czech, Japanese and Russian', () => {
    const seed = Array.from({ length: 8 }, () => pick('abcdefghijklmnopqrstuvwxyz234567', 4)).join(' ');
    expect(r(`Το κλειδί ρύθμισης είναι: ${seed}. Δεν`)).toBe(`Το κλειδί ρύθμισης είναι: ${KEY}. Δεν`);
    expect(r(`Klíč pro nastavení: ${seed.toUpperCase()}`)).toBe(`Klíč pro nastavení: ${KEY}`);
    expect(r(`セットアップキー: ${seed}`)).toBe(`セットアップキー: ${KEY}`);
    expect(r(`Ключ настройки: ${seed}`)).toBe(`Ключ настройки: ${KEY}`);
  });

  it('keeps base32-like words after the same names when they are not a seed', () => {
    unchanged('Το κλειδί ρύθμισης είναι στο email σου.');
  });

  it('masks a code named in Japanese, Chinese or Korean with the next word run on after it', () => {
    expect(r('カードの暗証番号は5930です')).toBe(`カードの暗証番号は${PW}です`);
    expect(r('門の暗証番号は771204です。')).toBe(`門の暗証番号は${PW}です。`);
  });

  it('keeps a length run on in the same way', () => {
    unchanged('暗証番号は4桁です');
    unchanged('パスワードは8文字以上です');
  });

  it('reads Swahili "nywila" as a password word', () => {
    expect(r('Nywila ya Wi-Fi ni Kahawa2024! kwa wageni')).toBe(`Nywila ya Wi-Fi ni ${PW} kwa wageni`);
    unchanged('Nywila ni ndefu sana kukumbuka.');
  });
});

describe("identity numbers under the forms' abbreviations, by their checks", () => {
  it("masks a Swedish personnummer after 'pnr' and a Norwegian fødselsnummer after 'fnr'", () => {
    expect(r('Ditt pnr är 840304-2420?')).toBe(`Ditt pnr är ${ID}?`);
    expect(r('fnr 11019629327 står på kortet')).toBe(`fnr ${ID} står på kortet`);
  });

  it('keeps numbers under the same names that fail their checks', () => {
    unchanged('Ditt pnr är 840304-2421?');
    unchanged('fnr 11019629328 står på kortet');
  });
});

describe('keys and secrets named in more languages, with a verb as well as a colon', () => {
  it("masks a machine-made key after its name, a possessive and the language's 'is'", () => {
    const k = pick(ALNUM, 32);
    const h = pick(HEX, 40);
    expect(r(`Min API-nyckel är ${k}, men den funkar inte`)).toBe(`Min API-nyckel är ${KEY}, men den funkar inte`);
    expect(r(`khóa API của tôi là ${k} nhưng bị lỗi`)).toBe(`khóa API của tôi là ${KEY} nhưng bị lỗi`);
    expect(r(`ufunguo wa API ni ${h} lakini`)).toBe(`ufunguo wa API ni ${KEY} lakini`);
    expect(r(`APIキーは ${k} です`)).toBe(`APIキーは ${KEY} です`);
    expect(r(`API密钥是${h}，但是报错`)).toBe(`API密钥是${KEY}，但是报错`);
    expect(r(`מפתח ה-API הוא ${k} אבל`)).toBe(`מפתח ה-API הוא ${KEY} אבל`);
    expect(r(`Το μυστικό κλειδί είναι ${k} αλλά`)).toBe(`Το μυστικό κλειδί είναι ${KEY} αλλά`);
  });

  it('keeps words, lengths and questions after the same names', () => {
    unchanged('Min API-nyckel är ogiltig sedan igår.');
    unchanged('APIキーは32文字です');
    unchanged('ufunguo wa API ni mrefu sana kwa fomu hii');
    unchanged('API密钥是什么意思？');
  });
});

describe('one-time codes named before them in more languages', () => {
  const RC = '[redacted recovery code]';

  it("masks a code after a name that says it is a one-time code, with the language's 'is' or a colon", () => {
    expect(r('Your verification code is 730518, it expires soon')).toBe(`Your verification code is ${RC}, it expires soon`);
    expect(r('Mã OTP của bạn là 730518 nhé')).toBe(`Mã OTP của bạn là ${RC} nhé`);
    expect(r('Nambari yako ya uthibitisho ni 730518.')).toBe(`Nambari yako ya uthibitisho ni ${RC}.`);
    expect(r('您的验证码是730518，请勿泄露')).toBe(`您的验证码是${RC}，请勿泄露`);
    expect(r('認証コードは730518です')).toBe(`認証コードは${RC}です`);
    expect(r('Twój kod weryfikacyjny to 730518.')).toBe(`Twój kod weryfikacyjny to ${RC}.`);
    expect(r('Vahvistuskoodisi on 730518.')).toBe(`Vahvistuskoodisi on ${RC}.`);
    expect(r('Tu código de verificación es 730518.')).toBe(`Tu código de verificación es ${RC}.`);
  });

  it('keeps a length, a lifetime and an error code after such names', () => {
    unchanged('The verification code has 6 digits.');
    unchanged('The verification code expires in 1000 seconds.');
    unchanged('验证码错误代码1234');
  });

  it("keeps a booking's or an order's confirmation code: a reference", () => {
    unchanged('Hotel booking confirmation code 582044, can I move it a day?');
    unchanged('Mi reserva: código de confirmación 582044, ¿puedo cambiar la fecha?');
    unchanged('予約の確認コードは582044です');
  });
});

describe('personal tax and insurance numbers by name, and by check where they carry one', () => {
  it("masks a person's tax number named in Vietnamese, Indonesian or Turkish, and a Polish ID card's number", () => {
    expect(r('Mã số thuế cá nhân của tôi là 8012345678 nhé')).toBe(`Mã số thuế cá nhân của tôi là ${ID} nhé`);
    expect(r('NPWP saya 12.345.678.9-012.345 ya')).toBe(`NPWP saya ${ID} ya`);
    expect(r('Vergi numaram 1234567890, doğru mu?')).toBe(`Vergi numaram ${ID}, doğru mu?`);
    expect(r('Numer dowodu: ABC123456, ważny do 2030')).toBe(`Numer dowodu: ${ID}, ważny do 2030`);
  });

  it('masks a Czech birth number and a German pension insurance number that pass their checks', () => {
    expect(r('Rodné číslo: 855212/1237, prosím')).toBe(`Rodné číslo: ${ID}, prosím`);
    expect(r('Meine Rentenversicherungsnummer ist 12 150385 M 127.')).toBe(`Meine Rentenversicherungsnummer ist ${ID}.`);
  });

  it('keeps the same shapes failing their checks', () => {
    unchanged('Rodné číslo: 855212/1235, prosím');
    unchanged('Meine Rentenversicherungsnummer ist 12 150385 M 125.');
  });
});

describe('seed phrases in the other BIP-39 lists under wallet words in more languages', () => {
  const entropy = Uint8Array.from({ length: 16 }, () => Number(pick(DIGITS, 2)) % 256);
  const phrase = entropyToMnemonic(entropy, italian);
  const SEED = '[redacted seed phrase]';

  it('masks an Italian-list phrase under Hebrew, Dutch or Swedish words for a wallet or its recovery phrase', () => {
    expect(r(`מילות השחזור של הארנק שלי: ${phrase}`)).toBe(`מילות השחזור של הארנק שלי: ${SEED}`);
    expect(r(`Herstelzin van mijn portemonnee: ${phrase}`)).toBe(`Herstelzin van mijn portemonnee: ${SEED}`);
    expect(r(`Min plånboks återställningsfras: ${phrase}`)).toBe(`Min plånboks återställningsfras: ${SEED}`);
  });

  it('keeps Italian words of the list in a text that speaks of no seed or wallet', () => {
    unchanged('Lista della spesa: pane latte abete seme padella robusto.');
  });
});
