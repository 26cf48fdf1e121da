/**
 * Serves dist/ on loopback for the end-to-end tests, under BASE_PATH when set, the way a web server
 * would: directory index, 404 page, correct content types. Usage: node scripts/serve-dist.ts [port]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { normalizeBasePath } from '../src/lib/env.ts';

const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4322);
const base = normalizeBasePath(process.env['BASE_PATH']);
const root = path.resolve(process.env['DIST_DIR'] ?? 'dist');

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

createServer(async (req, res) => {
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
}).listen(port, '127.0.0.1', () => console.log(`dist/ served at http://127.0.0.1:${port}${base}`));
