import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER_DIGITS, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BG, on values and sentences made up here. */
const pick = picker(20261207);
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = '023456789acdefghjklmnpqrstuvwxyz';

/** A card number of `length` digits opening with `prefix`, its last digit Luhn's check. */
const card = (prefix: string, length: number): string => withLuhn(prefix + pick(DIGITS, length - prefix.length - 1));

describe('look-alikes that open nothing', () => {
  it("keeps a secrets manager's references under secret names", () => {
    unchanged(
      '# Gotify config.yml - values resolved at start-up\nferry_api_key: keeper://Ops/FERRY_API_KEY/password\nmill_token: akeyless:/depot/MILL_TOKEN\nkiln_secret: conjur:variable:depot/KILN_SECRET\nstall_password: gcp-sm://depot/STALL_PASSWORD/latest\nrollout: 3f2c9a10-8b7d-4e55-9c1a-0d2e6f7a8b90',
    );
  });

  it("keeps a coin's receiving addresses under its ticker", () => {
    unchanged(`Help the shelter!\nLTC: ltc1q${pick(BECH32, 38)}\nSOL: ${pick(BASE58, 44)}\nTRX: T${pick(BASE58, 33)}\nDOGE: D${pick(BASE58, 33)}`);
  });

  it("keeps HTTPie's password taken from a variable or a command", () => {
    unchanged('xh -a ops:"$VAULT_PASS" get intranet.example/api/me');
    unchanged('http -a ops:"$(cat /run/secrets/ops)" https://intranet.example/health');
  });
});

describe('secrets said in new ways', () => {
  it('masks a former password said to be dead, and a second login "with user … and …"', () => {
    masks('the rota app code is changed from today\n(the previous one, Tqwe&pomRZ, no longer works)', 'Tqwe&pomRZ');
    masks('(the old password, gannet-41-spruce-07, has expired)', 'gannet-41-spruce-07');
    masks('connection refused with xmpp://ops:[redacted password]@chat.lan\n(test is the same host with user tester and Mr7/kQ2pLw9xZv4b)', 'Mr7/kQ2pLw9xZv4b');
  });

  it('masks a key handed over to paste under a variable name, alone on the next line', () => {
    const key = pick(HEX, 32);
    const secret = pick(ALNUM, 40);
    masks(`Comment from Ana:\nPlease paste this into FERRYLOG_API_KEY on the server:\n${key}\nResolve once green.`, key);
    masks(`put the new one in MILLBOOK_CLIENT_SECRET:\n${secret}\n`, secret);
  });

  it('leaves an id handed over the same way', () => {
    const id = pick(HEX, 32);
    expect(r(`Please paste this into FERRYLOG_CLIENT_ID on the server:\n${id}`)).toContain(id);
  });

  it('masks a key answering a question that goes on with why it is asked', () => {
    const hex = pick(HEX, 40);
    masks(`[Chat]\n09:10 Ana: anyone got the Ferrylog secret? the till sync is down\n09:12 Bo: ${hex}\n`, hex);
  });

  it("masks a dial's turns split by slashes or single spaces after a place that locks", () => {
    masks('lock on the tool chest : 31/07/44', '31/07/44');
    masks('* milk order done\nthe bike shed is 9 27 14\n', '9 27 14');
  });

  it("masks an authenticator export's seed column named otp", () => {
    masks('Strongbox CSV export\ntitle,username,otp\nferry portal,clerk,"NBSWY3DPFQQHO33SNRSCC4TBMJ2W"', 'NBSWY3DPFQQHO33SNRSCC4TBMJ2W');
  });

  it('masks a backup code sheet with the used codes struck through', () => {
    const codes = Array.from({ length: 6 }, () => `${pick('abcdefghjkmnpqrstuvwxyz', 3)}${pick(DIGITS, 1)}-${pick(LOWER_DIGITS, 4)}-${pick(DIGITS, 1)}${pick(LOWER_DIGITS, 3)}`);
    masks(`Ferrylog\n~~${codes[0]}~~\n~~${codes[1]}~~\n${codes.slice(2).join('\n')}\n(struck ones are used)`, ...codes);
  });

  it("masks an identity number in a record whose kind field names the document, groups joined by slashes too", () => {
    masks('{"full_name": "Ana Reyes", "nationality": "Freedonia", "doc_kind": "NIN", "doc_no": "5821/1977/306"}', '5821/1977/306');
    masks('{"full_name": "Bo Lind", "doc_kind": "ID number", "doc_no": "QT48213577"}', 'QT48213577');
  });

  it('masks an identity number said with its name in more shapes and words', () => {
    masks('Hello, as requested my Freedonia DIP number is QZ-583920174. Regards', 'QZ-583920174');
    masks('the insurer needs my social security number, it\'s QRT4829175', 'QRT4829175');
    masks('Moj broj dokumenta je 58203947QX, ako pita ured.', '58203947QX');
  });

  it('masks passwords read from the input by bw unlock and mcrypt, HTTPie, qpdf and s3cmd', () => {
    masks("echo 'Pl8&vRtq2Kzm' | bw unlock --raw", 'Pl8&vRtq2Kzm');
    masks("echo 'heron_Basil_mango#' | mcrypt -d ledger.nc -k -", 'heron_Basil_mango#');
    masks("http -a ops:'Vq7rT2mXk9LpWz3d' https://intranet.example/api/health", 'Vq7rT2mXk9LpWz3d');
    masks("qpdf --encrypt 'tern#basil4417' 'tern#basil4417' 256 -- a.pdf b.pdf", 'tern#basil4417');
    masks("s3cmd --access_key=AKIAEXAMPLE --secret_key='otter_Quince_mango?' ls s3://bk", 'otter_Quince_mango?');
  });

  it("masks a Wi-Fi key under a sticker's label, and a WEP key under Key: or a prompt", () => {
    masks('Freebox - étiquette\nNom du réseau: Loft-Back\nClé de sécurité: 583920174652', '583920174652');
    const wep = pick(HEX, 26);
    masks(`Router > Wireless > Loft-Back\nKey: ${wep}`, wep);
    const wep10 = pick(HEX, 10);
    masks(`connmanctl> connect wifi_abc_managed_psk\nPassphrase? ${wep10}`, wep10);
  });

  it('masks a Wi-Fi key of random capitals after the network and its key word', () => {
    masks('WLAN: Loft-Crew key QZXWKRTPLM', 'QZXWKRTPLM');
  });

  it('masks a short secret under a name that says secret', () => {
    masks('# Ferrylog\nFERRYLOG_CLIENT_ID=k29dk20s\nFERRYLOG_CLIENT_SECRET=q7vz2mxk\nMILL_PASSKEY=RtPwQzXnLk', 'q7vz2mxk', 'RtPwQzXnLk');
    const code = pick(HEX, 32);
    masks(`RATEPLAN_SECURITY_CODE=${code}`, code);
  });

  it('leaves a stand-in under a secret name', () => {
    unchanged('FERRYLOG_CLIENT_SECRET=secret123');
    unchanged('FERRYLOG_CLIENT_SECRET=changeme1');
  });

  it('masks a card a card word names, of a scheme no prefix names or printed 6 + 13', () => {
    const n = card('9412', 16);
    const grouped = n.replace(/(\d{4})(?=\d)/g, '$1 ');
    masks(`| field | value |\n|:--|:--|\n| Fleet card | ${grouped} |\n| CVC | 417 |`, grouped);
    const long = card('676731', 19);
    const sixThirteen = `${long.slice(0, 6)} ${long.slice(6)}`;
    masks(`Card number: ${sixThirteen} (Solo)\nValid thru 09/29`, sixThirteen);
  });

  it('masks a card PIN named for where it is typed', () => {
    masks(`fuel card\n${card('4', 16)} exp 11/30 / cvv 418 / pin at the pump 7316`, '7316');
  });

  it('masks a seed phrase numbered with #', () => {
    const words = ['abandon', 'ability', 'able', 'about', 'above', 'absent', 'absorb', 'abstract', 'absurd', 'abuse', 'access', 'accident'];
    const list = words.map((w, i) => `#${i + 1} ${w}`).join('\n');
    masks(`steel plate copy\n${list}`, list);
  });

  it("masks a TOTP seed of 26 or 40 characters, a last group short", () => {
    masks('setting up 2FA for the shop on the spare phone, the setup key it showed was MZXW6YTBOI2DQNRXGQ3TMZLQHA', 'MZXW6YTBOI2DQNRXGQ3TMZLQHA');
    masks('Authy > add account manually > ferry portal\nKey: k7qa mz2d p4xe t6rb w3nc y5fg hj2k lm7q ab3c de4f\nTime-based, 6 digits', 'k7qa mz2d p4xe t6rb w3nc y5fg hj2k lm7q ab3c de4f');
  });

  it('masks a place\'s code "is on" beside a found login', () => {
    masks('Yes - clerk with Tq7!mzPw2x. The net loft is on 604187 as well.', '604187');
  });
});
