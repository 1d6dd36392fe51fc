import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AH, on values and sentences made up here. */
describe('look-alikes kept: chess positions, counts in Bantu concord, network names, sentences', () => {
  it('keeps a chess position in FEN', () => {
    unchanged('Position after move 9: r1bq1rk1/pp2bppp/2n1pn2/3p4/2PP4/2N1PN2/PP3PPP/R2QKB1R w KQ - 2 9, who stands better?');
    unchanged('fen = "8/5pk1/6p1/8/3B4/6PP/5PK1/3r4 b - - 0 41"');
  });

  it('keeps a password rule with a count written on its concord', () => {
    unchanged('Igama lokugqitha kufuneka libe nabalinganiswa abangu-10.');
    unchanged('Iphasiwedi kufanele ibe nezinombolo ezingu-3 okungenani.');
  });

  it("keeps a Wi-Fi network's name, a MAC address, a standard and a gadget", () => {
    unchanged('Our Wi-Fi network: Lindenhof2023');
    unchanged('Tablet: Wi-Fi MAC 5c:1a:77:e0:42:9b, serial HX42K9');
    unchanged('The old router only does Wi-Fi 802.11n, should I upgrade?');
    unchanged('Do you prefer a wired or a wireless keyboard?');
    unchanged('Which portable Wi-Fi hotspot works in Peru?');
  });

  it('keeps sentences that follow a password word in plain words', () => {
    unchanged('La contraseña del banco se cambia cada trimestre; ¿cómo la recuerdo?');
    unchanged('Pasahitza ahaztu dut eta ez dakit nola aldatu.');
    unchanged('My password got leaked somehow last month.');
    unchanged('The login is now broken again.');
  });

  it('keeps a combination without a safe or a lock, and a door code said to come', () => {
    unchanged('The winning combination: 4 8 15 in the lottery draw.');
    unchanged('I will send the door code later today.');
  });
});

describe('passphrases of plain words after a password word, in many languages', () => {
  it('masks a phrase of list words after the word, its colon or its verb', () => {
    masks('nowe hasło do skrzynki: violin harbor uncle plastic', 'violin harbor uncle plastic');
    masks('yeni parola garden lizard moment', 'garden lizard moment');
    masks('шинэ нууц үг orbit velvet pumpkin crane', 'orbit velvet pumpkin crane');
    masks('Mot de passe du NAS : tennis wagon oyster, le code du portail est 4471', 'tennis wagon oyster', '4471');
    masks('A senha do roteador é jungle mirror ticket swamp', 'jungle mirror ticket swamp');
    masks('The vault passphrase is: lemon crystal wander badge', 'lemon crystal wander badge');
  });

  it('masks a phrase in languages that put a copula or a particle between ("ko", "ngu", "o le")', () => {
    masks('ko e lea fufū ki he fale koloa ko rocket tiger planet', 'rocket tiger planet');
    masks('Igama lokugqitha le-ofisi ngu sponsor bracket flavor', 'sponsor bracket flavor');
    masks('o le upu lilo mo le falemaʻi o le cabin lunar fossil', 'cabin lunar fossil');
  });

  it('masks a word of a script without spaces before digits and a symbol', () => {
    masks('Пароль от кассы: 海风7731!', '海风7731!');
    masks('le mot de passe : 별빛2290#', '별빛2290#');
  });

  it('masks a login given a value with a password symbol', () => {
    masks('The shop laptop login is now Wq7&rrLd!9x, do not write it down.', 'Wq7&rrLd!9x');
  });
});

describe('door and alarm codes in more languages and shapes', () => {
  it('masks an alarm code with its word in more languages', () => {
    masks('codice allarme 48213', '48213');
    masks('дохиоллын код 73920', '73920');
    masks('ahazangi kod: no; ահազանգի կոդը՝ 6621', '6621');
    masks('警報の解除コード 5583', '5583');
    masks('경보 해제 코드 8841', '8841');
    masks('رمز الإنذار 30917', '30917');
  });

  it('masks a code led by a capital letter, or with a particle glued after it', () => {
    masks('Türcode Keller: B4410', 'B4410');
    masks('back door code는 61190야', '61190');
    masks('裏口のcodeは2718。', '2718');
  });

  it('masks a safe or padlock combination', () => {
    masks('Storeroom safe — new combination: 552913', '552913');
    masks('la combinaison du cadenas est 12-40-27', '12-40-27');
  });
});

describe('Wi-Fi keys after the place, in more layouts', () => {
  it('masks the key after a name and a colon, a verb or nothing', () => {
    masks('Wi-Fi at Harbour Deli: Sq9!vLp2#Kw', 'Sq9!vLp2#Kw');
    masks('Wi-Fi an’ny trano: velvet-canyon-otter-41', 'velvet-canyon-otter-41');
    masks('The Wi-Fi for the loft is Nb4*hh21Qz and the gate is open.', 'Nb4*hh21Qz');
    masks('Maple Street Bakery Wi-Fi 7C21A9E04B33D8F1A6', '7C21A9E04B33D8F1A6');
  });
});

describe('more families: WIF keys read off paper, seed plates, recovery lists, mail relay maps', () => {
  it('masks a WIF-shaped key named as a private key even if its checksum fails', () => {
    masks('the private key (WIF) on the card: L3xq9Vt7mWbPkz2RHnD8sF4yG6jC1aUeQoN5iTr7vYpXwB2cMdKh', 'L3xq9Vt7mWbPkz2RHnD8sF4yG6jC1aUeQoN5iTr7vYpXwB2cMdKh');
  });

  it('masks a numbered phrase under a steel plate', () => {
    const words = ['cable', 'dwarf', 'fiscal', 'lumber', 'orange', 'puzzle', 'ribbon', 'sketch', 'tunnel', 'valley', 'wagon', 'zebra'];
    const text = `metal seed plate, stamped:\n${words.map((w, i) => `${i + 1}. ${w}`).join('\n')}\nis the order right?`;
    masks(text, 'lumber', 'sketch', 'zebra');
  });

  it('masks a recovery list that mixes two shapes', () => {
    masks('Recovery codes (keep safe):\n  4471-0923\n  k2m9xq7d\n  8830-5512\n  p4v7rt2w\n  1105-7782', 'k2m9xq7d', 'p4v7rt2w', '1105-7782');
  });

  it("masks a mail relay's password map line", () => {
    masks('/etc/postfix/sasl_passwd\n[mail.example.org]:587 alerts@example.org:Kv8#pp2Lr!', 'Kv8#pp2Lr!');
  });
});
