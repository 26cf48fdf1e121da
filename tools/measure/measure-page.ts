/**
 * Loads one page in a fresh browser context (cold cache: a reader's first visit) and records every
 * response it receives before the reader interacts: until the load event and network idle. Used by the
 * budget test and by the benchmark; the arithmetic lives in budgets.ts.
 */
import type { Browser, Response } from '@playwright/test';
import { classifyResource, gzipSize, type ImageFact, type LoadedResource, type PageMeasurement } from './budgets.ts';

/** A phone: the width the budgets are defined at. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export async function measurePage(
  browser: Browser,
  url: string,
  kind: string,
  sitePath: string,
): Promise<PageMeasurement> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    const documentResponse = await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');

    const resources: LoadedResource[] = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const request = r.request();
      resources.push({
        url: r.url(),
        kind: classifyResource(r.url(), request.resourceType(), r.headers()['content-type'] ?? ''),
        status: r.status(),
        gzip: gzipSize(body),
        document: documentResponse !== null && request.isNavigationRequest() && r.url() === documentResponse.url(),
      });
    }

    // The site icon is counted: every browser fetches it on a first visit, so it is a real request and real
    // bytes for a reader. Chromium fetches it after load at its own pace; when it has not by network idle,
    // it is fetched here, so the count does not depend on timing. A page without <link rel="icon"> would
    // cost a request for /favicon.ico instead.
    const icon = await page.evaluate(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
      return link ? link.href : new URL('/favicon.ico', location.href).href;
    });
    if (!resources.some((r) => r.url === icon)) {
      const r = await context.request.get(icon);
      resources.push({
        url: icon,
        kind: classifyResource(icon, 'image', r.headers()['content-type'] ?? ''),
        status: r.status(),
        gzip: gzipSize(await r.body()),
        document: false,
      });
    }

    const inline = await page.evaluate(() => {
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
        .filter((s) => s.type === '' || s.type === 'module' || /javascript/.test(s.type))
        .map((s) => s.textContent ?? '');
      const styles = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
      return { scripts: scripts.join('\n'), styles: styles.join('\n') };
    });

    const fontFaceIn: string[] = [];
    if (/@font-face/i.test(inline.styles)) fontFaceIn.push('inline <style>');
    for (const r of responses) {
      if (r.request().resourceType() !== 'stylesheet') continue;
      const text = await r.text().catch(() => '');
      if (/@font-face/i.test(text)) fontFaceIn.push(r.url());
    }

    const images: ImageFact[] = await page.evaluate(() =>
      [...document.images].map((img) => {
        const box = img.getBoundingClientRect();
        return {
          src: img.currentSrc || img.src,
          top: Math.round(box.top + window.scrollY),
          renderedWidth: Math.round(box.width),
          naturalWidth: img.naturalWidth,
          loading: img.getAttribute('loading') ?? 'eager',
          hasSrcset: img.hasAttribute('srcset') || img.parentElement?.tagName === 'PICTURE',
          hasSize: img.hasAttribute('width') && img.hasAttribute('height'),
          svg:
            /\.svg(\?|$)/i.test(img.currentSrc || img.src) || (img.currentSrc || img.src).startsWith('data:image/svg'),
        };
      }),
    );

    return {
      kind,
      path: sitePath,
      resources,
      inlineScriptGzip: inline.scripts.trim() === '' ? 0 : gzipSize(inline.scripts),
      fontFaceIn,
      images,
      viewport: { ...PHONE_VIEWPORT },
    };
  } finally {
    await context.close();
  }
}
