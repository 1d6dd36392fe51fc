// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../lib/capture';
import { checkPage } from '../../../lib/capture/health';
import { ADAPTERS, adapterFor } from '../../../lib/capture/registry';
import { loadOwn, loadShared } from './load';

describe('hand-written pages', () => {
  it('reads the new ChatGPT layout: preamble stripped, lists, fenced code, no reasoning or chrome', () => {
    const doc = loadOwn('chatgpt-new-layout.html');
    const captured = captureFromDocument(doc, 'https://chatgpt.com/c/68aa-trip')!;
    expect(captured).toMatchObject({ site: 'chatgpt', conversationId: '68aa-trip', title: 'Trip budget' });
    expect(captured.turns).toEqual([
      // Sent with Reverie's block, which capture takes out and notes (the block's memories count as used).
      { role: 'user', ordinal: 0, text: 'Plan a 3-day trip to Lyon.\nBudget: 400 EUR', hadBlock: true },
      {
        role: 'assistant',
        ordinal: 1,
        text: [
          'Here is a 3-day plan:',
          '',
          '1. Day 1: Vieux Lyon',
          '   - Traboules walk',
          '   - Fourvière',
          "2. Day 2: Presqu'île",
          '',
          '```python',
          'budget = 400',
          'print(budget / 3)',
          '```',
          '',
          'Total: about `133` EUR per day.',
        ].join('\n'),
      },
      { role: 'user', ordinal: 2, text: 'Make it cheaper.' },
      { role: 'assistant', ordinal: 3, text: 'Stay in a hostel: 25 EUR a night.' },
    ]);
    const adapter = ADAPTERS.chatgpt;
    expect(adapter.findComposer(doc)?.id).toBe('prompt-textarea');
    expect(adapter.isStreaming(doc)).toBe(false);
  });

  it('reads consumer Copilot without the reactions toolbar or screen-reader labels', () => {
    const doc = loadOwn('copilot-consumer.html');
    const captured = captureFromDocument(doc, 'https://copilot.microsoft.com/chats/Hx7sourdough')!;
    expect(captured.title).toBe('Sourdough starter help');
    expect(captured.turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'My sourdough starter smells like nail polish. Is it dead?'],
      ['assistant', 'Not dead, just hungry. The acetone smell means it ran out of food.\n\n- Discard half\n- Feed 1:1:1 flour and water'],
      ['user', 'How often should I feed it?'],
      ['assistant', 'Twice a day at room temperature.'],
    ]);
    expect(ADAPTERS.copilot.findComposer(doc)?.id).toBe('userInput');
  });

  it('detects streaming on Claude and Gemini, and not on finished pages', () => {
    const claude = loadOwn('claude-streaming.html');
    expect(ADAPTERS.claude.isStreaming(claude)).toBe(true);
    expect(ADAPTERS.claude.isStreaming(loadShared('claude/tochi-mba+ai-context-bridge/claude.html'))).toBe(false);
    const gemini = loadOwn('gemini-streaming.html');
    expect(ADAPTERS.gemini.isStreaming(gemini)).toBe(true);
    expect(ADAPTERS.gemini.isStreaming(loadShared('gemini/tochi-mba+ai-context-bridge/gemini.html'))).toBe(false);
    // The partial answer is still readable (LiveCapture waits; one-shot capture takes what is there), thoughts excluded.
    const partial = captureFromDocument(gemini, 'https://gemini.google.com/app/9f8e7d6c')!;
    expect(partial.turns.map((t) => t.text)).toEqual(['Name three moons of Jupiter.', 'Io, Europa and']);
  });

  it('treats an empty new chat as nothing to capture, and healthy', () => {
    const doc = loadOwn('claude-new-chat.html');
    const url = new URL('https://claude.ai/new');
    expect(ADAPTERS.claude.isNewChat(url, doc)).toBe(true);
    expect(ADAPTERS.claude.findComposer(doc)?.getAttribute('data-testid')).toBe('chat-input');
    expect(captureFromDocument(doc, url.href)).toBeNull();
    expect(checkPage(doc, url.href)).toEqual({ ok: true });
    expect(ADAPTERS.claude.isNewChat(new URL('https://claude.ai/chat/0f1e2d3c-5555'), loadShared('claude/tochi-mba+ai-context-bridge/claude.html'))).toBe(false);
  });

  it('reports unreadable pages instead of returning garbage', () => {
    const unreadable = loadOwn('chatgpt-unreadable.html');
    expect(captureFromDocument(unreadable, 'https://chatgpt.com/c/68bb-broken')).toBeNull();
    expect(checkPage(unreadable, 'https://chatgpt.com/c/68bb-broken')).toEqual({
      ok: false,
      problem: 'ChatGPT: found 4 turn blocks but could not read their text',
    });
    const moved = loadOwn('chatgpt-thread-moved.html');
    const health = checkPage(moved, 'https://chatgpt.com/c/68cc-moved');
    expect(health.ok).toBe(false);
    expect(health.problem).toMatch(/^ChatGPT: .*no messages were recognised/);
  });

  it('maps 127.0.0.1 pages to the site they declare, and only on local hosts', () => {
    const doc = loadOwn('local-test-site.html');
    expect(adapterFor(new URL('http://127.0.0.1:8123/chat/demo-0001'), doc)?.site).toBe('claude');
    expect(adapterFor(new URL('http://localhost:8123/chat/demo-0001'), doc)?.site).toBe('claude');
    expect(adapterFor(new URL('https://evil.example/chat/demo-0001'), doc)).toBeNull();
    expect(adapterFor(new URL('http://127.0.0.1:8123/chat/demo-0001'), loadOwn('claude-new-chat.html'))).toBeNull();
    const captured = captureFromDocument(doc, 'http://127.0.0.1:8123/chat/demo-0001?x=1')!;
    expect(captured).toEqual({
      site: 'claude',
      conversationId: 'demo-0001',
      title: 'Local demo',
      turns: [
        { role: 'user', text: 'What is my cat called?', ordinal: 0 },
        { role: 'assistant', text: 'You told me she is called Miso.', ordinal: 1 },
      ],
    });
  });

  it('flags pages whose roles are misread', async () => {
    const { judgeTurns } = await import('../../../lib/capture/health');
    const sameRole = Array.from({ length: 6 }, () => ({ role: 'user' as const }));
    expect(judgeTurns(ADAPTERS.grok, 6, sameRole)).toEqual({
      ok: false,
      problem: 'Grok: all 6 turns read as user messages; roles are not being told apart',
    });
    expect(judgeTurns(ADAPTERS.grok, 10, sameRole.slice(0, 3)).ok).toBe(false);
    expect(judgeTurns(ADAPTERS.grok, 2, [{ role: 'user' }, { role: 'assistant' }])).toEqual({ ok: true });
  });

  it('knows every site by its real host', () => {
    const hosts: Record<string, string> = {
      chatgpt: 'https://chatgpt.com/c/abcd1234',
      claude: 'https://claude.ai/chat/abcd1234',
      gemini: 'https://gemini.google.com/app/abcd1234',
      perplexity: 'https://www.perplexity.ai/search/abcd1234',
      deepseek: 'https://chat.deepseek.com/a/chat/s/abcd1234',
      grok: 'https://grok.com/c/abcd1234',
      copilot: 'https://copilot.microsoft.com/chats/abcd1234',
      mistral: 'https://chat.mistral.ai/chat/abcd1234',
    };
    for (const [site, href] of Object.entries(hosts)) {
      const url = new URL(href);
      const adapter = adapterFor(url);
      expect(adapter?.site).toBe(site);
      expect(adapter!.conversationId(url, document)).toBe('abcd1234');
    }
  });
});
