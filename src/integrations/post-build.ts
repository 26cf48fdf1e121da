/**
 * The post-build pipeline: once Astro has written dist/, its pages are read in one walk
 * (built-site.ts) and handed, in memory, through each step in order; the pages a step changed are
 * written back once, before the search index is built from them.
 *
 *   1. first paint   the home page's stylesheet goes inline (first-paint.ts)
 *   2. security      each page's CSP <meta> moves first; dist/nginx-site.conf gets their union
 *                    (security-headers.ts; after step 1, whose inline sheet adds a hash)
 *   3. first answer  the search page's small postings and result cards, and their plan written onto
 *                    the search page (search-shards.ts)
 *   4. search        Pagefind indexes the finished pages (pagefind.ts)
 *
 * The PDFs and share pictures come after, from the written pages served over HTTP, in the next command
 * of `npm run build` (scripts/render-pdfs.ts), which reads the same pages through built-site.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from './built-site.ts';
import { inlineFirstPaintStyles } from './first-paint.ts';
import { buildSearchIndex } from './pagefind.ts';
import { writeSearchShards } from './search-shards.ts';
import { applySecurityHeaders, NGINX_SITE_CONF } from './security-headers.ts';

export default function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = await readBuiltSite(fileURLToPath(dir));
        const inlined = inlineFirstPaintStyles(site, base);
        logger.info(`${inlined} 个页面的样式表已放进页面（首次打开不再等样式表）`);
        const secured = await applySecurityHeaders(site, base);
        logger.info(`${secured} 个页面的安全策略已前置；响应头策略写入 ${NGINX_SITE_CONF}`);
        const shards = await writeSearchShards(site);
        logger.info(`搜索首屏：${shards.pages} 个页面的双字词分成 ${shards.shards} 个小文件`);
        await site.writeChanged();
        await buildSearchIndex(site, logger);
      },
    },
  };
}
