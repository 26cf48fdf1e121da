/**
 * Sharing: every upcoming lecture and every handout has a picture to post in a WeChat group (made by the
 * PDF step, src/integrations/share-images.ts), 1080 px wide and portrait, whose QR code leads to the page; the
 * pages offer it and name it as og:image; every page carries share metadata with absolute addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { decodeHTMLAttribute } from 'entities/decode';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { shareImagePath } from '../../src/lib/share.ts';
import { noticeShareContext, renderNoticeImage } from '../../src/integrations/share-images.ts';
import { normalizeBasePath } from '../../src/lib/env.ts';
import { offeredPrintouts } from '../../tools/measure/printouts.ts';
import { published } from '../support/site-content.ts';

const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const base = normalizeBasePath(process.env['BASE_PATH']);
const siteRoot = `${process.env['SITE_URL'] ?? 'http://localhost:4321'}${base}`;
// What the README promises, written here as itself: notice and handout pictures 1080 px wide (what WeChat
// shows full-screen); the site card for every other page at /share/site.png, 1200 × 630 (link previews).
const SHARE_PICTURE_WIDTH = 1080;
const SITE_CARD_FILE = 'share/site.png';

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('index.html') && !f.startsWith('pagefind'),
);
const htmlOf = (f: string) => readFileSync(path.join(dist, f), 'utf8');
const meta = (html: string, property: string) => {
  const raw = /<meta property="([^"]+)" content="([^"]*)"/g[Symbol.matchAll](html).find((m) => m[1] === property)?.[2];
  return raw === undefined ? undefined : decodeHTMLAttribute(raw);
};

/** Every printout with its picture and the page the picture's QR code must lead to. */
const shared = offeredPrintouts(dist, base).map((t) => {
  const url = siteRoot + t.page.slice(1);
  return {
    ...t,
    page: t.file,
    image: shareImagePath(t.pdf),
    url: t.kind === 'notice' ? url.replace(/notice\/$/, '') : url,
  };
});

async function decodeQr(file: string) {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    qr: jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data,
  };
}

test('every upcoming lecture and every handout has a share picture', () => {
  const lectures = pages.filter((f) => /^lectures\/[^/]+\/notice\/index\.html$/.test(f));
  expect(lectures.length).toBeGreaterThan(0);
  expect(
    shared
      .filter((s) => s.kind === 'notice')
      .map((s) => s.page)
      .sort(),
  ).toEqual(lectures.sort());
  expect(shared.filter((s) => s.kind === 'handout').length).toBe(published('handouts', /\.mdx$/).length);
});

for (const item of shared) {
  test(`${item.image} is 1080 px wide, portrait, and its QR code leads to the page`, async () => {
    const { width, height, qr } = await decodeQr(path.join(dist, item.image));
    expect(width).toBe(SHARE_PICTURE_WIDTH);
    expect(height).toBeGreaterThan(width);
    expect(qr).toBe(item.url);
  });
}

test('the page of a printout names its picture as og:image; other pages show the site card', () => {
  const card = `${siteRoot}${SITE_CARD_FILE}`;
  for (const item of shared) {
    expect(meta(htmlOf(item.page), 'og:image'), item.page).toBe(`${siteRoot}${item.image.slice(1)}`);
    if (item.kind === 'notice') {
      const lecturePage = item.page.replace(/notice\/index\.html$/, 'index.html');
      expect(meta(htmlOf(lecturePage), 'og:image'), lecturePage).toBe(`${siteRoot}${item.image.slice(1)}`);
    }
  }
  expect(meta(htmlOf('index.html'), 'og:image')).toBe(card);
});

test('every page carries og:title, og:description and og:image with absolute addresses on the site', () => {
  const missing: string[] = [];
  for (const f of pages) {
    const html = htmlOf(f);
    const title = meta(html, 'og:title');
    const description = meta(html, 'og:description');
    const image = meta(html, 'og:image');
    const url = meta(html, 'og:url');
    if (!title || !description || !image?.startsWith(siteRoot) || !url?.startsWith(siteRoot)) missing.push(f);
    else
      expect(readFileSync(path.join(dist, image.slice(siteRoot.length))).byteLength, `${f} → ${image}`).toBeGreaterThan(
        0,
      );
  }
  expect(missing).toEqual([]);
});

test('the site card is a 1200 × 630 PNG', async () => {
  const { format, width, height } = await sharp(path.join(dist, SITE_CARD_FILE)).metadata();
  expect([format, width, height]).toEqual(['png', 1200, 630]);
});

test('a lecture page offers the picture next to the PDF, and the picture opens', async ({ page }) => {
  const notice = shared.find((s) => s.kind === 'notice')!;
  await page.goto(notice.url.slice(siteRoot.length));
  const link = page.getByRole('link', { name: /保存图片，发到微信群/ });
  await expect(link).toBeVisible();
  await expect(page.locator('.lecture-actions')).toContainText('下载打印版');
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('a notice picture has the same bytes when drawn again', async ({ browser, baseURL }) => {
  const notice = shared.find((s) => s.kind === 'notice')!;
  const context = await noticeShareContext(browser, async () => {});
  try {
    const again = await renderNoticeImage(
      await context.newPage(),
      new URL(notice.page.replace(/index\.html$/, ''), baseURL).href,
    );
    expect(again.equals(readFileSync(path.join(dist, notice.image)))).toBe(true);
  } finally {
    await context.close();
  }
});
