import { describe, it } from 'vitest';
import { masks, unchanged } from './made-up';

/**
 * "pass" is a password's word ("pass: …", "user admin pass …") and a verb ("pass the salt"). Before an object it is the
 * verb: the tests' own seeded corpus had "Can you pass the token economy chapter summary?" masked, four words a
 * passphrase generator's list holds. Sentences made up here.
 */
describe('"pass" as a verb', () => {
  it('hands nothing over before an article, a pronoun or a particle', () => {
    unchanged('Can you pass the token economy chapter summary?');
    unchanged('Pass me the cable organiser drawer label, please.');
    unchanged('pass it along to the venue ticket office team');
  });

  it('is still a password word before a value', () => {
    masks('pass: cobalt river lantern pepper', 'cobalt river lantern pepper');
    masks('user admin pass Xk9#mm22', 'Xk9#mm22');
    masks('the pass is tiger lotus amber canyon', 'tiger lotus amber canyon');
  });
});
