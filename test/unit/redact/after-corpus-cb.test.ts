import { describe, expect, it } from 'vitest';
import { DIGITS, HEX, masks, picker, r, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus CB, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (5b67b2a); the guards set beside
 * them keep what must stay readable.
 */
const pick = picker(7001);
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('harmless text that a secret word near it made look secret (false alarms mended)', () => {
  it('keeps a value said at once to be no real password', () => {
    unchanged("the password for the riddle round was 'Heron' — the clue for round three, not a real password, ha");
    unchanged('Your club number is CLB-2210 (not a password). Please do not share login details with other pupils.');
    masks('the password is Heron!2291, not a strong password I know', 'Heron!2291');
  });

  it('keeps a code asked about, a factory setting, a range in a call, bits and a security mode', () => {
    unchanged("What does 'code 5521' mean on my washing machine? The booklet only lists F codes");
    unchanged('The combination lock on my gym bag is factory-set to 000, how do I change it?');
    unchanged('a 4-digit PIN generator in JavaScript, like randomInt(1000, 9999) — good enough?');
    unchanged('The gate remote has its DIP switches set to 01101001 — is that the code?');
    unchanged("what's the difference between WPA2-PSK and WPA3-SAE for the church hall?");
    masks('the bike lock code is 5521', '5521');
  });

  it("keeps a number named right before as another thing's, and one given as an example", () => {
    unchanged("Hedge update: 3 new (tags HD-1, HD-2). The dentist's booking code for the online portal is just their practice number, 0712.");
    unchanged("The 'code' on the chart is the step number, e.g. 2-4-6-8.");
    masks('the portal code is 0712.', '0712');
  });

  it("keeps a file's name glued to a Wi-Fi word, a log's id field, a travel pass, a login's details", () => {
    unchanged('firmware: wifi_mod_fw_v2.4.1_b2231.img — ok to flash?');
    unchanged('[otp] code issued for user_id=55120 len=6 ttl=120s channel=sms (code not logged)');
    unchanged("The seat on the Eurail Pass: 'reservation code' 7QK-2M4 — it's the booking reference");
    unchanged('Reminder: never share your login details with classmates.');
    masks('wifi pass: Kettle!Moor77', 'Kettle!Moor77');
  });

  it('keeps a demo login whose password is its user name, and a library card when no PIN is had', () => {
    unchanged("Front desk: the kiosk demo login is 'guest' / 'guest' — printed on the stand on purpose.");
    unchanged('my library card number is 22918004417730 — can I renew online without a PIN?');
    masks("the kiosk login is 'frontdesk' / 'Mallow#Gate58'", 'Mallow#Gate58');
    masks('my library card is 22918004417730, the PIN is on the back', '22918004417730');
  });
});

describe('secrets written in ways the older rules did not read', () => {
  it('masks a code written digit by digit where its plain digits would be read', () => {
    masks('the allotment shed padlock is 4-1-8-2 (spin each wheel)', '4-1-8-2');
    masks('the bin store key box is 6 0 3 9. it sticks', '6 0 3 9');
    unchanged('we switched to a 4-2-3-1 formation after half time');
    unchanged('steps 1 2 3 4 then press enter');
  });

  it('masks a value behind an aside in parentheses', () => {
    const pin = pick(DIGITS, 4);
    masks(`the PIN for the fuel card (the blue one in the glovebox) is ${pin}. only for diesel`, pin);
    unchanged('Order (placed with the code SPRING10) 48213 has shipped');
  });

  it('masks capitalised words joined as a password after a password word', () => {
    masks("shed laptop — password 'Compost-Heap-Tuesday' — it's in the cupboard", 'Compost-Heap-Tuesday');
    masks('* shared inbox: choir.leeds@ — pw Anthem_Descant_Treble', 'Anthem_Descant_Treble');
    unchanged('see the password Reset_Policy page');
    unchanged('the password for Stratford-Upon-Avon is on the sheet');
  });

  it('masks a password after a login written as an address or its part up to "@"', () => {
    masks('• till laptop: market@ / Parsnip&Leek_Nov', 'Parsnip&Leek_Nov');
    unchanged('mail anna@example.org / London / Paris2024!');
    unchanged('ping @dave / Q3-Final!');
    // Lead's review: an address given as someone to write to, and a channel, a room or a forum after the slash.
    masks('the streaming app account is kidscam@ / Otter&Moss_17', 'Otter&Moss_17');
    unchanged('reply to team@ / Slack#general');
    unchanged('alias: support@ / Help&Care!');
    unchanged('write to info@ / Q&A-Forum');
    unchanged('send to ann.b@ / Ann&Bob2024');
    unchanged('owner: dev@ / Team-A&B');
  });

  it('masks a quoted passphrase of plain words after a password word', () => {
    masks("the hall's wifi is 'ChapelNet' password 'moss moss moss' — three words", 'moss moss moss');
    unchanged("click the password 'reset' link");
    // Lead's review: quoted words that say where the value is written.
    unchanged('the wifi key is "on the router".');
  });

  it('masks national IDs in their own written form after a bare "ID:"', () => {
    expect(r('Name: Eva Holm | Town: Luleå | ID: 811228-9874')).toBe('Name: Eva Holm | Town: Luleå | ID: [redacted national id]');
    expect(r('Name: Rui Costa | Town: Recife | ID: 111.444.777-35')).toBe('Name: Rui Costa | Town: Recife | ID: [redacted national id]');
    unchanged('Name: Rui Costa | Town: Recife | ID: 4471');
  });

  it('masks a UUID given right after "API key"', () => {
    const key = uuid();
    masks(`Should I rotate this? Weatherly API key ${key} — it was in a screenshot`, key);
    unchanged(`see the key ${key} in the table`);
    unchanged(`the API key id ${key} is in the log`);
  });

  it('masks codes after a heading that says what they are for', () => {
    masks('Codes for the bakery cold store and the van: cold store 6610, van alarm 4187', '6610', '4187');
    unchanged('Codes for the tracking: parcel 48213971');
  });
});
