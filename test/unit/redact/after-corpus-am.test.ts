import { describe, expect, it } from 'vitest';
import { r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AM, on values and sentences made up here. */
describe('look-alikes kept', () => {
  it('keeps a CI variable encrypted to the project key', () => {
    unchanged('env:\n  global:\n    - secure: "Zq8vN3kLm2PxR7tYw1bH5cJ9dF4gS6aE0uI+oK/lM8nB2vC7xZ3qW5eR1tY9uI4oP6aS8dF0gH2jK4lZ7xC9vB1nM3qW5eR7tY=" # only the CI opens it');
  });

  it('keeps forum links, local defaults, example weak passwords and markup', () => {
    unchanged('see https://forum.example.org/t/ipv6-and-http2-setup/4411 for the thread');
    unchanged('Docs: `mc alias set local http://localhost:9000 minioadmin minioadmin` is the default');
    unchanged('Never pick passwords like Autumn2027! or Welcome2025?');
    unchanged('1. **BrightPath-Learning**: a site with lessons. 2. **#ReadMore2026** is the hashtag.');
    unchanged('BUNDLE_PATH: "vendor/bundle"\nBUNDLE_JOBS: "4"');
    unchanged('the PIN pad model 3000 is old, PIN changed in 2019');
    unchanged('Firmware QX71BBGR03C05N4K_11.208.33.501 is current.');
  });

  it('keeps a question about a door answered with a time or a year', () => {
    unchanged('Mara 10:02\nwhen does the back door open?\nJonas 10:03\n2026');
  });
});

describe('secrets masked', () => {
  it('masks credentials in calls whose signature names the password', () => {
    masks("conn = database('sensors','reader','Vq7mPz2LtR9w','Vendor','MySQL');", 'Vq7mPz2LtR9w');
    masks('credentials += Credentials("Artifactory Realm", "repo.example.net", "ci-bot", "Hq4&zLp8Wr2T")', 'Hq4&zLp8Wr2T');
    masks('var c = new NetworkCredential("ops", "Xr5!tPq9Lm");', 'Xr5!tPq9Lm');
  });

  it('masks an object store key pair, a gem host login and a channel token in a link', () => {
    masks('mc alias set backups https://s3.example.org K7QW2ZP9TR4LM8XN3VBA Dq8wLp2Zx9RtKm4Vn7Bc1Hs6Jf3Gy5', 'K7QW2ZP9TR4LM8XN3VBA', 'Dq8wLp2Zx9RtKm4Vn7Bc1Hs6Jf3Gy5');
    masks('export BUNDLE_GEMS__EXAMPLE__IO="3fa9c1d2:77be40aa"', '3fa9c1d2:77be40aa');
    masks('channels:\n  - https://conda.example.org/t/qp-8kd2m4xz-r7tn-b3wq-z9fhk2lm4q7c/private', 'qp-8kd2m4xz-r7tn-b3wq-z9fhk2lm4q7c');
    masks('psftp -pw -~Kq9!zR2^wLx host', '-~Kq9!zR2^wLx');
  });

  it('masks a PIN with words of any language between it and its digits', () => {
    masks('salut: mon PIN i 4817 mersi', '4817');
    masks('hei, PIN-koodi kortille on 6294 kiitos', '6294');
    masks('ciao, el pin xe 3920 grasie', '3920');
    masks('моя карта, пин-код карты 582716 спасибо', '582716');
    masks('我張卡嘅PIN係 7391 唔該', '7391');
  });

  it('masks a code asked for in an exported chat and given as the next message', () => {
    masks('陈静 20:11\n车库门呢？\n刘洋 20:12\n58213#', '58213');
    masks('2027/01/04(月)\n20:11\tYui\t金庫は？\n20:12\tRen\t金庫 40917', '40917');
    masks('[04/01/27, 20:11] Ana: what is the gate code?\n[04/01/27, 20:12] Rui: 7305', '7305');
  });

  it('masks a passphrase closed by a sign-off instead of a stop', () => {
    masks('the password is walnut ferry cobalt meadow 42 danke', 'walnut ferry cobalt meadow 42');
    masks('la password del wifi xe otter lantern copper thistle grazie', 'otter lantern copper thistle');
  });

  it('masks passwords by their shape in any sentence', () => {
    masks('reset it to Quokka517&meridian this morning', 'Quokka517&meridian');
    masks('nouveau mot: Paprika739!', 'Paprika739!');
    unchanged('Is it right to move our shop to Webshop24?');
    masks('el nuevo es T3mp3stP4ss_w0rd#58 ahora', 'T3mp3stP4ss_w0rd#58');
    masks('why does the portal reject k^9Tq&Zw2Lp!xR? it worked', 'k^9Tq&Zw2Lp!xR');
    masks('changed the till from Лиса528! to a new one', 'Лиса528!');
    masks('wachtwoord voor de kassa: Σελήνη64', 'Σελήνη64');
  });

  it('masks IBANs of the countries outside the registry, a dotted RUT and a HETU said later', () => {
    masks('IBAN: MA55 0112 3400 0000 1234 5678 9012', 'MA55 0112 3400 0000 1234 5678 9012');
    masks('ID number: 12.345.678-5', '12.345.678-5');
    masks('my henkilötunnus for the new employer portal is 131052-308T', '131052-308T');
    masks('activation: QRTX-4KD9ZA-PL2M7Q-8WXN3B (1 seat)', 'QRTX-4KD9ZA-PL2M7Q-8WXN3B');
  });
});

describe('lists and read-backs', () => {
  it('masks a sheet of backup codes with checkboxes and bare lines, and keeps the word after it', () => {
    const out = r('recovery codes for the shop account:\n☐ QW7E-RT2Y\nZX4C-VB9N\n☐ PL3K-MJ8H\nThanks');
    for (const v of ['QW7E-RT2Y', 'ZX4C-VB9N', 'PL3K-MJ8H']) expect(out).not.toContain(v);
    expect(out).toContain('Thanks');
  });

  it('masks a code read back twice and keeps a number said twice with no code', () => {
    masks('22:10 CAR 4: need the yard gate code. CONTROL: 618204, I say again 618204.', '618204');
    unchanged('flight 4471, repeat 4471, lands at nine');
  });

  it('masks codes named by a door or an alarm in more languages', () => {
    masks('dumela, khoutu ya lemati ke 7302 ke a leboga', '7302');
    masks('PAGE 03:10 WAREHOUSE ALM ZONE 2. ALM CODE 50917. ACK', '50917');
    masks('azul, tangalt n tewwurt d 418263 tanemmirt', '418263');
  });

  it('masks a lower-case passphrase with a number, hyphenated', () => {
    masks('new one is mango-ribbon-pebble-orbit-6 ok', 'mango-ribbon-pebble-orbit-6');
    unchanged('read https://news.example.com/how-to-fix-a-bike-2 later');
  });
});
