import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AI, on values and sentences made up here. */
describe('look-alikes kept: no password, a maker\'s default, a name spelled out, counting, codes of other kinds', () => {
  it('keeps a network said to have no password, and "the other one" after it', () => {
    unchanged('The lobby Wi-Fi is "Hotel-Guests", open, no password; the crew one is "Hotel-Crew" — reception has the key.');
    unchanged('Das Gäste-WLAN ist offen, ohne Passwort; the office one is "Praxis_Team".');
  });

  it("keeps a factory default the maker ships every unit with", () => {
    unchanged('The vendor ships every camera with the default password "1234", which our audit flagged.');
    unchanged('Le fabricant livre le boîtier avec le mot de passe par défaut 0000, c\'est noté dans l\'audit.');
  });

  it('keeps a bracketed name spelled out, a city, a network and counting', () => {
    unchanged('PLZ (Postleitzahl) 80331 is central Munich.');
    unchanged('ARC (Area Routing Code) 40210 is retired.');
    unchanged('Jakarta (city): 10110 is the postcode.');
    unchanged('count with me: one two three four, 1234 steps done');
    unchanged('Kodi i autorizimit: 441208 (receipt from the shop)');
  });

  it('keeps a sentence after a password word, in English and other languages', () => {
    unchanged('password: see pinned message');
    unchanged('el password es muy largo para recordarlo');
    unchanged('wifi password: ask the front desk');
    unchanged('The error code is 5031. Do not share your screen with them.');
    unchanged('I typed GitHub into the login search');
    unchanged('I entered the wrong password into the login');
  });
});

describe('codes on the short lines of notes, in any layout', () => {
  it("masks a code after a place and the code's word in brackets, in many languages", () => {
    masks('bike shed (kod): 4471', '4471');
    masks('- pump room (código): 90-12-33', '90-12-33');
    masks('archive (코드): 7731905', '7731905');
    masks('garage (код) → 552918', '552918');
    masks('tool cabinet (safe): 17-4-62', '17-4-62');
    masks('back office (代码): 4C82K1', '4C82K1');
  });

  it('masks a key box code written after where the box hangs', () => {
    masks('keybox by the loading bay 58213', '58213');
    masks('"Café Nord","key safe at the side gate 0719","Ole"', '0719');
    masks('Schlüsselkasten am Hintereingang 8842', '8842');
    masks('boîte à clés près du portail 5521.', '5521');
    masks('[spoiler]lockbox behind the bins 36620[/spoiler]', '36620');
  });

  it('masks a code word first, then the place, then a colon, and a duress code', () => {
    masks('code plant room: 8K41P2', '8K41P2');
    masks('alarm 1357, duress 8642', '8642');
    masks('Alarmanlage Bedrohungscode: 7713', '7713');
  });

  it('masks a value after an arrow as after a colon', () => {
    masks('PIN Firmenkarte → 482913', '482913');
    masks('- STRIPE_SECRET ⇒ qJ8(vN!2r@Lm)Pz7#Wd5', 'qJ8(vN!2r@Lm)Pz7#Wd5');
  });
});

describe('passwords in the forms a note or a config gives them', () => {
  it('masks a passphrase of any list\'s words after a colon or "is", ended by its line or a bracket', () => {
    masks('wifi password: mango quarry tulip ribbon (SSID Loft)', 'mango quarry tulip ribbon');
    masks('my password is walrus pepper basalt\nthanks', 'walrus pepper basalt');
    masks('salasana: otter cobalt meadow fjord', 'otter cobalt meadow fjord');
    masks('user kiosk2 / password heron violet gravel spoon', 'heron violet gravel spoon');
    masks('Admin: http://10.0.0.1  user admin  pass lemur canyon parsley', 'lemur canyon parsley');
  });

  it('masks a passphrase as a config literal, a pgpass line and a netrc password', () => {
    masks("define('DB_PASSWORD', 'puffin sorrel granite');", 'puffin sorrel granite');
    masks('db.example.net:5432:shop:app:tiger lantern quartz moss', 'tiger lantern quartz moss');
    masks('machine git.example.org\n  login ci\n  password ZqwerTyuPl', 'ZqwerTyuPl');
  });

  it('masks a config value whose brackets are its own characters', () => {
    masks('[app]\nsecret_key = )q8(Zr!w2)Vx9#kL0p', ')q8(Zr!w2)Vx9#kL0p');
    masks('mail.smtp.password=)Tk3(vB9!eR(2', ')Tk3(vB9!eR(2');
  });

  it('masks a value after a mistyped "password"', () => {
    masks('pasword for the till is Nx7!marble', 'Nx7!marble');
    masks('passwrd scanner Qp4-Lr8-Zt2', 'Qp4-Lr8-Zt2');
    masks('passowrd: Heron!2291', 'Heron!2291');
  });

  it('masks a password said by typing it into a login, in several languages', () => {
    masks('I typed Tr4vel!Bag into the staff portal login twice', 'Tr4vel!Bag');
    masks('escribí Mar1posa88 en el inicio de sesión y se bloqueó', 'Mar1posa88');
    masks("j'ai tapé Lune-4471x dans la connexion", 'Lune-4471x');
  });
});

describe('keys, tokens and one-time codes in more shapes', () => {
  it('masks 64 hex digits under a deployer\'s or a short private key name', () => {
    masks('DEPLOYER_PK=0x9f3a0c2e7b51d4a86f0e9c3b2a7d5e1f4c8b6a2d0e9f7c5b3a1d8e6f4c2b0a9d', '9f3a0c2e7b51d4a86f0e9c3b2a7d5e1f4c8b6a2d0e9f7c5b3a1d8e6f4c2b0a9d');
    masks('signer_key: 0x1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a', '1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a');
    unchanged('deployer tx hash 0x9f3a0c2e7b51d4a86f0e9c3b2a7d5e1f4c8b6a2d0e9f7c5b3a1d8e6f4c2b0a9d');
  });

  it('masks each setting of a JSON string whose lines are escaped', () => {
    masks('{"text": "see\\nAPI_SECRET: Zq8+Lm3/Pw7xYt2Rk9Vb4Nc6Hd1Jf5Gs0\\nSTORAGE_KEY: +Aa9Bb8Cc7Dd6Ee5Ff4Gg3Hh2Ii1Jj0KkLlMmNnOoPp=="}', 'Zq8+Lm3/Pw7xYt2Rk9Vb4Nc6Hd1Jf5Gs0', '+Aa9Bb8Cc7Dd6Ee5Ff4Gg3Hh2Ii1Jj0KkLlMmNnOoPp==');
  });

  it('masks a bearer token with = inside it', () => {
    masks('-H "Authorization: Bearer ZXQ1kP9vLm2Rt7Yw4Bn8Cx3=Df6Gh1Jk5Lp0Qs9=Tu2Vw7" https://api.example.org', 'Df6Gh1Jk5Lp0Qs9=Tu2Vw7');
  });

  it('masks a list of backup codes under a code word with its kind in brackets', () => {
    masks('kodi (backup) payroll portal:\nq7wd-3kzp\nm2vx-8tnr\nh5jc-9bqe\nz4fs-6ylu', 'q7wd-3kzp', 'z4fs-6ylu');
    masks('코드 (recovery):\n4821 9073\n3156 6620\n7904 1185', '4821 9073', '7904 1185');
  });

  it('masks a text-message code whose message says not to share it', () => {
    masks('"Tu código es 530917. No lo compartas con nadie."', '530917');
    masks('"Ihr Code lautet 771204. Nicht weitergeben."', '771204');
    masks('"Twój kod to 640218. Nie udostępniaj go nikomu."', '640218');
  });

  it('masks a code read out digit by digit and written down beside it', () => {
    masks("so that's six one nine nine two — 61992 for the shed, right?", '61992');
    masks('vier sieben sieben eins, also 4771 für das Tor', '4771');
  });

  it('masks a door code said with a verb last in Malayalam', () => {
    masks('വാതിലിന്റെ കോഡ് 5830 ആണ്', '5830');
  });
});
