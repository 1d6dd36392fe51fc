import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AV, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps a value under a name that says it is a hash', () => {
    unchanged('[Preferences]\nWebUI\\Password_PBKDF2="@ByteArray(Zm9vYmFyYmF6cXV4==:c2FsdHlzYWx0eXNhbHR5c2FsdHlzYWx0eQ==)"\nis that safe to share?');
    unchanged('users:\n  - name: marta\n    password_digest: "Qm9vbTEyMzQ1Njc4OTBhYmNkZWZnaGk"');
    unchanged('{"login": "ops", "passwordHash": "W7kq2LmVb9Rt4WzPn3Hs0aXy"}');
  });

  it('still masks the password itself beside it', () => {
    masks('WebUI\\Username=ops\nWebUI\\Password="Tr0mb0ne!Lake"', 'Tr0mb0ne!Lake');
  });

  it('reads an empty password as none, not the next setting', () => {
    unchanged('OptionSettings=(ServerName="dockside",AdminPassword="",ServerPassword="",PublicPort=7777,RCONEnabled=False,RCONPort=27015)');
    unchanged("config: { password: '', port: 5432, ssl: true }");
  });

  it('keeps a sheet row whose own cell says the value is an identifier', () => {
    unchanged('Thing          Login        Password / code\nKiosk          MAC          3c:22:fb:19:a0:7e\nTill           serial no.   QX88123007\nCard machine   terminal id  77120934');
  });

  it('keeps a form tool’s record number and record token', () => {
    unchanged('Formstack Submission #4539578763621486 received from the website');
    unchanged('Q3 → Anything else?\nno\nSubmitted 2026-04-02T09:14:55Z · token 8c1f0e9a7b2d4c6e8f0a1b2c3d4e5f60');
  });

  it('keeps an open network’s name when the copula follows it without a mark', () => {
    unchanged('the lobby wifi "CafeMorsel_7A2C" is open, no password needed');
  });
});

describe('secrets by the command, the log line or the layout that holds them', () => {
  it('masks the password after the login in a command that creates an account', () => {
    masks("./pocketbase superuser create ops@kiln.example 'Quartz-Ladle-72'", 'Quartz-Ladle-72');
    masks('./myapp admin create marta Rv8vKp2wQ9zL', 'Rv8vKp2wQ9zL');
    unchanged('./pocketbase superuser create --help');
    unchanged('then run: app user add marta --role editor');
  });

  it('masks a password a program’s log line says it made, at the line’s end', () => {
    masks('The admin password was not set. A temporary password is provided for this session: pTqWmZkRvA\nChange it later.', 'pTqWmZkRvA');
    masks('initial admin password generated for this install: kT7wQz2LmP9x', 'kT7wQz2LmP9x');
    unchanged('A temporary password is provided for this session. Change it in Preferences');
  });

  it('reads box-drawn and HTML tables as tables', () => {
    masks('┌────────┬───────┬──────────────┐\n│ What   │ Login │ Secret       │\n├────────┼───────┼──────────────┤\n│ Till   │ marta │ fern_quartz_ladle_moss │\n│ Shed   │ —     │ 50417        │\n└────────┴───────┴──────────────┘', 'fern_quartz_ladle_moss', '50417');
    masks('<table>\n<tr><th>Item</th><th>Who</th><th>Value</th></tr>\n<tr><td>Shop admin</td><td>marta</td><td>Kq7vLp2Rw9zX4</td></tr>\n</table>', 'Kq7vLp2Rw9zX4');
    unchanged('<table>\n<tr><th>Item</th><th>Who</th><th>Value</th></tr>\n<tr><td>Printer</td><td>MAC</td><td>3c:22:fb:19:a0:7e</td></tr>\n<tr><td>Bank</td><td>marta</td><td>in the safe</td></tr>\n</table>');
  });

  it('masks a card’s code read back as the digits on its back', () => {
    masks('reading it back: 4929 3187 4120 5732, expires 04/29, the three digits on the back are 417', '417');
    unchanged('the three digits on the back are 417 on every sample label');
  });

  it('masks a random token after what it is for, at its line’s end', () => {
    masks('here is the Zendesk API token for the ticket bridge 00QzR7tLm2Vk9Wx4Pn8Hs3Jd6Fb1Yc5Ga0Ue', '00QzR7tLm2Vk9Wx4Pn8Hs3Jd6Fb1Yc5Ga0Ue');
    unchanged('the key for the cabinet is under the mat');
  });

  it('masks a Convex deploy key', () => {
    masks('CONVEX_DEPLOY_KEY=prod:quiet-heron-418|eyJ2MiI6ImFiYzEyM2RlZjQ1NmdoaTc4OWprbDAxMm1ubzM0NXBxcjY3OHN0dSJ9', 'eyJ2MiI6ImFiYzEyM2RlZjQ1NmdoaTc4OWprbDAxMm1ubzM0NXBxcjY3OHN0dSJ9');
  });

  it('masks a Wi-Fi key under its network’s name', () => {
    masks('Kiln-Guest → b7Tq9pLm2xWz', 'b7Tq9pLm2xWz');
    masks('- TP-Link_4A1F: fernGlade2291', 'fernGlade2291');
    masks('Ana: TP-Link_4A1F → fernGlade2291', 'fernGlade2291');
    unchanged('Staff-WiFi → see the card by the till');
    unchanged('Kitchen Staff: MariaLopez');
  });

  it('masks the password of a "creds for …" pair', () => {
    masks('creds for the glaze kiln app: marta copper-raven-lantern', 'copper-raven-lantern');
    masks('creds for the stock portal tomek Zr8Lq2Wv9Pk. and bring the keys', 'Zr8Lq2Wv9Pk');
    unchanged('creds for the portal are in the vault');
    unchanged('sign-in for the kiosk app: client_id 1234567890-abcdefg.apps.googleusercontent.com');
  });

  it('masks a value that a remark after it says how to type, or an arrow points at', () => {
    masks("it's fern.kettle.harbor.moss — capital first letter, the rest as written", 'fern.kettle.harbor.moss');
    masks('willow-anchor-pepper-ridge <- that is the admin one for the kiosk', 'willow-anchor-pepper-ridge');
    unchanged('see README.md — capital letters in the name, the rest as written');
  });

  it('masks a thing’s login reset to a value', () => {
    masks('Tomasz reset the kiln controller to ember-quartz-ladle — change it after', 'ember-quartz-ladle');
    masks('Ana reset the till app to harborFern482, log in and change it', 'harborFern482');
    unchanged('we reset the router to factory settings');
  });
});

describe('codes by what they open', () => {
  it('masks a code said after its purpose', () => {
    masks('the code to get into the bike cage is still 7314', '7314');
    masks('the pin to unlock the fuel card is now 5082.', '5082');
    unchanged('the code to get into the building is on page 12');
  });

  it('masks three digits a lock opens with', () => {
    masks('the staff locker opens with 482', '482');
    unchanged('the new bus opens with 300 seats');
  });

  it('masks an alarm code before the panel’s next key', () => {
    masks('and the alarm, in English: 5820 then OFF.', '5820');
  });

  it('reads a code word on its own line past a policy sentence’s numbers above', () => {
    masks('The password must have at least 12 characters.\nDe kod ta gate 48213', '48213');
  });

  it('reads a code word’s digits closed by a quote or a box-drawn border, past a password run on to letters', () => {
    masks('is this right? "Ka kod ne vale ma 60417"', '60417');
    masks('│ Note │ Ta code lo 58302 a ni │', '58302');
    masks('Ta parole nu Kiln ta Harbor72$. Ta kod nu vale ta 39184.', '39184');
  });

  it('masks a lock set to its new code, and digits said before the lock they open', () => {
    masks('changed the key box to 3318 after the move', '3318');
    masks('— 4417 on the lockbox by the side door', '4417');
    unchanged('price: 1500 for the gate repair');
  });

  it('masks a note line’s code after a handwritten aside', () => {
    masks('(handwritten at the bottom) the bike shed: 2958', '2958');
  });
});

describe('passphrases and spelled values', () => {
  it('masks words joined by dots or underscores after a password’s word', () => {
    masks('Ta password nu Kiln ta marble_harbor_quartz_fern.', 'marble_harbor_quartz_fern');
    masks('kata rahsia do kedai ialah copper.willow.heron', 'copper.willow.heron');
    unchanged('the password field is read from config.auth.secret');
  });

  it('reads a NATO-spelled password past a two-word symbol and a code said in hyphenated words', () => {
    masks('reading the till password over the radio: capital kilo echo question mark four one lima oscar', 'question mark four one lima oscar');
    masks('the gate code is seven-three-one-nine', 'seven-three-one-nine');
  });

  it('masks the first code of a row of backup codes when the next has its shape', () => {
    masks('Backup codes for the shop account:\nwkpt-mzrq | a8k2-xq7v | 4nbt-pw9d | r2zm-71kq', 'wkpt-mzrq', 'a8k2-xq7v');
  });
});

describe('identity numbers of more countries', () => {
  it('masks numbers by their check under their name or a generic identity word', () => {
    masks('Mozambique NUIT: 273 419 853', '273 419 853');
    masks('Ghana TIN P0041827368 for payroll', 'P0041827368');
    masks('my VÖEN is 7123456862', '7123456862');
    masks('ID number 881123 0451 3, start date in May', '881123 0451 3');
    masks('National ID number: K0307856012348', 'K0307856012348');
    masks('her EMBG is 1503985450124', '1503985450124');
  });

  it('masks a Cuban carné by its structure under its name', () => {
    masks('carné de identidad: 85061208473', '85061208473');
  });

  it('keeps numbers whose check fails or whose kind is not named', () => {
    unchanged('Mozambique NUIT: 273 419 854 (is the last digit right?)');
    unchanged('order 7123456862 shipped');
    unchanged('invoice 85061208473 from the supplier');
  });
});
