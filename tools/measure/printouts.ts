/**
 * The printouts a built site offers, read from its pages as a reader meets them, independently of the
 * list the build printed from (src/content/printouts.ts): a printout is a page that offers the download
 * of the PDF named after itself ("/handouts/x/" offers "/handouts/x.pdf"). A handout states the sheets it
 * promises beside the link; a lecture notice is one A4 sheet. For the tests of the PDFs and the share
 * pictures, and for the benchmark's PDF sizes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTMLAttribute } from 'entities/decode';
import type { PdfTarget } from '../../src/lib/print.ts';
import { distPages, pageAddress } from '../../src/integrations/dist-files.ts';

export interface OfferedPrintout extends Omit<PdfTarget, 'source'> {
  /** The page's HTML file, relative to dist/ ("handouts/online/index.html"). */
  file: string;
}

/**
 * The sheets a handout promises, from the words its page shows beside the download (the dictionary's
 * "print.sheets.N"). Read as a file: Playwright's loader imports no JSON module without an attribute.
 */
const dictionary = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../src/i18n/zh-CN.json'), 'utf8'),
) as Record<string, string>;
const SHEET_PROMISES = new Map([1, 2].map((n) => [dictionary[`print.sheets.${n}`], n]));

/** Every printout the pages under `dist` offer, by PDF path; `base` is the BASE_PATH it was built with. */
export function offeredPrintouts(dist: string, base: string): OfferedPrintout[] {
  const found: OfferedPrintout[] = [];
  for (const file of distPages(dist).filter((f) => f.endsWith('index.html'))) {
    const page = pageAddress(file);
    const pdf = `${page.slice(0, -1)}.pdf`;
    const html = readFileSync(path.join(dist, file), 'utf8');
    const links = [...html.matchAll(/<a class="pdf-download" href="([^"]*)"/g)].map((m) => decodeHTMLAttribute(m[1]!));
    if (!links.includes(`${base}${pdf.slice(1)}`)) continue;
    const promise = /<span class="pdf-sheets">([^<]*)<\/span>/.exec(html)?.[1];
    if (promise !== undefined) {
      const pages = SHEET_PROMISES.get(promise);
      if (pages === undefined) throw new Error(`${file}：看不懂页面承诺的纸张“${promise}”`);
      found.push({ kind: 'handout', pdf, page, pages, file });
    } else if (html.includes('class="notice-sheet"')) {
      found.push({ kind: 'notice', pdf, page, pages: 1, file });
    } else {
      throw new Error(`${file}：页面提供自己的 PDF，但既不是宣传单（没有承诺纸张）也不是讲座通知`);
    }
  }
  return found;
}
