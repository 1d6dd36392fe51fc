// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../lib/capture';
import { checkPage } from '../../../lib/capture/health';
import { loadShared, norm } from './load';

/** The designed prompt several exporters sent to every site (Covai-Labs fixtures). */
const DESIGNED_PROMPT =
  "Please write a short response that includes: 1. A paragraph containing **bold text**, *italic text*, and a " +
  '[link to deadrat.in](https://www.deadrat.in/). 2. A code block in Elixir showing a hello world. 3. A simple table ' +
  'of a few countries (maybe denmark, sweden, USA, India, Pakistan, Nigeria) showing: median wages, average work ' +
  "hours per week, paid leave days, and union membership rate. 4. A math equation using LaTeX, maybe Euler's Identity.";

interface Case {
  file: string;
  url: string;
  /** Roles in order, one letter per turn (SOURCES.md counts). */
  roles: string;
  firstUser: string;
  /** [turn index, whitespace-normalised snippet the turn's text must contain]. */
  snippets: [number, string][];
  title?: string;
}

const CASES: Record<string, Case[]> = {
  chatgpt: [
    {
      file: 'chatgpt/Covai-Labs+ai-chat-exporter/chatgpt-chat.html',
      url: 'https://chatgpt.com/c/6a0e0000-1111',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT,
      snippets: [
        [1, 'This paragraph contains bold text, italic text, and a link to deadrat.in.'],
        [1, '```elixir defmodule Hello do def world do IO.puts("Hello, world!") end end Hello.world() ```'],
        [1, '| Denmark | 5,500 | 37 | 25 | 67% |'],
      ],
    },
    {
      file: 'chatgpt/TheBluCoder+AI-chat-exporter/chatgpt-default.html',
      url: 'https://chatgpt.com/c/6938-aaaa',
      roles: 'uauauauauaua',
      firstUser: 'what do you see ?',
      snippets: [[1, 'I see a dashboard-style grid of project cards'], [11, 'Markdown cannot natively embed one `.md` file inside another']],
      title: 'What do you see',
    },
    {
      file: 'chatgpt/TheBluCoder+AI-chat-exporter/chatgpt-with-pdf-opened.html',
      url: 'https://chatgpt.com/c/6938-aaaa',
      roles: 'uauauauauaua',
      firstUser: 'what do you see ?',
      snippets: [[9, 'Your `README.md` has been created!']],
    },
    {
      file: 'chatgpt/adamlporter+obsidian-AI-exporter/chat-simple.html',
      url: 'https://chatgpt.com/c/69a0-bbbb',
      roles: 'uauauauaaua',
      firstUser: 'ChatGPTのhtml構造をテストするための質問です。「はい」とだけ答えて。',
      snippets: [[1, 'はい'], [8, '# ChatGPTの機能概要'], [10, '$ax + b = 0$']],
    },
    {
      file: 'chatgpt/tochi-mba+ai-context-bridge/chatgpt.html',
      url: 'https://chatgpt.com/c/69f0-cccc',
      roles: 'uaua',
      firstUser: 'hi',
      snippets: [[1, 'Hey there! How’s your day going so far?'], [3, 'I’m ChatGPT, your friendly GPT-5-mini assistant.']],
    },
  ],
  claude: [
    {
      file: 'claude/Covai-Labs+ai-chat-exporter/claude-chat.html',
      url: 'https://claude.ai/chat/0f1e2d3c-0000',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT,
      snippets: [
        [1, 'This is bold text sitting alongside italic text, and here is a link to deadrat.in for good measure.'],
        [1, '```elixir defmodule Hello do'],
        [1, '$$e^{i\\pi} + 1 = 0$$'],
      ],
    },
    {
      file: 'claude/TheBluCoder+AI-chat-exporter/claude-with-md-code.html',
      url: 'https://claude.ai/chat/0f1e2d3c-1111',
      roles: 'ua',
      firstUser: '',
      snippets: [[0, 'can you convert this to a markdown that can be properly displayed on github ?'], [1, "I'll convert the System Design Document to a properly formatted GitHub markdown file."]],
    },
    {
      file: 'claude/TheBluCoder+AI-chat-exporter/claude-with-preview.html',
      url: 'https://claude.ai/chat/98fd941b-2222',
      roles: 'uauaauaua',
      firstUser: '',
      snippets: [[0, "import 'dart:async';"], [2, 'what is the difference between what you have done here and using provider ?'], [3, '## What I\'ve Done (Manual ChangeNotifier)']],
      title: 'Flutter location tracking map',
    },
    {
      file: 'claude/TheBluCoder+AI-chat-exporter/claude3.html',
      url: 'https://claude.ai/chat/0f1e2d3c-3333',
      roles: 'uauauauauauaua',
      firstUser: '',
      snippets: [[0, '@main_request.py is my logic to pull data , I am expecting a result like in the _Gemini-direct access to Google AI.html'], [1, 'When you use `requests-html` with `arender()`']],
    },
    {
      file: 'claude/adamlporter+obsidian-AI-exporter/chat-simple.html',
      url: 'https://claude.ai/chat/0f1e2d3c-4444',
      roles: 'uauauauauauaua',
      firstUser: 'Claude の html構造をテストするための質問です。「はい」とだけ答えて。',
      snippets: [[1, 'はい'], [3, 'いいえ']],
    },
    {
      file: 'claude/tochi-mba+ai-context-bridge/claude.html',
      url: 'https://claude.ai/chat/0f1e2d3c-5555',
      roles: 'uaua',
      firstUser: 'hey',
      snippets: [[1, 'How can I help you today?'], [3, "Hey! What's on your mind?"]],
      title: 'Greeting',
    },
  ],
  gemini: [
    {
      file: 'gemini/Covai-Labs+ai-chat-exporter/gemini-chat.html',
      url: 'https://gemini.google.com/app/5f62c22662fcde74',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT.replace("**bold text**, *italic text*, and a [link", '**bold text**, *italic text*, and a [link'),
      snippets: [[1, 'It features bold text to grab your attention, italic text for emphasis, and a quick link to deadrat.in to fulfill'], [1, '```elixir IO.puts("Hello, World!") ```'], [1, '$$e^{i\\pi} + 1 = 0$$']],
    },
    {
      file: 'gemini/UjjwalTiwari00+threadlift/gemini.html',
      url: 'https://gemini.google.com/app/abc12345',
      roles: 'uaua',
      firstUser: 'hi',
      snippets: [[1, "### Hello! I'm here and ready to help."], [2, 'what do you think about claude and chatgpr']],
    },
    {
      file: 'gemini/adamlporter+obsidian-AI-exporter/chat-simple.html',
      url: 'https://gemini.google.com/app/abc12345',
      roles: 'uauaua',
      firstUser: 'gemini chat の E2E テストのための質問をします。理解したら「はい」だけ回答してください。',
      snippets: [[1, 'はい'], [5, '$$E = mc^2$$']],
    },
    {
      file: 'gemini/adamlporter+obsidian-AI-exporter/deep-research.html',
      url: 'https://gemini.google.com/app/abc12345',
      roles: 'a',
      firstUser: '',
      snippets: [[0, '# Deep Research インターフェースの技術的設計']],
    },
    {
      file: 'gemini/tochi-mba+ai-context-bridge/gemini.html',
      url: 'https://gemini.google.com/app/abc12345',
      roles: 'ua',
      firstUser: 'hey whats up',
      snippets: [[1, 'Not much! Just hanging out in the digital ether']],
      title: 'Casual Chat and Day Check-in',
    },
  ],
  perplexity: [
    {
      file: 'perplexity/Covai-Labs+ai-chat-exporter/perplexity-chat.html',
      url: 'https://www.perplexity.ai/search/please-write-abc123',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT.replace('[link to deadrat.in](https://www.deadrat.in/)', 'link to deadrat.in'),
      snippets: [[1, 'This is a bold statement about the internet, and italics add a bit of flair.'], [1, '```elixir defmodule Hello do'], [1, '| Denmark | ~3,800 | 37 | 25+ | ~67% |']],
    },
    {
      file: 'perplexity/adamlporter+obsidian-AI-exporter/chat-simple.html',
      url: 'https://www.perplexity.ai/search/abc123',
      roles: 'uauaua',
      firstUser: 'erplexityのhtml構造をテストするための質問です。「はい」とだけ答えて。',
      snippets: [[1, 'はい。'], [3, 'いいえ。'], [5, '$2x + 3 = 7$']],
    },
    {
      file: 'perplexity/adamlporter+obsidian-AI-exporter/deep-research.html',
      url: 'https://www.perplexity.ai/search/abc123',
      roles: 'ua',
      firstUser: 'Perplexity の提供する機能についてまとめてください。',
      snippets: [[1, 'Perplexity AI の提供機能をレポートにまとめました。']],
    },
    {
      file: 'perplexity/tochi-mba+ai-context-bridge/perplexity.html',
      url: 'https://www.perplexity.ai/search/hey-what-abc123',
      roles: 'ua',
      firstUser: 'hey what can u do and who are u',
      snippets: [[1, 'I’m Perplexity, an AI assistant that answers questions']],
      title: 'hey what can u do and who are u',
    },
  ],
  deepseek: [
    {
      file: 'deepseek/Covai-Labs+ai-chat-exporter/deepseek-chat.html',
      url: 'https://chat.deepseek.com/a/chat/s/0b1c2d3e-4f50',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT,
      snippets: [[1, 'I recently realized that curiosity can spark remarkable discoveries'], [1, '```elixir IO.puts("Hello, world!") ```'], [1, '| Denmark | 58,000 | 33.5 | 25 | 66 |']],
    },
    {
      file: 'deepseek/da2ce7+deepseek-export/deepseek-chat-for-developing-plugin.html',
      url: 'https://chat.deepseek.com/a/chat/s/0b1c2d3e-5f60',
      roles: 'ua'.repeat(18),
      firstUser: 'develop a browser plugin for firefox which allows users to export their deepseek chat histories either as html or pdf',
      snippets: [[1, "Here's a step-by-step guide to developing the Firefox extension"], [1, '```json {'], [2, 'how do we save the styling/css in the plugin']],
    },
  ],
  grok: [
    {
      file: 'grok/tochi-mba+ai-context-bridge/grok.html',
      url: 'https://grok.com/c/e32823dc-b924',
      roles: 'ua',
      firstUser: 'hi who are u?',
      snippets: [[1, "Hey! I'm Grok, an AI built by xAI. I'm here to be maximally truthful and helpful"]],
      title: 'Grok Introduction: AI by xAI',
    },
  ],
  copilot: [
    {
      file: 'copilot/Covai-Labs+ai-chat-exporter/copilot.html',
      url: 'https://copilot.microsoft.com/chats/abcDEF123',
      roles: 'ua',
      firstUser: 'Please write a short response comparing Denmark, Sweden, and USA work hours.',
      snippets: [[1, 'This statement highlights bold findings and key details, with a reference to deadrat.in.'], [1, '```elixir IO.puts "Hello, world!" ```'], [1, '| Sweden | ~$3,200 | 40 |']],
      title: 'Global Work and Wage Comparison',
    },
  ],
  mistral: [
    {
      file: 'mistral/Covai-Labs+ai-chat-exporter/mistral-chat.html',
      url: 'https://chat.mistral.ai/chat/acf754c0-ed35',
      roles: 'ua',
      firstUser: DESIGNED_PROMPT,
      snippets: [[1, 'This is a bold statement with italic emphasis and a link to deadrat.in.'], [1, '| Country | Median Wages (USD/year) |'], [1, '| Denmark | 60,000 | 37 | 25 | 67% |']],
    },
  ],
};

/** Chrome that must never leak into captured text. */
const CHROME = [/\bCopy code\b/, /^Copy$/m, /You said:?/, /ChatGPT said:?/, /Claude responded:?/, /Gemini said/, /Thought for \d+/, /Worked for \d+s/, /Show more/];

describe.each(Object.entries(CASES))('%s snapshots', (_site, cases) => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const doc = loadShared(c.file);
    const captured = captureFromDocument(doc, c.url);
    expect(captured).not.toBeNull();
    const turns = captured!.turns;
    expect(turns.map((t) => t.role[0]).join('')).toBe(c.roles);
    expect(turns.map((t) => t.ordinal)).toEqual(turns.map((_, i) => i));
    if (c.firstUser) expect(norm(turns.find((t) => t.role === 'user')!.text)).toBe(norm(c.firstUser));
    for (const [index, snippet] of c.snippets) expect(norm(turns[index]!.text)).toContain(norm(snippet));
    for (const t of turns) {
      expect(t.text.trim()).not.toBe('');
      for (const pattern of CHROME) expect(t.text).not.toMatch(pattern);
    }
    if (c.title) expect(captured!.title).toBe(c.title);
    expect(checkPage(doc, c.url)).toEqual({ ok: true });
  });
});

describe('snapshot edge cases', () => {
  it('reads the new (2026-09) ChatGPT layout, keeping pre-wrap indentation and skipping image-only answers', () => {
    const doc = loadShared('chatgpt/_reference-only/rashidazarang+chatgpt-chat-exporter/chatgpt-signed-in-2026.html');
    const captured = captureFromDocument(doc, 'https://chatgpt.com/c/7d0c0a52-5b1e')!;
    expect(captured.title).toBe('Monitor architecture');
    expect(captured.turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'Compare these monitors:\n  - keep this indent'],
      ['assistant', 'Short answer: the left one.\n\n## Why\n\n> Higher refresh rate.'],
      ['user', 'Sketch the dashboard.'],
      ['user', 'Are you still there?'],
      ['user', 'Summarize.'],
      ['assistant', 'Two monitors compared; one sketch drawn.'],
    ]);
  });

  it('excludes DeepSeek reasoning and Claude thinking summaries', () => {
    const ds = captureFromDocument(loadShared('deepseek/Covai-Labs+ai-chat-exporter/deepseek-chat.html'), 'https://chat.deepseek.com/a/chat/s/x1234')!;
    expect(ds.turns[1]!.text).not.toContain('Thought for 37 seconds');
    expect(ds.turns[1]!.text.startsWith('I recently realized')).toBe(true);
    const cl = captureFromDocument(loadShared('claude/Covai-Labs+ai-chat-exporter/claude-chat.html'), 'https://claude.ai/chat/x1234')!;
    expect(cl.turns[1]!.text).not.toContain('Identified markdown rendering demonstration request');
    expect(cl.turns[1]!.text.startsWith('Here is a short response demonstrating various markdown elements.')).toBe(true);
  });

  it('returns null where there is nothing to capture', () => {
    // A share page's server HTML holds the conversation only in a JSON payload.
    expect(captureFromDocument(loadShared('chatgpt/UjjwalTiwari00+threadlift/chatgpt.html'), 'https://chatgpt.com/c/abcd1234')).toBeNull();
    // Microsoft 365 Copilot is not the consumer site; the artifact panel alone has no turns.
    expect(captureFromDocument(loadShared('copilot/Covai-Labs+ai-chat-exporter/copilot-m365.html'), 'https://copilot.microsoft.com/chats/abcd1234')).toBeNull();
    expect(captureFromDocument(loadShared('claude/adamlporter+obsidian-AI-exporter/artifacts.html'), 'https://claude.ai/chat/abcd1234')).toBeNull();
    // A real conversation page, but a URL without a conversation id or on another host.
    const doc = loadShared('claude/tochi-mba+ai-context-bridge/claude.html');
    expect(captureFromDocument(doc, 'https://claude.ai/new')).toBeNull();
    expect(captureFromDocument(doc, 'https://example.com/chat/abcd1234')).toBeNull();
    expect(captureFromDocument(doc, 'not a url')).toBeNull();
  });

  it('skips temporary and incognito chats', () => {
    const gpt = loadShared('chatgpt/tochi-mba+ai-context-bridge/chatgpt.html');
    expect(captureFromDocument(gpt, 'https://chatgpt.com/c/69f0-cccc')).not.toBeNull();
    expect(captureFromDocument(gpt, 'https://chatgpt.com/c/69f0-cccc?temporary-chat=true')).toBeNull();
    const claude = loadShared('claude/tochi-mba+ai-context-bridge/claude.html');
    expect(captureFromDocument(claude, 'https://claude.ai/chat/0f1e2d3c-5555?incognito')).toBeNull();
  });
});
