/**
 * A static server for dist/ on loopback, the way a web server would serve it: under the base path,
 * directory index, trailing-slash redirects, the 404 page and correct content types. Used by the
 * end-to-end tests (scripts/serve-dist.ts) and by the PDF step (scripts/render-pdfs.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** The built site's folder. */
  root: string;
  /** The sub-path the site is served under, with leading and trailing slash ("/" at the root). */
  base: string;
  /** 0 picks a free port. */
  port: number;
}

export interface StaticServer {
  server: Server;
  /** The site's address, e.g. "http://127.0.0.1:4322/zt/wcnrbh/". */
  url: string;
  close(): Promise<void>;
}

export function serveStatic({ root: rootDir, base, port }: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(rootDir);

  async function resolveFile(urlPath: string): Promise<string | null> {
    if (!urlPath.startsWith(base)) return null;
    const relative = decodeURIComponent(urlPath.slice(base.length));
    const file = path.resolve(root, relative);
    if (!file.startsWith(root)) return null;
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        const index = path.join(file, 'index.html');
        return (await stat(index).catch(() => null)) ? index : null;
      }
      return file;
    } catch {
      return null;
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A directory without its trailing slash redirects, as nginx does.
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname)) {
      const asDir = await resolveFile(`${url.pathname}/`);
      if (asDir) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const file = await resolveFile(url.pathname);
    const target = file ?? path.join(root, '404.html');
    res.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
