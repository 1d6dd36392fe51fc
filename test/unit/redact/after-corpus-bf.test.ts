import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER_DIGITS, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BF, on values and sentences made up here. */
const pick = picker(20261206);

/** A card number of `length` digits opening with `prefix`, its last digit Luhn's check. */
const card = (prefix: string, length: number): string => withLuhn(prefix + pick(DIGITS, length - prefix.length - 1));
const dashed = (n: string): string => n.replace(/(\d{4})(?=\d)/g, '$1-');

describe('look-alikes that open nothing', () => {
  it("keeps a connection string's port and service numbers beside a password placeholder", () => {
    unchanged('dsn for the docs:\nHost=db02;Port=6432;Database=till;Username=clerk;Password=${TILL_PASS};SSL Mode=Require');
    unchanged('Database=ledger;Server=inf02;Host=10.2.0.9;Service=9123;Protocol=onsoctcp;UID=clerk;PWD=<password>');
  });

  it('keeps a command that prints the password from a variable or a file', () => {
    unchanged("backup notes:\nencfs --extpass='echo $VAULT_PASS' ~/.enc ~/plain");
    unchanged("restic --password-command='cat /run/secrets/restic' snapshots");
  });

  it('keeps a key a bracketed aside calls the public one', () => {
    unchanged(`Mara: widget key is ${pick(HEX, 32)} (public one)`);
    unchanged(`Mara: widget key is ${pick(HEX, 32)} (the publishable key)`);
  });

  it('keeps analytics and preference cookies in a HAR export', () => {
    unchanged('request cookies:\n  {"name": "_ga", "value": "GA1.1.123456789.1700000000"},\n  {"name": "lang", "value": "en-GB-oxendict"}');
  });

  it("keeps a user's or an order's number, and an IBAN's group that spells an acronym", () => {
    unchanged('my user ID is 48213577, in case you need it');
    unchanged('Member sheet:\nID no.: 48213577\nfirst visit: 2026-02-02');
    unchanged('Donations to IBAN GB33 4NIN 1234 5678 9012 34, thank you');
    unchanged('the delivery is 13-03-26, the van is loaded');
  });

  it('keeps a plain to-do checklist and dates in checkboxes', () => {
    unchanged('Packing\n[x] tent pegs\n[x] stove\n[ ] 2 gas cans\n[ ] rope\n[ ] maps');
  });
});

describe('secrets said in new ways', () => {
  it('masks a key given bare in a chat as the answer to a question asking for it', () => {
    const a = pick(ALNUM, 26);
    const b = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;
    const c = `acme_live_${pick(ALNUM, 36)}`;
    masks(`[Chat]\n10:01 Ana: where's the Shiplog key for the dock tablet?\n10:02 Bo: ${a}\n10:03 Ana: where's the Feedbin token?\n10:05 Bo: use ${b} (old one revoked)\n10:06 Ana: what's the Acme api key?\n10:06 Bo: here: ${c}`, a, b, c);
  });

  it("leaves an id given after the key's answer", () => {
    const id = pick(ALNUM, 20);
    expect(r(`09:00 Ana: where's the Shiplog key?\n09:01 Bo: ${pick(ALNUM, 28)}\n09:01 Bo: id is ${id} if it asks`)).toContain(id);
  });

  it('masks a code a place opens with, in several languages', () => {
    masks('La bodega de atrás abre con 4829.', '4829');
    masks('Le local vélo s’ouvre avec 73516, merci.', '73516');
    masks('Die Garage geht mit 58213 auf.', '58213');
    masks('De schuur gaat open met 6027.', '6027');
    masks('Stoo inafunguka na 391846.', '391846');
    masks('depo 7402 ile açılır.', '7402');
    masks('godown 6193 se khulta hai.', '6193');
    masks('倉庫は5820で開きます。', '5820');
    masks('창고는 47291로 열립니다.', '47291');
    masks('仓库用839201开。', '839201');
  });

  it('leaves a count after "opens with" and a year', () => {
    unchanged('El mercado abre con 2000 puestos este año.');
    unchanged('The season opens with 2026.');
  });

  it("masks a place's code in a chat's tail, after a colon, after an emoji or a plus, and in a several-word gloss", () => {
    const pw = `Qv${pick(LOWER_DIGITS, 6)}!7`;
    masks(`the till pass is ${pw} now 🔥 bike store is 4718 fr dont lose it`, '4718');
    masks(`Log in as ops with ${pw}. Oh and the tool store is 6624 now, the old one broke.`, '6624');
    masks(`login ops, password ${pw}. And since you'll ask next: paint store is 5532.`, '5532');
    masks(`reset the portal pw 2 ${pw} (usr ops) + cold room = 8841 thx ttyl`, pw, '8841');
    masks(`Salasana on ${pw}.\n(English for the night shift: tool store is 3390)`, '3390');
  });

  it('masks a Wi-Fi passphrase after the network and a password word, with no separator', () => {
    masks('Wifi Dock-Staff ina password maple cobalt ferry lantern. Asante.', 'maple cobalt ferry lantern');
    masks('Wifi Dock-Staff ka password ember walnut pebble quartz hai.', 'ember walnut pebble quartz');
    masks('Wi-FiはDock-Staffで、パスワードはmaple cobalt ferry lanternです。', 'maple cobalt ferry lantern');
  });

  it('masks an identity number said with its name in several languages, and a sheet column of them', () => {
    masks('payroll wants my NIN again 🙄 it\'s 3850412339', '3850412339');
    masks('Name: Ana | Country: Chad | NID number: TD2791034 | Start: 3/04', 'TD2791034');
    masks('Mi número de identidad es 72641093822, por si acaso.', '72641093822');
    masks('Miun henkilönumero on 559201734, jos kysyy.', '559201734');
    masks('Namba yangu ya kitambulisho ni 4410-2281-9937.', '4410-2281-9937');
    masks('我的证件号是K4829103，给财务。', 'K4829103');
    masks('제 신분증 번호는 8820-1173-5501입니다.', '8820-1173-5501');
    masks('name\tcountry\tid_type\tid_number\nAna\tChad\tNNI\t8821047731\nBo\tChad\tNNI\t2290331846', '8821047731', '2290331846');
  });

  it("masks a HAR export's sign-in cookie whatever its name", () => {
    const t = pick(HEX, 32);
    const s = pick(ALNUM, 12) + '7';
    masks(`HAR (request cookies):\n  {"name": "_ga", "value": "GA1.1.1.2"},\n  {"name": "_t", "value": "${t}"},\n  {"name": "shop_login", "value": "${s}"}`, t, s);
  });

  it('masks a checklist of used and unused codes with no heading', () => {
    const codes = Array.from({ length: 6 }, () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}-${pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}-${pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 3)}7`);
    masks(`Vaultline\n[x] ${codes[0]}\n[x] ${codes[1]}\n${codes.slice(2).map((c) => `[ ] ${c}`).join('\n')}`, ...codes);
    const dotted = Array.from({ length: 5 }, () => `${pick(DIGITS, 4)}.${pick(DIGITS, 4)}`);
    masks(`Mailhost\n[x] ${dotted[0]}\n${dotted.slice(1).map((c) => `[ ] ${c}`).join('\n')}`, ...dotted);
  });

  it("masks a padlock's three turns given to a place that locks", () => {
    masks('all sorted.\nthe cage = 17-04-33\ncheers', '17-04-33');
    masks('and the shed is 08-29-15.', '08-29-15');
  });

  it('masks an old password after "was"', () => {
    const a = `Harbor-pebble-Quartz-${pick(DIGITS, 2)}`;
    masks(`wiki password is now Tr7#${pick(ALNUM, 8)}\n(old one was ${a}, dead now)`, a);
  });

  it('masks a card of a scheme no prefix list names when its expiry follows, and its code after words', () => {
    const n = card('9051', 16);
    masks(`Card: ${dashed(n)}\nExp 04/31  CVC 274`, dashed(n), '274');
    const m = card('4', 16);
    masks(`number ${m}, exp 09/29, the 3 digits on the back are 615, pump PIN 8830`, '615');
    masks(`卡：${m}，有效期09/29，背面三位数618。`, '618');
  });

  it('leaves a number that fails Luhn, or has no expiry, outside a known scheme', () => {
    const n = card('9051', 16);
    const bad = n.slice(0, 15) + String((Number(n[15]) + 1) % 10);
    expect(r(`ref ${dashed(bad)} exp 04/31`)).toContain(dashed(bad));
    expect(r(`ref ${n} sent on Monday`)).toContain(n);
  });

  it('masks a password of dotted words ending in a number', () => {
    masks('User Id=clerk;Password=harbor.lantern.quartz47;Data Source=ora02:1521/X', 'harbor.lantern.quartz47');
    unchanged('password = settings.database.password');
  });

  it("masks Redis benchmark's, MinIO's user-add and a tunnel listener's passwords", () => {
    masks("redis-benchmark -h c1 -a 'walnut.ember.ferry52' -q", 'walnut.ember.ferry52');
    masks("mc admin user add prod uploader 'Kx8#fernLake2'", 'Kx8#fernLake2');
    masks("gost -L 'socks5://ops:Fx9_maple_TQ@:1080'", 'Fx9_maple_TQ');
    unchanged("mc admin user add prod uploader $UPLOADER_SECRET");
  });

  it("masks a netctl profile's Wi-Fi key", () => {
    const k = pick(ALNUM, 18);
    masks(`Description='x'\nInterface=wlan0\nConnection=wireless\nSecurity=wpa\nESSID='Dock'\nIP=dhcp\nKey='${k}'`, k);
    masks("Connection=wireless\nSecurity=wpa\nKey='maple cobalt ferry lantern'", 'maple cobalt ferry lantern');
  });

  it('masks a literal stored under a key\'s name after it (LiveCode, Factor)', () => {
    const a = `zz_${pick(HEX, 40)}`;
    masks(`put "${a}" into tShiplogApiKey`, a);
    const b = `rc_${pick(HEX, 48)}`;
    masks(`"${b}" "SHIPLOG_API_KEY" set-header`, b);
    unchanged('put "Hello there, world" into tGreeting');
  });

  it('masks a password after Danish\'s and Norwegian\'s "kodeord"', () => {
    masks('Kodeordet til kassen er nu Tr4nebo0t17, sig det ikke videre.', 'Tr4nebo0t17');
  });

  it("masks a place's code in a gloss beside a found identity number", () => {
    masks('Mi número de identidad es 72641093822.\n(English for the night shift: tool store is 4127)', '72641093822', '4127');
  });

  it('masks a door code on a sign written in capitals, and leaves an error code there', () => {
    masks("print this:\n'STAFF ONLY - BOILER ROOM - CODE 3907 - PLEASE CLOSE BEHIND YOU'", '3907');
    unchanged("print this:\n'OUT OF ORDER - ERROR CODE 5012 - CALL THE DESK'");
    unchanged('HARBOUR CAFE\nVISA  ************4410\nAUTH CODE: 582031   TID: 66120934\nTHANK YOU');
  });

  it('masks a leetspeak password with an `@` for an "a", and leaves an address', () => {
    masks('hv reset the till pw 2 W@lnutf3rry42 (usr ops)', 'W@lnutf3rry42');
    unchanged('reset the portal pw 2 admin@shop.example');
  });
});
