/**
 * Measures a built site for the benchmark: its size on disk, the bytes of each kind of page (the budget
 * test's measurement) and what the first search query transfers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { breachesOf, gzipSize, totalsOf, type PageTotals } from '../tests/support/budgets.ts';
import { measurePage } from '../tests/support/measure-page.ts';
import { listBuiltPages, representativePages } from '../tests/support/page-kinds.ts';

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile()) continue;
      bytes += statSync(path.join(e.parentPath, e.name)).size;
      files++;
    }
  } catch {
    return { bytes: 0, files: 0 };
  }
  return { bytes, files };
}

export function countFiles(dir: string, ext: string): number {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(ext)).length;
  } catch {
    return 0;
  }
}

/** Serves a dist folder with the project's own static server on loopback, resolving once it answers. */
export async function serveDist(root: string, dist: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-dist.ts', String(port)], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dist, BASE_PATH: '/' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) return { url, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`静态服务没有在 ${url} 启动`);
}

export interface KindRow extends PageTotals {
  kind: string;
  path: string;
  /** Pages of this kind in the build. */
  count: number;
  /** Raw size of the largest page's HTML file. */
  htmlRaw: number;
  breaches: string[];
}

export async function measureKinds(browser: Browser, baseUrl: string, dist: string): Promise<KindRow[]> {
  const pages = listBuiltPages(dist);
  const rows: KindRow[] = [];
  for (const { kind, path: sitePath, count } of representativePages(pages)) {
    const relative = kind === '404' ? 'no-such-page/' : sitePath.replace(/^\//, '');
    const m = await measurePage(browser, new URL(relative, baseUrl).href, kind, sitePath);
    const htmlRaw = pages.find((p) => p.path === sitePath)?.bytes ?? 0;
    rows.push({ kind, path: sitePath, count, htmlRaw, ...totalsOf(m), breaches: breachesOf(m) });
  }
  return rows;
}

export interface QueryCost {
  query: string;
  requests: number;
  /** Bytes as served (Pagefind's index files are already compressed). */
  bytes: number;
  gzip: number;
}

/** What a reader's first search transfers: arriving on the search page with a query, until network idle. */
export async function firstQueryCost(browser: Browser, baseUrl: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/pagefind/')) bodies.push(r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(bodies);
    return { query, requests: all.length, bytes: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSize(b), 0) };
  } finally {
    await context.close();
  }
}
