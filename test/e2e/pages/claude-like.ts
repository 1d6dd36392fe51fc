/**
 * A page in claude.ai's markup (data-testid=user-message, data-is-streaming, .font-claude-response, the ProseMirror
 * chat-input), served on 127.0.0.1 for the test build's content script. `window.__chat` lets a test append turns,
 * stream an answer and navigate like the single-page app does.
 */
export function claudeLikePage(opts: { title?: string; turns?: { role: 'user' | 'assistant'; text: string }[] } = {}): string {
  // Inlined in a <script>: escape '<' so a turn containing "</script>" cannot end the script early.
  const turns = JSON.stringify(opts.turns ?? []).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="reverie-test-site" content="claude"><title>${opts.title ?? 'Claude'}</title></head>
<body>
<div id="main"><div class="flex-1 flex flex-col gap-3 px-4" id="thread"></div>
<fieldset><div contenteditable="true" translate="no" class="ProseMirror" data-testid="chat-input" role="textbox"><p><br></p></div></fieldset></div>
<script>
(() => {
  const thread = document.getElementById('thread');
  function userBlock(text) {
    const wrap = document.createElement('div');
    wrap.setAttribute('data-test-render-count', '1');
    const msg = document.createElement('div');
    msg.setAttribute('data-testid', 'user-message');
    msg.className = 'font-user-message';
    const p = document.createElement('p'); p.className = 'whitespace-pre-wrap break-words'; p.textContent = text;
    msg.appendChild(p); wrap.appendChild(msg); thread.appendChild(wrap);
    return wrap;
  }
  function assistantBlock(text, streaming) {
    const wrap = document.createElement('div');
    wrap.setAttribute('data-test-render-count', '1');
    const outer = document.createElement('div');
    outer.setAttribute('data-is-streaming', streaming ? 'true' : 'false');
    const body = document.createElement('div'); body.className = 'font-claude-response';
    const md = document.createElement('div'); md.className = 'standard-markdown';
    const p = document.createElement('p'); p.className = 'whitespace-normal break-words'; p.textContent = text;
    md.appendChild(p); body.appendChild(md); outer.appendChild(body); wrap.appendChild(outer); thread.appendChild(wrap);
    return { outer, p };
  }
  window.__chat = {
    user: (text) => { userBlock(text); },
    assistant: (text) => { assistantBlock(text, false); },
    async stream(text, steps = 4, ms = 60) {
      const { outer, p } = assistantBlock('', true);
      const words = text.split(' ');
      for (let i = 1; i <= steps; i++) {
        p.textContent = words.slice(0, Math.ceil((words.length * i) / steps)).join(' ');
        await new Promise((r) => setTimeout(r, ms));
      }
      outer.setAttribute('data-is-streaming', 'false');
    },
    editUser(index, text) {
      const msgs = document.querySelectorAll('[data-testid="user-message"] p');
      msgs[index].textContent = text;
    },
    navigate(path, turns) {
      history.pushState({}, '', path);
      thread.replaceChildren();
      for (const t of turns || []) (t.role === 'user' ? userBlock(t.text) : assistantBlock(t.text, false));
    },
  };
  for (const t of ${turns}) (t.role === 'user' ? userBlock(t.text) : assistantBlock(t.text, false));
})();
</script></body></html>`;
}
