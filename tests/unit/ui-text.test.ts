/** Every UI string comes from one Chinese dictionary, with its blanks filled in. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n.ts';

describe('t', () => {
  it('fills each blank with its value, numbers included, and ignores values it has no blank for', () => {
    expect(t('lecture.calendarSummaryPostponed', { title: '家庭教育促进法进村', other: 'x' })).toBe(
      '【改期】家庭教育促进法进村',
    );
    expect(t('lecture.noticeCancelled', { reason: 0 })).toBe('本场讲座已取消：0');
  });

  it('leaves a blank it has no value for as it is, so the gap shows instead of vanishing', () => {
    expect(t('lecture.noticePostponed', { range: '12月12日' })).toBe(
      '本场讲座已改期：原定 {original}，改为 12月12日。',
    );
  });
});
