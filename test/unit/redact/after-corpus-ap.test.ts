import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AP, on values and sentences made up here. */
describe('look-alikes kept: a value that names another, a combination\'s price, a postal code', () => {
  it('keeps a macro variable the text assigns, a call that reads the environment, a secrets file\'s address', () => {
    unchanged('%let dbpw = %sysget(WAREHOUSE_PW);\nlibname wh odbc dsn=stock user=loader password="&dbpw.";');
    unchanged("local secret : env REPORTS_PW\nodbc exec(\"select 1\"), dsn(\"ledger\") password(\"`secret'\")");
    unchanged('[mqtt]\n  user = "sensor"\n  pass = "file:///run/secrets/mqtt_pass"');
  });

  it('keeps numbers after a combination\'s or a Vietnamese code\'s word that name other things', () => {
    unchanged('That combination lock costs 2450 rupees at the market.');
    unchanged('Mã bưu chính của tôi là 550000.');
    unchanged('Mã đơn hàng 884213 vẫn chưa giao.');
  });
});

describe('keypad codes by their marks, in any language, and the bare code word before a list\'s dot or a sign-off', () => {
  it('masks a code with a keypad letter, a star or a hash', () => {
    masks('kod do bramy 4471B, nie mów nikomu', '4471B');
    masks('my locker combo is 902D so grab the spare keys', '902D');
    masks('кодыр *66120 · кодыр 5519# — Hillside Rowing', '*66120', '5519#');
    masks('code 318A, no digas a nadie', '318A');
  });

  it('masks plain digits after the bare word where a list\'s dot or a sign-off\'s dash closes them', () => {
    masks('the code is 48213 · the code is 77190 — Riverside Bakery', '48213', '77190');
    masks('ishkode code 60418 · ishkode code 22907 — Lakeview Hall', '60418', '22907');
    unchanged('The code is 5512.');
    unchanged('use code 4412 for 20% off');
  });
});

describe('identity numbers after the bare word for an identity document, by their own checks', () => {
  it('masks a Hong Kong, Taiwan, Uruguay or South African number', () => {
    masks('Guest form: HKID K482915(8), table 4', 'K482915(8)');
    masks('身分證 F218374606，請幫我填表', 'F218374606');
    masks('a nombre de Lucía Pérez, cédula 3.614.208-0, llegamos el martes', '3.614.208-0');
    masks('entry for the relay: Thandi M., ID 8805175121080, team 7', '8805175121080');
  });

  it('keeps a number whose check fails', () => {
    unchanged('HKID K482915(3) is what the form printed');
  });
});

describe('secrets by a config\'s or a file\'s structure', () => {
  it('masks a Junos $9$ secret, an nkey seed, a password element\'s value, and a secrets file\'s entries', () => {
    masks('set snmp v3 usm local-engine user ops authentication-sha authentication-key "$9$kP5Tz6/tu0IRSeK8xdVYgoaZUH"', '$9$kP5Tz6/tu0IRSeK8xdVYgoaZUH');
    masks('seed: SUDKRY7GNU3CJQX6FMT2BIPW5ELSZAHOV4DKRY7GNU3CJQX6FMT2BIPW5E', 'SUDKRY7GNU3CJQX6FMT2BIPW5ELSZAHOV4DKRY7GNU3CJQX6FMT2BIPW5E');
    masks('<ProxyPassword>\n  <Value>Heron!5527</Value>\n</ProxyPassword>', 'Heron!5527');
    masks('/etc/mosquitto/passwords.secrets\nmeter:Quartz#8841\npump:tallow harbor vine', 'Quartz#8841', 'tallow harbor vine');
  });

  it('keeps a stored hash in a secrets file, and a heading without a path', () => {
    unchanged('/etc/nginx/.htpasswd.users\nops:$apr1$Qx81mZ3e$WJ3sVq7bnIuUeY0pXoP7a/');
    unchanged('Users:\nalice:admin');
  });

  it('masks a literal piped into a command that stores it, a name ending in PW, and a logon call\'s password', () => {
    masks("printf 'Marlin_4471' | podman secret create smtp_pass -", 'Marlin_4471');
    masks("echo -n 'Tern+9051' | systemd-creds encrypt --name=mailpw - /etc/credstore.encrypted/mailpw", 'Tern+9051');
    masks("export SMTPPW='Kettle%2290'", 'Kettle%2290');
    masks('report.SetDatabaseLogon("reader", "Ochre#6619", "SQL02", "Sales")', 'Ochre#6619');
    masks("def db = Sql.newInstance('jdbc:mysql://db.internal:3306/shop', 'shop', 'Wren@7734', 'com.mysql.cj.jdbc.Driver')", 'Wren@7734');
    unchanged("printf '%s' \"$PW\" | docker secret create db_pw -");
  });
});

describe('a password typed after its word in any language, and a changed one handed over in English', () => {
  it('masks a run of plain words set off by another script, or with digits on its last word', () => {
    masks('비번 copper meadow kettle spoon 잊지 마', 'copper meadow kettle spoon');
    masks('пароль от сейфа — larch pebble orbit fennel (не потеряй)', 'larch pebble orbit fennel');
    masks('mot de passe : granite ferry beacon lantern42, merci', 'granite ferry beacon lantern42');
    masks('moje hasło kestrel plum anvil9, dzięki', 'kestrel plum anvil9');
  });

  it('masks a value of any typed shape right after a password word', () => {
    masks('contraseña: 7r0mb0n3$9= no la compartas', '7r0mb0n3$9=');
    masks('密码是.falcon27QX。别告诉别人', '.falcon27QX');
    masks('Passwort lautet kiwi.harbor55, danke', 'kiwi.harbor55');
    masks('الباسورد هو 9qu1nc3&7 لا تنساه', '9qu1nc3&7');
  });

  it('masks a changed value handed over as "changed it to", "reset to", "the new one is"', () => {
    masks('I reset it to Puffin&4471 yesterday, ring me if not', 'Puffin&4471');
    masks('for the kiln room the new one is amber-cobalt-quiver-meadow-stone dont lose it', 'amber-cobalt-quiver-meadow-stone');
    masks('the new login for the front desk is thimble quarry sprocket, please do not share', 'thimble quarry sprocket');
  });

  it('masks a login given as user / plain words after a login\'s or an account\'s word', () => {
    masks('club acc rowan_ops / pebble kestrel lantern, thanks', 'pebble kestrel lantern');
    masks('login for the stream pc: skyler01 / harbor finch anvil27', 'harbor finch anvil27');
  });

  it('keeps ordinary sentences after the same words', () => {
    unchanged('the new one is much better');
    unchanged('I changed it to Tuesday.');
    unchanged('the new login for the app is much more simple, please');
    unchanged('my password manager 1password8 crashed again');
    unchanged('the password is in config.password');
    unchanged('login: TCP / IP stack works fine.');
  });
});
