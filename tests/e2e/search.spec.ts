/**
 * The search page in Chromium, at "/" and under BASE_PATH: nothing loads before the reader asks,
 * typing shows highlighted results, filter chips narrow them, no-results helps, the keyboard works,
 * and without JavaScript the page still leads somewhere.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AXE_OPTIONS, horizontalOverflow, smallTargets } from '../support/a11y-checks.ts';
import { DIST } from '../support/dist.ts';
import { searchBuiltSite } from '../support/search-engine.ts';
import { published } from '../support/site-content.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const box = (page: Page) => page.locator('#search-page-q');
const status = (page: Page) => page.locator('[data-status]');
const results = (page: Page) => page.locator('[data-results] > li');

test('nothing from search loads until the reader focuses the box; then its table, the postings when the table cannot answer, and Pagefind only when the reader asks for more, under the base path', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('/search/terms.json'))).toEqual([]);
  expect(requests.filter((u) => /site-search/.test(u))).toEqual([]);

  await box(page).focus();
  await expect.poll(() => requests.some((u) => u === `${baseURL}search/terms.json`)).toBe(true);
  // A word every editor's page names in its title, keywords or summary: the table answers it.
  await box(page).fill('溺水');
  await expect(status(page)).toHaveText(/找到 \d+ 个相关页面/);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);

  // A word only the text of a page holds: a few postings files answer it, from the base path, and each
  // result says its text holds the word.
  await box(page).fill('电子烟');
  await expect(results(page).first().locator('mark').first()).toContainText('电子烟');
  await expect(results(page).first()).toContainText('正文里提到：电子烟');
  expect(requests.some((u) => u.startsWith(`${baseURL}search/grams/`))).toBe(true);
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  // Asking for more loads Pagefind's full answer.
  await page.locator('[data-more]').click();
  await expect.poll(() => requests.includes(`${baseURL}pagefind/pagefind.js`)).toBe(true);
  expect(requests.filter((u) => u.includes('/pagefind/')).every((u) => u.startsWith(`${baseURL}pagefind/`))).toBe(true);
  // An index written in parts (the fixture build's SEARCH_PART_PAGES makes several): every part is
  // opened and searched with the first: its entry and then its index chunks are fetched.
  const parts = readdirSync(path.join(DIST, 'pagefind')).filter((name) => /^part-\d+$/.test(name));
  if (process.env['SEARCH_PART_PAGES']) expect(parts.length).toBeGreaterThan(0);
  for (const part of parts)
    await expect
      .poll(() => requests.some((u) => u.startsWith(`${baseURL}pagefind/${part}/index/`)), { message: part })
      .toBe(true);
  // Search runs on the page's thread: no web worker script to fetch on a weak connection.
  expect(requests.some((u) => u.includes('pagefind-worker') || u.includes('pagefind-ui'))).toBe(false);
});

test('a news result says what it is and the day it was posted', async ({ page }) => {
  // The newest post, found by its own title, as a reader who saw it elsewhere would look for it.
  const post = published('news', /\.mdx?$/).at(-1)!;
  const id = post.file.replace(/\.mdx?$/, '');
  await page.goto('search/');
  await box(page).fill(post.data['title']);
  const result = results(page).filter({ has: page.locator(`h2 a[href$="news/${id}/"]`) });
  await expect(result.locator('.search-facts').first()).toHaveText(new RegExp(`^动态 · .*${post.data['date']}`));
});

test('typing a query shows a count and results with the query highlighted, linked under the base path', async ({
  page,
  baseURL,
}) => {
  await page.goto('search/');
  await box(page).fill('监护');
  await expect(status(page)).toHaveText(/找到 \d+ 个相关页面/);
  // The count is announced at once; each result appears when its excerpt has loaded.
  await expect(results(page).first().locator('mark').first()).toContainText('监护');
  const hrefs = await results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href.startsWith(baseURL!)).toBe(true);
  await expect(page).toHaveURL(/\?q=%E7%9B%91%E6%8A%A4$/);
});

test('arriving from the header form with ?q= runs the search and fills the box', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('溺水');
  await page.getByRole('button', { name: '搜索' }).first().click();
  await expect(box(page)).toHaveValue('溺水');
  await expect(status(page)).toHaveText(/找到 \d+ 个相关页面/);
  await expect(results(page).locator('mark', { hasText: '溺水' }).first()).toBeVisible();
});

test('filter chips narrow the results by kind and can be undone', async ({ page }) => {
  await page.goto('search/?q=%E5%84%BF%E7%AB%A5');
  await expect(status(page)).toHaveText(/找到 (\d+) 个相关页面/);
  const before = await status(page).textContent();
  const all = Number(before!.match(/\d+/)![0]);
  // Folded by default, so the results come first on a phone.
  await page.getByText('按类别、街道乡镇筛选').click();
  const kinds = page.getByRole('group', { name: '按类别筛选' });
  const guides = kinds.getByRole('button', { name: '监护指南', exact: true });
  await expect(kinds.getByRole('button', { name: '全部' })).toHaveAttribute('aria-pressed', 'true');
  await guides.click();
  await expect(guides).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText(/已按“监护指南”筛选/);
  const filtered = Number((await status(page).textContent())!.match(/\d+/)![0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  await expect(results(page).first()).toBeVisible();
  for (const facts of await results(page).locator('.search-facts').allTextContents())
    expect(facts.startsWith('监护指南')).toBe(true);
  await kinds.getByRole('button', { name: '全部' }).click();
  await expect(status(page)).toHaveText(before!);
});

test('a phone shows the first screen of results at once; the rest load when scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('search/?q=%E5%84%BF%E7%AB%A5');
  await expect(status(page)).toHaveText(/找到 (\d+) 个相关页面/);
  const all = Number((await status(page).textContent())!.match(/\d+/)![0]);
  expect(all).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(3);
  await page.locator('[data-more]').scrollIntoViewIfNeeded();
  await expect.poll(() => results(page).count()).toBeGreaterThan(3);
  // The button stays for keyboards and browsers without IntersectionObserver.
  await page.locator('[data-more]').click();
  await expect.poll(() => results(page).count()).toBeGreaterThan(9);
});

test('synonyms and keywords: what people say finds what the pages call it', async ({ page }) => {
  await page.goto('search/');
  for (const query of ['爷爷奶奶带的孩子', '家暴', '网瘾', '低保']) {
    await box(page).fill(query);
    await expect(status(page), query).toHaveText(/找到 \d+ 个相关页面/);
  }
});

test('no results: says so and offers suggested words and hotlines, each suggestion finding something', async ({
  page,
}) => {
  await page.goto('search/');
  await box(page).fill('比特币挖矿');
  await expect(status(page)).toHaveText('没有找到和“比特币挖矿”有关的页面。');
  const empty = page.locator('[data-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: '110' })).toHaveAttribute('href', 'tel:110');
  const suggestions = empty.getByRole('list', { name: '大家常查的词' }).getByRole('link');
  expect(await suggestions.count()).toBeGreaterThan(4);
  await suggestions.first().click();
  await expect(status(page)).toHaveText(/找到 \d+ 个相关页面/);
  for (const word of await page.locator('[data-empty] .search-suggestions a').allTextContents()) {
    await box(page).fill(word);
    await expect(status(page), word).toHaveText(/找到 \d+ 个相关页面/);
  }
});

test('a question the site answers only in part says so, naming the words no page holds', async ({ page }) => {
  await page.goto('search/');
  await box(page).fill('孩子单独在家会不会被罚款');
  await expect(status(page)).toHaveText(/找到 \d+ 个相关页面/);
  await expect(status(page)).toHaveText(/部分匹配：没有页面提到“[^”]*罚款[^”]*”/);
  await expect(results(page).first()).toBeVisible();
});

test('a homophone typo is corrected to the site’s own word, with a “您是不是要找” line', async ({ page }) => {
  await page.goto('search/');
  await box(page).fill('福采圆梦');
  const suggest = page.locator('[data-suggest]');
  await expect(suggest).toContainText('您是不是要找：福彩圆梦');
  await expect(results(page).first().locator('h2')).toContainText('福彩圆梦');
  await suggest.getByRole('link', { name: '福彩圆梦' }).click();
  await expect(box(page)).toHaveValue('福彩圆梦');
  await expect(suggest).toBeHidden();
});

test('at 390 px a partial match, a typo suggestion and no answer read well: no axe violation, no small target, no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [query, expected] of [
    ['孩子单独在家会不会被罚款', /部分匹配/],
    ['福采圆梦', /找到/],
    ['比特币挖矿', /没有找到/],
  ] as const) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toHaveText(expected);
    await page.waitForLoadState('networkidle');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(
      (options) =>
        (
          window as unknown as {
            axe: {
              run: (
                c: Document,
                o: unknown,
              ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
            };
          }
        ).axe
          .run(document, options)
          .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(' | ')}`)),
      AXE_OPTIONS,
    );
    expect(violations, query).toEqual([]);
    expect(await smallTargets(page), query).toEqual([]);
    expect(await horizontalOverflow(page), query).toBeNull();
  }
});

test('keyboard: arrow down moves from the box into the results and back up', async ({ page }) => {
  await page.goto('search/');
  await box(page).focus();
  await page.keyboard.type('溺水');
  // Typing runs a search per character: wait for the list of the whole word, which the one for "溺"
  // would otherwise replace under the focused result.
  await expect(results(page).first().locator('mark').first()).toContainText('溺水');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().locator('a')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).locator('a')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers every section, the topics and the hotlines', async ({ page }) => {
    const response = await page.goto('search/?q=%E7%9B%91%E6%8A%A4');
    // Chromium with scripts switched off by the test still parses <noscript> as text, so check the markup.
    expect(await response!.text()).toMatch(/<noscript>.*您的浏览器没有开启脚本/);
    const main = page.locator('main');
    for (const label of [
      '法律知识',
      '监护指南',
      '关爱政策',
      '儿童之家',
      '讲座安排',
      '工作动态',
      '求助热线',
      '宣传资料',
    ]) {
      await expect(main.getByRole('link', { name: label, exact: true }).first()).toBeVisible();
    }
    const topics = page.getByRole('region', { name: '按栏目查找全部页面' });
    expect(await topics.getByRole('link').count()).toBeGreaterThan(20);
    await expect(main.getByRole('link', { name: '12355' }).first()).toHaveAttribute('href', 'tel:12355');
  });
});

/** Adds up the page's layout shifts (those not caused by the reader's input), as CLS counts them. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0));
}

test('at 390 px the results appear without moving the page: layout shift under 0.05 with a query and when typing one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The search's files arrive late, as on a weak connection, so no shift hides behind the reader's typing.
  await page.route(/\/search\/(terms|pinyin)\.json$|\/search\/(grams|cards)\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  const shifts = await watchLayoutShifts(page);
  await page.goto(`search/?q=${encodeURIComponent('孩子沉迷手机怎么办')}`);
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const withQuery = await shifts();

  await page.goto('search/');
  await box(page).focus();
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  // Key by key, as a reader types (a shift right after a key press is the reader's own doing): a
  // number, since Chinese text reaches a page without key presses here.
  await box(page).pressSequentially('12355', { delay: 50 });
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const typed = await shifts();
  console.log(`layout shift: ${withQuery.toFixed(3)} with ?q=, ${typed.toFixed(3)} typing`);
  expect(withQuery).toBeLessThan(0.05);
  expect(typed).toBeLessThan(0.05);
});

test('the page draws what the search engine answers: the same first results, in the same order', async ({
  page,
  baseURL,
}) => {
  const engine = await searchBuiltSite(DIST, new URL(baseURL!).pathname);
  try {
    // A question the table answers, a word only the pages' text holds, a typo.
    for (const query of ['孩子沉迷手机怎么办', '电子烟', '福采圆梦']) {
      const found = await engine.engine.find(query, {}, { full: false });
      const expected = await Promise.all(found.results.slice(0, 3).map(async (hit) => (await hit.data()).url));
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await expect(results(page)).toHaveCount(expected.length);
      const drawn = await results(page)
        .locator('h2 a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(drawn, query).toEqual(expected);
    }
  } finally {
    await engine.close();
  }
});
