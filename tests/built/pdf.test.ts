/**
 * The build's PDFs (src/integrations/pdfs.ts), read with poppler's tools as a reader's PDF viewer would:
 * A4, within their page promise, Chinese as real text in embedded fonts, the page's address printed,
 * a QR code that scans back to the page, and a two-sided handout's back starting on page 2; in clear
 * print (no text under the floor sizes), every promised sheet filled, nothing in the margins, tagged,
 * with an outline, title and language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it as test } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { normalizeBasePath } from '../../src/lib/env.ts';
import { pdfDate } from '../../src/lib/print.ts';
import { NOTICE_MARGINS, PT_PER_MM } from '../../src/lib/print-fit.ts';
import { decodeEntities } from '../support/dist.ts';
import { bodySize, PDF_LAYOUT_PRECISION, readPdfLayout } from '../support/pdf-layout.ts';
import { offeredPrintouts, type OfferedPrintout } from '../../tools/measure/printouts.ts';

const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const base = normalizeBasePath(process.env['BASE_PATH']);
const siteRoot = `${process.env['SITE_URL'] ?? 'http://localhost:4321'}${base}`;

/** The text of the block right after a page's <BackSide /> marker: the first thing its back prints. */
function backSideStart(html: string): string | undefined {
  const m = /class="back-side"[^>]*>[\s\S]*?<\/div>\s*<([a-z][a-z0-9]*)[^>]*>([\s\S]*?)<\/\1>/.exec(html);
  return m?.[2]?.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
}

/** Every page that offers its own PDF, with its own address and title (and where its back begins). */
const targets: (OfferedPrintout & {
  url: string;
  title: string;
  documentTitle: string;
  backSide: string | undefined;
})[] = offeredPrintouts(dist, base).map((t) => {
  const html = readFileSync(path.join(dist, t.file), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
  const documentTitle = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  const url = siteRoot + t.page.slice(1);
  // A lecture notice leads to the lecture's page (where the calendar file is), not to the notice itself.
  return {
    ...t,
    url: t.kind === 'notice' ? url.replace(/notice\/$/, '') : url,
    title,
    documentTitle,
    backSide: backSideStart(html),
  };
});

// The promises of clear print and full sheets (README "打印和 PDF"), written here as the numbers
// themselves: were the code's constants lowered, these would still hold it to them.
/** A handout's body text is at least 14 pt. */
const HANDOUT_BODY_PT = 14;
/** Nothing on a handout or a notice is printed smaller than 12 pt. */
const SMALLEST_PT = 12;
/** A handout fills at least three quarters of every sheet it promises, a lecture notice 60% of its one. */
const HANDOUT_FILL = 0.75;
const NOTICE_FILL = 0.6;
/** A handout's margins are 12 mm on every side. */
const HANDOUT_MARGIN_MM = 12;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

test('every handout page and every lecture notice offers its own PDF', () => {
  const pagesAt = (dir: string, below: string) =>
    readdirSync(path.join(dist, dir), { withFileTypes: true }).filter(
      (e) => e.isDirectory() && existsSync(path.join(dist, dir, e.name, below, 'index.html')),
    );
  const handoutPages = pagesAt('handouts', '');
  expect(handoutPages.length).toBeGreaterThan(0);
  expect(targets.filter((t) => t.kind === 'handout').length).toBe(handoutPages.length);
  const noticePages = pagesAt('lectures', 'notice');
  expect(targets.filter((t) => t.kind === 'notice').length).toBe(noticePages.length);
});

test('every 下载打印版 link saves a PDF of the site under the base path, rather than opening a page', () => {
  let links = 0;
  for (const target of targets) {
    const html = readFileSync(path.join(dist, target.file), 'utf8');
    for (const [, attrs] of html.matchAll(/<a class="pdf-download"([^>]*)>/g)) {
      const href = /\bhref="([^"]+)"/.exec(attrs!)?.[1] ?? '';
      expect(attrs, target.file).toMatch(/\sdownload(\s|=|$)/);
      expect(href, target.file).toMatch(new RegExp(`^${base}.+\\.pdf$`));
      expect(existsSync(path.join(dist, href.slice(base.length))), `${target.file}: ${href}`).toBe(true);
      links++;
    }
  }
  expect(links).toBeGreaterThanOrEqual(targets.length);
});

test('two-sided handouts, and only they, mark where their back begins', () => {
  const twoSided = targets.filter((t) => t.kind === 'handout' && t.pages === 2);
  for (const t of targets) expect(t.backSide !== undefined, t.pdf).toBe(twoSided.includes(t));
});

const pageText = (file: string, page: number) =>
  poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-').replace(/\s+/g, '');

for (const target of targets) {
  describe(target.pdf, () => {
    const file = path.join(dist, target.pdf);

    test("carries the build's now as its dates, not the moment it was printed", () => {
      const raw = readFileSync(file).toString('latin1');
      const dates = [...raw.matchAll(/\/(CreationDate|ModDate) \(([^)]*)\)/g)].map((m) => m[2]);
      expect(dates.length).toBe(2);
      // npm test builds with a fixed SITE_NOW; a build without one stamps its clock, in the same form.
      const now = process.env['SITE_NOW'];
      for (const date of dates) expect(date).toMatch(now ? pdfDate(new Date(now)) : /^D:\d{14}\+00'00'$/);
    });

    test("links only to the site's public addresses and to phone numbers", () => {
      const uris = [
        ...readFileSync(file)
          .toString('latin1')
          .matchAll(/\/URI \(([^)]*)\)/g),
      ].map((m) => m[1]!);
      for (const uri of uris) expect(uri.startsWith(siteRoot) || uri.startsWith('tel:'), uri).toBe(true);
    });

    test('is A4 and keeps its page promise', () => {
      const info = poppler('pdfinfo', file);
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Math.abs(Number(w) - 595)).toBeLessThan(2);
      expect(Math.abs(Number(h) - 842)).toBeLessThan(2);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(target.pages);
    });

    test('holds its Chinese as real text, with the page title and address, in embedded fonts', () => {
      const text = poppler('pdftotext', '-layout', file, '-').replace(/[ \t]+/g, ' ');
      // Big type wraps long titles and addresses across lines: compare without the line breaks.
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(target.title.replace(/\s+/g, ''));
      expect(flat).toContain(target.url);
      expect(text).toMatch(/[\u4e00-\u9fff]{8}/);
      const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        // Columns from the right: object id, generation, uni, sub, emb.
        const [emb, , uni] = line.trim().split(/\s+/).slice(-5, -2);
        expect(emb, line).toBe('yes');
        expect(uni, line).toBe('yes');
      }
    });

    test('is in clear print: body at least 14 pt on a handout, nothing under 12 pt', () => {
      const { runs } = readPdfLayout(file);
      // pdftohtml rounds sizes to a third of a point; allow that rounding.
      const small = runs
        .filter((r) => r.size < SMALLEST_PT - PDF_LAYOUT_PRECISION)
        .map((r) => `${r.size} pt “${r.text}”`);
      expect(small, `text under ${SMALLEST_PT} pt`).toEqual([]);
      if (target.kind === 'handout')
        expect(bodySize(runs)).toBeGreaterThanOrEqual(HANDOUT_BODY_PT - PDF_LAYOUT_PRECISION);
    });

    test('fills every sheet it promises and prints nothing in the margins', () => {
      const { pages, runs } = readPdfLayout(file);
      const margins =
        target.kind === 'handout'
          ? { top: HANDOUT_MARGIN_MM, right: HANDOUT_MARGIN_MM, bottom: HANDOUT_MARGIN_MM, left: HANDOUT_MARGIN_MM }
          : NOTICE_MARGINS;
      const threshold = target.kind === 'handout' ? HANDOUT_FILL : NOTICE_FILL;
      const [top, right, bottom, left] = [margins.top, margins.right, margins.bottom, margins.left].map(
        (mm) => mm * PT_PER_MM,
      ) as [number, number, number, number];
      if (target.kind === 'handout') expect(pages.length, 'a handout uses every sheet it promises').toBe(target.pages);
      // Rounding aside, a list marker hanging into the margin ("10." losing its "1") is several points out.
      const slack = PDF_LAYOUT_PRECISION;
      pages.forEach((page, i) => {
        const on = runs.filter((r) => r.page === i + 1);
        const outside = on.filter(
          (r) =>
            r.left < left - slack ||
            r.right > page.width - right + slack ||
            r.top < top - slack ||
            r.bottom > page.height - bottom + slack,
        );
        expect(
          outside.map(
            (r) =>
              `page ${i + 1} “${r.text}” at ${r.left.toFixed(1)},${r.top.toFixed(1)}–${r.right.toFixed(1)},${r.bottom.toFixed(1)}`,
          ),
        ).toEqual([]);
        const lowest = Math.max(...on.map((r) => r.bottom));
        const fill = (lowest - top) / (page.height - top - bottom);
        expect(fill, `page ${i + 1} is filled to ${Math.round(fill * 100)}%`).toBeGreaterThanOrEqual(threshold);
      });
    });

    test("is a tagged PDF with the page's title, its language and an outline of its headings", () => {
      const info = poppler('pdfinfo', file);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(/Title:\s+(.*)/.exec(info)?.[1]?.trim()).toBe(target.documentTitle);
      expect(readFileSync(file).toString('latin1')).toContain('/Lang (zh-CN)');
      const { outline } = readPdfLayout(file);
      expect(outline[0]?.title.replace(/\s+/g, '')).toBe(target.title.replace(/\s+/g, ''));
      if (target.kind === 'handout')
        expect(outline.filter((o) => o.depth > 0).length, 'section headings in the outline').toBeGreaterThan(0);
    });

    if (target.backSide) {
      test('prints its front on page 1 and its back from the top of page 2', () => {
        const back = target.backSide!;
        expect(poppler('pdfinfo', file)).toMatch(/Pages:\s+2\n/);
        expect(pageText(file, 1)).not.toContain(back);
        expect(pageText(file, 1).length).toBeGreaterThan(100);
        expect(pageText(file, 2).startsWith(back), `page 2 should begin with “${back}”`).toBe(true);
      });
    }

    test('carries a QR code that scans to the page', async () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-qr-')), 'page1');
      execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, out]);
      const { data, info } = await sharp(`${out}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
      expect(code?.data).toBe(target.url);
    });
  });
}
