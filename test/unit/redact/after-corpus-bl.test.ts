import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEX, picker, r, unchanged, withLuhn, masks } from './made-up';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The general rules added after held-out corpus BL, on values and sentences made up here. */
const pick = picker(20261206);
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-8${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('look-alikes that open nothing', () => {
  it("keeps a template's stand-ins: a shouted name that opens with digits, and 'put … here' with a service's digits", () => {
    unchanged('# .env.example\n9TILES_SECRET=none\nKILN42_API_TOKEN=put-kiln42-token-here\n');
    unchanged('PORTAL_KEY=insert_ledger7_key_here\n');
  });

  it("keeps a store's references: a name restated in a type's brackets or after a bearer's scheme", () => {
    unchanged('loom_api_token: AWS::SSM::Parameter::Value<LOOM_API_TOKEN>\n');
    unchanged('dock_bearer: envsecret:DOCK_BEARER\n');
  });

  it("keeps the argument of a password manager's lookup and a path where a ticket says the value was stored", () => {
    unchanged('kiln_secret: lpass show --password shared/KILN_SECRET\n');
    unchanged(`ledger_token: bw get password ${uuid()}\n`);
    unchanged('Rotated. The new one lives at gopass:ops/tills/api and is not pasted here.');
  });

  it('still masks a password given on a command line beside a lookup, and one after "pass:"', () => {
    masks('mysql -u kiln -pQv7rTz92Lm shop', 'Qv7rTz92Lm');
    masks('pass: Rq8/zuvT41x', 'Rq8/zuvT41x');
  });
});

describe('cards copied in any grouping', () => {
  const card = (): string => withLuhn(`7${pick(DIGITS, 14)}`);
  const group = (digits: string, sizes: number[], joint: string): string => {
    const parts: string[] = [];
    let at = 0;
    for (const n of sizes) parts.push(digits.slice(at, (at += n)));
    return parts.join(joint);
  };

  it('masks a card grouped as it was copied, with its expiry after, and the code after the expiry whatever names it', () => {
    const a = card();
    const sixTen = group(a, [6, 10], ' ');
    masks(`Fleet card for the hire van: ${sixTen}, good thru 06/29, reverse 314, keep it in the glovebox`, sixTen, '314');
    const b = card();
    const threes = group(b, [3, 3, 3, 3, 4], ' ');
    masks(`Tomasz: club card ${threes}\nIngrid: 11/28, flip side 905`, threes, '905');
    const c = card();
    const slashed = `${c.slice(0, 4)}/${c.slice(4, 8)} ${c.slice(8)}`;
    masks(`La carte du comité : ${slashed}, fin 03/30, au dos 662.`, slashed, '662');
    const d = card();
    const tildes = group(d, [4, 4, 4, 4], ' ~ ');
    masks(`brand,number,exp,notes\nTillcard,${tildes},12/27,float`, tildes);
  });

  it('keeps numbers that fail the check, that another name claims, or that no expiry follows', () => {
    const a = card();
    const broken = `${a.slice(0, 15)}${(Number(a[15]) + 1) % 10}`;
    unchanged(`Ref ${broken.slice(0, 6)} ${broken.slice(6)}, dated 04/27`);
    unchanged(`Order number ${a.slice(0, 6)} ${a.slice(6)}, shipped 05/27, qty 120`);
    unchanged(`Meter ${a.slice(0, 6)} ${a.slice(6)} read on the porch.`);
  });
});

describe('a key pasted as a chat message of its own', () => {
  it('masks a random token that is the whole message, after a word of handing over or before an aside', () => {
    const a = `kp_${pick(ALNUM, 30)}`;
    const b = `dock^${pick(HEX, 44)}`;
    const c = pick(HEX, 52);
    const d = Array.from({ length: 5 }, () => `${pick(UPPER, 3)}${pick(DIGITS, 2)}${pick(UPPER, 2)}`).join('-');
    const chat = `[09:02] Orla › the kiosk logged me out again\n[09:04] Ben › try: ${a}\n[09:05] Ben › ${b} (the spare one)\n[09:07] Ben › ${c} - rotated friday\n[09:08] Ben › ${d}\n`;
    masks(chat, a, b, c, d);
  });

  it('keeps hashes, ids and sentences pasted in a chat, and a config line without a time stamp', () => {
    unchanged(`[10:11] Pia › deployed ${pick(HEX, 40)}\n[10:12] Pia › ${pick(HEX, 40)}\n[10:13] Sam › ${uuid()}\n[10:14] Sam › ${pick(HEX, 64)} (sha256 of the zip)\n[10:15] Sam › parcel JD0002${pick(DIGITS, 14)}\n`);
    unchanged(`trace_id: ${pick(HEX, 32)}\nspan: ${pick(HEX, 16)}\n`);
    unchanged(`08:01:12 Pulling layer\n08:01:19 Digest: sha256:${pick(HEX, 64)}\n08:01:20 Status: Downloaded\n`);
  });
});

describe("a connection string's password under a long dialect+driver scheme", () => {
  it('masks the password after a scheme of more than twenty characters or with an underscore', () => {
    masks('DB_URL=postgresql+asyncpgreplica://reports:Fennel!Quartz83@pg-ro.lan:5432/sales', 'Fennel!Quartz83');
    masks('engine = create_engine("oracle+cx_oracle://hr:Tindr3d_Spire@ora01:1521/?service_name=HR")', 'Tindr3d_Spire');
  });

  it('keeps a long scheme with no password, and one whose password is a stand-in', () => {
    unchanged('DB_URL=postgresql+asyncpgreplica://reports@pg-ro.lan:5432/sales');
    unchanged('DB_URL=mysql+mariadbconnector://app:${DB_PASSWORD}@db:3306/app');
  });
});

describe('IBANs copied in groups of any size', () => {
  /** An IBAN of `country` with `bban`, its mod-97 check digits computed. */
  function iban(country: string, bban: string): string {
    const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let rest = 0;
    for (const c of digits) rest = (rest * 10 + Number(c)) % 97;
    return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
  }
  const regroup = (value: string, sizes: number[], joint: string): string => {
    const parts: string[] = [];
    let at = 0;
    for (const n of sizes) parts.push(value.slice(at, (at += n)));
    if (at < value.length) parts.push(value.slice(at));
    return parts.join(joint);
  };

  it('masks an IBAN in threes, in sixes, or joined by underscores', () => {
    const fr = iban('FR', `${pick(DIGITS, 10)}${pick(UPPER, 2)}${pick(DIGITS, 11)}`);
    const threes = regroup(fr, [4, 3, 3, 3, 3, 3, 3, 3], ' ');
    const de = iban('DE', pick(DIGITS, 18));
    const sixes = regroup(de, [6, 6, 6], ' ');
    const mt = iban('MT', `${pick(UPPER, 4)}${pick(DIGITS, 5)}${pick(UPPER, 3)}${pick(DIGITS, 15)}`);
    const underscored = regroup(mt, [4, 4, 4, 4, 4, 4, 4], '_');
    masks(`Please pay into ${threes} from now on; the old ${sixes} closes. Savings: ${underscored}.`, threes, sixes, underscored);
  });

  it('keeps a run that fails mod 97, whose last group runs past the length, or that mixes joints', () => {
    const de = iban('DE', pick(DIGITS, 18));
    const broken = `${de.slice(0, 21)}${(Number(de[21]) + 1) % 10}`;
    unchanged(`Batch ${regroup(broken, [6, 6, 6], ' ')} shipped.`);
    unchanged(`Lot ${regroup(de, [6, 6, 6], ' ')}77 in bay 4.`);
    unchanged(`Part ${de.slice(0, 6)} ${de.slice(6, 12)}_${de.slice(12)} on the shelf.`);
  });
});

describe('seed phrases in other joints and scripts', () => {
  it("masks a phrase joined by ' > ' or '·', one in Cyrillic or Greek under a wallet's word, and its extra word", () => {
    const joined = 'ladder > ozone > timber > walnut > gossip > exhibit > lunar > rescue > pilot > fringe > stable > denial';
    masks(`hardware wallet backup\n${joined}\nplus the extra word Quillon7Drift`, joined, 'Quillon7Drift');
    const dotted = 'aspect · glimpse · hurdle · invest · jaguar · kitten · lecture · magnet · nephew · orphan · palace · quarter';
    masks(`seed for the cold wallet:\n${dotted}`, dotted);
    const cyrillic = 'мост ветер окно чайник берег лампа пирог салют дождь тропа шалаш кнопка';
    masks(`кошелёк (wallet) — фраза:\n${cyrillic}\n25th word: Brisk-Otter-88`, cyrillic, 'Brisk-Otter-88');
    // The extra word's label in brackets is no value: only the value after it is masked.
    expect(r(`wallet backup\n${joined}\n25th word (passphrase): Quillon7Drift`)).toContain('25th word (passphrase): ');
  });

  it('keeps a list of words in another script with no wallet word, and a shopping list joined by " > "', () => {
    unchanged('Список:\nмост ветер окно чайник берег лампа пирог салют дождь тропа шалаш кнопка\n');
    unchanged('route: market > bakery > station > harbour > museum > library > chapel > garden > bridge > castle > tower > square\n');
  });
});

describe("a network's key after 'network' or 'internet'", () => {
  it('masks the key of a pair given as the network and its key in an aside', () => {
    masks('Kettle is on the left. (network LoftCrew / Bramble&Sorrel&Yew)', 'Bramble&Sorrel&Yew');
    masks('The back office: (internet: Pantry-Guest / Q7T.MXR.4LK.ZPV)', 'Q7T.MXR.4LK.ZPV');
  });

  it('keeps a network written with its mask or speeds', () => {
    unchanged('Office network 10.20.0.0 / 24 goes through the new switch.');
    unchanged('internet: 500 Mbps / 50 Mbps on the fibre plan');
    unchanged('username ops role network-admin secret sha512 $6$Qm2bT7yKp1Lw$Zr8/Hw4NvXe9TbUq2PaLs7/Kd3Mx.Yj0\n');
  });
});
