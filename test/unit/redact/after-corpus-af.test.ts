import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AF, on values and sentences made up here. */
describe('look-alikes kept: bad-password lists, key ids, rules with numbers, codes of other things', () => {
  it('keeps a list of passwords never to use, and a key id beside a recovery screen', () => {
    unchanged("Design a flyer for the library: 'Do not pick these passwords: Qwerty12!, Autumn2023, Hello123, iloveyou'. Keep it short.");
    unchanged("The disk encryption prompt shows 'Recovery key ID: 0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9'. Which portal holds the key?");
  });

  it('keeps password rules whose numbers are lengths, in several languages', () => {
    unchanged('Geslo mora imeti vsaj 12 znakov in eno številko. Is that enough?');
    unchanged('Lozinka mora imati najmanje 10 znakova. Prevedi na engleski.');
    unchanged('Password must be at least 14 characters: lantern hazel 801 would be too short. Explain why.');
    unchanged('class SignupForm(BaseModel):\n    email: str\n    password: SecretStr = Field(min_length=12)');
  });

  it('keeps codes of other things and numbers of other kinds near a door', () => {
    unchanged('Is `\\d{4}` enough for the gate PIN field, or should we block sequences like 1234 and 5555 too?');
    unchanged('Mã bưu chính của cửa hàng ở Huế là 530000 phải không?');
    unchanged('My code listens on port 8443 behind the front door proxy. Why the 502?');
    unchanged('The door code comes by text message the day before. Questions: +44 20 7946 0321.');
    unchanged('The barcode 4006381 on the box by the door is torn, can I still return it?');
  });

  it('keeps a calendar link without a random segment and a grouped number that is no CNIC', () => {
    unchanged('Subscribe to our public fixtures: https://club.example/calendar/fixtures-2026.ics');
    unchanged('Call 0300-1234567 for the ticket office.');
  });
});

describe('passwords of words with spaces, hyphens or dots after a password word in any language', () => {
  it('masks spaced passphrases with digits after the word, its colon or its verb', () => {
    masks('Hasło do panelu: orchid pebble 552. Co jest nie tak?', 'orchid pebble 552');
    masks('Wi-Fi: Guests, wachtwoord Maple cedar spruce21', 'Maple cedar spruce21');
    masks('Пароль от склада: Raven copper moss44. Не подходит.', 'Raven copper moss44');
    masks('المستخدم sales وكلمة السر Amber willow flint72. لماذا لا يعمل؟', 'Amber willow flint72');
    masks('la clave del router de la oficina es tulip meadow 318 y nada más', 'tulip meadow 318');
  });

  it('masks hyphen-joined word passphrases without digits, dotted ones and long digit runs', () => {
    masks('Korisničko ime ana.m, lozinka willow-otter-pepper-canyon. Šta ne valja?', 'willow-otter-pepper-canyon');
    masks('Jeneng pangguna kasir, sandhi Qwop.river58? Kok ora iso?', 'Qwop.river58?');
    masks('Hingoa tevita, lea fufū 804417263. Ko e hā?', '804417263');
    masks('Notandanafn jon, lykilorð falcon-harbor-mint-stone. Hvað er að?', 'falcon-harbor-mint-stone');
  });

  it('masks a quoted phrase a screen shows after the password word, and a meeting passcode in random case', () => {
    masks('The password box, after I clicked the eye, shows "Cobalt river lantern47" — why is it rejected?', 'Cobalt river lantern47');
    masks('Webinar ID 812 4410 9987, passcode tKqRzu. Draft the invite.', 'tKqRzu');
  });

  it('masks password words of many languages added to the shared list', () => {
    masks('Anarana rabe, teny miafina Orbit#4471. Inona no olana?', 'Orbit#4471');
    masks("Anv implijer lena, ger-tremen Brume!2290. Petra n'eo ket mat?", 'Brume!2290');
    masks('Sutiy kiosk, pakasqa simi Inti%7781. Imataq?', 'Inti%7781');
  });
});

describe('door, gate and voicemail codes in any language', () => {
  it('masks a code given after a word for "code" and what it opens', () => {
    masks('Kòd pòt biwo a se 4819. Pa di pesonn.', '4819');
    masks('Kodu bunt bu garaas bi mooy 55127. Bul ko wax kenn.', '55127');
    masks('Koda deriyê depoyê 7731# e.', '7731#');
    masks('Кодот за влезната врата на зградата е 2604*.', '2604*');
    masks('De koade fan de poarte is 9021.', '9021');
    masks('ਦਰਵਾਜ਼ੇ ਦਾ ਕੋਡ 6620 ਹੈ।', '6620');
    masks('Casella vocale del negozio: codice 7314. Scrivi una guida.', '7314');
    masks('Alarmanlage Lager: Benutzercode 8250, bitte nicht weitergeben.', '8250');
  });
});

describe('formats: licences, CNICs, feed links, restore codes, JAAS key ids, spaced passwords in configs', () => {
  it('masks a UK driving licence number after a licence word and a dashed CNIC', () => {
    masks('Hire form wants my driving licence number: HARRI704123JD9AB, is it right?', 'HARRI704123JD9AB');
    masks('میرا شناختی کارڈ نمبر 42101-5566778-3 ہے', '42101-5566778-3');
    unchanged('Build id HARRI704123JD9AB failed on the runner, logs attached.');
  });

  it('masks the random segment of a private calendar feed link', () => {
    masks('Our rota feed: https://rota.example.app/feeds/k3j9x0q2m8v7b6n5c4z1a9s8d7f6g5h4/staff.ics — safe to share?', 'k3j9x0q2m8v7b6n5c4z1a9s8d7f6g5h4');
  });

  it('masks restore and rescue codes given after their name', () => {
    masks('Authenticator gone. Restore code: QPLM72XZ4W, serial US-1234-5678-9012.', 'QPLM72XZ4W');
    masks('The rescue codes on the sheet are K7M2P, 44QZ8 and W9T3R. Still valid?', 'K7M2P', '44QZ8', 'W9T3R');
    unchanged('Where do I find the recovery codes page in the settings?');
  });

  it('masks a JAAS user name shaped like an API key and spaced passwords in links, commands and configs', () => {
    masks('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="ABCD1234EFGH5678" password="x9";', 'ABCD1234EFGH5678');
    masks('BROKER = "amqp://jobs:cedar pond 771@mq.internal:5672/jobs"', 'cedar pond 771');
    masks('\tcurl -T site.zip -u web:Tiger lotus amber36 ftp://files.example.net/', 'Tiger lotus amber36');
    masks('ldap_default_authtok = Birch quill ember19', 'Birch quill ember19');
    masks('Guest Wi-Fi "Lobby" / key Harbor flint meadow52', 'Harbor flint meadow52');
    unchanged('The wifi in the back room works on floor 12 only.');
  });

  it('masks PIN columns of a semicolon CSV', () => {
    masks('name;shift;door_pin\nAna;early;4408\nBo;late;9172', '4408', '9172');
  });
});
