// Node has no `self`; dexie-export-import (imported by lib/host/service.ts) reads it when it loads. Imported before
// the service, so the service runs unchanged in Node as it does in every extension context.
(globalThis as { self?: unknown }).self ??= globalThis;
// Scenario times are UTC and the block writes days in local time: local time is UTC here, whatever the machine says.
process.env.TZ = 'UTC';
// lib/messaging/protocol.ts defines the extension's messaging when it loads, and the browser polyfill under it refuses
// to load outside an extension. The runner sends no messages (it calls what the background would call): a bare
// extension identity lets those modules load; any real use of a browser API would still fail loudly.
const g = globalThis as { chrome?: { runtime?: { id?: string } }; browser?: unknown };
if (!g.chrome?.runtime?.id && g.browser === undefined) {
  g.chrome = { runtime: { id: 'reverie-node' } };
  g.browser = { runtime: { id: 'reverie-node' } };
}
export {};
