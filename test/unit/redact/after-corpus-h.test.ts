import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER, PW, UPPER_DIGITS } from './made-up';

/** The general rules added after held-out corpus H, on values made up here. */
const pick = picker(1808);
const POLICY = '[redacted policy number]';

describe('everyday codes a sentence names', () => {
  it('masks a door, gate or key-box code and a PIN named right before them, in several languages', () => {
    const a = pick(DIGITS, 4);
    const b = pick(DIGITS, 6);
    expect(r(`Note for the guests: key box code ${a}, the building door code is ${b}#, check-out at 11.`)).toBe(
      `Note for the guests: key box code ${PW}, the building door code is ${PW}, check-out at 11.`,
    );
    expect(r(`le code de la porte d'entrée est B${a}, merci !`)).toBe(`le code de la porte d'entrée est ${PW}, merci !`);
    expect(r(`o código do portão é ${b} e ela vem amanhã`)).toBe(`o código do portão é ${PW} e ela vem amanhã`);
    expect(r(`Sie soll Geld abheben, die PIN ist ${a}, danke.`)).toBe(`Sie soll Geld abheben, die PIN ist ${PW}, danke.`);
    expect(r(`la tarjeta está en el cajón y el PIN es ${a}.`)).toBe(`la tarjeta está en el cajón y el PIN es ${PW}.`);
  });

  it('masks an insurance policy number named right before it', () => {
    expect(r(`My policy number is HR-${pick(DIGITS, 9)} and the claim is open.`)).toBe(`My policy number is ${POLICY} and the claim is open.`);
    expect(r(`Kündigung, Versicherungsnummer ${pick(DIGITS, 3)}/${pick(DIGITS, 7)}-K, zum Jahresende.`)).toBe(`Kündigung, Versicherungsnummer ${POLICY}, zum Jahresende.`);
    expect(r(`número da apólice ${pick(DIGITS, 10)}, por favor`)).toBe(`número da apólice ${POLICY}, por favor`);
  });

  it('leaves the bare numbers, a GPIO pin, and a code length alone', () => {
    unchanged(`Call me at 4 about order ${pick(DIGITS, 6)}; error code 404 again.`);
    unchanged('Wire the LED to pin 1023? No: GPIO pin 13.');
    unchanged('The door code is 4 digits long, the PIN has 6.');
    unchanged('What does a policy number look like on a German card?');
  });
});

describe('passwords in calls and settings', () => {
  it('masks the password of a login call, Vonage basic credentials and a Twilio auth token', () => {
    const app = `${pick(LOWER, 4)} ${pick(LOWER, 4)} ${pick(LOWER, 4)} ${pick(LOWER, 4)}`;
    expect(r(`s.login("ana.shop@gmail.com", "${app}")`)).toBe(`s.login("ana.shop@gmail.com", "${PW}")`);
    const secret = pick(ALNUM, 16);
    expect(r(`new Vonage\\Client\\Credentials\\Basic("${pick(HEX, 8)}", "${secret}")`)).not.toContain(secret);
    const token = pick(HEX, 32);
    expect(r(`const client = require('twilio')('AC${pick(HEX, 32)}', '${token}');`)).not.toContain(token);
  });

  it('masks a secret in an XML element named for it, and a password a settings table lines up', () => {
    const secret = `${pick(ALNUM, 20)}-${pick(ALNUM, 20)}`;
    expect(r(`<string name="backend_client_secret">${secret}</string>`)).toBe(`<string name="backend_client_secret">${KEY}</string>`);
    unchanged('<string name="app_name">Lumen Pantry</string>');
    expect(r(`Admin user:         admin\nAdmin password:     ${pick(UPPER_DIGITS, 10)}\nFirmware: 3.1`)).toBe(`Admin user:         admin\nAdmin password:     ${PW}\nFirmware: 3.1`);
  });

  it('reads a secret option after another long option on the same command line', () => {
    expect(r(`npx vercel deploy --prod --token ${pick(ALNUM, 24)} --yes`)).toBe(`npx vercel deploy --prod --token ${KEY} --yes`);
  });

  it('takes every line of a recovery-code list, a code without a digit among them too', () => {
    const codes = ['k3p9x-w7q2m', 'hcvbt-qrwln', 'z8d4r-p2k7v'];
    const out = r(`My backup recovery codes:\n${codes.join('\n')}\n`);
    for (const c of codes) expect(out).not.toContain(c);
  });

  it('takes a seed phrase whose checksum fails under a heading in Spanish or Portuguese', () => {
    const words = 'blush cluster bone cattle apart cute absorb code cloth climb barely aerobic'.split(' ');
    const out = r(`Frase de recuperação da carteira: ${words.join(' ')}. Como verifico?`);
    expect(out).toContain('[redacted seed phrase]');
    expect(out).not.toContain('cluster');
  });
});

describe('values that are not secrets', () => {
  it('keeps references to values stored elsewhere and template stand-ins', () => {
    unchanged('mqtt:\n  password: !secret mqtt_password\nwifi:\n  password: !env_var WIFI_PASSWORD');
    unchanged('wifi_password: "YourWifiPassword"');
  });

  it('keeps keys issued for browser SDKs in their own public formats', () => {
    unchanged(`payments(applicationId: "sq0idp-${pick(ALNUM, 22)}")`);
    unchanged(`clientKey: "live_${pick(UPPER_DIGITS, 32)}"`);
    unchanged(`authorization: "production_${pick(LOWER, 8)}_${pick(LOWER + DIGITS, 16)}"`);
    unchanged(`clientToken: 'pub${pick(HEX, 32)}'`);
    unchanged(`licenseKey:"NRJS-${pick(HEX, 19)}"`);
    // The secret kinds of the same providers stay masked.
    expect(r(`SQUARE_TOKEN=sq0atp-${pick(ALNUM, 22)}`)).toBe(`SQUARE_TOKEN=${KEY}`);
  });

  it("keeps google-services.json's current_key, the key the Android SDK ships", () => {
    unchanged(`"api_key": [{ "current_key": "AIza${pick(ALNUM, 35)}" }]`);
  });

  it('keeps analytics and consent cookies, and masks a session cookie beside them', () => {
    const session = pick(ALNUM, 24);
    expect(r(`-H 'cookie: _ga=GA1.1.${pick(DIGITS, 10)}.${pick(DIGITS, 10)}; cookie_consent=analytics%3Afalse; sid=${session}'`)).not.toContain(session);
    unchanged(`-H 'cookie: _ga=GA1.1.2087006648.1700000000; cookie_consent=analytics%3Afalse; lang=es'`);
  });
});
