import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

/**
 * What ends every time it happens ends nothing the memory holds (session 74, the lead; made-up sentences): "my shift
 * is over, finally home" retracted the night shifts and marked them changed.
 */
const AT = Date.UTC(2026, 4, 10);
const retracted = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).retractions.map((r) => r.value);

describe('a shift, a class or a meeting said to be over', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void retracted('warm up'), 120_000);

  it('retracts nothing and is no change', () => {
    for (const s of ['my shift is over, finally home', "my night shift's over, finally", 'the meeting is off', 'my term is over, now summer'])
      expect([retracted(s), changeSaid(s)], s).toEqual([[], undefined]);
    // A cancelled class is still a change worth a note beside what said it, but it retracts no course.
    expect(retracted('the class is cancelled')).toEqual([]);
  });

  it('what lasts, said to be over, still ends', () => {
    expect(retracted('the keto thing is over')).toContain('keto thing');
    expect(retracted('our trip to Rome is cancelled')).toEqual(['trip to Rome']);
    expect(changeSaid('the wedding is off')?.marker).toBeDefined();
  });

  it('the night shifts stay after a shift is over, in the dream', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [{ role: 'user', text: 'I work night shifts at the hospital, any tips for sleeping in the day?' }]);
    await addConversation(db, 'b', T0 + 9 * DAY, [{ role: 'user', text: "my shift is over, finally home. what's a quick dinner?" }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 10 * DAY) });
    expect((await facts(db)).map((f) => f.text)).toContain('User works night shifts at the hospital.');
  });
});
