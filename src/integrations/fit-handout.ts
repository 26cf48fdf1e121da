/**
 * Grows a handout's type to fill its sheets, in the browser tab the PDF step (pdfs.ts) prints it from: lays the
 * page out in print media at the printable width, measures each side (front; back after <BackSide />),
 * and searches the body size of each side with src/lib/print-fit.ts. The sizes are set as CSS variables
 * through the CSSOM (the page's Content Security Policy forbids inline styles, not script-set ones).
 */
import type { Page } from 'playwright-core';
import {
  CEILING_PT,
  FILL_TARGET,
  FILL_THRESHOLD,
  FLOOR_PT,
  largestFittingSize,
  lineHeightPx,
  overflowProblem,
  printableArea,
  underfillProblem,
  type FitResult,
} from '../lib/print-fit.ts';
import { HANDOUT_BODY } from '../lib/print.ts';

/** Sets the front size and the back's zoom, then returns the laid-out height of each side in px. */
async function sideHeights(page: Page, frontPt: number, backPt: number): Promise<number[]> {
  return page.evaluate(
    ([frontSize, zoom, body]) => {
      const root = document.documentElement;
      root.style.setProperty('--handout-size', `${frontSize}pt`);
      root.style.setProperty('--handout-back-zoom', String(zoom));
      const article = document.querySelector(body);
      if (!article) throw new Error(`no ${body} element`);
      const visible = [...article.children].filter((el) => el.getClientRects().length > 0);
      const marker = article.querySelector(':scope > .back-side');
      const bottom = (els: Element[]) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom));
      const top = root.getBoundingClientRect().top;
      if (!marker) return [bottom(visible) - top];
      const all = [...article.children];
      const at = all.indexOf(marker);
      const front = visible.filter((el) => all.indexOf(el) < at);
      const back = visible.filter((el) => all.indexOf(el) > at);
      const backTop = Math.min(...back.map((el) => el.getBoundingClientRect().top));
      return [bottom(front) - top, bottom(back) - backTop];
    },
    [frontPt, backPt / frontPt, HANDOUT_BODY] as const,
  );
}

export interface HandoutFit extends FitResult {
  /** Errors for the editor (overflow at the floor, a side still too empty at the ceiling). */
  problems: string[];
}

/**
 * Finds each side's size. `shrink` (0, 1, 2…) lowers the fill target a little more each time the
 * printed PDF came out one page too long, which the screen layout cannot always foresee.
 */
export async function fitHandout(page: Page, source: string, shrink = 0): Promise<HandoutFit> {
  const area = printableArea();
  await page.setViewportSize({ width: Math.floor(area.width), height: Math.ceil(area.height) });
  const capacity = area.height * (FILL_TARGET - 0.03 * shrink);
  const sides = (await sideHeights(page, FLOOR_PT, FLOOR_PT)).length;
  const sizes: number[] = [];
  const fills: number[] = [];
  const problems: string[] = [];
  for (let side = 0; side < sides; side++) {
    // The front's size is settled first; the back grows (or shrinks, never below the floor) on its own.
    const heightAt = async (pt: number) => (await sideHeights(page, side === 0 ? pt : sizes[0]!, pt))[side]!;
    const fit = await largestFittingSize(heightAt, capacity);
    if (!fit) {
      // Beyond the target but within the page: the floor size it is, and the printed PDF has the last word.
      const atFloor = await heightAt(FLOOR_PT);
      if (atFloor > area.height)
        problems.push(overflowProblem(source, side, sides, atFloor, area.height, lineHeightPx(FLOOR_PT)));
      sizes.push(FLOOR_PT);
      fills.push(atFloor / area.height);
      continue;
    }
    const fill = fit.height / area.height;
    if (fit.size >= CEILING_PT && fill < FILL_THRESHOLD) problems.push(underfillProblem(source, side, sides, fill));
    sizes.push(fit.size);
    fills.push(fill);
  }
  await sideHeights(page, sizes[0]!, sizes[1] ?? sizes[0]!);
  return { sizes, fills, problems };
}
