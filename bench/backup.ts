/**
 * Backups of a large database in the real extension: headless Chromium with the test build, a database of about
 * 200 MB written straight into IndexedDB (turns and passage memories of realistic length), then the options page's
 * own buttons: "Download a full backup" and "Restore from a Reverie backup". Prints the database and file sizes, the
 * time each took, and whether every row came back. The old path (the backup as one message) failed past ~26 MB of
 * chat text with "Message exceeded maximum allowed size of 64MiB".
 * Run: npm run build:test && npm run bench:backup [-- --mb 200]
 */
import { stat, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const TARGET_MB = arg('mb', 200);
const TURN_CHARS = 1_800;

const WORDS = 'kiln glaze stoneware cone firing raku matte satin dolomite feldspar silica clay wheel trimming bisque reduction oxidation'.split(' ');

async function main() {
  const profile = await mkdtemp(path.join(tmpdir(), 'reverie-bench-backup-'));
  const browser = await launchChromium({ userDataDir: profile });
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Download a full backup (JSON)' }).waitFor();
    // tsx names inner functions with an `__name` helper that the page does not have.
    await options.evaluate('globalThis.__name = (f) => f');

    // 1. Seed: rows written with IndexedDB directly (the engine's own ingest would take far longer than the backup).
    const pairs = Math.ceil((TARGET_MB * 1024 * 1024) / (2 * TURN_CHARS * 2)); // UTF-16 in memory ≈ 2 bytes a char
    const seedStart = Date.now();
    await options.evaluate(
      async ({ pairs, chars, words }) => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const open = indexedDB.open('reverie');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const text = (i: number) => {
          let s = `Note ${i}:`;
          while (s.length < chars) s += ` ${words[(i * 7 + s.length) % words.length]}`;
          return s;
        };
        const t0 = Date.UTC(2025, 0, 1);
        for (let start = 0; start < pairs; start += 2_000) {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(['turns', 'memories', 'conversations'], 'readwrite');
            for (let i = start; i < Math.min(pairs, start + 2_000); i++) {
              const key = `claude:bench-${Math.floor(i / 20)}`;
              const id = `${key}#${i % 20}`;
              const at = t0 + i * 60_000;
              if (i % 20 === 0) tx.objectStore('conversations').put({ key, site: 'claude', conversationId: `bench-${i / 20}`, url: `https://claude.ai/chat/bench-${i / 20}`, title: `Bench ${i / 20}`, firstSeenAt: at, lastSeenAt: at });
              tx.objectStore('turns').put({ id, conversationKey: key, site: 'claude', role: i % 2 ? 'assistant' : 'user', ordinal: i % 20, text: text(i), textHash: String(i), capturedAt: at, updatedAt: at });
              tx.objectStore('memories').put({ id: `${id}:p0`, kind: 'passage', text: text(i), hash: `h${i}`, status: 'active', sourceTurnIds: [id], conversationKey: key, site: 'claude', url: `https://claude.ai/chat/bench`, occurredAt: at, createdAt: at, updatedAt: at, importance: 0.5, strength: 1, useCount: 0, pinned: 0, origin: 'capture' });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        db.close();
      },
      { pairs, chars: TURN_CHARS, words: WORDS },
    );
    const usage = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    console.log(`seeded ${pairs.toLocaleString()} turns + ${pairs.toLocaleString()} memories in ${((Date.now() - seedStart) / 1000).toFixed(1)} s; origin storage ${(usage / 1e6).toFixed(0)} MB`);

    // 2. Backup through the options page's button.
    const exportStart = Date.now();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 30 * 60_000 }),
      options.getByRole('button', { name: 'Download a full backup (JSON)' }).click(),
    ]);
    const file = path.join(profile, 'backup.json');
    await download.saveAs(file);
    const exportMs = Date.now() - exportStart;
    const size = (await stat(file)).size;
    console.log(`backup: ${(size / 1e6).toFixed(0)} MB file in ${(exportMs / 1000).toFixed(1)} s (${(size / 1e6 / (exportMs / 1000)).toFixed(1)} MB/s)`);

    // 3. Restore it through the options page's file input (the engine host stops, the rows are replaced, verified).
    const restoreStart = Date.now();
    await options.getByLabel('Restore from a Reverie backup').setInputFiles(file);
    await options.getByText(/Restored your memory from|could not be restored|not a Reverie backup/).waitFor({ timeout: 30 * 60_000 });
    const restoreMs = Date.now() - restoreStart;
    const outcome = await options.locator('.card', { hasText: 'Back up and restore' }).innerText();
    const counts = await options.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open('reverie');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
        });
      const out = { turns: await count('turns'), memories: await count('memories') };
      db.close();
      return out;
    });
    const ok = /Restored your memory/.test(outcome) && counts.turns === pairs && counts.memories === pairs;
    console.log(`restore: ${(restoreMs / 1000).toFixed(1)} s (${(size / 1e6 / (restoreMs / 1000)).toFixed(1)} MB/s); rows back: turns ${counts.turns}/${pairs}, memories ${counts.memories}/${pairs} — ${ok ? 'verified' : 'FAILED'}`);
    if (!ok) {
      console.log(outcome);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
