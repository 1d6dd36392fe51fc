import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BK, on values and sentences made up here. */
const pick = picker(20261206);

/** An IBAN of `country` with `bban`, its mod-97 check digits computed. */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of digits) rest = (rest * 10 + Number(c)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

/** A French NIR of thirteen digits and its key, printed in its parts (`parts` gives each part's length). */
function nir(body: string, parts: number[]): string {
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  const all = body + key;
  const out: string[] = [];
  let at = 0;
  for (const n of parts) {
    out.push(all.slice(at, at + n));
    at += n;
  }
  return out.join(' ');
}

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
/** Letters and digits in random case with capitals side by side, as a key generator draws them. */
const randomKey = (n: number): string => `Wq7${pick(ALNUM, n - 6)}4RZ`;

describe('look-alikes that open nothing', () => {
  it("keeps a template's instruction to paste a value, and a variable after --password", () => {
    unchanged('# settings.env.sample\nKILN_CLIENT_SECRET=paste-k2-secret\nKILN_REGION=eu\n');
    unchanged('runbook step 2:\nbkptool login --user ops@example.org --password %BKP_PW%');
  });

  it("keeps a connection string's password stand-ins on lines that a table's reader took for a header and its rows", () => {
    unchanged('connection strings (manual):\njdbc:db2://db7:50000/STORE;user=clerk;password=[from the safe]\njdbc:db2://db8:50000/STORE;user=clerk2;password=<db-pass>\n');
    unchanged('jdbc:sybase:Tds:db3:5000/SHOP;user=till;password=${TILL_PW}\njdbc:sybase:Tds:db4:5000/SHOP;user=till2;password=xxxxxxxx\n');
  });

  it("keeps a public key's base64 that happens to hold the letters of Wi-Fi", () => {
    unchanged('release key (public):\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq9L+WiFiRm3Kd2/+tXq8Zw2Hb\n-----END PUBLIC KEY-----\n');
  });
});

describe('secrets said in new ways', () => {
  it('masks a card split by bars or grouped five-five-six, and the security code after its expiry', () => {
    const card = withLuhn(`5${pick(DIGITS, 14)}`);
    const barred = card.match(/.{4}/g)!.join(' | ');
    masks(`so the long number is ${barred}, it runs out 08/29, the three on the back are 512`, barred, '512');
    const other = withLuhn(`5${pick(DIGITS, 14)}`);
    const fives = `${other.slice(0, 5)} ${other.slice(5, 10)} ${other.slice(10)}`;
    masks(`la tarjeta del taller: ${fives}, vence 11/28, los tres de atrás 271`, fives, '271');
    // Four numbers in a sheet's cells with no card word, expiry or code beside them stay.
    const digits = withLuhn(`4${pick(DIGITS, 14)}`);
    unchanged(`| ${digits.match(/.{4}/g)!.join(' | ')} |\n| totals | - | - | - |\n`);
  });

  it('masks IBANs printed in groups of five or three', () => {
    const one = iban('SD', pick(DIGITS, 14));
    const five = one.match(/.{1,5}/g)!.join(' ');
    masks(`Please pay\n${five}\nfrom the next run`, five);
    const two = iban('MN', pick(DIGITS, 16));
    const three = two.match(/.{1,3}/g)!.join(' ');
    masks(`new account ${three} (old one closes)`, three);
  });

  it("masks identity numbers in a Markdown table's or a CSV's column, and a quoted request answered without a question", () => {
    masks('| name | town | H&C number |\n|---|---|---|\n| Ana | Newry | 481 220 9375 |\n', '481 220 9375');
    masks('id,name,health card number,ok\n"1","Bo Lind","QXRT 8812 0456","yes"\n', 'QXRT 8812 0456');
    masks('>> we still need your passport number\n\nSorry, here it is: K8812045\nThanks', 'K8812045');
    masks('the agency wants my ID card number before Friday: 7731 5520 918', '7731 5520 918');
  });

  it('masks a French social security number printed in its parts in any sentence', () => {
    const overseas = nir(`2840597612${pick(DIGITS, 3)}`, [1, 2, 2, 3, 2, 3, 2]);
    masks(`lo mieu numèro es ${overseas}, se lo burèu lo demanda`, overseas);
    const mainland = nir(`1920369${pick(DIGITS, 6)}`, [1, 2, 2, 2, 3, 3, 2]);
    masks(`Nummer: ${mainland}`, mainland);
  });

  it('masks a key given bare in an IRC-style chat to "does anyone have the X thing?", and a licence-key shape', () => {
    const a = `ledg~${randomKey(30)}`;
    const b = `ABC-${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}7K2M-Q4${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}9Z-5T${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}3W-R8${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}6X`;
    masks(`<Ana> [10.02] does anyone have the Ledgerly thing? the till is acting up\n<Bo> [10.04] try ${a}`, a);
    masks(`<Ana> [11.20] does anyone have the Parcelo thing? the label printer is stuck\n<Bo> [11.21] ${b} (new today)`, b);
  });

  it('masks a quoted key in a snippet that builds an authorisation header, whatever its language', () => {
    const k = `kiln_${randomKey(32)}`;
    masks(`\`\`\`\nMOVE 'Authorization: Bearer ' TO HDR\nSET TK TO '${k}'\nCALL SEND USING HDR TK\n\`\`\``, k);
    // A request's id and a resource's path quoted beside the header stay.
    unchanged(`curl -H "Authorization: Bearer $TOKEN" -H 'X-Trace: x' \\\n  -d '{"request_id": "${pick(HEX, 32)}", "parent": "projects/kiln/traces/${pick(HEX, 32)}"}'`);
  });

  it('masks passwords made the ways generators and people make them, with no word naming them', () => {
    masks('then type 482Heron&lupin and wait for the beep', '482Heron&lupin');
    masks('fern+lathe=moss7 (that got me in yesterday)', 'fern+lathe=moss7');
    masks('off the sticky note: COBALT_heron1987', 'COBALT_heron1987');
    masks('careful, capitals matter: kettle.heron.marsh.64', 'kettle.heron.marsh.64');
    masks('Tz9KWq!mR**bLx4NpV :)', 'Tz9KWq!mR**bLx4NpV');
    masks('sign in as clerk7, using AuntHeron42! and ring me if it sulks', 'AuntHeron42!');
    expect(r('Moodle cmid=44776&sesskey is required here')).toContain('cmid=44776&sesskey');
  });

  it("masks a place's code said as \"the X is NNNN now\" beside a found password, and a combination lock's numbers", () => {
    masks("all reset: clerk4 and Zq8#mLp4Vx. The vestry, that's 30917 now, so it is.", 'Zq8#mLp4Vx', '30917');
    expect(r('login clerk2 / Zq8#mLp4Vx. My score is 4821 now.')).toContain('4821');
    masks('padlock on the key safe is 16/11/03', '16/11/03');
    masks('the lock by the bins -> 28 22 2', '28 22 2');
    unchanged('the padlock was replaced on 12/05/24 by the landlord');
  });

  it('masks a Wi-Fi key of words with spaces and a number, after a slash, "is" or a colon', () => {
    masks('(guest wifi is Harbour-Guest / Kettle marsh lantern 52)', 'Kettle marsh lantern 52');
    masks('Your Wi-Fi network is Loft_Cams and the key is Heron cobalt thistle 17', 'Heron cobalt thistle 17');
    masks('router sticker\nSSID: Mill_Cams\nPassword: Sorrel anvil pebble 41\n', 'Sorrel anvil pebble 41');
    masks('modem label\nSSID: Barn-Office\nWPA2 Key: Thistle lantern otter 73\n', 'lantern otter 73');
  });

  it('masks recovery codes numbered in brackets or roman numerals, in pairs of digits, and a list marked "(used)"', () => {
    masks('Wallet recovery codes\n[1] 12-48-73-05\n[2] 66-21-90-34\n[3] 41-07-58-92\n', '12-48-73-05', '41-07-58-92');
    const codes = Array.from({ length: 6 }, () => `${pick(LOWER, 3)}${pick(DIGITS, 2)}-${pick(LOWER, 2)}${pick(DIGITS, 1)}${pick(LOWER, 2)}`);
    masks(`Mailbox two-step fallback\n${codes.map((c, i) => `${['i', 'ii', 'iii', 'iv', 'v', 'vi'][i]}) ${c}`).join('\n')}\n`, ...codes);
    const hexes = Array.from({ length: 6 }, () => `${pick(HEX, 5)}7${pick(HEX, 5)}a`);
    masks(`Bankly\n${hexes[0]}  (used)\n${hexes.slice(1).join('\n')}\n`, ...hexes);
    masks('Coinly\nab3cd-ef4gh  (used)\nk2mpq-7rtvw\nqw8ez-rt5yu\nmn4bv-cx9zl\nzxcvb-nmlkj\np0oiu-ytr3e\n', 'zxcvb-nmlkj');
  });

  it("masks a TOTP seed typed in when the QR code would not scan, and under a seed's field or column", () => {
    const seed = pick(BASE32_LOWER, 32).match(/.{4}/g)!.join(' ');
    masks(`the QR wouldn't scan on the old tablet so I typed the key in myself: ${seed}`, seed);
    masks(`export.csv\nlabel,secret,issuer\nclerk,${seed},Shop`, seed);
    masks(`{"issuer": "Shop", "secret": "${seed}", "digits": 6}`, seed);
  });

  it('masks a wallet\'s 25th word and the PIN that unlocks its device, and a phrase in another list "it can be restored with"', () => {
    masks('plate in the safe\n25th word: Kettle-Marsh!48\ndevice unlock 583914', 'Kettle-Marsh!48', '583914');
    expect(r('the passphrase (the 25th word thing) is on the other card')).toContain('thing');
    const phrase = 'ábaco abdomen abeja abierto abogado abono aborto abrazo abrir abuelo abuso acabar';
    masks(`the savings can be restored with ${phrase} if I am gone`, 'abogado abono');
  });
});
