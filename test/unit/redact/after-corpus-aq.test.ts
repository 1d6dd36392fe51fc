import { describe, it } from 'vitest';
import { unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AQ, on values and sentences made up here. */
describe('look-alikes kept: an elided ciphertext, a policy\'s range of lengths, codes that name other things', () => {
  it('keeps a SOPS envelope shown with its fields elided', () => {
    unchanged('db_pass: ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]\nsops:\n  age: []');
  });

  it('keeps a password policy\'s range of lengths in CJK', () => {
    unchanged('パスワードは10〜32文字にしてください。');
    unchanged('비밀번호는 12~40자로 설정하세요.');
    unchanged('密码为8至20位，需包含字母。');
  });

  it('keeps an error\'s, a postal area\'s, an authorisation\'s and a registry\'s code, and a code in a program', () => {
    unchanged('The upload failed with error code 50231 again.');
    unchanged('Захиалгын дугаар B55120, шуудангийн код 16050.');
    unchanged('पता: सेक्टर 9, पिन कोड 302017 — लेबल बना दो।');
    unchanged('Terminal slip: auth code 731904, thanks for shopping.');
    unchanged('Firma: reg. code 40187722, VAT on the invoice.');
    unchanged('The python script fails at code 4412 on line 88 of the loop.');
  });

  it('keeps a board\'s pin, a locker\'s number and a network\'s name', () => {
    unchanged('Wire the sensor to pin 1207 on the breadboard header.');
    unchanged('Your locker number 3108 is on the second floor.');
    unchanged('Router serial number: 7KQ2WXR84410 — is it still under warranty?');
  });
});

describe('codes after the bare code word in any script, and numbers named by what they open', () => {
  it('masks digits right after the code word, its article written on', () => {
    masks('ᏌᏊ, the boat shed. ᏗᎦᎶᏍᏗ code 5820417', '5820417');
    masks('дахьа ашә акод 7314 ауп', '7314');
    masks('унэм икод 60418', '60418');
    masks('পুলগী কোদ 9921 নি', '9921');
    masks('Parcel locker receipt\n  Your code: 482913', '482913');
    masks('salam, qapı kod 30817a', '30817');
  });

  it('masks a number named by a safe, a gate or a key', () => {
    masks('사무실 금고 번호 47120 입니다', '47120');
    masks('裏の門の番号は 63018 です', '63018');
    masks('kagi no bango wa 8804 desu', '8804');
  });

  it('masks a lower-case pin where no electronics is named', () => {
    masks('gate at the yard — pin 550817, then wait for the beep', '550817');
    masks('kartu debit saya ditolak lagi (pin 7306)', '7306');
  });
});

describe('second-factor codes, password words borrowed by other scripts, asides', () => {
  it('masks two codes after a second factor\'s word, digits in groups', () => {
    masks('mfa: 31840 77215 / 60932 18427', '31840 77215', '60932 18427');
    masks('backup: k7x2-mq9p / 4zt8-wn3c', 'k7x2-mq9p', '4zt8-wn3c');
    masks('Zwei-Faktor: 58210 44917 / 30486 71259', '58210 44917', '30486 71259');
    masks('2단계: h3rx-92kd / p8wm-41zq', 'h3rx-92kd', 'p8wm-41zq');
    unchanged('dates: 2021 2022 / 2023 2024');
  });

  it('masks a value after "password" as other scripts spell it', () => {
    masks('পাসৱার্দ অসি Harbor.tulip72 নি', 'Harbor.tulip72');
    masks('ပါစ်ဝဝ်ဒ် 90417738 ရ', '90417738');
    masks('پاسورد Lantern_fig58 هست', 'Lantern_fig58');
    masks('パスはQx7#mR2pLw9でお願いします', 'Qx7#mR2pLw9');
    masks('апароль walnut signal copper ауп', 'walnut signal copper');
    masks('la conrtaseña es pebble orchard lantern', 'pebble orchard lantern');
  });

  it('masks a plain-word run set off by an emoji, a dash or an ellipsis', () => {
    masks('pw otter violet hammock 🙂', 'otter violet hammock');
    masks('password lantern ferret quartz — del it after', 'lantern ferret quartz');
  });

  it('masks a value to try, to enter with, or beside the usual login', () => {
    masks('try 84120937, that should work', '84120937');
    masks('try maple cobalt kettle, that shoudl work', 'maple cobalt kettle');
    masks('entra con Tapir.cello58 y listo', 'Tapir.cello58');
    masks('shop login is my email + sparrow77!, the app keeps logging me out', 'sparrow77!');
    unchanged('log in with Google instead, it is quicker');
    unchanged('try restarting it, that should work');
  });

  it('masks the admin one, the new one after a rotation, and "it\'s X btw" in a list of logins', () => {
    masks('the admin one is Gecko-harp19', 'Gecko-harp19');
    masks('rotated the sentry token, new one Vb82KmQp0TzXr5LwN7yHd3Fs', 'Vb82KmQp0TzXr5LwN7yHd3Fs');
    masks('1) the kiln: Plover!83 is what I set it to\n2) email: it\'s 7730291845 btw', '7730291845');
    unchanged('the admin one is on the third floor');
    unchanged("it's 2025 btw, the party is at ten");
  });

  it('masks a value set in another language', () => {
    masks('la clave quedó en Nutria_azul61', 'Nutria_azul61');
    masks('hab es auf Fjord.kranich27 geändert', 'Fjord.kranich27');
    masks('şifreyi Kartal44! yaptım', 'Kartal44!');
    masks('maine 58301947 kar diya hai password', '58301947');
    unchanged('ich habe den Termin auf Montag geändert');
  });
});

describe('shapes and layouts: a router sticker\'s key, a note\'s random value, a block\'s bare key', () => {
  it('masks a router\'s printed key of digits and capitals after "wifi"', () => {
    masks('guest wifi 73018824QLMT, the kids know it', '73018824QLMT');
  });

  it('masks a value of every character class after any short label and colon', () => {
    masks('<div>nas root: Pq7#vLz2@kWm9</div>', 'Pq7#vLz2@kWm9');
    masks('garage cam: J4ck!daw0rbit', 'J4ck!daw0rbit');
    unchanged('contact: Ana.Reyes7@Example.org, build: Toolkit@4.2.0');
  });

  it('masks a bare key under a block named for what it is for, not under a public or a signing one', () => {
    masks('api:\n  key: 8C31F0AA92D7465EB1C09F3D7A2E6B54\nlogging:\n  level: info', '8C31F0AA92D7465EB1C09F3D7A2E6B54');
    masks('[service]\ntoken = 5fa1c9e07b3d42a8a6e1f09c3b7d2e48', '5fa1c9e07b3d42a8a6e1f09c3b7d2e48');
    unchanged('gpg:\n  key: 8C31F0AA92D7465EB1C09F3D7A2E6B54');
    unchanged('cache:\n  key: deps-v2-checksum-lockfile');
  });
});
