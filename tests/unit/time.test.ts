/**
 * Every date on the site is Asia/Shanghai wall time, whatever the zone of the machine that builds it.
 * So the whole suite runs once per machine zone, the zone really set (TZ, which Node applies as soon as
 * it changes): UTC (CI), Los Angeles (eight hours behind UTC, with summer time), Kiritimati (fourteen
 * hours ahead, so its calendar day is often not Shanghai's) and Shanghai itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarDateText,
  formatCalendarDate,
  formatClock,
  formatDate,
  formatMonth,
  formatRange,
  formatWeekday,
  instantFromWallText,
  monthsEarlier,
  parseWallTime,
  toZonedDate,
  toZonedIso,
} from '../../src/lib/time.ts';

const MACHINE_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'];

describe.each(MACHINE_ZONES)('Asia/Shanghai wall time on a machine in %s', (zone) => {
  let machineZone: string | undefined;
  beforeAll(() => {
    machineZone = process.env['TZ'];
    process.env['TZ'] = zone;
  });
  afterAll(() => {
    if (machineZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = machineZone;
  });

  it('really runs in that zone', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    const offset = { UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, 'Asia/Shanghai': -480 }[zone];
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(offset);
  });

  it('turns wall time into the right instant', () => {
    expect(instantFromWallText('2026-12-05 09:30').toISOString()).toBe('2026-12-05T01:30:00.000Z');
    expect(instantFromWallText('2026-07-05 00:15').toISOString()).toBe('2026-07-04T16:15:00.000Z');
    expect(toZonedIso(new Date('2026-12-05T01:30:00Z'))).toBe('2026-12-05T09:30:00+08:00');
  });

  it('crosses midnight in Shanghai, not in UTC or on the machine', () => {
    expect(toZonedIso(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01T00:30:00+08:00');
    expect(toZonedDate(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
    expect(toZonedDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    // 00:30 on the 1st in Shanghai: the 31st in UTC and Los Angeles, the 1st in Kiritimati.
    const newYear = new Date('2026-12-31T16:30:00Z');
    expect([formatDate(newYear), formatMonth(newYear), formatWeekday(newYear), formatClock(newYear)]).toEqual([
      '2027年1月1日',
      '2027年1月',
      '周五',
      '00:30',
    ]);
  });

  it('refuses impossible dates and times', () => {
    expect(parseWallTime('2026-02-30 09:00')).toBeNull();
    expect(parseWallTime('2026-13-01 09:00')).toBeNull();
    expect(parseWallTime('2026-12-05 24:00')).toBeNull();
    expect(parseWallTime('2026-12-05 09:60')).toBeNull();
    expect(parseWallTime('2024-02-29 09:00')).not.toBeNull();
    expect(parseWallTime('2025-02-29')).toBeNull();
  });

  it('formats a range in Chinese with the weekday, and both days when it spans midnight', () => {
    expect(formatRange(instantFromWallText('2026-12-05 09:30'), instantFromWallText('2026-12-05 11:00'))).toBe(
      '2026年12月5日（周六）09:30–11:00',
    );
    expect(formatRange(instantFromWallText('2026-12-05 22:00'), instantFromWallText('2026-12-06 01:00'))).toBe(
      '2026年12月5日（周六）22:00 至 2026年12月6日 01:00',
    );
  });

  it('steps back whole months in Shanghai', () => {
    expect(toZonedIso(monthsEarlier(new Date('2026-12-31T16:30:00Z'), 1))).toBe('2026-12-01T00:30:00+08:00');
    expect(toZonedIso(monthsEarlier(new Date('2027-03-31T10:00:00+08:00'), 1))).toBe('2027-02-28T10:00:00+08:00');
  });

  it('keeps the calendar day an editor wrote, even when YAML made it a UTC Date', () => {
    expect(calendarDateText(new Date(Date.UTC(2024, 10, 20)))).toBe('2024-11-20');
    expect(calendarDateText('2024-11-20')).toBe('2024-11-20');
    expect(formatCalendarDate('2024-11-20')).toBe('2024年11月20日');
  });
});

describe('wall time as editors write it', () => {
  it.each([
    ['2026-12-05 09:30', { year: 2026, month: 12, day: 5, hour: 9, minute: 30 }],
    ['2026-12-05T09:30', { year: 2026, month: 12, day: 5, hour: 9, minute: 30 }],
    [' 2026-12-05 23:59 ', { year: 2026, month: 12, day: 5, hour: 23, minute: 59 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31, hour: 0, minute: 0 }],
  ])('reads %j', (text, wall) => {
    expect(parseWallTime(text)).toEqual(wall);
  });

  it.each(['2026-12-05 9:30', '2026-00-05', '2026-12-00', '2026-12-05T09:30:00', '2026-12-05  09:30', 'x2026-12-05'])(
    'refuses %j',
    (text) => {
      expect(parseWallTime(text)).toBeNull();
    },
  );

  it('says which text is not a wall time', () => {
    expect(() => instantFromWallText('2026-12-05 9:30')).toThrow('not a wall time: 2026-12-05 9:30');
  });

  it('pads the day an editor wrote, and drops the zeros when it is written out', () => {
    expect(calendarDateText(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
    expect(formatCalendarDate('2024-01-05')).toBe('2024年1月5日');
    expect(formatClock(instantFromWallText('2026-12-05 08:05'))).toBe('08:05');
    expect(toZonedIso(new Date('2026-01-02T01:02:03Z'))).toBe('2026-01-02T09:02:03+08:00');
  });

  it('names every weekday, Monday first', () => {
    const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
    expect(days.map((d) => formatWeekday(instantFromWallText(`${d} 12:00`)))).toEqual([
      '周一',
      '周二',
      '周三',
      '周四',
      '周五',
      '周六',
      '周日',
    ]);
  });

  it('steps back across the new year', () => {
    expect(toZonedIso(monthsEarlier(new Date('2026-01-15T08:00:00+08:00'), 13))).toBe('2024-12-15T08:00:00+08:00');
  });

  // Shanghai kept summer time (+09:00) from 1986 to 1991: the offset comes from the zone's data.
  it('uses the offset the zone had at that time', () => {
    expect(toZonedIso(new Date('1988-07-01T03:00:00Z'))).toBe('1988-07-01T12:00:00+09:00');
    expect(instantFromWallText('1988-07-01 12:00').toISOString()).toBe('1988-07-01T03:00:00.000Z');
    // An hour before summer time began: the first guess lands in summer time and is corrected.
    expect(instantFromWallText('1988-04-17 01:30').toISOString()).toBe('1988-04-16T17:30:00.000Z');
  });
});
