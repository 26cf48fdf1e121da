/**
 * A step of the post-build pipeline (post-build.ts): builds the site search index with Pagefind's Node
 * API from the finished pages, into <outDir>/pagefind/. Only pages that mark their content with
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
import type { AstroIntegrationLogger } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltSite } from './built-site.ts';
import type { IndexedEntry } from './indexed-text.ts';
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

/** Indexes every page of a built site into its pagefind/ folder; returns the number of pages indexed. */
export async function buildSearchIndex(
  site: BuiltSite,
  indexed: readonly IndexedEntry[],
  logger?: AstroIntegrationLogger,
): Promise<number> {
  const outDir = site.root;
  const started = Date.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('创建索引', errors);
    if (!index) throw new Error('Pagefind 没有返回索引');
    let pages = 0;
    for (const { page, fields } of indexed) {
      const { file, url, html } = page;
      const meta = (name: string, text: string) =>
        `<meta data-pagefind-meta="${name}[content]" content="${escapeAttribute([...indexGrams(text)].join(' '))}">`;
      const section = url.split('/')[1] ?? '';
      const content = html.replace(
        '</head>',
        [
          meta(GRAMS_FIELD, fields.text),
          meta(FIELD_GRAMS.title, fields.title),
          meta(FIELD_GRAMS.keywords, fields.keywords),
          meta(FIELD_GRAMS.summary, fields.summary),
          `<meta data-pagefind-filter="${SECTION_FILTER}[content]" content="${escapeAttribute(section)}">`,
          inTable(url)
            ? `<meta data-pagefind-filter="${ADDRESS_FILTER}[content]" content="${escapeAttribute(url)}">`
            : '',
          '</head>',
        ].join(''),
      );
      const added = await index.addHTMLFile({ url, content });
      check(`索引页面 ${file} `, added.errors);
      pages++;
    }
    if (pages === 0) throw new Error(`Pagefind：${outDir} 里没有标记 data-pagefind-body 的页面，搜索索引是空的`);
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    check('写出索引', written.errors);
    await Promise.all(UNUSED_PAGEFIND_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
    logger?.info(`搜索索引：${pages} 个页面，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
