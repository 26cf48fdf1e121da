/**
 * The PDF step of `npm run build`, after `astro build`: prints each page that asks for a PDF (handouts,
 * lecture notices: see pdfMarker() in src/lib/print.ts) from the built dist/ in Chromium, in print media,
 * to A4, tagged and with an outline from the headings; grows each handout's type from the 14 pt floor
 * until it fills its sheets (scripts/fit-handout.ts); holds each to its page promise; draws the share
 * pictures (scripts/share-images.ts); then writes the real file sizes into the pages that offer the
 * downloads. Usage: node scripts/render-pdfs.ts (reads BASE_PATH, DIST_DIR).
 */
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { normalizeBasePath, readBuildEnv } from '../src/lib/env.ts';
import { countPdfPages, fillPdfSizes, formatFileSize, pageCountProblem, readPdfMarkers, stampPdfDates, type PdfTarget } from '../src/lib/print.ts';
import { printableArea } from '../src/lib/print-fit.ts';
import { SHARE_WIDTH, SITE_CARD, shareImagePath } from '../src/lib/share.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { prepareMachine } from './prepare-machine.ts';
import { pageAddress, readBuiltSite } from '../src/integrations/built-site.ts';
import { fitHandout } from './fit-handout.ts';
import { noticeShareContext, renderNoticeImage, renderSheetImage, renderSiteCard } from './share-images.ts';
import { serveStatic } from './static-server.ts';
import { decodeHTMLAttribute } from 'entities/decode';

const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const buildEnv = readBuildEnv(process.env);
const base = normalizeBasePath(process.env['BASE_PATH']);
/** Pages printed at once: two overlap the waiting on a two-core machine; more only thrash. */
const PARALLEL = 2;
/** The build's now (SITE_NOW, or the clock): the date every PDF carries, so rebuilds give the same bytes. */
const now = new Date(buildEnv.now);
/**
 * Pages are opened at their public address (SITE_URL), and the browser's requests for it are answered
 * from dist/ through a loopback server: the links a PDF keeps are then the site's real addresses, not
 * a passing 127.0.0.1 port that no reader can open and that would change the bytes of every build.
 */
const siteRoot = `${buildEnv.siteUrl}${base}`;

interface Job extends PdfTarget {
  /** The built page the PDF is printed from, relative to dist/ ("handouts/online/index.html"). */
  page: string;
}

/** A built page's public address: the site root, then the page's address below the base path. */
const pageUrl = (siteUrl: string, file: string) => siteUrl + pageAddress(file).slice(1);

async function writeDist(sitePath: string, bytes: Uint8Array) {
  const file = path.join(dist, sitePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

/** The PDF, as readers get it: A4, tagged (structure for screen readers), the headings as its outline. */
async function printPdf(page: Page) {
  return stampPdfDates(await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true }), now);
}

/** How many times a handout is fitted again, a little smaller, when its PDF came out too long. */
const REFITS = 3;

async function render(page: Page, siteUrl: string, job: Job) {
  const response = await page.goto(pageUrl(siteUrl, job.page), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${job.page} — 打开页面失败（HTTP ${response?.status()}）`);
  await page.emulateMedia({ media: 'print' });
  if (job.kind !== 'handout') {
    const pdf = await printPdf(page);
    await writeDist(job.pdf, pdf);
    return { pages: countPdfPages(pdf), bytes: pdf.byteLength, fit: undefined, problems: [] };
  }
  let fit = await fitHandout(page, job.source);
  let pdf = await printPdf(page);
  // The screen measure of the print layout can miss by a line; fit a little tighter until the PDF keeps its promise.
  for (let shrink = 1; fit.problems.length === 0 && countPdfPages(pdf) > job.pages && shrink <= REFITS; shrink++) {
    fit = await fitHandout(page, job.source, shrink);
    pdf = await printPdf(page);
  }
  await writeDist(job.pdf, pdf);
  // The handout's first sheet as a picture, at the fitted size, from the same layout.
  await writeDist(shareImagePath(job.pdf), await renderSheetImage(page, printableArea().height));
  return { pages: countPdfPages(pdf), bytes: pdf.byteLength, fit, problems: fit.problems };
}

/** Routes requests for the public address to the loopback server, so pages open at their real URLs. */
async function routeToDist(context: BrowserContext, loopback: string) {
  await context.route(`${buildEnv.siteUrl}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${loopback}${pathname}${search}` }) });
  });
}

/** The site's name and tagline as the built home page states them, for the site card. */
async function siteIdentity(): Promise<{ name: string; tagline: string }> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const name = /<meta property="og:site_name" content="([^"]*)"/.exec(html)?.[1];
  const tagline = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  if (!name || !tagline) throw new Error('dist/index.html — 找不到网站名称（og:site_name）或简介（description），画不出分享卡片');
  return { name: decodeHTMLAttribute(name), tagline: decodeHTMLAttribute(tagline) };
}

async function main() {
  // Chromium and the CJK font come from Debian's packages; on a fresh machine this installs them first.
  if (!prepareMachine('build')) process.exit(1);
  const started = performance.now();
  // The built pages, read once: which ones ask for a PDF (src/lib/print.ts pdfMarker()), and later
  // where to write each PDF's size.
  const site = await readBuiltSite(dist);
  const jobs: Job[] = site.pages.flatMap((page) => readPdfMarkers(page.html).map((target) => ({ ...target, page: page.file })));
  jobs.sort((a, b) => a.pdf.localeCompare(b.pdf));
  console.log(`PDF：${jobs.length} 个页面要打印成 A4 PDF`);

  const problems: string[] = [];
  const server = await serveStatic({ root: dist, base, port: 0 });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const loopback = new URL(server.url).origin;
  try {
    let next = 0;
    let done = 0;
    // One browser; each worker keeps one tab and prints its share of the pages in it. The tabs' pixel
    // ratio makes a handout's printable width SHARE_WIDTH pixels wide in its picture; PDFs are vector.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', deviceScaleFactor: SHARE_WIDTH / Math.floor(printableArea().width) });
    await routeToDist(context, loopback);
    const worker = async () => {
      const page = await context.newPage();
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const t0 = performance.now();
        const { pages, bytes, fit, problems: fitProblems } = await render(page, siteRoot, job);
        const problem = fitProblems.length > 0 ? null : pageCountProblem(job, pages);
        if (problem) problems.push(problem);
        problems.push(...fitProblems);
        done++;
        const sizes = fit ? `，正文 ${fit.sizes.map((pt, i) => `${pt} pt（占 ${Math.round(fit.fills[i]! * 100)}%）`).join(' / ')}` : '';
        const flag = problem ? ' ✗ 超出页数' : fitProblems.length > 0 ? ' ✗ 排不下或太空' : '';
        console.log(`  [${done}/${jobs.length}] ${job.pdf.slice(1)} — ${pages} 页，${formatFileSize(bytes)}${sizes}（${Math.round(performance.now() - t0)} ms）${flag}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
    await context.close();

    // Pictures of the lecture notices, laid out for a phone, to post in WeChat groups.
    const notices = jobs.filter((job) => job.kind === 'notice');
    const shareContext = await noticeShareContext(browser, (c) => routeToDist(c, loopback));
    const page = await shareContext.newPage();
    for (const job of notices) await writeDist(shareImagePath(job.pdf), await renderNoticeImage(page, pageUrl(siteRoot, job.page)));
    await shareContext.close();
    const { name, tagline } = await siteIdentity();
    await writeDist(SITE_CARD.path, await renderSiteCard(browser, name, tagline, siteRoot));
    console.log(`分享图片：${notices.length} 张讲座通知、${jobs.length - notices.length} 张宣传单、1 张网站卡片`);
  } finally {
    await browser.close();
    await server.close();
  }

  if (problems.length > 0) {
    console.error(`\n有 ${problems.length} 个打印件排不进承诺的页数或纸面太空：\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }

  // Now that every PDF exists, write its real size next to each download link (see src/lib/print.ts).
  const sizes = new Map<string, number>();
  for (const job of jobs) sizes.set(job.pdf, (await stat(path.join(dist, job.pdf))).size);
  for (const page of site.pages) {
    if (page.html.includes('data-pdf-size=')) page.html = fillPdfSizes(page.html, (pdf) => sizes.get(pdf), `${path.relative(process.cwd(), dist)}/${page.file}`);
  }
  const filled = await site.writeChanged();
  console.log(`PDF：完成，${filled} 个页面写入了文件大小（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
