/**
 * A step of the post-build pipeline (post-build.ts): the home page carries its stylesheet inline
 * (src/lib/inline-stylesheet.ts), so a first visit paints from the HTML alone, within the first round
 * trip's 14 KB. Other pages keep the linked sheet: a reader who arrives at the home page has it cached
 * for every page after. Runs before the security step, which collects each page's policy (with the new
 * hash) for nginx.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineStylesheets } from '../lib/inline-stylesheet.ts';
import type { BuiltSite } from './built-site.ts';

/** Pages, relative to dist/, that paint from their HTML alone. */
export const INLINE_STYLE_PAGES = ['index.html'] as const;

/** Inlines the stylesheets of INLINE_STYLE_PAGES; returns how many pages it changed. */
export function inlineFirstPaintStyles(site: BuiltSite, base: string): number {
  for (const name of INLINE_STYLE_PAGES) {
    const page = site.pages.find((p) => p.file === name);
    if (!page) throw new Error(`${name}：构建结果里没有这个页面，无法把样式表放进页面`);
    page.html = inlineStylesheets(
      page.html,
      (href) => {
        if (!href.startsWith(base)) throw new Error(`${name}：样式表 ${href} 不在网站路径 ${base} 下`);
        return readFileSync(path.join(site.root, href.slice(base.length)), 'utf8');
      },
      name,
    );
  }
  return INLINE_STYLE_PAGES.length;
}
