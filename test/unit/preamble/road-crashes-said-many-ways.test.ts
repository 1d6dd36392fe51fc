import { describe, expect, it } from 'vitest';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set CJ, on sentences made up here: a road accident kept off by one of its names ("never bring
 * up the collision") is kept off however the chats told it.
 */
const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('a road accident, said many ways', () => {
  it('the crash, the accident, a wreck, rear-ended, the man I hit', () => {
    for (const line of [
      "Ever since the accident on Route 9 I can't drive at night.",
      'since the crash my premiums doubled',
      'my car wreck was in March',
      'got rear-ended on the M6 last winter',
      'The woman I hit at the lights is suing.',
      'I hit a cyclist on Elm Street and he broke his wrist.',
      'she totaled my car',
    ])
      expect(names('the collision', line), line).toBe(true);
    expect(names('my car accident', 'the collision left me with whiplash')).toBe(true);
  });

  it('not a program that crashes, a thing done by accident, a crash course or a collision in a physics lab', () => {
    for (const line of ['My laptop crashed again.', 'I found it by accident.', 'A crash course in Python?', 'Elastic collision lab for my juniors', 'It was a happy accident.'])
      expect(names('the collision', line), line).toBe(false);
  });
});
