import { describe, expect, it } from 'vitest';
import { r, unchanged, PW } from './made-up';

/** The general rules added after held-out corpus AE, on values and sentences made up here. */
const NL_IBAN = 'NL14RABO0318274651';
const DE_IBAN = 'DE33500105179081726354';

describe('look-alikes kept: bank details published for donations, a number of another kind', () => {
  it('keeps an account a donation page, a poster or a website publishes, in several languages', () => {
    unchanged(`The shelter's donation page lists IBAN ${NL_IBAN} for the winter appeal. Could you draft a tweet?`);
    unchanged(`Unsere Spendenseite nennt das Konto IBAN ${DE_IBAN}, BIC GENODEF1XYZ, Verwendungszweck SCHULE. Bitte kürzer formulieren.`);
    unchanged(`Sur le site de l'association, la page des dons donne l'IBAN ${NL_IBAN}. Tu peux le traduire ?`);
    unchanged(`Members pay into the account shown on www.rowing-club.example/join (IBAN ${DE_IBAN}). Translate this into Welsh.`);
  });

  it('masks a user’s own account, and one a text gives for donations without saying it is published', () => {
    expect(r(`Please refund my donation to my IBAN ${NL_IBAN}, the page says it takes a week.`)).not.toContain(NL_IBAN);
    expect(r(`Can we take donations straight into the club's account? IBAN ${DE_IBAN}, write me a post.`)).not.toContain(DE_IBAN);
  });

  it('keeps an order number given in the sentence after a password word', () => {
    unchanged('Nakalimutan ko ang password ko. Order number ko ay ORD-771204. Paano ko ito ire-reset?');
    unchanged('Ich habe mein Passwort vergessen. Bestellnummer: AB-5521907. Wie setze ich es zurück?');
  });
});

describe('layouts: tools by path, lists under headings, Wi-Fi keys, files, wrapped values, code sheets', () => {
  it('reads a known tool run by its absolute path, as a crontab or a unit file runs it', () => {
    expect(r('30 1 * * * /usr/local/bin/curl -fsS -u backup:Quay7!tern https://files.example.net/up')).not.toContain('Quay7!tern');
    expect(r('ExecStart=/usr/bin/mysqldump -uops -pRiver#2291 shop')).not.toContain('River#2291');
    unchanged('see /home/ana/tools/mycurl -u a:b for the wrapper');
  });

  it('masks PINs listed per person under a long heading that names logins or codes', () => {
    const out = r('Kassen-Logins für das Café, bitte als Tabelle für das Büro und alphabetisch sortiert, danke dir vielmals:\n- Marta: 4417\n- Jonas: 9082');
    for (const v of ['4417', '9082']) expect(out).not.toContain(v);
    unchanged('Opening hours for the two shops, please turn them into a table for the website:\n- Mon: 0900\n- Tue: 1000');
  });

  it('masks a Wi-Fi key with words about the router before the colon', () => {
    expect(r('WLAN-Schlüssel auf dem Aufkleber unten an der Fritzbox im Flur: 7QKD-2MXP-H8RA-4TWC')).not.toContain('7QKD-2MXP-H8RA-4TWC');
  });

  it('masks a Wi-Fi network and key written as a pair with a slash, and keeps bands and settings', () => {
    expect(r('Welcome! Wi-Fi: Harbour-Guest / Gull!4471, checkout at 11.')).not.toContain('Gull!4471');
    unchanged('Our wifi runs on 2.4 GHz / 5 GHz, can I split the bands?');
  });

  it('masks the password line of a credentials file quoted after its name', () => {
    const out = r('auth-user-pass login.conf\n\nlogin.conf contains:\nnightshift\nMaple&Quartz55\n\nStill AUTH_FAILED.');
    expect(out).not.toContain('Maple&Quartz55');
    expect(out).toContain('nightshift');
    unchanged('notes.txt contains:\nbuy milk\ncall Sam');
  });

  it('masks a provider key’s tail wrapped onto the next line, and a password said to stand on two lines', () => {
    const out = r('Copied from the PDF, it wrapped:\nrk_live_5Zq8Ns2Lx7Vb1Kc9Pd4Rw6\nTy3Hm0Gf8Ja2Qe\nwhy does Stripe reject it?');
    expect(out).not.toContain('Ty3Hm0Gf8Ja2Qe');
    const two = r('The guest password was written on two lines:\nHarbor\nLight#82\nDo I add a space?');
    for (const v of ['Harbor', 'Light#82']) expect(two).not.toContain(`\n${v}\n`);
    unchanged('The key names are:\nsk_live_ for secret keys\npk_live_ for publishable ones');
  });

  it('masks every code of a backup sheet once its heading names them, letters-only codes too', () => {
    const out = r('Códigos de respaldo de la cuenta:\n\n1. 4821 0937\n2. qwpzt-mvkra\n3. 7702 1186\n4. hbnxe-lodfu');
    for (const v of ['4821 0937', 'qwpzt-mvkra', '7702 1186', 'hbnxe-lodfu']) expect(out).not.toContain(v);
    unchanged('Backup plan for the weekend:\n1. groceries\n2. laundry');
  });
});

describe('codes and numbers said in prose', () => {
  it('masks a sort code beside its account number in any language, and keeps a date or a phone number', () => {
    const out = r('Mae’r clwb angen fy manylion banc: cod didoli 40-11-62, rhif cyfrif 41234567.');
    for (const v of ['40-11-62', '41234567']) expect(out).not.toContain(v);
    expect(r('Mój bank to Monzo: kod sortowania 20-45-77, numer konta 55779911.')).not.toContain('20-45-77');
    expect(r('Invoice dated 12-05-24, account number 41234567 at Barclays bank.')).toContain('12-05-24');
  });

  it('masks four or more digits said as words after a code, PIN, lock or safe word, a second code too', () => {
    const out = r('[audio] hei, koodi ovelle on neljä yksi yksi seitsemän ja kassakaapin koodi kaksi nolla kolme kuusi.');
    for (const v of ['neljä yksi yksi seitsemän', 'kaksi nolla kolme kuusi']) expect(out).not.toContain(v);
    expect(r('PIN yangu ni tano moja sita tisa, usimwambie mtu.')).not.toContain('tano moja sita tisa');
    expect(r('cod y giât yw naw dau un saith')).not.toContain('naw dau un saith');
    unchanged('We counted one two three four at the rehearsal, then the drummer came in.');
  });

  it('masks a code given after the lock, safe or alarm it opens, and keeps sizes, prices and clock alarms', () => {
    expect(r('Der Zahlenschloss am Fahrradkeller steht auf 40718.')).not.toContain('40718');
    expect(r('Il lucchetto della palestra è su 5093, poi chiudi bene.')).not.toContain('5093');
    expect(r('Hotel safe was locked. I set it to 771904 and pressed the lock key.')).not.toContain('771904');
    expect(r('Code für den Schlüsseltresor: 2290. Alarmanlage mit 6183 ausschalten.')).not.toContain('6183');
    unchanged('The safe holds 2000 euros and weighs 45 kg.');
    unchanged('Set the alarm to 0630 tomorrow, I have an early train.');
    unchanged('Our padlock model 4410 is out of stock.');
  });

  it('masks identity numbers by their checks named in more languages', () => {
    expect(r('Kia ora, taku nama IRD ko 490918507, me pēhea au e whakakī ai i te puka?')).not.toContain('490918507');
    expect(r('Mój numer NI to JG 10 37 52 B, czy format jest dobry?')).not.toContain('JG 10 37 52 B');
    expect(r('I-ID yami ngu-9103155121083, ngicela ungisize.')).not.toContain('9103155121083');
    unchanged('The IRD sent letter 490918508 about my return.');
  });

  it('masks a password under a label mistyped by one letter, in several languages', () => {
    expect(r('router login: admin, pasword Tundra#4410')).not.toContain('Tundra#4410');
    expect(r('wachtwood: Kievit!2207')).not.toContain('Kievit!2207');
    expect(r(`passwrd = Fjord&${'9'}31x`)).toBe(`passwrd = ${PW}`);
    unchanged('passwords are checked by the pasword policy module');
  });
});
