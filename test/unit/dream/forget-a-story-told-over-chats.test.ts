import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { topicWords } from '../../../lib/preamble/topic-words';
import { capture, type Chat, searchText, serviceAt } from './chats-through-the-service';

/**
 * After held-out scenario set CK's round, on chats made up here: a request to let go of what was told ("drop everything
 * I told you about …"), a person named by a three-letter short form beside the matter, theft at work said without
 * naming it ("the cash going missing at work") against how the chat told it ("skimming from the till", "my coworker"),
 * and the matter told over two chats, the later one naming the person and the story's details but not the matter.
 */

const serviceWith = () => serviceAt('forget-story', Date.UTC(2026, 5, 2, 20));

const TOLD: Chat = {
  id: 'told',
  turns: [
    { role: 'user', text: 'My coworker Benedict, the night manager, has been skimming from the till: refunding sales after the customer walks out and keeping the cash. Do I tell the owner?' },
    { role: 'assistant', text: 'Write down the dates and the refunded sales you noticed, then let the owner check the till reports and the CCTV.' },
  ],
};
const TOLD_LATER: Chat = {
  id: 'later',
  turns: [
    { role: 'user', text: 'Update: the owner went through the CCTV, matched it to the refunded sales, and Benedict was let go on Monday. Half the kitchen blames me. How do I get through a shift?' },
    { role: 'assistant', text: 'Keep your head down, do the work well, and let the owner handle any comments.' },
  ],
};
const SAME_PERSON: Chat = {
  id: 'party',
  turns: [
    { role: 'user', text: "Benedict's retirement party is next month, what cake should I bake for him?" },
    { role: 'assistant', text: 'A lemon drizzle traybake feeds a crowd and travels well.' },
  ],
};
const REQUEST: Chat = {
  id: 'request',
  turns: [
    { role: 'user', text: "Can you drop everything I told you about Ben and the cash going missing at work? It's not my story." },
    { role: 'assistant', text: 'Done.' },
  ],
};

describe('a request to let go of what was told', () => {
  it('is a request to forget the matter', () => {
    expect(forgetTopicOf('Can you drop everything I told you about Ben and the cash going missing at work?')).toMatch(/Ben and the cash/);
    expect(forgetTopicOf('please ditch whatever I said about the Harlow job')).toMatch(/Harlow job/);
  });

  it('not a thing dropped', () => {
    expect(forgetTopicOf('I dropped the pan and everything in it, what a mess')).toBeUndefined();
  });
});

describe('a three-letter short form of a name', () => {
  it('stands for a longer name only beside other words of the matter', () => {
    expect(topicWords('Ben and the cash going missing').flat()).toContain('name:ben');
    expect(topicWords('Ben').flat()).not.toContain('name:ben');
  });
});

describe('a matter told over two chats', () => {
  it('leaves search whole, and the other chat with the same person stays', async () => {
    const world = await serviceWith();
    await capture(world.service, [TOLD, SAME_PERSON]);
    world.tick(14);
    await capture(world.service, [TOLD_LATER]);
    world.tick(10);
    await capture(world.service, [REQUEST]);
    await world.service.dream('manual');
    const found = await searchText(world.service, 'Benedict');
    expect(found).not.toMatch(/skimming|CCTV|refunded/);
    expect(found).toMatch(/retirement party/);
  }, 120_000);
});
