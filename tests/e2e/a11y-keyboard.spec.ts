/**
 * Keyboard only: the skip link, the header (site name, care switch, search), the main navigation, the
 * site's home page and a children's home page, walked with Tab, Enter and Space. Every stop must show
 * a visible focus ring and come in reading order, and nothing may be skipped.
 */
import { expect, test, type Page } from '@playwright/test';
import { homes } from '../support/site-content.ts';
import { sitemapPaths } from '../support/a11y-checks.ts';

interface Stop {
  label: string;
  visibleFocus: boolean;
  inView: boolean;
}

/** The focused element: its label, whether a focus ring is drawn, whether it is on screen. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {
      label: (
        el.getAttribute('aria-label') ||
        el.textContent?.trim() ||
        (el as HTMLInputElement).placeholder ||
        el.tagName
      ).replace(/\s+/g, ' '),
      visibleFocus: ring,
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/** Tabs through the page from the top and returns every stop, checking each shows its focus on screen. */
async function tabWalk(page: Page, max = 400): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) break; // focus left the document: the walk is complete
    expect.soft(stop.visibleFocus, `焦点框看不见：「${stop.label}」`).toBe(true);
    expect.soft(stop.inView, `焦点在屏幕外：「${stop.label}」`).toBe(true);
    if (stops.length > 0 && stop.label === stops[0] && i > 2) break;
    stops.push(stop.label);
  }
  return stops;
}

/** The labels of everything that should take focus, in document order. */
function focusableInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled)
      .map((el) =>
        (
          el.getAttribute('aria-label') ||
          el.textContent?.trim() ||
          (el as HTMLInputElement).placeholder ||
          el.tagName
        ).replace(/\s+/g, ' '),
      ),
  );
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  expect(await focused(page)).toMatchObject({ visibleFocus: true, inView: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('header by keyboard: site name, care switch (Space and Enter), search', async ({ page, baseURL }) => {
  await page.goto('news/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-name')).toBeFocused();
  await page.keyboard.press('Tab');
  const toggle = page.locator('[data-care-toggle]');
  await expect(toggle).toBeFocused();
  expect(await focused(page)).toMatchObject({ visibleFocus: true, inView: true });
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await expect(toggle).toBeFocused(); // the bigger layout must not lose the reader's place
  expect(await focused(page)).toMatchObject({ visibleFocus: true, inView: true });
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: '搜索本站' }).first()).toBeFocused();
  await page.keyboard.type('监护');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}search/?q=${encodeURIComponent('监护')}`);
});

test('the whole home page, header to footer, in reading order, in both modes', async ({ page }) => {
  for (const care of [false, true]) {
    await page.goto('./');
    if (care) {
      await page.locator('[data-care-toggle]').click();
      await page.reload(); // start the walk from the top again
    }
    const expected = await focusableInOrder(page);
    const walked = await tabWalk(page);
    expect(walked).toEqual(expected);
    for (const label of ['跳到正文', '关怀版', '法律知识', '求助热线', '110', '我要纠错'])
      expect(walked).toContain(label);
  }
});

test("a children's home page by keyboard: every link reached, the breadcrumb followed with Enter", async ({ page }) => {
  const path = sitemapPaths().find((p) => /^homes\/[^/]+\/$/.test(p))!;
  await page.goto(path);
  const expected = await focusableInOrder(page);
  const walked = await tabWalk(page);
  expect(walked).toEqual(expected);
  // The director's phone, as the home's file gives it, is reachable.
  const director = homes().find((h) => path === `homes/${h.id}/`)!.director;
  expect(walked.some((label) => label.startsWith(director.phone))).toBe(true);
  const crumb = page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '儿童之家' });
  await crumb.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/homes\/$/);
});
