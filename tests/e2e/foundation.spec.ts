/** The frame every page shares, at "/" and under BASE_PATH: landmarks, navigation, footer, search form, 404. */
import { expect, test } from '@playwright/test';
import { siteIdentity } from '../support/site-content.ts';

// The identity of the content under test (content/ at the root, the fixture site under the sub-path).
const site = siteIdentity();

test('home page has the skip link, navigation, search form and the government footer', async ({ page }) => {
  await page.goto('./');
  expect(await page.title()).toContain(site.name);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['法律知识', '监护指南', '关爱政策', '儿童之家', '讲座安排', '工作动态', '求助热线']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
  const footer = page.locator('footer.site-footer');
  for (const text of ['主办单位', '政府网站标识码', site.icp, '公网安备', '我要纠错'])
    await expect(footer).toContainText(text);
});

test('the footer states the site’s own registration numbers, organiser, address and phone, and 纠错 leads to the national form', async ({
  page,
}) => {
  await page.goto('homes/');
  const footer = page.locator('footer.site-footer');
  const fact = (label: string) => footer.locator('dt', { hasText: label }).locator('+ dd');
  await expect(fact('主办单位')).toHaveText(site.organizer);
  await expect(fact('地址')).toHaveText(site.address);
  await expect(fact('政府网站标识码')).toHaveText(String(site.govSiteCode));
  await expect(fact('电话')).toContainText(site.phone);
  await expect(fact('电话')).toContainText(site.officeHours);
  await expect(footer).toContainText(site.icp);
  await expect(footer).toContainText(site.psb);
  await expect(footer.getByRole('link', { name: '我要纠错' })).toHaveAttribute('href', site.correctionUrl);
  for (const hotline of site.hotlines)
    await expect(footer.getByRole('link', { name: hotline.number, exact: true })).toHaveAttribute(
      'href',
      `tel:${hotline.number}`,
    );
});

test('a page’s title names the page and then the site; the home page is the site’s name alone', async ({ page }) => {
  await page.goto('homes/');
  await expect(page).toHaveTitle(`儿童之家 - ${site.name}`);
  await page.goto('./');
  await expect(page).toHaveTitle(site.name);
});

test('the main navigation marks the section the reader is in, on its index and on its pages', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const current = () => nav.locator('a[aria-current="page"]').allTextContents();
  await page.goto('./');
  expect(await current()).toEqual([]);
  await page.goto('homes/');
  expect(await current()).toEqual(['儿童之家']);
  await nav.getByRole('link', { name: '法律知识' }).click();
  expect(await current()).toEqual(['法律知识']);
  await page.locator('main .card a').first().click();
  await expect(page).toHaveURL(/law\/[^/]+\/$/);
  expect(await current()).toEqual(['法律知识']);
});

test('the header search is a plain GET form to the search page', async ({ page, baseURL }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('留守');
  await page.getByRole('button', { name: '搜索' }).first().click();
  await expect(page).toHaveURL(`${baseURL}search/?q=%E7%95%99%E5%AE%88`);
});

test('canonical and Open Graph tags use SITE_URL and the base path', async ({ page }) => {
  await page.goto('homes/');
  const base = process.env['BASE_PATH'] ?? '/';
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(
    `https://wcnrbh.example.gov.cn${base.replace(/\/?$/, '/')}homes/`.replace(/([^:])\/\//g, '$1/'),
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '儿童之家');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /儿童之家/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', site.name);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', 'width=device-width, initial-scale=1');
  // A page of its own (a post, a lecture, a handout, an explainer) is shared as an article.
  await page.goto('news/');
  const posts = await page
    .locator('main a[href*="/news/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // A post's own page: /news/<id>/, where the id is not a year.
  await page.goto(posts.find((href) => /\/news\/[^/]*[^\d/][^/]*\/$/.test(href))!);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('searchbox').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '110' }).first()).toHaveAttribute('href', 'tel:110');
  // Its own search box leads to the search page with the reader's words already searched.
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('儿童');
  await box.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(page.locator('#search-page-q')).toHaveValue('儿童');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
});

test('every link on the home page stays inside the base path', async ({ page }) => {
  await page.goto('./');
  const base = process.env['BASE_PATH'] ?? '/';
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href.startsWith(base.replace(/\/?$/, '/'))).toBe(true);
});
