import { describe, expect, it } from 'vitest';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set CA, on sentences made up here: a matter kept off with the verb split round it ("don't
 * bring the bankruptcy up again", "I'd rather you never bring … back up") or said of it ("I don't want the miscarriage
 * brought up again", a name in place of "I"), and the same request in Arabic, in the script ("لا تذكر مرضي مرة ثانية",
 * Gulf "لا تجيب طاري …", Egyptian "ما تجيبش سيرة … تاني"), whose article and possessive are joined to the word.
 */
describe('a matter kept off, the verb split round it', () => {
  it('reads the topic between "bring" and "up"', () => {
    expect(offLimitsTopic("Please don't bring the bankruptcy up again.")).toBe('bankruptcy');
    expect(offLimitsTopic("I'd rather you never bring my brother's trial back up, unless I ask.")).toBe("brother's trial");
    expect(offLimitsTopic("And I'd rather you never bring Rhys being laid off back up again.")).toBe('Rhys being laid off');
  });

  it('reads a topic said not to be wanted raised, by the user or a person named', () => {
    expect(offLimitsTopic("I don't want the miscarriage brought up again.")).toBe('miscarriage');
    expect(offLimitsTopic("Maggie doesn't want the accident mentioned again, not ever.")).toBe('accident');
  });

  it('leaves a bringing up of things, a pronoun and someone unnamed alone', () => {
    expect(offLimitsTopic("Don't bring the bins up to the house, the lane is icy.")).toBeUndefined();
    expect(offLimitsTopic("Please don't bring it up again.")).toBeUndefined();
    expect(offLimitsTopic("They don't want the report mentioned again.")).toBeUndefined();
  });
});

describe('a matter kept off, in Arabic', () => {
  it('reads the topic after the verb of raising, with a word for "again" or "never"', () => {
    expect(offLimitsTopic('لا تذكر مرضي مرة ثانية')).toBe('مرضي');
    expect(offLimitsTopic('ما تجيبش سيرة خطيبي السابق تاني')).toBe('خطيبي السابق');
    expect(offLimitsTopic('لا تفتح موضوع الديون أبدا')).toBe('الديون');
  });

  it('leaves a request about one answer, and "the subject" alone', () => {
    expect(offLimitsTopic('لا تذكر السعر في الإيميل')).toBeUndefined();
    expect(offLimitsTopic('لا تفتح الموضوع مرة ثانية')).toBeUndefined();
  });

  it('meets the topic in a chat that joins the article or "my" to it', () => {
    expect(namesAll(new Set(topicRoots('ديوني صارت كثيرة هالسنة')), topicWords('الديون'))).toBe(true);
    expect(namesAll(new Set(topicRoots('رحت السوق اليوم')), topicWords('الديون'))).toBe(false);
  });
});
