import { describe, it } from 'vitest';
import { HEX, ALNUM, picker, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AY, on values and sentences made up here. */
const pick = picker(20261204);

describe('look-alikes that open nothing', () => {
  it('keeps the name of a stored secret given to a secrets CLI, and the option after it', () => {
    unchanged('gcloud secrets versions access latest --secret=ferry-db-password --project=ferry-ops-20931');
    unchanged('aws secretsmanager get-secret-value --secret-id tills_api_token --region eu-west-2');
  });

  it('keeps Dynaconf lazy values, a prefix left for the real value and Pusher’s app key', () => {
    unchanged('[default]\npassword = "@format {env[SMTP_PASS]}"\ntoken = "@jinja {{ this.API_TOKEN }}"');
    unchanged('STRIPE_SECRET_KEY=sk_live_CHANGE_ME\nMOLLIE_KEY=live_REPLACE_ME');
    unchanged(`PUSHER_APP_ID=1829304\nPUSHER_KEY=${pick(HEX, 20)}\nPUSHER_CLUSTER=eu`);
  });

  it('still masks the Pusher app secret beside its key', () => {
    const secret = pick(HEX, 20);
    masks(`PUSHER_KEY=${pick(HEX, 20)}\nPUSHER_SECRET=${secret}`, secret);
  });

  it('keeps a PIN that a digest test names as its input, and BIP-32’s published test vectors', () => {
    unchanged('expect(sha256Hex("1234")).toBe("03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4"); // test vector for PIN 1234');
    unchanged('BIP32 test vector 2, chain m:\nxprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U');
  });

  it('still masks a PIN named plainly', () => {
    masks('the supervisor PIN is 7315', '7315');
  });

  it('keeps lists with leaders that are no code boards', () => {
    unchanged('Phone list\nReception … 2201\nAccounts … 2245\nWorkshop … 2290\nCanteen … 2311');
    unchanged('Contents\nIntroduction .... 1012\nMethods .... 1044\nResults .... 1101');
  });

  it('keeps numbers shaped like the new countries’ IDs without their names, or with a wrong check', () => {
    unchanged('Morocco supplier ICE 652254777620278 was rejected by the portal');
    unchanged('invoice 28381864511 for the Qatar office');
    unchanged('Botswana office, order no: 211010904');
    unchanged('ICE contact: 07700 900123');
  });

  it('keeps a Stellar account, an XRP seed-shaped word whose checksum fails, and a public JWK', () => {
    unchanged('pay to GCSU3SQYEUYLWHLNCMWN5VRDPMXNSHR7OIP4WGLRC5CJJVSJHSOVZGNX please');
    unchanged('XRPL family seed (test fixture, broken on purpose): shRdT51JD25QMVMF9QnVgyF5J7i62');
    unchanged('Our JWKS endpoint returns:\n{"keys": [{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "kid": "k1"}]}');
  });

  it('keeps a slash between two words that is no login, and a header or an arrow that holds a variable', () => {
    unchanged('use TCP / UDP for the tunnel');
    unchanged('curl -H "X-Api-Key: $ABUSE_KEY" https://api.example.net/check');
    unchanged('WEBFLOW_API_TOKEN -> ${WEBFLOW_API_TOKEN}');
  });
});

describe('secrets in the families AY showed', () => {
  it('masks every number of a board of codes written with leaders', () => {
    masks('Night board\n• Plant Room … 4821 + enter\n• Tool Store … 66190\n• Yard Gate … 30517 then ✓', '4821', '66190', '30517');
    masks('KEY BOARD\nFront Door .... 5520\nBack Gate .... 7113\nStaff Room .... 904417', '5520', '7113', '904417');
  });

  it('masks IDs of Morocco, Algeria, the Faroes, Qatar, Botswana, Zambia, Oman and Mongolia under their names', () => {
    masks('Supplier record\nCountry: Morocco\nICE: 652254777620277', '652254777620277');
    masks('CIN: JK48213 (Maroc)', 'JK48213');
    masks('Algeria office — NIF 099116302784513', '099116302784513');
    masks('client gave nif 099116302784513, is that right for Algeria?', '099116302784513');
    masks('Faroe staff: P-tal 120587-314', '120587-314');
    masks('Nomor QID saya 28735601442', '28735601442');
    masks('Botswana Omang: 408812903', '408812903');
    masks('Zambia NRC 402117/61/1', '402117/61/1');
    masks('Nationality: Oman\nCivil number: 10944307', '10944307');
    masks('Mongolia register number УБ87041312', 'УБ87041312');
  });

  it('masks passwords in Oracle logons, etcd, Perforce, curlftpfs and CVS lines', () => {
    masks('impdp admin/Qu4rry!Vale@ORCL directory=DP_DIR dumpfile=x.dmp', 'Qu4rry!Vale');
    masks('etcdctl --endpoints=https://10.0.0.4:2379 --user root:Fen#2281 get /a', 'Fen#2281');
    masks('p4 -u builder -P Tx9!mal0rd sync //depot/...', 'Tx9!mal0rd');
    masks('curlftpfs ops.k:Lime?4410ferry@ftp.example.org /mnt/ftp', 'Lime?4410ferry');
    masks('cvs -d :pserver:j.olsen:Br4ss_117@cvs.example.org:/cvsroot co site', 'Br4ss_117');
  });

  it('masks the password of MySQL’s C API call', () => {
    masks('mysql_real_connect(conn, "db.example.org", "kiosk", "M0rt4r^Slate", "shop", 3306, NULL, 0);', 'M0rt4r^Slate');
  });

  it('masks Stellar and XRP secret seeds by their checksums, and a JWK with its private part whole', () => {
    masks('Keypair.fromSecret("SCSU3SQYEUYLWHLNCMWN5VRDPMXNSHR7OIP4WGLRC5CJJVSJHSOVYC6I")', 'SCSU3SQYEUYLWHLNCMWN5VRDPMXNSHR7OIP4WGLRC5CJJVSJHSOVYC6I');
    masks('old ledger wallet: ssRdUnS81rW1RtTby6nDH4qLnN5Z8', 'ssRdUnS81rW1RtTby6nDH4qLnN5Z8');
    const d = pick(ALNUM, 43);
    masks(`{"kty": "EC", "crv": "P-256", "x": "${pick(ALNUM, 43)}", "y": "${pick(ALNUM, 43)}", "d": "${d}"}`, d, '"kty"');
  });

  it('masks a Troy card and an Algorand passphrase of 25 words', () => {
    masks('karta 9792455597971141 exp 04/29', '9792455597971141');
    const words = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt';
    masks(`Algorand wallet recovery passphrase:\n${words}`, 'abandon ability', 'actual adapt');
  });

  it('masks a login handed over as user / password, a key-named header, an arrow note, Bundler and Shodan keys', () => {
    masks('Use p.marsh / Gr4nite#71 for the rota app', 'Gr4nite#71');
    const hex = pick(HEX, 80);
    masks(`curl -G https://api.example.net/v2/check -H "Key: ${hex}"`, hex);
    const token = pick(HEX, 64);
    masks(`notes\nCMS_API_TOKEN -> ${token}`, token);
    masks('bundle config set --global gems.example.io 1a2b3c4d:9f8e7d6c', '9f8e7d6c');
    const shodan = pick(ALNUM, 32);
    masks(`shodan init ${shodan}`, shodan);
  });
});
