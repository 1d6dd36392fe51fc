import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  /**
   * The same server under a name the test build's host permissions do not cover (`localhost` instead of 127.0.0.1):
   * the extension reaches it only through CORS, as it reaches the Hugging Face hub, for which it holds no permission.
   */
  crossOrigin: string;
  close(): Promise<void>;
  /** Pages registered in code: path → html (or a function of the request URL). */
  route(path: string, body: string | ((url: URL) => string)): void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves chat-site look-alikes on 127.0.0.1 (the test build's content script matches it). Registered routes win;
 * `/static/...` serves files from `roots` (repo test fixtures, and ../shared fixtures read in place). Any other path
 * falls back to the route registered for its first segment (`/claude/...` → route `/claude/*`), so SPA-style URLs
 * like `/claude/chat/abc` work.
 */
export async function startFixtureServer(roots: Record<string, string> = {}): Promise<FixtureServer> {
  const routes = new Map<string, string | ((url: URL) => string)>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Files are served with CORS headers, as the Hugging Face hub serves model files (preflights answered too).
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, content-range, etag' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': '*', 'access-control-allow-private-network': 'true' }).end();
      return;
    }
    try {
      const exact = routes.get(url.pathname);
      const prefix = routes.get('/' + url.pathname.split('/')[1] + '/*');
      const handler = exact ?? prefix;
      if (handler) {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(typeof handler === 'function' ? handler(url) : handler);
        return;
      }
      const [, mount, ...rest] = url.pathname.split('/');
      const root = mount ? roots[mount] : undefined;
      if (root) {
        const file = normalize(join(root, ...rest));
        if (!file.startsWith(normalize(root))) throw new Error('outside root');
        const body = await readFile(file);
        res.writeHead(200, { ...cors, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      }
      res.writeHead(404).end('not found');
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    crossOrigin: `http://localhost:${port}`,
    route: (path, body) => routes.set(path, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
