/**
 * A small static server for the production build, on 127.0.0.1, sending the
 * same security headers as public/_headers. Navigations to unknown paths get
 * index.html, as a static host configured for a single-page app would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Reads the header block for "/*" from a _headers file. */
export function readHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!.trim();
  }
  return headers;
}

export interface StaticServer {
  url: string;
  /** Serve a different build from now on (a new deploy). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

export async function startServer(dir: string, port = 0): Promise<StaticServer> {
  let root = resolve(dir);
  const server: Server = createServer(async (request, response) => {
    const headers = existsSync(join(root, '_headers')) ? readHeaders(join(root, '_headers')) : {};
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = extname(path) ? '' : join(root, 'index.html');
    }
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The service worker script and HTML must be revalidated; hashed assets may be cached.
        'Cache-Control': /\/assets\//.test(file)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    setRoot(next) {
      root = resolve(next);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
