import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AT, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps a Mapbox public token of claims alone, without its signature', () => {
    unchanged("map.setStyle(); mapboxgl.accessToken = 'pk.eyJ1Ijoicm92ZXJtYXAiLCJhIjoiY2x4OWs3ZzBrMDJ3cTJqcHh6eWZ0N3R2bCJ9';");
    unchanged('MAPBOX_TOKEN=pk.eyJ1IjoiZmVsbHdhbGtlcnMiLCJhIjoiY2t6M2R4cTl2MGFiYzJ1bXd0ZGQ0a3RxNyJ9');
  });

  it('keeps a network that its own line says is open', () => {
    unchanged('Guest WiFi: library-readers-lounge (open, no password needed)');
    unchanged('wifi: harbour-cafe-free, sin contraseña, solo aceptar las condiciones');
    unchanged('WLAN Gaeste-Netz-Bahnhof — ohne Passwort, bitte AGB bestätigen');
  });

  it('keeps a login line beside its config’s own password line', () => {
    unchanged('protocol=dyndns2\npassword=${DYN_SECRET}\nlogin=heron_41\nhost.example.net');
    unchanged('pass: ${{ secrets.SMTP }}\nlogin: mailer_77');
  });
});

describe('shapes people and generators make, read alone', () => {
  it('masks camel-cased words joined to a number, words in leet, two scripts run into a number', () => {
    masks('Oke wo ni ko harborFinch_5530 nauwo.', 'harborFinch_5530');
    masks('laptop sticker: tundraQuill-4471', 'tundraQuill-4471');
    masks('sawubona, ngena ngo b1rchL4nt3rn07 kusasa', 'b1rchL4nt3rn07');
    masks('kia ora, ko w4lnutSt0rm81 te kupu', 'w4lnutSt0rm81');
    masks('Ahoj, heslíčko je 사과قهوة4471 na stole', '사과قهوة4471');
    masks('na koncu λίμνηзима808 dobro', 'λίμνηзима808');
  });

  it('keeps identifiers, years, Japanese and product names', () => {
    unchanged('call base64Encode32 then utf8ToUtf16 on the buffer');
    unchanged('the file is reportDraft_2024 in the shared drive');
    unchanged('東京タワー2024の写真を見た');
    unchanged('setTimeout(retryCount_3, 100); userName.length');
  });
});

describe('values a config layout makes secrets', () => {
  it('masks a secrets block’s child, an admins section, a proxy’s clear-text users, an NTP key, a Wi-Fi card’s key', () => {
    masks("app:\n  secrets:\n    session: 'e41c09bd73aa51f2886c0d4e97b3a6f1c2d58e0479ab13c6f2e8d7a90b4c5f61'\n  port: 8080", 'e41c09bd73aa51f2886c0d4e97b3a6f1c2d58e0479ab13c6f2e8d7a90b4c5f61');
    masks('; couch\n[admins]\nops = Fjordmoss!62\n\n[log]\nlevel = info', 'Fjordmoss!62');
    masks('auth strong\nusers ops:CL:Pq7vTz2mWx9 guest:CL:kettle-dune-31\nallow ops', 'Pq7vTz2mWx9', 'kettle-dune-31');
    masks('ntp.keys on the router:\n3 SHA256 ASCII:tern-ledger-Quartz-58\n', 'tern-ledger-Quartz-58');
    masks('chrony keyfile\n5 MD5 HEX:0a1b2c3d4e5f60718293a4b5c6d7e8f9', '0a1b2c3d4e5f60718293a4b5c6d7e8f9');
    masks('WELCOME TO THE BOATHOUSE\nSSID: boathouse-members\nPassword: meadow-flint-72\nEnjoy your stay', 'meadow-flint-72');
    masks('Network Name: Atelier5G\nSecurity: WPA2\nKey: 7c2f9e41ab08d3', '7c2f9e41ab08d3');
  });

  it('keeps references, hashes, lists of names and other sections', () => {
    unchanged('jobs:\n  deploy:\n    secrets:\n      token: ${{ secrets.DEPLOY_TOKEN }}');
    unchanged('secrets:\n  db_password:\n    file: ./db_password.txt');
    unchanged('[admins]\nadmin = -pbkdf2-3b7f0c1e9a5d,6e1c0b7d2a9f48e3,10\n');
    unchanged('users $/etc/3proxy/passwd\nauth strong');
    unchanged('Network: library-guest\nSecurity: none\nKey: none');
    unchanged('checksums:\n1 SHA256 report.pdf\n2 SHA256 notes.txt');
  });

  it('masks a PIN constant with its type, and keys sent by two calls', () => {
    masks("VAR_GLOBAL CONSTANT\n  GATE_PIN : STRING := '4471902';\nEND_VAR", '4471902');
    masks('const doorPin: string = "880314";', '880314');
    masks('Send, tern.ops{Tab}\nSend, Ledger!Moss27{Enter}', 'Ledger!Moss27');
    masks("driver.find_element(By.ID, 'u').send_keys('clerk2\\t')\nactions.send_keys('Qv8-brine-Pilot{ENTER}')", 'Qv8-brine-Pilot');
  });

  it('keeps a spindle setting and keys that are not a login', () => {
    unchanged("VAR\n  SPINDLE_MAX : INT := 9000;\n  pinnedRow : STRING := 'header';\nEND_VAR");
    unchanged('Send("{TAB}")\nSend("{ENTER}")');
  });
});

describe('identity numbers of further countries, by their checks', () => {
  it('masks an NHS number, an Iranian national code, a Guatemalan CUI, a Kuwaiti civil ID, a MyKad', () => {
    masks('Her NHS no. is 186 091 3903, GP surgery in Leeds.', '186 091 3903');
    masks('کد ملی من 628-194821-1 است', '628-194821-1');
    masks('Please file these under national codes: 9935181901 and 9378657974.', '9935181901', '9378657974');
    masks('Mi DPI es 5432 31941 1708 para el trámite.', '5432 31941 1708');
    masks('Civil ID number 292062079719 for the residency renewal', '292062079719');
    masks('NRIC 880517-14-5523 for the insurance form', '880517-14-5523');
    masks('personal ID number 296020971045, please keep it on file', '296020971045');
  });

  it('keeps numbers that fail their check or have no name', () => {
    unchanged('Her NHS no. is 186 091 3904, GP surgery in Leeds.');
    unchanged('the Iranian national code field rejected 9935181902 as invalid');
    unchanged('Invoice 292062079719 is due on Friday.');
    unchanged('Call 186 091 3903 for bookings.');
  });
});

describe('a code run set off by dashes, digits after a Wi-Fi word in a note, a value before "same user as"', () => {
  it('masks them', () => {
    masks('MFA spare codes — vault — 7hqe-2kfn · p4xz-91tr · wm3c-0jvd — one use each', '7hqe-2kfn', 'p4xz-91tr', 'wm3c-0jvd');
    masks('shed note: wifi 5520417736 | alarm off at 6', '5520417736');
    masks('gym members page Ptarmigan7! same username as before', 'Ptarmigan7!');
  });

  it('keeps a count, a speed and a sentence', () => {
    unchanged('wifi 12345678 is slow tonight');
    unchanged('ordered 2x24 same user as last time');
    unchanged('team meeting — agenda — budget · hiring · travel — thanks');
  });
});

describe('a passphrase after a password word and another script’s copula', () => {
  it('masks a run of plain words after Arabic or Devanagari “is”', () => {
    masks('كلمة السر هي copper lantern meadow', 'copper lantern meadow');
    masks('नया पासवर्ड है orchid falcon ember', 'orchid falcon ember');
  });

  it('keeps a sentence in a Latin-script language after its copula', () => {
    unchanged('كلمة السر هي قصيرة جدا');
    unchanged('el password es muy largo para recordar');
  });
});
