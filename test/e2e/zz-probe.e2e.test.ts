import { it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { startFixtureServer } from './harness/server';
import { readStore } from './harness/db';
import { claudeLikePage } from './pages/claude-like';
it('probe', async () => {
  const server = await startFixtureServer();
  server.route('/claude/*', claudeLikePage({}));
  const b = await launchChromium();
  const sw = await b.serviceWorker();
  sw.on('console', (m) => console.log('SW', m.text().slice(0, 300)));
  const reader = await b.context.newPage();
  await reader.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const count = async (key: string) => ((await readStore((fn, arg) => reader.evaluate(fn, arg), 'turns')) as any[]).filter((t) => t.conversationKey === key).length;
  const steps: [string, (w: any) => void][] = [
    ['hostile', (w) => { w.__chat.user('<script>window.__pwned = "script"</script> x'); w.__chat.assistant('<img src=x onerror="window.__pwned=1">'); }],
    ['big', (w) => { w.__chat.user('A'.repeat(1024) + ' pasted log line\n'.repeat(10 * 1024 * 1024 / 18)); }],
    ['nest', (w) => { w.__chat.assistant(''); const p = document.querySelectorAll('.font-claude-response p'); let node = p[p.length - 1]!; for (let i = 0; i < 5000; i++) { const c = document.createElement(i % 2 ? 'span' : 'em'); node.appendChild(c); node = c; } node.textContent = 'deep'; }],
    ['bulk', (w) => { for (let i = 0; i < 3000; i++) (i % 2 ? w.__chat.assistant : w.__chat.user)(`Bulk ${i}`); }],
  ];
  for (const [i, [name, fn]] of steps.entries()) {
    const page = await b.context.newPage();
    page.on('console', (m) => console.log('PAGE', name, m.text().slice(0, 300)));
    await page.goto(`${server.origin}/claude/chat/probe-${name}`);
    await page.waitForFunction(() => Boolean((window as any).__chat));
    await page.evaluate(`(${fn.toString()})(window)`);
    let n = 0;
    for (let t = 0; t < 20 && n === 0; t++) { await new Promise((r) => setTimeout(r, 1000)); n = await count(`claude:probe-${name}`); }
    console.log('STEP', name, n);
    await page.close();
  }
  await b.close();
  await server.close();
}, 200000);
