import type { HostConnection } from './connection';

/** Chrome builds: the engine host is the offscreen document, never the service worker itself. */
export function inProcessHost(): HostConnection {
  throw new Error('This build hosts the memory engine in its offscreen document.');
}
