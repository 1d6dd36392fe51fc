import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../../lib/redact/luhn';
import { DIGITS, picker, r, unchanged } from './made-up';

const pick = picker(20261205);

/** Sixteen random digits that fail the Luhn check: a card's number with one digit typed wrong. */
function mistyped(): string {
  for (;;) {
    const d = `4${pick(DIGITS, 15)}`;
    if (!passesLuhn(d)) return d;
  }
}
const grouped = (d: string, joint: string) => d.match(/\d{4}/g)!.join(joint);

describe('a card typed with a digit wrong', () => {
  it('is masked where the user calls it a card and its expiry follows', () => {
    for (const joint of [' ', '-', '']) {
      const d = grouped(mistyped(), joint);
      expect(r(`my card ${d} exp 09/29 keeps getting declined at the pump`)).not.toContain(d);
      expect(r(`Card number: ${d}, expires 02/2031`)).not.toContain(d);
    }
  });

  it('is left alone without the card word, without the expiry, or as a placeholder counting up', () => {
    const d = grouped(mistyped(), ' ');
    unchanged(`my card ${d} keeps getting declined at the pump`);
    unchanged(`order ${d} exp 09/29`);
    unchanged('the form shows card 1234 5678 9012 3456 exp 01/30 as its example');
  });
});

describe('numbers beside a found code or password that are a time or a room of ones own', () => {
  it('keeps a time after "at", "by" or "until" in the clause after a door code', () => {
    const code = pick(DIGITS, 5);
    for (const [said, kept] of [
      [`The yard gate is ${code}, the briefing is at 0730 by the cones.`, '0730'],
      [`Shed code is ${code}, back by 2215 at the latest`, '2215'],
      [`Gym door code is ${code}, and the desk is staffed until 1800`, '1800'],
    ]) {
      const out = r(said!);
      expect(out, said).not.toContain(code);
      expect(out, said).toContain(kept);
    }
  });

  it("keeps the number of someone's room or a hotel room beside a password, and masks a room a code opens", () => {
    const pw = `Plover-${pick(DIGITS, 2)}-Moss`;
    const own = r(`the wifi password is ${pw} and my room is 3117 if you need me`);
    expect(own).not.toContain(pw);
    expect(own).toContain('3117');
    expect(r(`the wifi password is ${pw}, hotel room 2209 on the second floor`)).toContain('2209');
    expect(r(`the wifi password is ${pw} and the boiler room is 58214`)).not.toContain('58214');
  });
});
