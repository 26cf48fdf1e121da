/**
 * What editors may write, field by field, at the edges: tables of values each schema must accept and
 * must refuse, written as the values themselves. A rule that widens (a 25:00 closing time, an id with
 * a trailing hyphen, a five-digit area code) or narrows (a news post the same day as its source) shows
 * here, whatever the broken-content fixtures happen to hold.
 */
import { describe, expect, it } from 'vitest';
import { districtSchema } from '../../src/schemas/district.ts';
import { calendarDate, clockTime, line, slugId, wallTime } from '../../src/schemas/fields.ts';
import { homeSchema } from '../../src/schemas/home.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { hotlineSchema } from '../../src/schemas/site.ts';
import { statSchema } from '../../src/schemas/stats.ts';

const accepts = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('single fields', () => {
  it.each([
    ['chengguan', true],
    ['chengguan-dongguan', true],
    ['2026-12-05-heming', true],
    ['chengguan-', false],
    ['-chengguan', false],
    ['chengguan--dongguan', false],
    ['Chengguan', false],
    ['cheng guan', false],
    ['城关', false],
  ])('an id %j: %s', (value, ok) => expect(accepts(slugId('编号'), value)).toBe(ok));

  it.each([
    ['2024-11-20', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-11-31', false],
    ['2024-13-01', false],
    ['2024-1-20', false],
    ['2024/11/20', false],
  ])('a calendar date %j: %s', (value, ok) => expect(accepts(calendarDate('日期'), value)).toBe(ok));

  it.each([
    ['2026-12-05 09:30', true],
    ['2026-12-05 23:59', true],
    ['2026-12-05 24:00', false],
    ['2026-02-30 09:30', false],
    ['2026-12-05T09:30', false],
    ['2026-12-05 9:30', false],
  ])('a time of day on a date %j: %s', (value, ok) => expect(accepts(wallTime('时间'), value)).toBe(ok));

  it.each([
    ['00:00', true],
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['25:00', false],
    ['09:60', false],
    ['9:30', false],
  ])('a clock time %j: %s', (value, ok) => expect(accepts(clockTime('时间'), value)).toBe(ok));

  it.each([
    ['一行字', true],
    ['  两边有空格  ', true],
    ['', false],
    ['   ', false],
    ['第一行\n第二行', false],
    ['第一行\r第二行', false],
    ['十个字十个字十个字十', true],
    ['十个字十个字十个字十个', false],
  ])('a line of at most 10 characters %j: %s', (value, ok) => expect(accepts(line('名称', 10), value)).toBe(ok));
});

describe('site.yaml', () => {
  it.each([
    ['0386', true],
    ['010', true],
    ['0386-', false],
    ['03861', false],
    ['386', false],
    ['01', false],
  ])('an area code %j: %s', (value, ok) => expect(accepts(districtSchema.shape.areaCode, value)).toBe(ok));

  // China lies between longitudes 73 and 136 and latitudes 3 and 54: a swapped or mistyped point is refused.
  const outline = (point: object) => [point, { lng: 110.5, lat: 25 }, { lng: 110.5, lat: 25.3 }];
  it.each([
    [{ lng: 110.1, lat: 25.0 }, true],
    [{ lng: 25.0, lat: 110.1 }, false],
    [{ lng: 72.9, lat: 25.0 }, false],
    [{ lng: 136.1, lat: 25.0 }, false],
    [{ lng: 110.1, lat: 2.9 }, false],
    [{ lng: 110.1, lat: 54.1 }, false],
  ])('an outline point %j: %s', (point, ok) => expect(accepts(districtSchema.shape.outline, outline(point))).toBe(ok));

  const hotline = { name: '热线', when: '有事时', after: '有人接', hours: '24小时' };
  it.each([
    ['110', true],
    ['12345', true],
    ['12', false],
    ['123456', false],
    ['12 345', false],
    ['0386-1234567', false],
  ])('a hotline number %j: %s', (number, ok) => expect(accepts(hotlineSchema, { ...hotline, number })).toBe(ok));
});

describe('a home', () => {
  const home = {
    id: 'heming-shiqiao',
    name: '石桥村儿童之家',
    town: 'heming',
    community: '石桥村',
    communityType: '村',
    address: '鹤鸣镇石桥村村委会',
    director: { name: '张三', phone: '13912345678' },
    verified: '2026-11-01',
  };
  const withSlot = (slot: object) => ({ ...home, hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', ...slot }] });

  it('accepts a home open from 09:00 to 17:00 on weekdays', () => {
    expect(accepts(homeSchema, withSlot({ close: '17:00' }))).toBe(true);
  });

  it.each([
    ['closes when it opens', { close: '09:00' }],
    ['closes before it opens', { close: '08:59' }],
  ])('refuses a slot that %s', (_, slot) => expect(accepts(homeSchema, withSlot(slot))).toBe(false));

  it.each([
    [[7], true],
    [[1, 7], true],
    [[0], false],
    [[8], false],
    [[], false],
  ])('opening days %j (1 = Monday … 7 = Sunday): %s', (days, ok) =>
    expect(accepts(homeSchema, withSlot({ close: '17:00', days }))).toBe(ok),
  );
});

describe('a lecture', () => {
  const lecture = {
    id: '2026-12-05-heming-shiqiao',
    title: '监护人的责任',
    topic: '监护职责',
    start: '2026-12-05 09:30',
    end: '2026-12-05 11:00',
    venue: { home: 'heming-shiqiao' },
    speaker: { name: '李四', org: '区司法局' },
    audience: '祖辈家长',
    status: '待举办',
  };

  it('accepts a lecture that ends after it starts', () => {
    expect(accepts(lectureSchema, lecture)).toBe(true);
  });

  it.each([
    ['ends when it starts', { end: '2026-12-05 09:30' }],
    ['ends before it starts', { end: '2026-12-05 09:29' }],
    ['is postponed without its original start', { status: '改期' }],
    ['is cancelled without a reason', { status: '取消' }],
    ['is held without its attendance and leaflets', { status: '已举办' }],
    ['is held with a negative attendance', { status: '已举办', attendance: -1, leaflets: 10 }],
    ['has an attendance before it is held', { attendance: 30 }],
  ])('refuses a lecture that %s', (_, change) => expect(accepts(lectureSchema, { ...lecture, ...change })).toBe(false));
});

describe('a page and a figure', () => {
  const page = { title: '标题', summary: '摘要。', section: 'guide' };
  it.each([
    [0, true],
    [5, true],
    [-1, false],
    [1.5, false],
  ])('a page order %j: %s', (order, ok) => expect(accepts(pageSchema, { ...page, order })).toBe(ok));

  const stat = { id: 'homesOpen', label: '儿童之家', unit: '个', asOf: '2026-11-01', source: '报道' };
  it.each([
    [0, true],
    [120, true],
    [-1, false],
  ])('a figure of %j: %s', (value, ok) => expect(accepts(statSchema, { ...stat, value })).toBe(ok));
});

describe('a news post', () => {
  const post = (date: string, sourceDate: string) => ({
    title: '工作动态',
    summary: '一句话。',
    date,
    publisher: '区民政局',
    source: { title: '报道', date: sourceDate },
  });

  it.each([
    ['https://www.gov.cn/a.html', true],
    ['www.gov.cn/a.html', false],
    ['见某报第二版', false],
  ])('a source address %j: %s', (url, ok) =>
    expect(
      accepts(newsSchema, { ...post('2026-03-02', '2026-03-01'), source: { title: '报道', date: '2026-03-01', url } }),
    ).toBe(ok),
  );

  it.each([
    ['2026-03-02', '2026-03-01', true],
    ['2026-03-02', '2026-03-02', true],
    ['2026-03-02', '2026-03-03', false],
  ])('posted %s from a report of %s: %s', (date, sourceDate, ok) =>
    expect(accepts(newsSchema, post(date, sourceDate))).toBe(ok),
  );
});
