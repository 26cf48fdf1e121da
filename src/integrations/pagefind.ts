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
 * - a "section" filter, the first segment of its address (towns, homes, law…), which tells the
 *   search page what kind of page a result is before loading it; and for the pages the search page's
 *   own table lists (editor-written pages, town pages), an "address" filter, so a page found both
 *   there and here is shown once.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltPage } from './built-site.ts';
import { PAGEFIND_DIR } from './dist-files.ts';
import type { IndexedPage } from './indexed-text.ts';
import { indexGrams } from '../search/grams.ts';
import { ADDRESS_FILTER, FIELD_GRAMS, GRAMS_FIELD, SECTION_FILTER, inTable } from '../search/fields.ts';
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

/** Pagefind's index while the pipeline passes over the pages: pages go in one by one, in file order. */
export interface SearchIndex {
  /** Adds a page with its indexed fields (indexed-text.ts); the HTML is the page as published. */
  add(page: BuiltPage, fields: IndexedPage, html: string): Promise<void>;
  /** Writes the index into <outDir>/pagefind/ and ends Pagefind's process; returns how many pages it holds. */
  write(outDir: string): Promise<number>;
  /** Ends Pagefind's process without writing (when an earlier step failed). */
  close(): Promise<void>;
}

/** The HTML handed to Pagefind: the page with its search metadata and filters in <head> (see above). */
function withSearchMeta(url: string, fields: IndexedPage, html: string): string {
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
      inTable(url) ? `<meta data-pagefind-filter="${ADDRESS_FILTER}[content]" content="${escapeAttribute(url)}">` : '',
      '</head>',
    ].join(''),
  );
}

/** Starts Pagefind's indexer. */
export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  check('创建索引', errors);
  if (!index) throw new Error('Pagefind 没有返回索引');
  let pages = 0;
  return {
    async add(page, fields, html) {
      const added = await index.addHTMLFile({ url: page.url, content: withSearchMeta(page.url, fields, html) });
      check(`索引页面 ${page.file} `, added.errors);
      pages++;
    },
    async write(outDir) {
      try {
        if (pages === 0) throw new Error(`Pagefind：${outDir} 里没有标记 data-pagefind-body 的页面，搜索索引是空的`);
        const outputPath = path.join(outDir, PAGEFIND_DIR);
        const written = await index.writeFiles({ outputPath });
        check('写出索引', written.errors);
        await Promise.all(UNUSED_PAGEFIND_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
        return pages;
      } finally {
        await pagefind.close();
      }
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
