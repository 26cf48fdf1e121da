import { describe, expect, it } from 'vitest';
import {
  formatRange,
  instantFromWallText,
  parseWallTime,
  toZonedIso,
  calendarDateText,
  formatCalendarDate,
} from '../../src/lib/time.ts';

describe('Asia/Shanghai wall time', () => {
  it('turns wall time into the right instant, whatever the machine zone', () => {
    expect(instantFromWallText('2026-12-05 09:30').toISOString()).toBe('2026-12-05T01:30:00.000Z');
    expect(toZonedIso(new Date('2026-12-05T01:30:00Z'))).toBe('2026-12-05T09:30:00+08:00');
  });

  it('crosses midnight in Shanghai, not in UTC', () => {
    expect(toZonedIso(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01T00:30:00+08:00');
  });

  it('refuses impossible dates and times', () => {
    expect(parseWallTime('2026-02-30 09:00')).toBeNull();
    expect(parseWallTime('2026-13-01 09:00')).toBeNull();
    expect(parseWallTime('2026-12-05 24:00')).toBeNull();
    expect(parseWallTime('2024-02-29 09:00')).not.toBeNull();
    expect(parseWallTime('2025-02-29')).toBeNull();
  });

  it('formats a range in Chinese with the weekday', () => {
    expect(formatRange(instantFromWallText('2026-12-05 09:30'), instantFromWallText('2026-12-05 11:00'))).toBe(
      '2026年12月5日（周六）09:30–11:00',
    );
  });

  it('keeps the calendar day an editor wrote, even when YAML made it a UTC Date', () => {
    expect(calendarDateText(new Date(Date.UTC(2024, 10, 20)))).toBe('2024-11-20');
    expect(formatCalendarDate('2024-11-20')).toBe('2024年11月20日');
  });
});
