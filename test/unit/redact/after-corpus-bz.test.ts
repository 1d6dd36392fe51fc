import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, keeps, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BZ, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (b633e87); the guards set beside
 * them keep what must stay readable.
 */
const pick = picker(6801);
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('harmless text that a secret word near it made look secret (false alarms mended)', () => {
  it("keeps a strength meter's rating said where the password would be", () => {
    unchanged("The checker rates my new password 'medium', and the old one was 'poor'. How do I make it stronger?");
    unchanged("the meter says my password is 'excellent' now");
    masks("my password is 'Kettle!4471'", 'Kettle!4471');
  });

  it("keeps a sort code whose account is given by its last four digits only", () => {
    unchanged('Sort code 40-11-62, the account ending 8812 — is that enough to pay the plumber?');
    unchanged('our sort code is 30-90-89 and the account ends in 1204, printed on every invoice');
    masks('sort code 40-11-62, account number 55779911', '40-11-62');
  });

  it("keeps a parking zone's code, a parcel locker's number and a receipt's approval code", () => {
    unchanged('the zone code is 4471 for the car park by the station, on the sign');
    unchanged('package locker 3308 at the petrol station, collect by Monday');
    unchanged('Card ****5521  Approved  code 730114\nThank you');
    masks('the locker code is 3308', '3308');
  });

  it('keeps a UUID after a later label, the password itself withheld', () => {
    unchanged(`We will give you the password in person. Shared drive: ${uuid()}`);
  });
});

describe('secrets written with no word the older rules needed', () => {
  it('masks a machine-made key or a UUID given to the plain word "key", "token" or "secret"', () => {
    const token = pick(ALNUM, 30) + '9xQ';
    const id = uuid();
    masks(`The key we use is ${token} - has it expired?`, token);
    masks(`Ticket 4410: Key on file: ${id}. Please check the quota.`, id);
    masks(`that Tallowby key (${id}) was meant for Ben`, id);
    masks(`He wrote: key=${id}, refresh weekly`, id);
  });

  it('keeps a public key, a key of data, a key id, a row\'s id, a format and a commit after the plain word', () => {
    unchanged(`see the key ${uuid()} in the table`);
    unchanged(`the token format we use is ${pick(ALNUM, 30)} style`);
    unchanged(`partition key: ${uuid()}`);
    unchanged(`Recovery Key ID: ${uuid()}`);
    unchanged(`The fix for the key prompt is ${pick(HEX, 40)}, don't revert it`);
    unchanged('the key to the shed is under the mat, the spare key is with Ann');
  });

  it('masks passwords of random case or a digit put for a letter, read alone', () => {
    masks('reading it off the post-it: PIcKLeGaRDen45', 'PIcKLeGaRDen45');
    masks('it let me in with B4rnacleh0use7 this morning', 'B4rnacleh0use7');
  });

  it('keeps times, paths, versions and camel-cased names of those shapes', () => {
    unchanged('Meeting at 10:30:45, ratio 16:9:12, Rust path std::fmt::Display');
    unchanged('open /Users/ann/Photos/summer/01 and C:/Temp/logs/12');
    unchanged('call getUserById12 and parseHTMLString42 in the handler');
    unchanged('open report.Final-2024 and the release-Candidate.2 build notes');
  });

  it("keeps a log's fields, months and days, a sheet's tabs and names joined by a symbol and a number", () => {
    // The lead's review: the round's colon, slash and joiner shapes (its corpus's generator's) took these.
    unchanged('Status:Pending:15 in the log, then Level:Warning:42 spam');
    unchanged('the Jan/Feb/23 invoices are late; the Mon/Wed/20 schedule; the Home/garden/12 tab');
    unchanged('see holiday-Spain-22 and draft-Chapter-12 today; branch feature-Login-42 is merged');
  });

  it('masks a code in a text message with its footer, and one named after an arrow or "that\'s"', () => {
    const code = pick(DIGITS, 6);
    masks(`Your code is ${code}. Reply STOP to opt out.`, code);
    masks(`Sign-in code\n${code}\nIf you didn't request this, ignore this message.`, code);
    masks(`${code} <- two-factor code from the bank, valid 5 min`, code);
    masks(`it came through: ${code}. that's the confirmation code for the transfer`, code);
    unchanged('Error code 4041. Reply STOP to opt out of these alerts');
  });

  it("masks a Wi-Fi key after Japanese, Hindi and Persian words for Wi-Fi, and after a possessive's apostrophe", () => {
    masks('実家のWi-Fiは Pebbleotter4417 です', 'Pebbleotter4417');
    masks('घर का वाईफ़ाई Pebbleotter4417 है', 'Pebbleotter4417');
    masks('وای‌فای خونه Pebbleotter4417 ـه', 'Pebbleotter4417');
    masks("Wi-Fi key for the clinic's staff network: harbour551Otter20", 'harbour551Otter20');
    keeps('実家のWi-Fiは遅いです', '実家');
  });

  it('masks a seed phrase in Czech or Italian named by its word count or its recovery word', () => {
    const czech = 'alkohol boxer dioda hlodavec kanibal kulajda malvice obava pikle sestra utahovat zlehka';
    const italian = 'abete ampio botanico critico esteso gastrico lentezza nevrotico pizzico sdebitare svizzera zircone';
    masks(`obnovovací fráze: ${czech}`, czech);
    masks(`le 12 parole: ${italian}`, italian);
  });
});
