/**
 * The footer's facts (主办单位, 地址, 联系电话, 政府网站标识码): a label is never broken across lines,
 * at the narrowest phones and in care mode's large type; its value wraps beside or below it.
 */
import { expect, test } from '@playwright/test';
import { setCare } from '../support/a11y-checks.ts';

for (const width of [320, 390]) {
  for (const care of [false, true]) {
    test(`footer labels stay on one line at ${width} px${care ? ' in care mode' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      await setCare(page, care);
      const labels = await page.locator('.footer-facts dt').evaluateAll((dts) =>
        dts.map((dt) => {
          const range = document.createRange();
          range.selectNodeContents(dt);
          // One line box: every fragment of the label's text shares the first one's top.
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const box = dt.getBoundingClientRect();
          const text = `${dt.textContent}${getComputedStyle(dt, '::after').content.replace(/^"|"$/g, '')}`;
          const value = dt.nextElementSibling!.getBoundingClientRect();
          // The colon comes from ::after, outside the range: count the label box's lines too (the row aligns
          // on the baseline, so the label box is only as tall as its own lines).
          const boxLines = Math.round(box.height / parseFloat(getComputedStyle(dt).lineHeight));
          return {
            text,
            lines: Math.max(tops.size, boxLines),
            right: box.right,
            valueRight: value.right,
            viewport: document.documentElement.clientWidth,
          };
        }),
      );
      expect(labels.length).toBeGreaterThanOrEqual(4);
      for (const label of labels) {
        expect(label.lines, `${label.text} wraps`).toBe(1);
        expect(label.right, `${label.text} runs off the screen`).toBeLessThanOrEqual(label.viewport);
        expect(label.valueRight, `the value of ${label.text} runs off the screen`).toBeLessThanOrEqual(label.viewport);
      }
    });
  }
}
