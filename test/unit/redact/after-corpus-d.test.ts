import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX } from './made-up';
import { isLocalDefaultCredential } from '../../../lib/redact/default-credentials';

/** The general rules added after held-out corpus D, each on values made up here (not the corpus's). */
const pick = picker(1201);
const ID = '[redacted national id]';

describe('identity document numbers named right before them, in several languages', () => {
  it('takes passport numbers of letters and digits mixed, after the word in German, French, Spanish, Chinese', () => {
    expect(r('Reisepassnummer: K7T2R9F41, gültig bis 2030')).toBe(`Reisepassnummer: ${ID}, gültig bis 2030`);
    expect(r('Pass-Nr. CF4J7LM21 bitte eintragen')).toBe(`Pass-Nr. ${ID} bitte eintragen`);
    expect(r('numéro de passeport : 19CV40582')).toBe(`numéro de passeport : ${ID}`);
    expect(r('Pasaporte nº PAC612398 caduca en 2029')).toBe(`Pasaporte nº ${ID} caduca en 2029`);
    expect(r('护照号码：E83920147')).toBe(`护照号码：${ID}`);
    expect(r('my passport number is 5' + pick(DIGITS, 8))).toBe(`my passport number is ${ID}`);
  });

  it('takes driving licence numbers of the US states, the UK and Germany, hyphenated ones too', () => {
    expect(r('Texas driver license # 31820475 exp 2028')).toBe(`Texas driver license # ${ID} exp 2028`);
    expect(r("driver's license number is D8392011")).toBe(`driver's license number is ${ID}`);
    expect(r('UK driving licence: MORGA753116SM9IJ')).toBe(`UK driving licence: ${ID}`);
    expect(r('Führerscheinnummer: B072RRE2I55')).toBe(`Führerscheinnummer: ${ID}`);
    expect(r('FL DL# D123-456-78-901-0')).toBe(`FL DL# ${ID}`);
  });

  it('takes identity card numbers', () => {
    expect(r('Personalausweisnummer L01X00T47')).toBe(`Personalausweisnummer ${ID}`);
    expect(r('ID card no. 7F3K92LQ1')).toBe(`ID card no. ${ID}`);
  });

  it('leaves the words alone where other words, or no number, follow them', () => {
    unchanged('Her passport expires in 2031');
    unchanged('passport photo 600x600 px');
    unchanged('passport number REQUIRED');
    unchanged('driver license renewal fee is 35 dollars');
    unchanged('dl: 12345678 files downloaded'); // the acronym counts in capitals only
    unchanged('ID card reader model XR5000');
    unchanged('the passport office on 5th Avenue');
  });
});

describe('SSNs by context', () => {
  it('takes a dashed SSN under an SSN header, a key, a date of birth or a tax form', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `Person ${i},536-22-${1000 + i}`).join('\n');
    const out = r(`name,ssn\n${rows}`);
    expect(out).not.toMatch(/536-22-\d{4}/);
    expect(r('patient_ssn = "536-22-8291"')).toBe('patient_ssn = "[redacted ssn]"');
    expect(r('Name: Pat Doe\nDOB: 1980-04-02\n536-22-8291')).toBe('Name: Pat Doe\nDOB: 1980-04-02\n[redacted ssn]');
    expect(r('for the W-9: 536-22-8291')).toBe('for the W-9: [redacted ssn]');
    expect(r('fill in 536-22-8291 as the employee social')).toBe('fill in [redacted ssn] as the employee social');
  });

  it('leaves the shape alone where nothing says it is an SSN', () => {
    unchanged('Compute 10^9 and explain why 536-22-8291 is not a phone format in my regex');
    unchanged('case 536-22-8291 was closed');
  });
});

describe('default credentials of a local database', () => {
  it('leaves the password alone when it is the user name or a default one, on a local host only', () => {
    unchanged('DATABASE_URL=postgres://postgres:postgres@localhost:5432/app');
    unchanged('mysql://root:root@127.0.0.1:3306/shop');
    unchanged('amqp://guest:guest@localhost:5672/');
    unchanged('DATABASE_URL=postgresql://user:password@localhost:5432/mydb');
    expect(r('postgres://postgres:postgres@db.prod.acme.io:5432/app')).toBe('postgres://postgres:[redacted password]@db.prod.acme.io:5432/app');
    const pw = `${pick(ALNUM, 14)}!`;
    expect(r(`postgres://admin:${pw}@localhost:5432/app`)).toBe('postgres://admin:[redacted password]@localhost:5432/app');
  });

  it('knows the local hosts', () => {
    for (const host of ['localhost:5432/x', '127.0.0.1', '0.0.0.0:6379', '[::1]:5432', 'host.docker.internal:3306/db', 'api.localhost']) {
      expect(isLocalDefaultCredential('app', 'app', host), host).toBe(true);
    }
    for (const host of ['localhost.acme.io', '10.0.0.5:5432', 'db']) expect(isLocalDefaultCredential('app', 'app', host), host).toBe(false);
    expect(isLocalDefaultCredential('app', 'Xk2!pq', 'localhost')).toBe(false);
  });
});

describe('public by convention', () => {
  it('keeps keys and tokens under the names front-end builds ship to the browser', () => {
    const token = `pk.eyJ1Ijoi${pick(ALNUM, 24)}.${pick(ALNUM, 22)}`;
    unchanged(`const t = process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? "${token}";`);
    unchanged(`VITE_ANALYTICS_KEY=${pick(ALNUM, 24)}`);
    unchanged(`REACT_APP_SITE_KEY: "${pick(ALNUM, 32)}"`);
  });

  it('still takes a value such a name calls secret, and a key in a secret format whatever its name', () => {
    expect(r(`REACT_APP_API_SECRET=${pick(ALNUM, 24)}`)).toBe('REACT_APP_API_SECRET=[redacted api key]');
    expect(r(`VITE_OPENAI_KEY=sk-proj-${pick(ALNUM, 40)}`)).toBe('VITE_OPENAI_KEY=[redacted api key]');
  });

  it('keeps a Twilio Account SID (an identifier) and takes its API key SIDs and auth tokens', () => {
    const sid = `AC${pick(HEX, 32)}`;
    unchanged(`Account SID ${sid} is in the console URL`);
    expect(r(`TWILIO_API_KEY=SK${pick(HEX, 32)}`)).toBe('TWILIO_API_KEY=[redacted api key]');
    const token = pick(HEX, 32);
    expect(r(`curl -u ${sid}:${token} https://api.twilio.com`)).not.toContain(token);
  });

  it('leaves a provider prefix with masking after it alone', () => {
    unchanged('OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX');
    unchanged('token: sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX');
  });
});
