import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopic, withPersonNamed } from '../../../lib/dream/off-limits';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * The requests to keep a matter off added after held-out scenario set BY, on sentences made up here: fertility
 * treatment as a topic said many ways; a request opening with a short heading and a colon; a request in Marwari; and a
 * request that names its matter by a pronoun ("never bring it up again", "इस बात का ज़िक्र दोबारा मत करना") meaning the
 * topic the sentence before said.
 */
const keptOff = (request: string, before: string) => offLimitsTopic(withPersonNamed(request, before));
const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('fertility treatment is one topic, however it is said', () => {
  it('"my cousin\'s fertility treatment" keeps off IUI, egg retrieval and trying for a baby, and nothing else about the cousin', () => {
    const topic = forgetTopicOf("Please forget what I told you about my cousin's fertility treatment, she'd hate it.")!;
    expect(topic).toBe("cousin's fertility treatment");
    expect(names(topic, "my cousin Marta just started her first IUI cycle and she's a wreck")).toBe(true);
    expect(names(topic, 'They tried for a baby for years, my cousin and her husband, before the egg retrieval.')).toBe(true);
    expect(names(topic, 'my cousin is moving to Porto in June')).toBe(false);
  });

  it('a request may open with a short heading and a colon', () => {
    expect(forgetTopicOf('one more thing: please forget what I said about my neighbour\'s court case')).toBe("neighbour's court case");
    expect(offLimitsTopic('PS: never bring up my overdraft again.')).toBe('overdraft');
  });
});

describe('a request to keep a matter off, in Marwari and by a pronoun', () => {
  it('Marwari "X रो जिक्र पाछो/फेरूं/कदैई मत करजो"', () => {
    expect(offLimitsTopic('म्हारै तलाक रो जिक्र कदैई मत करजो।')).toBe('तलाक');
  });

  it('"this matter" means the topic the sentence before said, in Marwari and in Hindi', () => {
    expect(keptOff('ई बात रो जिक्र फेरूं मत करजो।', 'म्हारै भाई माथै मुकदमो चाल रैयो है।')).toBe('मुकदमो');
    expect(keptOff('इस बात का ज़िक्र दोबारा मत करना।', 'मेरे चाचा का कोर्ट केस अभी भी चल रहा है।')).toBe('कोर्ट केस');
    expect(names('मुकदमो', 'वकील कैवै कि मुकदमो लांबो चालसी')).toBe(true);
    expect(names('कोर्ट केस', 'काकोसा रो कोरट केस अबार ई चालै')).toBe(true);
    expect(names('कोर्ट केस', 'बैडमिंटन कोर्ट में आज भीड़ थी')).toBe(false);
  });

  it('"never bring it up again" after a sentence that says a topic without opening with it', () => {
    expect(keptOff("Please don't ever bring it up again.", 'Dad did time in the nineties.')).toBe('did time');
    expect(names('did time', 'when my father was in prison')).toBe(true);
  });

  it('nothing is kept off where the sentence before says no such topic, or the pronoun is a thanks', () => {
    expect(keptOff('Never mention it again.', 'We went to Crete in May.')).toBeUndefined();
    expect(keptOff("Don't mention it!", 'Thanks for the help.')).toBeUndefined();
    expect(keptOff('ई बात रो जिक्र फेरूं मत करजो।', 'काल म्हैं बजार गई ही।')).toBeUndefined();
  });
});
