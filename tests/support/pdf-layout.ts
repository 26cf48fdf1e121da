/**
 * Reads a PDF's text as laid out on its pages, with poppler's pdftohtml -xml: every run of text with its
 * page, box and font size in PDF points, each page's size, and the document outline. Used by the PDF
 * tests to check clear-print sizes, margins and fill on the real files.
 */
import { execFileSync } from 'node:child_process';
import { decodeXML } from 'entities/decode';

/**
 * pdftohtml writes coordinates and font sizes multiplied by its zoom and rounded to whole numbers; it
 * caps the zoom at 3, which keeps a third of a point.
 */
const ZOOM = 3;
/** Sizes and positions are good to half a step of the zoom. */
export const PDF_LAYOUT_PRECISION = 0.5 / ZOOM;

export interface TextRun {
  page: number;
  /** Box in pt from the page's top-left corner. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Font size in pt. */
  size: number;
  text: string;
}

export interface PdfLayout {
  pages: { width: number; height: number }[];
  runs: TextRun[];
  /** Outline entries, in order, with their nesting depth (0 for the top level). */
  outline: { depth: number; page: number; title: string }[];
}

/** Text of pdftohtml's XML: tags dropped, entities decoded. */
const decode = (s: string) => decodeXML(s.replace(/<[^>]*>/g, ''));

export function readPdfLayout(file: string): PdfLayout {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', String(ZOOM), file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfLayout['pages'] = [];
  const runs: TextRun[] = [];
  const sizes = new Map<string, number>();
  for (const m of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)) sizes.set(m[1]!, Number(m[2]) / ZOOM);
  for (const page of xml.matchAll(/<page number="(\d+)"[^>]*height="([\d.]+)" width="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const number = Number(page[1]);
    pages.push({ width: Number(page[3]) / ZOOM, height: Number(page[2]) / ZOOM });
    for (const t of page[4]!.matchAll(
      /<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)" font="(\d+)">([\s\S]*?)<\/text>/g,
    )) {
      const [top, left, width, height] = [t[1], t[2], t[3], t[4]].map((v) => Number(v) / ZOOM) as [
        number,
        number,
        number,
        number,
      ];
      const text = decode(t[6]!);
      if (!text.trim()) continue;
      runs.push({
        page: number,
        left,
        top,
        right: left + width,
        bottom: top + height,
        size: sizes.get(t[5]!) ?? 0,
        text,
      });
    }
  }
  const outline: PdfLayout['outline'] = [];
  let depth = -1;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else outline.push({ depth, page: Number(m[1]), title: decode(m[2]!) });
  }
  return { pages, runs, outline };
}

/** The size most of the text is set in (weighted by characters): the body size. */
export function bodySize(runs: TextRun[]): number {
  const chars = new Map<number, number>();
  for (const run of runs) chars.set(run.size, (chars.get(run.size) ?? 0) + run.text.replace(/\s/g, '').length);
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
