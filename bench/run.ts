/**
 * npm run bench: builds the site at 1×, 10× and 50× its real content, and a fixed corpus of 500 long
 * statute pages, and reports build time by phase, peak memory, pages per second, output and index size,
 * bytes per kind of page and the cost of a first search. Timings are reported, never asserted.
 *
 * Scratch (content copies, builds, the corpus as plain Markdown) goes to bench/out/ (not committed);
 * the result to bench/results/latest.json and latest.md (committed), and its main table into README.md.
 * PDFs are one Chromium print per handout and per upcoming lecture, printed inside `astro build` by the
 * post-build pipeline at every scale (some seven minutes at 50×). Every phase is reported in milliseconds
 * per page, and the memory of the build's whole process tree is followed (tree-memory.ts).
 * `npm run bench -- --scale 50` builds that one scale alone and prints its rows without writing results.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../src/integrations/chromium.ts';
import { listBuiltPages } from '../tools/measure/page-kinds.ts';
import { distFiles } from '../src/integrations/dist-files.ts';
import { stepTimesFromLog } from '../src/integrations/step-times.ts';
import {
  buildEnv,
  buildPhases,
  contentCheckSecondsFromLog,
  runPhase,
  type Phase,
  type PhaseResult,
} from './build-phases.ts';
import { dirSize, firstQueryCost, measureKinds, pdfSheets, serveDist } from './measure-site.ts';
import { buildTable, formatReport, perPageTable, replaceReadmeBlock, type BuildResult } from './report.ts';
import { scaleContent, writeStatuteCorpus } from './synthesize.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const results = path.join(root, 'bench', 'results');
const SCALES = [1, 10, 50];
/** A fixed "now" so the same lectures are upcoming in every run. */
const SITE_NOW = '2026-12-01T08:00:00+08:00';
/**
 * First searches measured at every scale: a word on many kinds of page, answered by the search page's
 * table; and a word only the pages' text holds, answered from the postings files (src/search/shards.ts).
 */
const QUERIES = ['监护', '电子烟'];

const log = (line: string) => console.log(`[bench] ${line}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

interface Job {
  label: string;
  factor: number;
  content: Record<string, number>;
  contentDir: string;
  renderPdfs: boolean;
  measurePages: boolean;
}

async function build(job: Job, phases: Phase[], browser: Browser): Promise<BuildResult> {
  const dist = path.join(out, `dist-${job.label}`);
  rmSync(dist, { recursive: true, force: true });
  const env = buildEnv(root, {
    CONTENT_DIR: job.contentDir,
    DIST_DIR: dist,
    SITE_NOW,
    SITE_URL: 'https://wcnrbh.example.gov.cn',
    BASE_PATH: '/',
    ...(job.renderPdfs ? {} : { SKIP_PDFS: '1' }),
  });
  const ran: PhaseResult[] = [];
  for (const phase of phases) {
    if (phase.name === 'Astro')
      phase.command = phase.command.includes('--force') ? phase.command : `${phase.command} --force`;
    const result = await runPhase(phase, env, dist, root);
    ran.push(result);
    log(
      `${job.label}: ${phase.name} ${result.seconds?.toFixed(1)} s，内存峰值 ${result.peakMiB ?? '?'} MB（最大的单个进程 ${result.largestProcessMiB ?? '?'} MB）`,
    );
  }

  const pages = listBuiltPages(dist).length;
  const pagefindIndex = dirSize(path.join(dist, 'pagefind'));
  const astroPhase = ran.find((p) => p.name === 'Astro');
  const contentCheckSeconds = contentCheckSecondsFromLog(astroPhase?.output ?? '');
  const steps = stepTimesFromLog(astroPhase?.output ?? '');
  const astroSeconds = astroPhase?.seconds ?? 0;
  const pdfs = distFiles(dist).filter((file) => file.endsWith('.pdf')).length;

  let kinds: BuildResult['kinds'] = [];
  const firstQueries: BuildResult['firstQueries'] = [];
  const server = await serveDist(root, dist, await freePort());
  try {
    if (job.measurePages) kinds = await measureKinds(browser, server.url, dist);
    if (pagefindIndex.files > 0)
      for (const query of QUERIES) firstQueries.push(await firstQueryCost(browser, server.url, query));
  } finally {
    server.stop();
  }
  log(`${job.label}: ${pages} 页，dist ${dirSize(dist).bytes} 字节，搜索索引 ${pagefindIndex.bytes} 字节`);

  const peaks = ran.map((p) => p.peakMiB).filter((n): n is number => n !== null);
  const largest = ran.map((p) => p.largestProcessMiB).filter((n): n is number => n !== null && n !== undefined);
  return {
    label: job.label,
    factor: job.factor,
    content: job.content,
    pages,
    phases: ran.map(({ output: _output, ...rest }) => rest),
    contentCheckSeconds,
    steps,
    totalSeconds: ran.reduce((n, p) => n + (p.seconds ?? 0), 0),
    peakMiB: peaks.length > 0 ? Math.max(...peaks) : null,
    largestProcessMiB: largest.length > 0 ? Math.max(...largest) : null,
    pagesPerSecond: astroSeconds > 0 ? pages / astroSeconds : 0,
    dist: dirSize(dist),
    pagefindIndex,
    pdfs,
    pdfSheets: pdfSheets(dist),
    kinds,
    firstQueries,
  };
}

/** Writes latest.md and the README block from a result. */
function publish(result: { date: string; machine: string; builds: BuildResult[]; notes: string[] }): string {
  const markdown = formatReport(result);
  writeFileSync(path.join(results, 'latest.md'), markdown);
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, replaceReadmeBlock(readFileSync(readme, 'utf8'), result.builds, result.date));
  return markdown;
}

async function main() {
  // `npm run bench -- --report`: only render latest.md and the README again from latest.json.
  if (process.argv.includes('--report')) {
    publish(JSON.parse(readFileSync(path.join(results, 'latest.json'), 'utf8')));
    log('已按 bench/results/latest.json 重写 latest.md 和 README');
    return;
  }
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  mkdirSync(results, { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const phases = buildPhases(pkg.scripts.build);
  log(`构建步骤：${phases.map((p) => `${p.name}（${p.command}）`).join(' → ')}`);
  const source = path.join(root, process.env['CONTENT_DIR'] ?? 'content');
  const scaleArgument = process.argv.indexOf('--scale');
  const only = scaleArgument > 0 ? Number(process.argv[scaleArgument + 1]) : null;

  const jobs: Job[] = (only ? [only] : SCALES).map((factor) => {
    const contentDir = path.join(out, `content-${factor}x`);
    const content = scaleContent(source, contentDir, factor);
    return {
      label: `${factor}×`,
      factor,
      content,
      contentDir,
      renderPdfs: true,
      measurePages: !only,
    };
  });
  if (only) {
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const builds = [await build(jobs[0]!, phases, browser)];
      console.log(['', ...buildTable(builds), '', ...perPageTable(builds)].join('\n'));
    } finally {
      await browser.close();
    }
    return;
  }
  const corpusDir = path.join(out, 'content-corpus');
  const base = scaleContent(source, corpusDir, 1);
  const corpusPages = writeStatuteCorpus(corpusDir, path.join(out, 'corpus-markdown'));
  jobs.push({
    label: `语料 ${corpusPages} 篇`,
    factor: 0,
    content: { ...base, pages: base['pages']! + corpusPages },
    contentDir: corpusDir,
    renderPdfs: false,
    measurePages: false,
  });

  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const builds: BuildResult[] = [];
  try {
    for (const job of jobs)
      builds.push(
        await build(
          job,
          phases.map((p) => ({ ...p })),
          browser,
        ),
      );
  } finally {
    await browser.close();
  }

  const totalMinutes = (performance.now() - started) / 60000;
  const machine = `${cpus().length} 核 ${cpus()[0]?.model.trim() ?? ''}，内存 ${Math.round(totalmem() / 2 ** 30)} GB，Node ${process.version}`;
  const notes = [
    `内容按真实内容复制：儿童之家、讲座、栏目页面、工作动态各复制成 N 份（新编号、标题加“副本k”，讲座的场地指向同一份复制的儿童之家）；已举办讲座和动态的第 k 份副本提前 k 年，像网站运行了 N 年那样积累记录，待举办的讲座保持原日期；15 个街道乡镇和宣传单不复制。`,
    `各步骤分开运行并计时（package.json 的 build 脚本里 && 连接的每条命令）。内容检查和页面写完后的流水线都在 \`astro build\` 里运行（astro:config:setup 和 astro:build:done 钩子）：内容检查的用时取自构建输出里“内容检查…用时 X 秒”一行，流水线每一步（PDF、首屏样式、PDF 大小、搜索首屏、安全策略、Pagefind、读写页面）的用时取自“步骤用时：…”各行（src/integrations/step-times.ts），“生成页面”是 \`astro build\` 总用时减去它们；页/秒按 \`astro build\` 总用时算。`,
    `内存峰值：构建期间每 0.2 秒把整个进程树（Node、打印 PDF 的 Chromium、Pagefind 的索引进程）每个进程的 PSS（共享的内存按共享的进程数分摊，不重复计算）加起来，取最大值（bench/tree-memory.ts）；“最大的单个进程”是其中单个进程驻留内存（RSS）的最大值，即 GNU time 报告的数字。`,
    `PDF（每张宣传单、每场待举办讲座的通知各一个，用 Chromium 打印）在每个规模都实际渲染。`,
    `语料：从法律原文生成的 ${corpusPages} 篇长页面（每篇连续 40 条，确定性生成），加在 1× 内容上构建；纯 Markdown 版本写在 bench/out/corpus-markdown/，可交给其他站点生成器比较。`,
    `首次搜索：在打开的搜索页分别输入${QUERIES.map((q) => `“${q}”`).join('和')}（前者搜索页的词表就能回答，后者只有页面正文里有），到结果显示、网络安静一秒为止全部响应的字节数（搜索脚本、词表、用到的倒排小文件和结果卡片）。`,
    `整个基准测试用时 ${totalMinutes.toFixed(1)} 分钟。`,
  ];
  const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(new Date());
  const result = { date, machine, builds, notes };
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(path.join(out, `result-${Date.now()}.json`), json);
  writeFileSync(path.join(results, 'latest.json'), json);
  const markdown = publish(result);
  console.log(`\n${markdown}`);
  log(`结果已写入 bench/results/latest.json 和 latest.md（用时 ${totalMinutes.toFixed(1)} 分钟）`);
}

await main();
