import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AW, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps an access key id under a heading that says the secrets are kept elsewhere', () => {
    unchanged('Service accounts at Lantern Print (ids only, the secrets are kept in 1Password):\n- S3 uploader key id: AKIAQ7RZ4MWN2KXPLT3B\n- region: eu-west-2');
    unchanged('Key inventory, no secrets:\n  backup bot    AKIAZ3KQ8WLP5RNM2TXC');
  });

  it('still masks the id beside its secret key under such a heading', () => {
    masks(
      'Service accounts (secrets are in the vault, except this one):\naws_access_key_id = AKIAQ7RZ4MWN2KXPLT3B\naws_secret_access_key = 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',
      'q8Wm3Rt7Lp2Zx9Kv4Bn6Hc1Jd5Fg0Ys8Ua3Ei7Ow',
    );
  });

  it('keeps a phone number with its area code in brackets a few lines under talk of backup codes', () => {
    unchanged('draft a note on why backup codes belong in the safe, not in a drawer\n\nthanks!\n\n(questions: ring Ines on (0161) 4960 2210)');
    unchanged('print the recovery codes for the board\n\nshop line +44 7700 900123');
  });

  it('keeps numbers shaped like the new countries’ IDs under other names or with a wrong check', () => {
    unchanged('Cyprus TIC on the form: 04418273F (is that the right letter?)');
    unchanged('Order 11503198512345 ships tomorrow');
    unchanged('Guinea NIFp 518204632 was rejected');
    unchanged('Andorra office, invoice F-482913-Q is paid');
  });

  it('keeps a login table whose column holds no password’s shape', () => {
    unchanged('+------------+---------+------------+\n| till       | marta   | in the safe |\n| shed       | -       | ask Joe    |\n+------------+---------+------------+');
  });

  it('leaves a "name / value" reply that answers no question for a key or a login', () => {
    unchanged('[10:02] Ana: which rooms are free?\n[10:03] Ben: Room4 / Room12b');
    unchanged('[10:02] Ana: score?\n[10:03] Ben: Tigers2 / Lions3x');
  });

  it('keeps a variable block’s default that is no secret or no value', () => {
    unchanged('variable "region" {\n  type    = string\n  default = "eu-west-2"\n}');
    unchanged('variable "db_password" {\n  type      = string\n  default   = ""\n  sensitive = true\n}');
    unchanged('variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nvariable "db_user" {\n  default = "app_rw"\n}');
  });

  it('keeps a Go MySQL DSN with a formatting slot for the password', () => {
    unchanged('dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/%s", user, pass, host, name)');
  });
});

describe('national IDs of six more countries', () => {
  it('masks them by their check under their own or their country’s name', () => {
    masks('Cyprus TIC: 04418273E', '04418273E');
    masks('tax identification code (TIC) 90531764L', '90531764L');
    masks('Country: Guinea\nNIFp: 518-204-631', '518-204-631');
  });

  it('masks them by their structure under their own or their country’s name', () => {
    masks('my Andorra NRT is F-123456-Z', 'F-123456-Z');
    masks('NRT: A712345B', 'A712345B');
    masks('Tunisia matricule fiscal 1234567/A/B/M/000', '1234567/A/B/M/000');
    masks('Country: Kyrgyzstan\nPIN: 11503198512345', '11503198512345');
    masks('Kosovo personal number 1182736450', '1182736450');
    masks('numri personal: 1182736450', '1182736450');
  });
});

describe('secrets by the layout that holds them', () => {
  it('masks the other cells of a header-less login table’s column where one password was found', () => {
    masks(
      '+-------------+----------+------------------------+\n| shop admin  | marta_k  | Qv7!mRt2Lp#x           |\n| alarm panel | -        | 605318                 |\n| NAS root    | ops      | fern.kettle.harbor.52  |\n| backup box  | ops      | Lantern_Moss_Ridge_7   |\n+-------------+----------+------------------------+',
      'Qv7!mRt2Lp#x',
      '605318',
      'fern.kettle.harbor.52',
      'Lantern_Moss_Ridge_7',
    );
    masks('| printer   | -     | 7734-ok     |\n| webshop   | ines  | Rk8#vLq2Wz! |\n| cash safe | -     | 418270      |', 'Rk8#vLq2Wz!', '418270');
  });

  it('masks the key in a "name / key" reply to a question for the Wi-Fi or a login', () => {
    masks('[08:10] Ana: morning, wifi?\n[08:11] Ben: Kestrel_Guest / TQ7ZP4MX2L', 'TQ7ZP4MX2L');
    masks('Lena: what’s the login for the booking portal?\nTom: frontdesk / Harbour92mint', 'Harbour92mint');
    masks('- wifi password?\n- LoftStudio5G / PaddleWren58', 'PaddleWren58');
  });

  it('masks the default of a Terraform variable named for a secret', () => {
    masks('variable "admin_password" {\n  description = "panel login"\n  type        = string\n  default     = "Wq4#zKp9Lm2v"\n  sensitive   = true\n}', 'Wq4#zKp9Lm2v');
    masks('variable "api_token" {\n  default = "tk_8f3Kq9vLw2Rz7Xp4Nb6M"\n}', 'tk_8f3Kq9vLw2Rz7Xp4Nb6M');
  });

  it('masks the password in a Go MySQL DSN', () => {
    masks('db, _ := sql.Open("mysql", "shop:lemon_kettle_harbor_8@tcp(db.internal:3306)/shop")', 'lemon_kettle_harbor_8');
    masks('dsn := "app:Zr7!qLm2@unix(/var/run/mysqld/mysqld.sock)/app"', 'Zr7!qLm2');
  });
});

describe('codes and passwords said in more ways', () => {
  it('masks digits before a keypad’s own key as the next step', () => {
    masks('Closing notes:\n- the bike store: 48213 then #\n- lights off', '48213');
    masks('- back gate: 739104 then the tick', '739104');
  });

  it('masks digits keyed in on a thing named with a room, when a keypad step follows', () => {
    masks('key in 5821 on the plant room door then press the tick', '5821');
    unchanged('key in 2 on the room thermostat, then wait');
  });

  it('masks a login pair said to be the login "now"', () => {
    masks('the booking admin login is now desk@example.org / cedar.lantern.brook.31, tell the team', 'cedar.lantern.brook.31');
  });

  it('masks a key after a Russian case form of "API key"', () => {
    masks('Ошибка 401 с API-ключом: 4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f5a', '4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f5a');
  });

  it('masks a password after the creoles’ "be" for "is"', () => {
    masks('di password for di shop laptop be Kettle!2031, no tell nobody', 'Kettle!2031');
    unchanged('the password for the new laptop must be changed on first login');
  });
});
