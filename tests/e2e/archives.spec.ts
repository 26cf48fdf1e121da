/**
 * Bounded lists and yearly archives on the built site (SITE_NOW=2026-12-01T08:00:00+08:00): /lectures/,
 * each town's schedule, /news/ and the feeds hold a fixed number of items; every past lecture and every
 * post is on exactly one year page. What each page should hold is worked out here straight from the
 * content files the site was built from (the fixture site in npm test), not through the site's own queries.
 */
import { expect, test, type Page } from '@playwright/test';
import { homes, published } from '../support/site-content.ts';

// The bounds the README promises, written here as themselves (not read from src/lib/archive.ts, which they check).
/** Past lectures on /lectures/ and on each town's page. */
const RECENT_PAST_LECTURES = 12;
/** How far back the calendar feed reaches besides the upcoming lectures. */
const CALENDAR_FEED_MONTHS = 12;
/** Posts on /news/. */
const LATEST_NEWS = 10;
/** Posts in the RSS feed. */
const RSS_ITEMS = 20;

const SITE_NOW = Date.parse(process.env['SITE_NOW'] ?? '2026-12-01T08:00:00+08:00');
const shanghai = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);

const homeTown = new Map(homes().map((h) => [h.id, h.town]));

interface LectureFile {
  id: string;
  start: number;
  year: number;
  town: string;
  status: string;
  attendance: number;
  leaflets: number;
  upcoming: boolean;
}

const lectures: LectureFile[] = published('lectures', /\.mdx?$/).map(({ data }) => ({
  id: String(data.id),
  start: shanghai(data.start),
  year: Number(String(data.start).slice(0, 4)),
  town: data.venue.home ? homeTown.get(data.venue.home)! : data.venue.town,
  status: data.status,
  attendance: data.attendance ?? 0,
  leaflets: data.leaflets ?? 0,
  upcoming: shanghai(data.end) > SITE_NOW && data.status !== '已举办',
}));
const byStartThenId = (a: LectureFile, b: LectureFile) => a.start - b.start || a.id.localeCompare(b.id);
const upcoming = lectures.filter((l) => l.upcoming).sort(byStartThenId);
const past = lectures.filter((l) => !l.upcoming).sort((a, b) => byStartThenId(b, a));
const pastYears = [...new Set(past.map((l) => l.year))].sort((a, b) => b - a);

const posts = published('news', /\.mdx$/)
  .map(({ file, data }) => ({ id: file.replace(/\.mdx$/, ''), date: String(data.date) }))
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const newsYears = [...new Set(posts.map((p) => Number(p.date.slice(0, 4))))].sort((a, b) => b - a);

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const lectureIds = (page: Page, scope = 'main') =>
  page
    .locator(`${scope} li[data-lecture-id]`)
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lecture-id')!));
const upcomingIds = (page: Page) =>
  page
    .locator('main [data-upcoming] li[data-lecture-id]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lecture-id')!));

/** The list of year links: year, the count shown, the link's address and whether it is the current page. */
function yearLinks(page: Page) {
  return page.locator('main .year-links li[data-year]').evaluateAll((lis) =>
    lis.map((li) => {
      const a = li.querySelector('a')!;
      return {
        year: Number(li.getAttribute('data-year')),
        count: Number(li.querySelector('[data-count]')!.getAttribute('data-count')),
        href: a.getAttribute('href')!,
        current: a.getAttribute('aria-current') === 'page',
      };
    }),
  );
}

test('the content is big enough to exercise the bounds', () => {
  expect(past.length).toBeGreaterThan(RECENT_PAST_LECTURES);
  expect(pastYears.length).toBeGreaterThanOrEqual(2);
  expect(upcoming.length).toBeGreaterThan(0);
});

test('/lectures/ shows every upcoming lecture, only the most recent past ones, and a link per year', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('lectures/');
  expect(await upcomingIds(page)).toEqual(upcoming.map((l) => l.id));
  const shownPast = (await lectureIds(page)).filter((id) => !upcoming.some((l) => l.id === id));
  expect(shownPast).toEqual(past.slice(0, RECENT_PAST_LECTURES).map((l) => l.id));
  await expect(page.getByText(`这里只列出最近 ${RECENT_PAST_LECTURES} 场`)).toBeVisible();
  // Totals stay all-time.
  expect(number(await page.locator('main [data-total="held"] dd').first().textContent())).toBe(
    lectures.filter((l) => l.status === '已举办').length,
  );
  const years = await yearLinks(page);
  expect(years.map((y) => y.year)).toEqual(pastYears);
  for (const y of years) {
    expect(y.count, `${y.year}`).toBe(past.filter((l) => l.year === y.year).length);
    expect(y.href).toMatch(new RegExp(`/lectures/${y.year}/$`));
    expect(y.current).toBe(false);
  }
  await context.close();
});

test('every past lecture is on exactly one year page, whose totals and links match the data', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = new Map<string, number>();
  for (const year of pastYears) {
    await page.goto(`lectures/${year}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${year}年的讲座记录`);
    await expect(page.locator('.breadcrumb a').last()).toHaveText('讲座安排');
    const ids = await lectureIds(page);
    for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    const expected = past.filter((l) => l.year === year);
    expect(ids, `${year}`).toEqual(expected.map((l) => l.id));
    const held = expected.filter((l) => l.status === '已举办');
    const total = (key: string) => page.locator(`main [data-total="${key}"] dd`).textContent().then(number);
    expect(await total('held')).toBe(held.length);
    expect(await total('attendance')).toBe(held.reduce((s, l) => s + l.attendance, 0));
    expect(await total('leaflets')).toBe(held.reduce((s, l) => s + l.leaflets, 0));
    // Months run latest first, each a heading.
    const months = await page.locator('main section > h2:not(.sr-only)').allTextContents();
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(month).toMatch(new RegExp(`^${year}年\\d{1,2}月$`));
    const monthNumbers = months.map((m) => Number(/年(\d+)月/.exec(m)![1]));
    expect(monthNumbers).toEqual([...monthNumbers].sort((a, b) => b - a));
    // Links to every year, this one marked.
    const links = await yearLinks(page);
    expect(links.map((l) => l.year)).toEqual(pastYears);
    expect(links.filter((l) => l.current).map((l) => l.year)).toEqual([year]);
  }
  expect([...seen.keys()].sort()).toEqual(past.map((l) => l.id).sort());
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  // Year pages reach each other by link.
  await page.goto(`lectures/${pastYears[0]}/`);
  await page.locator(`main .year-links a[href$="/lectures/${pastYears.at(-1)}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/lectures/${pastYears.at(-1)}/$`));
  await context.close();
});

test('a town’s schedule is bounded too, and its year links count that town’s lectures', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const l of past) counts.set(l.town, (counts.get(l.town) ?? 0) + 1);
  const town = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const mine = past.filter((l) => l.town === town);
  await page.goto(`lectures/town/${town}/`);
  expect(await upcomingIds(page)).toEqual(upcoming.filter((l) => l.town === town).map((l) => l.id));
  // Every past lecture shown is this town's: the latest ones, no more than the bound.
  const shown = (await lectureIds(page)).filter((id) => !upcoming.some((l) => l.id === id));
  expect(shown).toEqual(mine.slice(0, RECENT_PAST_LECTURES).map((l) => l.id));
  const years = await yearLinks(page);
  expect(years.map((y) => [y.year, y.count])).toEqual(
    [...new Set(mine.map((l) => l.year))].map((year) => [year, mine.filter((l) => l.year === year).length]),
  );
});

test('the calendar feed holds the upcoming lectures and those of the last months only', async ({ request }) => {
  const since = new Date(SITE_NOW);
  const wall = new Date(SITE_NOW + 8 * 3600_000);
  since.setTime(
    Date.UTC(
      wall.getUTCFullYear(),
      wall.getUTCMonth() - CALENDAR_FEED_MONTHS,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
    ) -
      8 * 3600_000,
  );
  const expected = lectures
    .filter((l) => l.upcoming || l.start >= since.getTime())
    .map((l) => l.id)
    .sort();
  const body = await (await request.get('lectures.ics')).text();
  const uids = [...body.matchAll(/^UID:(.+)@/gm)].map((m) => m[1]!).sort();
  expect(uids).toEqual(expected);
  expect(uids.length).toBeLessThan(lectures.length);
});

test('/news/ shows the latest posts and links to a page per year holding every post once', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  const ids = () =>
    page.locator('main li[data-news-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-news-id')!));
  await page.goto('news/');
  expect(await ids()).toEqual(posts.slice(0, LATEST_NEWS).map((p) => p.id));
  const years = await yearLinks(page);
  expect(years.map((y) => [y.year, y.count])).toEqual(
    newsYears.map((year) => [year, posts.filter((p) => p.date.startsWith(`${year}-`)).length]),
  );
  const seen: string[] = [];
  for (const year of newsYears) {
    await page.goto(`news/${year}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${year}年的工作动态`);
    await expect(page.locator('.breadcrumb a').last()).toHaveText('工作动态');
    const onPage = await ids();
    expect(onPage).toEqual(posts.filter((p) => p.date.startsWith(`${year}-`)).map((p) => p.id));
    seen.push(...onPage);
    const links = await yearLinks(page);
    expect(links.map((l) => l.year)).toEqual(newsYears);
    expect(links.filter((l) => l.current).map((l) => l.year)).toEqual([year]);
  }
  expect(seen.sort()).toEqual(posts.map((p) => p.id).sort());
  await context.close();
});

test('the RSS feed carries the latest posts only', async ({ request }) => {
  const xml = await (await request.get('news/rss.xml')).text();
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) =>
    m[1]!.replace(/\/$/, '').split('/').pop(),
  );
  expect(links).toEqual(posts.slice(0, RSS_ITEMS).map((p) => p.id));
});
