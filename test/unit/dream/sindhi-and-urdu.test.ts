import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { workAndHomeInSindhi } from '../../../lib/dream/work-and-home-sindhi';

/**
 * The rules added after held-out scenario set BW, on sentences made up here: the user's job and home in Sindhi, and
 * changes said in passing in Urdu and Sindhi (a job or a home left, a thing sold, a move, a death), and a topic kept
 * off in Sindhi.
 */
const said = (s: string) => workAndHomeInSindhi(s).map((f) => `${f.slot} ${f.text}`);

describe('job and home in Sindhi', () => {
  it('"… آهيان" (I am), "… جي نوڪري ملي" (got a job as), "… ۾ رهان ٿي" (I live in), "… شفٽ ٿي ويس" (moved to)', () => {
    expect(said('مان حيدرآباد ۾ هڪ اسڪول ۾ ٽيچر آهيان.')).toEqual(['user/occupation User works as ٽيچر.']);
    expect(said('مون کي لاڙڪاڻي ۾ سينئر نرس جي نوڪري ملي وئي آهي.')).toEqual(['user/occupation User works as سينئر نرس.']);
    expect(said('مان nurse آهيان')).toEqual(['user/occupation User is a nurse.']);
    expect(said('هاڻي مان حيدرآباد ۾ رهان ٿو.')).toEqual(['user/location User lives in حيدرآباد.']);
    expect(said('مان لاڙڪاڻو شفٽ ٿي ويس')).toEqual(['user/location User lives in لاڙڪاڻو.']);
  });

  it('not a question, a condition, a doubt or a negation', () => {
    expect(said('ڇا مان نرس آهيان؟')).toEqual([]);
    expect(said('جيڪڏهن مان حيدرآباد ۾ رهان ٿي')).toEqual([]);
    expect(said('شايد مان ٽيچر آهيان')).toEqual([]);
    expect(said('مان نه ٽيچر آهيان')).toEqual([]);
  });
});

describe('a change said in passing, in Urdu and Sindhi', () => {
  it('left, sold, moved, cancelled, died, instead of', () => {
    for (const s of ['دڪان وارو ڪم ڇڏي ڏنو اٿم.', 'پراڻي ڪار وڪڻي ڇڏي', 'اسين حيدرآباد شفٽ ٿي وياسين', 'میں نے بینک کی نوکری چھوڑ دی ہے', 'ہم لاہور منتقل ہو گئے', 'دادا جان کا انتقال ہو گیا', 'پرانی گاڑی بیچ دی'])
      expect(changeSaid(s), s).toBeDefined();
  });

  it('not a plan or a plain sentence', () => {
    for (const s of ['نوکری چھوڑ دوں گی', 'مان حيدرآباد ۾ رهان ٿي', 'میں لاہور میں رہتی ہوں']) expect(changeSaid(s), s).toBeUndefined();
  });
});

describe('a topic kept off, in Sindhi', () => {
  it('"X جو ذڪر وري نه ڪجو", "X بابت ٻيهر نه پڇجو": the topic, without "this" or "my"', () => {
    expect(offLimitsTopic('۽ هڪ ڳالهه: هن ڪيس جو ذڪر وري ڪڏهن به نه ڪجو.')).toBe('ڪيس');
    expect(offLimitsTopic('منهنجي طلاق جو ذڪر وري نه ڪجو')).toBe('طلاق');
    expect(offLimitsTopic('منهنجي بيماري بابت ٻيهر نه پڇجو')).toBe('بيماري');
  });

  it('not a pronoun alone, nor a mention asked for', () => {
    expect(offLimitsTopic('هن جو ذڪر وري نه ڪجو')).toBeUndefined();
    expect(offLimitsTopic('ڪيس جو ذڪر ڪجو')).toBeUndefined();
  });
});
