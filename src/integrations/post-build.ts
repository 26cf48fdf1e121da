/**
 * The post-build pipeline: once Astro has written dist/, its pages are read in one walk
 * (built-site.ts) and handed, in memory, through each step in order; the pages the steps changed are
 * written back once, before the search index is built from them.
 *
 *   1. first paint   the home page's stylesheet goes inline (first-paint.ts)
 *   2. PDFs          every printout is printed from the pages in memory, its share picture drawn, and
 *                    its file size filled into the pages that offer it (pdfs.ts). Which pages to print
 *                    is data: the list Astro wrote as dist/printouts.json from the content queries
 *                    (printouts-route.ts, injected below), read and removed here.
 *   3. first answer  the search page's small postings and result cards, and their plan written onto
 *                    the search page (search-shards.ts)
 *   4. security      each page's CSP <meta> moves first; dist/nginx-site.conf gets their union
 *                    (security-headers.ts)
 *   5. search        Pagefind indexes the finished pages (pagefind.ts)
 *
 * Why this order: the security step comes after every step that edits HTML, so the policies it
 * collects are those of the pages as published (step 1 adds the inline sheet's hash; a later edit
 * that added a script or style would add its own). The PDFs are printed before it from the pages as
 * built, which print the same (the policy's place in <head> changes nothing they load), and their
 * sizes, known only once printed, are in the pages before the security step reads them. Pagefind
 * comes last: it indexes the final text and writes its own folder, which no other step reads. The
 * search page's first answer (step 3) is read from the same text as Pagefind's index, after the PDF
 * sizes are in it.
 *
 * A build that prints checks, as it starts, that the machine has Chromium and the fonts (prepareToPrint
 * in pdfs.ts). SKIP_PDFS=1 (src/lib/env.ts) leaves step 2 out, for test builds that check something else.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildEnv } from '../lib/env.ts';
import { readBuiltSite } from './built-site.ts';
import { inlineFirstPaintStyles } from './first-paint.ts';
import { indexedPages } from './indexed-text.ts';
import { buildSearchIndex } from './pagefind.ts';
import { PRINTOUTS_FILE, prepareToPrint, printPdfs, takePrintouts } from './pdfs.ts';
import { writeSearchShards } from './search-shards.ts';
import { applySecurityHeaders, NGINX_SITE_CONF } from './security-headers.ts';

export default function postBuild(): AstroIntegration {
  let base = '/';
  const env = readBuildEnv(process.env);
  return {
    name: 'post-build',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'build') return;
        if (!env.skipPdfs) prepareToPrint();
        injectRoute({
          pattern: `/${PRINTOUTS_FILE}`,
          entrypoint: new URL('./printouts-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const printouts = await takePrintouts(root);
        const site = await readBuiltSite(root);
        const inlined = inlineFirstPaintStyles(site, base);
        logger.info(`${inlined} 个页面的样式表已放进页面（首次打开不再等样式表）`);
        if (env.skipPdfs)
          logger.warn(
            `SKIP_PDFS=1：没有打印 ${printouts.length} 个 PDF，也没有画分享图片；这样构建出的网站缺少这些文件，不能发布`,
          );
        else await printPdfs(site, printouts, { siteUrl: env.siteUrl, base, now: new Date(env.now), logger });
        const indexed = indexedPages(site);
        const shards = await writeSearchShards(site, indexed);
        logger.info(`搜索首屏：${shards.pages} 个页面的双字词分成 ${shards.shards} 个小文件`);
        const secured = await applySecurityHeaders(site, base);
        logger.info(`${secured} 个页面的安全策略已前置；响应头策略写入 ${NGINX_SITE_CONF}`);
        await site.writeChanged();
        await buildSearchIndex(site, indexed, logger);
      },
    },
  };
}
