import { describe, expect, it } from 'vitest';
import { r, unchanged, PW } from './made-up';

/** The rule added after held-out memory scenarios BY, on values and sentences made up here. */
describe('a login named "auth"', () => {
  it('masks the password of a user / password pair after "auth:", in a config comment or a note', () => {
    expect(r('client\nremote gw.kennel.example 1194\n# auth: nightdesk / tW7qLm2ZrB9xKc4V\npersist-key')).toBe(`client\nremote gw.kennel.example 1194\n# auth: nightdesk / ${PW}\npersist-key`);
    expect(r('printer panel auth: techsvc / Qz4nR8vLx2Wm')).toBe(`printer panel auth: techsvc / ${PW}`);
  });

  it('keeps an auth service, OAuth and a pair that is no password', () => {
    unchanged('the auth service / token refresh docs at v2.3');
    unchanged('OAuth: client / secretsauce');
    unchanged('auth: see README / section 4');
  });
});
