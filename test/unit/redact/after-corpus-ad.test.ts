import { describe, expect, it } from 'vitest';
import { r, unchanged, KEY, PW } from './made-up';

/** The general rules added after held-out corpus AD, on values and sentences made up here. */
const ID = '[redacted national id]';

describe('look-alikes kept: a routing number alone, a crash report’s ids, a signature header, examples, a company’s number', () => {
  it('keeps a routing number where no account is given, and masks it beside an account number', () => {
    unchanged('Is ABA routing 021000021 the same as a SWIFT code for a wire to our club’s Chase account?');
    expect(r('Direct deposit: routing 021000021, account number 4471902235.')).not.toContain('021000021');
  });

  it('keeps the ids a crash report prints under Key and Identifier names', () => {
    unchanged('Incident Identifier: 1B2C3D4E-0000-4AB8-9AB3-F6147094C05E\nCrashReporter Key:   0f3e9a7c21d84b6e5a90c1f2d3e4b5a6c7d8e9f0\nHardware Model:      iPhone15,2\nException Type:  EXC_CRASH (SIGABRT)');
  });

  it('keeps a signature header’s timestamp and MAC quoted in a sentence', () => {
    unchanged('The docs show the header as X-Hub-Signature: t=1700000000,v1=5f2b7c9d0e1a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4 and I cannot reproduce it.');
  });

  it('keeps an identity number a text presents as an example in more languages', () => {
    unchanged('Na stranici ministarstva stoji primjer: OIB 69435151530, je li to stvarni broj?');
  });

  it('keeps a tax number said as our company’s, and masks a person’s', () => {
    unchanged('ИНН нашей организации 7707083893 есть в каждом счете, это нормально?');
    expect(r('Мой ИНН 500100732259, его можно отправить бухгалтеру?')).toContain(ID);
  });

  it('keeps SNMP’s factory communities and masks a community of one’s own', () => {
    expect(r('[snmp]\nread_community=public\nwrite_community=harbourRW77')).toBe(`[snmp]\nread_community=public\nwrite_community=${PW}`);
  });
});

describe('layouts: SQL inserts, pipe tables, OCR text, LDAP clients, key files', () => {
  it('masks each row’s value under a password, token or PIN column of an INSERT', () => {
    const out = r("INSERT INTO kiosk_users (id, login, passwd, door_pin, shift) VALUES\n  (7, 'ruth', 'Moss!lamp42', '3381', 'late'),\n  (8, 'ade', 'teal#Fern90', '7716', 'early');");
    for (const v of ['Moss!lamp42', 'teal#Fern90', '3381', '7716']) expect(out).not.toContain(v);
    expect(out).toContain("'ruth'");
    unchanged("INSERT INTO rooms (id, name, floor) VALUES (1, 'Gym', '2'), (2, 'Lab', '3');");
  });

  it('masks a pipe table’s code column where the table names what the codes open, not a country’s or a product’s codes', () => {
    const out = r('| Site | Lock | Code |\n|---|---|---|\n| Depot | side gate keypad | 4821 |\n| Yard | padlock | 0917 |');
    expect(out).not.toContain('4821');
    expect(out).not.toContain('0917');
    expect(r('| Unit | PIN |\n| --- | --- |\n| van 3 | 5530 |')).not.toContain('5530');
    unchanged('| Country | Code |\n|---|---|\n| Spain | 0034 |\n| Chile | 0056 |');
    unchanged('| Product | Code | Price |\n|--|--|--|\n| Mop | 4410 | 12.50 |');
  });

  it('masks a password under a label that OCR garbled, in several languages', () => {
    expect(r('Note from the photo:\n  Adm1n Passw0rd :  Gull!rock58\n  0pen 9am')).toContain(`:  ${PW}`);
    expect(r('W1An Kennw0rt:  Birke-Sonne-31')).toContain(PW);
    expect(r('C0ntrase ña: Lirio#2024x')).toContain(PW);
    unchanged('T1me : 10:30am\nR00m : B-12');
  });

  it('masks the LDAP clients’ bind passwords', () => {
    expect(r('ldap_default_bind_dn = cn=reader,dc=ex,dc=org\nldap_default_authtok = Quill9-harbour')).toContain(`authtok = ${PW}`);
    expect(r('binddn cn=proxy,dc=ex,dc=org\nbindpw s3cret-Bind7')).toContain(`bindpw ${PW}`);
  });

  it('masks a Django development key wherever it stands, and a key file’s hex content named with it', () => {
    expect(r('# previous: django-insecure-a8#k2m!x9q@w3e$r5t^y7u&i*o(p)l_z-x=c+v0b1n2m3q4w5')).toBe(`# previous: ${KEY}`);
    expect(r('I pasted config/master.key into the ticket (0a1b2c3d4e5f60718293a4b5c6d7e8f9), how bad is it?')).toContain(KEY);
    unchanged('The sha256 of server.key is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, does it match?');
  });
});

describe('identity, health card and account numbers named in more ways', () => {
  it('masks an account number with its bank in parentheses before the colon', () => {
    expect(r('Bank details: account number (Equity): 0170299481523')).not.toContain('0170299481523');
  });

  it('masks a BVN and an Irish PSP number by their names', () => {
    expect(r('BVN dina: 30419927718. Na gode.')).toContain(ID);
    expect(r('Uimhir PSP an pháiste: 4827163B')).toContain(ID);
  });

  it('masks a European health insurance card’s number after its name in several languages', () => {
    expect(r('Numéro de la carte européenne d’assurance maladie : 80250012345678901234')).toContain(ID);
    expect(r('EHIC no. 80372009988776655443 — does the clinic need it?')).toContain(ID);
    unchanged('Tracking 80372009988776655443 is stuck in Leipzig.');
  });

  it('masks a tax or passport number said with whose it is and a verb for "is"', () => {
    expect(r('Die Steuer-ID meiner Tochter ist 57549285017, reicht das?')).toContain(ID);
    expect(r('The passport number of my son is X3K81Q20, is that enough for the form?')).toContain(ID);
  });
});

describe('codes said with their lock, door or alarm in more ways and languages', () => {
  it.each([
    ['a declined code word (Slovak instrumental)', 'Bránu otvoríš kódom 5831 do desiatej.'],
    ['a Romance genitive of a genitive and the value in parentheses', 'el codi de la porta del pati (4470) no funciona'],
    ['a compound door word and a house number between', 'die voordeur se kode by nr. 9 is nou 2617, dankie'],
    ['an English code with a flat number between', 'the gate code at no. 22 is now 9053.'],
    ['Irish, changed to', 'tá cód an dorais athraithe go 6128, a chara'],
    ['a Tamil lock number', 'அலமாரி பூட்டு எண் 3092.'],
    ['a lock and its "is", with whose lock between', 'Cykellåset till förrådet är 7261.'],
    ['a bike lock in English', 'The bike lock is 1552.'],
    ['a German compound lock', 'Das Fahrradschloss im Keller ist 4408.'],
    ['an alarm keyed then set', 'alarm 40917 then press set'],
  ])('masks %s', (_, text) => {
    const value = /\d{4,5}(?=\D*$)|\d{4,5}(?=[,.)\s]|$)/.exec(text)![0];
    expect(r(text)).not.toContain(value);
  });

  it('keeps a lock’s settings, error codes and years', () => {
    unchanged('The lock screen timeout is 3000.');
    unchanged('The error code at no. 14 is 8278.');
    unchanged('the alarm went off 3 times at 0300 then stopped');
  });
});
