import { describe, it } from 'vitest';
import { masks, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus CC, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (6387460); the guards set beside
 * them keep what must be masked still masked.
 */

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
