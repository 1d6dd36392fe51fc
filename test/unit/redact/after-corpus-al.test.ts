import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AL, on values and sentences made up here. */
describe('look-alikes kept', () => {
  it('keeps an IBAN on a charity poster, whatever rule reads its digits', () => {
    unchanged('FLYER: Help the Riverside Food Bank! Donations to our charity account IBAN LT12 1000 0111 0100 1000 (Reg. charity 1187433).');
  });

  it('keeps numbers beside door, alarm and lock words that open nothing', () => {
    unchanged('* Tempe Branch: 2380 W. Baseline Rd., Tempe, AZ 85283');
    unchanged('set the alarm 0545 tomorrow, the train is early');
    unchanged('the alarm is 0930 am on weekends');
    unchanged('The safe was built in 1998 and weighs 220 kg.');
    unchanged('Our locker room has 1200 square feet of space.');
    unchanged('2. **Moleskine1920**: a notebook with a hard cover.');
    unchanged('Delivery PIN codes: 400001, 400002, 400003.');
  });

  it('keeps prose about passwords, buttons and code that name a password', () => {
    unchanged('Le mot de passe doit contenir au moins 12 caractères.');
    unchanged('Click "Forgot password" and then "Send link".');
    unchanged('def ask(): return getpass("enter your passphrase now")');
    unchanged('the wifi here is really slow today 15 minutes to load a page');
    unchanged('2026-01-02 10:00:00 INFO login ok user_id=4412 ip=10.0.0.7');
    unchanged('Wachtwoord moet minstens 10 tekens hebben.');
  });
});

describe('codes named by what they open, no code word', () => {
  it('masks a code right after a lock box, a key safe, a locker or an alarm', () => {
    masks('KEYS\nUnit  Box           Who\n3     lockbox D7730   Ana\n4     lockbox 518204  Kofi', 'D7730', '518204');
    masks('Schlüsseltresor: 40917, Alarm 77310 – bitte sofort ausschalten', '40917', '77310');
    masks('casier 58821, merci de ne pas le noter', '58821');
    masks('For the key safe press 90331 and pull down.', '90331');
    masks('Schlüsselkasten 7731 am Tor, Alarm danach aus', '7731');
    masks('The alarm is 8264, the office key is on the hook.', '8264');
  });

  it('masks a code before the door it opens, and a keypad star after the digits', () => {
    masks('the laptop is on the desk and B4409 for the side door', 'B4409');
    masks('garage door 71520* then wait', '71520');
    masks('rear gate K20481 after six', 'K20481');
  });
});

describe('values parted from their label by a layout', () => {
  it('masks a value on the subtitle cue after "the login is"', () => {
    masks('7\n00:01:02,000 --> 00:01:05,000\nThe shared login for the kiosk is\n\n8\n00:01:05,100 --> 00:01:08,000\nHarbour_Gull71 — write it down.', 'Harbour_Gull71');
    masks('WEBVTT\n\n00:00:04.000 --> 00:00:07.000\nDie Kasse hat das Passwort:\n\n00:00:07.100 --> 00:00:09.000\nquartz ember polka 88, bitte ändern.', 'quartz ember polka 88');
  });

  it('masks an LDIF password in base64 but not a stored hash', () => {
    masks('dn: uid=kofi,ou=staff,dc=shop,dc=lan\nuserPassword:: VGlkYWxQb29sIzQ0Nw==\n', 'VGlkYWxQb29sIzQ0Nw==');
    unchanged('dn: uid=kofi,ou=staff,dc=shop,dc=lan\nuserPassword:: e1NTSEF9YWJjZGVmZ2hpamtsbW5vcA==\n');
  });

  it('masks a TeX macro named for a key or a code, and a Wi-Fi join in code', () => {
    masks('\\newcommand{\\guestkey}{sparrow hinge tulip 40}\n\\def\\alarmcode{55301}', 'sparrow hinge tulip 40', '55301');
    unchanged('\\newcommand{\\hotkey}{Ctrl-Shift-P}\n\\newcommand{\\zipcode}{90210}');
    masks("sta = network.WLAN(network.STA_IF)\nsta.connect('Barn_Net', 'mossyhollow2291')", 'mossyhollow2291');
    masks('WiFi.begin("Shed24", "k7Pq!radish-9");', 'k7Pq!radish-9');
    masks('my $db = DBI->connect("dbi:mysql:shop", "clerk", "Tern4471$");', 'Tern4471$');
  });

  it('masks a HAR cookie or a Postman variable by its name field', () => {
    masks('{"name": "PHPSESSID", "value": "a8f3k2m9x0q7w1e5r6t4y8u2", "path": "/"}', 'a8f3k2m9x0q7w1e5r6t4y8u2');
    masks('{"key": "api_token", "value": "tk_91d7c2e0b4a65f38"}', 'tk_91d7c2e0b4a65f38');
    unchanged('{"name": "theme", "value": "dark-mode-classic"}');
  });
});

describe('lists, phrases and shapes', () => {
  it('masks a run of backup codes of one shape on one line', () => {
    masks('Códigos de respaldo: 7hk2-pq9x / m3vd-8ty2 / 2wqz-k8n4', '7hk2-pq9x', 'm3vd-8ty2', '2wqz-k8n4');
    masks('if you lose the phone use one of these: 40817733, 11930458, 60297314', '40817733', '11930458', '60297314');
  });

  it('masks a plain-word passphrase after a Wi-Fi or a password word', () => {
    masks('la clave del wifi es "lemon anchor violet"', 'lemon anchor violet');
    masks('Mot de passe du wifi : « prairie cuivre fusée »', 'prairie cuivre fusée');
    masks('Gäste-WLAN ist meadow copper rocket 52.', 'meadow copper rocket 52');
    masks('user kiosk pass willow ember canyon and the printer is on', 'willow ember canyon');
    masks('login: frontdesk / harbor tulip sketch 19', 'harbor tulip sketch 19');
  });

  it('masks a plain-word passphrase in a password column', () => {
    masks('| site | user | password |\n|---+---+---|\n| stock app | ana | pebble orbit canyon |', 'pebble orbit canyon');
    unchanged('| site | user | password |\n|---+---+---|\n| stock app | ana | ask the office |');
  });

  it('masks a value after a password word and short particles of any language', () => {
    masks('ang password ko ay qT7vb29mxs', 'qT7vb29mxs');
    masks('Password sa akin ay mango44river, huwag ipasa', 'mango44river');
  });

  it('masks passwords by their shape alone', () => {
    masks('ok so now it is Walrus-Pencil-Garden-62 for the shop', 'Walrus-Pencil-Garden-62');
    masks('jadi sekarang MarbleOrchidTiger8 ya', 'MarbleOrchidTiger8');
    masks('c’est Pelican4471= depuis lundi', 'Pelican4471=');
    masks('il nuovo è .Lantern_3390! ok', '.Lantern_3390!');
    unchanged('We drove Stratford-Upon-Avon and then Leamington Spa.');
    unchanged('The PlayStation 5 and the Xbox Series X are both out.');
  });
});
