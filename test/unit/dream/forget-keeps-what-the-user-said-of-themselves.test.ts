import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { saysWord, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { capture, type Chat, serviceAt } from './chats-through-the-service';

/**
 * After held-out scenario set CL's round, on chats made up here: a friend's matter the user later asks to forget, told
 * in a message that also says what the user does ("I play cello in the county orchestra"); the friend named in the
 * request by the short form English makes with a "z" ("Baz" for Barnaby); and a name's head matched only whole.
 */

const serviceWith = () => serviceAt('forget-own', Date.UTC(2026, 5, 2, 20));

const TOLD: Chat = {
  id: 'told',
  turns: [
    {
      role: 'user',
      text: "Barnaby sits next to me in the county orchestra. I play cello in the county orchestra, he plays viola. After rehearsal he told me he's lost his house to gambling debts and the bailiffs came on Friday. He begged me not to tell his sister. What do I say to him?",
    },
    { role: 'assistant', text: 'Tell him you are glad he trusted you, and point him to a free debt advice service.' },
  ],
};
const REQUEST: Chat = {
  id: 'request',
  turns: [
    { role: 'user', text: "Please scrub everything I told you about Baz and his debts: the house, the bailiffs, all of it. Different question: how do I keep my hands warm before a concert?" },
    { role: 'assistant', text: 'Fingerless gloves, and run your hands under warm water first.' },
  ],
};

describe('the short form English makes with a "z"', () => {
  it('stands for a name with the same first two letters, beside other words of the matter', () => {
    const words = topicWords('Baz and his debts');
    const said = new Set(topicRoots('Barnaby told me about his debts'));
    expect(words.every((ways) => ways.some((w) => saysWord(said, w)))).toBe(true);
    expect(topicWords('Baz').flat()).not.toContain('name:z:ba');
  });

  it('a name head is matched whole, not by its first letters', () => {
    const said = new Set(topicRoots('User plays the cello.'));
    expect(topicWords('Gaz and his debts')[0]!.some((w) => saysWord(said, w))).toBe(false);
  });
});

describe('a matter forgotten from a message that also told of the user', () => {
  it('the matter leaves search, what the user said of themselves stays', async () => {
    const world = await serviceWith();
    await capture(world.service, [TOLD]);
    await world.service.dream('manual');
    world.tick(10);
    await capture(world.service, [REQUEST]);
    await world.service.dream('manual');
    const found = (await world.service.search('Barnaby', 10)).map((h) => h.memory.text).join('\n');
    expect(found).not.toMatch(/bailiff|gambling/);
    const kept = await world.db.memories.filter((m) => m.kind === 'fact' && m.status === 'active').toArray();
    expect(kept.map((m) => m.text)).toContain('User plays cello.');
  }, 180_000);
});
