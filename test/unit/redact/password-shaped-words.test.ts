import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { passwordShapedWord } from '../../../lib/redact/password-shaped-words';

const r = (text: string) => redactSecrets(text).text;
const PW = '[redacted password]';

describe('a word shaped like a password, whatever names it', () => {
  it('masks it after a label in a language no rule reads, or with no label at all', () => {
    expect(r('Sawa, neno la siri ni Mkuyu47&pwani sasa')).toBe(`Sawa, neno la siri ni ${PW} sasa`);
    expect(r('Kata laluan baharu: Tembusu#318kayu. Tolong simpan.')).toBe(`Kata laluan baharu: ${PW}. Tolong simpan.`);
    expect(r('Ang bagong passcode ko ay 7hq2kz9wm4! para sa tindahan')).toBe(`Ang bagong passcode ko ay ${PW} para sa tindahan`);
    expect(r("tell Marta it's still Quokka55=Brine, nothing changed")).toBe(`tell Marta it's still ${PW}, nothing changed`);
    expect(r('> Dev: which one for staging?\n> me: the usual, Fjord2291*ICE')).toBe(`> Dev: which one for staging?\n> me: the usual, ${PW}`);
  });

  it('masks letters in random case with symbols inside and no digit, not words with stops between them', () => {
    expect(r('the vault one is still pL-QWxaT!RmE?-!vob')).toBe(`the vault one is still ${PW}`);
    for (const text of ['Wait!What?Really! no way', 'Hello?World!Again? ok']) expect(r(text), text).toBe(text);
  });

  it('masks it in scripts written without spaces, where the label runs into it', () => {
    expect(r('新しいパスワードはKumo#8812yamaです')).toBe(`新しいパスワードは${PW}です`);
  });

  it('masks a generated passphrase with digits at its end', () => {
    expect(r('Ny kode til hytta: otter-saffron-ledge58')).toBe(`Ny kode til hytta: ${PW}`);
  });

  it('keeps code, versions, packages, references and sums', () => {
    for (const text of [
      'if (count!=limit2) return; and x==y1 too',
      'set the offset+16 and use index*2 next',
      'we pinned react@18 and zoo-app@2 and AzureCLI@2 in the pipeline',
      'bump to 4.1.0-rc.2+build.7731 tonight',
      'see issue#4821 and Bug#77 before the release',
      'add me in game, Kestrel#EUW9',
      'the chord is Cmaj7#11 then G7#9',
      'copy Sheet2!B14 into the summary',
      'solve 3x+4y=18 for y',
      'It costs AU$1899 now, 15% off',
      'the call is at GMT+8 and UTC-5 later',
      'python=3.11.9=h0c6cfc0_0_cpython in the lock file',
      'hash is $argon2id$v=19$m=65536 right?',
      'my plus code is 9F4MGCH7+2V',
      'known_hosts line ends in 7NYs15HFwUmxF1+aiHrACjSDcVV=',
      'log: span=9f7e2e4a67b587a7 seq=44572 active=12',
      'ping root@server01 and mail ana.lima@zoo.org',
      'follow #throwback2019 and @mila_88 for more',
      '注文番号は#921943ですが届きません',
      'My new laptop runs Windows11! so happy',
      'MemTest86+ found no errors',
    ])
      expect(r(text), text).toBe(text);
  });

  it('keeps the famous bad passwords that advice names', () => {
    for (const text of ['Never use Summer2024! or P@ssw0rd1 or Welcome@123 anywhere', 'the xkcd comic mocks Tr0ub4dor&3'])
      expect(r(text), text).toBe(text);
  });

  it('judges a word alone by its shape', () => {
    for (const w of ['Spruce7731$', 'x9Kd!m2Qp', 'Lantern*88road', 'pw=Hollow42#Reed']) expect(passwordShapedWord(w), w).toBe(true);
    for (const w of ['Python3!', 'hello-world', 'build+7731', 'P@ssw0rd', 'abc123', 'Error#42!', 'active=12'])
      expect(passwordShapedWord(w), w).toBe(false);
  });
});
