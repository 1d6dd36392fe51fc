import './node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieDb } from '../../../lib/db/schema';
import { engineApi } from '../../../lib/host/facade';
import { ReverieService } from '../../../lib/host/service';
import { stretches } from '../../../lib/preamble/make-believe';

/**
 * Lines said in a role-play or a story (lib/preamble/make-believe.ts): the block says where they were said, and a
 * search about the user ranks them after what is true of the user. Real storage, real lexical recall, the popup's and
 * the composer's own calls. The sentences are made up for this test.
 */

const day = (iso: string) => Date.parse(`${iso}T10:00:00Z`);
const NOW = day('2026-09-20');
let n = 0;
const services: ReverieService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.db.delete().catch(() => undefined);
});

const turns = (texts: string[]) => texts.map((text, i) => ({ id: `c#${i}`, role: i % 2 ? ('assistant' as const) : ('user' as const), text }));
const playedTurns = (texts: string[]) => [...stretches(turns(texts)).keys()];

describe('which turns are make-believe', () => {
  it('from the setup to the end of the chat, both sides', () => {
    expect(playedTurns(['How do I descale a kettle?', 'Vinegar and water.', "Let's role-play: you're the landlord, I'm a tenant asking for a new boiler.", '"Another boiler? What happened to the last one?"', 'It broke in January and I have a newborn.', '"Fine, I will call the plumber."'])).toEqual(['c#2', 'c#3', 'c#4', 'c#5']);
  });

  it('until the user steps out, in any of the usual ways', () => {
    for (const out of ['ok thanks, that was fun. Separate question: how long do eggs keep?', 'out of character for a sec: is that realistic?', "Let's end the role-play there.", 'Seriously though, what would a real landlord say?']) {
      expect(playedTurns(['Pretend you are a grumpy landlord and I am the tenant.', '"What now?"', out, 'Eggs keep about three weeks.'])).toEqual(['c#0', 'c#1']);
    }
  });

  it('a story with the user in it, and setups in other languages', () => {
    expect(stretches(turns(['Write a short story where I am a dragon who collects teapots.', 'Once upon a time…']))).toEqual(new Map([['c#0', 'story'], ['c#1', 'story']]));
    expect(playedTurns(['Machen wir ein Rollenspiel: du bist der Chef, ich bin die Praktikantin.', '„Guten Morgen!"'])).toEqual(['c#0', 'c#1']);
    expect(playedTurns(['On fait un jeu de rôle ? Tu es le serveur.', '« Bonsoir ! »'])).toEqual(['c#0', 'c#1']);
  });

  it('asking for a review "as" someone, or a game master preparing their own campaign, is no make-believe', () => {
    expect(playedTurns(['Act as a senior reviewer and check this function.', 'The loop is off by one.'])).toEqual([]);
    expect(playedTurns(['Prepping session 4 of my D&D campaign, we play on Thursdays.', 'Here is a dungeon idea.'])).toEqual([]);
    expect(playedTurns(["I'll be there at five, you'll be fine.", 'See you then.'])).toEqual([]);
    expect(playedTurns(['You are the best, I am a huge fan of this answer.', 'Thank you!'])).toEqual([]);
  });
});

async function seeded(): Promise<ReverieService> {
  const service = await ReverieService.start({ db: new ReverieDb(`make-believe-${process.pid}-${++n}`), now: () => NOW, createEmbedder: async () => null });
  services.push(service);
  const chat = async (id: string, at: number, texts: string[]) => {
    const message = { site: 'claude' as const, conversationId: id, url: `https://claude.ai/chat/${id}`, title: id, turns: texts.map((text, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), text, ordinal: i, at: at + i * 1000 })) };
    expect(await acceptCapture(service.db, message)).toEqual({ accepted: true });
  };
  await chat('work', day('2026-08-01'), ['I work as a night porter at a hospital in Cardiff, what shoes are good for long shifts?', 'Cushioned, slip-resistant work shoes.']);
  await chat('scene', day('2026-08-10'), [
    "Let's role-play so I can practise: you're my landlord Gareth, I'm a surgeon with a big job at the hospital asking to end the lease early.",
    '"A surgeon, eh? The lease says twelve months, doctor."',
  ]);
  await service.drainCaptureQueue();
  return service;
}

describe('the block and the search', () => {
  it('the block says a line was said in a role-play, on both sides', async () => {
    const api = engineApi(await seeded());
    const block = await api.requestPreamble({ site: 'chatgpt', firstMessage: 'how do I ask my landlord to end the lease early' });
    const relevant = block.lines.filter((l) => l.layer === 'L1').map((l) => l.text);
    expect(relevant.find((t) => /surgeon with a big job/.test(t))).toMatch(/· in a role-play: Let's role-play/);
    expect(relevant.find((t) => /twelve months/.test(t))).toMatch(/· assistant said, in a role-play: "A surgeon/);
  });

  it('a search about the user puts what is true of them first, and marks the role-play lines', async () => {
    const api = engineApi(await seeded());
    const hits = await api.searchMemories({ query: 'what is my job at the hospital', k: 5 });
    const texts = hits.map((h) => h.memory.text);
    const real = texts.findIndex((t) => /night porter/.test(t));
    const played = texts.findIndex((t) => /surgeon with a big job/.test(t));
    expect(real).toBeGreaterThanOrEqual(0);
    expect(played).toBeGreaterThan(real);
    expect(hits[played]!.makeBelieve).toBe('role-play');
    expect(hits[real]!.makeBelieve).toBeUndefined();
    // A search that is not about the user keeps recall's order: the scene is what it asks for.
    const scene = await api.searchMemories({ query: 'Gareth lease surgeon', k: 5 });
    expect(scene[0]!.memory.text).toMatch(/surgeon with a big job/);
  });

  it("a search about the user puts their 'hypothetically, if I moved…' after what is true of them", async () => {
    const service = await seeded();
    const message = { site: 'chatgpt' as const, conversationId: 'dream', url: 'https://chatgpt.com/c/dream', title: 'dream', turns: [
      { role: 'user' as const, text: 'hypothetically, if I moved to Lisbon to live, where would I live?', ordinal: 0, at: day('2026-09-01') },
      { role: 'assistant' as const, text: 'Around 1,200 euros for a one-bedroom flat in the centre.', ordinal: 1, at: day('2026-09-01') + 1000 },
    ] };
    expect(await acceptCapture(service.db, message)).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    const api = engineApi(service);
    const texts = (await api.searchMemories({ query: 'where do I live and work', k: 5 })).map((h) => h.memory.text);
    const real = texts.findIndex((t) => /night porter/.test(t));
    const dream = texts.findIndex((t) => /hypothetically/.test(t));
    expect(real).toBeGreaterThanOrEqual(0);
    // Recall alone ranks it first: it says "live" twice.
    expect(dream).toBeGreaterThan(real);
    // Asked about the idea itself, it is found first.
    expect((await api.searchMemories({ query: 'Lisbon', k: 5 }))[0]!.memory.text).toMatch(/hypothetically/);
  });
});
