import { describe, expect, it } from 'vitest';
import {
  CEILING_PT,
  PRECISION_PT,
  largestFittingSize,
  lineHeightPx,
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

  it('settles on the largest size to a tenth of a point', async () => {
    expect(await largestFittingSize(async (pt) => (pt <= 17.3 ? 1000 : 1001), 1000)).toEqual({
      size: 17.3,
      height: 1000,
    });
  });

  it('takes 24 pt when the content fills the page exactly at 24 pt', async () => {
    expect(await largestFittingSize(async (pt) => (pt >= 24 ? 1000 : 900), 1000)).toEqual({ size: 24, height: 1000 });
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

describe('the whole message, word for word', () => {
  it('tells the editor of a one-sheet handout to cut, or to print both sides', () => {
    expect(overflowProblem('content/handouts/x.mdx', 0, 1, 1230, 1000, 27)).toBe(
      'content/handouts/x.mdx — 内容用最小字号 14 pt 排版时超出一页 23%（约 9 行），印不下承诺的 1 页（sheets: 1）。应当删减这么多内容，或把 sheets 改为 2（正反两面，用 <BackSide /> 标出背面从哪里开始）',
    );
  });

  it('tells the editor of a two-sided handout which side to cut, rounding the overshoot up, never to 0', () => {
    expect(overflowProblem('content/handouts/y.mdx', 0, 2, 1001, 1000, 27)).toBe(
      'content/handouts/y.mdx — 正面用最小字号 14 pt 排版时超出一页 1%（约 1 行），印不下承诺的 2 页（sheets: 2）。应当删减正面的文字',
    );
    expect(overflowProblem('content/handouts/y.mdx', 1, 2, 1100, 1000, 27)).toBe(
      'content/handouts/y.mdx — 背面用最小字号 14 pt 排版时超出一页 10%（约 4 行），印不下承诺的 2 页（sheets: 2）。应当删减背面的文字',
    );
  });

  it('says how empty a sheet stays at 24 pt against the 75% it should fill, and what to add', () => {
    expect(underfillProblem('content/handouts/y.mdx', 0, 1, 0.424)).toBe(
      'content/handouts/y.mdx — 内容用最大字号 24 pt 排版也只占一页的 42%，低于 75%，纸面大半空着。应当补充内容',
    );
    expect(underfillProblem('content/handouts/y.mdx', 1, 2, 0.5)).toBe(
      'content/handouts/y.mdx — 背面用最大字号 24 pt 排版也只占一页的 50%，低于 75%，纸面大半空着。应当补充背面的内容，或把 <BackSide /> 挪到合适的位置，或把 sheets 改为 1',
    );
  });
});

describe('the handout page', () => {
  it('prints inside 12 mm margins on A4: 186 × 273 mm, in CSS px at 96 to the inch', () => {
    const area = printableArea();
    expect(area.width).toBeCloseTo((186 * 96) / 25.4, 5);
    expect(area.height).toBeCloseTo((273 * 96) / 25.4, 5);
  });

  it('sets body text at line-height 1.45: 14 pt is 27.07 px a line', () => {
    expect(lineHeightPx(14)).toBeCloseTo(27.0667, 3);
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
