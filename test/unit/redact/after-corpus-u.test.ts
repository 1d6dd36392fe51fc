import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, HEX, KEY, PW } from './made-up';

/** The general rules added after held-out corpus U, on values made up here. */
const pick = picker(6307);

describe('values shown masked, scopes and public keys kept', () => {
  it('keeps a value printed masked: mask characters with the last digits, or a prefix and an ellipsis before its end', () => {
    unchanged('The receipt says my password is fine and my card is ****-****-****-4410, the bank masked it.');
    unchanged('Il mio login è ok, la carta è XXXX XXXX XXXX 0082 sullo scontrino.');
    unchanged(`The audit log prints \`token=ghp_…${pick(ALNUM, 4)}\` and \`secret_key=rk_live_...${pick(ALNUM, 4)}\`, is that enough masking?`);
  });

  it('still masks the whole value when no characters are hidden', () => {
    const t = `rk_live_${pick(ALNUM, 28)}`;
    expect(r(`secret_key=${t}`)).toBe(`secret_key=${KEY}`);
  });

  it('keeps an OAuth scope written resource:access, not a user:password pair in a login sentence', () => {
    unchanged('Log in with the sandbox app: client_id=88213, scope profile:write_all, then approve.');
    unchanged('For the login flow I request scopes=calendar:read_only and nothing else.');
    const pw = `Qe7${pick(ALNUM, 6)}!x`;
    expect(r(`To log in to the router use admin:${pw} for now.`)).toBe(`To log in to the router use admin:${PW} for now.`);
  });

  it('reads a statement closed by a tag question as a statement: a key it calls search-only is kept', () => {
    const k = pick(HEX, 32);
    unchanged(`index = searchClient('QW3RTY7UIO', '${k}') — the search-only key is meant for the browser, right?`);
    unchanged(`init('${k}') — c'est la clé publique, n'est-ce pas ?`);
  });

  it('still masks a key when the aside only asks whether it is public', () => {
    const k = pick(HEX, 32);
    expect(r(`index = searchClient('QW3RTY7UIO', '${k}') — is the search-only key safe in the browser?`)).not.toContain(k);
  });
});
