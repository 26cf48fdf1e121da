import { describe, expect, it } from 'vitest';
import {
  countPdfPages,
  fillPdfSizes,
  formatFileSize,
  pageCountProblem,
  pdfDate,
  stampPdfDates,
} from '../../src/lib/print.ts';

/** A minimal PDF skeleton shaped like Chromium's output: a /Pages tree and one /Page per page. */
const pdfWithPages = (n: number) =>
  `%PDF-1.4\n1 0 obj <</Type /Pages /Count ${n} /Kids [...]>> endobj\n` +
  Array.from(
    { length: n },
    (_, i) => `${i + 2} 0 obj <</Type /Page /Parent 1 0 R /MediaBox [0 0 595 842]>> endobj\n`,
  ).join('');

describe('page counting', () => {
  it('counts /Page dictionaries, not the /Pages tree', () => {
    expect(countPdfPages(pdfWithPages(1))).toBe(1);
    expect(countPdfPages(Buffer.from(pdfWithPages(3), 'latin1'))).toBe(3);
    expect(countPdfPages('<</Type/Page/Parent 1 0 R>><</Type/Page>>')).toBe(2);
    expect(countPdfPages('/Type /Pages /Type /PageLabel /Type/Page /Type /Page1')).toBe(2);
    expect(countPdfPages('%PDF-1.4\n')).toBe(0);
  });

  it('accepts a handout within its promised sheets', () => {
    expect(pageCountProblem({ kind: 'handout', pages: 1, source: 'content/handouts/a.mdx' }, 1)).toBeNull();
    expect(pageCountProblem({ kind: 'handout', pages: 2, source: 'content/handouts/a.mdx' }, 1)).toBeNull();
  });

  it('names the file, the page count and the fix when a one-sheet handout runs over', () => {
    expect(pageCountProblem({ kind: 'handout', pages: 1, source: 'content/handouts/x.mdx' }, 3)).toBe(
      'content/handouts/x.mdx — 内容有 3 页，超出了承诺的 1 页（sheets: 1）。应当删减内容，或把 sheets 改为 2',
    );
  });

  it('only asks to cut when a two-sided handout runs over', () => {
    expect(pageCountProblem({ kind: 'handout', pages: 2, source: 'content/handouts/x.mdx' }, 3)).toBe(
      'content/handouts/x.mdx — 内容有 3 页，超出了承诺的 2 页（sheets: 2）。应当删减内容（一张纸正反两面最多 2 页）',
    );
  });

  it('holds a lecture notice to one sheet', () => {
    expect(pageCountProblem({ kind: 'notice', pages: 1, source: 'content/lectures/a.md' }, 2)).toBe(
      'content/lectures/a.md — 讲座通知有 2 页，超出了一张 A4 纸（1 页）。应当缩短讲座说明或标题',
    );
    expect(pageCountProblem({ kind: 'notice', pages: 1, source: 'content/lectures/a.md' }, 1)).toBeNull();
  });
});

describe('PDF dates', () => {
  const chromiumPdf = (date: string) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (${date})\n/ModDate (${date})>>\nendobj\nxref\n`,
      'latin1',
    );

  it('writes a date in the fixed-length UTC form', () => {
    expect(pdfDate(new Date('2026-12-01T08:00:00+08:00'))).toBe("D:20261201000000+00'00'");
  });

  it("sets both dates to the build's now without moving a byte", () => {
    const before = chromiumPdf("D:20261128143429+00'00'");
    const after = stampPdfDates(before, new Date('2026-12-01T08:00:00+08:00'));
    expect(after.length).toBe(before.length);
    const binary = Buffer.concat([Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), before]);
    expect(stampPdfDates(binary, new Date('2026-12-01T08:00:00+08:00')).subarray(0, 6)).toEqual(binary.subarray(0, 6));
    expect(after.toString('latin1')).toContain(
      "/CreationDate (D:20261201000000+00'00')\n/ModDate (D:20261201000000+00'00')",
    );
    expect(stampPdfDates(chromiumPdf("D:20991231235959+00'00'"), new Date('2026-12-01T00:00:00Z')).equals(after)).toBe(
      true,
    );
  });

  it('refuses a date it cannot rewrite in place, and a PDF without dates', () => {
    expect(() => stampPdfDates(chromiumPdf('D:2026'), new Date())).toThrow(
      'PDF 的 CreationDate “D:2026” 不是 Chromium 常用的格式，没法在不移动字节的情况下改写',
    );
    expect(() => stampPdfDates(Buffer.from('%PDF-1.4\n'), new Date())).toThrow(
      'PDF 里没有找到 CreationDate 或 ModDate，Chromium 的输出格式可能变了',
    );
  });
});

describe('file sizes', () => {
  it.each([
    [0, '0 字节'],
    [1023, '1023 字节'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024, '10 KB'],
    [87_654, '86 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [1024 * 1024, '1 MB'],
    [1.25 * 1024 * 1024, '1.3 MB'],
    [9.5 * 1024 * 1024, '9.5 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [25.3 * 1024 * 1024, '25 MB'],
    [25 * 1024 * 1024, '25 MB'],
  ])('%d bytes reads as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('rejects nonsense', () => {
    expect(() => formatFileSize(-1)).toThrow('文件大小应当是非负数，收到 -1');
    expect(() => formatFileSize(Number.NaN)).toThrow('文件大小应当是非负数，收到 NaN');
    expect(() => formatFileSize(Number.POSITIVE_INFINITY)).toThrow(/非负数/);
  });

  it('fills every size placeholder with the real size', () => {
    const html =
      '<p><a href="/h/a.pdf">下载</a><span class="size" data-pdf-size="/h/a.pdf"></span> <span data-pdf-size="/h/b.pdf">旧</span></p>';
    const sizes = new Map([
      ['/h/a.pdf', 2048],
      ['/h/b.pdf', 300],
    ]);
    expect(fillPdfSizes(html, (p) => sizes.get(p))).toBe(
      '<p><a href="/h/a.pdf">下载</a><span class="size" data-pdf-size="/h/a.pdf">（PDF，2 KB）</span> <span data-pdf-size="/h/b.pdf">（PDF，300 字节）</span></p>',
    );
  });

  it('reads the PDF path as the browser does, entities decoded', () => {
    expect(
      fillPdfSizes('<span data-pdf-size="/h/a&amp;b.pdf"></span>', (p) => (p === '/h/a&b.pdf' ? 5 : undefined)),
    ).toBe('<span data-pdf-size="/h/a&amp;b.pdf">（PDF，5 字节）</span>');
  });

  it('fails when a page offers a PDF that was not made, saying what to do', () => {
    expect(() => fillPdfSizes('<span data-pdf-size="/h/x.pdf"></span>', () => undefined)).toThrow(
      'HTML — 页面提供了 /h/x.pdf 的下载，但构建没有生成这个 PDF。应当让印出这个 PDF 的页面交出它的打印件（printThisPage，见 src/content/printouts.ts），或去掉这个下载链接',
    );
  });

  it('fills a placeholder whose other attributes follow the path', () => {
    expect(fillPdfSizes('<span data-pdf-size="/h/a.pdf" class="size"></span>', () => 2048)).toBe(
      '<span data-pdf-size="/h/a.pdf" class="size">（PDF，2 KB）</span>',
    );
  });

  it('fails when a page offers a PDF that was not made', () => {
    expect(() =>
      fillPdfSizes('<span data-pdf-size="/h/x.pdf"></span>', () => undefined, 'dist/handouts/index.html'),
    ).toThrow(/^dist\/handouts\/index\.html — 页面提供了 \/h\/x\.pdf 的下载/);
  });
});
