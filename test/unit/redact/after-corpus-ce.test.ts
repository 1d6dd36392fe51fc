import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, keeps, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus CE, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (0c065b0); the guards set beside
 * them keep what must be masked still masked, or what must stay readable.
 */
const pick = picker(7301);

describe('harmless text that a password word, a code word or a session name made look secret (false alarms mended)', () => {
  it('keeps a slogan, a motto or a crossword answer named by Polish "hasło" or Czech "heslo"', () => {
    unchanged('Na plakacie hasło przewodnie jarmarku to "Miód i len"');
    unchanged('hasło reklamowe sklepu brzmi "Zawsze świeże"');
    unchanged('Hasło krzyżówki to "pszczoła"');
    masks('hasło do wifi w pracowni to Kret!2291', 'Kret!2291');
  });

  it('keeps a number after a name with a doubled "d", no code word of any language', () => {
    unchanged('the dig turned up a Codd bottle, embossed "Rylands Codd 1889", marble still inside');
    unchanged('E. F. Codd 1970 wrote the paper on relations');
    masks('kod do furtki 58231', '58231');
  });

  it("keeps a Stripe Checkout Session's id, which carries its mode, in a success page's link", () => {
    unchanged(`GET /thanks?session_id=cs_test_${pick(ALNUM, 10)}&paid=1 200 9ms`);
    unchanged(`redirected to /done?session=cs_live_${pick(ALNUM, 24)}`);
    const secret = `sk_live_${pick(ALNUM, 24)}`;
    masks(`STRIPE_SECRET_KEY=${secret}`, secret);
  });

  it('keeps values taken back as a joke in their own sentence, not after "no kidding"', () => {
    unchanged('my old password was "letmein" and now it is "letmein2" — kidding, we use the vault');
    unchanged('the safe pin is 1234 (just joking), ask the manager');
    masks('my password is Heron!2291 — no kidding, write it down', 'Heron!2291');
    masks('the gate pin is 48213 - joking aside, keep it to yourself', '48213');
  });

  it("keeps a label's words before its colon, masking the value after it", () => {
    const token = pick(ALNUM, 48);
    const text = `Wagtail login token for the choir rota: ${token}`;
    keeps(text, 'token for the choir rota');
    masks(text, token);
    masks('the wifi password is frozen bonsai floats at the pier', 'frozen bonsai floats at the pier');
  });
});

describe('one-time codes in shapes the older rules did not read', () => {
  it('masks a code of capitals and digits, or in pairs, before "is your … code", and one before "is the one-time … code"', () => {
    masks('R7T2KQ is your Wagtail login code', 'R7T2KQ');
    masks('M4-XJ-92 is the one-time login code for Fernbook', 'M4-XJ-92');
    masks('31 84 07 est votre code Kestrelia', '31 84 07');
    masks('582 140 masz kod do Sowa, wpisz szybko', '582 140');
    unchanged('A380 is your plane for the trip');
    unchanged('4021 is the area code for that town');
    unchanged('E404 is the error code the app shows');
    unchanged('1080 is the resolution of the old monitor');
    unchanged('730512 is the one-time code length the bank wants');
    // The lead's review: capitals and digits before a code named only by what it is for are a reference.
    unchanged('AB12CD is your booking code, keep it for check-in');
    unchanged('GATE42B is your gate code at the depot');
    masks('K7-WQ-38 is your verification code', 'K7-WQ-38');
  });

  it('masks a code of two groups of three after its name and a clause, and one after a pointing emoji', () => {
    masks("sign-in code for the bellringers' forum: 604 217", '604 217');
    masks('verification code 👉 390517 for the stall card reader', '390517');
    unchanged('verification code length is 6 digits');
    unchanged('the login code changed format: 123 456 789 is the order ref');
  });
});

describe('passwords, keys and codes the older rules did not read', () => {
  it("masks a password's old value told in words before a found new one", () => {
    masks('changed the hall laptop from kestrel1987 to Heron!Quay22 yesterday', 'kestrel1987', 'Heron!Quay22');
    masks('the forum got hacked; old one was Quill_Ember, new one is Heron!Quay22', 'Quill_Ember', 'Heron!Quay22');
    unchanged('the flight moved from BA2490 to BA2496 on Sunday');
  });

  it('masks backup codes written one after another with spaces alone, and stops at the first word after them', () => {
    const [a, b, c] = [pick(DIGITS, 6), pick(DIGITS, 6), pick(DIGITS, 6)];
    masks(`club mail account: backup codes ${a} ${b} ${c}`, a, b, c);
    keeps('Steam Guard code 33DP2 my brother is logging in', 'my brother is logging in');
  });

  it('masks a Thai citizen number in its dashed layout after the plain words "national ID"', () => {
    masks('the guesthouse wants the national ID number: 1-8420-37569-12-3', '1-8420-37569-12-3');
    unchanged('the national ID number format is 1-8420-37569-12-4 on the sample card');
  });

  it('masks a French seed phrase after "mots de secours"', () => {
    const phrase = entropyToMnemonic(Uint8Array.from(pick(HEX, 32).match(/../g)!.map((h) => parseInt(h, 16))), french);
    masks(`mots de secours : ${phrase}`, phrase.split(' ')[0]!, phrase.split(' ')[11]!);
    unchanged('mots de secours : appelez le 112 ou le 15');
  });

  it("masks InfluxDB's -t token", () => {
    const token = `${pick(ALNUM, 60)}-${pick(ALNUM, 20)}==`;
    masks(`influx bucket list -o garden -t ${token}`, token);
    unchanged('influx query -t $INFLUX_TOKEN "from(bucket: \\"x\\")"');
  });

  it("masks a Wi-Fi's key given after its network's name with a comma and a key word, or a slash", () => {
    masks('wifi at the barn — SSID BarnOwl, pass heatherlarkmoor', 'heatherlarkmoor');
    masks('choir night: Wi-Fi "Loft4" / thistleDOWNwind', 'thistleDOWNwind');
    masks('bakery guest Wi-Fi: CrumbNet / copper kettle moss', 'copper kettle moss');
    keeps('(the wifi Loft_Back / Xq7dWzr2PmXa)', ')');
    unchanged('guest network Marketing, password protected');
    unchanged('SSID Lab3, password strength');
    unchanged('network eduroam, password authentication.');
    unchanged('Wi-Fi: Fast / reliable');
    unchanged('Wi-Fi: HomeHub / the password is on the card');
    unchanged('Wi-Fi: Office5G / ask reception for details');
    unchanged('wifi: TP-Link / Netgear routers both work');
  });

  it('masks a keyboard walk in a login\'s place, and keeps a walk in a sentence or a keyboard smash', () => {
    masks('choir office laptop — 2wsx3edc4rfv', '2wsx3edc4rfv');
    masks('try wsxedcrfv — the scouts\' shared login', 'wsxedcrfv');
    masks('bar tablet: poiuytrewq', 'poiuytrewq');
    unchanged('asdfghjkl I can\'t believe they cancelled the show');
    unchanged('qwertyuiop is the top row of letters on the laptop');
    unchanged('I hit qazwsxedc by accident on the tablet');
    unchanged('password rules: no qwertyuiop or asdfghjkl style walks');
    // The lead's review: a smash said of the thing, words running on after it, is no login.
    unchanged('my laptop — asdfghjkl lol so tired today');
    unchanged('phone — qwertyuiop ugh it froze again');
    masks('work laptop - 1qaz2wsx3edc for the shared account', '1qaz2wsx3edc');
  });

  it('masks a key after "API" alone and a colon, or "API" and a key\'s word in any language', () => {
    const hex = pick(HEX, 32);
    const token = pick(ALNUM, 40);
    masks(`Wagtail API: ${hex}`, hex);
    masks(`Fernbook API for the choir's rota: ${token}`, token);
    masks(`Kestrelia API raktas: ${token}`, token);
    masks(`Sowa API-sleutel ${token}`, token);
    unchanged(`API request id: ${hex}`);
    unchanged('Build log — API: 9fceb02d0ae598e95dc970b74767f19372d61af8');
    unchanged('API for the shop: a1b2c3d4-e5f6-7890-abcd-ef1234567890 is the store\'s id');
    unchanged('API: https://api.example.com/v2/users');
  });
});
