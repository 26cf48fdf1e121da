/**
 * Pure helpers for the printable PDFs: what a printout is, the page-count promise, file sizes as readers
 * see them, and filling the sizes into the built HTML.
 *
 * Which pages are printed is data, not markup: src/content/printouts.ts lists them from the same queries
 * that make the pages, and the post-build pipeline receives that list (src/integrations/pdfs.ts).
 *
 * Why sizes are filled in afterwards: Astro writes the pages before the PDFs exist (the PDFs are printed
 * from those very pages), so a page cannot know its PDF's size while it is built. Pages therefore carry
 * an empty `<span data-pdf-size="/handouts/x.pdf"></span>` and the PDF step, after printing every PDF,
 * fills those spans with the real sizes. One build pass, one source of truth (the bytes printed), and
 * no guessing.
 */
import { decodeHTMLAttribute } from 'entities/decode';

/** What kind of printout a page is; decides the wording of a page-count error. */
export type PrintKind = 'handout' | 'notice';

/** One printout: the page printed, where its PDF goes and what it promises. Paths are site-root paths. */
export interface PdfTarget {
  kind: PrintKind;
  /** The PDF's path at the site root, e.g. "/handouts/online.pdf". */
  pdf: string;
  /** The address of the page it is printed from, at the site root, e.g. "/handouts/online/". */
  page: string;
  /** The most pages the PDF may have (a handout's `sheets`; one for a notice). */
  pages: number;
  /** The content file the page is made from, named in errors. */
  source: string;
}

/**
 * The element of a handout's page that holds what prints (src/pages/handouts/[id].astro): the PDF step
 * measures it to fit the type and finds the <BackSide /> marker among its children.
 */
export const HANDOUT_BODY = 'article.handout';

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
    if (date.length !== stamp.length)
      throw new Error(`PDF 的 ${key} “${date}” 不是 Chromium 常用的格式，没法在不移动字节的情况下改写`);
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
    const fix =
      target.pages < 2
        ? `应当删减内容，或把 sheets 改为 ${target.pages + 1}`
        : '应当删减内容（一张纸正反两面最多 2 页）';
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
  return html.replace(
    /(<span[^>]*\sdata-pdf-size="([^"]*)"[^>]*>)[^<]*(<\/span>)/g,
    (_, open: string, pdf: string, close: string) => {
      const size = sizeOf(decodeHTMLAttribute(pdf));
      if (size === undefined)
        throw new Error(
          `${file} — 页面提供了 ${pdf} 的下载，但构建没有生成这个 PDF。应当让印出这个 PDF 的页面交出它的打印件（printThisPage，见 src/content/printouts.ts），或去掉这个下载链接`,
        );
      return `${open}（PDF，${formatFileSize(size)}）${close}`;
    },
  );
}
