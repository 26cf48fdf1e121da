import { describe, expect, it } from 'vitest';
import { formatDays, groupHours, openStatus, type OpeningSlot } from '../../src/lib/opening-hours.ts';

describe('formatDays', () => {
  it.each([
    [[1, 2, 3, 4, 5], '周一至周五'],
    [[2, 4], '周二、周四'],
    [[6, 7], '周六、周日'],
    [[1, 2, 3, 6], '周一至周三、周六'],
    [[1, 2, 3, 4, 5, 6, 7], '每天'],
    [[5, 1, 3, 3], '周一、周三、周五'],
    [[7], '周日'],
  ])('%j → %s', (days, text) => expect(formatDays(days)).toBe(text));
});

// The hours of tests/fixtures/site/homes/sangtian-sangtian.yaml.
const sangtian: OpeningSlot[] = [
  { days: [2, 4], open: '16:00', close: '18:00' },
  { days: [6, 7], open: '09:00', close: '12:00' },
  { days: [6, 7], open: '14:30', close: '17:00' },
];

describe('groupHours', () => {
  it('joins slots that share their days, in order of the week', () => {
    expect(groupHours([sangtian[2]!, sangtian[0]!, sangtian[1]!])).toEqual([
      { days: '周二、周四', times: ['16:00–18:00'] },
      { days: '周六、周日', times: ['09:00–12:00', '14:30–17:00'] },
    ]);
  });
});

describe('openStatus', () => {
  it('is open inside a slot and says when it closes', () => {
    expect(openStatus(sangtian, { weekday: 2, time: '16:00' })).toEqual({ open: true, close: '18:00' });
    expect(openStatus(sangtian, { weekday: 6, time: '11:59' })).toEqual({ open: true, close: '12:00' });
  });

  it('is closed at the closing minute and points to the next opening the same day', () => {
    expect(openStatus(sangtian, { weekday: 6, time: '12:00' })).toEqual({
      open: false,
      next: { weekday: 6, open: '14:30', today: true },
    });
  });

  it('finds the next opening later in the week, wrapping past Sunday', () => {
    expect(openStatus(sangtian, { weekday: 2, time: '18:30' })).toEqual({
      open: false,
      next: { weekday: 4, open: '16:00', today: false },
    });
    expect(openStatus(sangtian, { weekday: 7, time: '20:00' })).toEqual({
      open: false,
      next: { weekday: 2, open: '16:00', today: false },
    });
  });

  it('finds the same weekday a week ahead when that is the only day', () => {
    const sundays: OpeningSlot[] = [{ days: [7], open: '09:00', close: '10:00' }];
    expect(openStatus(sundays, { weekday: 7, time: '11:00' })).toEqual({
      open: false,
      next: { weekday: 7, open: '09:00', today: false },
    });
  });

  it('reads back-to-back slots as one stretch', () => {
    const slots: OpeningSlot[] = [
      { days: [1], open: '09:00', close: '12:00' },
      { days: [1], open: '12:00', close: '14:00' },
    ];
    expect(openStatus(slots, { weekday: 1, time: '10:00' })).toEqual({ open: true, close: '14:00' });
  });
});

describe('opening hours, in the less common shapes', () => {
  it('writes the same days once however the editor ordered them, earliest day first, times in order', () => {
    expect(
      groupHours([
        { days: [7, 6], open: '14:30', close: '17:00' },
        { days: [4, 2, 2], open: '16:00', close: '18:00' },
        { days: [6, 7], open: '09:00', close: '12:00' },
        { days: [1, 7], open: '08:00', close: '09:00' },
        { days: [2, 4], open: '19:00', close: '20:00' },
      ]),
    ).toEqual([
      { days: '周一、周日', times: ['08:00–09:00'] },
      { days: '周二、周四', times: ['16:00–18:00', '19:00–20:00'] },
      { days: '周六、周日', times: ['09:00–12:00', '14:30–17:00'] },
    ]);
  });

  it('reads two days in a row as a pair and three as a range', () => {
    expect(formatDays([3, 4])).toBe('周三、周四');
    expect(formatDays([3, 4, 5, 7])).toBe('周三至周五、周日');
    expect(formatDays([])).toBe('');
  });

  it('opens at the opening minute, and points to the earliest opening later the same day', () => {
    const slots: OpeningSlot[] = [
      { days: [3], open: '15:00', close: '17:00' },
      { days: [3], open: '09:00', close: '11:00' },
    ];
    expect(openStatus(slots, { weekday: 3, time: '09:00' })).toEqual({ open: true, close: '11:00' });
    expect(openStatus(slots, { weekday: 3, time: '08:59' })).toEqual({
      open: false,
      next: { weekday: 3, open: '09:00', today: true },
    });
    expect(openStatus(slots, { weekday: 2, time: '20:00' })).toEqual({
      open: false,
      next: { weekday: 3, open: '09:00', today: false },
    });
  });

  it('joins back-to-back slots of the same day only', () => {
    const slots: OpeningSlot[] = [
      { days: [1], open: '09:00', close: '12:00' },
      { days: [2], open: '12:00', close: '14:00' },
      { days: [1], open: '12:00', close: '12:00' },
    ];
    expect(openStatus(slots, { weekday: 1, time: '10:00' })).toEqual({ open: true, close: '12:00' });
  });

  it('has no next opening when the hours name no day', () => {
    expect(openStatus([], { weekday: 1, time: '10:00' })).toEqual({ open: false });
  });
});
