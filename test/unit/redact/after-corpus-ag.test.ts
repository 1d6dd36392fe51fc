import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AG, on values and sentences made up here. */
describe('look-alikes kept: receipts, published ids, microchips, password rules and screens', () => {
  it("keeps a card receipt's authorisation and approval codes", () => {
    unchanged('Bakery till slip:\nMASTERCARD ************4410\nAUTH CODE: 318842   TID: 55120934\nIs this a valid VAT receipt?');
    unchanged('Beleg Tankstelle — APPR CODE 774105, Terminal 0093. Kann ich das absetzen?');
  });

  it('keeps an update, a CVE or a standard named after a password word', () => {
    unchanged('The laptop asks for the password after update KB5031356. Any fix?');
    unchanged('Our password reset page was hit by CVE-2023-46604 last week, what should we patch?');
  });

  it("keeps an animal's microchip or transponder number that passes a card's check", () => {
    unchanged("Cat 'Pumpkin' microchip 941000024518817, rabies shot due in May. Remind me.");
    unchanged('Il cane ha il chip 380260101234567 registrato in anagrafe, come aggiorno l’indirizzo?');
  });

  it('keeps sentences about passwords whose words only look like values', () => {
    unchanged('Isissutissara puiguleriinnarpara, qanoq nutaarsissavara?');
    unchanged('パスワードは12文字以上にしてください。');
    unchanged('4. **Use a password manager**: keep every login in one vault.');
    unchanged('PASSWORD_MIN_LENGTH=14\nPASSWORD_REQUIRE_DIGIT=true');
    unchanged('To lock the password manager press the shortcut: Cmd+Shift+L');
    unchanged('The password field shows dots only.');
  });

  it('keeps an issue number with its hash and a gate without a keypad number', () => {
    unchanged('The gate sensor bug is tracked as #4471 in the repo.');
    unchanged('The front gate closes at 2200 on weekdays.');
  });
});

describe('passwords in prose in more languages and more shapes', () => {
  it('masks values after a password word, the words of whose it is and a verb of many languages', () => {
    masks("Salama Teo, ijambo ry'ibanga rya konti ya Gallery ni 55120934 . Ntukaribwire abandi.", '55120934');
    masks('Mhoro Rudo, pasiwedhi yeNotebook ndi copperfinchmeadowlark — usaudza munhu.', 'copperfinchmeadowlark');
    masks('Adiu Joan, lo senhal de Nextcloud es kp4rw-7mz2q-x9tb1. O digas pas.', 'kp4rw-7mz2q-x9tb1');
    masks('Gude Maria, paswot bilong Mailbox em &Hq7v!pLw2zR. No ken tokim.', '&Hq7v!pLw2zR');
    masks('Bonghjornu Paulu, a parolla d’intrata di Drive hè maple-heron-quartz. Ùn la dì.', 'maple-heron-quartz');
    masks('Niltze Tlaloc, in ichtaca tlahtolli ic Mail ca 908172634. Amo xiquilhui.', '908172634');
    masks('Moni Chikondi, mawu achinsinsi a Dropbox ndi harbor 58 cedar lamp. Musauze.', 'harbor 58 cedar lamp');
  });

  it('masks a value before a verb that closes the clause, as Oromo, Hindi and Sindhi write it', () => {
    masks('Jecha icciitii Wi-Fi mana keenyaa RiverstoneFalcon72 dha. Eenyuttuu hin himin.', 'RiverstoneFalcon72');
    masks('नमस्ते, Notion का पासवर्ड tamarindlanternpebble है। किसी को मत बताना।', 'tamarindlanternpebble');
    masks('Ahmed، Outlook جو پاسورڊ Qv!7r$Lm2#Tz آهي. ڪنهن کي نه ٻڌائجو.', 'Qv!7r$Lm2#Tz');
  });

  it('masks a password put first by the grammar of the Polynesian equative', () => {
    masks('Aloha e Keala, ʻo marigoldharborlantern ka ʻōlelo huna no ka Wi-Fi. Mai haʻi.', 'marigoldharborlantern');
    masks('Kia ora Hemi, ko Tui!8842kahu te kupuhipa mō te īmēra.', 'Tui!8842kahu');
  });

  it('masks words joined by dots or underscores, and a passphrase after a user name and "pass"', () => {
    masks('Selam Ayşe, Dropbox şifresi fennel.marble.cove , kimseye söyleme.', 'fennel.marble.cove');
    masks('Сәләм! Notion паролы — birch_ember_tundra_lake. Бер кемгә лә әйтмә.', 'birch_ember_tundra_lake');
    masks('oye, the ERP se cayó. user m.lopez, pass cedar 417 harbor fox. ¿me ayudas?', 'cedar 417 harbor fox');
  });

  it('masks generated passphrases after the verbs and particles of more languages, before or after the value', () => {
    masks("Molo, iphasiwedi ye-Dropbox ngu-heron-maple-drift. Ungaxeleli mntu.", 'heron-maple-drift');
    masks("Oli otya, ekigambo ky'ekyama kya Dropbox kye 63028417. Tobuulira muntu.", '63028417');
    masks("Salama, ny teny miafina an'ny Dropbox dia gorse 71 brook fern. Aza lazaina.", 'gorse 71 brook fern');
    masks('Na nga def, baatu jàll bu Dropbox mooy slatepigeonmeadowlark. Bul ko wax kenn.', 'slatepigeonmeadowlark');
    masks('Silav, şîfreya Dropbox gorse 71 brook fern e. Ji kesî re nebêje.', 'gorse 71 brook fern');
    masks('Салом, пароли Dropbox heron-maple-drift аст. Ба касе нагӯед.', 'heron-maple-drift');
    masks('नमस्कार, Dropbox चा पासवर्ड slatepigeonmeadowlark आहे. कोणालाही सांगू नका.', 'slatepigeonmeadowlark');
    masks('ਸਤ ਸ੍ਰੀ ਅਕਾਲ, Dropbox ਦਾ ਪਾਸਵਰਡ gorse 71 brook fern ਹੈ. ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ.', 'gorse 71 brook fern');
    masks('Γεια, ο κωδικός του Dropbox είναι heron-maple-drift. Μην το πεις.', 'heron-maple-drift');
    masks('مرحبا، كلمة المرور للصندوق هي slatepigeonmeadowlark. لا تخبر أحدا.', 'slatepigeonmeadowlark');
    masks("שלום, הסיסמה של הדרופבוקס היא heron-maple-drift. אל תגיד לאף אחד.", 'heron-maple-drift');
    masks('안녕, 드롭박스 비밀번호는 gorse 71 brook fern 이야. 아무한테도 말하지 마.', 'gorse 71 brook fern');
    masks('你好，网盘密码是 slatepigeonmeadowlark，别告诉别人。', 'slatepigeonmeadowlark');
    masks('Привет, пароль от облака heron-maple-drift. Никому не говори.', 'heron-maple-drift');
    masks('Kia ora, ko 63028417 te kupuhipa mō te pouaka.', '63028417');
  });

  it('keeps sentences about a password in those languages', () => {
    unchanged('Parola minimo 12 caratteri.');
    unchanged('Lösenord minst 12 tecken.');
    unchanged('пароль от почты не подходит.');
    unchanged('Gmail का पासवर्ड बदलना है।');
    unchanged('كلمة المرور للبريد هي نفس القديمة.');
    unchanged('Ο κωδικός του Gmail είναι λάθος.');
    unchanged('비밀번호는 모르겠어요.');
    unchanged('Use a passphrase like correct-horse-battery-staple.');
  });

  it('masks a value a screen shows in its password field', () => {
    masks('On the router page the Wi-Fi password field shows ThistleCanyon58. Is it WPA3?', 'ThistleCanyon58');
  });
});

describe('door and gate codes in more languages and layouts', () => {
  it('masks a code named with a door word of more languages', () => {
    masks('Garden shed: Koodiin balbala kuusaa 4827 dha.', '4827');
    masks('Relief driver: Khoutu ya monyako wa polokelo ke 60193.', '60193');
    masks('Harvest helpers: Kod bilong dua bilong stua em 7314.', '7314');
    masks('Ammaryň gapysynyň kody 2958.', '2958');
    masks('Night keeper: דער קאָד פֿון דער טיר איז 5162.', '5162');
    masks('Bike shed: ʻO 80417 ka helu huna o ka puka.', '80417');
  });

  it("masks a number keyed with its keypad's hash in a sentence about a gate or a door", () => {
    masks('[02/12/26, 09:14] Sam: and the side gate is 4093#', '4093');
    masks("La porte de la cave, c'est 7720# maintenant.", '7720');
  });

  it("masks a code in a sentence about a lock app's temporary passwords", () => {
    masks("Under 'Guest passwords' there is one named 'Walker' with the code 3391, valid 08:00–09:00.", '3391');
  });
});

describe('secrets by the command, the statement or the call that holds them', () => {
  it('masks what a password manager CLI prints for the password field and the one-time code', () => {
    masks('$ op item get "Shop Till" --fields label=username,label=password --reveal\ntill@shop.example,Vx8!mQ2#rTz9\n', 'Vx8!mQ2#rTz9');
    masks('$ op item get "Shop Till" --otp\n482019\n', '482019');
  });

  it("masks a device's PIN setting read by name and an intent extra named as a key", () => {
    masks('$ adb shell settings get secure parental_pin\n5512\n', '5512');
    masks('adb shell am start -n com.example.kiosk/.Setup --es wifi_password "fjord-lupin-ember"', 'fjord-lupin-ember');
  });

  it('masks a value set for a variable a command reads its password from', () => {
    masks("lpass login --password-env LP_MAIN me@example.org\n# in ~/.profile: LP_MAIN='thornbushcanyonrelay'", 'thornbushcanyonrelay');
  });

  it('masks passwords set in SQL in several dialects, and keeps a bind parameter', () => {
    masks("mysql> ALTER USER 'report'@'%' IDENTIFIED BY 'lantern-oak-27';", 'lantern-oak-27');
    masks("CREATE ROLE app_rw WITH LOGIN PASSWORD 'Qm4!zzTp90';", 'Qm4!zzTp90');
    masks("CREATE LOGIN etl WITH PASSWORD = N'Nh7#pw2Lk0';", 'Nh7#pw2Lk0');
    unchanged('ALTER USER app PASSWORD ?;');
  });

  it('masks a literal key given to a signing or HMAC call', () => {
    masks("const t = jwt.sign({ sub: user.id, role: 'staff' }, 'walnut.meadow.signal', { expiresIn: '1h' });", 'walnut.meadow.signal');
    masks("sig = hmac.new(b'Lp0qZ7vT3mXr', body, hashlib.sha256).hexdigest()", 'Lp0qZ7vT3mXr');
    masks('$token = JWT::encode($payload, "r8Yt2kPq9Lm4Wn6Z", "HS256");', 'r8Yt2kPq9Lm4Wn6Z');
    unchanged('const t = jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: 60 });');
  });

  it("masks a meeting's host key and a TOTP key offered when the QR code can't be scanned", () => {
    masks('Weekly sync\nMeeting ID: 915 2204 7719\nHost key: 604218', '604218');
    masks("Authenticator set-up.\nCan't scan? Enter this key: K7QM 2ZXA PL4T RWE6 N3BY C5UD HJ2F Q6VS", 'K7QM 2ZXA PL4T RWE6');
  });

  it('masks a password after a value that opens with a dollar sign and a digit', () => {
    masks('mcrcon -H 10.0.0.5 -p $9ravel7rail "list"', '$9ravel7rail');
  });
});

describe('logins, Wi-Fi keys, spoken passwords and identity numbers in more layouts', () => {
  it('masks a generated passphrase beside a user name or an e-mail address and a slash', () => {
    masks('Shared tablet login: desk / amber-otter-violet', 'amber-otter-violet');
    masks('portal account frontdesk@clinic.example / quillmarrowsandpiper. Who resets it?', 'quillmarrowsandpiper');
    masks('> the login for the booking account is ops@inn / cedar 24 heron', 'cedar 24 heron');
  });

  it("masks a Wi-Fi key after the network's name in parentheses", () => {
    masks('Staff Wi-Fi (Quayside-Staff): lanternmossbramble.', 'lanternmossbramble');
  });

  it('masks the password an alarm company asks for when it rings, and keeps a sentence about it', () => {
    masks('If the alarm company calls, the password is Bramblewick. Tell nobody else.', 'Bramblewick');
    masks('Voor de meldkamer is het wachtwoord Zeekoet.', 'Zeekoet');
    unchanged('The alarm company said the password is required before they send anyone.');
  });

  it('masks a number of the length a PIN was said to have, in the next sentence, and keeps a rule or a price', () => {
    masks('The gate opener wants a 4-digit PIN for guests. Reception gave me 5820 but it beeps twice.', '5820');
    masks('Die App verlangt eine 6-stellige PIN. Ich habe 804112 eingegeben, geht nicht.', '804112');
    unchanged('Choose a 4-digit PIN, not 1234 or 2580.');
    unchanged('Set a 4-digit PIN for the locker. It costs 1500 euros a year.');
  });

  it("masks a shared secret a person typed under a config's bare `secret`", () => {
    masks('client lobby-ap {\n    ipaddr = 10.20.0.0/24\n    secret = Tq-mWr&zKpL\n}', 'Tq-mWr&zKpL');
  });

  it('masks a National Insurance number under a generic "ID number"', () => {
    masks('We hold your ID number as JT410833B; tell payroll if it changed.', 'JT410833B');
  });
});
