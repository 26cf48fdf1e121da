/**
 * The accessibility checks the a11y specs share: which axe rules we hold every page to, the tap-target
 * rule, the reflow rule, and how to turn care mode on in a loaded page. Not a spec itself.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The WCAG levels the issue names, plus the best-practice rules behind "heading order and landmarks right". */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const AXE_EXTRA_RULES = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'region',
  'skip-link',
  'empty-heading',
];

/** Options for axe.run (also usable as AxeBuilder#options): the tags above with the extra rules switched on. */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: Object.fromEntries(AXE_EXTRA_RULES.map((id) => [id, { enabled: true }])),
  resultTypes: ['violations'],
};

/** The pages of the built site, as paths relative to the base URL, read from the sitemap the build wrote. */
export function sitemapPaths(distDir = 'dist'): string[] {
  const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const base = new URL(`http://x${(process.env['BASE_PATH'] ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/')}`)
    .pathname;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const path = new URL(m[1]!).pathname;
    return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  });
}

/** Turns care mode on or off in an open page, exactly as the header switch does (the attribute on <html>). */
export async function setCare(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => document.documentElement.toggleAttribute('data-care', value), on);
}

/**
 * Tap targets smaller than 44 × 44 CSS px. Held to it: buttons, form fields, tel: links, every link in
 * the header, footer or a navigation landmark, in a card, or standing alone in a list item or heading
 * (lists of links). Links inside a sentence are exempt, as WCAG 2.5.8's inline exception allows.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const alone = (a: Element) => {
      const holder = a.parentElement?.closest('li, h1, h2, h3, h4, dd, p');
      return !!holder && holder.textContent?.trim() === a.textContent?.trim();
    };
    const held = (el: Element) =>
      el.matches('button, input:not([type="hidden"]), select, textarea, summary') ||
      (el.matches('a[href]') &&
        (el.matches('a[href^="tel:"]') || !!el.closest('header, footer, nav, .card') || alone(el)));
    const small: string[] = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (!held(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (hidden, or the skip link off-screen is still rendered)
      // A wrapped inline link has several boxes; each line must still be tall enough to hit.
      const rects = [...el.getClientRects()];
      const tooShort = rects.some((r) => r.height < MIN - 0.5);
      if (tooShort || box.width < MIN - 0.5) {
        const label = (el.textContent ?? '').trim().slice(0, 20) || el.getAttribute('aria-label') || el.tagName;
        small.push(
          `${el.tagName.toLowerCase()}「${label}」${Math.round(box.width)}×${Math.round(Math.min(...rects.map((r) => r.height)))}`,
        );
      }
    }
    return small;
  });
}

/** Content wider than the viewport (sideways scrolling), naming the widest culprits. */
export function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(-3)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
    return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${culprits.join(', ')}`;
  });
}
