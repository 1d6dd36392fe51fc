import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as frenchWords } from '@scure/bip39/wordlists/french.js';
import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BI, on values and sentences made up here. */
const pick = picker(20261209);

/** A German IBAN (22 characters) with its mod-97 check digits. */
function germanIban(): string {
  const bban = pick(DIGITS, 18);
  let rest = 0;
  for (const c of `${bban}131400`) rest = (rest * 10 + Number(c)) % 97;
  return `DE${String(98 - rest).padStart(2, '0')}${bban}`;
}

/** Letters and digits in random case with capitals side by side, as a key generator draws them. */
const randomKey = (n: number): string => `Qx7${pick(ALNUM, n - 6)}4ZK`;

describe('look-alikes that open nothing', () => {
  it("keeps a template's stand-ins: the key's own name between underscores, and 'dummy'", () => {
    unchanged('# settings.template\nKILN_PASSWORD=__KILN_PASSWORD__\nLEDGER_API_TOKEN=dummy\n');
  });

  it("keeps a reference that names its own key after a store's scheme, path or list", () => {
    unchanged('creds.yaml\nferry_api_token: lockbox:FERRY_API_TOKEN\nloom_client_secret: hcv://ops/shared/LOOM_CLIENT_SECRET\n');
    unchanged('mill_password: Secret Server folder 7 / MILL_PASSWORD\n');
  });

  it("keeps a stand-in inside a command's substitution", () => {
    unchanged('echo "clerk:$(openssl passwd -1 "%CLERK_PW%")" | chpasswd -e');
  });

  it("keeps a user's name said again as a URL's database, and a password's own comment", () => {
    const pw = `Kq${pick(ALNUM, 12)}`;
    expect(r(`DATABASE_URL=postgresql://ledger:${pw}@db:5432/ledger`)).not.toContain(pw);
    expect(r(`Password: ${pick(LOWER, 4)} ${pick(LOWER, 4)} ${pick(LOWER, 4)} ${pick(LOWER, 4)} (the 16-letter app password)`)).toContain('[redacted');
  });

  it('leaves sums after "net", a product named "Wireless", a user id and a build tag', () => {
    unchanged('net sales -> 10450000 this quarter');
    unchanged('Rode Wireless Go, Sennheiser XS Lav, or Audio-Technica ATR-3350iS');
    unchanged(`my user id is clerk9 and the build tag is ${randomKey(14)}`);
  });

  it('leaves an invoice\'s document number, a user table\'s ids and an analytics cookie in the console', () => {
    unchanged('the document number of the invoice is F-2024-118832');
    unchanged('Users\nID  Name  Email\n10233918  Ana  ana@example.org\n');
    unchanged("> document.cookie\n'_ga=GA1.1.1234567890.1712345678; theme=light; lang=en'");
  });
});

describe('secrets said in new ways', () => {
  it('masks a key given in a chat after a message that says a system is asking for it', () => {
    const hex = pick(HEX, 32);
    const uuid = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;
    const mixed = `RtkWQpMz${pick(LOWER, 4)}XEvbNsYq`;
    masks(
      `[Chat]\n10:02 Ana: Ferrylog asking for the key again, the harbour kiosk is stuck\n10:04 Bo: ${hex}\n10:05 Ana: Millbook wants the token, till is down\n10:06 Bo: try kiosk-${uuid}\n10:07 Ana: Quaywise asking for the key again\n10:08 Bo: ${mixed} (new since Monday)`,
      hex,
      uuid,
      mixed,
    );
  });

  it("masks a secret bound by a macro's `:==`", () => {
    const hex = pick(HEX, 40);
    masks(`\`\`\`clean\nmodule ledger\nferrytoken :== "${hex}"\n\`\`\``, hex);
  });

  it('masks a card in groups joined by slashes or in two halves, and the code on its back', () => {
    const a = withLuhn(`4${pick(DIGITS, 14)}`);
    const slashed = a.replace(/(\d{4})(?=\d)/g, '$1/');
    masks(`Till float notes:\nshop card -> ${slashed} | exp 04/29 | back 319 | pin 7742`, slashed, '319');
    const b = withLuhn(`9${pick(DIGITS, 14)}`);
    const halves = `${b.slice(0, 8)} ${b.slice(8)}`;
    masks(`reading the card out: ${halves}, valid to 11/28, code on the back 552`, halves);
  });

  it('masks an IBAN in groups joined by dots', () => {
    const dotted = germanIban().replace(/(.{4})(?=.)/g, '$1.');
    masks(`wire fee memo: new account ${dotted} from June`, dotted);
  });

  it('masks identity numbers by form fields, sheet columns and the words around them', () => {
    masks('Hi, for the HR form my ID card number (Pitcairn) is PN40917K. Thanks', 'PN40917K');
    masks('the airline want my NRS number for the booking - 412 907 553', '412 907 553');
    masks('Tally export\nTally entry #41 | name: Ana Lopes | territory: Pitcairn | document: NRS number | value: PN-771204-6\n', 'PN-771204-6');
    masks('pasted from the rota sheet:\nA: volunteer  B: from  C: ID number\nAna  Pitcairn  PX553109\nBo  Pitcairn  PX661027\n', 'PX553109', 'PX661027');
    masks('Mijn legitimatiebewijs nummer is QR7730214, voor de balie.', 'QR7730214');
  });

  it("masks a place's code after an arrow, and a Wi-Fi key after a network's name and an arrow", () => {
    masks('(for the weekend cover: boiler room -> 5824)', '5824');
    const hex = pick(HEX, 26);
    masks(`net HarbourGuest -> ${hex}`, hex);
    masks('office wireless: QZKVHTRMWD', 'QZKVHTRMWD');
  });

  it("masks a padlock's turns given with an arrow or said to be on the dial", () => {
    masks('the padlock on the bike locker is on 4 18 27', '4 18 27');
    masks('the tool chest -> 09/31/12', '09/31/12');
  });

  it('masks a password after a paired option whose user option shares its letters', () => {
    masks('backupctl -xu clerk -xp Rv8kLq2mZt4 sync', 'Rv8kLq2mZt4');
    masks('vmtool -T ws -gu clerk -gp Rv8kLq2mZt4 run', 'Rv8kLq2mZt4');
  });

  it('masks generated passwords by their shape, wherever they stand', () => {
    masks('ok the kiosk is heron-41-cobalt-07 for now', 'heron-41-cobalt-07');
    masks('new one: heron#cobalt4417 then the tick', 'heron#cobalt4417');
    masks('left it on Kettle_heron_Cobalt? for tomorrow', 'Kettle_heron_Cobalt?');
    masks('it was iloveherons41! not the old one', 'iloveherons41');
    const shaped = `Qx7mRv2Lp${pick(DIGITS, 2)}k9Wt`;
    masks(`Breathe in... sign in as clerk... breathe out ${shaped}... namaste`, shaped);
  });

  it("masks a random password beside a login's word and name, or after a label's name and a slash", () => {
    const a = randomKey(14);
    masks(`the ledger went down so I put a new one on it, ${a}, user clerk9. back soon`, a);
    const b = randomKey(16);
    masks(`panel room: clerk / ${b}\n`, b);
  });

  it("masks a place's number after 'changed to' in a found password's message", () => {
    masks('the boiler room changed to 4817 after the audit, and the portal login is clerk with Gx7!pLq2vR99', '4817');
  });

  it("masks session cookies in a console's document.cookie and in a storage panel's row without its header", () => {
    const sid = `s%3A${randomKey(22)}.${randomKey(14)}`;
    masks(`> document.cookie\n'_ga=GA1.1.1234567890.1712345678; shop_sid=${sid}; theme=light'`, sid);
    const row = randomKey(26);
    masks(`Cookies (kiln.lan)\nkiln_session\t${row}\t/\tSession\n_ga\tGA1.1.55.66\t/\t2 years`, row);
  });

  it('masks backup codes under "one-time logins", ticked after each code, or drawn as letters alone', () => {
    masks('Harbourbank one-time logins\n* 4821 9930\n* 1047 5582\n* 7730 2219\n* 6604 8815', '4821 9930', '6604 8815');
    masks('Quayhost\nQWTR-ZXCV-PLMN  [x]\nHJ4K-BNMQ-WERT  [ ]\nZXC7-VBNM-ASDF  [ ]\nPOIU-LKJH-MNB2  [ ]\nYTRE-GFDS-VCX5  [ ]', 'QWTR-ZXCV-PLMN', 'YTRE-GFDS-VCX5');
    masks('Quayhost backup codes: rvhjk-plmtw; ghtnz-qwrvd; bkmzx-tprlw; wqzhn-dfgkm; zpxlv-nbtrw', 'rvhjk-plmtw', 'zpxlv-nbtrw');
  });

  it('masks a recovery phrase punched as a grid of numbered words, in another list', () => {
    const words = entropyToMnemonic(new Uint8Array(16).map((_, i) => (i * 37 + 11) & 255), frenchWords).split(' ');
    const grid = [0, 3, 6, 9].map((row) => [0, 1, 2].map((c) => `${row + c + 1}-${words[row + c]}`).join('   ')).join('\n');
    const out = r(`punched into the steel card, three per row\n${grid}`);
    expect(out).toContain('[redacted seed phrase]');
    for (const w of words.slice(1, 11)) expect(out).not.toContain(`-${w} `);
  });

  it("masks an authenticator's key typed by hand with the two-factor words a sentence back", () => {
    const seed = pick('abcdefghijklmnopqrstuvwxyz234567', 32).replace(/(.{4})(?=.)/g, '$1 ');
    masks(`the 2-step QR would not scan on the old phone at all, so in the end I sat down and typed the letters in by hand: ${seed}`, seed);
  });
});
