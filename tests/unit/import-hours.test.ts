import { describe, expect, it } from 'vitest';
import { formatHoursText, parseHoursText } from '../../src/roster/hours-text.ts';

const read = (text: string) => {
  const result = parseHoursText(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('开放时间 as offices write it', () => {
  it('reads day ranges and several slots', () => {
    expect(read('周一至周五 16:30-19:00；周六 9:00-12:00')).toEqual({
      hours: [
        { days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' },
        { days: [6], open: '09:00', close: '12:00' },
      ],
    });
  });

  it('forgives 全角 digits, Chinese punctuation and the ways of writing "to"', () => {
    const expected = { hours: [{ days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' }] };
    for (const text of [
      '周一至周五　１６：３０－１９：００',
      '星期一到星期五 16:30~19:00',
      '周一-周五16:30至19:00',
      '周一—周五 16：30～19：00',
      '工作日 下午4点半到7点',
    ]) {
      expect(read(text), text).toEqual(expected);
    }
  });

  it('reads 每天, 周末, lists of days and two time ranges for one day group', () => {
    expect(read('每天 9:00-11:30')).toEqual({
      hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '09:00', close: '11:30' }],
    });
    expect(read('周二、周四 16:00-18:00，周末 9:00-12:00、14:30-17:00')).toEqual({
      hours: [
        { days: [2, 4], open: '16:00', close: '18:00' },
        { days: [6, 7], open: '09:00', close: '12:00' },
        { days: [6, 7], open: '14:30', close: '17:00' },
      ],
    });
  });

  it('keeps holiday arrangements word for word as the note', () => {
    expect(read('周一至周五 16:30-19:00；节假日休息')).toEqual({
      hours: [{ days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' }],
      holidayNote: '节假日休息',
    });
    expect(read('周一至周五 16:30-19:00，寒暑假期间每天 9:00–12:00 开放')).toMatchObject({
      holidayNote: '寒暑假期间每天 9:00–12:00 开放',
    });
  });

  it('says what it could not read and what to write', () => {
    for (const [text, says] of [
      ['16:30-19:00', '没有写星期几'],
      ['周一至周五', '没有写几点到几点'],
      ['周一至周五 19:00-16:30', '结束时间没有晚于开始时间'],
      ['周一至周五 25:00-26:00', '不是真实的时间'],
      ['看情况', '看不懂“看情况”'],
      ['', '没有读到任何开放时间段'],
    ] as const) {
      const result = parseHoursText(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(says);
        expect(result.message).toContain('应当写成“周一至周五 16:30-19:00；周六 9:00-12:00”');
      }
    }
  });

  it('writes text that reads back to the same hours and note', () => {
    const cases = [
      {
        hours: [
          { days: [2, 4], open: '16:00', close: '18:00' },
          { days: [6, 7], open: '09:00', close: '12:00' },
          { days: [6, 7], open: '14:30', close: '17:00' },
        ],
        holidayNote: '寒暑假期间每天 9:00–12:00、15:00–18:00 开放',
      },
      {
        hours: [{ days: [1, 3, 5], open: '08:30', close: '11:30' }],
        holidayNote: '法定节假日闭馆，寒暑假开放时间在村（居）委会公告栏公布',
      },
      { hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '15:00', close: '18:00' }] },
      {
        hours: [{ days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' }],
        holidayNote: '暑假期间周一至周六 8:30–11:30 开放，寒假开放安排另行通知',
      },
    ];
    for (const value of cases) {
      const text = formatHoursText(value.hours, value.holidayNote);
      expect(read(text), text).toEqual(value);
    }
  });
});

describe('开放时间: the finer points', () => {
  const problem = (text: string) => {
    const result = parseHoursText(text);
    return result.ok ? null : result.message.split('，应当写成')[0];
  };

  it('reads 上午, 下午, 晚上 and 中午 as a clock is read, the period written once holding for both ends', () => {
    const slot = (text: string) => read(`周一 ${text}`).hours[0];
    expect(slot('下午2:00-5:00')).toEqual({ days: [1], open: '14:00', close: '17:00' });
    expect(slot('晚上7点-9点')).toEqual({ days: [1], open: '19:00', close: '21:00' });
    expect(slot('下午12点-1点')).toEqual({ days: [1], open: '12:00', close: '13:00' });
    expect(slot('中午1点-下午3点')).toEqual({ days: [1], open: '13:00', close: '15:00' });
    expect(slot('中午11点半-下午2点')).toEqual({ days: [1], open: '11:30', close: '14:00' });
    expect(slot('上午9点-11点')).toEqual({ days: [1], open: '09:00', close: '11:00' });
    expect(slot('22:00-23:59')).toEqual({ days: [1], open: '22:00', close: '23:59' });
    expect(slot('16:30〜19:00')).toEqual({ days: [1], open: '16:30', close: '19:00' });
  });

  it('reads a range of days across Sunday, each day group with its own times, and words that say nothing', () => {
    expect(read('周六至周一 9:00-10:00').hours).toEqual([{ days: [1, 6, 7], open: '09:00', close: '10:00' }]);
    expect(read('周一 9:00-10:00 周二 14:00-15:00').hours).toEqual([
      { days: [1], open: '09:00', close: '10:00' },
      { days: [2], open: '14:00', close: '15:00' },
    ]);
    expect(read('周一至周五 16:30-19:00，开放').hours).toEqual([
      { days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' },
    ]);
  });

  it('keeps every holiday note, in the office’s own punctuation, without the spaces around it', () => {
    expect(read('周一 9:00-10:00， 节假日休息 ；寒暑假另行通知').holidayNote).toBe('节假日休息；寒暑假另行通知');
    expect(read('节假日（含寒暑假）休息；周一 9:00-10:00').holidayNote).toBe('节假日（含寒暑假）休息');
  });

  it('names the part it cannot read, as written', () => {
    expect(problem('周一 9:00-25:00')).toBe('“9:00-25:00”不是真实的时间');
    expect(problem('周一 9:60-10:00')).toBe('“9:60-10:00”不是真实的时间');
    expect(problem('周一 9:00-9:00')).toBe('“9:00-9:00”的结束时间没有晚于开始时间');
    expect(problem('周一 9:00-10:00 看情况 ,周二 9:00-10:00')).toBe('看不懂“看情况”');
    expect(problem('周一至周五 ,周六 9:00-10:00')).toBe('“周一至周五”只写了星期几，没有写几点到几点');
    expect(problem('9:00-10:00 ,周二 9:00-10:00')).toBe('“9:00-10:00”前面没有写星期几');
    // A day group after the last times has none of its own.
    expect(problem('周一 9:00-10:00 周二')).toBe('“周一 9:00-10:00 周二”只写了星期几，没有写几点到几点');
    // The times as written, without the space that follows them.
    expect(problem('周一 9:60-10点 周二 9:00-10:00')).toBe('“9:60-10点”不是真实的时间');
    expect(problem('周一 10:00-9点 周二 9:00-10:00')).toBe('“10:00-9点”的结束时间没有晚于开始时间');
  });

  it('writes each day group once, its times joined with 、, then the holiday note', () => {
    expect(
      formatHoursText(
        [
          { days: [6, 7], open: '14:30', close: '17:00' },
          { days: [2, 4], open: '16:00', close: '18:00' },
          { days: [6, 7], open: '09:00', close: '12:00' },
        ],
        '节假日休息',
      ),
    ).toBe('周二、周四 16:00-18:00；周六、周日 09:00-12:00、14:30-17:00；节假日休息');
    expect(formatHoursText([{ days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' }])).toBe('周一至周五 16:30-19:00');
  });
});
