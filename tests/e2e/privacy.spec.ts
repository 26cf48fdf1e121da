/**
 * Nothing leaves the site: over one page of each kind, in Chromium, every request the page makes goes
 * to the site's own origin, the Content-Security-Policy is never violated, no cookie is set, and the
 * only thing kept on the device is the care-mode preference.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { isYearSegment } from '../../src/lib/archive.ts';

/** The first generated page in a folder of dist/ that `pick` accepts, e.g. one law page, one home. */
function first(
  folder: string,
  pick: (name: string) => boolean = (name) => !isYearSegment(name) && name !== 'town',
): string {
  const name = readdirSync(`dist/${folder}`, { withFileTypes: true })
    .filter((e) => e.isDirectory() && pick(e.name))
    .map((e) => e.name)
    .sort()[0];
  if (!name) throw new Error(`dist/${folder} 里没有页面`);
  return `${folder}/${name}/`;
}

const SAMPLE = [
  './',
  first('law'),
  'homes/',
  first('homes'),
  first('towns'),
  'lectures/',
  first('lectures'),
  first('lectures', isYearSegment),
  'news/',
  first('news'),
  first('news', isYearSegment),
  'handouts/',
  'search/?q=%E7%9B%91%E6%8A%A4',
];

/** Care mode remembers its switch on the device; nothing else may be stored there. */
const CARE_MODE_KEY = /care/i;

async function watch(page: Page) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return { requests, violations };
}

test('a page of each kind loads nothing from elsewhere, breaks no policy, sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const { requests, violations } = await watch(page);
  for (const target of SAMPLE) {
    const response = await page.goto(target);
    expect(response?.status(), target).toBe(200);
    await page.waitForLoadState('networkidle');
    // Use what the page offers: the search box runs the search, the care switch stores its setting.
    const care = page.locator('[data-care-toggle]').first();
    if (await care.isVisible()) await care.click();
  }
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(SAMPLE.length);
  expect(violations).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  expect(stored.filter((key) => !CARE_MODE_KEY.test(key))).toEqual([]);
});

test('a script the policy does not allow is blocked and reported', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('./');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.join('\n')).toMatch(/CSP violation: script-src/);
});
