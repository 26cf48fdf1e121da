import { chromium } from '@playwright/test';
const [selector, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
const page = await ctx.newPage();
for (const p of pages) {
  await page.goto(`http://127.0.0.1:4331${p}`);
  const name = p.replace(/\//g, '_').replace(/^_|_$/g, '');
  const el = page.locator(selector).first();
  const box = await el.boundingBox();
  const total = box.height; let i = 0;
  for (let y = box.y; y < box.y + total; y += 1300, i++) {
    await page.screenshot({ path: `/tmp/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1300, box.y + total - y) } });
  }
  console.log(name, i);
}
await browser.close();
