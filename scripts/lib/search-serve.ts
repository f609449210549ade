/**
 * A static file server for measuring and testing search in a browser: serves a built site under
 * its base path on a free port, gzips text the way static hosts do, and counts the bytes it sends
 * (so a benchmark can report what the first query fetched). Node-only, for scripts and tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
};
/** Already compressed (Pagefind gzips its index files itself), or binary. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.csv', '.txt']);

/** A running server. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:43123/archive/` (with the base). */
  readonly url: string;
  /** Bytes sent (bodies, after compression) since the last `resetBytes()`, by request path. */
  readonly sent: Map<string, number>;
  resetBytes(): void;
  close(): Promise<void>;
}

/**
 * Serves `root` at `base` on 127.0.0.1 and a free port.
 * @param root The built site directory.
 * @param base The base path, e.g. `/` or `/archive/`. Default `/`.
 * @returns The server; close it when done.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) return notFound(res);
      let file = normalize(join(root, path.slice(base.length)));
      if (!file.startsWith(normalize(root))) return notFound(res);
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: Buffer = await readFile(file);
        const ext = extname(file);
        const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
        if (gzip) {
          body = cache.get(file) ?? (gzipSync(body) as Buffer);
          cache.set(file, body);
          res.setHeader('content-encoding', 'gzip');
        }
        res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-cache');
        res.end(body);
        sent.set(path, (sent.get(path) ?? 0) + body.length);
      } catch {
        notFound(res);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    resetBytes: () => sent.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.statusCode = 404;
  res.end('not found');
}
