/**
 * A step of the post-build pipeline (post-build.ts): builds the site search index with Pagefind's Node
 * API from the finished pages, handed over one by one as the pipeline passes over them, into
 * <outDir>/pagefind/. Only pages that mark their content with
 * data-pagefind-body are indexed (list pages, the search page and the 404 page are not). Any indexing
 * error fails the build.
 *
 * Each page is indexed with extra metadata fields, added to the copy handed to Pagefind and never to
 * the page in dist/ (readers of the page do not download them):
 * - "grams": the character bigrams of its indexed text and keywords (see src/search/grams.ts for
 *   why Chinese recall needs them);
 * - the bigrams of its title, keywords and summary, each a field of its own that the search page
 *   weights (src/search/fields.ts), so a page whose title holds the reader's words ranks first;
 * - a "part" filter, the part of the index it is in (see below);
 * - a "section" filter, the first segment of its address (towns, homes, law…), which tells the
 *   search page what kind of page a result is before loading it; and for the pages the search page's
 *   own table lists (editor-written pages, town pages), an "address" filter, so a page found both
 *   there and here is shown once.
 *
 * The index is written in parts of at most PAGES_PER_PART pages, one after another, each by a Pagefind
 * process of its own: the first into <outDir>/pagefind/, the next into pagefind/part-2/ and so on
 * (indexPartFolder); the search page merges them (src/search/full-text.ts).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltPage } from './built-site.ts';
import type { IndexedPage } from './indexed-text.ts';
import { indexGrams } from '../search/grams.ts';
import { ADDRESS_FILTER, FIELD_GRAMS, GRAMS_FIELD, PART_FILTER, SECTION_FILTER, inTable } from '../search/fields.ts';
import { indexPartFolder } from '../search/shards.ts';
import { escapeAttribute } from 'entities/escape';

export { GRAMS_FIELD };

/**
 * Files Pagefind writes that this site never loads: its ready-made search interfaces (the site has its
 * own, src/scripts/site-search.ts), its highlighter, and its web worker (search runs on the page's
 * thread). Removed after writing, so the published site carries only what readers can fetch.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step}失败：\n${errors.join('\n')}`);
}

/**
 * Pages in one part of the index. Pagefind keeps every page it indexes in memory until it writes, and
 * needs about three times that while writing: some 270 MB for every thousand of this site's pages at
 * the benchmark's 50× scale, on top of the build's own Node process. A thousand keeps the whole build
 * under 2 GB (README "基准测试"); a site of up to a thousand indexed pages has one part.
 */
export const PAGES_PER_PART = 1000;

/**
 * What a later part need not carry: the search page loads Pagefind's runtime and its WebAssembly from
 * the first part only, and reads only the later parts' index files.
 */
const runtimeOnly = (name: string) => name === 'pagefind.js' || /^wasm\..*\.pagefind$/.test(name);

/** Pagefind's index while the pipeline passes over the pages: pages go in one by one, in file order. */
export interface SearchIndex {
  /** Adds a page with its indexed fields (indexed-text.ts); the HTML is the page as published. */
  add(page: BuiltPage, fields: IndexedPage, html: string): Promise<void>;
  /** Writes the last part and ends Pagefind's process; returns how many pages and parts the index holds. */
  write(): Promise<{ pages: number; parts: number }>;
  /** Ends Pagefind's process without writing (when an earlier step failed). */
  close(): Promise<void>;
}

/** The HTML handed to Pagefind: the page with its search metadata and filters in <head> (see above). */
function withSearchMeta(url: string, fields: IndexedPage, html: string, part: number): string {
  const meta = (name: string, text: string) =>
    `<meta data-pagefind-meta="${name}[content]" content="${escapeAttribute([...indexGrams(text)].join(' '))}">`;
  const section = url.split('/')[1] ?? '';
  return html.replace(
    '</head>',
    [
      meta(GRAMS_FIELD, fields.text),
      meta(FIELD_GRAMS.title, fields.title),
      meta(FIELD_GRAMS.keywords, fields.keywords),
      meta(FIELD_GRAMS.summary, fields.summary),
      `<meta data-pagefind-filter="${SECTION_FILTER}[content]" content="${escapeAttribute(section)}">`,
      `<meta data-pagefind-filter="${PART_FILTER}[content]" content="${part}">`,
      inTable(url) ? `<meta data-pagefind-filter="${ADDRESS_FILTER}[content]" content="${escapeAttribute(url)}">` : '',
      '</head>',
    ].join(''),
  );
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  check('创建索引', errors);
  if (!index) throw new Error('Pagefind 没有返回索引');
  return index;
}

/**
 * Starts Pagefind's indexer for a site built into `outDir`. A part is written, and its process ended,
 * as soon as it is full; `pagesPerPart` (SEARCH_PART_PAGES) is smaller only in tests of a site with several parts.
 */
export async function openSearchIndex(outDir: string, pagesPerPart = PAGES_PER_PART): Promise<SearchIndex> {
  let index = await createIndex();
  let parts = 1;
  let inPart = 0;
  let pages = 0;
  const writePart = async () => {
    const outputPath = path.join(outDir, indexPartFolder(parts));
    try {
      const written = await index.writeFiles({ outputPath });
      check('写出索引', written.errors);
    } finally {
      await pagefind.close();
    }
    const runtime = parts === 1 ? [] : (await readdir(outputPath)).filter(runtimeOnly);
    await Promise.all(
      [...UNUSED_PAGEFIND_FILES, ...runtime].map((name) => rm(path.join(outputPath, name), { force: true })),
    );
  };
  return {
    async add(page, fields, html) {
      if (inPart === pagesPerPart) {
        await writePart();
        parts++;
        inPart = 0;
        index = await createIndex();
      }
      const added = await index.addHTMLFile({ url: page.url, content: withSearchMeta(page.url, fields, html, parts) });
      check(`索引页面 ${page.file} `, added.errors);
      inPart++;
      pages++;
    },
    async write() {
      if (pages === 0) {
        await pagefind.close();
        throw new Error(`Pagefind：${outDir} 里没有标记 data-pagefind-body 的页面，搜索索引是空的`);
      }
      await writePart();
      return { pages, parts };
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
