/**
 * Measures a built site for the benchmark: its size on disk, the bytes of each kind of page (the budget
 * test's measurement) and what the first search query transfers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { breachesOf, totalsOf, type PageTotals } from '../tools/measure/budgets.ts';
import { measurePage } from '../tools/measure/measure-page.ts';
import { listBuiltPages, representativePages } from '../tools/measure/page-kinds.ts';
import { countPdfPages } from '../src/lib/print.ts';
import { offeredPrintouts } from '../tools/measure/printouts.ts';
import { firstSearchCost } from '../tools/measure/search-cost.ts';
import { distFileSizes } from '../src/integrations/dist-files.ts';

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  const files = distFileSizes(dir);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length };
}

/** The PDFs a build wrote, by kind: files, pages (sheets' sides) and bytes. */
export interface PdfSheets {
  handout: { files: number; pages: number; bytes: number };
  notice: { files: number; pages: number; bytes: number };
}

/** The PDFs the PDF step wrote, by kind (from the pages that offer them), with their pages and bytes. */
export function pdfSheets(dist: string): PdfSheets {
  const out: PdfSheets = { handout: { files: 0, pages: 0, bytes: 0 }, notice: { files: 0, pages: 0, bytes: 0 } };
  // The benchmark builds at the root path (run.ts).
  for (const target of offeredPrintouts(dist, '/')) {
    const pdf = path.join(dist, target.pdf);
    if (!existsSync(pdf)) continue;
    const bytes = readFileSync(pdf);
    const kind = out[target.kind];
    kind.files++;
    kind.pages += countPdfPages(bytes);
    kind.bytes += bytes.byteLength;
  }
  return out;
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
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return { url, stop: () => child.kill() };
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
  /** Bytes as served by a server that compresses nothing. */
  bytes: number;
  /** As a compressing server sends them (Pagefind's index files are already gzip; its JS and WASM are not). */
  gzip: number;
}

/** What a reader's first search transfers: the budget test's measurement (tools/measure/search-cost.ts). */
export async function firstQueryCost(browser: Browser, baseUrl: string, query: string): Promise<QueryCost> {
  const { requests, bytes, gzip } = await firstSearchCost(browser, baseUrl, query);
  return { query, requests, bytes, gzip };
}
