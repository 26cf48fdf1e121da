/**
 * The one walk over dist/ and the one mapping between its files and their addresses: every file once,
 * sorted, with "/" separators; pages are the .html files outside Pagefind's folder; a page's address is
 * where a server serves it, and the address leads back to the file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  distFileSizes,
  distFiles,
  distPages,
  pageAddress,
  pageFile,
  pageUrl,
} from '../../src/integrations/dist-files.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dist-files-'));
const files: Record<string, string> = {
  'index.html': '<p>home</p>',
  '404.html': '<p>404</p>',
  'homes/a/index.html': '<p>a</p>',
  'homes/index.html': '<p>homes</p>',
  'handouts/online.pdf': '%PDF',
  '_astro/site.css': 'body{}',
  'pagefind/pagefind.js': '',
  'pagefind/fragment/x.html': 'not a page',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the walk over dist/', () => {
  it('lists every file once, relative, with "/" separators, sorted', () => {
    expect(distFiles(root)).toEqual(Object.keys(files).sort());
  });

  it("takes the .html files outside Pagefind's folder as the pages", () => {
    expect(distPages(root)).toEqual(['404.html', 'homes/a/index.html', 'homes/index.html', 'index.html']);
  });

  it('gives each file its size in bytes', () => {
    expect(distFileSizes(root).find((f) => f.file === 'handouts/online.pdf')).toEqual({
      file: 'handouts/online.pdf',
      bytes: 4,
    });
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(distFiles(path.join(root, 'missing'))).toEqual([]);
  });
});

describe('file ↔ address', () => {
  const pairs: [string, string][] = [
    ['index.html', '/'],
    ['homes/index.html', '/homes/'],
    ['homes/a/index.html', '/homes/a/'],
    ['404.html', '/404.html'],
    ['handouts/online.pdf', '/handouts/online.pdf'],
  ];

  it("serves a folder's index.html at the folder, any other file at its own name", () => {
    for (const [file, address] of pairs) expect(pageAddress(file)).toBe(address);
  });

  it('leads from the address back to the file', () => {
    for (const [file, address] of pairs) expect(pageFile(address)).toBe(file);
  });

  it('puts the address under the base path', () => {
    expect(pageUrl('homes/a/index.html', '/zt/wcnrbh/')).toBe('/zt/wcnrbh/homes/a/');
    expect(pageUrl('index.html', '/zt/wcnrbh/')).toBe('/zt/wcnrbh/');
    expect(pageUrl('404.html', '/')).toBe('/404.html');
  });
});
