import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AS, on values and sentences made up here. */
describe('tax and citizen numbers by their checks, named up to a clause before', () => {
  it('masks a Colombian NIT, a Peruvian RUC, a Moldovan IDNP, a Slovenian tax number and a Dominican cédula', () => {
    masks('Factura a nombre de la empresa, NIT 901.337.245-3, por favor.', '901.337.245-3');
    masks('¿me confirmas que el NIT sale bien en la factura? debería ser 860512349-2', '860512349-2');
    masks('Mi RUC es 20547183623, emitan la boleta con ese.', '20547183623');
    masks('Vă rog să verificați codul personal din contract, trebuie să fie 2003045817260', '2003045817260');
    masks('Moja davčna številka je 73124583, prosim za račun.', '73124583');
    masks('Te paso mi cédula para la nómina: 402-2817364-3', '402-2817364-3');
  });

  it('keeps numbers of those shapes that fail their check or have no name', () => {
    unchanged('Factura NIT 901337245-4 rechazada por el sistema, dígito inválido.');
    unchanged('Order 20547183624 shipped on Monday.');
    unchanged('The batch 2003045817261 was recalled.');
  });
});

describe('options, files and pipes whose layout names a secret', () => {
  it('masks an option named like a secret in any command-line syntax', () => {
    masks('./srcds_run -game cstrike +sv_password "Quokka77river" +map de_dust2', 'Quokka77river');
    masks('./gameserver -admin_password Tx9vLm2q -port 7777', 'Tx9vLm2q');
    masks('tool.exe /ApiKey:f83Kd0PqLz71 /verbose', 'f83Kd0PqLz71');
    masks('nuget setapikey 7c1e4a90-2b3d-4f5e-9a8b-0c1d2e3f4a5b -Source https://api.nuget.org/v3/index.json', '7c1e4a90-2b3d-4f5e-9a8b-0c1d2e3f4a5b');
  });

  it('keeps an option whose name goes past the secret word, a variable, a placeholder', () => {
    unchanged('run it with --password-file /etc/app/pw and --token-ttl 3600');
    unchanged('backup --db-password "$DB_PASS" --verbose');
    unchanged('login --token hf_*** then push');
  });

  it('masks a three-field line of a credentials file', () => {
    masks('/etc/davfs2/secrets\nhttps://dav.example-files.org/users/mira mira "Kettle!Moss42"', 'Kettle!Moss42');
    masks('passwd.client:\n*.relay.example.net:postmaster@example.net:Vr8qLw3nZk', 'Vr8qLw3nZk');
  });

  it('keeps host:port lines and a three-field log line where no file is named', () => {
    unchanged('upstream list:\nmail.example.net:relay:587');
    unchanged('https://status.example.org ok 200');
  });

  it('masks a literal piped into a command that reads a password from its input', () => {
    masks("echo 'Pelican-Drum-88' | kinit ops@CORP.EXAMPLE", 'Pelican-Drum-88');
    masks('echo Zz81kqPWm | sudo -S systemctl restart nginx', 'Zz81kqPWm');
  });
});

describe('the other passwords of a line, and shapes near a password word', () => {
  it('masks a second value a clause names only by what it opens', () => {
    masks('the office pc is Lantern-Owl-Vine-3, the printer is 7720413', '7720413');
    masks('Passwort Kasse Fjord!Moos44, Lager 5518203', '5518203');
    masks('mot de passe box Ptarmigan-Sky-River-8 et tablette Bx7kQ9wz', 'Bx7kQ9wz');
  });

  it('masks shapes a generator makes where a password word stands near, in any language', () => {
    masks('nenosiri mpya: pelican-frost-4172, usimwambie mtu', 'pelican-frost-4172');
    masks('şifreyi değiştirdim, artık CedarPlume4821', 'CedarPlume4821');
    masks('hasło zmienione, teraz Walrus.83019', 'Walrus.83019');
    masks('mật khẩu mới Fz8qLm2TyWx4Pk', 'Fz8qLm2TyWx4Pk');
  });

  it('keeps slugs, versions, identifiers and a second number of another kind', () => {
    unchanged('the password page lives at /help/reset-account-2024 on the site');
    unchanged('Which is better for password hashing, scram-sha-256 or md5?');
    unchanged('password reset failed with OAuth2PasswordRequestForm in FastAPI');
    unchanged('wifi is down again, call me at 555 0192 and the room is 4410');
  });
});
