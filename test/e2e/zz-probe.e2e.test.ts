import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { startFixtureServer } from './harness/server';
import { claudeLikePage } from './pages/claude-like';
it('probe', async () => {
  const server = await startFixtureServer();
  server.route('/claude/*', claudeLikePage({}));
  const nest = async (page: any, depth: number) => page.evaluate((depth: number) => {
    const w = window as any;
    w.__chat.assistant('');
    const p = document.querySelectorAll('.font-claude-response p');
    let node = p[p.length - 1]!;
    for (let i = 0; i < depth; i++) { const c = document.createElement((window as any).__tag ?? (i % 2 ? 'span' : 'div')); node.appendChild(c); node = c; }
    node.textContent = 'deep';
    return new Promise((r) => setTimeout(() => r(document.querySelectorAll('*').length), 1500));
  }, depth);
  const big = async (page: any) => page.evaluate(() => { (window as any).__chat.user('x'.repeat(10 * 1024 * 1024)); return new Promise((r) => setTimeout(() => r(1), 3000)); });
  for (const withExt of [false, true]) {
    const b = withExt ? (await launchChromium()).context : await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: false, args: ['--headless=new', '--no-sandbox'] });
    for (const [name, fn] of [['nest5000', (p: any) => nest(p, 5000)], ['nest500', (p: any) => nest(p, 500)], ['span5000', async (p: any) => { await p.evaluate(() => ((window as any).__tag = 'span')); return nest(p, 5000); }]] as const) {
      const page = await b.newPage();
      await page.goto(`${server.origin}/claude/chat/p-${name}`);
      await page.waitForFunction(() => Boolean((window as any).__chat));
      const r = await (fn as any)(page).then((x: any) => 'ok ' + x, (e: any) => 'ERR ' + String(e).slice(0, 80));
      console.log(withExt ? 'EXT' : 'NOEXT', name, r);
      await page.close().catch(() => {});
    }
    await b.close();
  }
  await server.close();
}, 120000);
