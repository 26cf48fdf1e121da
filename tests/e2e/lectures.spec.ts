/**
 * The lecture schedule on the built site (SITE_NOW=2026-12-01T08:00:00+08:00, see scripts/test.ts):
 * upcoming first, per-town pages, totals, the freshness script under a moved clock, calendars,
 * schema.org data and the printable notice. Run on the fixture site (tests/fixtures/site): the lectures
 * it names are described in its README, and totals are counted here from its files.
 */
import { expect, test, type Page } from '@playwright/test';
import { breadcrumbLinks } from '../support/breadcrumb.ts';
import { smallTargets } from '../support/a11y-checks.ts';
import { homes, published, towns } from '../support/site-content.ts';

/** Past lectures the schedule lists, as the README promises. */
const RECENT_PAST_LECTURES = 12;
const SITE_NOW = Date.parse(process.env['SITE_NOW'] ?? '2026-12-01T08:00:00+08:00');
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
/** The fixture's first upcoming lecture, moved from 2026-12-05 09:30 to 2026-12-12 09:30, at a home. */
const POSTPONED = '2026-12-12-heming-meigang';
/** An upcoming lecture at a home that names a contact number of its own. */
const OWN_CONTACT = '2026-12-13-sangtian-liuwan';
/** The fixture's last upcoming lecture, cancelled for snow. */
const CANCELLED = '2027-01-30-sangtian-hefeng';

const shanghai = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);
const LECTURES = published('lectures', /\.mdx?$/).map(({ data }) => data);
const HELD = LECTURES.filter((l) => l.status === '已举办');
const UPCOMING = LECTURES.filter((l) => shanghai(l.end) > SITE_NOW && l.status !== '已举办');
const TOWNS = towns();
/** A town to filter by: the first in towns.yaml. */
const TOWN = TOWNS[0]!;

interface Item {
  id: string;
  start: string;
  end: string;
  upcoming: boolean;
  hidden: boolean;
}

/** Every lecture item on the page, in document order, with whether it sits in an upcoming list. */
function lectureItems(page: Page): Promise<Item[]> {
  return page.locator('main li[data-lecture-id]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-lecture-id') ?? '',
      start: li.getAttribute('data-lecture-start') ?? '',
      end: li.getAttribute('data-lecture-end') ?? '',
      upcoming: li.closest('[data-upcoming]') !== null,
      hidden: (li as HTMLElement).hidden === true,
    })),
  );
}

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test('the schedule lists upcoming lectures first, by start, then the past ones, all with their times', async ({
  page,
}) => {
  await page.goto('lectures/');
  const items = await lectureItems(page);
  const upcoming = items.filter((i) => i.upcoming);
  const past = items.filter((i) => !i.upcoming);
  expect(upcoming.length).toBe(UPCOMING.length);
  // The most recent past lectures only; the rest are on the year pages (archives.spec.ts).
  expect(past.length).toBe(RECENT_PAST_LECTURES);
  // Upcoming first, in order of start, none already over at SITE_NOW.
  expect(items.slice(0, upcoming.length).every((i) => i.upcoming)).toBe(true);
  const starts = upcoming.map((i) => Date.parse(i.start));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  for (const item of items) {
    expect(item.start).toMatch(ISO_SHANGHAI);
    expect(item.end).toMatch(ISO_SHANGHAI);
    expect(Date.parse(item.end)).toBeGreaterThan(Date.parse(item.start));
  }
  expect(upcoming.every((i) => Date.parse(i.end) > SITE_NOW)).toBe(true);
  expect(past.every((i) => Date.parse(i.end) <= SITE_NOW)).toBe(true);
  // The record runs by month, latest first.
  const months = await page.locator('main section > h3').allTextContents();
  expect(months.length).toBeGreaterThan(2);
  for (const month of months) expect(month).toMatch(/^\d{4}年\d{1,2}月$/);
  const monthOrder = months.map((m) => m.replace(/年(\d)月/, '年0$1月'));
  expect(monthOrder).toEqual([...monthOrder].sort().reverse());
  // Status shown in the list.
  await expect(page.locator(`[data-lecture-id="${POSTPONED}"] .status`)).toHaveText('已改期');
  await expect(page.locator(`[data-lecture-id="${CANCELLED}"] .status`)).toHaveText('已取消');
});

test('totals are counted from the lecture files, per town and overall', async ({ page }) => {
  await page.goto('lectures/');
  const total = (key: string) => page.locator(`main [data-total="${key}"] dd`).first().textContent().then(number);
  const held = await total('held');
  const attendance = await total('attendance');
  const leaflets = await total('leaflets');
  expect(held).toBe(HELD.length);
  expect(attendance).toBe(HELD.reduce((s, l) => s + l.attendance, 0));
  expect(leaflets).toBe(HELD.reduce((s, l) => s + l.leaflets, 0));
  // A row per town, each with the lectures held at its homes and addresses (none for a town without),
  // adding up to the totals.
  const townOf = (lecture: Record<string, any>) =>
    lecture['venue'].town ?? homes().find((h) => h.id === lecture['venue'].home)?.town;
  const rows = await page
    .locator('tr[data-town]')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/\D/g, '')))),
    );
  expect(rows).toHaveLength(TOWNS.length);
  const heldIn = await page
    .locator('tr[data-town]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-town')));
  expect(heldIn.map((town, i) => [town, rows[i]![0]])).toEqual(
    heldIn.map((town) => [town, HELD.filter((l) => townOf(l) === town).length]),
  );
  expect(rows.filter(([h]) => h! > 0).length).toBeGreaterThan(1);
  expect(rows.reduce((s, r) => s + r[0]!, 0)).toBe(held);
  expect(rows.reduce((s, r) => s + r[1]!, 0)).toBe(attendance);
  expect(rows.reduce((s, r) => s + r[2]!, 0)).toBe(leaflets);

  // The next three lectures on the home page, soonest first.
  await page.goto('./');
  const next = (await lectureItems(page)).filter((i) => i.upcoming && !i.hidden);
  expect(next).toHaveLength(3);
  expect(Date.parse(next[0]!.start)).toBeLessThanOrEqual(Date.parse(next[1]!.start));
});

test('at 390 px the opened town filter and the year links are targets of 44 px at least', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('lectures/');
  // Folded, its links have no box to measure: open it, as a reader does.
  await page.locator('.town-filter summary').click();
  await expect(page.locator('.town-filter').getByRole('link', { name: TOWN.name })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});

test('a page per town filters the schedule without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('lectures/');
  const heldInTable = number(await page.locator(`tr[data-town="${TOWN.id}"] td`).first().textContent());
  await page.locator('.town-filter summary').click();
  await page.locator('.town-filter').getByRole('link', { name: TOWN.name }).click();
  await expect(page).toHaveURL(new RegExp(`lectures/town/${TOWN.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TOWN.name}的讲座`);
  await expect(page.locator('.town-filter a[aria-current="page"]')).toHaveText(TOWN.name);
  const items = await lectureItems(page);
  expect(items.length).toBeGreaterThan(0);
  for (const li of await page.locator('main li[data-lecture-id]').all()) await expect(li).toContainText(TOWN.name);
  expect(number(await page.locator('[data-total="held"] dd').textContent())).toBe(heldInTable);
  await context.close();
});

test('with the clock moved past a lecture, it leaves the upcoming list; one under way is marked', async ({ page }) => {
  await page.goto('lectures/');
  const before = (await lectureItems(page)).filter((i) => i.upcoming);
  const first = before[0]!;
  expect(first.id).toBe(POSTPONED);

  // A minute before the first lecture starts: every upcoming lecture listed, none marked as under way.
  await page.clock.install({ time: new Date(Date.parse(first.start) - 60_000) });
  await page.goto('lectures/');
  expect((await lectureItems(page)).filter((i) => i.upcoming).map((i) => i.id)).toEqual(before.map((i) => i.id));
  await expect(page.locator('[data-live]')).toHaveCount(0);

  // During the first lecture: still listed, marked as under way.
  await page.clock.setFixedTime(new Date(Date.parse(first.start) + 30 * 60_000));
  await page.goto('lectures/');
  await expect(page.locator(`[data-upcoming] [data-lecture-id="${first.id}"] [data-live]`)).toHaveText('正在进行');

  // After it ends: gone from the upcoming list, the rest stay in order.
  await page.clock.setFixedTime(new Date(Date.parse(first.end) + 60_000));
  await page.goto('lectures/');
  await expect(page.locator(`[data-upcoming] [data-lecture-id="${first.id}"]`)).toHaveCount(0);
  const after = (await lectureItems(page)).filter((i) => i.upcoming);
  expect(after.map((i) => i.id)).toEqual(before.slice(1).map((i) => i.id));

  // The home page still shows three: the fourth steps in.
  await page.goto('./');
  const next = (await lectureItems(page)).filter((i) => i.upcoming && !i.hidden);
  expect(next.map((i) => i.id)).toEqual(before.slice(1, 4).map((i) => i.id));
});

test('a page left open follows the clock: the mark appears when a lecture starts, the lecture leaves when it ends', async ({
  page,
}) => {
  await page.goto('lectures/');
  const first = (await lectureItems(page)).find((i) => i.upcoming)!;
  await page.clock.install({ time: new Date(Date.parse(first.start) - 5 * 60_000) });
  await page.goto('lectures/');
  const item = page.locator(`[data-upcoming] [data-lecture-id="${first.id}"]`);
  await expect(item).toBeVisible();
  await expect(item.locator('[data-live]')).toHaveCount(0);
  // The page is not reloaded: the reader's phone sits on the notice-board stand.
  await page.clock.runFor(10 * 60_000);
  await expect(item.locator('[data-live]')).toHaveText('正在进行');
  await page.clock.runFor(5 * 60_000);
  await expect(item.locator('[data-live]')).toHaveCount(1); // marked once, however often the clock is checked
  await page.clock.runFor(Date.parse(first.end) - Date.parse(first.start) + 60_000);
  await expect(item).toHaveCount(0);
});

test('once every upcoming lecture is over, the lists say nothing is planned instead of showing an empty list', async ({
  page,
}) => {
  await page.goto('lectures/');
  const lastEnd = Math.max(...(await lectureItems(page)).filter((i) => i.upcoming).map((i) => Date.parse(i.end)));
  await page.clock.install({ time: new Date(lastEnd + 60_000) });
  for (const path of ['lectures/', './']) {
    await page.goto(path);
    await expect(page.locator('[data-upcoming] [data-lecture-id]'), path).toHaveCount(0);
    await expect(page.locator('[data-upcoming]'), path).toBeHidden();
    await expect(page.locator('[data-upcoming-empty]'), path).toHaveText('近期暂无安排，欢迎关注后续通知。');
    await expect(page.locator('[data-upcoming-empty]'), path).toBeVisible();
  }
});

test('without JavaScript the build-time upcoming list stands', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const next = (await lectureItems(page)).filter((i) => i.upcoming && !i.hidden);
  expect(next.map((i) => i.id)[0]).toBe(POSTPONED);
  expect(next).toHaveLength(3);
  await context.close();
});

test('calendars: the feed is advertised and served as text/calendar; each lecture has its own file', async ({
  page,
  request,
}) => {
  await page.goto('lectures/');
  const feed = page.locator('link[rel="alternate"][type="text/calendar"]');
  await expect(feed).toHaveCount(1);
  const feedResponse = await request.get((await feed.getAttribute('href'))!);
  expect(feedResponse.status()).toBe(200);
  expect(feedResponse.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = await feedResponse.text();
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  // Every upcoming lecture, and those of the last months (which ones: archives.spec.ts).
  expect(body.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(
    (await lectureItems(page)).filter((i) => i.upcoming).length,
  );

  await page.goto(`lectures/${POSTPONED}/`);
  const add = page.getByRole('link', { name: '添加到日历' });
  const one = await request.get((await add.getAttribute('href'))!);
  expect(one.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await one.text();
  expect(text).toContain(`UID:${POSTPONED}@wcnrbh.example.gov.cn`);
  expect(text).toContain('DTSTART:20261212T013000Z');
  expect(text).toContain('SEQUENCE:1');

  await page.goto(`lectures/${CANCELLED}/`);
  await expect(page.getByRole('link', { name: '添加到日历' })).toHaveCount(0);
  const cancelled = await request.get(`lectures/${CANCELLED}.ics`);
  expect(await cancelled.text()).toContain('STATUS:CANCELLED');
});

test('a lecture page says what changed and carries schema.org Event data', async ({ page }) => {
  await page.goto(`lectures/${POSTPONED}/`);
  await expect(page.locator('.notice-status')).toContainText('原定 2026年12月5日（周六）09:30');
  const postponed = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(postponed).toMatchObject({
    '@type': 'Event',
    eventStatus: 'https://schema.org/EventRescheduled',
    startDate: '2026-12-12T09:30:00+08:00',
    previousStartDate: '2026-12-05T09:30:00+08:00',
  });
  expect(postponed.location['@type']).toBe('Place');
  // No contact of its own: the child director of the home it is held at.
  const venue = LECTURES.find((l) => l.id === POSTPONED)!.venue.home;
  const home = homes().find((h) => h.id === venue)!;
  await expect(page.locator('.lecture-facts a.tel')).toHaveAttribute('href', `tel:${home.director.phone}`);
  // Map links for a lecture at a children's home: the home's GCJ-02 position, named.
  const position = `${home.location!.lng},${home.location!.lat}`;
  await expect(page.locator('.lecture-facts [data-map="amap"]')).toHaveAttribute(
    'href',
    new RegExp(`^https://uri\\.amap\\.com/marker\\?position=${position.replaceAll('.', '\\.')}&name=`),
  );
  await expect(page.locator('.lecture-facts [data-map="baidu"]')).toHaveAttribute('href', /coord_type=gcj02/);

  await page.goto(`lectures/${CANCELLED}/`);
  await expect(page.locator('.notice-status')).toContainText('因降雪道路结冰');
  const cancelled = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
});

test('a lecture page’s breadcrumb leads home, to the schedule and to its town’s schedule', async ({
  page,
  baseURL,
}) => {
  const lecture = LECTURES.find((l) => l.id === POSTPONED)!;
  const town = TOWNS.find((t) => t.id === homes().find((h) => h.id === lecture.venue.home)!.town)!;
  await page.goto(`lectures/${POSTPONED}/`);
  expect(await breadcrumbLinks(page)).toEqual([
    ['首页', baseURL],
    ['讲座安排', `${baseURL}lectures/`],
    [town.name, `${baseURL}lectures/town/${town.id}/`],
  ]);
});

test('a lecture with a contact of its own gives that number, on its page and its notice, not the home director’s', async ({
  page,
}) => {
  const lecture = LECTURES.find((l) => l.id === OWN_CONTACT)!;
  const director = homes().find((h) => h.id === lecture.venue.home)!.director.phone;
  expect(lecture.contact).toBeTruthy();
  expect(lecture.contact).not.toBe(director);
  await page.goto(`lectures/${OWN_CONTACT}/`);
  await expect(page.locator('.lecture-facts a.tel')).toHaveAttribute('href', `tel:${lecture.contact}`);
  await page.goto(`lectures/${OWN_CONTACT}/notice/`);
  await expect(page.locator('.notice-facts')).toContainText(`咨询电话${lecture.contact}`);
  await expect(page.locator('.notice-facts')).not.toContainText(director);
});

test('a held lecture’s page reports how many came and how many leaflets were handed out', async ({ page }) => {
  for (const lecture of HELD.slice(0, 3)) {
    await page.goto(`lectures/${lecture.id}/`);
    const fact = (label: string) => page.locator('.lecture-facts dt', { hasText: label }).locator('+ dd');
    await expect(fact('参加人数'), lecture.id).toHaveText(`${lecture.attendance} 人参加`);
    await expect(fact('发放资料'), lecture.id).toHaveText(`${lecture.leaflets} 份`);
  }
});

test('a lecture already held has no notice to print: no link, no notice page, no PDF', async ({ page, request }) => {
  const { file, data: held } = published('lectures', /\.mdx?$/).find(({ data }) => data['status'] === '已举办')!;
  const id = file.replace(/\.mdx?$/, '');
  await page.goto(`lectures/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(held.title);
  await expect(page.getByRole('link', { name: '打印通知' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /下载打印版/ })).toHaveCount(0);
  expect((await request.get(`lectures/${id}/notice/`)).status()).toBe(404);
  expect((await request.get(`lectures/${id}/notice.pdf`)).status()).toBe(404);
});

test('each upcoming lecture has a one-page A4 notice with a QR code to its page', async ({
  page,
  baseURL,
  request,
}) => {
  await page.goto(`lectures/${POSTPONED}/`);
  await page.getByRole('link', { name: '打印通知' }).click();
  await expect(page).toHaveURL(new RegExp(`lectures/${POSTPONED}/notice/$`));
  // The notice has a frame of its own: still Chinese for screen readers and fonts, still shareable.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await page.title()).toContain(LECTURES.find((l) => l.id === POSTPONED)!.title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `https://wcnrbh.example.gov.cn${new URL(baseURL!).pathname}lectures/${POSTPONED}/notice/`,
  );
  const qr = page.locator('svg[role="img"].notice-qr');
  await expect(qr).toHaveCount(1);
  const lectureUrl = `https://wcnrbh.example.gov.cn${new URL(baseURL!).pathname}lectures/${POSTPONED}/`;
  await expect(qr).toHaveAttribute('aria-label', new RegExp(lectureUrl.replace(/[.?]/g, '\\$&')));
  expect((await qr.locator('path[stroke]').getAttribute('d'))!.length).toBeGreaterThan(500);
  await expect(page.locator('.notice-status')).toContainText('改期');
  await expect(page.locator('.notice-sheet')).toContainText('咨询电话');

  // Every notice is printed by the build to a one-page A4 PDF, offered with its size.
  await page.goto(`lectures/${POSTPONED}/`);
  await expect(page.locator('.lecture-actions .pdf-size')).toHaveText(/\d/);
  await page.goto('lectures/');
  const upcoming = (await lectureItems(page)).filter((i) => i.upcoming);
  for (const { id } of upcoming) {
    const response = await request.get(`lectures/${id}/notice.pdf`);
    expect(response.status(), id).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = (await response.body()).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [], `${id} 的通知应当只占一页`).toHaveLength(1);
    // A4 is 595 × 842 points.
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[56](\.\d+)? 84[12](\.\d+)?\s*\]/);
  }
});
