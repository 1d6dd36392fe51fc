import { describe, expect, it } from 'vitest';
import { offLimitsTopicsListed } from '../../../lib/dream/off-limits';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';

/**
 * After held-out scenario set CG, on sentences made up here: a child of the user's kept off when the request names them
 * vaguely ("the thing with my kid") and the chats name a son, a daughter or a boy; and a marriage falling apart, or a
 * spouse put out of the home, as a separation.
 */

const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));
const namesAny = (request: string, text: string) => offLimitsTopicsListed(request).some((t) => names(t, text));

describe('a child named vaguely in a request', () => {
  const request = "Quick favour: never bring up the situation with my kid again, unless I do.";

  it('keeps off the son, the daughter or the boy the chats name', () => {
    expect(namesAny(request, 'My daughter Rosalind moved out in March and stopped answering my calls.')).toBe(true);
    expect(namesAny(request, 'heard from my cousin that my boy is living in Tacoma now')).toBe(true);
    expect(namesAny(request, 'I wrote a letter to my estranged son last night.')).toBe(true);
    expect(namesAny(request, "User's son is Thaddeus.")).toBe(true);
  });

  it('not a line that names no child of the user', () => {
    expect(namesAny(request, 'The spray truck needs new nozzles before Friday.')).toBe(false);
    expect(namesAny(request, 'My boyfriend is taking me to Biloxi.')).toBe(false);
  });

  it('a request that names the son means no daughter', () => {
    expect(namesAny("never bring up my son's arrest again", 'my daughter got arrested at the protest')).toBe(false);
    expect(namesAny("never bring up my son's arrest again", 'my son got arrested at the protest')).toBe(true);
  });
});

describe('a marriage falling apart, and a spouse put out of the home', () => {
  const topic = forgetTopicOf("Right: forget what I told you about Benedek's marriage coming apart.")!;

  it('meet the chats that told it as a separation or as being kicked out', () => {
    expect(topic).toBe("Benedek's marriage coming apart");
    expect(names(topic, 'Benedek has been sleeping at the fire station since his wife kicked him out.')).toBe(true);
    expect(names(topic, 'Benedek says the separation is getting nasty.')).toBe(true);
  });

  it('not a player kicked out of a game, nor a marriage going well', () => {
    expect(names(topic, 'Benedek got kicked out of the card game by his wife, ha.')).toBe(false);
    expect(names(topic, "Benedek's marriage is going great these days.")).toBe(false);
  });
});
