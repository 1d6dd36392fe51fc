import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, picker, r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus BB, on values and sentences made up here. */
const pick = picker(20261207);

describe('look-alikes that open nothing', () => {
  it('keeps the keys of a list whose heading says they ship to the browser or that the secrets are kept elsewhere', () => {
    unchanged(`# web.env - these ship to the browser\nMAPS_CLIENT_KEY=${pick(HEX, 32)}\nCHAT_WIDGET_KEY=${pick(ALNUM, 24)}`);
    unchanged(`# frontend ids only, secrets live in the vault\nANALYTICS_API_KEY=${pick(HEX, 32)}\nFORMS_SITE_KEY=${pick(ALNUM, 30)}`);
  });

  it('still masks a key whose own name is secret under such a heading, and a heading that keeps secrets here', () => {
    const key = pick(ALNUM, 40);
    masks(`# these ship to the browser\nPAYMENTS_SECRET_KEY=${key}`, key);
    masks(`# the secrets live here, do not share\nMAPS_API_KEY=${key}`, key);
  });

  it("keeps the nil UUID and one character in a key's groups as a template's stand-in", () => {
    unchanged('# .env.sample\nRECORDER_KEY=00000000-0000-0000-0000-000000000000\nPUSH_TOKEN=xxxx-xxxx-xxxx-xxxx');
  });

  it('still masks a random UUID under a key name', () => {
    const uuid = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;
    masks(`RECORDER_KEY=${uuid}`, uuid);
  });

  it('keeps a phone number given where a code was asked for', () => {
    unchanged('Sam asked for the key cabinet code - I told him to ring 0161 496 0734, we do not send codes by text.');
    unchanged('they wanted the shed code; I said phone the warden on 01632 960 418 for it.');
  });

  it('still masks a door code in the same kind of sentence', () => {
    masks('Sam asked for the boiler room door code - it is 4821, do not send it by text.', '4821');
  });

  it("keeps a format's help that writes an ID's shape with one digit", () => {
    unchanged('For Haitian staff the NIF looks like 000-000-000-0; leave it blank if unsure.');
    unchanged('Cameroon NIU format: M000000000000A (letter, twelve digits, letter).');
  });
});

describe('secrets in the families BB showed', () => {
  it('masks IDs of Greenland (by its check), Armenia, Afghanistan, Iraq, Haiti, Trinidad and Tobago, Malawi, Cameroon, Cambodia and Mauritania', () => {
    masks('name,nationality,CPR,role\nA. Berthelsen,Greenland,030587-1001,cook', '030587-1001');
    masks('Nationality: Armenia\npublic service number (PSN): 4817302956', '4817302956');
    masks('| Z. Rahimi | Afghanistan | 1401-2276-30418 |', '1401-2276-30418');
    masks('Iraqi unified national card: 208817364502', '208817364502');
    masks('my NIF is 512-804-377-2 and my husband’s is 330-197-660-8', '512-804-377-2', '330-197-660-8');
    masks('Trinidad and Tobago national ID 19830214517', '19830214517');
    masks('Malawi national ID (NRB): K7TR2MQX', 'K7TR2MQX');
    masks('| B. Essomba | Cameroon | P204815736290K |', 'P204815736290K');
    masks('Cambodia, Khmer ID card 302518847', '302518847');
    masks('Nationality: Mauritania\nNNI: 6120487735', '6120487735');
  });

  it('leaves such numbers without the name', () => {
    unchanged('order 4817302956 ships Monday');
    unchanged('Cameroon order ref P204815736290K');
  });

  it('masks both codes of a code said to have changed from one number to another', () => {
    masks('boiler room code changed from 4417 to 902315', '4417', '902315');
    masks('the yard gate combo was reset from 3370 to 8812 on Monday', '3370', '8812');
  });

  it('leaves another kind of code that changed', () => {
    unchanged('our area code changed from 0161 to 0162 years ago');
    unchanged('the product code changed from 4417 to 4418 in the new catalogue');
  });

  it('masks a note line that opens with a number that opens a place', () => {
    masks('- 5823 opens the bottle store\n- 710944 opens the side hatch', '5823', '710944');
  });

  it('leaves a year that opens a line', () => {
    unchanged('2024 opens the season with three concerts');
  });

  it("masks a code keyed before a keypad's button", () => {
    masks('for the loading bay it is 3391 then the green button', '3391');
    masks('side door: 72016 then #', '72016');
  });

  it('leaves a setting keyed before a button', () => {
    unchanged('set the speed to 1500 then the green button to start the belt');
  });

  it('masks a keycode and a place’s access number', () => {
    masks('ladder store keycode = 40917', '40917');
    masks('- plant room access number: 6620', '6620');
  });

  it('leaves a browser key code and a dial-in access number', () => {
    unchanged('if (event.keyCode === 1337) { open(); }');
    unchanged('conference access number: 0800 496 0734');
  });

  it('masks the digits of a table column headed as the secrets', () => {
    masks('| thing | secret |\n|---|---|\n| bottle store | 5512 |\n| side hatch | 409213 |', '5512', '409213');
  });

  it("masks a place's code in a list or a sentence beside a found password", () => {
    const pw = `Harbour${pick('0123456789', 4)}Gull!`;
    masks(`HANDOVER A -> B\n* booking system: ${pw}\n* bottle store: 5512\n* side hatch: 409213`, pw, '5512', '409213');
    masks(`Over to you for the week - booking system password is ${pw}, bottle store takes 5512, side hatch is 40921, and that is all.`, pw, '5512', '40921');
  });

  it('leaves other numbers in such a list', () => {
    const pw = `Harbour${pick('0123456789', 4)}Gull!`;
    expect(r(`* booking system: ${pw}\n* office phone: 4471\n* year: 2019`)).toContain('4471');
    expect(r(`booking system password is ${pw}, room number is 4471, opened 2019.`)).toContain('4471');
  });

  it('masks a password hashed or read from the input on the command line', () => {
    masks("$ mkpasswd -m sha-512 'Quay7741Heron'", 'Quay7741Heron');
    masks("$ openssl passwd -6 -salt ab12 'Quay7741Heron'", 'Quay7741Heron');
    masks("echo 'Quay7741Heron' | keepassxc-cli show ~/db.kdbx mail", 'Quay7741Heron');
    masks("vncpasswd -f <<< 'Quay7741Heron' > ~/.vnc/passwd", 'Quay7741Heron');
    masks("impacket-psexec 'OFFICE/backup:Quay7741Heron@10.0.0.5'", 'Quay7741Heron');
  });
});
