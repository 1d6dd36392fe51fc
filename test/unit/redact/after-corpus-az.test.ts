import { describe, expect, it } from 'vitest';
import { HEX, LOWER_DIGITS, picker, r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AZ, on values and sentences made up here. */
const pick = picker(20261205);

describe('look-alikes that open nothing', () => {
  it('keeps a session or a key cut short by an ellipsis in a log line or a table', () => {
    unchanged(`level=info msg="cache miss" request_id=${pick(HEX, 32)} session=sess_5c1e09ab… took=0.4s`);
    unchanged('| token | tok_93be1f07a2… | rotated 2 Dec |');
  });

  it('still masks the whole session or key, and a password that trails off', () => {
    const session = `sess_${pick(HEX, 32)}`;
    masks(`level=info msg="login" session=${session} took=0.4s`, session);
    masks('my password is Quill#8824... i think', 'Quill#8824');
  });

  it('keeps a 15-digit number opening with 1 written in one run, and numbers of a place that are no codes', () => {
    unchanged('Fleet tracker: vehicle ID 120473951084627, driver j.morel');
    unchanged('the meeting room is 2041, second floor');
    unchanged('the office is 1204 on the plan');
    unchanged('the alarm is 0630 every morning');
    unchanged('the shed is 1111');
  });

  it('keeps numbers shaped like the new countries’ IDs without their names', () => {
    unchanged('order 935182071 shipped on Tuesday');
    unchanged('batch 612233445TX007 from the Luanda depot');
    unchanged('Palestine office phone 935182072');
  });

  it('keeps a list beside a found key whose other entries are ids, digests or words', () => {
    const key = `glsa_${pick(LOWER_DIGITS, 32)}_${pick(HEX, 8)}`;
    const out = r(`- Grafana: ${key}\n- Grafana org id: 4f1c2b7a90d3e6f8\n- build: sha256:${pick(HEX, 64)}\n- owner: platform-team`);
    expect(out).not.toContain(key);
    expect(out).toContain('4f1c2b7a90d3e6f8');
    expect(out).toContain('platform-team');
  });

  it('keeps casual frames around words and versions', () => {
    unchanged('i changed the deploy one to node-lts last night');
    unchanged('try Python3.12 for the script, if that doesnt work try Python3.11');
    unchanged('build step -> compile');
    unchanged('the installer wants Windows 11 - thats the catch');
    unchanged('recovery plan: call the vendor  then  restore');
  });
});

describe('secrets in the families AZ showed', () => {
  it('masks IDs of Palestine, Liechtenstein, Uganda, Bolivia, Nepal, Libya, Angola, Eswatini, Brunei and Myanmar', () => {
    masks('Palestine ID: 935182071', '935182071');
    masks('crew list\nJ. Haddad\tLiechtenstein PEID 50318274', '50318274');
    masks('Uganda NIN CF910482736KQT', 'CF910482736KQT');
    masks('Bolivia CI: 6204183 SC', '6204183 SC');
    masks('my Nepal citizenship no. is 27-01-75-04418', '27-01-75-04418');
    masks('Libya national number 219860412275', '219860412275');
    masks('Angola BI: 004812739LA031', '004812739LA031');
    masks('Eswatini PIN 8811046021947', '8811046021947');
    masks('Brunei IC: 01-482019', '01-482019');
    masks('Myanmar NRC 12/OUKAMA(N)402913', '12/OUKAMA(N)402913');
  });

  it('masks Uzcard, Humo and UATP cards', () => {
    masks('card 8600 3142 7591 0380 exp 09/28', '8600 3142 7591 0380');
    masks('Number: 9860417382051171', '9860417382051171');
    masks('UATP 1204-739510-84627 exp 03/30', '1204-739510-84627');
  });

  it('masks a code named by the place it opens, and a list of places under a lock', () => {
    masks('(and the bike shed is 5820 btw)', '5820');
    masks('the hut 7 is 30418.', '30418');
    masks('reminder: the roller shutter is 08813, the store room is 612904', '08813', '612904');
    masks('and the back gate is 1987', '1987');
    masks('Key safes: workshop 7140; garage 529038; loft 6631', '7140', '529038', '6631');
    masks('padlock on the trailer 412577, office 90133, side gate 7719 — reset friday', '412577', '90133', '7719');
  });

  it('masks the other keys of a list whose one key was found by its prefix', () => {
    const grafana = `glsa_${pick(LOWER_DIGITS, 32)}_${pick(HEX, 8)}`;
    const a = pick(HEX, 40);
    const b = `${pick(HEX, 8)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 4)}-${pick(HEX, 12)}`;
    masks(`keys for the new laptop:\n- Grafana: ${grafana}\n- Pingdom: ${a}\n- Sentry: ${b}`, grafana, a, b);
    const c = pick(LOWER_DIGITS, 24);
    masks(`Mia: Grafana one is ${grafana}\nMia: Bugsnag one is ${c}`, c);
    const d = pick(LOWER_DIGITS, 32);
    masks(`tool;variable;value;owner\nGrafana;GRAFANA_SA_TOKEN;${grafana};Mia\nAlgolia;ALGOLIA_ADMIN_KEY;${d};Leo`, d);
    masks(`setenv GRAFANA_TOKEN ${grafana}\nsetenv CRISP_SECRET ${d}`, d);
  });

  it('masks passwords on command lines of jarsigner, signtool, schtasks, pdftk, SQLCipher and openconnect', () => {
    masks('jarsigner -keystore pos.jks -storepass Fjord_2291lamp_ pos.jar poskey', 'Fjord_2291lamp_');
    masks('signtool sign /f build.pfx /p "tern442.QAV" /fd sha256 app.exe', 'tern442.QAV');
    masks('schtasks /Create /TN Sync /TR sync.bat /SC HOURLY /RU CORP\\svc_sync /RP pL4ke7Rmq9Wv', 'pL4ke7Rmq9Wv');
    masks('pdftk rota.pdf input_pw willow338.KEN output rota_open.pdf', 'willow338.KEN');
    masks(`sqlcipher stock.db "PRAGMA key = 'Harbor1982?'; SELECT 1;"`, 'Harbor1982?');
    masks("echo 'Tq0wLm7Zr2Vx' | sudo openconnect --user=a.lind --passwd-on-stdin vpn.example.org", 'Tq0wLm7Zr2Vx');
  });

  it('masks passwords handed over in casual frames', () => {
    masks('i changed the booking portal one to Rk4mPz81Lqa last night', 'Rk4mPz81Lqa');
    masks('try Vx7_plm204q for the NAS, if that doesnt work try Heron2015!', 'Vx7_plm204q', 'Heron2015!');
    masks('> staff portal -> Jw3Lq9nTzP0e', 'Jw3Lq9nTzP0e');
    masks('rota app creds -> m.brandt and Pq7vXs2Lw9', 'Pq7vXs2Lw9');
    masks('the payroll site wants Cedar-lantern-62 - capital C', 'Cedar-lantern-62');
    masks('its Birch-meadow-33 all one word', 'Birch-meadow-33');
    masks('visitors use Cafe_Guest / moss-fern-kettle4', 'moss-fern-kettle4');
  });

  it('masks "also the X is …" on the line beside a found password', () => {
    masks('the till password is Ko9#maple22\nalso the laptop is Brook-salmon-47', 'Brook-salmon-47');
    masks('also back office is Lantern_Otter2210\nthe wifi password is Gr8vel!pass', 'Lantern_Otter2210');
  });

  it('masks recovery codes split by two spaces', () => {
    const codes = ['4kq8-zx2m', 'pqtr-mnbw', '7hs2-lk0p', 'w9e3-a1cv', 'bdfq-tyre'];
    masks(`recovery codes (each works once): ${codes.join('  ')}`, ...codes);
  });
});
