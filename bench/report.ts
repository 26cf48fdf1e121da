/**
 * The benchmark's result as data, how list pages grow with content, and the short Markdown report.
 * Pure: run.ts measures, this module only reads the numbers.
 */
import { PIPELINE_STEPS, type PipelineStep } from '../src/integrations/step-times.ts';
import { SECTIONS } from '../src/lib/sections.ts';
import type { PhaseResult } from './build-phases.ts';
import type { DirSize, KindRow, PdfSheets, QueryCost } from './measure-site.ts';

export interface BuildResult {
  label: string;
  /** 1, 10, 50 for the scaled site; 0 for the statute corpus. */
  factor: number;
  content: Record<string, number>;
  /** HTML pages in dist/. */
  pages: number;
  phases: Omit<PhaseResult, 'output'>[];
  /** Time of the content check; part of the Astro phase (its config:setup hook). */
  contentCheckSeconds: number | null;
  /** Time of each step of the post-build pipeline; part of the Astro phase (its build:done hook). */
  steps: Partial<Record<PipelineStep, number>>;
  totalSeconds: number;
  /** Peak memory of the build's process tree (PSS summed), in MiB. */
  peakMiB: number | null;
  /** Peak resident memory of its largest single process, in MiB. */
  largestProcessMiB: number | null;
  pagesPerSecond: number;
  dist: DirSize;
  pagefindIndex: DirSize;
  pdfs: number;
  /** The rendered PDFs by kind: files, pages (sheets' sides) and bytes. */
  pdfSheets: PdfSheets;
  kinds: KindRow[];
  /** The first searches measured (bench/run.ts QUERIES), each from typing it until its results are shown. */
  firstQueries: QueryCost[];
}

/** "PDF 每页：宣传单 41 KB（6 个，8 页），讲座通知 46 KB（12 个）", from the first build that rendered PDFs. */
export function pdfSheetSentence(builds: BuildResult[]): string {
  const sheets = builds.find((b) => b.pdfSheets && b.pdfSheets.handout.pages + b.pdfSheets.notice.pages > 0)?.pdfSheets;
  if (!sheets) return 'PDF 每页字节：本次没有渲染 PDF。';
  const per = (k: { pages: number; bytes: number }) => (k.pages > 0 ? kib(k.bytes / k.pages) : '—');
  return `PDF 每页字节（文件大小 ÷ 页数，文字可以选中、搜索）：宣传单 ${per(sheets.handout)}（${sheets.handout.files} 个，${sheets.handout.pages} 页），讲座通知 ${per(sheets.notice)}（${sheets.notice.files} 个，${sheets.notice.pages} 页）。`;
}

export interface Growth {
  kind: string;
  /** Largest page's HTML, raw bytes, at the smallest and the largest scale. */
  from: number;
  to: number;
  ratio: number;
  contentRatio: number;
  grows: boolean;
}

/**
 * A page kind "grows with content" when its largest page at the largest scale is more than 1.5 times
 * its size at the smallest: a constant-size page grows by a few per cent at most (longer copy titles),
 * a page that lists every item grows with the number of items.
 */
export function growthOf(builds: BuildResult[]): Growth[] {
  const scaled = builds.filter((b) => b.factor > 0).sort((a, b) => a.factor - b.factor);
  const first = scaled[0];
  const last = scaled[scaled.length - 1];
  if (!first || !last || first === last) return [];
  const out: Growth[] = [];
  for (const row of last.kinds) {
    const before = first.kinds.find((k) => k.kind === row.kind);
    if (!before || before.htmlRaw === 0) continue;
    const ratio = row.htmlRaw / before.htmlRaw;
    out.push({
      kind: row.kind,
      from: before.htmlRaw,
      to: row.htmlRaw,
      ratio,
      contentRatio: last.factor / first.factor,
      grows: ratio > 1.5,
    });
  }
  return out;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (s: number | null | undefined) => (s === null || s === undefined ? '—' : `${s.toFixed(1)} s`);
const ms = (s: number | null | undefined) => (s === null || s === undefined ? '—' : `${(s * 1000).toFixed(1)} ms`);

const astroPhaseSeconds = (b: BuildResult) => b.phases.find((p) => p.name === 'Astro')?.seconds ?? null;

/** Rendering the pages: the `astro build` phase less the content check and the post-build steps inside it. */
export function renderSeconds(b: BuildResult): number | null {
  const total = astroPhaseSeconds(b);
  if (total === null) return null;
  const steps = Object.values(b.steps).reduce((n, s) => n + (s ?? 0), 0);
  return total - (b.contentCheckSeconds ?? 0) - steps;
}

/** One row per build: time, speed, memory, sizes, first search. */
export function buildTable(builds: BuildResult[]): string[] {
  const lines: string[] = [
    '| 内容 | 页数 | PDF | 合计 | 页/秒 | 内存峰值（整个进程树） | 最大的单个进程 | dist/ | 搜索索引 | 首次搜索传输（gzip） |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const b of builds) {
    lines.push(
      `| ${b.label} | ${b.pages} | ${b.pdfs} | ${sec(b.totalSeconds)} | ${b.pagesPerSecond.toFixed(0)} | ${b.peakMiB ?? '—'} MB | ${b.largestProcessMiB ?? '—'} MB | ${mib(b.dist.bytes)} | ${b.pagefindIndex.files ? mib(b.pagefindIndex.bytes) : '—'} | ${
        b.firstQueries
          .filter((q) => q.requests > 0)
          .map((q) => `${q.query} ${kib(q.gzip)}（${q.requests} 个请求）`)
          .join('；') || '—'
      } |`,
    );
  }
  return lines;
}

/** Each phase's seconds divided by the build's pages, in the table's column order. */
export function perPageCosts(b: BuildResult): { phase: string; seconds: number | null }[] {
  const steps = (Object.keys(PIPELINE_STEPS) as PipelineStep[]).map((step) => ({
    phase: PIPELINE_STEPS[step],
    seconds: b.steps[step] ?? null,
  }));
  const all = [
    { phase: '内容检查', seconds: b.contentCheckSeconds },
    { phase: '生成页面', seconds: renderSeconds(b) },
    ...steps,
    { phase: '合计', seconds: b.totalSeconds },
  ];
  return all.map(({ phase, seconds }) => ({ phase, seconds: seconds === null ? null : seconds / b.pages }));
}

/**
 * Milliseconds per page of every phase at every scale: linear growth shows as a column that stays flat
 * (or falls, as fixed start-up costs spread over more pages) while the number of pages grows.
 */
export function perPageTable(builds: BuildResult[]): string[] {
  const scaled = builds.filter((b) => b.factor > 0).sort((a, b) => a.factor - b.factor);
  if (scaled.length === 0) return [];
  const phases = perPageCosts(scaled[0]!).map((c) => c.phase);
  const lines = [
    `| 内容 | 页数 | ${phases.join(' | ')} | dist/ 每页 | 搜索索引每页 |`,
    `| --- | ---: | ${phases.map(() => '---:').join(' | ')} | ---: | ---: |`,
  ];
  for (const b of scaled)
    lines.push(
      `| ${b.label} | ${b.pages} | ${perPageCosts(b)
        .map((c) => ms(c.seconds))
        .join(' | ')} | ${kib(b.dist.bytes / b.pages)} | ${kib(b.pagefindIndex.bytes / b.pages)} |`,
    );
  return lines;
}

/**
 * Whether a page costs no more at the largest scale than at the smallest, in one sentence: the total
 * per page at each scale, and any phase whose cost per page grew.
 */
export function scalingSentence(builds: BuildResult[]): string {
  const scaled = builds.filter((b) => b.factor > 0).sort((a, b) => a.factor - b.factor);
  const first = scaled[0];
  const last = scaled.at(-1);
  if (!first || !last || first === last) return '';
  const totals = scaled.map((b) => `${b.label} ${ms(b.totalSeconds / b.pages)}`).join('，');
  const before = new Map(perPageCosts(first).map((c) => [c.phase, c.seconds]));
  // Compared as printed (tenths of a millisecond): a step that costs nothing at either scale did not grow.
  const grew = perPageCosts(last).filter((c) => {
    const was = before.get(c.phase);
    return c.seconds !== null && was !== null && was !== undefined && ms(c.seconds) !== ms(was) && c.seconds > was;
  });
  const verdict =
    grew.length === 0
      ? `${last.label} 时每一步的每页成本都不高于 ${first.label}。`
      : `${last.label} 时每页成本高于 ${first.label} 的步骤：${grew.map((c) => `${c.phase}（${ms(before.get(c.phase))} → ${ms(c.seconds)}）`).join('、')}。`;
  return `每页合计：${totals}；${verdict}`;
}

/** The peak memory of the largest scaled build, in one sentence. */
export function memorySentence(builds: BuildResult[]): string {
  const last = builds
    .filter((b) => b.factor > 0)
    .sort((a, b) => a.factor - b.factor)
    .at(-1);
  if (!last || last.peakMiB === null) return '';
  return `${last.label}（${last.pages} 页）构建的内存峰值：整个进程树（Node、打印 PDF 的 Chromium、Pagefind 的索引进程）合计 ${last.peakMiB} MB，最大的单个进程 ${last.largestProcessMiB ?? '—'} MB。`;
}

/**
 * Why a kind of list page may grow with the synthetic copies, and what bounds it on the real site. No
 * page lists every other page: each list below holds one bounded set (a section's articles, a town's
 * homes, one year's lectures), and nothing grows merely because time passes.
 */
export const GROWTH_BOUNDS: Record<string, string> = {
  ...Object.fromEntries(SECTIONS.map((section) => [`${section}/`, '栏目目录列出本栏目的文章'])),
  'homes/': '目录首页按街道乡镇列出每一所儿童之家，以全区村和社区的数量为限',
  'towns/*': '列出本街道乡镇的儿童之家和待举办的讲座',
  'search/': '给不用脚本的读者按栏目列出文章标题',
  'lectures/': '列出全部待举办的讲座（以排期为限），已举办的只列最近 12 场',
  'lectures/*/*': '一个街道乡镇待举办的讲座，已举办的只列最近 12 场',
  'lectures/YYYY/': '每年一页，列出当年举办的讲座',
  'news/YYYY/': '每年一页，列出当年的动态',
  'news/': '最新 10 篇动态和每个年份的链接',
};

/** Which kinds of page grow with the amount of content, in one sentence. */
export function growthSentence(builds: BuildResult[]): string {
  const growth = growthOf(builds);
  const growing = growth.filter((g) => g.grows);
  if (growing.length > 0) {
    const unbounded = growing.filter((g) => !GROWTH_BOUNDS[g.kind]);
    const bounded = `内容增加到 ${growing[0]!.contentRatio} 倍时，这些列表页随之变大（最大一页的 HTML，未压缩）：${growing.map((g) => `${g.kind}（${kib(g.from)} → ${kib(g.to)}${GROWTH_BOUNDS[g.kind] ? `，${GROWTH_BOUNDS[g.kind]}` : ''}）`).join('；')}。`;
    return unbounded.length > 0
      ? `${bounded}其中 ${unbounded.map((g) => g.kind).join('、')} 没有说明上限，应当分页。`
      : `${bounded}每一页列出的都是有上限的一组，没有哪一页列出全站。`;
  }
  return growth.length > 0 ? '没有哪一类页面随内容数量变大：每页的大小与网站规模无关。' : '';
}

export function formatReport(result: {
  date: string;
  machine: string;
  builds: BuildResult[];
  notes: string[];
}): string {
  const { builds } = result;
  const growth = growthOf(builds);
  const lines: string[] = [
    `# 基准测试结果`,
    '',
    `${result.date}，${result.machine}。用 \`npm run bench\` 重现。`,
    '',
    ...buildTable(builds),
    '',
    pdfSheetSentence(builds),
  ];
  const scaled = builds.filter((b) => b.factor > 0).sort((a, b) => a.factor - b.factor);
  if (scaled.length > 0) {
    lines.push('', '每类页面（取最大的一页）交互前的 gzip 字节：', '');
    lines.push(
      `| 页面类型 | ${scaled.map((b) => `${b.label} HTML`).join(' | ')} | ${scaled.at(-1)!.label} 合计 | 预算 | 结论 |`,
    );
    lines.push(`| --- | ${scaled.map(() => '---:').join(' | ')} | ---: | ---: | --- |`);
    for (const row of scaled.at(-1)!.kinds) {
      const cells = scaled.map((b) => {
        const k = b.kinds.find((x) => x.kind === row.kind);
        return k ? kib(k.html) : '—';
      });
      const g = growth.find((x) => x.kind === row.kind);
      const verdict = row.breaches.length > 0 ? '超标' : g?.grows ? `随内容增长（×${g.ratio.toFixed(1)}）` : '不变';
      lines.push(`| ${row.kind} | ${cells.join(' | ')} | ${kib(row.counted)} | ${kib(row.budget)} | ${verdict} |`);
    }
  }
  if (scaled.length > 1) lines.push('', ...costSection(builds));
  lines.push('', growthSentence(builds));
  if (result.notes.length > 0) lines.push('', ...result.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

/** Milliseconds per page of every phase, whether they grew with the scale, and the peak memory. */
function costSection(builds: BuildResult[]): string[] {
  return [
    '每一步每页的毫秒数（线性增长时各列基本不变）：',
    '',
    ...perPageTable(builds),
    '',
    scalingSentence(builds),
    '',
    memorySentence(builds),
  ];
}

/** The README's copy of the latest numbers, between its bench markers. */
export function replaceReadmeBlock(readme: string, builds: BuildResult[], date: string): string {
  const block = [
    '',
    `${date}：`,
    '',
    ...buildTable(builds),
    '',
    ...costSection(builds),
    '',
    pdfSheetSentence(builds),
    '',
    growthSentence(builds),
    '',
    '每类页面的字节数和全部说明见 `bench/results/latest.md`。',
    '',
  ].join('\n');
  return readme.replace(/(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/, `$1\n${block}$2`);
}
