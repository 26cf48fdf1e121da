/**
 * Byte budgets (README "性能预算"): one page of every kind the built site has, the largest of its kind,
 * loaded cold at 390 px; everything received before interaction is measured gzip -9 and held to the
 * budgets. The table is printed and attached on every run, pass or fail.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { breachesOf, formatBudgetTable, type PageMeasurement } from '../../tools/measure/budgets.ts';
import { measurePage } from '../../tools/measure/measure-page.ts';
import { listBuiltPages, representativePages } from '../../tools/measure/page-kinds.ts';
import { FIRST_SEARCH_BUDGET, firstSearchCost } from '../../tools/measure/search-cost.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');

// Kinds of page every build has, whatever the content holds; the pages of records (a home, a lecture, a
// year of them…) are measured too, one per kind, as far as the content has them. Ids come from dist/.
const REQUIRED_KINDS = [
  'home',
  '404',
  'search/',
  'law/',
  'guide/',
  'policy/',
  'help/',
  'about/',
  'homes/',
  'lectures/',
  'news/',
  'handouts/',
];

test('every kind of page stays within its byte budget before interaction', async ({ browser, baseURL }, testInfo) => {
  // About 1 s per kind; generous because CI machines are shared.
  test.setTimeout(180_000);
  const kinds = representativePages(listBuiltPages(dist));
  expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(REQUIRED_KINDS));

  const measured: PageMeasurement[] = [];
  for (const { kind, path: sitePath } of kinds) {
    // The 404 page is measured as a reader meets it: at an address that does not exist.
    const relative = kind === '404' ? 'no-such-page/' : sitePath.replace(/^\//, '');
    measured.push(await measurePage(browser, new URL(relative, baseURL).href, kind, sitePath));
  }

  const table = formatBudgetTable(measured);
  console.log(`\n${table}\n`);
  await testInfo.attach('budgets.txt', { body: table, contentType: 'text/plain' });
  await testInfo.attach('budgets.json', { body: JSON.stringify(measured, null, 2), contentType: 'application/json' });

  expect(measured.flatMap(breachesOf), table).toEqual([]);
});

test('the home page paints from its HTML alone: no render-blocking request, styles applied under the CSP', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('./');
  // Chromium marks each resource that held up the first paint (Resource Timing's renderBlockingStatus).
  const blocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
      )
      .map((e) => e.name),
  );
  expect(blocking).toEqual([]);
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
  // The inline sheet did apply: the header has the site's colour, not the browser's default transparent.
  expect(await page.locator('.site-header').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  expect(violations).toEqual([]);
});

/**
 * The first search a reader makes, from typing the query until the results are in: a word, a question
 * and a place, each answered from the search page's own table; a word only the pages' text holds,
 * answered from a few postings files; and a lecture's title, whose answer shows pages known only by
 * their cards (src/search/shards.ts). None may load Pagefind: it waits until the reader asks for more.
 */
const FIRST_SEARCHES = ['溺水', '孤儿上大学有补助吗', '儿童之家在哪'];
const FULL_TEXT_SEARCH = '电子烟';

/** A lecture's title, read from the built site's result cards (never written here). */
function lectureTitle(): string {
  const folder = path.join(dist, 'search', 'cards');
  for (const file of readdirSync(folder).sort((a, b) => parseInt(a) - parseInt(b))) {
    const cards = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as string[][];
    const lecture = cards.find(
      ([url]) => /^\/lectures\/[^/]+\/$/.test(url ?? '') && !/^\/lectures\/\d{4}\/$/.test(url ?? ''),
    );
    if (lecture) return lecture[1]!;
  }
  throw new Error('搜索结果卡片里没有讲座');
}

test('the first search transfers at most 60 KB (gzip) in at most 6 requests', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const costs = [];
  const cardQuery = lectureTitle();
  for (const query of [...FIRST_SEARCHES, FULL_TEXT_SEARCH, cardQuery])
    costs.push(await firstSearchCost(browser, baseURL!, query));
  const table = costs
    .map(
      (c) =>
        `${c.query}: ${c.requests} requests, ${(c.gzip / 1024).toFixed(1)} KB gzip (${Object.entries(c.files)
          .map(([f, n]) => `${f} ${n}`)
          .join(', ')})`,
    )
    .join('\n');
  console.log(`first search:\n${table}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    `test-results/search-first-query${process.env['BASE_PATH'] && process.env['BASE_PATH'] !== '/' ? '-base' : ''}.json`,
    JSON.stringify(costs, null, 2),
  );
  await testInfo.attach('first-search.txt', { body: table, contentType: 'text/plain' });
  for (const cost of costs) {
    expect(cost.gzip, `${cost.query}\n${table}`).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET.gzip);
    expect(cost.requests, `${cost.query}\n${table}`).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET.requests);
    expect(
      Object.keys(cost.files).filter((f) => f.startsWith('pagefind/')),
      `${cost.query}\n${table}`,
    ).toEqual([]);
  }
  // The text's answer came from the postings, and the lecture's from its card.
  expect(
    Object.keys(costs.at(-2)!.files).some((f) => f.startsWith('search/grams/')),
    table,
  ).toBe(true);
  expect(
    Object.keys(costs.at(-1)!.files).some((f) => f.startsWith('search/cards/')),
    table,
  ).toBe(true);
});
