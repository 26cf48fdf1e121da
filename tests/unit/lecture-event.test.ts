/**
 * What a reader is told about a lecture in one line each: when it starts, where it is, and, when it is
 * not as first announced, that it was cancelled (and why) or moved (from when to when).
 */
import { describe, expect, it } from 'vitest';
import { formatStart, placeLine, statusNotice } from '../../src/lib/lecture-event.ts';
import { instantFromWallText } from '../../src/lib/time.ts';

const at = instantFromWallText;

describe('a lecture in one line', () => {
  it('says when it starts, with the weekday, in Beijing time', () => {
    expect(formatStart(at('2026-12-05 09:30'))).toBe('2026年12月5日（周六）09:30');
  });

  it('names the venue and its address, once when they are the same', () => {
    expect(placeLine({ venue: { name: '桑田村儿童之家', address: '澄岭区桑田镇桑田村', town: '桑田镇' } })).toBe(
      '桑田村儿童之家，澄岭区桑田镇桑田村',
    );
    expect(placeLine({ venue: { name: '澄岭区青枫路 8 号', address: '澄岭区青枫路 8 号', town: '青枫街道' } })).toBe(
      '澄岭区青枫路 8 号',
    );
  });
});

describe('a lecture that is not as first announced', () => {
  const start = at('2026-12-12 09:30');
  const end = at('2026-12-12 11:00');

  it('says it was cancelled, and why', () => {
    expect(statusNotice({ status: '取消', start, end, cancelReason: '主讲人临时有事' })).toBe(
      '本场讲座已取消：主讲人临时有事',
    );
  });

  it('says it was moved, from the first date to the new one', () => {
    expect(statusNotice({ status: '改期', start, end, originalStart: at('2026-12-05 09:30') })).toBe(
      '本场讲座已改期：原定 2026年12月5日（周六）09:30，改为 2026年12月12日（周六）09:30–11:00。',
    );
  });

  it('says nothing of a lecture as announced, held or to come', () => {
    expect(statusNotice({ status: '待举办', start, end })).toBeNull();
    expect(statusNotice({ status: '已举办', start, end })).toBeNull();
  });
});
