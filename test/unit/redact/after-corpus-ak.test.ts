import { describe, expect, it } from 'vitest';
import { r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AK, on values and sentences made up here. */
describe('look-alikes kept', () => {
  it('keeps an account a notice says donations are welcome into', () => {
    unchanged('Minutes of the allotment society.\n\nDonations welcome: NL91 ABNA 0417 1643 00 (Seed Fund).\n\nNext meeting in May.');
    unchanged('Spenden sind jederzeit willkommen: DE89 3704 0044 0532 0130 00 (Vereinskasse).');
  });

  it('keeps the words "code", "pin", "wifi" and "router" beside numbers that open nothing', () => {
    unchanged('The codex 44120 in the museum is from the ninth century.');
    unchanged('GPIO pin 1234 is not a thing, the board has 40 pins.');
    unchanged('The router is a Netgear Nighthawk R6700v3 and the modem an Arris SB8200.');
    unchanged('Wi-Fi MAC 3a:11:9c:0e:42:d7, IMEI of the LTE modem 356938035643809.');
    unchanged('2. **Wi-Fi Calling**: if your phone supports it, calls go over the network.');
    unchanged('We found a great cafe with Wi-Fi to get out of the house and get some work done.');
    unchanged('The Wi-Fi name is Bakery_Guest_5G; ask the staff for the password.');
  });

  it('keeps a setting set to a quantity, a label set to a name, and a rule with a count', () => {
    unchanged('I set it to 25 minutes and the timer works now.');
    unchanged('We set the label to `Quadrant 1` for the first plot.');
    unchanged('Erayga sirta waa inuu noqdaa ugu yaraan 16 xaraf oo ay ku jiraan tirooyin.');
    unchanged('Password requirements:\n• at least 12 characters');
  });

  it('keeps a room, a year and a phone number beside a door code', () => {
    const out = r('Gate code is 4471, the meeting is at 1930 in room 4101, since 2019, call 0612 345 678.');
    expect(out).not.toContain('4471');
    for (const v of ['4101', '2019', '0612 345 678']) expect(out).toContain(v);
  });
});

describe('door and alarm codes in any inflection, and the codes listed beside them', () => {
  it('masks a code word with its article or case ending on it', () => {
    masks('Codul de la poartă e 48213, mulțumesc', '48213');
    masks('Portkoden er 61904, alarmkoden er 7730#', '61904', '7730');
    masks('Dørkoden er *5517 — husk at låse.', '5517');
    masks('Ny kod: larmkoden är 20871.', '20871');
  });

  it('masks a keypad code marked by its star, after an alarm word', () => {
    masks('Alarm at the back office *6602 then press OFF.', '6602');
  });

  it('masks the other codes of the list, named only by what they open', () => {
    masks('gate code is 3317 and the bike shed is 90642, see you', '3317', '90642');
    masks('Padlock combo is 12-40-08, the tool cupboard is 55219. Thanks', '55219');
    masks('Supervisor code 40817; label printer admin 6631907', '40817', '6631907');
    masks('Le code du portail est 4471, celui du garage 88210.', '4471', '88210');
  });

  it('masks a PIN or a PUK right after the word, or after "it\'s"', () => {
    masks('operator pin 730912, service pin 118844. ask first', '730912', '118844');
    masks('the sim card says PIN1 4827 PUK1 30918274', '4827', '30918274');
    masks('the card reader asks for the manager pin sometimes, its 6390', '6390');
  });
});

describe('passphrases of plain words after a password word, in any language', () => {
  it('masks words and a number or a symbol, ended by a stop', () => {
    masks('Moi! Kahvila Ruusu — wifin salasana on pebble lantern walrus 38. Älä kerro.', 'pebble lantern walrus 38');
    masks('Hej! Bageriet — lösenordet till wifi är copper thimble orchid falcon. Säg inget.', 'copper thimble orchid falcon');
    masks('a senha do wifi é marble cactus violet prism! Não passe.', 'marble cactus violet prism');
  });

  it('masks a phrase ended by a laugh', () => {
    masks('ok so the password is walrus cedar mango pixel xd — keep it quiet', 'walrus cedar mango pixel');
  });
});

describe('a value the writer says they set, with no password word', () => {
  it('masks "X is what I set it to" in any surrounding language', () => {
    masks('Ciao, Brenta%4471 is what I set it to for the shop login, non dirlo a nessuno.', 'Brenta%4471');
    masks('Szia, tulip cobalt meadow otter is what i set it to for the booking site, ne add tovább.', 'tulip cobalt meadow otter');
    masks('Habari, 9kQz7TmW2r is what we changed the router to, usimwambie mtu.', '9kQz7TmW2r');
  });

  it('masks "I set it to X" and "the old one was X" after a change', () => {
    masks('I set it to Fjord!2291 yesterday, works now', 'Fjord!2291');
    masks('we changed the pin to 7731, ok?', '7731');
    masks('Comment: rotated after the audit, old one was Quill#5520', 'Quill#5520');
  });
});

describe('a key after the word "wifi", whatever the words between', () => {
  it('masks a key-shaped value in languages without a password word the rules know', () => {
    masks('Salve! Bar Sole — y fockle follit son y wifi ta 9FB21C07DE4A3. Slaynt.', '9FB21C07DE4A3');
    masks('Здраво! Пекара Липа — шифра за вајфај је Rt7mQ2xLw9KpVb4N. Хвала.', 'Rt7mQ2xLw9KpVb4N');
    masks('wifi for the new laptop: sparrow-quartz-tundra', 'sparrow-quartz-tundra');
    masks('Jambo! password wifi-nya kettle lemur cobalt harbor falcon. Asante.', 'kettle lemur cobalt harbor falcon');
    masks('new router for the studio is up, it\'s Hn4vT8qPz2Lm6Wd1 btw', 'Hn4vT8qPz2Lm6Wd1');
  });
});

describe('secrets in code and device layouts', () => {
  it('masks a secret macro and a password typed between Tab and Enter', () => {
    masks('#define SECRET_PASS "p7Vq!kx2Lm"\n#define WIFI_SSID "Shed"', 'p7Vq!kx2Lm');
    masks('#define MQTT_PASSWORD "Zr8#nw4Qe1"', 'Zr8#nw4Qe1');
    masks('^!l::\nSend, clerk7{Tab}Gx4%pLm9!q{Enter}\nreturn', 'Gx4%pLm9!q');
    unchanged('#define KEY_PIN 4\n#define PASS_MAX_LENGTH "64"');
  });

  it("masks a console command's password and an auth directive's pair", () => {
    masks('Backlog SSID1 Garden; Password1 Wm3!zq8Rv2; MqttHost 10.0.0.9', 'Wm3!zq8Rv2');
    masks('listen stats\n    stats auth admin:Vq9#eL2pWm7z', 'Vq9#eL2pWm7z');
  });

  it('masks the password of a Go SMTP login and a Twilio token passed through a call', () => {
    masks('auth := smtp.PlainAuth("", "desk@example.org", "Tq8!vLz2#mW", "smtp.example.org")', 'Tq8!vLz2#mW');
    masks('Twilio.init("AC0b7f2c94e1d3a8b6c5f4e3d2c1b0a9f8".trim(), "5f1e9d2c8b7a6f5e4d3c2b1a0f9e8d7c")', '5f1e9d2c8b7a6f5e4d3c2b1a0f9e8d7c');
  });

  it('masks a token a tool hands over on the line below, and a user then pass pair', () => {
    masks('✔ Done! Use this token to log in from CI:\n\nQm9vZ2xlY2F0MTIzNDU2Nzg5MGFiY2RlZmdoaWpr\n\nthen run deploy', 'Qm9vZ2xlY2F0MTIzNDU2Nzg5MGFiY2RlZmdoaWpr');
    masks('the kiln controller is at 10.1.4.2 user admin pass hY7k!2mQ', 'hY7k!2mQ');
  });
});
