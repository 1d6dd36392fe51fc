import { fileURLToPath } from 'node:url';
import type { SiteId } from '../../../lib/sites';

/**
 * Look-alike pages for the chat sites, served on 127.0.0.1 for the test build's content script. Each page uses
 * the site's own markup for turns (the attributes lib/capture/adapters/* read), the site's URL shapes for new chats
 * and conversations, and a composer that behaves like the site's editor (test/fixtures/composers/fake-editors.js,
 * served at /composers/). `window.__chat` drives the page like the site's app does: append turns, stream and finish
 * an answer, edit a prompt, regenerate an answer, navigate SPA-style, and send what is in the composer.
 */

/** Mount this folder as `composers` in startFixtureServer so pages can load /composers/fake-editors.js. */
export const COMPOSERS_ROOT = fileURLToPath(new URL('../../fixtures/composers', import.meta.url));

export interface SiteTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface SitePageOptions {
  title?: string;
  turns?: SiteTurn[];
  /**
   * 'rejecting': a composer that refuses every change (insertion must fall back to the chip). 'real': the editor
   * library the site uses itself (ProseMirror, tiptap, Quill, Lexical; textareas stay the React-like one), loaded from
   * /real-editors/ (mount REAL_EDITORS_MOUNT, built by test/e2e/pages/real-editors.ts).
   */
  composer?: 'site' | 'rejecting' | 'real';
}

/** Where each look-alike lives: the new-chat path and a conversation path, in the real site's URL shape. */
export const SITE_PATHS: Record<SiteId, { newChat: string; conversation: (id: string) => string }> = {
  chatgpt: { newChat: '/chatgpt/', conversation: (id) => `/chatgpt/c/${id}` },
  claude: { newChat: '/claude/new', conversation: (id) => `/claude/chat/${id}` },
  gemini: { newChat: '/gemini/app', conversation: (id) => `/gemini/app/${id}` },
  perplexity: { newChat: '/perplexity/', conversation: (id) => `/perplexity/search/${id}` },
  deepseek: { newChat: '/deepseek/', conversation: (id) => `/deepseek/a/chat/s/${id}` },
  grok: { newChat: '/grok/', conversation: (id) => `/grok/c/${id}` },
  copilot: { newChat: '/copilot/', conversation: (id) => `/copilot/chats/${id}` },
  mistral: { newChat: '/mistral/chat', conversation: (id) => `/mistral/chat/${id}` },
  kimi: { newChat: '/kimi/', conversation: (id) => `/kimi/chat/${id}` },
};

/**
 * Per-site page code (plain browser JS). Each defines:
 *  composer(): a fresh composer element, mounted by the runtime with `editor`;
 *  user(thread, text) / assistant(thread, text) → { setText(t), finish() } (the answer starts streaming);
 *  streaming(on): the site's "still generating" signal when it is page-wide (a stop button).
 */
const SITE_SCRIPTS: Record<SiteId, { editor: string; code: string }> = {
  chatgpt: {
    // The 2026 layout: [data-turn-key] holds a prompt and its answer.
    editor: 'mountProseMirrorLike',
    code: `
      composer() { const el = document.createElement('div'); el.id = 'prompt-textarea'; el.setAttribute('translate', 'no'); return el; },
      user(thread, text) {
        const turn = document.createElement('div'); turn.setAttribute('data-turn-key', 'k' + thread.children.length);
        const bubble = document.createElement('div'); bubble.setAttribute('data-user-message-bubble', 'true');
        const body = document.createElement('div'); body.className = 'whitespace-pre-wrap'; body.textContent = text;
        bubble.appendChild(body); turn.appendChild(bubble); thread.appendChild(turn);
        return { el: turn, setText: (t) => { body.textContent = t; } };
      },
      assistant(thread, text) {
        let turn = thread.lastElementChild;
        if (!turn || turn.querySelector('[data-conversation-role]')) {
          turn = document.createElement('div'); turn.setAttribute('data-turn-key', 'k' + thread.children.length); thread.appendChild(turn);
        }
        const unit = document.createElement('div');
        const label = document.createElement('h4'); label.className = 'sr-only'; label.setAttribute('data-conversation-role', 'assistant'); label.textContent = 'ChatGPT said:';
        const body = document.createElement('div'); body.setAttribute('data-markdown-text-style', 'assistant-message');
        const p = document.createElement('p'); p.textContent = text; body.appendChild(p);
        unit.append(label, body); turn.appendChild(unit);
        return { el: unit, setText: (t) => { p.textContent = t; }, finish() {} };
      },
      streaming(on) { toggleStop(on, 'button', { 'data-testid': 'stop-button', 'aria-label': 'Stop streaming' }); },`,
  },
  claude: {
    editor: 'mountProseMirrorLike',
    code: `
      composer() { const el = document.createElement('div'); el.setAttribute('translate', 'no'); el.setAttribute('data-testid', 'chat-input'); el.className = 'ProseMirror'; return el; },
      user(thread, text) {
        const wrap = document.createElement('div'); wrap.setAttribute('data-test-render-count', '1');
        const msg = document.createElement('div'); msg.setAttribute('data-testid', 'user-message'); msg.className = 'font-user-message';
        const p = document.createElement('p'); p.className = 'whitespace-pre-wrap break-words'; p.textContent = text;
        msg.appendChild(p); wrap.appendChild(msg); thread.appendChild(wrap);
        return { el: wrap, setText: (t) => { p.textContent = t; } };
      },
      assistant(thread, text) {
        const wrap = document.createElement('div'); wrap.setAttribute('data-test-render-count', '1');
        const outer = document.createElement('div'); outer.setAttribute('data-is-streaming', 'true');
        const body = document.createElement('div'); body.className = 'font-claude-response';
        const md = document.createElement('div'); md.className = 'standard-markdown';
        const p = document.createElement('p'); p.className = 'whitespace-normal break-words'; p.textContent = text;
        md.appendChild(p); body.appendChild(md); outer.appendChild(body); wrap.appendChild(outer); thread.appendChild(wrap);
        return { el: wrap, setText: (t) => { p.textContent = t; }, finish() { outer.setAttribute('data-is-streaming', 'false'); } };
      },
      streaming() {},`,
  },
  gemini: {
    editor: 'mountQuillLike',
    code: `
      composer() { const el = document.createElement('div'); el.className = 'textarea'; el.setAttribute('role', 'textbox'); return el; },
      wrapComposer(el) { const rich = document.createElement('rich-textarea'); rich.appendChild(el); return rich; },
      user(thread, text) {
        const box = document.createElement('div'); box.className = 'conversation-container';
        const q = document.createElement('user-query'); const body = document.createElement('div'); body.className = 'query-text';
        const line = document.createElement('p'); line.className = 'query-text-line'; line.textContent = text;
        body.appendChild(line); q.appendChild(body); box.appendChild(q); thread.appendChild(box);
        return { el: box, setText: (t) => { line.textContent = t; } };
      },
      assistant(thread, text) {
        let box = thread.lastElementChild;
        if (!box || box.querySelector('model-response')) { box = document.createElement('div'); box.className = 'conversation-container'; thread.appendChild(box); }
        const r = document.createElement('model-response'); const mc = document.createElement('message-content');
        const md = document.createElement('div'); md.className = 'markdown'; md.setAttribute('aria-busy', 'true');
        const p = document.createElement('p'); p.textContent = text; md.appendChild(p); mc.appendChild(md); r.appendChild(mc); box.appendChild(r);
        return { el: r, setText: (t) => { p.textContent = t; }, finish() { md.setAttribute('aria-busy', 'false'); } };
      },
      streaming() {},`,
  },
  perplexity: {
    editor: 'mountLexicalLike',
    code: `
      composer() { const el = document.createElement('div'); el.id = 'ask-input'; return el; },
      user(thread, text) {
        // The real page: the query itself is an h1.group/query, its text in a child element.
        const q = document.createElement('h1'); q.className = 'group/query relative whitespace-pre-line'; const h = document.createElement('div'); h.textContent = text;
        q.appendChild(h); thread.appendChild(q);
        return { el: q, setText: (t) => { h.textContent = t; } };
      },
      assistant(thread, text) {
        const a = document.createElement('div'); a.id = 'markdown-content-' + thread.children.length;
        const prose = document.createElement('div'); prose.className = 'prose'; const p = document.createElement('p'); p.textContent = text;
        prose.appendChild(p); a.appendChild(prose); thread.appendChild(a);
        return { el: a, setText: (t) => { p.textContent = t; }, finish() {} };
      },
      streaming(on) { toggleStop(on, 'button', { 'aria-label': 'Stop' }); },`,
  },
  deepseek: {
    editor: 'mountReactTextarea',
    code: `
      composer() { const el = document.createElement('textarea'); el.id = 'chat-input'; el.placeholder = 'Message DeepSeek'; return el; },
      user(thread, text) {
        const m = document.createElement('div'); m.className = 'ds-message'; const b = document.createElement('div'); b.className = 'fbb737a4'; b.textContent = text;
        m.appendChild(b); thread.appendChild(m);
        return { el: m, setText: (t) => { b.textContent = t; } };
      },
      assistant(thread, text) {
        const m = document.createElement('div'); m.className = 'ds-message'; const md = document.createElement('div'); md.className = 'ds-markdown ds-markdown--streaming';
        const p = document.createElement('p'); p.textContent = text; md.appendChild(p); m.appendChild(md); thread.appendChild(m);
        return { el: m, setText: (t) => { p.textContent = t; }, finish() { md.classList.remove('ds-markdown--streaming'); } };
      },
      streaming() {},`,
  },
  grok: {
    editor: 'mountTiptapLike',
    code: `
      composer() { return document.createElement('div'); },
      user(thread, text) { return grokRow(thread, 'items-end', text); },
      assistant(thread, text) { const row = grokRow(thread, 'items-start', text); row.finish = () => {}; return row; },
      streaming(on) { toggleStop(on, 'button', { 'aria-label': 'Stop model response' }); },`,
  },
  copilot: {
    editor: 'mountReactTextarea',
    code: `
      composer() { const el = document.createElement('textarea'); el.id = 'userInput'; el.placeholder = 'Message Copilot'; return el; },
      user(thread, text) {
        const m = document.createElement('div'); m.setAttribute('data-content', 'user-message'); m.className = 'group/user-message'; m.textContent = text;
        thread.appendChild(m);
        return { el: m, setText: (t) => { m.textContent = t; } };
      },
      assistant(thread, text) {
        const m = document.createElement('div'); m.setAttribute('data-content', 'ai-message'); m.setAttribute('aria-busy', 'true');
        const body = document.createElement('div'); body.setAttribute('data-testid', 'ai-message-body'); const p = document.createElement('p'); p.textContent = text;
        body.appendChild(p); m.appendChild(body); thread.appendChild(m);
        return { el: m, setText: (t) => { p.textContent = t; }, finish() { m.setAttribute('aria-busy', 'false'); } };
      },
      streaming() {},`,
  },
  mistral: {
    editor: 'mountProseMirrorLike',
    code: `
      composer() { return document.createElement('div'); },
      user(thread, text) {
        const m = document.createElement('div'); m.setAttribute('data-message-author-role', 'user');
        const b = document.createElement('div'); b.className = 'select-text'; b.textContent = text; m.appendChild(b); thread.appendChild(m);
        return { el: m, setText: (t) => { b.textContent = t; } };
      },
      assistant(thread, text) {
        const m = document.createElement('div'); m.setAttribute('data-message-author-role', 'assistant'); m.setAttribute('data-streaming', 'true');
        const a = document.createElement('div'); a.setAttribute('data-message-part-type', 'answer'); const p = document.createElement('p'); p.textContent = text;
        a.appendChild(p); m.appendChild(a); thread.appendChild(m);
        return { el: m, setText: (t) => { p.textContent = t; }, finish() { m.setAttribute('data-streaming', 'false'); } };
      },
      streaming() {},`,
  },
  kimi: {
    // test/fixtures/sites/kimi/kimi-onenote-test.html: a .segment per message; the send control carries 'stop' while
    // an answer streams.
    editor: 'mountLexicalLike',
    code: `
      composer() { const el = document.createElement('div'); el.className = 'chat-input-editor'; return el; },
      user(thread, text) {
        const seg = document.createElement('div'); seg.className = 'segment segment-user';
        const box = document.createElement('div'); box.className = 'segment-content-box';
        const uc = document.createElement('div'); uc.className = 'user-content'; const span = document.createElement('span'); span.className = 'user-content__text'; span.textContent = text;
        uc.appendChild(span); box.appendChild(uc); seg.appendChild(box); thread.appendChild(seg);
        return { el: seg, setText: (t) => { span.textContent = t; } };
      },
      assistant(thread, text) {
        const seg = document.createElement('div'); seg.className = 'segment segment-assistant';
        const box = document.createElement('div'); box.className = 'segment-content-box';
        const mc = document.createElement('div'); mc.className = 'markdown-container'; const md = document.createElement('div'); md.className = 'markdown';
        const p = document.createElement('div'); p.className = 'paragraph'; p.textContent = text;
        md.appendChild(p); mc.appendChild(md); box.appendChild(mc); seg.appendChild(box); thread.appendChild(seg);
        return { el: seg, setText: (t) => { p.textContent = t; }, finish() {} };
      },
      streaming(on) { toggleStop(on, 'div', { class: 'send-button-container stop' }); },`,
  },
};

const SITE_TITLES: Record<SiteId, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  perplexity: 'Perplexity',
  deepseek: 'DeepSeek',
  grok: 'Grok',
  copilot: 'Copilot',
  mistral: 'Le Chat - Mistral AI',
  kimi: 'Kimi',
};

/** The real library for each fake editor (textareas have none: the browser's own is real). */
const REAL_EDITORS: Record<string, string> = {
  mountProseMirrorLike: 'mountProseMirror',
  mountTiptapLike: 'mountTiptap',
  mountQuillLike: 'mountQuill',
  mountLexicalLike: 'mountLexical',
};
/** Serve the folder buildRealEditors() returns under this mount. */
export const REAL_EDITORS_MOUNT = 'real-editors';
// The editors keep spaces as typed only pre-wrapped (their own style sheets say so); room to click in.
const REAL_EDITORS_HEAD = `<script src="/${REAL_EDITORS_MOUNT}/real-editors.js"></script>
<style>.ProseMirror, .ql-editor { white-space: pre-wrap; word-wrap: break-word; }
#composer-slot [contenteditable="true"], #composer-slot textarea { display: block; width: 40em; min-height: 3em; font: 15px/1.4 sans-serif; }
#composer-slot textarea { height: 24em; }</style>`;

/** Escapes for embedding JSON inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The page for `site`. Serve it under the site's prefix route (`/claude/*` etc.) so every SPA path lands on it. */
export function sitePage(site: SiteId, opts: SitePageOptions = {}): string {
  const { editor, code } = SITE_SCRIPTS[site];
  const mount = opts.composer === 'rejecting' ? 'mountRejectingEditor' : editor;
  const real = opts.composer === 'real' ? (REAL_EDITORS[mount] ?? null) : null;
  const paths = SITE_PATHS[site];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="reverie-test-site" content="${site}">
<title>${escapeHtml(opts.title ?? SITE_TITLES[site])}</title>
<script src="/composers/fake-editors.js"></script>${opts.composer === 'real' ? REAL_EDITORS_HEAD : ''}</head>
<body>
<nav><a id="new-chat" href="${paths.newChat}">New chat</a></nav>
<main><div id="thread"></div>
<form id="composer-form"><div id="composer-slot"></div><button type="submit" id="send" data-testid="send-button" aria-label="Send prompt">Send</button></form></main>
<script>
(() => {
  const thread = document.getElementById('thread');
  const slot = document.getElementById('composer-slot');
  const form = document.getElementById('composer-form');
  const NEW_CHAT = ${scriptJson(paths.newChat)};
  const CONVERSATION = ${scriptJson(paths.conversation('__ID__'))};
  function toggleStop(on, tag, attrs) {
    const old = document.getElementById('stop');
    if (old) old.remove();
    if (!on) return;
    const b = document.createElement(tag); b.id = 'stop'; b.type = 'button';
    for (const k in attrs) b.setAttribute(k, attrs[k]);
    b.textContent = 'Stop'; form.appendChild(b);
  }
  function grokRow(thread, side, text) {
    const row = document.createElement('div'); row.id = 'response-' + thread.children.length; row.className = 'flex flex-col ' + side;
    const bubble = document.createElement('div'); bubble.className = 'message-bubble';
    const md = document.createElement('div'); md.className = 'response-content-markdown'; const p = document.createElement('p'); p.textContent = text;
    md.appendChild(p); bubble.appendChild(md); row.appendChild(bubble); thread.appendChild(row);
    return { el: row, setText: (t) => { p.textContent = t; } };
  }
  const site = { ${code} };

  let editor = null;
  function mountComposer() {
    if (editor) editor.destroy();
    slot.replaceChildren();
    const el = site.composer();
    slot.appendChild(site.wrapComposer ? site.wrapComposer(el) : el);
    editor = ${real ? `ReverieRealEditors[${scriptJson(real)}]` : `ReverieFakeEditors[${scriptJson(mount)}]`}(el);
    window.__editor = editor;
  }
  function render(turns) {
    for (const t of turns || []) {
      if (t.role === 'user') site.user(thread, t.text);
      else site.assistant(thread, t.text).finish();
    }
  }
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const chat = {
    /** The scripted assistant's answer to a sent message; null: no answer. */
    reply: (text) => 'Noted. Here is my answer to: ' + text.split('\\n').pop().slice(0, 60),
    user(text) { site.user(thread, text); },
    assistant(text) { site.assistant(thread, text).finish(); },
    /** Streams an answer word by word, then finishes it (the site's streaming signal is on meanwhile). */
    async stream(text, steps = 4, ms = 60) {
      site.streaming(true);
      const words = text.split(' ');
      const turn = site.assistant(thread, '');
      for (let i = 1; i <= steps; i++) {
        turn.setText(words.slice(0, Math.ceil((words.length * i) / steps)).join(' '));
        await sleep(ms);
      }
      turn.finish();
      site.streaming(false);
    },
    /** The user edited prompt number index (0-based among user turns): the site re-renders it in place. */
    editUser(index, text) {
      const users = [];
      site.__users.forEach((u) => u.el.isConnected && users.push(u));
      users[index].setText(text);
    },
    /** Regenerate: the last answer is replaced by a new one, streamed. */
    async regenerate(text) {
      const last = site.__assistants.filter((a) => a.el.isConnected).pop();
      if (last) last.el.remove();
      await chat.stream(text);
    },
    /** SPA navigation: new URL, the thread re-rendered, a fresh composer (like the site's router). */
    navigate(path, turns) {
      history.pushState({}, '', path);
      thread.replaceChildren();
      site.__users.length = 0; site.__assistants.length = 0;
      render(turns);
      mountComposer();
    },
    newChat() { chat.navigate(NEW_CHAT, []); },
    /** Sends what the composer holds, as the site does: the prompt joins the thread, the composer empties. */
    async send() {
      const text = editor.getText().trim();
      if (!text) return;
      if (thread.children.length === 0 && location.pathname === new URL(NEW_CHAT, location.href).pathname) {
        history.pushState({}, '', CONVERSATION.replace('__ID__', 'n' + Date.now().toString(36) + Math.floor(Math.random() * 1e4)));
      }
      site.user(thread, text);
      mountComposer();
      const answer = chat.reply && chat.reply(text);
      if (answer) await chat.stream(answer);
    },
    editorText: () => editor.getText(),
  };
  // Remember the turns made, for edit and regenerate.
  site.__users = []; site.__assistants = [];
  const makeUser = site.user, makeAssistant = site.assistant;
  site.user = (t, x) => { const r = makeUser(t, x); site.__users.push(r); return r; };
  site.assistant = (t, x) => { const r = makeAssistant(t, x); site.__assistants.push(r); return r; };

  form.addEventListener('submit', (e) => { e.preventDefault(); void chat.send(); });
  document.getElementById('new-chat').addEventListener('click', (e) => { e.preventDefault(); chat.newChat(); });
  window.__chat = chat;
  render(${scriptJson(opts.turns ?? [])});
  mountComposer();
})();
</script></body></html>`;
}
