/**
 * Care mode (关怀版): the header switch, what it changes, that it is remembered across pages and reloads,
 * that it is on before the first paint (no flash of the default look), and that it scales with the
 * reader's own text size instead of fixing one.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_OPTIONS } from '../support/a11y-checks.ts';

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const careSwitch = (page: Page) => page.locator('header [data-care-toggle]');

test('the switch turns care mode on and off: larger text, black on white, one column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const toggle = careSwitch(page);
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAccessibleName('关怀版');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const columns = () =>
    page
      .locator('.card-list')
      .first()
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  expect(await rootFontPx(page)).toBe(18);
  expect(await columns()).toBeGreaterThan(1);

  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontPx(page)).toBe(24);
  expect(await columns()).toBe(1);
  const colors = await page
    .locator('main p')
    .first()
    .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
  expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  expect(await page.evaluate(() => localStorage.getItem('care-mode'))).toBe('1');
  expect(
    await new AxeBuilder({ page })
      .options(AXE_OPTIONS as never)
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);

  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-care');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await rootFontPx(page)).toBe(18);
  expect(await page.evaluate(() => localStorage.length)).toBe(0); // nothing else is stored, and off stores nothing
});

test('care mode is remembered across pages and reloads, and is on before the first paint', async ({ page }) => {
  // Records, from inside the page, the state at two moments before any bundled script can run: when the
  // parser inserts <body>, and in the first animation frame (just before the first paint). Bundled
  // scripts are modules, which run only after the whole document is parsed.
  await page.addInitScript(() => {
    const w = window as unknown as { firstLook: { at: string; care: boolean; font?: string }[] };
    w.firstLook = [];
    const care = () => document.documentElement.hasAttribute('data-care');
    // At <body> the stylesheet may still be loading (the first paint waits for it): only the attribute counts there.
    new MutationObserver((_, observer) => {
      if (document.body) {
        w.firstLook.push({ at: 'body', care: care() });
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    requestAnimationFrame(() =>
      w.firstLook.push({ at: 'first frame', care: care(), font: getComputedStyle(document.documentElement).fontSize }),
    );
  });
  // Polled: the first animation frame may come a moment after the load event on a busy machine.
  const firstLook = () => page.evaluate(() => (window as unknown as { firstLook: unknown[] }).firstLook);

  await page.goto('./');
  await expect.poll(firstLook).toEqual([
    { at: 'body', care: false },
    { at: 'first frame', care: false, font: '18px' },
  ]);
  await careSwitch(page).click();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '法律知识' }).click();
  await expect(page).toHaveURL(/law\/$/);
  await expect.poll(firstLook).toEqual([
    { at: 'body', care: true },
    { at: 'first frame', care: true, font: '24px' },
  ]);
  await expect(careSwitch(page)).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect.poll(firstLook).toEqual([
    { at: 'body', care: true },
    { at: 'first frame', care: true, font: '24px' },
  ]);
  await expect(careSwitch(page)).toHaveAttribute('aria-pressed', 'true');

  await careSwitch(page).click();
  await page.reload();
  await expect.poll(firstLook).toEqual([
    { at: 'body', care: false },
    { at: 'first frame', care: false, font: '18px' },
  ]);
});

test('a page open in another tab follows the switch at once', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto('./');
  await second.goto('law/');
  await careSwitch(first).click();
  await expect(second.locator('html')).toHaveAttribute('data-care', '');
  await expect(careSwitch(second)).toHaveAttribute('aria-pressed', 'true');
  await careSwitch(first).click();
  await expect(second.locator('html')).not.toHaveAttribute('data-care');
  await expect(careSwitch(second)).toHaveAttribute('aria-pressed', 'false');
});

test("care mode multiplies the reader's own text size rather than replacing it", async ({ page }) => {
  // The browser's default font size (set by the reader, or by the phone's text size) is 20 px here, not 16.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await page.goto('./');
  expect(await rootFontPx(page)).toBe(22.5); // 112.5 %
  await careSwitch(page).click();
  expect(await rootFontPx(page)).toBe(30); // 150 %
});

test('without JavaScript the switch, which could not work, is not shown', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('[data-care-toggle]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await context.close();
});
