/**
 * Share images, made in the PDF step's browser (pdfs.ts): pictures that village staff post in WeChat groups and
 * that a link preview shows (og:image). Three kinds, all PNG, all the same bytes for the same content
 * and SITE_NOW (no clock, no random, fonts from the machine):
 * - a lecture's notice, laid out for a phone (1080 px wide, portrait, large type, QR code to the lecture);
 * - a handout's first sheet as it prints, at the fitted type size;
 * - the site card, for every page that has no picture of its own.
 * Where each image goes is decided once, in src/lib/share.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HANDOUT_BODY } from '../lib/print.ts';
import { SHARE_WIDTH, SITE_CARD } from '../lib/share.ts';
import { escapeUTF8 as escapeHtml } from 'entities/escape';

/** CSS width a lecture notice is laid out at for its picture: a phone's, so the phone layout applies. */
const NOTICE_CSS_WIDTH = 360;

/** A browser context whose screenshots are SHARE_WIDTH px wide at `cssWidth` CSS px. */
export async function shareContext(
  browser: Browser,
  cssWidth: number,
  prepare: (context: BrowserContext) => Promise<void>,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: cssWidth, height: 900 },
    deviceScaleFactor: SHARE_WIDTH / cssWidth,
    reducedMotion: 'reduce',
  });
  await prepare(context);
  return context;
}

export const noticeShareContext = (browser: Browser, prepare: (context: BrowserContext) => Promise<void>) =>
  shareContext(browser, NOTICE_CSS_WIDTH, prepare);

/** The notice sheet of a lecture's notice page, on screen at phone width: the picture of the notice. */
export async function renderNoticeImage(page: Page, url: string): Promise<Buffer> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} — 打开讲座通知失败（HTTP ${response?.status()}）`);
  return page.locator('.notice-sheet').screenshot({ animations: 'disabled', caret: 'hide', type: 'png' });
}

/**
 * A handout's first sheet, from the tab that has just printed it (print media, fitted size, viewport at
 * the printable width): the top of the layout down to the end of the page or the start of the back.
 */
export async function renderSheetImage(page: Page, pageHeight: number): Promise<Buffer> {
  const { width, backTop } = await page.evaluate((body) => {
    const marker = document.querySelector(`${body} > .back-side`);
    let next = marker?.nextElementSibling;
    while (next && next.getClientRects().length === 0) next = next.nextElementSibling;
    return { width: document.documentElement.clientWidth, backTop: next ? next.getBoundingClientRect().top : Infinity };
  }, HANDOUT_BODY);
  const height = Math.floor(Math.min(pageHeight, backTop));
  return page.screenshot({ clip: { x: 0, y: 0, width, height }, animations: 'disabled', caret: 'hide', type: 'png' });
}

/**
 * The site card: the site's name and tagline, taken from the built home page so it says what the site
 * says, drawn on a plain page of its own (no request leaves the browser).
 */
export async function renderSiteCard(
  browser: Browser,
  name: string,
  tagline: string,
  address: string,
): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: SITE_CARD.width, height: SITE_CARD.height },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
      html, body { margin: 0; height: 100%; }
      body { box-sizing: border-box; display: flex; flex-direction: column; justify-content: center; gap: 36px; padding: 72px 88px;
        background: #0b4a82; color: #fff; border-bottom: 24px solid #a3161a;
        font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; }
      h1 { margin: 0; font-size: 84px; line-height: 1.2; }
      p { margin: 0; font-size: 42px; line-height: 1.45; }
      .address { font-size: 32px; opacity: 0.9; }
    </style><body><h1>${escapeHtml(name)}</h1><p>${escapeHtml(tagline)}</p><p class="address">${escapeHtml(address)}</p></body></html>`);
    return await page.screenshot({ animations: 'disabled', caret: 'hide', type: 'png' });
  } finally {
    await context.close();
  }
}
