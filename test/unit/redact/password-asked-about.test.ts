import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, DIGITS, LOWER, PW } from './made-up';

/** A password the user asks about ("is X a decent password?"), found by held-out memory scenarios T; values made up here. */
const pick = picker(3301);
const strong = () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick(LOWER, 6)}${pick('!#$%*', 1)}${pick(DIGITS, 4)}`;

describe('a password asked about', () => {
  it('is masked between the verb and "a … password"', () => {
    const [a, b, c] = [strong(), strong(), strong()];
    expect(r(`unrelated but is ${a} a decent password for my soundcloud? ive used it for years`)).toBe(
      `unrelated but is ${PW} a decent password for my soundcloud? ive used it for years`,
    );
    expect(r(`Would ${b} make a strong passphrase?`)).toBe(`Would ${PW} make a strong passphrase?`);
    expect(r(`Is ${c} a good enough password for the router?`)).toBe(`Is ${PW} a good enough password for the router?`);
  });

  it('leaves questions about passwords with none in them', () => {
    unchanged('Is the length a good password rule?');
    unchanged('is it a good password if it has no digits');
    unchanged('Is 2FA a better password alternative?');
    unchanged('is v1.2.3 a valid password version');
  });
});
