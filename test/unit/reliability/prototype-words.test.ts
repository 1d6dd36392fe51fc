// @vitest-environment happy-dom
import './node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { captureFromDocument } from '../../../lib/capture';
import { adapterFor } from '../../../lib/capture/registry';
import { ReverieDb, type MemoryRow } from '../../../lib/db/schema';
import type { Episode } from '../../../lib/dream/episodes';
import { TfIdf } from '../../../lib/dream/lexical';
import { minePatterns } from '../../../lib/dream/patterns';
import { computeStyle } from '../../../lib/dream/style';
import { porter2 } from '../../../lib/engine/porter2';
import { stem, terms } from '../../../lib/engine/text';
import { admit } from '../../../lib/messaging/admit';
import { isEngineMethod } from '../../../lib/host/engine-host';
import { ReverieService } from '../../../lib/host/service';
import { parseExport } from '../../../lib/import';
import { captureAllowed, DEFAULT_SETTINGS } from '../../../lib/settings';
import { kindLabel, siteName } from '../../../lib/ui/common/format';
import { dreamLine } from '../../../lib/ui/common/statusText';

/**
 * Words that name Object.prototype members ("constructor", "__proto__", "toString", …) are ordinary chat words: a chat
 * about JavaScript classes uses them all the time. Through every path user text takes (capture, ingest, recall, the
 * dream, the preamble, chat-export import, backup export and restore) they must behave like any other word: never a
 * crash, never a lookup that finds Object's own members instead of user data.
 */

const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/**
 * One realistic sentence per word (a user question), each with a distinct topic word so recall can tell them apart.
 * (The `__proto__` key is computed: written plainly, an object literal would take it as the prototype to set.)
 */
const SENTENCES: Record<(typeof WORDS)[number], string> = {
  constructor: 'Why does my class constructor run twice when I extend the Widget component?',
  ['__proto__']: 'Is it safe to read obj.__proto__ directly in the Gadget module, or should I use Object.getPrototypeOf?',
  toString: 'My toString override on the Invoice class never gets called inside a template literal.',
  hasOwnProperty: 'Should I call hasOwnProperty through Object.prototype in the Ledger code, or use Object.hasOwn?',
  valueOf: 'When does JavaScript call valueOf instead of toString on my Money class?',
  prototype: 'How does the prototype chain work for a Matrix class that extends Array?',
};

/** What `toString()` on a function or a plain object prints: a sign that a lookup found Object's members. */
const LEAKED = /function Object\(|\[native code\]|\[object Object\]|function toString|function valueOf|function hasOwnProperty/;

const T0 = Date.UTC(2025, 4, 12, 10);
let n = 0;
const services: ReverieService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.db.delete().catch(() => undefined);
});

async function freshService(): Promise<ReverieService> {
  const db = new ReverieDb(`prototype-words-${process.pid}-${++n}`);
  const service = await ReverieService.start({ db, now: () => T0 });
  services.push(service);
  return service;
}

/** A claude.ai conversation page in the happy-dom document, as the content script sees it. */
function claudePage(title: string, turns: string[]) {
  document.head.innerHTML = `<title></title>`;
  document.title = `${title} - Claude`;
  document.body.innerHTML = '<div id="thread"></div>';
  const thread = document.getElementById('thread')!;
  turns.forEach((text, i) => {
    const el = document.createElement('div');
    if (i % 2 === 0) {
      el.innerHTML = '<div data-testid="user-message"><p class="whitespace-pre-wrap"></p></div>';
    } else {
      el.innerHTML = '<div data-is-streaming="false"><div class="font-claude-response"><div class="standard-markdown"><p></p></div></div></div>';
    }
    el.querySelector('p')!.textContent = text;
    thread.append(el);
  });
}

/** Captures a page through the same path as the content script and the background: read, intake, drain. */
async function capture(service: ReverieService, conversationId: string, title: string, turns: string[]) {
  claudePage(title, turns);
  const url = `https://claude.ai/chat/${conversationId}`;
  const captured = captureFromDocument(document, url);
  expect(captured).not.toBeNull();
  expect(captured!.turns.map((t) => t.text)).toEqual(turns);
  expect(await acceptCapture(service.db, { ...captured!, url })).toEqual({ accepted: true });
  await service.drainCaptureQueue();
}

/** The turns of the words: realistic questions, their answers, and each word alone as a whole turn. */
function conversationTurns(): string[][] {
  return [
    WORDS.flatMap((w) => [SENTENCES[w], `Here is how ${w} behaves in that case, with an example.`]),
    // Each word alone, as a whole user turn, answered by a plain reply.
    WORDS.flatMap((w) => [w, 'Could you say a little more about what you are trying to do?']),
    [
      'I love constructor functions. My favourite keyword is prototype.',
      'Noted.',
      'I prefer toString over String() for hasOwnProperty checks.',
      'Understood.',
      'From now on, explain valueOf and __proto__ with examples.',
      'Will do.',
    ],
  ];
}

async function captureAll(service: ReverieService) {
  const convs = conversationTurns();
  for (let i = 0; i < convs.length; i++) await capture(service, `js-${i}`, WORDS[i % WORDS.length]!, convs[i]!);
  // Nothing was set aside: every capture landed.
  expect(await service.db.queue.where('kind').anyOf('capture', 'capture-failed').count()).toBe(0);
  expect(await service.db.turns.count()).toBe(convs.flat().length);
}

/** The memory holding exactly `text` (a whole-turn passage). */
async function memoryWithText(db: ReverieDb, text: string): Promise<MemoryRow> {
  const found = (await db.memories.toArray()).filter((m) => m.text === text);
  expect(found.length, `a memory holds "${text}"`).toBe(1);
  return found[0]!;
}

async function expectRecallFindsEveryWord(service: ReverieService) {
  for (const w of WORDS) {
    const hits = await service.search(w, 50);
    const ids = hits.map((h) => h.memory.id);
    expect(ids, `"${w}" alone finds its whole-turn memory`).toContain((await memoryWithText(service.db, w)).id);
    expect(ids, `"${w}" finds its sentence`).toContain((await memoryWithText(service.db, SENTENCES[w])).id);
  }
}

/** The lexical index holds exactly the searchable memories. */
async function expectIndexMatchesDb(service: ReverieService) {
  const searchable = await service.db.memories.where('status').anyOf('active', 'archived').count();
  const stats = await (service as unknown as { engine: { stats(): Promise<{ lexicalDocs: number }> } }).engine.stats();
  expect(stats.lexicalDocs).toBe(searchable);
}

describe('prototype-member words in the text pipeline', () => {
  it('stem to strings like any other word', () => {
    for (const w of WORDS) {
      const lower = w.toLowerCase();
      expect(typeof porter2(lower)).toBe('string');
      expect(typeof stem(lower)).toBe('string');
      expect(terms(SENTENCES[w]).every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
    expect(porter2('constructor')).toBe('constructor');
    expect(terms('constructor')).toEqual(['constructor']);
    expect(terms('__proto__')).toEqual(['proto']);
    expect(terms('Object.prototype.hasOwnProperty')).toEqual(['object', 'prototyp', 'hasownproperti']);
  });

  it('dream helpers (TF-IDF labels, patterns, style) count them as words', () => {
    const docs = WORDS.map((w, i) => ({ id: `d${i}`, text: `${SENTENCES[w]} ${w} ${w}` }));
    const tfidf = new TfIdf(docs);
    for (const w of WORDS) {
      for (const t of terms(w)) expect(tfidf.df.get(t)).toBeGreaterThan(0);
    }
    const labels = tfidf.topTerms(docs.map((d) => d.id), 20);
    expect(labels).toContain('constructor');
    expect(labels.every((l) => typeof l === 'string' && !LEAKED.test(l))).toBe(true);
    const style = computeStyle(WORDS.map((w) => SENTENCES[w]));
    expect(Object.keys(style.scripts)).toEqual(['Latin']);
    const episodes: Episode[] = WORDS.map((w, i) => ({
      id: `e${i}`,
      conversationKey: `claude:${w}`,
      site: 'claude',
      turnIds: [`claude:${w}#0`],
      // A day apart: a pattern is what recurs over days.
      start: T0 + i * 86_400_000,
      end: T0 + i * 86_400_000,
      outcome: 1,
      repeats: 0,
      corrections: 0,
    }));
    const topicOf = new Map(episodes.map((e) => [e.id, 'constructor']));
    const patterns = minePatterns(episodes, new Map(), topicOf, T0 - 1, T0 + WORDS.length * 86_400_000);
    expect(patterns.find((p) => p.kind === 'topic')?.label).toBe('constructor');
  });

  it('ingest through capture, and recall finds each word', async () => {
    const service = await freshService();
    await captureAll(service);
    await expectIndexMatchesDb(service);
    await expectRecallFindsEveryWord(service);
  });

  it('a rule dream learns from them and leaves recall and the index intact', async () => {
    const service = await freshService();
    await captureAll(service);
    const run = await service.dream('manual');
    expect(run.status, run.error).toBe('done');
    expect(run.engine).toBe('rules');
    const memories = await service.db.memories.toArray();
    expect(memories.filter((m) => m.origin === 'dream-rules').map((m) => m.text)).toEqual(
      expect.arrayContaining(['User likes constructor functions.', "User's favorite keyword is prototype."]),
    );
    expect(memories.find((m) => m.kind === 'profile')?.text).toContain('constructor functions');
    for (const m of memories) expect(m.text).not.toMatch(LEAKED);
    const slots = (await service.db.meta.get('dream:slots'))?.value as Record<string, string>;
    expect(Object.values(slots)).toContain('user/favorite:keyword');
    await expectIndexMatchesDb(service);
    await expectRecallFindsEveryWord(service);
    // A second dream over the same material changes nothing and does not fail either.
    expect((await service.dream('manual')).status).toBe('done');
  });

  it('the warm-start preamble is built from them', async () => {
    const service = await freshService();
    await captureAll(service);
    await service.dream('manual');
    for (const w of WORDS) {
      const p = await service.preamble({ site: 'claude', firstMessage: w });
      expect(p.text).not.toBe('');
      expect(p.text).not.toMatch(LEAKED);
      expect(p.lines.some((l) => l.layer === 'L1' && l.text.includes(w)), `L1 for "${w}"`).toBe(true);
    }
    const p = await service.preamble({ site: 'claude' });
    // Conversation titles named after the words appear as recent topics.
    expect(p.lines.filter((l) => l.layer === 'L2').map((l) => l.text).join('\n')).toMatch(/constructor|__proto__|toString/);
  });

  it('ChatGPT and Claude exports with them as text, titles, ids and JSON keys import whole', async () => {
    // ChatGPT: node ids (mapping keys), the current node, the conversation id and the title are the words.
    const chain = ['prototype', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const mapping: string[] = chain.map((id, i) => {
      const parent = i === 0 ? 'null' : JSON.stringify(chain[i - 1]);
      const children = i + 1 < chain.length ? JSON.stringify([chain[i + 1]]) : '[]';
      const message =
        i === 0
          ? 'null'
          : JSON.stringify({
              id,
              author: { role: i % 2 ? 'user' : 'assistant' },
              create_time: T0 / 1000 + i,
              content: { content_type: 'text', parts: [i % 2 ? id : `An answer about ${id}.`] },
              metadata: {},
            });
      return `${JSON.stringify(id)}: {"message": ${message}, "parent": ${parent}, "children": ${children}}`;
    });
    const chatgpt = `[{"title": "constructor", "create_time": ${T0 / 1000}, "conversation_id": "constructor", "current_node": "valueOf", "mapping": {${mapping.join(', ')}}},
      {"title": "__proto__", "create_time": ${T0 / 1000}, "id": "__proto__", "current_node": "b", "__proto__": {"title": "injected"}, "mapping": {
        "a": {"message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["prototype"]}, "__proto__": {"weight": 0}}, "parent": null, "children": ["b"]},
        "b": {"message": {"author": {"role": "assistant"}, "content": {"content_type": "text", "parts": ["${SENTENCES.prototype}"]}}, "parent": "a", "children": []}}}]`;
    const parsedGpt = parseExport(chatgpt, 'conversations.json');
    expect(parsedGpt.kind).toBe('chatgpt');
    expect(parsedGpt.skipped).toEqual([]);
    expect(parsedGpt.conversations.map((c) => [c.conversationId, c.title])).toEqual([
      ['constructor', 'constructor'],
      ['__proto__', '__proto__'],
    ]);
    expect(parsedGpt.conversations[0]!.turns.map((t) => t.text)).toEqual([
      'constructor',
      'An answer about __proto__.',
      'toString',
      'An answer about hasOwnProperty.',
      'valueOf',
    ]);
    expect(parsedGpt.conversations[1]!.turns.map((t) => t.text)).toEqual(['prototype', SENTENCES.prototype]);

    // Claude: the conversation uuid, its name and the message uuids are the words; extra keys named after them too.
    const claude = JSON.stringify([
      {
        uuid: 'hasOwnProperty',
        name: 'prototype',
        created_at: new Date(T0).toISOString(),
        constructor: 'not a conversation field',
        chat_messages: WORDS.map((w, i) => ({
          uuid: w,
          parent_message_uuid: i === 0 ? '00000000-0000-4000-8000-000000000000' : WORDS[i - 1],
          sender: i % 2 ? 'assistant' : 'human',
          created_at: new Date(T0 + i * 1000).toISOString(),
          text: i % 2 ? `About ${w}.` : SENTENCES[w],
          content: [{ type: 'text', text: i % 2 ? `About ${w}.` : SENTENCES[w], valueOf: 1 }],
          toString: 'x',
        })),
      },
    ]);
    const parsedClaude = parseExport(claude, 'conversations.json');
    expect(parsedClaude.kind).toBe('claude');
    expect(parsedClaude.skipped).toEqual([]);
    expect(parsedClaude.conversations[0]).toMatchObject({ conversationId: 'hasOwnProperty', title: 'prototype' });
    expect(parsedClaude.conversations[0]!.turns.map((t) => t.text)).toEqual(WORDS.map((w, i) => (i % 2 ? `About ${w}.` : SENTENCES[w])));

    const service = await freshService();
    for (const parsed of [parsedGpt, parsedClaude]) {
      await service.importConversations({
        source: parsed.kind === 'claude' ? 'import-claude' : 'import-chatgpt',
        conversations: parsed.conversations.map((c) => ({
          site: parsed.kind,
          conversationId: c.conversationId,
          url: c.url,
          title: c.title,
          createdAt: c.createdAt,
          turns: c.turns,
        })),
      });
    }
    expect(await service.db.turns.count()).toBe(5 + 2 + WORDS.length);
    expect((await service.db.conversations.toArray()).map((c) => c.key).sort()).toEqual(
      ['chatgpt:__proto__', 'chatgpt:constructor', 'claude:hasOwnProperty'].sort(),
    );
    await expectIndexMatchesDb(service);
    // Each word finds the turns that are only that word, its question and the answer about it.
    const expected: [string, string][] = [
      ['constructor', 'constructor'],
      ['toString', 'toString'],
      ['valueOf', 'valueOf'],
      ['prototype', 'prototype'],
      ['constructor', SENTENCES.constructor],
      ['toString', SENTENCES.toString],
      ['valueOf', SENTENCES.valueOf],
      ['prototype', SENTENCES.prototype],
      ['__proto__', 'About __proto__.'],
      ['hasOwnProperty', 'About hasOwnProperty.'],
      ['__proto__', 'An answer about __proto__.'],
    ];
    for (const [query, text] of expected) {
      const ids = (await service.search(query, 50)).map((h) => h.memory.id);
      expect(ids, `"${query}" finds "${text}"`).toContain((await memoryWithText(service.db, text)).id);
    }
  });

  it('a JSON backup exports and restores them, and recall works after the restore', async () => {
    const service = await freshService();
    await captureAll(service);
    await service.dream('manual');
    const turnsBefore = await service.db.turns.orderBy('id').toArray();
    const memoriesBefore = await service.db.memories.orderBy('id').toArray();
    const markdown = await service.exportMarkdown();
    expect(markdown).toContain('User likes constructor functions.');
    expect(markdown).not.toMatch(LEAKED);
    const backup = await service.exportJson();
    await service.wipe();
    expect(await service.db.turns.count()).toBe(0);
    expect(await service.importJson(backup)).toEqual({ ok: true });
    expect(await service.db.turns.orderBy('id').toArray()).toEqual(turnsBefore);
    expect(await service.db.memories.orderBy('id').toArray()).toEqual(memoriesBefore);
    await expectIndexMatchesDb(service);
    await expectRecallFindsEveryWord(service);
    // And new captures still land after the restore.
    // (A sentence of its own: a bare "valueOf" turn is a near-copy of the restored ones, and recall shows one of those.)
    await capture(service, 'after-restore', 'valueOf', ['Does valueOf survive a restore?', 'Sure.']);
    expect((await service.search('valueOf restore', 50)).some((h) => h.memory.conversationKey === 'claude:after-restore')).toBe(true);
  });
});

describe('prototype-member names where a site, kind or message type is looked up', () => {
  it('are unknown, not Object members', async () => {
    for (const w of WORDS) {
      // A test page naming itself after a prototype member is no chat site.
      document.head.innerHTML = `<meta name="reverie-test-site" content="${w}">`;
      expect(adapterFor(new URL('http://127.0.0.1:8123/chat/x1'), document)).toBeNull();
      expect(captureFromDocument(document, 'http://127.0.0.1:8123/chat/x1')).toBeNull();
      expect(siteName(w)).toBe(w);
      expect(kindLabel(w)).toBe(w);
      expect(captureAllowed(DEFAULT_SETTINGS, w as never)).toEqual({ ok: false, reason: 'site-off' });
    }
    expect(dreamLine({ id: 'r', startedAt: T0, finishedAt: T0, status: 'done', phase: 'done', checkpoint: {}, trigger: 'manual', engine: 'rules', stats: { constructor: 2, toString: 1, learned: 1 } })).toMatch(
      /: 1 learned\.$/,
    );
    for (const w of WORDS) {
      expect(() => admit(w as never, {}, { kind: 'page' })).toThrow(/Unknown request/);
      expect(isEngineMethod(w)).toBe(false);
    }
  });
});
