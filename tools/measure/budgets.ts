/**
 * The byte budgets of issue 10 and their arithmetic, kept free of any browser so unit tests pin them and
 * the benchmark reuses them. A page's cost is the gzip size (zlib level 9, so the same bytes always give
 * the same number, whatever a server's compression settings) of everything it loads before the reader
 * interacts.
 */
import { gzipSync } from 'node:zlib';

/** Budgets are in KiB: 14 KB is the first TCP round trip (10 segments of about 1.4 KB). */
export const KB = 1024;

export const BUDGETS = {
  /** The home page, everything counted. */
  home: 14 * KB,
  /** Any other page, with the HTML document counted only up to `htmlCounted`. */
  page: 16 * KB,
  /** Long pages (statute text) may be longer: HTML beyond this is content, not chrome. */
  htmlCounted: 8 * KB,
  /** CSS, JS, images, icons: everything but the HTML document. */
  subresources: 8 * KB,
  /** JavaScript run before interaction, external files and inline scripts together. */
  js: 2 * KB,
  /** Requests before interaction, the document and the site icon included. */
  requests: 4,
} as const;

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** One response a page received before interaction. */
export interface LoadedResource {
  url: string;
  kind: ResourceKind;
  status: number;
  /** gzip -9 size of the body. */
  gzip: number;
  /** The navigation's own response (the HTML document). */
  document: boolean;
}

/** What an <img> looked like after load, at the measured viewport. */
export interface ImageFact {
  src: string;
  /** Distance of the image's top from the top of the document, in CSS px. */
  top: number;
  renderedWidth: number;
  naturalWidth: number;
  loading: string;
  hasSrcset: boolean;
  hasSize: boolean;
  svg: boolean;
}

/** Everything the budget rules look at for one page. */
export interface PageMeasurement {
  kind: string;
  path: string;
  resources: LoadedResource[];
  /** gzip size of the page's inline scripts (they run before interaction like external ones). */
  inlineScriptGzip: number;
  /** Stylesheets (URL or "inline") that declare @font-face. */
  fontFaceIn: string[];
  images: ImageFact[];
  viewport: { width: number; height: number };
}

export interface PageTotals {
  requests: number;
  html: number;
  css: number;
  js: number;
  other: number;
  /** Bytes that count against the page budget (HTML capped at `htmlCounted` except on the home page). */
  counted: number;
  budget: number;
}

export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

/**
 * The part of a page that arrives in the first round trip: the longest start of the HTML whose gzip -9
 * size is at most `bytes` (14 KB, the budgets' first TCP round trip), cut at a character.
 */
export function firstRoundTrip(html: string, bytes: number = BUDGETS.home): string {
  if (gzipSize(html) <= bytes) return html;
  let fits = 0;
  let over = html.length;
  while (over - fits > 1) {
    const mid = Math.floor((fits + over) / 2);
    if (gzipSize(html.slice(0, mid)) <= bytes) fits = mid;
    else over = mid;
  }
  // Never split a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(html.slice(0, fits)) ? html.slice(0, fits - 1) : html.slice(0, fits);
}

/**
 * What a response is, from what the browser said it requested and the content type the server sent
 * (either may be missing: an icon the browser fetched on its own has no resource type).
 */
export function classifyResource(url: string, resourceType: string, contentType: string): ResourceKind {
  const type = contentType.toLowerCase();
  const path = new URL(url, 'http://x/').pathname.toLowerCase();
  if (resourceType === 'font' || type.startsWith('font/') || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
  if (resourceType === 'stylesheet' || type.startsWith('text/css') || path.endsWith('.css')) return 'css';
  if (resourceType === 'script' || type.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'image' || type.startsWith('image/')) return 'image';
  return 'other';
}

export function isHomePage(m: Pick<PageMeasurement, 'kind'>): boolean {
  return m.kind === 'home';
}

export function totalsOf(m: PageMeasurement): PageTotals {
  const sum = (pick: (r: LoadedResource) => boolean) => m.resources.filter(pick).reduce((n, r) => n + r.gzip, 0);
  const html = sum((r) => r.document);
  const css = sum((r) => !r.document && r.kind === 'css');
  const js = sum((r) => !r.document && r.kind === 'js') + m.inlineScriptGzip;
  const other = sum((r) => !r.document && r.kind !== 'css' && r.kind !== 'js');
  const home = isHomePage(m);
  const htmlCounted = home ? html : Math.min(html, BUDGETS.htmlCounted);
  // Inline script bytes are already inside the HTML document: count them once, under JS only for the JS rule.
  const subresources = css + (js - m.inlineScriptGzip) + other;
  return {
    requests: m.resources.length,
    html,
    css,
    js,
    other,
    counted: htmlCounted + subresources,
    budget: home ? BUDGETS.home : BUDGETS.page,
  };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Every rule the page breaks, one Chinese sentence each naming the figure and the limit; empty when within budget. */
export function breachesOf(m: PageMeasurement): string[] {
  const t = totalsOf(m);
  const where = `${m.kind}（${m.path}）`;
  const out: string[] = [];
  if (t.counted > t.budget) {
    const rule = isHomePage(m) ? '首页全部' : `HTML 计前 ${kb(BUDGETS.htmlCounted)}，其余全部`;
    out.push(`${where}：共 ${kb(t.counted)}（${rule}），超过预算 ${kb(t.budget)}`);
  }
  const subresources = t.css + t.other + (t.js - m.inlineScriptGzip);
  if (subresources > BUDGETS.subresources) {
    out.push(`${where}：HTML 以外的 CSS、JS、图片等共 ${kb(subresources)}，超过 ${kb(BUDGETS.subresources)}`);
  }
  if (t.js > BUDGETS.js) out.push(`${where}：交互前的 JavaScript 共 ${kb(t.js)}，超过 ${kb(BUDGETS.js)}`);
  if (t.requests > BUDGETS.requests) {
    const urls = m.resources.map((r) => r.url).join('、');
    out.push(`${where}：交互前发出 ${t.requests} 个请求，最多 ${BUDGETS.requests} 个：${urls}`);
  }
  for (const r of m.resources.filter((r) => r.kind === 'font'))
    out.push(`${where}：加载了网络字体 ${r.url}，应当只用系统中文字体`);
  for (const sheet of m.fontFaceIn) out.push(`${where}：样式 ${sheet} 里有 @font-face，应当只用系统中文字体`);
  for (const r of m.resources.filter((r) => /\/pagefind\//.test(r.url))) {
    out.push(`${where}：交互前就加载了搜索文件 ${r.url}，搜索应当在读者使用时才加载`);
  }
  for (const img of m.images) {
    const name = img.src.split('/').pop() || img.src;
    if (img.top >= m.viewport.height && img.loading !== 'lazy') {
      out.push(`${where}：首屏以下的图片 ${name} 没有 loading="lazy"`);
    }
    if (!img.hasSize) out.push(`${where}：图片 ${name} 没有 width 和 height，加载时版面会跳动`);
    if (img.renderedWidth > m.viewport.width) {
      out.push(`${where}：图片 ${name} 显示宽 ${img.renderedWidth}px，比屏幕（${m.viewport.width}px）还宽`);
    }
    // A raster image more than twice as wide as shown wastes bytes unless srcset lets the browser choose.
    if (!img.svg && !img.hasSrcset && img.renderedWidth > 0 && img.naturalWidth > 2 * img.renderedWidth) {
      out.push(`${where}：图片 ${name} 原宽 ${img.naturalWidth}px，只显示 ${img.renderedWidth}px，应当提供 srcset`);
    }
  }
  return out;
}

/** The table every run prints: one row per page kind. */
export function formatBudgetTable(pages: PageMeasurement[]): string {
  const head = ['page kind', 'path', 'requests', 'HTML gz', 'CSS gz', 'JS gz', 'other', 'total', 'budget', 'verdict'];
  const rows = pages.map((m) => {
    const t = totalsOf(m);
    const capped = !isHomePage(m) && t.html > BUDGETS.htmlCounted;
    return [
      m.kind,
      m.path,
      String(t.requests),
      kb(t.html) + (capped ? '*' : ''),
      kb(t.css),
      kb(t.js),
      kb(t.other),
      kb(t.counted),
      kb(t.budget),
      breachesOf(m).length === 0 ? 'ok' : 'OVER',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const note = `* HTML beyond ${kb(BUDGETS.htmlCounted)} does not count towards the page budget. JS includes inline scripts; requests include the site icon.`;
  return [line(head), rule, ...rows.map(line), '', note].join('\n');
}
