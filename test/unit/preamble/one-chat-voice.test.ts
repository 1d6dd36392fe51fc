import { afterEach, describe, expect, it } from 'vitest';
import type { ReverieDb } from '../../../lib/db/schema';
import { MemoryEngine } from '../../../lib/engine/engine';
import { buildPreamble } from '../../../lib/preamble/build';
import { asksOneChatVoice, voicedTurns, withoutOneChatVoice } from '../../../lib/preamble/one-chat-voice';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * A voice asked for one chat only ("just for this chat talk like a sports announcer") stays in that chat: the block
 * cuts the request from the user's line and offers none of the replies said in that voice. Made-up sentences.
 */

const NOW = 30 * DAY;
let db: ReverieDb;
let engine: MemoryEngine;
afterEach(async () => {
  await engine?.close();
  db?.close();
});

async function blockFor(texts: string[], typed: string): Promise<string> {
  db = freshDb();
  engine = await MemoryEngine.open({ db, embedder: null, now: () => NOW });
  await engine.ingest(conversation('picnic', texts, NOW - 3 * DAY, { title: 'Picnic' }));
  const p = await buildPreamble({ db, recall: (q, o) => engine.recall(q, o), firstMessage: typed, now: NOW });
  return p.lines.filter((l) => l.layer === 'L1').map((l) => l.text).join('\n');
}

describe('a voice asked for one chat only', () => {
  it('is cut from the user line, and its replies are not offered', async () => {
    const block = await blockFor(
      [
        'my brother Anselm turns forty next month and loves birdwatching and cold pasta salads, what picnic could I plan for him. oh and for this chat only talk like a sports announcer',
        'AND HERE WE GO, folks! A birdwatching picnic at the reservoir with cold pasta salads, what a play!',
      ],
      'picnic ideas with pasta salads for a birthday',
    );
    expect(block).toMatch(/birdwatching/);
    expect(block).not.toMatch(/sports announcer|HERE WE GO|what a play/i);
  });

  it('replies after the user asks for the normal voice back are offered again', async () => {
    const block = await blockFor(
      [
        'for this conversation talk like a pirate please. what should I pack for a hike on Skye?',
        'Arr, pack a stout rain jacket, matey!',
        'ok you can talk normally now. what about midges on Skye in June?',
        'Midges on Skye in June are fierce: bring a head net and a repellent with picaridin.',
      ],
      'midges on Skye in June head net',
    );
    expect(block).toMatch(/head net/);
    expect(block).not.toMatch(/matey|Arr\b/);
  });

  it('a voice asked for with no word of one chat is no such request', () => {
    expect(asksOneChatVoice('talk to me like a friend would, I just need to vent')).toBe(false);
    expect(asksOneChatVoice('for this chat only, answer in Spanish')).toBe(false);
    expect(asksOneChatVoice('I work in this chat app as a developer')).toBe(false);
  });

  it('reads the request in either order and cuts only it', () => {
    expect(asksOneChatVoice('answer like a grumpy butler just for this chat')).toBe(true);
    expect(withoutOneChatVoice('In this chat, answer like a grumpy butler. What is the weather like in Leeds in May?')).toBe('What is the weather like in Leeds in May?');
    expect(
      voicedTurns([
        { id: 'a', role: 'user', text: 'just for this chat be Shakespeare' },
        { id: 'b', role: 'assistant', text: 'Forsooth!' },
        { id: 'c', role: 'user', text: 'drop the act now, thanks' },
        { id: 'd', role: 'assistant', text: 'Sure.' },
      ]),
    ).toEqual(new Set(['b']));
  });
});
