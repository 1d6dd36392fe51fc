import { describe, expect, it, vi } from 'vitest';
import './node-globals';
import type { DBCoreMutateRequest } from 'dexie';
import { ReverieDb, type ConversationRow, type MemoryRow } from '../../../lib/db/schema';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieService } from '../../../lib/host/service';
import { inertHtml, renderMarkdownExport } from '../../../lib/host/markdown-export';
import { noteStorageFull, noteStorageOk } from '../../../lib/host/storage';
import type { DreamLlm } from '../../../lib/llm/types';
import { HashingEmbedder } from '../engine/helpers';

/**
 * The popup's recent list orders by when things happened; the Markdown export holds every memory a user would expect
 * (and never a deleted one); a wipe leaves every table empty and nothing written back by work that was under way.
 */

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 10, 9);
let n = 0;
const freshDb = () => new ReverieDb(`lists-export-wipe-${process.pid}-${++n}`);

function capture(conversationId: string, texts: string[]) {
  return {
    site: 'claude' as const,
    conversationId,
    url: `https://claude.ai/chat/${conversationId}`,
    turns: texts.map((text, ordinal) => ({ role: ordinal % 2 ? ('assistant' as const) : ('user' as const), text, ordinal })),
  };
}

async function dump(db: ReverieDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** After a wipe: every table empty, and in meta only the reopened engine's empty search index. */
async function expectWiped(db: ReverieDb) {
  const tables = await dump(db);
  const meta = tables.meta as { key: string; value: { marker: { count: number } } }[];
  delete tables.meta;
  for (const [name, rows] of Object.entries(tables)) expect(rows, name).toEqual([]);
  expect(meta.map((r) => [r.key, r.value.marker.count])).toEqual([['lexical:v1', 0]]);
}

describe('recent memories', () => {
  it('come newest first by when they happened: an import of older chats does not lead the list', async () => {
    let now = T0;
    const db = freshDb();
    const service = await ReverieService.start({ db, now: () => now });
    expect(await acceptCapture(db, capture('live', ['Booked the ferry to Lesbos for Friday', 'Have a good trip.']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();

    // The next day, a 2024 export is imported: its rows are written (updatedAt) after the live ones.
    now = T0 + DAY;
    const old = Date.UTC(2024, 4, 2, 12);
    await service.importConversations({
      source: 'import-chatgpt',
      conversations: [
        {
          site: 'chatgpt',
          conversationId: 'old',
          url: 'https://chatgpt.com/c/old',
          createdAt: old,
          turns: [
            { role: 'user', text: 'What wood is best for a bookshelf?', ordinal: 0 },
            { role: 'assistant', text: 'Oak or birch plywood both hold up well.', ordinal: 1 },
          ],
        },
      ],
    });
    const imported = (await db.memories.toArray()).filter((m) => m.conversationKey === 'chatgpt:old');
    expect(imported.length).toBeGreaterThan(0);
    expect(Math.min(...imported.map((m) => m.updatedAt))).toBeGreaterThan(T0); // written last

    const listed = await service.list({ limit: 50 });
    const when = listed.map((m) => m.occurredAt);
    expect(when).toEqual([...when].sort((a, b) => b - a));
    expect(listed[0]!.conversationKey).toBe('claude:live');
    expect(listed[listed.length - 1]!.conversationKey).toBe('chatgpt:old');
    expect(listed.slice(0, 2).map((m) => m.text)).toEqual(['Have a good trip.', 'Booked the ferry to Lesbos for Friday']);
  });
});

function row(over: Partial<MemoryRow> & Pick<MemoryRow, 'id' | 'kind' | 'text'>): MemoryRow {
  return {
    hash: over.id,
    status: 'active',
    sourceTurnIds: [],
    occurredAt: T0,
    createdAt: T0,
    updatedAt: T0,
    importance: 0.5,
    strength: 1,
    useCount: 0,
    pinned: false,
    origin: 'capture',
    ...over,
  };
}

describe('the Markdown export', () => {
  const conversation: ConversationRow = {
    key: 'chatgpt:c1',
    site: 'chatgpt',
    conversationId: 'c1',
    url: 'https://chatgpt.com/c/c1',
    title: 'Sourdough <b>help</b>',
    firstSeenAt: T0,
    lastSeenAt: T0,
    turnCount: 2,
    source: 'live',
  };
  const rows: MemoryRow[] = [
    row({ id: 'profile', kind: 'profile', text: 'Lives in Porto. Bakes bread on weekends.', importance: 1, origin: 'dream-rules' }),
    row({ id: 'style', kind: 'style', text: 'Writes short messages, no greetings.', origin: 'dream-rules' }),
    row({ id: 'ins', kind: 'instruction', text: 'Answer in metric units.', site: 'claude' }),
    row({ id: 'fact', kind: 'fact', text: 'User lives in Porto.', site: 'chatgpt', validFrom: Date.UTC(2025, 0, 5) }),
    row({ id: 'fact-old', kind: 'fact', text: 'User lives in Lisbon.', status: 'superseded', validFrom: Date.UTC(2024, 1, 1), validTo: Date.UTC(2025, 0, 5) }),
    row({ id: 'pref', kind: 'preference', text: 'Prefers rye\nover wheat.', site: 'chatgpt' }),
    row({ id: 'pref-away', kind: 'preference', text: 'Liked podcasts about chess.', status: 'archived', site: 'claude', occurredAt: Date.UTC(2024, 6, 1) }),
    row({ id: 'domain', kind: 'domain', text: 'Working on: baking, sourdough starters.', origin: 'dream-rules' }),
    row({ id: 'pattern', kind: 'pattern', text: 'Asks about baking on Saturday mornings.', origin: 'dream-rules' }),
    row({ id: 'episode', kind: 'episode', text: 'Planned a sourdough schedule for the week.', site: 'chatgpt', conversationKey: 'chatgpt:c1' }),
    row({ id: 'p0', kind: 'passage', role: 'user', text: 'How do I keep a starter alive? <img src=x onerror=alert(1)>', site: 'chatgpt', conversationKey: 'chatgpt:c1', occurredAt: T0 }),
    row({ id: 'p1', kind: 'passage', role: 'assistant', text: 'Feed it daily:\n\n1. Discard half\n2. Add flour\n\n```html\n<b>keep</b>\n```', site: 'chatgpt', conversationKey: 'chatgpt:c1', occurredAt: T0 + 1000 }),
    row({ id: 'p-away', kind: 'passage', role: 'user', text: 'An old question about chess openings.', status: 'archived', site: 'claude', conversationKey: 'claude:c2', occurredAt: Date.UTC(2024, 6, 1) }),
    row({ id: 'pinned', kind: 'passage', role: 'assistant', text: 'Walk the Ribeira quay along the Douro.', pinned: true, pinnedAt: T0, site: 'claude', conversationKey: 'claude:c3' }),
    row({ id: 'gone', kind: 'fact', text: 'User is secretly planning a surprise party.', status: 'deleted' }),
    row({ id: 'gone-passage', kind: 'passage', text: 'My bank PIN is 4321', status: 'deleted', conversationKey: 'chatgpt:c1' }),
  ];

  async function exported(): Promise<string> {
    const db = freshDb();
    await db.memories.bulkPut(rows);
    await db.conversations.put(conversation);
    return renderMarkdownExport(db, Date.UTC(2025, 2, 14));
  }

  it('holds every memory in use or put away, once, and never a deleted one', async () => {
    const md = await exported();
    for (const m of rows.filter((r) => r.status === 'active' || r.status === 'archived')) {
      const firstLine = inertHtml(m.text.split('\n')[0]!.trim());
      expect(md, m.id).toContain(m.kind === 'passage' ? firstLine : firstLine.replace(/\s+/g, ' '));
    }
    expect(md).not.toContain('surprise party');
    expect(md).not.toContain('4321');
    expect(md.match(/Walk the Ribeira quay/g)).toHaveLength(1);
    expect(md).toContain('13 memories, 2 of them put away');
  });

  it('groups by kind under plain headings, with dates and where each came from', async () => {
    const md = await exported();
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Reverie memory',
      '## Profile',
      '## How you write',
      '## Pinned',
      '## Instructions',
      '## Facts',
      '## Preferences',
      '## What you work on',
      '## Patterns',
      '## Episodes (summaries of conversations)',
      '## What you said in your chats',
      '### Sourdough \\<b>help\\</b> (ChatGPT, 2025-03-10)',
      '### Untitled conversation (Claude, 2024-07-01)',
      '## History (replaced by something newer, or merged)',
    ]);
    expect(md).toMatch(/## Facts\n\n- User lives in Porto\. \(since 2025-01-05\) \(ChatGPT, 2025-03-10\)\n/);
    expect(md).toMatch(/## Pinned\n\n- Walk the Ribeira quay along the Douro\. 📌 \(said in a chat, Claude, 2025-03-10\)\n/);
    // Put away: still there, and marked.
    expect(md).toContain('- Liked podcasts about chess. (Claude, 2024-07-01, put away)');
    expect(md).toContain('- **You**, 2024-07-01, put away:\n  An old question about chess openings.');
    // Facts are one line each; what was said keeps its lines, lists and code, inside its list item.
    expect(md).toContain('- Prefers rye over wheat. (ChatGPT, 2025-03-10)');
    expect(md).toContain('- **ChatGPT**, 2025-03-10:\n  Feed it daily:\n\n  1. Discard half\n  2. Add flour\n\n  ```html\n  <b>keep</b>\n  ```');
    expect(md).toContain('Lives in Porto. Bakes bread on weekends.\n\n_From dreaming, 2025-03-10_');
    expect(md).toContain('- User lives in Lisbon. (2024-02-01 to 2025-01-05)');
  });

  it('shows HTML from captured text as text: tags are escaped outside code blocks', async () => {
    const md = await exported();
    expect(md).toContain('How do I keep a starter alive? \\<img src=x onerror=alert(1)>');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(inertHtml('a <script>x</script> b < c')).toBe('a \\<script>x\\</script> b < c');
    expect(inertHtml('```\n<b>code</b>\n```\n<b>not code</b>')).toBe('```\n<b>code</b>\n```\n\\<b>not code\\</b>');
  });

  it('says so when there is nothing yet', async () => {
    const md = await renderMarkdownExport(freshDb(), T0);
    expect(md).toContain('0 memories');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Reverie memory']);
  });
});

/** Calls `onClear` when `table` is cleared (Dexie's clear() is a full-range delete). Before the database opens. */
function observeClear(db: ReverieDb, table: string, onClear: () => void) {
  db.use({
    stack: 'dbcore',
    name: 'observe-clear',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (name === table && req.type === 'deleteRange') onClear();
            return t.mutate(req);
          },
        };
      },
    }),
  });
}

describe('wipe', () => {
  it('leaves every table empty, forgets a storage-full note, and the service keeps working', async () => {
    const db = freshDb();
    const service = await ReverieService.start({ db, now: () => T0 });
    expect(await acceptCapture(db, capture('a', ['I keep bees in the garden', 'Bees need water nearby.']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    await service.dream('manual');
    await service.recordHealth({ site: 'claude', ok: true, url: 'https://claude.ai/', at: T0 });
    await noteStorageFull(db);
    expect((await service.status()).storage.full).toBe(true);
    expect(await db.memories.count()).toBeGreaterThan(0);

    await service.wipe();
    await expectWiped(db);
    expect((await service.status()).storage.full).toBe(false);
    expect(await service.search('bees')).toEqual([]);

    expect(await acceptCapture(db, capture('b', ['My cat is called Miso']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    expect((await service.search('Miso')).map((h) => h.memory.text)).toEqual(['My cat is called Miso']);
    await noteStorageOk(db);
  });

  it('waits for a dream under way: nothing it read before the wipe is written back after it', async () => {
    const db = freshDb();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The dream's model holds its answer until the wipe empties the tables (which a wipe that waits never does first:
    // then the timer lets it go).
    observeClear(db, 'memories', () => release());
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    const llm: DreamLlm = {
      id: 'test:held',
      extract: async (req) => {
        asked();
        await gate;
        return JSON.stringify({ items: [{ kind: 'fact', text: 'User keeps bees.', sourceTurnIds: [req.turns[0]!.id] }] });
      },
    };
    const service = await ReverieService.start({ db, now: () => T0 + DAY, createLlm: async () => llm });
    for (const c of [
      capture('a', ['I keep bees in the garden and I live in Porto', 'Bees need water nearby.', 'I prefer short answers']),
      capture('b', ['How do I store honey?', 'In a sealed jar, away from light.']),
    ])
      expect(await acceptCapture(db, c)).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    await service.setSettings({ modelConsent: true });

    const dreaming = service.dream('manual');
    await modelAsked;
    const wiping = service.wipe();
    const timer = setTimeout(release, 300);
    const [run] = await Promise.all([dreaming, wiping]);
    clearTimeout(timer);
    expect(run.engine).toBe('llm');
    await expectWiped(db);
  });

  it('drops the vectors with everything else, and no longer reports the search model as in use', async () => {
    const db = freshDb();
    const embedder = new HashingEmbedder();
    const service = await ReverieService.start({ db, now: () => T0, createEmbedder: async () => embedder });
    await service.setSettings({ modelConsent: true });
    const embedModel = (await service.getSettings()).embedModel;
    await vi.waitFor(async () => expect((await service.status()).models.find((m) => m.id === embedModel)?.state).toBe('ready'));
    expect(await acceptCapture(db, capture('a', ['I keep bees in the garden', 'Bees need water nearby.']))).toEqual({ accepted: true });
    await service.drainCaptureQueue();
    expect(await db.vectors.count()).toBe(2);

    await service.wipe();
    await expectWiped(db);
    // The wipe took the agreement to download with the settings: the model is not loaded again until it is given.
    expect((await service.status()).models.find((m) => m.id === embedModel)?.state).toBe('absent');
  });
});
