/**
 * The children's-home directory in Chromium: every home and town page is linked, a home page's call
 * and map links, the nearest-home sort with a fixed geolocation, the town → village picker with
 * JavaScript off, open-now in the browser, reading at 390 px and printing one town per sheet. Run on
 * the fixture site (tests/fixtures/site): what each page should hold is read from its files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distanceMeters, formatDistance, gcj02ToWgs84 } from '../../src/lib/geo.ts';
import { DIST } from '../support/dist.ts';
import { breadcrumbLinks } from '../support/breadcrumb.ts';
import { smallTargets } from '../support/a11y-checks.ts';
import { homes, published, towns } from '../support/site-content.ts';

const HOMES = homes();
const TOWNS = towns();
const located = HOMES.filter((h) => h.location);
/** The home the tests visit: the fixture's sangtian-sangtian, open Tue/Thu 16:00–18:00 (see tests/fixtures/site/README.md). */
const home = HOMES.find((h) => h.id === 'sangtian-sangtian')!;
const KNOWN = {
  id: home.id,
  name: home.name,
  town: home.town,
  lng: home.location!.lng,
  lat: home.location!.lat,
  phone: home.director.phone,
};
/** The home with the longest name, whose fields are all long. */
const LONGEST = HOMES.reduce((a, b) => (b.name.length > a.name.length ? b : a));
/** How many homes the nearest-home button lists at most. */
const NEAREST = 10;

/**
 * The fixture's towns as the district lists them: streets first, then towns, then townships, each kind by
 * name (鹤鸣 before 桑田, 白沙 before 芦汀 in pinyin order), not in the order towns.yaml happens to hold them.
 */
const TOWN_ORDER = ['青枫街道', '鹤鸣镇', '桑田镇', '白沙乡', '芦汀乡'];
const SITE_NOW = Date.parse(process.env['SITE_NOW'] ?? '2026-12-01T08:00:00+08:00');
const shanghai = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);
/** The lectures still to come at SITE_NOW, from the files. */
const UPCOMING = published('lectures', /\.mdx?$/)
  .map(({ data }) => data)
  .filter((l) => shanghai(l.end) > SITE_NOW && l.status !== '已举办');

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('the index links every home page and every town page, which exist', async ({ page, request }) => {
  await page.goto('homes/');
  await expect(page.locator('[data-sample-notice]')).toContainText('示例数据');
  const homeLinks = await page
    .locator('.town-villages a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const townLinks = await page
    .locator('.town-link a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(homeLinks).size).toBe(HOMES.length);
  expect(new Set(townLinks).size).toBe(TOWNS.length);
  // Only homes with coordinates carry a position for the nearest-home sort.
  expect(located.length).toBeLessThan(HOMES.length);
  await expect(page.locator('li[data-lng][data-lat]')).toHaveCount(located.length);
  // Streets, then towns, then townships, each by name: the order the district's own lists use.
  await expect(page.locator('.town-group')).toHaveCount(TOWNS.length);
  expect(
    await page.locator('.town-group').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-town-name'))),
  ).toEqual(TOWN_ORDER);
  // The count names the towns that have homes: a town with none yet is listed, but not counted as listing any.
  const townsWithHomes = TOWNS.filter((town) => HOMES.some((h) => h.town === town.id)).length;
  expect(townsWithHomes).toBeLessThan(TOWNS.length);
  await expect(page.locator('main')).toContainText(
    `本站目前列出 ${townsWithHomes} 个街道、乡镇的 ${HOMES.length} 个村（社区）儿童之家`,
  );
  // A sample of the targets, first and last of each kind: each page is served and says it is sample data.
  for (const url of [homeLinks[0]!, homeLinks.at(-1)!, townLinks[0]!, townLinks.at(-1)!]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text()).toContain('data-sample-notice');
  }
});

test("a town page gives its supervisor's phone and its work station's, each a tel: link; a town with no home yet says so", async ({
  page,
}) => {
  const withStationPhone = TOWNS.filter((town) => town.station?.phone);
  expect(withStationPhone.length).toBeGreaterThan(0);
  for (const town of TOWNS) {
    await page.goto(`towns/${town.id}/`);
    const main = page.locator('main');
    await expect(main.locator(`a[href="tel:${town.supervisor.phone}"]`), town.id).toHaveText(town.supervisor.phone);
    if (town.station?.phone)
      await expect(main.locator(`a[href="tel:${town.station.phone}"]`), town.id).toHaveText(town.station.phone);
    if (town.station) await expect(main, town.id).toContainText(town.station.address);
    // A town with no home yet says so instead of showing an empty table.
    const count = HOMES.filter((h) => h.town === town.id).length;
    if (count === 0) {
      await expect(main, town.id).toContainText('本站还没有列出这里的儿童之家');
      await expect(main.locator('.town-home'), town.id).toHaveCount(0);
    } else await expect(main.locator('.town-home'), town.id).toHaveCount(count);
  }
});

test('a home page’s breadcrumb leads home, to the directory and to its town', async ({ page, baseURL }) => {
  const town = TOWNS.find((t) => t.id === HOMES.find((h) => h.id === KNOWN.id)!.town)!;
  await page.goto(`homes/${KNOWN.id}/`);
  expect(await breadcrumbLinks(page)).toEqual([
    ['首页', baseURL],
    ['儿童之家', `${baseURL}homes/`],
    [town.name, `${baseURL}towns/${town.id}/`],
  ]);
});

test('a home page has a tel: link to the child director and Amap and Baidu links', async ({ page }) => {
  await page.goto(`homes/${KNOWN.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KNOWN.name);
  await expect(page.locator('[data-sample-notice]')).toBeVisible();
  await expect(page.locator('.home-director a')).toHaveAttribute('href', `tel:${KNOWN.phone}`);

  const amap = new URL((await page.locator('a[data-map="amap"]').getAttribute('href'))!);
  expect(amap.origin + amap.pathname).toBe('https://uri.amap.com/marker');
  expect(amap.searchParams.get('position')).toBe(`${KNOWN.lng},${KNOWN.lat}`);
  expect(amap.searchParams.get('coordinate')).toBe('gaode');
  expect(amap.searchParams.get('name')).toBe(KNOWN.name);

  const baidu = new URL((await page.locator('a[data-map="baidu"]').getAttribute('href'))!);
  expect(baidu.origin + baidu.pathname).toBe('https://api.map.baidu.com/marker');
  expect(baidu.searchParams.get('location')).toBe(`${KNOWN.lat},${KNOWN.lng}`);
  expect(baidu.searchParams.get('coord_type')).toBe('gcj02');
  for (const rel of await page.locator('a[data-map]').evaluateAll((as) => as.map((a) => a.getAttribute('rel'))))
    expect(rel).toBe('noopener');

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('CivicStructure');
  expect(ld.telephone).toBe(KNOWN.phone);
  expect(ld.openingHoursSpecification.length).toBeGreaterThan(0);
});

test("a home's page lists the upcoming lectures held at that home, and only those", async ({ page }) => {
  // Every home with an upcoming lecture, and one without: a town's other homes' lectures are not this home's.
  const withLectures = new Set(UPCOMING.map((l) => l.venue.home).filter(Boolean));
  const without = HOMES.find(
    (h) => !withLectures.has(h.id) && HOMES.some((o) => o.town === h.town && withLectures.has(o.id)),
  )!;
  expect(withLectures.size).toBeGreaterThan(1);
  for (const id of [...withLectures, without.id]) {
    await page.goto(`homes/${id}/`);
    const shown = await page
      .locator('main [data-upcoming] li[data-lecture-id]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lecture-id')));
    expect(shown, id).toEqual(UPCOMING.filter((l) => l.venue.home === id).map((l) => l.id));
  }
});

test.describe('nearest home', () => {
  // A WGS-84 position about 50 m from the known home (GCJ-02 point shifted, then converted back to
  // what a phone's GPS would report). Without the WGS-84 → GCJ-02 step the distance would be ~400 m off.
  const standing = { lng: KNOWN.lng + 0.0005, lat: KNOWN.lat + 0.0002 };
  const gps = gcj02ToWgs84(standing.lng, standing.lat);

  test.use({ geolocation: { longitude: gps.lng, latitude: gps.lat }, permissions: ['geolocation'] });

  test('sorts the homes by distance from the phone, shows the distance, and sends nothing', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: gps.lng, latitude: gps.lat });
    await page.goto('homes/', { waitUntil: 'networkidle' });
    const requests: string[] = [];
    // The browser fetches the tab's icon on its own schedule; anything else would be the page talking.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
    });

    await page.getByRole('button', { name: '离我最近的儿童之家' }).click();
    const items = page.locator('.nearest-list li');
    expect(located.length).toBeGreaterThan(NEAREST);
    await expect(items).toHaveCount(NEAREST);
    await expect(items.first().locator('a')).toHaveText(KNOWN.name);
    await expect(items.first().locator('a')).toHaveAttribute('href', new RegExp(`/homes/${KNOWN.id}/$`));
    await expect(items.first()).toContainText(formatDistance(distanceMeters(standing, KNOWN)));
    await expect(page.locator('.nearest-status')).toContainText(`离您最近的 ${NEAREST} 个儿童之家`);
    // Standing inside the district: no warning that the distances are only a guide.
    await expect(page.locator('.nearest-status')).not.toContainText('不在');

    // Distances read in ascending order.
    const meters = (await items.locator('strong').allTextContents()).map((text) => {
      const n = Number.parseFloat(text);
      return text.includes('公里') ? n * 1000 : n;
    });
    expect(meters).toEqual([...meters].sort((a, b) => a - b));
    expect(requests).toEqual([]);
  });
});

test.describe('nearest home, from outside the district', () => {
  // About 150 km east of the fixture district's outline (east edge 111.06°).
  test.use({ geolocation: { longitude: 112.5, latitude: 30.4 }, permissions: ['geolocation'] });

  test('says the reader seems to be outside the district, and still lists the nearest homes', async ({ page }) => {
    await page.goto('homes/');
    await page.getByRole('button', { name: '离我最近的儿童之家' }).click();
    await expect(page.locator('.nearest-list li')).toHaveCount(NEAREST);
    await expect(page.locator('.nearest-status')).toContainText('您现在好像不在澄岭区');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the town → village picker leads to a home page, and the nearest button stays hidden', async ({ page }) => {
    await page.goto('homes/');
    await expect(page.getByRole('button', { name: '离我最近的儿童之家' })).toBeHidden();
    const town = page.locator(`details#town-${KNOWN.town}`);
    await expect(town.getByRole('link', { name: KNOWN.name })).toBeHidden();
    await town.locator('summary').click();
    await town.getByRole('link', { name: KNOWN.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(KNOWN.name);
    // Hours are shown; the open-now line needs the browser's clock and stays hidden.
    await expect(page.locator('.hours')).toContainText('周二、周四');
    await expect(page.locator('.open-status')).toBeHidden();
  });
});

test.describe('open now', () => {
  // Tuesday 2026-12-01, Asia/Shanghai, whatever the browser's own zone. The known home opens Tue/Thu 16:00–18:00.
  test.use({ timezoneId: 'America/Los_Angeles' });

  for (const [at, text] of [
    ['2026-12-01T16:30:00+08:00', '现在开放，18:00 关门'],
    ['2026-12-01T10:00:00+08:00', '现在未开放，今天 16:00 开门'],
    ['2026-12-01T18:00:00+08:00', '现在未开放，下次开放：周四 16:00'],
  ] as const) {
    test(`at ${at} says “${text}”`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(at));
      await page.goto(`homes/${KNOWN.id}/`);
      await expect(page.locator('.open-status')).toHaveText(text);
      await expect(page.locator('.open-status')).toBeVisible();
    });
  }
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const where of ['homes/', `towns/${KNOWN.town}/`, `homes/${KNOWN.id}/`, `homes/${LONGEST.id}/`]) {
    test(`${where} reads without sideways scrolling, every tap target 44 px`, async ({ page }) => {
      await page.goto(where);
      // Open every town on the index, as a reader might: the village picker's names are targets a thumb must hit.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await noSidewaysScroll(page)).toBe(true);
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});

test('a town page prints on one A4 sheet, the index one town per sheet', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'directory-print-'));
  const pages = async (where: string) => {
    await page.goto(where);
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  };
  // The town with the most homes, and how many towns there are, from the built pages themselves.
  const towns = readdirSync(path.join(DIST, 'towns')).map((id) => ({
    id,
    homes: (readFileSync(path.join(DIST, 'towns', id, 'index.html'), 'utf8').match(/class="card town-home"/g) ?? [])
      .length,
  }));
  const largest = towns.reduce((a, b) => (b.homes > a.homes ? b : a));
  try {
    // On paper the closed towns of the index print open: every home's name is there to read.
    await page.goto('homes/');
    await page.emulateMedia({ media: 'print' });
    const names = page.locator('.town-villages a');
    await expect(names).toHaveCount(HOMES.length);
    for (const name of await names.all()) await expect(name).toBeVisible();
    await page.emulateMedia({ media: null });
    expect(await pages(`towns/${largest.id}/`), `${largest.id}（${largest.homes} 个儿童之家）`).toBe(1);
    expect(await pages('homes/')).toBe(towns.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
