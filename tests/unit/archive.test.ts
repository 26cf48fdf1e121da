import { describe, expect, it } from 'vitest';
import { byYear, isYearSegment, yearLinks, yearOfCalendarDate, yearPath } from '../../src/lib/archive.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';
import { monthsEarlier, toZonedIso } from '../../src/lib/time.ts';

describe('yearly archives', () => {
  it('groups by year, latest year first, keeping the order within a year', () => {
    const posts = ['2024-11-20', '2023-01-05', '2024-02-01', '2025-06-30', '2023-12-31'];
    expect(byYear(posts, yearOfCalendarDate)).toEqual([
      [2025, ['2025-06-30']],
      [2024, ['2024-11-20', '2024-02-01']],
      [2023, ['2023-01-05', '2023-12-31']],
    ]);
    expect(byYear([], yearOfCalendarDate)).toEqual([]);
  });

  it('links each year to its page with its count', () => {
    expect(
      yearLinks('news', [
        [2024, ['a', 'b']],
        [2023, ['c']],
      ]),
    ).toEqual([
      { year: 2024, count: 2, path: '/news/2024/' },
      { year: 2023, count: 1, path: '/news/2023/' },
    ]);
    expect(yearPath('lectures', 2024)).toBe('/lectures/2024/');
  });

  it('treats a segment of digits alone as a year, never a slug with letters or hyphens', () => {
    expect(isYearSegment('2024')).toBe(true);
    expect(isYearSegment('2024-11-20-safety-net')).toBe(false);
    expect(isYearSegment('sangtian')).toBe(false);
    expect(isYearSegment('')).toBe(false);
    expect(isYearSegment('x2024')).toBe(false);
    expect(isYearSegment('2024x')).toBe(false);
  });

  it('refuses a lecture id of digits alone, which would take a year page’s address', () => {
    const issue = (id: string) => lectureSchema.shape.id.safeParse(id).error?.issues[0]?.message;
    expect(issue('2024')).toMatch(/^讲座编号不能只有数字：\/lectures\/2024\/ 这样的网址留给当年的讲座记录/);
    expect(issue('2026-12-05-heming-shiqiao')).toBeUndefined();
  });
});

describe('months earlier, in Shanghai wall time', () => {
  it('steps back calendar months, across a year, keeping the wall time', () => {
    expect(toZonedIso(monthsEarlier(new Date('2026-12-01T08:00:00+08:00'), 12))).toBe('2025-12-01T08:00:00+08:00');
    expect(toZonedIso(monthsEarlier(new Date('2026-02-15T23:30:00+08:00'), 3))).toBe('2025-11-15T23:30:00+08:00');
  });

  it('uses the Shanghai date, not the UTC one, and the last day of a shorter month', () => {
    // 2027-01-01 00:30 in Shanghai is still 2026-12-31 in UTC.
    expect(toZonedIso(monthsEarlier(new Date('2026-12-31T16:30:00Z'), 1))).toBe('2026-12-01T00:30:00+08:00');
    expect(toZonedIso(monthsEarlier(new Date('2027-03-31T10:00:00+08:00'), 1))).toBe('2027-02-28T10:00:00+08:00');
    expect(toZonedIso(monthsEarlier(new Date('2024-03-31T10:00:00+08:00'), 1))).toBe('2024-02-29T10:00:00+08:00');
  });
});
