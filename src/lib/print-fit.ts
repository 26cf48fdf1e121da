/**
 * Fitting a handout's type to its sheets (clear print): the body starts at the 14 pt floor and grows until
 * the content fills most of each promised page's printable area. Pure: the PDF step
 * (src/integrations/pdfs.ts) supplies a function that lays the page out in Chromium at a given size and
 * returns how tall each side's content is; this module searches, judges and words the errors.
 *
 * Why a search and not a formula: line breaks, lists and boxes that must not split make height a step
 * function of the type size, but it never shrinks as the type grows, so a binary search finds the
 * largest size that still fits.
 */

/** The smallest body size of a handout, in points (clear-print guidance: 14 pt preferred). */
export const FLOOR_PT = 14;
/** Nothing on a handout or notice is printed smaller than this, in points (clear print: 12 pt minimum). */
export const MIN_PRINT_PT = 12;
/** The largest body size the search tries: beyond it a sheet reads as a poster, not a leaflet. */
export const CEILING_PT = 24;
/** How finely the search settles the size, in points. */
export const PRECISION_PT = 0.1;
/**
 * The share of each promised page's printable height the content must fill. Below it a sheet looks
 * empty; the search aims as close to the full height as it can and only the ceiling stops it earlier.
 */
export const FILL_THRESHOLD = 0.75;
/** A lecture notice has a fixed layout (no type to grow); this much of its sheet carries it. */
export const NOTICE_FILL_THRESHOLD = 0.6;
/**
 * The layout fills at most this share of a page: the print layout and the screen measure of it differ
 * by a line at worst, and a block that may not split would otherwise be pushed onto an extra page.
 */
export const FILL_TARGET = 0.97;

const MM_PER_INCH = 25.4;
/** CSS px per mm (96 px to the inch). */
export const PX_PER_MM = 96 / MM_PER_INCH;
/** PDF points per mm. */
export const PT_PER_MM = 72 / MM_PER_INCH;

/** The A4 sheet and the margins of print.css's @page rule, in mm. */
export const A4 = { width: 210, height: 297 } as const;
export const HANDOUT_MARGINS = { top: 12, right: 12, bottom: 12, left: 12 } as const;
/** The notice's @page margins in src/styles/notice.css. */
export const NOTICE_MARGINS = { top: 14, right: 16, bottom: 14, left: 16 } as const;

/** The printable area of a handout page in CSS px: what the content may fill. */
export function printableArea(margins: { top: number; right: number; bottom: number; left: number } = HANDOUT_MARGINS) {
  return {
    width: (A4.width - margins.left - margins.right) * PX_PER_MM,
    height: (A4.height - margins.top - margins.bottom) * PX_PER_MM,
  };
}

/** A handout's content laid out at one size: the height of each side (front, then back if two-sided), in px. */
export type SideHeights = number[];

export interface FitResult {
  /** Body size of each side in pt (the front first). */
  sizes: number[];
  /** Share of the printable height each side fills at its size. */
  fills: number[];
}

/**
 * The largest size in [FLOOR_PT, CEILING_PT] at which `height(size)` stays within `capacity`, to
 * PRECISION_PT; null when even the floor does not fit. `height` must not decrease as the size grows.
 */
export async function largestFittingSize(
  height: (pt: number) => Promise<number>,
  capacity: number,
): Promise<{ size: number; height: number } | null> {
  const atFloor = await height(FLOOR_PT);
  if (atFloor > capacity) return null;
  const atCeiling = await height(CEILING_PT);
  if (atCeiling <= capacity) return { size: CEILING_PT, height: atCeiling };
  let lo = FLOOR_PT;
  let loHeight = atFloor;
  let hi = CEILING_PT;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: the break below ends the search on the same grid step
  while (hi - lo > PRECISION_PT) {
    // Sizes on a 0.1 pt grid, so the same content always settles on the same size (same PDF bytes).
    const mid = Math.round(((lo + hi) / 2) * 10) / 10;
    if (mid <= lo || mid >= hi) break;
    const h = await height(mid);
    if (h <= capacity) {
      lo = mid;
      loHeight = h;
    } else {
      hi = mid;
    }
  }
  return { size: lo, height: loHeight };
}

/** Side names in errors, in the order the sides print. */
const SIDE_NAMES = ['正面', '背面'] as const;
const sideName = (side: number, sides: number) => (sides === 1 ? '内容' : (SIDE_NAMES[side] ?? `第 ${side + 1} 页`));

/**
 * The editor's message when a side does not fit its page at the floor size: which file, which side,
 * how much too long (as a share of a page and in lines of body text), and what to do.
 */
export function overflowProblem(
  source: string,
  side: number,
  sides: number,
  heightAtFloor: number,
  capacity: number,
  lineHeightPx: number,
): string {
  const over = heightAtFloor - capacity;
  const percent = Math.ceil((over / capacity) * 100);
  const lines = Math.ceil(over / lineHeightPx);
  const where = sideName(side, sides);
  const fix =
    sides === 1
      ? '应当删减这么多内容，或把 sheets 改为 2（正反两面，用 <BackSide /> 标出背面从哪里开始）'
      : `应当删减${where}的文字`;
  return `${source} — ${where}用最小字号 ${FLOOR_PT} pt 排版时超出一页 ${percent}%（约 ${lines} 行），印不下承诺的 ${sides} 页（sheets: ${sides}）。${fix}`;
}

/** The editor's message when a side stays emptier than FILL_THRESHOLD even at the largest size. */
export function underfillProblem(source: string, side: number, sides: number, fill: number): string {
  const where = sideName(side, sides);
  const fix =
    sides === 1 ? '应当补充内容' : `应当补充${where}的内容，或把 <BackSide /> 挪到合适的位置，或把 sheets 改为 1`;
  return `${source} — ${where}用最大字号 ${CEILING_PT} pt 排版也只占一页的 ${Math.round(fill * 100)}%，低于 ${Math.round(FILL_THRESHOLD * 100)}%，纸面大半空着。${fix}`;
}

/** Body text's line height in px at a size in pt (print.css sets handouts at line-height 1.45). */
export const lineHeightPx = (pt: number) => pt * (96 / 72) * 1.45;
