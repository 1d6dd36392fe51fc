// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../lib/capture';
import { SITE_LIST } from '../../../lib/capture/adapters';
import { ADAPTERS, adapterFor } from '../../../lib/capture/registry';
import { checkPage } from '../../../lib/capture/health';
import { loadSitePage, norm } from './load';

/** What defineSite gives every site, and the Kimi adapter against a real saved page (test/fixtures/sites/kimi). */

describe('site defaults', () => {
  it('each site reads its conversation id from its own paths and knows a new chat by default', () => {
    for (const site of SITE_LIST) {
      const empty = document.implementation.createHTMLDocument('');
      const home = new URL(`https://${site.hosts[0]}/`);
      expect(site.conversationId(home, empty), site.site).toBeNull();
      expect(site.isNewChat(home, empty), site.site).toBe(true);
      expect(site.isTemporary(home, empty), site.site).toBe(false);
      for (const marker of site.conversationPaths) {
        const url = new URL(`https://${site.hosts[0]}/${marker}/abcd1234`);
        expect(site.conversationId(url, empty), `${site.site} /${marker}/`).toBe('abcd1234');
        expect(site.isNewChat(url, empty), site.site).toBe(false);
      }
    }
    expect(ADAPTERS.deepseek.conversationId(new URL('https://chat.deepseek.com/a/chat/s/abcd1234'), document)).toBe('abcd1234');
    expect(ADAPTERS.kimi.conversationId(new URL('https://www.kimi.com/chat/d1abc2ef-0000'), document)).toBe('d1abc2ef-0000');
  });

  it("Gemini's own elements still break lines in its captured text", () => {
    const el = document.createElement('model-response');
    el.innerHTML = '<message-content><span>Here it is:</span><code-block><span>print(1)</span></code-block></message-content>';
    expect(ADAPTERS.gemini.readTurn(el)).toEqual({ role: 'assistant', text: 'Here it is:\nprint(1)' });
  });
});

describe('Kimi, from a saved page', () => {
  const url = 'https://www.kimi.com/chat/d1abc2ef-0000';
  const page = () => loadSitePage('kimi/kimi-onenote-test.html');

  it('captures both exchanges: the prompts as typed, the answers without reasoning, buttons or tooltips', () => {
    const doc = page();
    const captured = captureFromDocument(doc, url)!;
    expect(captured).toMatchObject({ site: 'kimi', conversationId: 'd1abc2ef-0000', title: 'OneNote测试' });
    const turns = captured.turns;
    expect(turns.map((t) => t.role[0]).join('')).toBe('uaua');
    expect(turns[0]!.text).toBe(
      '我想写个 tampermonkey 复制我们的对话时转成 OneNote 的格式，方便记笔记到OneNote，你可以帮我生成一段测试消息吗，尽量包含所有的类型，方便我测试复制之后的格式对不对',
    );
    expect(turns[2]!.text).toBe('再来点数学公式吧');
    const answer = turns[1]!.text;
    expect(answer.startsWith('好的！下面这条消息专门设计用来测试各种格式类型')).toBe(true);
    for (const part of [
      '# 一级标题：OneNote 格式测试文档',
      '> 这是单行引用。',
      '- 香蕉\n  - 香蕉子项（二级嵌套）\n    - 三级嵌套项目',
      '2. 第二步\n   1. 子步骤 A',
      '- [x] 已完成事项',
      '```javascript\n// Tampermonkey 脚本示例\n// ==UserScript==',
      '```python\ndef hello(name: str) -> str:\n    return f"Hello, {name}!"\n```',
      '| 功能 | 支持状态 | 备注 |\n| --- | --- | --- |\n| 标题 | ✅ | H1–H3 |',
      '这是一个链接：Kimi 官网',
      '需要我再生成一条"极端情况"测试消息',
    ]) {
      expect(answer).toContain(part);
    }
    expect(norm(turns[3]!.text)).toContain('质能方程 是行内公式的典型例子。');
    expect(turns[3]!.text).toContain('4. 与列表/引用混排：公式出现在待办清单 `- [ ] 证明 $e^{i\\pi}+1=0$` 里时层级是否正确。');
    expect(answer.endsWith('连续多个引用）吗？')).toBe(true);
    expect(turns[3]!.text.endsWith('里时层级是否正确。')).toBe(true);
    for (const t of turns) {
      // The reasoning panel and its tool summary; the code and table header bars; the action bars' labels.
      for (const chrome of ['思考已完成', 'The user wants', '使用 0 个工具', 'JavaScript', 'Python']) expect(t.text, chrome).not.toContain(chrome);
      expect(t.text).not.toMatch(/^(复制|编辑|分享|表格)\s*$/m);
      expect(t.text).not.toMatch(/(表格|编辑)\s*复制/);
    }
    expect(checkPage(doc, url)).toEqual({ ok: true });
  });

  it('knows a new chat, a streaming answer, the send control and the composer', () => {
    const kimi = ADAPTERS.kimi;
    const doc = page();
    expect(adapterFor(new URL(url), doc)).toBe(kimi);
    expect(kimi.isNewChat(new URL(url), doc)).toBe(false);
    expect(kimi.isNewChat(new URL('https://www.kimi.com/'), document.implementation.createHTMLDocument(''))).toBe(true);
    // A conversation address with no recognisable message: the page changed.
    const moved = document.implementation.createHTMLDocument('');
    moved.body.innerHTML = '<div class="chat-content-list"><div class="message">hi</div></div>';
    expect(checkPage(moved, url)).toMatchObject({ ok: false });

    expect(kimi.isStreaming(doc)).toBe(false);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div class="chat-editor"><div class="chat-input"><div class="chat-input-editor" contenteditable="true" data-lexical-editor="true" role="textbox"></div></div>' +
        '<div class="send-button-container stop"><svg></svg></div></div>',
    );
    expect(kimi.isStreaming(doc)).toBe(true);
    const control = doc.querySelector('.send-button-container')!;
    expect(control.closest(kimi.sendButton!)).toBeNull();
    control.classList.remove('stop');
    expect(kimi.isStreaming(doc)).toBe(false);
    expect(control.querySelector('svg')!.closest(kimi.sendButton!)).toBe(control);

    // A prompt being edited mounts its own editor earlier in the page; the composer is the one at the bottom.
    doc.querySelector('.segment-user')!.insertAdjacentHTML('afterbegin', '<div class="chat-input-editor" contenteditable="true">edit</div>');
    expect(kimi.findComposer(doc)?.closest('.chat-editor')).not.toBeNull();
    expect(kimi.composerKind).toBe('lexical');
  });
});
