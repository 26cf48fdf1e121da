import { describe, expect, it } from 'vitest';
import {
  CEILING_PT,
  PRECISION_PT,
  largestFittingSize,
  overflowProblem,
  printableArea,
  underfillProblem,
} from '../../src/lib/print-fit.ts';
import { shareImagePath } from '../../src/lib/share.ts';

// Clear print (README "打印和 PDF"), as the number itself rather than the code's constant: a handout's
// body is never set below 14 pt. (Nothing on a sheet is under 12 pt either: print.css sets that, and
// tests/built/pdf.test.ts measures it in the built PDFs.)
const HANDOUT_BODY_PT = 14;

/** A layout whose height grows in steps with the type size, as line breaks make it. */
const stepped = (linesAt14: number) => async (pt: number) =>
  Math.ceil(linesAt14 * (pt / HANDOUT_BODY_PT) ** 2) * pt * 2;

describe('largestFittingSize', () => {
  it('finds the largest size that fits, to the search precision', async () => {
    const height = stepped(20);
    const capacity = 1000;
    const fit = await largestFittingSize(height, capacity);
    expect(fit).not.toBeNull();
    expect(fit!.height).toBeLessThanOrEqual(capacity);
    expect(await height(fit!.size + PRECISION_PT)).toBeGreaterThan(capacity);
    expect(fit!.size).toBeGreaterThanOrEqual(HANDOUT_BODY_PT);
  });

  it('never sets the body under 14 pt: content that fits only at a smaller size has no size', async () => {
    const tried: number[] = [];
    // Fits at 13.9 pt and below, not at 14 pt: the handout is too long, and the build must say so.
    const tooLong = async (pt: number) => {
      tried.push(pt);
      return pt < HANDOUT_BODY_PT ? 900 : 1100;
    };
    expect(await largestFittingSize(tooLong, 1000)).toBeNull();
    expect(Math.min(...tried)).toBe(HANDOUT_BODY_PT);
  });

  it('keeps 14 pt when that is all that fits', async () => {
    expect(await largestFittingSize(async (pt) => (pt <= HANDOUT_BODY_PT ? 1000 : 1001), 1000)).toEqual({
      size: HANDOUT_BODY_PT,
      height: 1000,
    });
  });

  it('returns null when even the floor size does not fit', async () => {
    expect(await largestFittingSize(async () => 1200, 1000)).toBeNull();
  });

  it('stops at the ceiling when the content is short', async () => {
    expect(await largestFittingSize(async () => 100, 1000)).toEqual({ size: CEILING_PT, height: 100 });
  });

  it('settles on the same size every time (sizes on a 0.1 pt grid)', async () => {
    const a = await largestFittingSize(stepped(25), 900);
    const b = await largestFittingSize(stepped(25), 900);
    expect(a).toEqual(b);
    expect(Math.round(a!.size * 10) / 10).toBe(a!.size);
  });
});

describe('the printable area', () => {
  it('is A4 less the margins, in CSS px', () => {
    const area = printableArea({ top: 10, right: 10, bottom: 10, left: 10 });
    expect(area.width).toBeCloseTo((190 * 96) / 25.4, 5);
    expect(area.height).toBeCloseTo((277 * 96) / 25.4, 5);
  });
});

describe('messages for editors', () => {
  it('names the file, the side and how much is too long, and says what to do', () => {
    const message = overflowProblem('content/handouts/x.mdx', 0, 1, 1230, 1000, 27);
    expect(message).toMatch(/^content\/handouts\/x\.mdx — /);
    expect(message).toContain('最小字号 14 pt');
    expect(message).toContain('超出一页 23%');
    expect(message).toContain('约 9 行');
    expect(message).toContain('sheets: 1');
    expect(message).toMatch(/应当删减/);
  });

  it('names the back of a two-sided handout', () => {
    expect(overflowProblem('content/handouts/y.mdx', 1, 2, 1100, 1000, 27)).toContain('背面');
    expect(underfillProblem('content/handouts/y.mdx', 1, 2, 0.5)).toMatch(/背面.*50%.*应当/);
  });
});

describe('shareImagePath', () => {
  it('puts the picture next to its PDF', () => {
    expect(shareImagePath('/handouts/online.pdf')).toBe('/handouts/online.png');
    expect(shareImagePath('/lectures/a-b/notice.pdf')).toBe('/lectures/a-b/notice.png');
  });
  it('refuses a path that is not a PDF', () => {
    expect(() => shareImagePath('/handouts/online/')).toThrow(/\.pdf/);
  });
});
