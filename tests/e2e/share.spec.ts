/**
 * Sharing: every upcoming lecture and every handout has a picture to post in a WeChat group (made by the
 * PDF step, src/integrations/share-images.ts), 1080 px wide and portrait, whose QR code leads to the page; the
 * pages offer it and name it as og:image; every page carries share metadata with absolute addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { decodeHTMLAttribute } from 'entities/decode';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { shareImagePath } from '../../src/lib/share.ts';
import {
  noticeShareContext,
  renderNoticeImage,
  renderSheetImage,
  renderSiteCard,
  shareContext,
} from '../../src/integrations/share-images.ts';
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

test('a notice picture is laid out at a phone’s width, 1080 px across', async ({ browser }) => {
  const context = await noticeShareContext(browser, async () => {});
  try {
    const page = await context.newPage();
    const { cssWidth, pixelWidth } = await page.evaluate(() => ({
      cssWidth: innerWidth,
      pixelWidth: Math.round(innerWidth * devicePixelRatio),
    }));
    // A phone's CSS width, so the notice's phone layout (large type, one column) is what is pictured.
    expect(cssWidth).toBeLessThanOrEqual(430);
    expect(pixelWidth).toBe(SHARE_PICTURE_WIDTH);
  } finally {
    await context.close();
  }
});

test.describe('a handout’s picture is its front side only', () => {
  /** A handout laid out as `body` (heights in CSS px), pictured as the PDF step pictures it, page 800 px tall. */
  async function pictureHeight(browser: Browser, body: string) {
    const context = await shareContext(browser, 360, async () => {});
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><style>body { margin: 0 } section { margin: 0 }</style>
        <article class="handout">${body}</article>`);
      const { width, height } = await sharp(await renderSheetImage(page, 800)).metadata();
      return { width, height: height / 3 };
    } finally {
      await context.close();
    }
  }

  test('it ends where the back side begins, hidden elements after the marker skipped', async ({ browser }) => {
    const picture = await pictureHeight(
      browser,
      `<section style="height: 400px">正面</section><div class="back-side"></div><div hidden>不显示</div>
       <section style="height: 500px">背面</section>`,
    );
    expect(picture).toEqual({ width: SHARE_PICTURE_WIDTH, height: 400 });
  });

  test('without a back side, or with a front longer than a page, it is one page tall', async ({ browser }) => {
    expect(await pictureHeight(browser, '<section style="height: 2500px">正面</section>')).toEqual({
      width: SHARE_PICTURE_WIDTH,
      height: 800,
    });
    expect(
      await pictureHeight(
        browser,
        '<section style="height: 1100px">正面</section><div class="back-side"></div><section>背面</section>',
      ),
    ).toEqual({ width: SHARE_PICTURE_WIDTH, height: 800 });
  });
});

test('the site card shows the site’s name, tagline and address as written, markup characters and all', async ({
  page,
}) => {
  // The HTML the card is drawn from, caught on its way to the browser, then shown in a real page.
  let html = '';
  let viewport: unknown;
  const recorder = {
    newContext: async (options: { viewport: unknown }) => {
      viewport = options.viewport;
      return {
        newPage: async () => ({
          setContent: async (content: string) => void (html = content),
          screenshot: async () => Buffer.alloc(0),
        }),
        close: async () => {},
      };
    },
  } as unknown as Browser;
  const name = '<b>澄岭区</b> & “未成年人”保护';
  const tagline = '法律 <script>alert(1)</script> 在身边';
  await renderSiteCard(recorder, name, tagline, 'https://example.gov.cn/a?b=1&c=<2>');
  expect(viewport).toEqual({ width: 1200, height: 630 });
  await page.setContent(html);
  await expect(page.locator('h1')).toHaveText(name);
  expect(await page.locator('p').allTextContents()).toEqual([tagline, 'https://example.gov.cn/a?b=1&c=<2>']);
  await expect(page.locator('script, b')).toHaveCount(0);
});
