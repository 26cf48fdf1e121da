/**
 * Pure helpers for the printable PDFs: the marker a page carries to ask for its PDF, the page-count
 * promise, file sizes as readers see them, and filling the sizes into the built HTML.
 *
 * Why sizes are filled in afterwards: Astro writes the pages before the PDFs exist (the PDFs are printed
 * from those very pages), so a page cannot know its PDF's size while it is built. Pages therefore carry
 * an empty `<span data-pdf-size="/handouts/x.pdf"></span>` and scripts/render-pdfs.ts, after writing
 * every PDF, rewrites those spans in dist/ with the real sizes. One build pass, one source of truth (the
 * file on disk), and no guessing.
 */
import { decodeHTMLAttribute } from 'entities/decode';

/** What kind of printout a page is; decides the wording of a page-count error. */
export type PrintKind = 'handout' | 'notice';

/** Where a page's PDF goes and what it promises. Paths are site-root paths ("/handouts/x.pdf"). */
export interface PdfTarget {
  kind: PrintKind;
  /** The PDF's path at the site root, e.g. "/handouts/online.pdf". */
  pdf: string;
  /** The most pages the PDF may have (a handout's `sheets`; one for a notice). */
  pages: number;
  /** The content file the page is made from, named in errors. */
  source: string;
}

/** The data-* attributes a page puts on its main element so the PDF step finds it in dist/. */
export function pdfMarker(target: PdfTarget): Record<string, string> {
  return {
    'data-pdf': target.pdf,
    'data-pdf-kind': target.kind,
    'data-pdf-pages': String(target.pages),
    'data-pdf-source': target.source,
  };
}

/** Reads the markers back out of built HTML (the inverse of pdfMarker). */
export function readPdfMarkers(html: string): PdfTarget[] {
  const targets: PdfTarget[] = [];
  for (const [tag] of html.matchAll(/<[a-z][^>]*\sdata-pdf="[^"]*"[^>]*>/g)) {
    const attr = (name: string) => {
      const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
      return m?.[1] === undefined ? undefined : decodeHTMLAttribute(m[1]);
    };
    const kind = attr('data-pdf-kind');
    const pages = Number(attr('data-pdf-pages'));
    const pdf = attr('data-pdf');
    const source = attr('data-pdf-source');
    if ((kind !== 'handout' && kind !== 'notice') || !pdf || !source || !Number.isInteger(pages) || pages < 1) {
      throw new Error(`页面的 PDF 标记不完整：${tag}。应当用 src/lib/print.ts 的 pdfMarker() 生成`);
    }
    targets.push({ kind, pdf, pages, source });
  }
  return targets;
}

/** Pages in a PDF as Chromium writes it: one "/Type /Page" dictionary per page (not "/Pages"). */
export function countPdfPages(pdf: Uint8Array | string): number {
  const text = typeof pdf === 'string' ? pdf : Buffer.from(pdf).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** A PDF date (ISO 32000 §7.9.4) in UTC, the fixed-length form Chromium writes: D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}+00'00'`;
}

/**
 * Sets the creation and modification dates Chromium stamps into a PDF to the build's now, so the same
 * content and SITE_NOW give the same bytes. The new date has the same length as the old one, so the
 * cross-reference table's byte offsets stay right; a date of any other shape is an error, not a guess.
 */
export function stampPdfDates(pdf: Uint8Array, now: Date): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const stamp = pdfDate(now);
  let found = 0;
  const stamped = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_whole, key: string, date: string) => {
    if (date.length !== stamp.length) throw new Error(`PDF 的 ${key} “${date}” 不是 Chromium 常用的格式，没法在不移动字节的情况下改写`);
    found++;
    return `/${key} (${stamp})`;
  });
  if (found === 0) throw new Error('PDF 里没有找到 CreationDate 或 ModDate，Chromium 的输出格式可能变了');
  return Buffer.from(stamped, 'latin1');
}

/** null when the PDF keeps its promise; otherwise the error for the editor, naming file and page count. */
export function pageCountProblem(target: Pick<PdfTarget, 'kind' | 'pages' | 'source'>, actual: number): string | null {
  if (actual <= target.pages) return null;
  if (target.kind === 'handout') {
    const fix = target.pages < 2 ? `应当删减内容，或把 sheets 改为 ${target.pages + 1}` : '应当删减内容（一张纸正反两面最多 2 页）';
    return `${target.source} — 内容有 ${actual} 页，超出了承诺的 ${target.pages} 页（sheets: ${target.pages}）。${fix}`;
  }
  return `${target.source} — 讲座通知有 ${actual} 页，超出了一张 A4 纸（${target.pages} 页）。应当缩短讲座说明或标题`;
}

/** A file size the way a reader expects to see it next to a download link: "86 KB", "1.2 MB". */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`文件大小应当是非负数，收到 ${bytes}`);
  if (bytes < 1024) return `${bytes} 字节`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? Number(kb.toFixed(1)) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}

/**
 * Fills every `<span data-pdf-size="/x.pdf"></span>` with "（PDF，86 KB）". A placeholder whose PDF was not
 * made is an error: the page would offer a download that does not exist.
 */
export function fillPdfSizes(html: string, sizeOf: (pdf: string) => number | undefined, file = 'HTML'): string {
  return html.replace(/(<span[^>]*\sdata-pdf-size="([^"]*)"[^>]*>)[^<]*(<\/span>)/g, (_, open: string, pdf: string, close: string) => {
    const size = sizeOf(decodeHTMLAttribute(pdf));
    if (size === undefined) throw new Error(`${file} — 页面提供了 ${pdf} 的下载，但构建没有生成这个 PDF。应当给对应页面加上 pdfMarker()，或去掉这个下载链接`);
    return `${open}（PDF，${formatFileSize(size)}）${close}`;
  });
}
