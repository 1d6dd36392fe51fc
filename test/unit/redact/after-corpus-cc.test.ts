import { describe, expect, it } from 'vitest';
import { DIGITS, HEX, LOWER, masks, picker, r, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus CC, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (6387460); the guards set beside
 * them keep what must be masked still masked, or what must stay readable.
 */
const pick = picker(7101);
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('harmless text that a code or a key word near it made look secret (false alarms mended)', () => {
  it("keeps a machine's report code, a metronome mark and a dial's resting place", () => {
    unchanged('the heat pump showed event code 3401 twice overnight, is that bad?');
    unchanged('our panel texted message code 1207 — "mains restored"');
    unchanged('the hymn is marked ♩=96, can the organist keep that?');
    unchanged('the bike lock dial was left on 000 and the lock was open');
    masks('the alarm code is 6620, set it when you go', '6620');
    masks('the garage code is 4417, I reset to it yesterday', '4417');
  });

  it("keeps a release's name, a game's answer and a code shown to everyone", () => {
    unchanged('the crash came with release weatherapp@9c04e1b2a7 on the dashboard');
    unchanged('the treasure hunt lock opened with 5-2-7-1 in the end, the kids loved it');
    unchanged('join code for the class quiz: 5083316 — it is on the screen anyway');
    masks('the password is picnic@9c04e1b2a7, keep it safe', 'picnic@9c04e1b2a7');
    masks('my PIN is 3391 and we are off to an escape room tonight', '3391');
    masks('the door code is 7291 — it is on the screen by the door', '7291');
  });

  it("keeps an ID called the example right after it, and a site's bare address after a cookie's word", () => {
    unchanged('is a tax number written like 999 888 7776? that is the example on the leaflet');
    unchanged("is the format 3-3-4 like 157 368 1938? that's the example from the NHS site");
    unchanged('DevTools → Cookies → https://bookings.village-hall.org');
    masks('Cookies → sessionid=Zq81mPx0Lw27Hv5cNe43', 'Zq81mPx0Lw27Hv5cNe43');
    masks('my NHS number is 157 368 1938? is that right', '157 368 1938');
  });
});

describe('secrets written in ways the older rules did not read', () => {
  it("masks a short key right after a key's own label, and a UUID given as a URL's or a command's key", () => {
    const short = `${pick(LOWER, 2)}${pick(DIGITS, 2)}${pick(LOWER, 3)}${pick(DIGITS, 2)}${pick(LOWER, 2)}${pick(DIGITS, 1)}${pick(LOWER, 2)}`;
    masks(`the uploader settings: API key ${short}, then save`, short);
    masks(`Access key: ${short}`, short);
    const id = uuid();
    masks(`curl 'https://tides.example.org/v1/station/14?res=hourly&key=${id}'`, id);
    masks(`speedtool run https://bakery.example --key ${id} --runs 2`, id);
    unchanged('Where do I find the API key in the dashboard? the access key field is empty');
    unchanged('API key: YOUR_API_KEY_HERE');
    unchanged('the API key is stored in the .env file, never in the repo');
    unchanged('request id 3f2a9c1d-8b7e-4c6a-9d0f-1e2b3c4d5e6f in the log, cache key too');
    unchanged('API key v3beta2release1 is the build we shipped');
  });

  it('masks both values of a password told as a change, and leaves other changes', () => {
    masks('changed the bakery mail password from Crumpet22 to Scone&Jam26 after the phishing mail', 'Crumpet22', 'Scone&Jam26');
    masks('changed it again, darts login: Monday.Darts.4 → Friday.Darts.4 (new night)', 'Monday.Darts.4', 'Friday.Darts.4');
    unchanged('changed it from Tuesday2 to Thursday3 sessions');
    unchanged('changed the meeting from Tuesday to Wednesday');
    unchanged('my flight changed from BA2490 to BA2496, the password for the lounge wifi is on the card');
    unchanged('we updated the password rules from Q1-2024 to Q3-2025');
    unchanged('login moved from v1.2.3 to v1.4.0 last night');
    unchanged('Login flow: Welcome.Screen -> Dashboard.Home for new accounts');
  });

  it("masks a keypad's code told with the key pressed after it, at a door or a gate", () => {
    const code = pick(DIGITS, 6);
    masks(`the side door at the swimming club wants ${code} followed by # — push hard`, code);
    masks(`the yard gate opens on ${code} then the key symbol`, code);
    unchanged('call the office, then extension 4412 followed by # for the bookings desk');
    unchanged('press 1 then # to continue');
    unchanged('the car park barrier opens if you enter your booking number 5521 followed by #');
  });

  it('masks a second password of two capitalised words and a number, given as what a thing is beside a found one', () => {
    masks('the shed padlock is Robin!4471 and the till for the fair is Harbour_Gull_12', 'Harbour_Gull_12');
    masks('la clave del candado es Robin!4471 y la del correo de la tienda es Tortilla.Nopal4. No se le olvide', 'Tortilla.Nopal4');
    unchanged('the office runs Python_Flask3 and the tab is Budget_March_2');
    expect(r('the shed padlock is Robin!4471 and the file for the fair is Stall_Plan_2')).toContain('Stall_Plan_2');
    expect(r('the shed padlock is Robin!4471 — I wrote it in Notebook_Blue_2 on Tuesday')).toContain('Notebook_Blue_2');
  });

  it('masks a one-time code named in German with a clause before its verb', () => {
    const code = pick(DIGITS, 6);
    masks(`Ihr Bestätigungscode für die Anmeldung lautet ${code}. Gültig für 10 Minuten.`, code);
    unchanged('Ihr Bestätigungscode ist 10 Minuten gültig.');
  });
});
