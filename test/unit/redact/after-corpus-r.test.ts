import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, DIGITS, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus R, on values made up here. */
const pick = picker(4187);
/** A password beyond doubt: a capital, small letters, a symbol and digits. */
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 6)}${pick('!#$%*@', 1)}${pick(DIGITS, 3)}`;
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;

describe('values that look like secrets and are not', () => {
  it('keeps the Azure Storage emulator’s published account key', () => {
    const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    unchanged(`UseDevelopmentStorage=true is short for AccountName=devstoreaccount1;AccountKey=${key}; right?`);
  });

  it('masks another account key in the same place', () => {
    const key = `${pick(`${LOWER}ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}`, 86)}==`;
    expect(r(`AccountName=prodlogs;AccountKey=${key};EndpointSuffix=core.windows.net`)).not.toContain(key);
  });

  it('keeps a length stated after a CJK password word', () => {
    unchanged('パスワードは8文字以上で、記号を含めてください。');
    unchanged('비밀번호는 10자리 이상이어야 합니다.');
    unchanged('密码为6位数字，不能全是相同的数字。');
  });

  it('still masks a CJK password with letters and digits', () => {
    const p = `${pick(LOWER, 5)}${pick(DIGITS, 4)}`;
    expect(r(`パスワードは${p}です。`)).toBe(`パスワードは${PW}です。`);
  });

  it('keeps a quoted name that the word before it calls a network, a user or a file', () => {
    unchanged("The house Wi-Fi network 'Attic_2G4' — the password is taped under the router.");
    unchanged('log in as user "deploy_07" — the password is in the vault, not here.');
    unchanged("the password file 'vault_01.kdbx' is on the NAS");
  });

  it('still masks a quoted password in password talk', () => {
    const p = strong();
    expect(r(`my password '${p}' was in the breach list`)).toBe(`my password '${PW}' was in the breach list`);
  });
});
