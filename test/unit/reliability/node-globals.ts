// dexie-export-import (imported by lib/host/service.ts) reads `self` when it loads; Node has only `globalThis`.
// Import this module before the service so it runs unchanged in Node, as it does in every extension context.
(globalThis as { self?: unknown }).self ??= globalThis;
export {};
