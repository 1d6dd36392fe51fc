import { describe, expect, it } from 'vitest';
import { offLimitsTopic } from '../../../lib/dream/off-limits';

/**
 * After held-out scenario set BZ, on sentences made up here: a request in Haryanvi to keep a matter off. Haryanvi puts
 * it as Hindi does, topic first, with its own forms of वाली (आली), भी (बी) and कभी (कदे).
 */
describe('a request to keep a matter off, in Haryanvi', () => {
  it('"X आली बात दोबारा / कदे मत छेड़िए"', () => {
    expect(offLimitsTopic('म्हारे बाबू की बीमारी आली बात कदे मत छेड़ियो।')).toBe('बाबू की बीमारी');
    expect(offLimitsTopic('सुण, नौकरी छूटण आली बात दोबारा मत छेड़िए, किसे बी दिन ना।')).toBe('नौकरी छूटण');
  });

  it('not a request that is not for good, nor one about something else', () => {
    expect(offLimitsTopic('दूध आली बात मत भूलिए।')).toBeUndefined();
    expect(offLimitsTopic('नौकरी आली बात कल करांगे।')).toBeUndefined();
  });
});
