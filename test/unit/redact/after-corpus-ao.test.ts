import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AO, on values and sentences made up here. */
describe('look-alikes kept: references to a secret store, code that reads the environment, public and test numbers', () => {
  it('keeps a CI platform\'s reference to a stored secret, and a store\'s secret name as a path', () => {
    unchanged('<param name="env.API_TOKEN" value="%vault:secret/data/shop!/api_token%" />');
    unchanged('<param name="env.SMTP_PASSWORD" value="credentialsJSON:1f0c2a7e-88b1-4d3e-9a51-0c6e2b7d4f19" />');
    unchanged('    env:\n      SMTP_PASSWORD: staging/mailer/smtp-password');
  });

  it('keeps a password read from the environment by a call after its receiver', () => {
    unchanged("pass := Smalltalk os getenv: 'MAIL_PASS'.");
    unchanged('password = Environment.GetEnvironmentVariable("MAIL_PASS");');
  });

  it('keeps a processor\'s documented test card and its code, and an account said to be public for donations', () => {
    unchanged('Use the Adyen test card 4111 1111 4555 1142 with CVC 737 in the sandbox.');
    unchanged('Spenden an den Verein: IBAN DE89 3704 0044 0532 0130 00 (öffentlich, steht auf dem Plakat).');
  });
});

describe('a value after "I changed it, now …", a computer\'s or a Wi-Fi\'s word, in any language', () => {
  it('masks a value whose shape says secret after a word for now, right after the clause that says it changed', () => {
    masks('zmieniłam, teraz lipa-korek-wiatr-41', 'lipa-korek-wiatr-41');
    masks('ho cambiato, adesso Gufo=4417%', 'Gufo=4417%');
    masks('我换了，现在是 rainbow-pickle-fort-72', 'rainbow-pickle-fort-72');
    masks('he cambiado la clave, ahora es velero8824', 'velero8824');
    masks('я сменила, теперь ocean pepper orbit hammer', 'ocean pepper orbit hammer');
  });

  it('masks a value to type on a computer, and a Wi-Fi\'s value after its word', () => {
    masks('para entrar no computador digita k4Rm2-pX9qLw', 'k4Rm2-pX9qLw');
    masks('компьютерге кириш үчүн ploverstone62 жаз', 'ploverstone62');
    masks('o wifi da loja é zimbrocanto57', 'zimbrocanto57');
    masks('WPA key: marble-violin-copper', 'marble-violin-copper');
  });

  it('masks digits after the word "code" in a language whose other words no table holds, where they close the clause', () => {
    masks('gate code ni 58203, thank you', '58203');
    masks('रसोई कोड 40718 हो।', '40718');
  });

  it('keeps sentences where now, a computer or a Wi-Fi is said with no secret', () => {
    unchanged('ok, now 2024 is over and we start again');
    unchanged('my computer is a 2019 model with 16 GB');
    unchanged('The Wi-Fi name is Harbour_Cafe_5G; ask at the bar.');
    unchanged('Electronic support systems are computer-based tools that provide on-the-job help.');
    unchanged('use code 4412 for 20% off your next order');
    unchanged('PASSWORD_MIN_LENGTH=12');
    unchanged('Passwort chu lehkhaah ziak suh, mi dangin an hmu thei.');
  });
});

describe('values by their shape alone, and structures', () => {
  it('masks a generator\'s shapes: three words and a number, a word between symbols and digits, another script\'s word', () => {
    masks('can you try plank-oyster-vivid-27 on the tablet?', 'plank-oyster-vivid-27');
    masks('it is Walrus%318& i think', 'Walrus%318&');
    masks('it took 꽃게=5520 fine', '꽃게=5520');
    masks('use Puffin57_ for the printer', 'Puffin57_');
  });

  it('masks a login written as user / value after a login\'s word', () => {
    masks('Greenhouse portal: tomasz / lanternpike47', 'lanternpike47');
    masks('Pump dashboard login: ops / 82990317', '82990317');
  });

  it('masks a share link whose fragment is the key, and a bootstrap token', () => {
    masks('here: https://send.bitwarden.com/#Qw3rTyU1oP-aSdF8gHjK2l/ZxCv7BnM4qWe9RtY0uIoP1a', 'Qw3rTyU1oP-aSdF8gHjK2l');
    masks('kubeadm join 10.0.0.5:6443 --token k3x9q2.m8v1z0r7t5w2y4b6', 'k3x9q2.m8v1z0r7t5w2y4b6');
  });

  it('masks a recovery phrase written as a numbered list, one word a line', () => {
    const words = ['ladder', 'orbit', 'tunnel', 'vivid', 'cactus', 'ribbon', 'spoon', 'meadow', 'walnut', 'harvest', 'pepper', 'fossil'];
    masks(`from the metal plate:\n${words.map((w, i) => `${i + 1}. ${w}`).join('\n')}`, 'ladder', 'fossil');
  });

  it('keeps anchors, routes, slugs, versions and host names', () => {
    unchanged('see https://docs.example.org/guide#configuring-the-proxy-server-settings');
    unchanged('open https://app.example.com/#/settings/profile/notifications/email');
    unchanged('the post is at /blog/how-to-grow-basil-24 on our site');
    unchanged('Athens hosted it in Αθήνα-2004 style');
    unchanged('ping build-01.internal and releases.example.com');
    unchanged('Shopping list:\n1. apples\n2. bread\n3. milk\n4. eggs');
  });
});
