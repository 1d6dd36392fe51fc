import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AJ, on values and sentences made up here. */
describe('look-alikes kept: examples in prose, pod names, counts, word lists', () => {
  it('keeps quoted examples listed in prose, which are no call\'s arguments', () => {
    unchanged("The checklist warns about defaults such as 'password', '4321' or 'root/root' on old routers.");
    unchanged('Die Prüfung fand Standardwerte wie "passwort", "0000" und "admin/admin" auf drei Geräten.');
  });

  it('keeps Kubernetes pod names, whose random parts have no vowels', () => {
    unchanged('billing-api-7cbqz9xk4m-w8h2t   1/1   Running   0   3d');
    unchanged('orders-worker-d9fjx2n6tp-q5r7z   0/1   CrashLoopBackOff   12   1h');
  });

  it('keeps a rule about a password\'s length or a count after the word', () => {
    unchanged('パスワードは10文字以上で、記号を1つ含めてください。');
    unchanged('password 2 times wrong and the account locks');
    unchanged('the PIN 6 digits long is enough for the lockers');
    unchanged('PIN (4 digits) is required at checkout');
    unchanged('password (see the pinned message)');
    unchanged('the code for the booking is on the confirmation e-mail');
  });

  it('keeps a shopping list and a list of words, however many', () => {
    unchanged('Grocery list: apple butter cheese coffee garlic lemon mango olive onion pepper potato tomato');
    unchanged('Vocabulary words: castle dragon forest garden island jungle kitten lemon meadow ocean planet river');
  });
});

describe("a secret's word, what it is for in brackets, then the value, in any language and layout", () => {
  it('masks a PIN, a code and a password after the bracket, with or without a separator', () => {
    masks('PIN (parcel locker) 80417', '80417');
    masks('password (stock app): 7Rk!vane', '7Rk!vane');
    masks('Passwort (Kassensystem) = Forelle-83', 'Forelle-83');
    masks('código (portão): 2291B', '2291B');
    masks('кодът (склад) 553190', '553190');
    masks('暗証番号（金庫）: 660241', '660241');
  });

  it('masks a config dump\'s label_(what)=value and an outliner\'s key:: value', () => {
    masks('[till.ini]\npin_(back_office)=30672\nfooter=Thanks', '30672');
    masks('wachtwoord_(kassa)=Zeehond_61', 'Zeehond_61');
    masks('- Bakery #ops\n  pin:: 4408\n  puk:: 91736250', '4408', '91736250');
  });

  it('masks a settings screen\'s dotted leader and a spreadsheet\'s next cell', () => {
    masks('  password (scale app) ........ heron-maple-quartz-58', 'heron-maple-quartz-58');
    masks('  mot de passe ........ Brume!0427', 'Brume!0427');
    masks('A2: PIN (alarm)\tB2: 7164', '7164');
  });

  it('masks a passphrase of small words and digits after the label', () => {
    masks('senha (portal do cliente): amber falcon pickle harbor 27', 'amber falcon pickle harbor 27');
    masks('Meeting notes\n• New values: password (label printer) copper thistle nomad quail 05\n• Next meeting soon', 'copper thistle nomad quail 05');
  });

  it('masks a password of another script with digits or a symbol', () => {
    masks('пароль (склад) Медведь_42', 'Медведь_42');
    masks('password (archive) 별빛-19', '별빛-19');
    masks('كلمة المرور (المخزن) نجمة77', 'نجمة77');
  });

  it('masks a licence key and a seed phrase after their label and bracket', () => {
    masks('licence (label designer): QW7RT-PLM4K-ZX9CV-BN2HJ-TY5UI', 'QW7RT-PLM4K-ZX9CV-BN2HJ-TY5UI');
  });

  it('masks a keypad\'s digits right after a password word, any language', () => {
    masks('senha 48213 painel da porta — pode ajudar?', '48213');
    masks('contraseña 7730# alarma del almacén', '7730#');
    masks('Passwort 90412 für die Waage', '90412');
  });
});

describe('passwords said in a chat\'s loose words', () => {
  it('masks a value after "is" with the word and what it is for before it', () => {
    masks('the code for the freezer room is Walrus77! now', 'Walrus77!');
    masks('jo said the pw is 6620 keep it quiet', '6620');
    masks('the pasword for the scale terminal is K8261 but it fails', 'K8261');
    masks('das Passwort für die Kasse ist Möwe-31', 'Möwe-31');
    masks('the greenhouse tablet password is 구름_48', '구름_48');
  });

  it('masks a login asked of someone, a password to change and one typed', () => {
    masks('can u log into the parts shop for me its Lantern58! thx', 'Lantern58!');
    masks('remind me to change Otter4411+ on the booking site', 'Otter4411+');
    masks('I typed Fj0rd%22 like 4 times into the portal', 'Fj0rd%22');
  });

  it('masks keys pasted into a chat, each of a list', () => {
    masks('I pasted the keys 3f9c1ab27e04d5c8b6a1f0e2d9c7b4a3; Qm7#vT2p!Lx9 into the wrong channel', '3f9c1ab27e04d5c8b6a1f0e2d9c7b4a3', 'Qm7#vT2p!Lx9');
  });

  it('keeps a loose sentence about passwords without one', () => {
    unchanged('the code for the booking is in your inbox');
    unchanged('I shared the passwords with the new team yesterday');
    unchanged('remind me to change the filter on the espresso machine');
  });
});

describe('keys, tokens, seeds and card codes in more shapes', () => {
  it('masks whatever stands after Bearer in an Authorization header', () => {
    masks("curl -H 'Authorization: Bearer Pelican4417' https://api.example.net", 'Pelican4417');
    masks('http GET https://api.example.net Authorization:"Bearer 8841920375"', '8841920375');
    masks("-H 'Authorization: Bearer q(3z#8k&p)w@2m^r'", 'q(3z#8k&p)w@2m^r');
    unchanged('curl -H "Authorization: Bearer $API_TOKEN" https://api.example.net');
    unchanged('-H "Authorization: Bearer <token>"');
  });

  it("masks a Django key without its prefix and a Laravel APP_KEY wherever they stand", () => {
    masks('SECRET_KEY ?= k2!x9@p0m#q7z$w4v(1)b8n=c5+l3j6h-r_t&y*s9d2f7g4e1a', 'k2!x9@p0m#q7z$w4v(1)b8n=c5+l3j6h-r_t&y*s9d2f7g4e1a');
    masks('chat: the app key is base64:Q2hvY29sYXRlQ2FrZUlzR29vZEZvck1lQW5kWW91MTI=', 'base64:Q2hvY29sYXRlQ2FrZUlzR29vZEZvck1lQW5kWW91MTI=');
  });

  it("masks a Makefile's ?= and a typed declaration's value", () => {
    masks('DB_PASSWORD ?= Gr4nite!Bay', 'Gr4nite!Bay');
    masks('Const SMTPPASSWORD As String = "Kestrel-90x"', 'Kestrel-90x');
    masks('const apiSecret: string = "Vq8!mT3#rL"', 'Vq8!mT3#rL');
  });

  it('masks backup codes numbered one by one, in several languages', () => {
    masks('backup code 1 p4kz-r8mt, backup code 2 w2nx-j7qc', 'p4kz-r8mt', 'w2nx-j7qc');
    masks('Sicherungscode 1: 4471 0932\nSicherungscode 2: 8816 2750', '4471 0932', '8816 2750');
    masks('备用代码 3 6tq2-9vkd', '6tq2-9vkd');
  });

  it('masks a seed phrase after its word with no colon, or quoted alone', () => {
    masks('mnemonic orbit canyon velvet tunnel meadow pilot walnut ember gravel saddle lemon frost', 'orbit canyon velvet tunnel meadow pilot walnut ember gravel saddle lemon frost');
    masks('I copied them: "apple basket cotton desert engine fabric garden harbor island jungle kitten ladder" and hid the page', 'apple basket cotton desert engine fabric garden harbor island jungle kitten ladder');
  });

  it("masks a card's code after its expiry with commas, in an outliner and a sheet", () => {
    masks('Visa 4539 1488 0343 6467, 09/29, 512 (checkout fails)', '512 ');
    masks('- card\n  visa:: 4539148803436467\n  exp:: 10/28\n  cvc:: 271', '271');
    masks('A2: Visa\tB2: 4539148803436467\nA3: exp\tB3: 02/30\nA4: CVC\tB4: 884', '884');
  });
});
