import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AR, on values and sentences made up here. */
describe('look-alikes kept: an airline ticket, numbers named by what they are, sentences after a password word', () => {
  it('keeps an e-ticket number in any language, though it passes a card\'s check', () => {
    unchanged('Itinerary: flight LX318, seat 14A, e-ticket 6735496638060');
    unchanged('Votre billet électronique 6735496638060 est confirmé.');
    unchanged('航空券番号 6735496638060 の予約です。');
  });

  it('keeps a number whose name follows it where the format has no check digit, and a certificate\'s serial', () => {
    unchanged('The form says 4417 — is that the right format for a Danish CPR number?');
    unchanged('signed by cert serial 6F226D141AB686232694DC49B772216B; nothing to report.');
    unchanged('Router serial number: 7KQ2WXR84410 — is it still under warranty?');
  });

  it('keeps a postal PIN code in the Indic scripts and a small locker number', () => {
    unchanged('पता: गांधी नगर, पिन कोड 400001 — लेबल बना दो।');
    unchanged('ロッカーの番号：42 です。');
  });

  it('keeps the sentence after a password word when nothing hands a value over', () => {
    unchanged('Wie lang sollte ein Passwort heute mindestens sein?');
    unchanged('You will pass by several quiet ponds and open meadows.');
    unchanged('My wifi password expired last week, what now?');
    unchanged('Is the password manager sync broken for everyone?');
  });

  it('keeps digits said one by one that are not repeated as one number, and counting', () => {
    unchanged('Count along: 1 2 3 4 and then clap.');
    unchanged('Scores were 4, 7, 2, 9 over the four rounds.');
  });
});

describe('identity numbers named after the value, in the same sentence', () => {
  it('masks a number whose check digit holds and whose name ends the sentence', () => {
    masks('Mine is BNCLRA80A41H501D — is that how a codice fiscale is written?', 'BNCLRA80A41H501D');
    masks('Ich habe 47183269151 eingetragen, das ist doch meine Steuer-ID?', '47183269151');
    masks('J\'ai mis 756.1204.5531.03, c\'est bien mon numéro AVS ?', '756.1204.5531.03');
    masks('Put 784-1987-4410263-7 in the box — that is the Emirates ID, right?', '784-1987-4410263-7');
    masks('Wrote 112-233-445 95 on the sheet, that should be my SNILS.', '112-233-445 95');
  });
});

describe('keys named like secrets in any config syntax', () => {
  it('masks a personal access token under a name ending in PAT', () => {
    masks('GITLAB_PAT = "q7x2mfp0wz9kd4rt8yb3nc6hv1sj5ea2"', 'q7x2mfp0wz9kd4rt8yb3nc6hv1sj5ea2');
    masks('export GH_PAT=ghx7Kq2Wm9Tz4Rb8Yn3Vc6Hd1Sj5Ea0Lp', 'ghx7Kq2Wm9Tz4Rb8Yn3Vc6Hd1Sj5Ea0Lp');
  });

  it('masks a Ruby symbol\'s subscript and a password with a dot in it', () => {
    masks('node.default[:db_password] = "Tq4!mZ82kLs"', 'Tq4!mZ82kLs');
    masks('knife[:vault_token] = "hvx.Bq7Tz2Wm9Kd4Rt8Yb3Nc6"', 'hvx.Bq7Tz2Wm9Kd4Rt8Yb3Nc6');
    masks('SMTP_PASSWORD=pz.Q7vBkLmXwRt2_', 'pz.Q7vBkLmXwRt2_');
  });

  it('masks a secret\'s value made as people make passwords, and one with a bracket inside a quoted argument', () => {
    masks('--variables GRAFANA_ADMIN_SECRET=Tobias1989! NODE_ENV=production', 'Tobias1989');
    masks('fly secrets set "SESSION_SECRET=Hx8!q)Lz2%Rb7Wm@Kd4Tz9" --app web', 'Hx8!q)Lz2%Rb7Wm@Kd4Tz9');
  });
});

describe('command-line passwords', () => {
  it('masks SNMPv3 passphrases, Pi-hole\'s and an MQTT client\'s password', () => {
    masks('snmpget -v3 -u nms -l authPriv -a SHA -A Lk29vxpw8 -x AES -X 55190372 10.0.4.2 sysUpTime.0', 'Lk29vxpw8', '55190372');
    masks('sudo pihole setpassword Wren4471', 'Wren4471');
    masks('mosquitto_pub -h broker.lan -u sensor -P Qz81!mkw -t temp -m 21', 'Qz81!mkw');
  });
});

describe('codes read out digit by digit, keys in groups, long hex keys', () => {
  it('masks digits said apart and joined beside them', () => {
    masks('he spelled it 3, 8, 1, 9, 0 — so 38190 for the shed', '38190', '3, 8, 1, 9, 0');
    masks('am Telefon: 7-2-2-5-4, also 72254', '72254', '7-2-2-5-4');
  });

  it('masks a key, a backup passphrase and a licence serial written in groups', () => {
    masks('Matrix recovery key for the laptop: Qr7T w2Kx 9mVb Lp4Z c8Nd Ht3J yF6s Wq1R', 'Qr7T w2Kx 9mVb Lp4Z c8Nd Ht3J yF6s Wq1R');
    masks('Sicherungs-Passphrase: 40917 22853 61930 77412 09368 51724', '40917 22853 61930 77412 09368 51724');
    masks('número de serie de Photoshop 1140-2291-8830-4417-6025-3398', '1140-2291-8830-4417-6025-3398');
  });

  it('masks a long hex run after a pass key\'s or a client secret\'s word', () => {
    masks('Lipa na M-Pesa passkey 9c41e07bd25a88f3016cbe4d7a92f5e0b1c6d38a4f72e9b05d13a6c8e2f7b940', '9c41e07bd25a88f3016cbe4d7a92f5e0b1c6d38a4f72e9b05d13a6c8e2f7b940');
  });

  it('masks a twelve-word phrase that is its line alone', () => {
    masks('wallet backup\nfrost hammer olive ticket brisk museum canal zebra pilot tunnel garlic raven\nkeep offline', 'frost hammer olive ticket brisk museum canal zebra pilot tunnel garlic raven');
  });
});

describe('passwords and codes in chat, in several languages', () => {
  it('masks a PIN with its possessive, in CJK with a colon, and in the Indic scripts', () => {
    masks('the PIN\'s 804317 for the staff door', '804317');
    masks('新的PIN码：5093，别告诉别人', '5093');
    masks('আমার নতুন পিন 72816, ভুলবেন না', '72816');
  });

  it('masks digits used to get in, in several languages', () => {
    masks('use 8817 to get in after six', '8817');
    masks('usa 6034 para entrar al almacén', '6034');
    masks('nimm 4490 zum Öffnen der Hintertür', '4490');
  });

  it('masks a code said in an aside where the text names what it opens, and a locker\'s long number', () => {
    masks('I look after the service lift here. it\'s 30517 btw', '30517');
    masks('새 사물함 번호: 582041', '582041');
  });

  it('masks a login pair by a built-in user\'s name or after an account\'s colon', () => {
    masks('NVR web panel root / Falke-Mond-Teich-3, then the cameras', 'Falke-Mond-Teich-3');
    masks('Zugang eingerichtet: jbauer / Henrike1978', 'Henrike1978');
  });

  it('masks a value to try that someone used, a quoted value to type as it stands, a code to log in with', () => {
    masks('try Oskar1990? — that\'s what Lena used before', 'Oskar1990');
    masks('prueba Tomate2015!, es lo que usaba Ana', 'Tomate2015!');
    masks('Use "66120937" (without the quotes) on the portal', '66120937');
    masks('Para cambiar de hora, entra con el código XR42TQ.', 'XR42TQ');
  });

  it('masks a run of plain words after a password\'s word and a copula or a colon', () => {
    masks('the temporary password is walnut gravel lantern.', 'walnut gravel lantern');
    masks('kiosk login used: heron basalt quiver', 'heron basalt quiver');
    masks('if it asks for the admin password type copper mango shelf anvil', 'copper mango shelf anvil');
  });

  it('masks digits after "now" in the Bengali script\'s regional forms', () => {
    masks('গেটের কোড বদলাইছি, এহন 48213', '48213');
  });

  it('masks an IBAN printed with a group too many after its name when the whole passes mod 97', () => {
    masks('new IBAN SA18 1685 5173 9967 3302 9617 56 from May', 'SA18 1685 5173 9967 3302 9617 56');
  });
});
