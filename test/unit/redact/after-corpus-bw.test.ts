import { describe, it } from 'vitest';
import { ALNUM, HEX, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BW, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (2807137); the guards set beside
 * them keep what must stay readable.
 */
const pick = picker(6501);

describe('numbers that a code word stands near but that are another thing (false alarms mended)', () => {
  it('keeps a PIN code glossed as a postcode right after it', () => {
    unchanged('the warehouse PIN code is 411014 (that is the postcode in Pune)');
    unchanged("send it to PIN code 700091, i.e. the postal code, not the phone's");
  });

  it('keeps a code of a public kind: a merchant category, a tax code, a ZIP code after another code word', () => {
    unchanged('the cafe charge came through with MCC code 5499 on the statement');
    unchanged('new tax code on my payslip is 944L, fine?; ZIP code 30412 for the parcel');
  });

  it('keeps a number cut off by the reach of a door-code word (an IMEI), and words that only begin like a door word', () => {
    unchanged('my tax code on the payslip is K475 this year, is that normal?; the IMEI for the claim form: 490154203237518');
    unchanged('the code for the grant is on the funding portal, the reference number 55120, enter it on the form');
  });

  it('keeps a reference of capitals, a dash and digits after a code word', () => {
    unchanged("the app says 'use your collection code at locker bank QX-5120' but nothing came by email");
  });

  it('keeps a lookup by name on an env line, and a UUID labelled in a later sentence', () => {
    unchanged('DB_PASSWORD=env("PAYMENTS_DB_PASS")\nAPI_TOKEN=secret(\'billing/stripe\')');
    unchanged('the office wifi password is on the noticeboard, I will not type it here. UUID of the shared calendar: 9b2f3c1e-8a4d-4f6b-9c2e-1d3a5b7c9e0f');
  });

  it('keeps a national ID shown as a sample on a form', () => {
    unchanged('The help page shows S1234567D as the sample NRIC.');
    unchanged('What does a kennitala look like? e.g. 120174-3399 on the help page');
  });

  it('still masks the same numbers given as secrets', () => {
    masks('the PIN code is 411014, do not share it', '411014');
    masks('the gate door code is 5120, the ZIP is on the letter', '5120');
    masks('the side door code is 4471 (the postcode is on the letter)', '4471');
    masks('DB_PASSWORD=Qz7!mP2vLx9', 'Qz7!mP2vLx9');
  });
});

describe('a machine-made key in a message that talks about keys, no key word right before it', () => {
  it('masks a key given a sentence after or before the talk about it', () => {
    const hex = pick(HEX, 40);
    masks(`Ledgerly wants a new token. I pasted ${hex} but it says expired`, hex);
    const token = pick(ALNUM, 28);
    masks(`is this a valid Parcelino credential or did I copy it wrong? ${token}`, token);
    const other = pick(ALNUM, 32);
    masks(`${other}\n^ that's the Quillstack one, rotate it when you can`, other);
  });

  it('masks a short random key where a key noun stands in its own sentence', () => {
    masks('Roomfind key for the nightly import: Hq7TwZ3kPxMb9RnV', 'Hq7TwZ3kPxMb9RnV');
  });

  it('keeps hashes, ids and commits under talk about keys', () => {
    unchanged(`commit ${pick(HEX, 40)} rotates the signing key, please review`);
    unchanged(`{"msg": "invalid api key", "trace_id": "${pick(HEX, 32)}"}`);
    unchanged(`the key fob asset list is in sheet ${pick(HEX, 32)}, its sha256 below`);
    unchanged(`the public key id is ${pick(ALNUM, 24)}, safe to share`);
  });
});

describe('a one-time code given first and named "the code", where the sentence says it was sent', () => {
  it('masks the number before "as the code" or "is the code they sent"', () => {
    masks('the pharmacy app texted me 58213904 as the code, where does it go?', '58213904');
    masks('71630492 is the code they sent, valid for five minutes', '71630492');
    masks('it sent 402917 to my email as a login code, I did not ask for one', '402917');
  });

  it('keeps a status or an error code, and a code with nothing said of sending', () => {
    unchanged('the server sent 4031 as the status code');
    unchanged('404 is the code for not found');
    unchanged('order 5512 is the code on the parcel slip they sent');
  });
});

describe("the other value of a password's change, beside a found password", () => {
  it('masks the old value in a bracket or across an arrow', () => {
    masks('heads up: the rota login is now Plum&Tern4471 (was Gorse_kite_9021)', 'Plum&Tern4471', 'Gorse_kite_9021');
    masks('the studio email password changed from Wq8!zzRt7b → Larch.cumin.31#', 'Wq8!zzRt7b', 'Larch.cumin.31#');
  });

  it('keeps versions and file names across an arrow', () => {
    unchanged('upgrade went v2.4.1 → v2.5.0 last night, notes in release.md');
  });
});

describe('what a code generator is said to show', () => {
  it('masks the digits an authenticator app shows, and a six-digit code right after "2FA"', () => {
    masks('Authy says 730215, quick before it changes', '730215');
    masks('the authenticator shows 4417 now if you need it', '4417');
    masks('2FA 640882', '640882');
  });

  it('keeps a year or a count after the same words', () => {
    unchanged('2FA 2026 roll-out is on the agenda');
    unchanged('the authenticator app shows 30 seconds per code');
  });
});
