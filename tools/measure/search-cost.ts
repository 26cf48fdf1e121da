/**
 * What a reader's first search costs: on the search page, already loaded, the reader types a query;
 * every response from then until the results are shown and the network has been quiet for a second is
 * counted (the search code, the search page's table, and whatever of Pagefind's index it needs), each
 * compressed with gzip -9 as a compressing server would send it. Used by the budget test and the
 * benchmark.
 */
import type { Browser } from '@playwright/test';
import { gzipSize } from './budgets.ts';
import { PHONE_VIEWPORT } from './measure-page.ts';

/** README "性能预算": what the first search may transfer. */
export const FIRST_SEARCH_BUDGET = { gzip: 60 * 1024, requests: 6 } as const;

export interface SearchCost {
  query: string;
  requests: number;
  /** Bytes as served by a server that compresses nothing. */
  bytes: number;
  /** As a compressing server sends them (Pagefind's index files are already gzip; its JS and WASM are not). */
  gzip: number;
  /** Each file's path below the site and its gzip bytes. */
  files: Record<string, number>;
}

export async function firstSearchCost(browser: Browser, baseUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.goto(new URL('search/', baseUrl).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // The site icon is the page's own cost (the budget test counts it there), whenever Chromium fetches it.
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
    const bodies: { url: string; body: Promise<Buffer> }[] = [];
    page.on('response', (r) => {
      if (r.url() !== icon) bodies.push({ url: r.url(), body: r.body().catch(() => Buffer.alloc(0)) });
    });
    await page.locator('#search-page-q').fill(query);
    await page.waitForFunction(
      () => /找到/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    // Results load their excerpts after the count is announced: wait for a quiet second.
    for (let seen = -1; seen !== bodies.length;) {
      seen = bodies.length;
      await page.waitForTimeout(1000);
    }
    const files: Record<string, number> = {};
    let bytes = 0;
    let gzip = 0;
    for (const { url, body } of bodies) {
      const content = await body;
      const size = gzipSize(content);
      bytes += content.length;
      gzip += size;
      files[url.slice(baseUrl.length).replace(/\?.*$/, '')] = size;
    }
    return { query, requests: bodies.length, bytes, gzip, files };
  } finally {
    await context.close();
  }
}
