import '../reliability/node-globals';
import { describe, expect, it } from 'vitest';
import { forgetTopicOf } from '../../../lib/dream/forget-by-topic';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { namesOfRelative, relativeKeptOff } from '../../../lib/preamble/relatives-kept-off';
import { capture, searchText, serviceAt } from './chats-through-the-service';

/**
 * Two shapes of keeping a matter off: "can we never speak of X again … please forget all of it" (a request that names
 * its matter, then a forget that names it by a pronoun), and "don't bring up my brother" (a relative kept off by their
 * word, whom the chats named by name). Sentences made up for these tests.
 */

describe('"can we never speak of …" and "let\'s never speak of …"', () => {
  it('keeps the matter off', () => {
    expect(offLimitsTopic('can we never speak of the karaoke night again')).toBe('karaoke night');
    expect(offLimitsTopic("let's never speak of my driving test again")).toBe('driving test');
    expect(offLimitsTopic('could we please not speak about the layoffs anymore')).toBe('layoffs');
  });

  it('a one-off wish, or the user speaking of themselves, is none', () => {
    expect(offLimitsTopic('can we not speak about work tonight, I need a break')).toBeUndefined();
    expect(offLimitsTopic('I never speak of my father at work')).toBeUndefined();
  });
});

describe('"please forget all of it" after a request that named the matter', () => {
  it('forgets the matter the request named', () => {
    expect(forgetTopicOf("Can we never speak of the tax audit again? It still stings. Please forget all of it.")).toBe('tax audit');
    expect(forgetTopicOf("Never bring up my cousin's arrest again. Forget the whole thing, ok?")).toBe("cousin's arrest");
  });

  it('a bare "forget it" is "never mind", and a forget with no request before names nothing', () => {
    expect(forgetTopicOf('Never bring up my divorce again. Forget it.')).toBeUndefined();
    expect(forgetTopicOf('forget all of it, what is a good pizza place near the station?')).toBeUndefined();
    expect(forgetTopicOf('I broke my phone last week. Please forget it, I got a new one. Anyway, the best case?')).toBeUndefined();
  });

  it('takes the earlier chats of the matter out of search', async () => {
    const world = await serviceAt('forget-it-after-keeping-off', Date.UTC(2026, 3, 6, 20));
    await capture(world.service, [
      { id: 'audit', turns: [
        { role: 'user', text: 'the tax audit found I under-reported my freelance income, I owe 3,100. how do I set up a payment plan?' },
        { role: 'assistant', text: 'Ask the revenue office for an instalment agreement; they usually accept monthly payments over a year.' },
      ] },
      { id: 'bread', turns: [
        { role: 'user', text: 'what is a good sourdough starter feeding schedule?' },
        { role: 'assistant', text: 'Feed it twice a day at room temperature, equal weights of flour and water.' },
      ] },
    ]);
    await world.service.dream('manual');
    world.tick(3);
    await capture(world.service, [
      { id: 'request', turns: [
        { role: 'user', text: 'can we never speak of the tax audit again? it still stings. please forget all of it. anyway, a good rye recipe?' },
        { role: 'assistant', text: 'Understood. For rye, use a wet dough and a long proof.' },
      ] },
    ]);
    await world.service.dream('manual');
    expect(await searchText(world.service, 'tax audit payment plan income')).not.toMatch(/under-reported|instalment/);
    expect(await searchText(world.service, 'sourdough starter')).toMatch(/sourdough starter feeding/);
  });
});

describe('a relative kept off by their word', () => {
  it('reads the relative a topic is, when it is that word alone', () => {
    expect(relativeKeptOff('brother')).toBe('brother');
    expect(relativeKeptOff('my late dad')).toBe('dad');
    expect(relativeKeptOff("brother's trial")).toBeUndefined();
    expect(relativeKeptOff('how he died')).toBeUndefined();
  });

  it('finds the names the chats gave that relative, and no other', () => {
    expect(namesOfRelative('we lost my little brother Tomasz in 2021', 'brother')).toEqual(['Tomasz']);
    expect(namesOfRelative('Tomasz, my older brother, would have been 30', 'brother')).toEqual(['Tomasz']);
    expect(namesOfRelative("User's brother is Tomasz.", 'brother')).toEqual(['Tomasz']);
    expect(namesOfRelative('my sister Ilona and my brother. Then we drove', 'brother')).toEqual([]);
    expect(namesOfRelative('my sister Ilona came over', 'brother')).toEqual([]);
  });

  it('keeps the lines that name the relative by name out of the block', async () => {
    const world = await serviceAt('relatives-kept-off', Date.UTC(2026, 3, 6, 20));
    await capture(world.service, [
      { id: 'grief', turns: [{ role: 'user', text: "it's two years since we lost my little brother Tomasz. how do I get through the day?" }] },
      { id: 'cousin', turns: [{ role: 'user', text: "my aunt keeps posting photos of Tomasz's grave in the family chat. how do I mute a group chat on android?" }] },
      { id: 'request', turns: [{ role: 'user', text: "please don't bring up my brother again, ever. separate thing: good running shoes for flat feet?" }] },
    ]);
    await world.service.dream('manual');
    world.tick(5);
    const block = await world.service.preamble({ site: 'claude', firstMessage: 'how do I mute a group chat on android?' });
    expect(block.text).not.toMatch(/Tomasz/);
    // Named by the user now, the relative is theirs to raise.
    const raised = await world.service.preamble({ site: 'claude', firstMessage: 'Tomasz would have turned 30 today, how do I mute the family group chat?' });
    expect(raised.text).toMatch(/group chat|Tomasz/);
  });
});
