/**
 * The built site's pages held to the accessibility promises:
 * axe finds no violation at 390 px and 1280 px, in the default look and in care mode; tap targets are
 * at least 44 px; nothing scrolls sideways at 320 px, nor with text at 200 %, nor in care mode, nor in
 * care mode on top of the reader's own text at 200 % (care mode multiplies the browser's text size).
 *
 * Which pages: in `npm test`, one page of every page kind (the largest, as the byte budgets pick it: home,
 * each section index, each kind of item page, notices, year pages, 404), so the sweep's cost does not grow
 * with every lecture and news post. With A11Y_SWEEP=all, every page in the sitemap and the 404 page: the
 * nightly workflow runs that (.github/workflows/site.yml, job a11y-all-pages).
 *
 * Up to a thousand axe runs for every page: to stay within minutes on two cores each worker keeps one page, each page
 * is loaded once, axe-core is injected once per load and run directly for each width and mode
 * (AxeBuilder re-injects axe and opens a helper page on every analyze()). Runs only in the root-path e2e
 * run (playwright.config.ts ignores this file under BASE_PATH): the pages are the same under a sub-path.
 */
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import { DIST } from '../support/dist.ts';
import { listBuiltPages, representativePages } from '../../tools/measure/page-kinds.ts';
import { AXE_OPTIONS, horizontalOverflow, setCare, sitemapPaths, smallTargets } from '../support/a11y-checks.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL: baseURL!,
        locale: locale!,
        timezoneId: timezoneId!,
        viewport: { width: 390, height: 844 },
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});
// Each test checks 16 pages in six layouts: about 10 s on an idle machine, far more on a busy one.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

/** Site paths relative to the base path, as the tests open them; the 404 page is reached by a missing address. */
function pagesToSweep(): string[] {
  if (process.env['A11Y_SWEEP'] === 'all') return [...sitemapPaths(), 'no-such-page/'];
  return representativePages(listBuiltPages(DIST)).map(({ kind, path }) =>
    kind === '404' ? 'no-such-page/' : path.replace(/^\//, ''),
  );
}

const PAGES = pagesToSweep();
const CHUNK = 16;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, options)
        .then((r) => r.violations),
    AXE_OPTIONS,
  );
  return violations.map(
    (v) =>
      `${v.id}（${v.help}）: ${v.nodes
        .slice(0, 3)
        .map((n) => String(n.target))
        .join(' | ')}`,
  );
}

async function checkPage(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const note = (where: string, list: string[]) => list.forEach((p) => problems.push(`${path || './'} [${where}] ${p}`));
  const response = await page.goto(path || './');
  expect(response?.status(), path).toBe(path === 'no-such-page/' ? 404 : 200);
  await page.evaluate(axeSource);
  for (const [width, care] of [
    [390, false],
    [390, true],
    [1280, true],
    [1280, false],
  ] as const) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await setCare(page, care);
    const where = `${width}px${care ? ' 关怀版' : ''}`;
    note(where, await axeViolations(page));
    if (width === 390) note(`${where} 点按目标`, await smallTargets(page));
  }
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [care, text] of [
    [false, ''],
    [false, '225%'],
    [true, ''],
  ] as const) {
    await setCare(page, care);
    // 225 % = the site's own 112.5 % root size, doubled: what a reader gets with the browser's text at 200 %.
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), text);
    const overflow = await horizontalOverflow(page);
    if (overflow) note(`320px${care ? ' 关怀版' : ''}${text ? ' 文字200%' : ''} 横向滚动`, [overflow]);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  // Care mode over the browser's own text setting at 200 % (32 px instead of 16 px), set the way a
  // reader sets it, through the browser, so care mode's multiplication is what gets tested.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await setCare(page, true);
  const overflow = await horizontalOverflow(page);
  if (overflow) note('320px 关怀版 浏览器文字200% 横向滚动', [overflow]);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
  await setCare(page, false);
  return problems;
}

for (let i = 0; i < PAGES.length; i += CHUNK) {
  const chunk = PAGES.slice(i, i + CHUNK);
  test(`无障碍巡检：第 ${i + 1}–${i + chunk.length} 页（共 ${PAGES.length} 页）`, async ({ sweepPage }) => {
    const problems: string[] = [];
    for (const path of chunk) problems.push(...(await checkPage(sweepPage, path)));
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
