/**
 * The PDF step of `npm run build`, after `astro build`: prints each page that asks for a PDF (handouts,
 * lecture notices: see pdfMarker() in src/lib/print.ts) from the built dist/ in Chromium, in print media,
 * to A4; holds each to its page promise; then writes the real file sizes into
 * the pages that offer the downloads. Usage: node scripts/render-pdfs.ts (reads BASE_PATH, DIST_DIR).
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { normalizeBasePath, readBuildEnv } from '../src/lib/env.ts';
import { countPdfPages, fillPdfSizes, formatFileSize, pageCountProblem, readPdfMarkers, stampPdfDates, type PdfTarget } from '../src/lib/print.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { prepareMachine } from './prepare-machine.ts';
import { serveStatic } from './static-server.ts';

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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

const pageUrl = (siteUrl: string, htmlFile: string) => siteUrl + path.relative(dist, htmlFile).replace(/\\/g, '/').replace(/index\.html$/, '');

async function render(page: Page, siteUrl: string, job: Job) {
  const response = await page.goto(pageUrl(siteUrl, path.join(dist, job.page)), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${job.page} — 打开页面失败（HTTP ${response?.status()}）`);
  await page.emulateMedia({ media: 'print' });
  const pdf = stampPdfDates(await page.pdf({ format: 'A4', printBackground: true }), now);
  const file = path.join(dist, job.pdf);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, pdf);
  return { pages: countPdfPages(pdf), bytes: pdf.byteLength };
}

async function main() {
  // Chromium and the CJK font come from Debian's packages; on a fresh machine this installs them first.
  if (!prepareMachine('build')) process.exit(1);
  const started = performance.now();
  const files = await htmlFiles(dist);
  const jobs: Job[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pdf=')) continue;
    for (const target of readPdfMarkers(html)) jobs.push({ ...target, page: path.relative(dist, file) });
  }
  jobs.sort((a, b) => a.pdf.localeCompare(b.pdf));
  console.log(`PDF：${jobs.length} 个页面要打印成 A4 PDF`);

  const problems: string[] = [];
  const server = await serveStatic({ root: dist, base, port: 0 });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    let next = 0;
    let done = 0;
    // One browser; each worker keeps one tab and prints its share of the pages in it.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const loopback = new URL(server.url).origin;
    await context.route(`${buildEnv.siteUrl}/**`, async (route) => {
      const { pathname, search } = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${loopback}${pathname}${search}` }) });
    });
    const worker = async () => {
      const page = await context.newPage();
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const t0 = performance.now();
        const { pages, bytes } = await render(page, siteRoot, job);
        const problem = pageCountProblem(job, pages);
        if (problem) problems.push(problem);
        done++;
        console.log(`  [${done}/${jobs.length}] ${job.pdf.slice(1)} — ${pages} 页，${formatFileSize(bytes)}（${Math.round(performance.now() - t0)} ms）${problem ? ' ✗ 超出页数' : ''}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  if (problems.length > 0) {
    console.error(`\n有 ${problems.length} 个打印件超出了承诺的页数：\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }

  // Now that every PDF exists, write its real size next to each download link (see src/lib/print.ts).
  const sizes = new Map<string, number>();
  for (const job of jobs) sizes.set(job.pdf, (await stat(path.join(dist, job.pdf))).size);
  let filled = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pdf-size=')) continue;
    await writeFile(file, fillPdfSizes(html, (pdf) => sizes.get(pdf), path.relative(process.cwd(), file)));
    filled++;
  }
  console.log(`PDF：完成，${filled} 个页面写入了文件大小（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
