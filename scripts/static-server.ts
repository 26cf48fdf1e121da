/**
 * dist/ on loopback, the way the shipped nginx config serves it: under the base path, directory index,
 * trailing-slash redirects and the site's 404 page with status 404. Files are served by sirv (the
 * static file handler Vite's own preview uses); this module adds only what a site under a sub-path
 * needs around it. Used by the end-to-end tests and the benchmark (scripts/serve-dist.ts).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

const EXTRA_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
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
  const notFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    createReadStream(path.join(root, '404.html')).pipe(res);
  };
  // dev: look files up on each request rather than once at start, since the PDF step adds files while
  // it serves. "html" lets "/law/" find its index.html; "/law" never gets that far: it redirects below.
  const files = sirv(root, {
    dev: true,
    etag: false,
    extensions: ['html'],
    onNoMatch: (_req, res) => notFound(res),
    // Types sirv's table lacks, as deploy/nginx.conf gives them (sirv's own type wins over none).
    setHeaders: (res, pathname) => {
      const type = EXTRA_TYPES[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) return notFound(res);
    const relative = decodeURIComponent(url.pathname.slice(base.length));
    // A directory without its trailing slash redirects, as nginx does.
    if (
      relative &&
      !relative.endsWith('/') &&
      !path.extname(relative) &&
      existsSync(path.join(root, relative, 'index.html'))
    ) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    req.url = `/${relative}${url.search}`;
    files(req, res);
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
