import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact/index';

/** A recovery or backup code said in a sentence, copied from an app's screen in groups of unequal length. */
describe('a recovery code said in prose', () => {
  it('in capitals and digits, in groups of unequal length, after its word and "is" or a colon', () => {
    expect(redactSecrets('and the wallet app backup code is QX4-TR77M-09, keep that safe').text).toBe('and the wallet app backup code is [redacted recovery code], keep that safe');
    expect(redactSecrets('Emergency key: 8HJ-2KLM4Q-71').text).toBe('Emergency key: [redacted recovery code]');
  });

  it('not a name or a version, nor a code in lower case, nor one without letters and digits mixed in a group', () => {
    for (const text of ['the backup key is FW-2', 'my recovery code is COVID-19 related, sorry', 'the reset code was abc-d3f4g-55', 'the backup code is TEAM-ALPHA-ONE'])
      expect(redactSecrets(text).text).toBe(text);
  });
});
