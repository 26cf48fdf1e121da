/**
 * Serves dist/ on loopback for the end-to-end tests, under BASE_PATH when set (see static-server.ts).
 * Usage: node scripts/serve-dist.ts [port]
 */
import { normalizeBasePath } from '../src/lib/env.ts';
import { serveStatic } from './static-server.ts';

const { url } = await serveStatic({
  root: process.env['DIST_DIR'] ?? 'dist',
  base: normalizeBasePath(process.env['BASE_PATH']),
  port: Number(process.argv[2] ?? process.env['PORT'] ?? 4322),
});
console.log(`dist/ served at ${url}`);
