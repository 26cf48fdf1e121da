/**
 * The post-build pipeline: once Astro has written dist/, its pages (found in one walk, built-site.ts)
 * go through each step one page at a time, read from disk and written back once; no step keeps a copy
 * of the whole site in memory. What the steps need from the rendering (which pages to print, the site
 * card's words, the search page's table) the pages handed over in memory as Astro rendered them
 * (handoff.ts).
 *
 *   1. PDFs          every printout is printed from the pages as Astro wrote them, its share picture
 *                    drawn (pdfs.ts)
 *   then, page by page, in two passes:
 *   2. first paint   pass 1 reads what each page's elements use; pass 2 puts its route's rules inline
 *                    and loads the stylesheet after them (first-paint.ts)
 *   3. PDF sizes     each PDF's size goes next to its download links (fillPdfSizes, src/lib/print.ts)
 *   4. search text   the page's indexed text is taken for the search page's first answer
 *                    (indexed-text.ts)
 *   5. security      the page's CSP <meta> moves first; dist/nginx-site.conf gets the union of the
 *                    policies (security-headers.ts)
 *   6. search index  Pagefind indexes the finished page (pagefind.ts)
 *   and once all pages are in: Pagefind writes its index; the postings and cards are written from the
 *   pages' text, and the search page, held back until then, gets their plan (search-shards.ts).
 *
 * Why this order: the PDFs come first because their sizes go into the pages; they print from the
 * pages as built, which print the same (inline rules and the policy's place change nothing they
 * load). The security step comes after every step that edits HTML, so the policies it collects are
 * those of the pages as published (step 2 adds the inline rules' hash). Pagefind gets the final page;
 * the search page's first answer is read from the same text as Pagefind's index, after the PDF sizes
 * are in it.
 *
 * Each step's time is logged (step-times.ts) for the benchmark. A build that prints checks, as it
 * starts, that the machine has Chromium and the fonts (prepareToPrint in pdfs.ts). SKIP_PDFS=1
 * (src/lib/env.ts) leaves step 1 out, for test builds that check something else.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readBuildEnv, type BuildEnv } from '../lib/env.ts';
import { fillPdfSizes } from '../lib/print.ts';
import { listBuiltSite, pageWriter, readPages, type BuiltPage } from './built-site.ts';
import { createFirstPaint } from './first-paint.ts';
import { sortedPrintouts, takeHandoff } from './handoff.ts';
import { indexedPage, type IndexedEntry } from './indexed-text.ts';
import { openSearchIndex } from './pagefind.ts';
import { prepareToPrint, printPdfs } from './pdfs.ts';
import { isSearchPage, markSearchPage, writeSearchShards } from './search-shards.ts';
import { hoistCspMeta, NGINX_SITE_CONF, writeNginxSiteConf } from './security-headers.ts';
import { StepClock } from './step-times.ts';

/** "homes/a/index.html" → the route that made it ("/homes/[id]"), from astro:build:done's assets. */
function routesByFile(root: string, assets: Map<string, URL[]>): Map<string, string> {
  const routes = new Map<string, string>();
  for (const [route, urls] of assets)
    for (const url of urls) routes.set(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'), route);
  return routes;
}

async function runPipeline(
  root: string,
  assets: Map<string, URL[]>,
  base: string,
  env: BuildEnv,
  logger: AstroIntegrationLogger,
) {
  const started = performance.now();
  const clock = new StepClock();
  const handoff = takeHandoff();
  if (!handoff.searchTerms)
    throw new Error('没有生成 /search/terms.json（src/pages/search/terms.json.ts），写不出搜索首屏的小文件');
  const printouts = sortedPrintouts(handoff);
  const site = listBuiltSite(root);
  const routes = routesByFile(root, assets);
  const routeOf = (page: BuiltPage) => routes.get(page.file) ?? page.file;

  let sizes = new Map<string, number>();
  if (env.skipPdfs)
    logger.warn(
      `SKIP_PDFS=1：没有打印 ${printouts.length} 个 PDF，也没有画分享图片；这样构建出的网站缺少这些文件，不能发布`,
    );
  else
    sizes = await clock.time('pdfs', () =>
      printPdfs(root, printouts, handoff.siteCard, { siteUrl: env.siteUrl, base, now: new Date(env.now), logger }),
    );

  // Pass 1: what each route's pages use.
  const firstPaint = await clock.time('firstPaint', () => createFirstPaint(root, base));
  const pass1 = readPages(site);
  for (;;) {
    const next = await clock.time('pageFiles', () => pass1.next());
    if (next.done) break;
    clock.timeSync('firstPaint', () => firstPaint.scan(next.value.html, routeOf(next.value.page)));
  }

  // Pass 2: every step, page by page.
  const searchIndex = await openSearchIndex(root, env.searchPartPages);
  try {
    const indexed: IndexedEntry[] = [];
    const policies = new Set<string>();
    const held: { page: BuiltPage; html: string }[] = [];
    let adding: Promise<void> = Promise.resolve();
    let filled = 0;
    // Pagefind indexes in the order pages are added; one at a time, while this process reads the next.
    const pass2 = readPages(site);
    const writer = pageWriter(site);
    for (;;) {
      const next = await clock.time('pageFiles', () => pass2.next());
      if (next.done) break;
      const { page, html: original } = next.value;
      let html = clock.timeSync('firstPaint', () => firstPaint.apply(original, routeOf(page), page.file));
      if (!env.skipPdfs && html.includes('data-pdf-size=')) {
        html = clock.timeSync('pdfSizes', () => fillPdfSizes(html, (pdf) => sizes.get(pdf), `dist/${page.file}`));
        filled++;
      }
      const fields = clock.timeSync('searchText', () => indexedPage(html));
      // The search page's plan, written later, adds no script, style or text: its policy and its text are final here.
      const secured = clock.timeSync('security', () => hoistCspMeta(html, page.file));
      policies.add(secured.policy);
      await clock.time('pagefind', () => adding);
      if (fields) {
        indexed.push({ page, fields });
        adding = searchIndex.add(page, fields, secured.html);
      }
      if (isSearchPage(secured.html)) held.push({ page, html: secured.html });
      else if (secured.html !== original) await clock.time('pageFiles', () => writer.write(page, secured.html));
    }
    await clock.time('pageFiles', () => writer.flush());
    await clock.time('pagefind', () => adding);
    // Pagefind's indexer needs the most memory as it writes; its process ends before the postings are made.
    const { pages, parts } = await clock.time('pagefind', () => searchIndex.write());
    const plan = await clock.time('searchText', () => writeSearchShards(root, indexed, handoff.searchTerms!, parts));
    for (const { page, html } of held)
      await clock.time('pageFiles', () => site.write(page, markSearchPage(html, plan)));
    await clock.time('security', () => writeNginxSiteConf(root, [...policies], base));

    logger.info(`${site.pages.length} 个页面的首屏样式已放进页面，${filled} 个页面写入了 PDF 的文件大小`);
    logger.info(`搜索首屏：${plan.pages} 个页面的双字词分成 ${plan.shards} 个小文件`);
    logger.info(`${site.pages.length} 个页面的安全策略已前置；响应头策略写入 ${NGINX_SITE_CONF}`);
    logger.info(`搜索索引：${pages} 个页面${parts > 1 ? `，分 ${parts} 部分写出` : ''}`);
  } catch (error) {
    await searchIndex.close();
    throw error;
  }
  for (const line of clock.lines()) logger.info(line);
  logger.info(`页面写完后的流水线用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}

export default function postBuild(): AstroIntegration {
  let base = '/';
  const env = readBuildEnv(process.env);
  return {
    name: 'post-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !env.skipPdfs) prepareToPrint();
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, assets, logger }) => runPipeline(fileURLToPath(dir), assets, base, env, logger),
    },
  };
}
