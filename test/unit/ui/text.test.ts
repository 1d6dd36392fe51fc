import { describe, expect, it, vi } from 'vitest';
import { captureLine, dreamLine, modelLine } from '../../../lib/ui/common/statusText';
import { formatBytes, isoDay, safeHttpUrl, siteName } from '../../../lib/ui/common/format';
import { importSource, sendInBatches, type ParsedConversation } from '../../../lib/ui/options/importFlow';
import { status } from './fakes';

describe('status wording', () => {
  it('says why capture is off, in plain words', () => {
    expect(captureLine(status({ paused: true }), 'chatgpt').text).toBe('Paused — nothing is being saved.');
    expect(captureLine(status({ captureBlockedReason: 'site-off' }), 'grok').text).toBe(
      'Not saving chats on Grok: it is switched off.',
    );
    expect(captureLine(status({ captureBlockedReason: 'temporary-chat' }), 'chatgpt').text).toMatch(/temporary chat/);
    expect(captureLine(status({ captureBlockedReason: 'incognito' }), 'chatgpt').text).toMatch(/private window/);
    expect(captureLine(status(), 'mistral')).toEqual({ active: true, text: 'Saving your chats on Mistral Le Chat.' });
    const unhealthy = status({ health: [{ site: 'claude', ok: false, problem: 'No messages found.', url: '', at: 0 }] });
    expect(captureLine(unhealthy, 'claude')).toMatchObject({ active: false, detail: 'No messages found.' });
    expect(captureLine(unhealthy, 'chatgpt').active).toBe(true);
  });

  it('describes models and the last dream without jargon', () => {
    expect(modelLine({ id: 'x', kind: 'llm', state: 'error', error: 'no WebGPU' })).toBe('Dream model failed: no WebGPU');
    expect(modelLine({ id: 'x', kind: 'embedding', state: 'ready' })).toBe('Search model ready');
    expect(dreamLine(undefined)).toMatch(/No dream yet/);
    const run = { id: 'r', startedAt: 0, status: 'failed' as const, phase: 'gather' as const, checkpoint: {}, trigger: 'alarm' as const, engine: 'rules' as const, error: 'out of memory' };
    expect(dreamLine(run)).toMatch(/did not finish: out of memory$/);
    expect(dreamLine({ ...run, status: 'done', error: undefined, stats: { superseded: 1, fade: 4, weird: 9 } })).toMatch(
      /: 1 updated · 4 faded\.$/,
    );
    expect(dreamLine({ ...run, status: 'done', error: undefined, stats: {} })).toMatch(/nothing changed\.$/);
    // Counted by diary kind: the profile and the writing style are one thing each, said once without a count.
    const settled = { ...run, status: 'done' as const, error: undefined, stats: { changes: 5, supersede: 1, profile: 2, learn: 1, style: 1 } };
    expect(dreamLine(settled)).toMatch(/: 1 updated · profile updated · 1 learned · writing style updated\.$/);
  });
});

describe('format helpers', () => {
  it('only lets http(s) urls become links', () => {
    expect(safeHttpUrl('https://claude.ai/chat/1')).toBe('https://claude.ai/chat/1');
    expect(safeHttpUrl('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('formats sizes, days and site names', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(23_000_000)).toBe('23 MB');
    expect(formatBytes(1_500_000_000)).toBe('1.5 GB');
    expect(isoDay(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(siteName('deepseek')).toBe('DeepSeek');
    expect(siteName('import')).toBe('Imported');
  });
});

describe('import batching', () => {
  it('maps parser sources to import sources', () => {
    expect(importSource('claude')).toBe('import-claude');
    expect(importSource('import-claude')).toBe('import-claude');
    expect(importSource('chatgpt')).toBe('import-chatgpt');
  });

  it('sends every conversation once, in batches, reporting progress', async () => {
    const conversations: ParsedConversation[] = [...Array(7).keys()].map((i) => ({
      source: 'chatgpt',
      conversationId: `c${i}`,
      url: `https://chatgpt.com/c/c${i}`,
      turns: [{ role: 'user', text: 'hi', ordinal: 0 }],
    }));
    const sent: string[][] = [];
    const progress: string[] = [];
    const totals = await sendInBatches(
      {
        importConversations: async ({ conversations: batch }) => {
          sent.push(batch.map((c) => c.conversationId));
          return { done: batch.length, total: batch.length, conversations: batch.length, turns: batch.length, alreadyStored: 1 };
        },
      },
      conversations,
      (done, total) => progress.push(`${done}/${total}`),
      3,
    );
    expect(sent).toEqual([['c0', 'c1', 'c2'], ['c3', 'c4', 'c5'], ['c6']]);
    expect(progress).toEqual(['0/7', '3/7', '6/7', '7/7']);
    expect(totals).toEqual({ conversations: 7, turns: 7, alreadyStored: 3 });
  });

  it('sends a batch again when the browser stopped the background mid-import, and says so in words when it stays gone', async () => {
    vi.useFakeTimers();
    try {
      const conversations: ParsedConversation[] = [...Array(4).keys()].map((i) => ({
        source: 'claude',
        conversationId: `k${i}`,
        url: `https://claude.ai/chat/k${i}`,
        turns: [{ role: 'user', text: 'hi', ordinal: 0 }],
      }));
      let calls = 0;
      const flaky = {
        importConversations: async ({ conversations: batch }: { conversations: { conversationId: string }[] }) => {
          calls++;
          if (calls === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
          return { done: batch.length, total: batch.length, conversations: batch.length, turns: batch.length, alreadyStored: 0 };
        },
      };
      const run = sendInBatches(flaky as never, conversations, () => undefined, 2);
      await vi.runAllTimersAsync();
      expect(await run).toEqual({ conversations: 4, turns: 4, alreadyStored: 0 });
      expect(calls).toBe(3);

      const gone = { importConversations: async () => Promise.reject(new Error('The message port closed before a response was received.')) };
      const failed = sendInBatches(gone as never, conversations, () => undefined, 2).catch((e: Error) => e);
      await vi.runAllTimersAsync();
      expect(String(await failed)).toMatch(/stopped answering while importing\. What was imported so far is kept/);

      // Other errors are not retried: they are the answer.
      let tries = 0;
      const refused = { importConversations: async () => { tries++; throw new Error('storage full'); } };
      const stopped = sendInBatches(refused as never, conversations, () => undefined, 2).catch((e: Error) => e);
      await vi.runAllTimersAsync();
      expect(String(await stopped)).toMatch(/storage full/);
      expect(tries).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
