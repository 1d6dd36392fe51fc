// The demo chat: a page in claude.ai's markup with a scripted assistant. `npm run demo` serves it AS https://claude.ai
// through the browser's request routing, so the store build's content script runs on it, with no network at all;
// the warm-start e2e test serves it on 127.0.0.1, where the test build's content script also runs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const DEMO_PATHS = {
  newChat: '/new',
  conversation: (id) => `/chat/${id}`,
};

const FAKE_EDITORS = fileURLToPath(new URL('../../test/fixtures/composers/fake-editors.js', import.meta.url));

/** The scripted assistant's answers: the first rule whose words all appear in the prompt wins. */
const ANSWERS = [
  { words: ['lisbon'], text: 'Lisbon in March is mild, around 17 °C. Book the tram 28 early in the morning and try a pastel de nata in Belém.' },
  { words: ['sourdough'], text: 'Feed your starter equal weights of flour and water every 12 hours at room temperature, or weekly in the fridge.' },
  { words: ['rust'], text: 'In Rust, borrow the value immutably while you read it and clone only what has to outlive the borrow.' },
];
const DEFAULT_ANSWER = 'Got it — I will keep that in mind. Anything else?';

const CSS = `
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; display: flex; height: 100vh; color: #1f1e1d; background: #faf9f5; }
nav { width: 200px; padding: 16px; background: #f0eee6; border-right: 1px solid #e5e2d9; }
nav a { display: block; color: #1f1e1d; text-decoration: none; padding: 4px 0; }
nav a#new-chat { font-weight: 600; margin-bottom: 12px; }
main { flex: 1; display: flex; flex-direction: column; max-width: 760px; margin: 0 auto; padding: 16px; }
#thread { flex: 1; overflow: auto; display: flex; flex-direction: column; gap: 12px; }
[data-testid="user-message"] { align-self: flex-end; background: #e9e6dc; border-radius: 12px; padding: 8px 12px; white-space: pre-wrap; }
.font-claude-response { padding: 4px 0; }
fieldset { border: 1px solid #d9d5c7; border-radius: 14px; padding: 10px 12px; background: #fff; margin: 0; }
.ProseMirror { min-height: 60px; max-height: 320px; overflow: auto; outline: none; white-space: pre-wrap; }
.ProseMirror p { margin: 0; }
#send { float: right; margin-top: 6px; border: 0; border-radius: 8px; background: #c96442; color: #fff; padding: 6px 12px; cursor: pointer; }
.hint { font-size: 12px; color: #7a776e; margin-top: 6px; }`;

/** The demo page. Every path serves it; the script reads the conversation from the URL like the real app. */
function demoChatPage() {
  const answers = JSON.stringify(ANSWERS).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="reverie-test-site" content="claude">
<title>Reverie demo — Claude look-alike</title><style>${CSS}</style>
<script src="/composers/fake-editors.js"></script></head>
<body>
<nav><a id="new-chat" href="${DEMO_PATHS.newChat}">+ New chat</a><div id="history"></div></nav>
<main>
  <div id="thread" class="flex-1 flex flex-col gap-3 px-4"></div>
  <form id="composer-form"><fieldset><div id="composer-slot"></div></fieldset>
  <button id="send" type="submit" aria-label="Send message">Send</button>
  <div class="hint">Not the real claude.ai: a demo page with a scripted assistant. Reverie saves this chat; click “+ New chat” to see it add your memory to the message box.</div></form>
</main>
<script>
(() => {
  const ANSWERS = ${answers};
  const DEFAULT_ANSWER = ${JSON.stringify(DEFAULT_ANSWER)};
  const thread = document.getElementById('thread');
  const slot = document.getElementById('composer-slot');
  const history_ = document.getElementById('history');
  const chats = new Map(); // id → { title, turns }
  let editor = null;

  function mountComposer() {
    if (editor) editor.destroy();
    const el = document.createElement('div');
    el.setAttribute('translate', 'no');
    el.setAttribute('data-testid', 'chat-input');
    slot.replaceChildren(el);
    editor = ReverieFakeEditors.mountProseMirrorLike(el);
    window.__editor = editor;
  }
  function userBlock(text) {
    const wrap = document.createElement('div'); wrap.setAttribute('data-test-render-count', '1');
    const msg = document.createElement('div'); msg.setAttribute('data-testid', 'user-message'); msg.className = 'font-user-message';
    const p = document.createElement('p'); p.className = 'whitespace-pre-wrap break-words'; p.textContent = text;
    msg.appendChild(p); wrap.appendChild(msg); thread.appendChild(wrap);
  }
  function assistantBlock(text, streaming) {
    const wrap = document.createElement('div'); wrap.setAttribute('data-test-render-count', '1');
    const outer = document.createElement('div'); outer.setAttribute('data-is-streaming', streaming ? 'true' : 'false');
    const body = document.createElement('div'); body.className = 'font-claude-response';
    const md = document.createElement('div'); md.className = 'standard-markdown';
    const p = document.createElement('p'); p.className = 'whitespace-normal break-words'; p.textContent = text;
    md.appendChild(p); body.appendChild(md); outer.appendChild(body); wrap.appendChild(outer); thread.appendChild(wrap);
    return { outer, p };
  }
  function answerFor(prompt) {
    const lower = prompt.toLowerCase();
    const rule = ANSWERS.find((r) => r.words.every((w) => lower.includes(w)));
    return rule ? rule.text : DEFAULT_ANSWER;
  }
  function renderHistory() {
    history_.replaceChildren();
    for (const [id, chat] of chats) {
      const a = document.createElement('a');
      a.href = '/chat/' + id; a.textContent = chat.title;
      a.addEventListener('click', (e) => { e.preventDefault(); open('/chat/' + id); });
      history_.appendChild(a);
    }
  }
  function open(path) {
    history.pushState({}, '', path);
    show();
  }
  function currentId() {
    const m = location.pathname.match(/^\\/chat\\/([\\w-]+)/);
    return m ? m[1] : null;
  }
  function show() {
    thread.replaceChildren();
    const chat = chats.get(currentId());
    document.title = chat ? chat.title + ' - Claude' : 'Claude';
    for (const t of chat ? chat.turns : []) t.role === 'user' ? userBlock(t.text) : assistantBlock(t.text, false);
    mountComposer();
  }
  async function streamAnswer(chat, text) {
    const { outer, p } = assistantBlock('', true);
    const words = text.split(' ');
    for (let i = 1; i <= 6; i++) {
      p.textContent = words.slice(0, Math.ceil((words.length * i) / 6)).join(' ');
      await new Promise((r) => setTimeout(r, 150));
    }
    outer.setAttribute('data-is-streaming', 'false');
    chat.turns.push({ role: 'assistant', text });
  }
  async function send() {
    const text = editor.getText().trim();
    if (!text) return;
    let id = currentId();
    if (!id) {
      id = 'demo-' + Date.now().toString(36);
      // The sent prompt without Reverie's block names the chat, like the site's auto-title.
      const prompt = text.replace(/⟦reverie⟧[\\s\\S]*?⟦\\/reverie⟧/g, '').trim();
      chats.set(id, { title: prompt.slice(0, 40) || 'New chat', turns: [] });
      history.pushState({}, '', '/chat/' + id);
      document.title = chats.get(id).title + ' - Claude';
      renderHistory();
    }
    const chat = chats.get(id);
    chat.turns.push({ role: 'user', text });
    userBlock(text);
    mountComposer();
    await streamAnswer(chat, answerFor(text));
  }
  document.getElementById('composer-form').addEventListener('submit', (e) => { e.preventDefault(); void send(); });
  document.getElementById('new-chat').addEventListener('click', (e) => { e.preventDefault(); open('${DEMO_PATHS.newChat}'); });
  window.addEventListener('popstate', show);
  window.__demo = { send, editorText: () => editor.getText() };
  show();
})();
</script></body></html>`;
}

/**
 * Answers every request for `origin` (the real chat host) in a Playwright browser context with the demo page and its
 * editor script, before any network is asked: the browser believes it is on claude.ai. Register it after any
 * catch-all route: Playwright tries the routes registered last first.
 */
export async function routeDemoChat(context, origin = 'https://claude.ai') {
  const page = demoChatPage();
  const editors = await readFile(FAKE_EDITORS);
  await context.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/composers/fake-editors.js') return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: editors });
    if (path === '/favicon.ico') return route.fulfill({ status: 204 });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
  });
}

/** Serves the demo page (every path) and the fake editor script on 127.0.0.1. */
export async function startDemoServer({ port = 0 } = {}) {
  const page = demoChatPage();
  const editors = await readFile(FAKE_EDITORS);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/composers/fake-editors.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(editors);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser keeps idle keep-alive sockets open long after its tab closed
      }),
  };
}
