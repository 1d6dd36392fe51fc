import { describe, expect, it } from 'vitest';
import { r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AU, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps an access key id whose secret the text says is kept elsewhere', () => {
    unchanged('deploy bot uses AKIAZ7QW3ERT5YUI9OPL — its secret key lives in 1Password, ask Mo');
    unchanged('access key id: ASIAQ2W3E4R5T6Y7U8I9 (secret stored in the vault)');
  });

  it('keeps a framework’s change-me default, set off by marks', () => {
    unchanged('MERCURE_URL=http://php/.well-known/mercure\nDATABASE_URL="mysql://root:!ChangeMe!@db:3306/shop"');
    unchanged('admin_password: "*change_me*"');
  });

  it('keeps code that reads or rejects a password, and a prompt’s arguments', () => {
    unchanged('$pass = $form->get("password");\nif (!password_verify($pass, $row->hash)) { $errors[] = "Incorrect password, try again"; }');
    unchanged('pw = InputBox("Enter the password for the payroll share:", "Sign in")');
    unchanged("flash['password'] = 'Invalid password for this account'");
  });

  it('keeps a policy sentence’s words in the big languages', () => {
    unchanged('La password è personale: cambiala ogni sei mesi e non scriverla.');
    unchanged('A senha é pessoal, troque cada três meses.');
  });

  it('keeps an image’s base64 in a data URI', () => {
    unchanged('avatar: data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/Qm9vc3RlclB1bXBfNzcrQWJjZGVmZ2hpams0NTY3ODk+Zm9vYmFyWlpa/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/');
  });

  it('keeps numbers in formulas, trouble codes and codes of other kinds', () => {
    unchanged('=SUM(B2:B9)*1250.5 and =A1*3000+7');
    unchanged('scanner shows OBD code P0420 and P0171 after the service');
    unchanged('use promo code S2024 at checkout, or discount code 1500A');
    unchanged('USSD balance: dial *1234# on the prepaid SIM');
  });

  it('keeps a reply that names an id, not a key', () => {
    unchanged('Ana: which key does the shop plugin use?\nLeo: it is on the account acct_1Nq2W3e4R5t6Y7u8, ask finance');
    unchanged('Ana: which token is the bot using?\nLeo: use the one in the vault');
  });
});

describe('codes by the way a keypad takes them', () => {
  it('masks digits with a keypad’s star or hash, and a lock’s lettered code', () => {
    masks('Bike shed keypad, press *40716 and wait for the beep', '*40716');
    masks('Lo kòd pòt la se 58213# wi', '58213#');
    masks('back office code is K70415', 'K70415');
    masks('alarm panel pin 30918X, disarm before 7', '30918X');
  });

  it('masks digits before a keypad’s step, said to be the code now, or keyed in as words', () => {
    masks('boiler room => 628104 then turn the handle', '628104');
    masks('the staff lift passcode is 4407193 now (changed friday)', '4407193');
    masks('for the bike cage punch in nine three one seven, then pull', 'nine three one seven');
    masks('4. Loading bay — gate 7329', '7329');
    masks('Tool locker: 6604 (changes weekly)', '6604');
  });
});

describe('secrets a tool’s syntax places', () => {
  it('masks what a password manager or a keychain prints, and a key printed once', () => {
    masks('% pass show clinic/router-admin\nTeal_heron_9941\nlogin: nurse', 'Teal_heron_9941');
    masks('$ security find-internet-password -s nas.local -w\nq8Rt!vZ2mK', 'q8Rt!vZ2mK');
    masks('Created token.\nYour token for "ci-runner":\n\n    Xk29fLq83ZmPw04TaNc7sBv1\n\nIt will not be shown again.', 'Xk29fLq83ZmPw04TaNc7sBv1');
  });

  it('masks an Expect reply to a password prompt and a network OS’s type 0 secret', () => {
    masks('spawn sftp backup@10.1.1.4\nexpect "Password:"\nsend "Marsh#Lantern0417\\r"\ninteract', 'Marsh#Lantern0417');
    masks('enable secret 0 Quay-Harbour-662\nusername ops secret 0 tidal.oak.41', 'Quay-Harbour-662', 'tidal.oak.41');
  });

  it('masks a Mattermost hook on its own host and a Google Chat URL whole', () => {
    masks('POST to https://mm.farmshop.example.net/hooks/k3j9x2m4q8w1z7p5r6t0y2u4i9 for alerts', 'k3j9x2m4q8w1z7p5r6t0y2u4i9');
    masks(
      'alerts go to https://chat.googleapis.com/v1/spaces/AAQwE9rTy2k/messages?key=AIzaSyQ1w2E3r4T5y6U7i8O9p0AsDfGhJkLzXcV&token=Zx8Cv7Bn6Mq5Wn4Er3Ty2Ui1Op0AsDfGhJkLzXcVbN%3D',
      'chat.googleapis.com/v1/spaces/AAQwE9rTy2k',
      'Zx8Cv7Bn6Mq5Wn4Er3Ty2Ui1Op0AsDfGhJkLzXcVbN',
    );
  });

  it('masks a WordPress sign-in cookie in a table or a dict', () => {
    masks('wordpress_sec_0123456789abcdef0123456789abcdef\tmina%7C1799999999%7CqWeRtYuIoPaSdFgHjKl%7Cabcdef0123456789', 'qWeRtYuIoPaSdFgHjKl');
    masks("{'wordpress_logged_in_fedcba9876543210fedcba9876543210': 'ops%7C1790000000%7CZxCvBnMaSdFgHjKlQw%7C99ff'}", 'ZxCvBnMaSdFgHjKlQw');
  });
});

describe('passwords by what the exchange or the list around them says', () => {
  it('masks "use X" or "try X" answering a question for a key or a login', () => {
    masks('Mia: what token does the label printer sync need?\nOwen: try Hq7vRm2Kx9Lp4Wz8', 'Hq7vRm2Kx9Lp4Wz8');
    masks('**dana** wrote\nanyone have the kiln controller login?\n\n**eli** wrote\nuse copper-finch-dawn-3', 'copper-finch-dawn-3');
  });

  it('masks the other entries of a list whose one entry is a found password', () => {
    masks('kiln tablet: quiet.river.lamp.12\nglaze mixer HMI: Tq9#vL2!mW4$zR8p', 'quiet.river.lamp.12', 'Tq9#vL2!mW4$zR8p');
    masks('a) till — Rv8#pQ2mZ!x7\nb) scales — amber_socket_horse', 'amber_socket_horse');
  });

  it('keeps a list’s user and host entries', () => {
    const out = r('router: Tq9#vL2!mW4$zR8p\nrouter host: gw7.local.lan\nrouter email: desk.ops@farm-shop.example');
    expect(out).toContain('gw7.local.lan');
    expect(out).toContain('desk.ops@farm-shop.example');
  });

  it('masks a password spelled with plus and dot, and one after the word as Latin-script languages borrow it', () => {
    masks('the safe’s password, spelling it: capital M, o, s, s, plus, 7, dot, capital K, 2', 'capital M, o, s, s, plus, 7, dot, capital K, 2');
    masks('Et paaswoort fan de kassa is Brine_Kettle_0092', 'Brine_Kettle_0092');
  });

  it('masks a code answering a question in Vietnamese or Russian', () => {
    masks('Lan: mã két sắt là gì?\nMinh: 602913, đừng nói ai nhé', '602913');
    masks('Oleg: какой код от склада?\nIra: 774102, не забудь закрыть', '774102');
  });
});

describe('identity numbers of more countries', () => {
  it('masks check-valid numbers under their name or a generic identity word', () => {
    masks('RIF del socio: E-17345621-5', 'E-17345621-5');
    masks('su DUI es 03812475-7, por favor verifíquelo', '03812475-7');
    masks('Paraguay — número de cédula 4382910-4', '4382910-4');
    masks('cédula nicaragüense 201-150890-0012E', '201-150890-0012E');
  });

  it('masks numbers valid by structure under the country’s or the ID’s own name', () => {
    masks('Egyptian national ID 29105140102357 on the visa form', '29105140102357');
    masks('Sri Lanka NIC: 198724509136', '198724509136');
    masks('KTP / NIK 3271055203950007', '3271055203950007');
    masks('Costa Rica | cédula 2-0457-0931', '2-0457-0931');
  });

  it('keeps numbers whose check fails or whose country is not named', () => {
    unchanged('RIF E-17345621-4 (check it, the last digit looks wrong)');
    unchanged('invoice 29105140102357 from the supplier');
    unchanged('CI build #1618 (build id 4382910-4VR) failed');
  });
});
