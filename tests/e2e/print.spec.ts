/** Printing from the browser: print media drops the chrome and adds the page's origin and QR code. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { isYearSegment } from '../../src/lib/archive.ts';
import { formatFileSize } from '../../src/lib/print.ts';
import { homes, published } from '../support/site-content.ts';

const siteRoot = () =>
  `${process.env['SITE_URL'] ?? 'http://localhost:4321'}${(process.env['BASE_PATH'] ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/')}`;

/** The latest year with a record page in a folder of dist/ ("lectures/2024/"). */
const latestYear = (folder: string) =>
  `${folder}/${readdirSync(`dist/${folder}`).filter(isYearSegment).sort().at(-1)}/`;

// One page of each kind a reader might print.
const CONTENT_PAGES = [
  './',
  'guide/',
  'handouts/',
  'handouts/online/',
  'homes/',
  'lectures/',
  latestYear('lectures'),
  'news/',
  latestYear('news'),
];

test('print media shows no navigation, search, buttons or footer on content pages', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of CONTENT_PAGES) {
    await page.goto(path);
    for (const chrome of ['nav', 'form', 'button', '.site-header', '.site-footer', '.skip-link']) {
      const all = page.locator(chrome);
      for (let i = 0; i < (await all.count()); i++) await expect(all.nth(i), `${path} ${chrome}`).toBeHidden();
    }
    await expect(page.locator('main h1'), path).toBeVisible();
  }
});

test('a printed page carries its title, address, updated date and a QR code; the screen does not', async ({ page }) => {
  await page.goto('handouts/online/');
  const head = page.locator('.print-head');
  await expect(head).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(head).toBeVisible();
  await expect(head).toContainText('孩子上网，家长这样管');
  await expect(head.locator('.print-url')).toHaveText(`${siteRoot()}handouts/online/`);
  // The date the page's own header shows (its file's last change), not a date fixed in the test.
  const updated = await page.locator('.page-head .meta time').textContent();
  expect(updated).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(head).toContainText(`更新日期：${updated}`);
  // Whom the leaflet is for, from its file, on screen and on paper.
  const audience = published('handouts', /\.mdx$/).find((h) => h.file === 'online.mdx')!.data['audience'] as string[];
  await expect(page.locator('.page-head .meta')).toContainText(`适合：${audience.join('、')}`);
  const qr = head.locator('svg.print-qr');
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThan(60); // about 20 mm on paper
});

test('printed text is black and external links print their address', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(0, 0, 0)');
  // The footer's correction link is external; it is hidden in print, so make one in the content to test the rule.
  const after = await page.evaluate(() => {
    const a = Object.assign(document.createElement('a'), { href: 'https://www.gov.cn/', textContent: '中国政府网' });
    document.querySelector('main')!.append(a);
    return getComputedStyle(a, '::after').content;
  });
  expect(after).toBe('" (https://www.gov.cn/)"');
});

test('the print button appears only with JavaScript and opens the print dialog', async ({ page }) => {
  // Headless Chromium has no print dialog to show; count the calls instead.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('handouts/water-safety/');
  const button = page.getByRole('button', { name: '打印' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the print button stays hidden and the PDF link remains', async ({ page }) => {
    await page.goto('handouts/water-safety/');
    await expect(page.locator('[data-print-button]')).toBeHidden();
    await expect(page.getByRole('link', { name: '下载打印版' })).toBeVisible();
  });
});

test('the handouts page shows a miniature of each leaflet and states the real size of each PDF', async ({
  page,
  request,
}) => {
  await page.goto('handouts/');
  const cards = page.locator('.handout-card');
  expect(await cards.count()).toBe(published('handouts', /\.mdx$/).length);
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    const title = await card.locator('h2').innerText();
    const sheet = card.getByRole('img');
    await expect(sheet).toHaveAccessibleName(new RegExp(`^宣传单《${title}》的缩略示意`));
    await expect(sheet).toBeVisible();
    const link = card.getByRole('link', { name: /下载打印版/ });
    await expect(link).toHaveAccessibleName(new RegExp(`下载打印版\\s*：${title}`));
    const pdf = await request.get((await link.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expect(card.locator('.pdf-size')).toHaveText(`（PDF，${formatFileSize((await pdf.body()).byteLength)}）`);
  }
});

test("a printed town list is set at 11 pt at least, its homes' names at 12 pt", async ({ page }) => {
  // A town with homes (a town may have none yet).
  await page.goto(`towns/${homes()[0]!.town}/`);
  await page.emulateMedia({ media: 'print' });
  const pt = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96);
  expect(await page.locator('.town-home').count()).toBeGreaterThan(0);
  expect(await pt('.town-homes')).toBeGreaterThanOrEqual(11);
  expect(await pt('.town-home p')).toBeGreaterThanOrEqual(11);
  expect(await pt('.town-home h3')).toBeGreaterThanOrEqual(12);
});
