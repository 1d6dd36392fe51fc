import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER_DIGITS, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BH, on values and sentences made up here. */
const pick = picker(20261208);

/** A German IBAN (22 characters) with its mod-97 check digits. */
function germanIban(): string {
  const bban = pick(DIGITS, 18);
  const numeric = `${bban}131400`;
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return `DE${String(98 - rest).padStart(2, '0')}${bban}`;
}

describe('look-alikes that open nothing', () => {
  it("keeps a secrets manager's reference whose scheme a rule reads as a name", () => {
    unchanged('# kiln.cfg - resolved when the service starts\nferry_secret_key: vals+ref+awssecrets://depot/FERRY_SECRET_KEY\nmill_api_key: ref+gcpsecrets://depot-prod/MILL_API_KEY\n');
  });

  it("keeps a coin's receiving address under a ticker the list lacked", () => {
    unchanged(`Support the choir!\nXRP: r${pick(ALNUM.replace(/[0OIl]/g, ''), 33)}\nXTZ: tz1${pick(ALNUM.replace(/[0OIl]/g, ''), 33)}`);
  });

  it('keeps a stand-in in brackets or quoted after a user', () => {
    unchanged('# .env.example - copy and fill in\nKILN_PASSWORD=[insert kiln password]\n');
    unchanged('smbclient //nas/shared -U clerk%"<password>" -c ls');
  });

  it("keeps a SIP link's port and parameters after a password word", () => {
    unchanged('examples for the wiki:\nsip:desk:<password>@voip.lan:5061;transport=tls');
  });
});

describe('secrets said in new ways', () => {
  it('masks a key given bare when asked who has it, a short one too', () => {
    const long = pick(ALNUM, 36);
    const short = `Zq${pick(LOWER_DIGITS, 6)}7Kd4`;
    masks(`[Chat]\n09:10 Ana: who has the Ferrylog key? the till stopped syncing\n09:12 Bo: ${long} (rotated friday)\n`, long);
    masks(`[Chat]\n09:10 Ana: who has the Millbook token? the tablet is down\n09:12 Bo: ${short}\n`, short);
  });

  it('masks a key to update a variable "to:", on the next line', () => {
    const key = pick(HEX, 32);
    masks(`Comment from Ana:\nThe vendor rotated it. Please update KILNWARE_API_TOKEN on the server to:\n${key}\nClose when green.`, key);
  });

  it('masks a short secret under a secret name in a chat message', () => {
    masks('20:08 Ana: FERRY_CLIENT_SECRET=7mQxa2Lp\n20:09 Ana: id is 55102 if it asks', '7mQxa2Lp');
  });

  it('masks a token handed to a secret-named variable by an operator the key-value rules do not read', () => {
    const a = pick(ALNUM, 40);
    const b = pick(HEX, 32);
    const c = pick(ALNUM, 36);
    masks(`KilnApiKey ← "${a}"\n`, a);
    masks(`"${b}" => string ferry_api_token;\n`, b);
    masks(`  mill_secret :- "${c}";\n`, c);
  });

  it('leaves a digest handed to a cache key the same way', () => {
    const h = pick(HEX, 40);
    expect(r(`cache_key ← "${h}"`)).toContain(h);
  });

  it('masks a card in groups joined by underscores, and a card of no named scheme followed by its CVC', () => {
    const underscored = withLuhn(`4${pick(DIGITS, 14)}`).replace(/(\d{4})(?=\d)/g, '$1_');
    masks(`card is ${underscored} expires 04/29`, underscored);
    const other = withLuhn(`9${pick(DIGITS, 14)}`);
    const grouped = other.replace(/(\d{4})(?=\d)/g, '$1  ');
    masks(`<table><tr><td>Kiln card</td><td>${grouped}</td></tr><tr><td>CVC2</td><td>318</td></tr><tr><td>PIN</td><td>6042</td></tr></table>`, grouped, '318', '6042');
  });

  it('masks a card PIN as Canadian French writes it, and a security code shortened to "sec"', () => {
    const n = withLuhn(`5${pick(DIGITS, 14)}`);
    masks(`Carte du bureau: ${n}, expire 08/30, NIP 5821.`, '5821');
    masks(`fuel card\n${n} · 03/29 · sec 447 · pump PIN 9930`, '447');
  });

  it('leaves a Polish NIP, which is a tax number', () => {
    expect(r('Faktura: NIP 5261040828, płatne w 14 dni')).toContain('5261040828');
  });

  it('masks an IBAN in groups joined by hyphens', () => {
    const iban = germanIban();
    const hyphened = iban.replace(/(.{4})(?=.)/g, '$1-');
    masks(`Pay the co-op at ${hyphened} please`, hyphened);
    expect(r(`Pay the co-op at ${hyphened} please`)).toContain('[redacted iban]');
  });

  it("masks session cookies in a browser's cookie table and in a script's cookie jar", () => {
    const php = pick(LOWER_DIGITS, 26);
    const other = pick(LOWER_DIGITS, 26);
    masks(`Storage > Cookies\nName            Value\n_ga             GA1.2.118220941.1730000000\nkilnapp      ${php}\nferry_sid\t${other}\nlang            en`, php, other);
    const jar = pick(LOWER_DIGITS, 26);
    masks(`const jar = http.cookieJar();\njar.set('https://mill.example', 'MILLSESSID', '${jar}');`, jar);
  });

  it('keeps an analytics cookie in the same table', () => {
    unchanged('Storage > Cookies\nName            Value\n_ga             GA1.2.118220941.1730000000\nlang            en');
  });

  it("masks a place's number said any way in a found password's message", () => {
    masks('Right folks, the kiln tablet has a new password, Tx8#pQ2mVw, user ops. The glaze store is 48213 now, cheers.', '48213');
    masks('- milk\n- till: clerk / Wq4$zmP8kR\n- clay shed 7735\n- eggs', '7735');
  });

  it("leaves an order, a port or an amount in a found password's message", () => {
    const out = r('the kiln tablet password is Tx8#pQ2mVw now; order 48213 ships Monday, port 5432, costs 1250 EUR');
    expect(out).toContain('48213');
    expect(out).toContain('5432');
    expect(out).toContain('1250');
  });

  it('masks a login given out after a reset', () => {
    masks('The till was reset - clerk7 / Pq4vXz9mKw2Lr8Ts. ok', 'Pq4vXz9mKw2Lr8Ts');
  });

  it('masks a generated password of words and a symbol after a password word', () => {
    masks('NOTICE: KIOSK PASSWORD CHANGED TO heron_Tussock_lintel# FOR NIGHT STAFF, BIN STORE CODE IS 4471', 'heron_Tussock_lintel#');
  });

  it('masks the literal a password command echoes, and leaves a variable there', () => {
    masks(`borg list --passcmd "echo 'quartzlamp77'" /srv/repo`, 'quartzlamp77');
    unchanged('restic -r /srv/repo snapshots --password-command "echo $RESTIC_PW"');
  });

  it('masks identity numbers in more shapes and names', () => {
    masks("Mo numéro d'identité c'est QX-4417-2093, si le bureau le demande.", 'QX-4417-2093');
    masks('Il mio numero di identità è RT4412/77, se lo chiedono.', 'RT4412/77');
    masks("the registry needs my NIC number, it's ZV5521/90", 'ZV5521/90');
    masks('as requested my Falkland Islands ID card number is ZQ44.7721.903. Regards', 'ZQ44.7721.903');
  });

  it('leaves an order number and a format shown with zeros', () => {
    unchanged('my order number is 12-34-56, it shipped today');
    unchanged("Mo numéro d'identité a la forme QX-0000-0000.");
  });
});
