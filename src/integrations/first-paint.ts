/**
 * After the build: the home page carries its stylesheet inline (src/lib/inline-stylesheet.ts), so a
 * first visit paints from the HTML alone, within the first round trip's 14 KB. Other pages keep the
 * linked sheet: a reader who arrives at the home page has it cached for every page after.
 * Runs before security-headers, which collects each page's policy (with the new hash) for nginx.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineStylesheets } from '../lib/inline-stylesheet.ts';

/** Pages, relative to dist/, that paint from their HTML alone. */
export const INLINE_STYLE_PAGES = ['index.html'] as const;

export default function firstPaint(): AstroIntegration {
  let base = '/';
  return {
    name: 'first-paint',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const name of INLINE_STYLE_PAGES) {
          const file = path.join(root, name);
          const html = inlineStylesheets(await readFile(file, 'utf8'), (href) => {
            if (!href.startsWith(base)) throw new Error(`${name}：样式表 ${href} 不在网站路径 ${base} 下`);
            return readFileSync(path.join(root, href.slice(base.length)), 'utf8');
          }, name);
          await writeFile(file, html);
        }
        logger.info(`${INLINE_STYLE_PAGES.length} 个页面的样式表已放进页面（首次打开不再等样式表）`);
      },
    },
  };
}
