/**
 * Byte budgets (README "性能预算"): one page of every kind the built site has, the largest of its kind,
 * loaded cold at 390 px; everything received before interaction is measured gzip -9 and held to the
 * budgets. The table is printed and attached on every run, pass or fail.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { breachesOf, firstRoundTrip, formatBudgetTable, type PageMeasurement } from '../../tools/measure/budgets.ts';
import { measurePage, PHONE_VIEWPORT } from '../../tools/measure/measure-page.ts';
import { listBuiltPages, representativePages } from '../../tools/measure/page-kinds.ts';
import { FIRST_SEARCH_BUDGET, firstSearchCost } from '../../tools/measure/search-cost.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

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

/** One page of every kind, the largest, with the address to open it at (the 404 page at a missing one). */
function pageKinds(baseURL: string) {
  return representativePages(listBuiltPages(dist)).map(({ kind, path: sitePath }) => ({
    kind,
    url: new URL(kind === '404' ? 'no-such-page/' : sitePath.replace(/^\//, ''), baseURL).href,
  }));
}

/** Runs `check` on one page of every kind and fails with every problem it finds, all at once. */
async function expectEveryKind(baseURL: string, check: (kind: string, url: string) => Promise<string[]>) {
  test.setTimeout(300_000);
  const problems: string[] = [];
  for (const { kind, url } of pageKinds(baseURL)) problems.push(...(await check(kind, url)));
  expect(problems).toEqual([]);
}

test('every kind of page paints from its HTML alone: no render-blocking request, its styles inline under the CSP, the stylesheet still loaded without JavaScript', async ({
  browser,
  baseURL,
}) =>
  expectEveryKind(baseURL!, async (kind, url) => {
    const problems: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(url, { waitUntil: 'load' });
      // Chromium marks each resource that held up the first paint (Resource Timing's renderBlockingStatus).
      const facts = await page.evaluate(() => ({
        blocking: performance
          .getEntriesByType('resource')
          .filter(
            (e) =>
              (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
          )
          .map((e) => e.name),
        sheetsInHead: document.head.querySelectorAll('link[rel="stylesheet"]').length,
        inlineRules: [...document.querySelectorAll('head style')].reduce(
          (n, s) => n + (s as HTMLStyleElement).sheet!.cssRules.length,
          0,
        ),
        linkedSheetsLoaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
          (link) => (link.sheet?.cssRules.length ?? 0) > 0,
        ),
        headerColour: getComputedStyle(document.querySelector('.site-header, body')!).backgroundColor,
      }));
      const where = `${kind}（${url}，JavaScript ${javaScriptEnabled ? '开' : '关'}）`;
      if (facts.blocking.length > 0) problems.push(`${where}：阻塞首次渲染的请求 ${facts.blocking.join('、')}`);
      if (facts.sheetsInHead > 0) problems.push(`${where}：<head> 里还链接着样式表`);
      if (facts.inlineRules === 0) problems.push(`${where}：<head> 里没有样式`);
      if (!facts.linkedSheetsLoaded) problems.push(`${where}：页尾链接的样式表没有加载`);
      if (facts.headerColour === 'rgba(0, 0, 0, 0)') problems.push(`${where}：页头没有样式`);
      problems.push(...violations.map((v) => `${where}：${v}`));
      await context.close();
    }
    return problems;
  }));

test('the first 14 KB (gzip) of every kind of page hold everything its first screen needs', async ({
  browser,
  baseURL,
}) =>
  expectEveryKind(baseURL!, async (kind, url) => {
    // Without JavaScript both times: what the first round trip can paint, before any script runs. Each
    // in a fresh context, so no link is :visited the second time.
    const screen = async (body?: string) => {
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false });
      const page = await context.newPage();
      if (body !== undefined) {
        // The first round trip alone: the start of the page, and no stylesheet (it would be a second trip).
        await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
        await page.route('**/*.css', (route) => route.abort());
      }
      await page.goto(url, { waitUntil: 'load' });
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      const html = body === undefined ? await (await context.request.get(url)).text() : body;
      await context.close();
      return { shot, html };
    };
    const { shot: whole, html } = await screen();
    const start = firstRoundTrip(html);
    const { shot: first } = await screen(start);
    if (first.equals(whole)) return [];
    const name = `first-screen-${kind.replace(/\W+/g, '_')}`;
    await test.info().attach(`${name}-whole.png`, { body: whole, contentType: 'image/png' });
    await test.info().attach(`${name}-first-14kb.png`, { body: first, contentType: 'image/png' });
    return [
      `${kind}（${url}）：只有前 14 KB（gzip，${start.length} / ${html.length} 个字符）时，第一屏和完整页面不一样`,
    ];
  }));

/**
 * The first search a reader makes, from typing the query until the results are in: a word, a question
 * and a place, each answered from the search page's own table; a word only the pages' text holds,
 * answered from a few postings files; and a lecture's title, whose answer shows pages known only by
 * their cards (src/search/shards.ts). None may load Pagefind: it waits until the reader asks for more.
 */
const FIRST_SEARCHES = ['溺水', '孤儿上大学有补助吗', '儿童之家在哪'];
const FULL_TEXT_SEARCH = '电子烟';

/**
 * A lecture's title (else a news post's), read from the built site's result cards (never written here):
 * pages known to the first answer only by their cards. A district's first day may have neither yet.
 */
function cardTitle(): string | undefined {
  const folder = path.join(dist, 'search', 'cards');
  if (!existsSync(folder)) return undefined;
  const cards = readdirSync(folder)
    .sort((a, b) => parseInt(a) - parseInt(b))
    .flatMap((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as string[][]);
  const record = (section: string) =>
    cards.find(([url]) => new RegExp(`^/${section}/[^/]+/$`).test(url ?? '') && !/^\/\w+\/\d{4}\/$/.test(url ?? ''));
  return (record('lectures') ?? record('news'))?.[1];
}

test('the first search transfers at most 60 KB (gzip) in at most 6 requests', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const costs = [];
  const cardQuery = cardTitle();
  for (const query of [...FIRST_SEARCHES, FULL_TEXT_SEARCH, ...(cardQuery ? [cardQuery] : [])])
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
  // The text's answer came from the postings, and the lecture's (or post's) from its card.
  const fullText = costs.find((c) => c.query === FULL_TEXT_SEARCH)!;
  expect(
    Object.keys(fullText.files).some((f) => f.startsWith('search/grams/')),
    table,
  ).toBe(true);
  const byCard = costs.find((c) => c.query === cardQuery);
  if (byCard)
    expect(
      Object.keys(byCard.files).some((f) => f.startsWith('search/cards/')),
      table,
    ).toBe(true);
});
