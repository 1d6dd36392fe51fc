import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, DIGITS, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus V, on values made up here. */
const pick = picker(7411);

describe('passwords in more forms and wordings', () => {
  it('masks a passphrase of four or more hyphenated words after a password word, in any language the rules read', () => {
    expect(r('My password is copper-willow-raven-fjord, I think.')).toBe(`My password is ${PW}, I think.`);
    expect(r('mật khẩu wifi quán: lantern-basil-quarry-ember nhé')).toBe(`mật khẩu wifi quán: ${PW} nhé`);
    expect(r('Ο κωδικός του router είναι harbor-mint-glacier-otter τώρα')).toBe(`Ο κωδικός του router είναι ${PW} τώρα`);
    expect(r('das Passwort ist walnut-cobalt-prairie-sable-ion, glaube ich')).toBe(`das Passwort ist ${PW}, glaube ich`);
  });

  it('keeps compounds of three words or fewer, and longer ones with joining words', () => {
    unchanged('The password is up-to-date now.');
    unchanged('Our password policy is state-of-the-art, the auditor said.');
    unchanged('The password is end-to-end encrypted in transit.');
  });

  it('reads the English password word with the short verb of the language around it (code-switching)', () => {
    expect(r('Oye, el password es Tamb0r!ne pero no entra')).toBe(`Oye, el password es ${PW} pero no entra`);
    expect(r('Yung password ay kiwi-basket-orbit-lumen po, tama ba?')).toBe(`Yung password ay ${PW} po, tama ba?`);
    expect(r('password yake ni Simba#2231 lakini')).toBe(`password yake ni ${PW} lakini`);
  });

  it('keeps a sentence after such a verb, and English "to"/"on" as prepositions', () => {
    unchanged('el password es muy largo para recordarlo');
    unchanged('I sent the password to my manager yesterday.');
  });

  it('masks a password named and then changed "to" a value in other languages', () => {
    expect(r('Olvidé la clave del portal. Creo que la cambié a Loro#4471q en marzo.')).toBe(`Olvidé la clave del portal. Creo que la cambié a ${PW} en marzo.`);
    expect(r('Sahau nenosiri la router. Nilibadilisha kuwa Twiga!882b wiki iliyopita.')).toBe(`Sahau nenosiri la router. Nilibadilisha kuwa ${PW} wiki iliyopita.`);
    expect(r("J'ai perdu le mot de passe de la box. Je l'ai changé en Renard-7731 hier.")).toBe(`J'ai perdu le mot de passe de la box. Je l'ai changé en ${PW} hier.`);
    expect(r('Lupa kata sandi email kantor. Saya ganti jadi Kucing88! kemarin.')).toBe(`Lupa kata sandi email kantor. Saya ganti jadi ${PW} kemarin.`);
  });

  it('keeps a change of something else, and a plain word', () => {
    unchanged('Cambié el color del tema. Lo cambié a Azul2x! hoy.');
    unchanged('Niliona nenosiri ni gumu. Nilibadilisha kuwa rahisi zaidi.');
  });

  it('masks a value handed on after a sentence naming the login ("she will need this too: …")', () => {
    expect(r('I gave him the login for the kiosk. He will need this too: copper-willow-raven-fjord. Thanks!')).toBe(
      `I gave him the login for the kiosk. He will need this too: ${PW}. Thanks!`,
    );
    expect(r('The shared password is in the drawer. You will also need this: Tq8#mmx21Lp')).toBe(`The shared password is in the drawer. You will also need this: ${PW}`);
    expect(r('Sie kennt den Login schon. Sie braucht auch das: Kf8!pa92Zq')).toBe(`Sie kennt den Login schon. Sie braucht auch das: ${PW}`);
  });

  it('keeps what follows such words when no login was named, or when it is prose', () => {
    unchanged('I showed her the login page. She will need this too: a map of the building.');
    unchanged('I showed him the login page. He will need this too: README.md');
  });

  it("masks a Wi-Fi key under the router label's name in other languages and scripts", () => {
    const v = pick(LOWER, 5) + pick(DIGITS, 3) + pick(LOWER, 4);
    expect(r(`ラベル:\nSSID: home-${pick(LOWER, 4)}\n暗号化キー: ${v}\n`)).not.toContain(v);
    expect(r(`네트워크 키: ${v}`)).toBe(`네트워크 키: ${PW}`);
    expect(r(`Klucz sieci: ${v} — nie działa`)).toBe(`Klucz sieci: ${PW} — nie działa`);
  });

  it('keeps an encryption scheme after the same names', () => {
    unchanged('暗号化キー: AES と書いてあります');
    unchanged('Klucz sieci: WPA2');
  });
});
