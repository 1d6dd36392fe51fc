import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AN, on values and sentences made up here. */
describe('a value whose shape says secret a few words after a secret word of any language', () => {
  it('masks digits, a word run into digits and random-case letters after words of any language', () => {
    masks('Heslo k wifi na chalupě je 73910284', '73910284');
    masks('Lozinka za ured glasi marmelada4471, ne daj nikome.', 'marmelada4471');
    masks('Пароль від сейфа — Смерека2290', 'Смерека2290');
    masks('Wachtwoord van de kassa is nu ZilverReiger2017', 'ZilverReiger2017');
    masks('La parola segreta del conto è pZqRvTmWkYbXnL', 'pZqRvTmWkYbXnL');
    masks('Kodea ate nagusirako da 480261', '480261');
    masks('Texecom-style panel: installer code 7315, master code 2846.', '7315', '2846');
  });

  it('keeps numbers the words between make something else, examples, years and identifiers', () => {
    unchanged('Password expires in 90 days, last changed 2024.');
    unchanged('The password reset ticket number is 4471829.');
    unchanged('No uses contraseñas como 123456 ni qwerty.');
    unchanged('Passwort getAccountByName ist der Name der Funktion.');
    unchanged('Código postal 28013, Madrid.');
    unchanged('El código del producto es 77120.');
    unchanged('Receipt: **** 4471\nCode autorisation: 558812');
  });
});

describe('codes keyed in, and a short note line of words and digits', () => {
  it('masks digits after a verb of typing or pressing, in many languages, and a note line', () => {
    masks('pour la remise, composez 60418 puis #', '60418');
    masks('Na bramie wpisz 73305 i poczekaj.', '73305');
    masks('у підвал: натисни 55120', '55120');
    masks('the gate panel is unlocked with 902514 after hours', '902514');
    masks('naar de zolder: 44187', '44187');
    masks('al cuarto de herramientas: 31972 🙏', '31972');
  });

  it('keeps amounts, times, ids and keys of a config or a log', () => {
    unchanged('Type 2500 in the amount box and press OK.');
    unchanged('Opening times:\n- Mon: 0830\n- Sat: 1000');
    unchanged('containerPort: 8443\nuidNumber: 2211');
    unchanged('Rows Removed by Filter: 31877');
    unchanged('the service type 4408812 is the plan');
    unchanged('order number for the shop: 778120');
  });
});

describe('a passphrase of plain words after a password word, in any sentence or config line', () => {
  it('masks the phrase after a copula of any language, a colon, an equals sign or a quote', () => {
    masks('Пароль от склада: tired walrus hums near the dock', 'tired walrus hums near the dock');
    masks('la contraseña del wifi es brave otter naps under the bridge — gracias', 'brave otter naps under the bridge');
    masks('[auth]\nmirror.password = dusty lantern rests by the gate', 'dusty lantern rests by the gate');
    masks("db_passwd('silver moth drifts over the lake').", 'silver moth drifts over the lake');
    masks('密码 amber fox leaps past the fence，别告诉别人', 'amber fox leaps past the fence');
    masks("j'ai mis velvet crow sings at the mill comme mot de passe", 'velvet crow sings at the mill');
  });

  it("keeps a sentence about a password, in English and other languages", () => {
    unchanged('my password stopped working on the portal yesterday');
    unchanged('the password is printed once to the container log');
    unchanged('Free Wi-Fi is available throughout the station.');
    unchanged('Olvidé la contraseña del programa de la tienda.');
    unchanged('They pass cards around the table to the next player.');
    unchanged('Use a sanding block to smooth the edge of the shelf.');
    unchanged('# DB_PASSWORD lives in the vault group for staging');
    unchanged('password: ••••••••  (hidden in the screenshot)');
  });
});

describe('values by the layout that holds them', () => {
  it('masks plain and obfuscated schemes, typed constants, a COBOL picture and a quoted pair file', () => {
    masks('shop@example.org:{PLAIN}Tq7mZx2Lp9:5000:5000::/var/mail/shop', 'Tq7mZx2Lp9');
    masks('backup: OBF:1x0s1ri71z7e1wml1z7k1rib1x1y, user', 'OBF:1x0s1ri71z7e1wml1z7k1rib1x1y');
    masks('   Api_Token : constant String := "kv81-Hq3b-99Zt";', 'kv81-Hq3b-99Zt');
    masks('val smtpPassword: String = "orchard!Blue58"', 'orchard!Blue58');
    masks("       01 WS-FTP-PASSWD  PIC X(10) VALUE 'Rk!2vQ9sLm'.", 'Rk!2vQ9sLm');
    masks('"billing" "plumtree5521"\n"audit" "WinterOak1999"', 'plumtree5521', 'WinterOak1999');
    masks('Supervisor Password is set. I set supervisor to 58120347 in March.', '58120347');
  });

  it('keeps stored hashes, placeholders and settings that are no secret', () => {
    unchanged('shop@example.org:{SHA512-CRYPT}$6$abc$def:5000:5000::/var/mail/shop');
    unchanged('"billing" "md5a1b2c3d4e5f60718293a4b5c6d7e8f90"\n"audit" "md5f0e1d2c3b4a5968778695a4b3c2d1e0f"');
    unchanged('val dbPassword: String = "${DB_PASSWORD}"');
    unchanged('I set the oven to 2200 degrees');
    unchanged('Never leave the sample user from the docs (username manager, password manager) enabled.');
  });
});
