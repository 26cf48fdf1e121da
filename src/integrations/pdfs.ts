/**
 * A step of the post-build pipeline (post-build.ts): prints every printout of the build (the list is
 * data, src/content/printouts.ts, handed over in memory by the pages that are printed, handoff.ts) in
 * Chromium, in print media, to A4, tagged and with an outline from the headings; grows each handout's
 * type from the 14 pt floor until it fills its sheets (fit-handout.ts); holds each to its page promise;
 * draws the share pictures (share-images.ts); and returns the real file sizes, which the pipeline then
 * writes into the pages that offer the downloads (fillPdfSizes, src/lib/print.ts).
 *
 * The browser gets the pages straight from dist/, as Astro wrote them, through the site's public
 * address: every request for SITE_URL and BASE_PATH is answered with the file, no server is started.
 * The links a PDF keeps are thus the site's real addresses, not a passing loopback port that no reader
 * can open and that would change the bytes of every build.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { countPdfPages, formatFileSize, pageCountProblem, stampPdfDates, type PdfTarget } from '../lib/print.ts';
import { printableArea } from '../lib/print-fit.ts';
import { SHARE_WIDTH, SITE_CARD, shareImagePath } from '../lib/share.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { prepareMachine } from './prepare-machine.ts';
import { pageFile } from './dist-files.ts';
import type { SiteCardText } from './handoff.ts';
import { fitHandout } from './fit-handout.ts';
import { noticeShareContext, renderNoticeImage, renderSheetImage, renderSiteCard } from './share-images.ts';

/** Pages printed at once: two overlap the waiting on a two-core machine; more only thrash. */
const PARALLEL = 2;
/** Printouts (or share pictures) a tab makes before it is closed and a fresh one opened (see freshTabs). */
const PRINTS_PER_TAB = 10;
/** How many times a handout is fitted again, a little smaller, when its PDF came out too long. */
const REFITS = 3;

export interface PdfOptions {
  /** The site's origin (SITE_URL), without a trailing slash. */
  siteUrl: string;
  /** BASE_PATH, with leading and trailing slash. */
  base: string;
  /** The build's now (SITE_NOW, or the clock): the date every PDF carries, so rebuilds give the same bytes. */
  now: Date;
  logger: AstroIntegrationLogger;
}

/** An error that stops the build with what the editor or the operator must do; no stack trace into this file. */
function stop(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

async function writeDist(root: string, sitePath: string, bytes: Uint8Array) {
  const file = path.join(root, sitePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/** Answers the browser's requests for the public address with the files of dist/ (`root`). */
async function serveSite(context: BrowserContext, root: string, siteUrl: string, base: string) {
  const resolved = path.resolve(root);
  await context.route(`${siteUrl}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const address = pathname.startsWith(base) ? `/${decodeURIComponent(pathname.slice(base.length))}` : undefined;
    const file = address === undefined ? undefined : path.join(resolved, pageFile(address));
    if (file?.startsWith(resolved + path.sep) && (await isFile(file))) return route.fulfill({ path: file });
    return route.fulfill({ status: 404, body: '' });
  });
}

/** The PDF, as readers get it: A4, tagged (structure for screen readers), the headings as its outline. */
async function printPdf(page: Page, now: Date) {
  return stampPdfDates(await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true }), now);
}

async function render(page: Page, root: string, siteRoot: string, target: PdfTarget, now: Date) {
  const response = await page.goto(siteRoot + target.page.slice(1), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${target.page} — 打开页面失败（HTTP ${response?.status()}）`);
  await page.emulateMedia({ media: 'print' });
  if (target.kind !== 'handout') {
    const pdf = await printPdf(page, now);
    await writeDist(root, target.pdf, pdf);
    return { pages: countPdfPages(pdf), bytes: pdf.byteLength, fit: undefined, problems: [] };
  }
  let fit = await fitHandout(page, target.source);
  let pdf = await printPdf(page, now);
  // The screen measure of the print layout can miss by a line; fit a little tighter until the PDF keeps its promise.
  for (let shrink = 1; fit.problems.length === 0 && countPdfPages(pdf) > target.pages && shrink <= REFITS; shrink++) {
    fit = await fitHandout(page, target.source, shrink);
    pdf = await printPdf(page, now);
  }
  await writeDist(root, target.pdf, pdf);
  // The handout's first sheet as a picture, at the fitted size, from the same layout.
  await writeDist(root, shareImagePath(target.pdf), await renderSheetImage(page, printableArea().height));
  return { pages: countPdfPages(pdf), bytes: pdf.byteLength, fit, problems: fit.problems };
}

/**
 * Makes sure the machine can print: Chromium and the CJK fonts come from Debian's packages, and on a
 * fresh machine this installs them (prepare-machine.ts), or stops the build saying what to run.
 * Called as the build starts, so a missing browser costs no build time.
 */
export function prepareToPrint(): void {
  if (!prepareMachine('build'))
    throw stop('这台机器缺少打印 PDF 要用的浏览器或字体，构建已停止。', '缺什么、怎样安装，写在上面；装好后再构建。');
}

/**
 * The tab for each next job in `context`. A tab keeps what it has loaded (each page's images and
 * styles, its script heap) for as long as it lives: a fresh tab every PRINTS_PER_TAB jobs keeps
 * Chromium's memory flat however many printouts a site has.
 */
function freshTabs(context: BrowserContext): () => Promise<Page> {
  let page: Promise<Page> | undefined;
  let used = 0;
  return async () => {
    if (used === PRINTS_PER_TAB) {
      await (await page!).close();
      page = undefined;
    }
    if (!page) {
      page = context.newPage();
      used = 0;
    }
    used++;
    return page;
  };
}

/**
 * Prints every printout from the pages in dist/ (`root`), draws the share pictures (the site card with
 * `siteCard`'s words); returns each PDF's size in bytes, by PDF path. A printout that breaks its page
 * promise, or a sheet left too empty, stops the build with every such problem at once.
 */
export async function printPdfs(
  root: string,
  printouts: readonly PdfTarget[],
  siteCard: SiteCardText | null,
  { siteUrl, base, now, logger }: PdfOptions,
): Promise<Map<string, number>> {
  if (!siteCard) throw new Error('首页没有交出网站名称和简介（src/pages/index.astro），画不出分享卡片');
  const started = performance.now();
  const siteRoot = `${siteUrl}${base}`;
  const jobs = [...printouts].sort((a, b) => a.pdf.localeCompare(b.pdf));
  logger.info(`PDF：${jobs.length} 个页面要打印成 A4 PDF`);
  const problems: string[] = [];
  const sizes = new Map<string, number>();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    let next = 0;
    let done = 0;
    // One browser; each worker prints its share of the pages in a tab of its own (freshTabs). The tabs'
    // pixel ratio makes a handout's printable width SHARE_WIDTH pixels wide in its picture; PDFs are vector.
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      deviceScaleFactor: SHARE_WIDTH / Math.floor(printableArea().width),
    });
    await serveSite(context, root, siteUrl, base);
    const worker = async () => {
      const tab = freshTabs(context);
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const page = await tab();
        const t0 = performance.now();
        const { pages, bytes, fit, problems: fitProblems } = await render(page, root, siteRoot, job, now);
        sizes.set(job.pdf, bytes);
        const problem = fitProblems.length > 0 ? null : pageCountProblem(job, pages);
        if (problem) problems.push(problem);
        problems.push(...fitProblems);
        done++;
        const fitted = fit
          ? `，正文 ${fit.sizes.map((pt, i) => `${pt} pt（占 ${Math.round(fit.fills[i]! * 100)}%）`).join(' / ')}`
          : '';
        const flag = problem ? ' ✗ 超出页数' : fitProblems.length > 0 ? ' ✗ 排不下或太空' : '';
        logger.info(
          `  [${done}/${jobs.length}] ${job.pdf.slice(1)} — ${pages} 页，${formatFileSize(bytes)}${fitted}（${Math.round(performance.now() - t0)} ms）${flag}`,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
    await context.close();

    // Pictures of the lecture notices, laid out for a phone, to post in WeChat groups.
    const notices = jobs.filter((job) => job.kind === 'notice');
    const shareContext = await noticeShareContext(browser, (c) => serveSite(c, root, siteUrl, base));
    const tab = freshTabs(shareContext);
    for (const job of notices)
      await writeDist(
        root,
        shareImagePath(job.pdf),
        await renderNoticeImage(await tab(), siteRoot + job.page.slice(1)),
      );
    await shareContext.close();
    await writeDist(root, SITE_CARD.path, await renderSiteCard(browser, siteCard.name, siteCard.tagline, siteRoot));
    logger.info(`分享图片：${notices.length} 张讲座通知、${jobs.length - notices.length} 张宣传单、1 张网站卡片`);
  } finally {
    await browser.close();
  }

  if (problems.length > 0) {
    logger.error(
      `\n有 ${problems.length} 个打印件排不进承诺的页数或纸面太空：\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    throw stop(
      `有 ${problems.length} 个打印件排不进承诺的页数或纸面太空，构建已停止。`,
      '问题逐条列在上面（文件 — 问题，应当…）；改好内容后再构建。',
    );
  }

  logger.info(`PDF：${jobs.length} 个打印件，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  return sizes;
}
