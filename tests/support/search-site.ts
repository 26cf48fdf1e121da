/**
 * A small site for the search's unit tests, written into a folder the way the build writes a site's
 * search: each page's HTML with the search metadata SearchFacets.astro writes (facetTags), the search page's
 * table (searchTerms) and pinyin table (buildPinyinTable over siteVocabulary), then the post-build
 * steps themselves: Pagefind's index (openSearchIndex), the postings and cards (writeSearchShards) and
 * their plan on the search page (markSearchPage). Only the pages' layout is left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeAttribute, escapeUTF8 } from 'entities/escape';
import { listBuiltSite, readPages, type BuiltPage } from '../../src/integrations/built-site.ts';
import { indexedPage, type IndexedEntry } from '../../src/integrations/indexed-text.ts';
import { openSearchIndex } from '../../src/integrations/pagefind.ts';
import { isSearchPage, markSearchPage, writeSearchShards } from '../../src/integrations/search-shards.ts';
import { t } from '../../src/lib/i18n.ts';
import { inTable } from '../../src/search/fields.ts';
import { facetTags, kindLabel, type SearchKind } from '../../src/search/kinds.ts';
import { buildPinyinTable, siteVocabulary } from '../../src/search/pinyin-table.ts';
import { searchTerms } from '../../src/search/terms.ts';

export interface SitePage {
  /** Its address at the site root: "/guide/safety/". */
  url: string;
  kind: SearchKind;
  title: string;
  summary: string;
  body: string;
  keywords?: string[];
  /** The town a home, lecture or town page belongs to. */
  town?: string;
  date?: string;
}

export interface SmallSite {
  /** Editor pages, homes, lectures and news (town pages are made from `towns`). */
  pages: SitePage[];
  towns: { id: string; name: string; villages: string[] }[];
  hotlines: string[];
}

const write = (root: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

/** Writes the site into `root` (an empty folder); Pagefind's index in parts of `pagesPerPart` pages when given. */
export async function writeSearchSite(root: string, site: SmallSite, pagesPerPart?: number): Promise<void> {
  const townPages: SitePage[] = site.towns.map((town) => ({
    url: `/towns/${town.id}/`,
    kind: 'homes',
    title: t('town.title', { town: town.name }),
    summary: t('town.description', { town: town.name }),
    body: town.villages.map((v) => `${v}儿童之家`).join('，'),
    town: town.name,
  }));
  for (const page of [...site.pages, ...townPages]) {
    const facets = facetTags(page)
      .map(
        (tag) =>
          `<meta ${Object.entries(tag)
            .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
            .join(' ')}>`,
      )
      .join('');
    write(
      root,
      `${page.url.slice(1)}index.html`,
      `<!doctype html><html lang="zh-CN"><head><meta name="description" content="${escapeUTF8(page.summary)}">${facets}</head>` +
        `<body><main data-pagefind-body><h1>${escapeUTF8(page.title)}</h1><p>${escapeUTF8(page.body)}</p></main></body></html>`,
    );
  }
  // The search page: not indexed; the build writes the plan onto its element.
  write(root, 'search/index.html', '<!doctype html><html lang="zh-CN"><body><site-search></site-search></body></html>');
  const editorPages = site.pages.filter((p) => inTable(p.url));
  const terms = searchTerms({
    pages: editorPages.map((p) => ({
      url: p.url,
      title: p.title,
      summary: p.summary,
      keywords: p.keywords ?? [],
      kind: kindLabel(p.kind),
    })),
    towns: site.towns,
    hotlines: site.hotlines,
  });
  write(root, 'search/terms.json', JSON.stringify(terms));
  const vocabulary = siteVocabulary({
    entries: site.pages
      .filter((p) => inTable(p.url) || p.url.startsWith('/news/'))
      .map((p) => ({ ...p, keywords: p.keywords ?? [] })),
    towns: site.towns.map((town) => town.name),
    communities: site.towns.flatMap((town) => town.villages),
  });
  write(root, 'search/pinyin.json', JSON.stringify(buildPinyinTable(vocabulary)));

  const built = listBuiltSite(root);
  const index = await openSearchIndex(root, pagesPerPart);
  const indexed: IndexedEntry[] = [];
  const searchPages: { page: BuiltPage; html: string }[] = [];
  for await (const { page, html } of readPages(built)) {
    const fields = indexedPage(html);
    if (fields) {
      indexed.push({ page, fields });
      await index.add(page, fields, html);
    }
    if (isSearchPage(html)) searchPages.push({ page, html });
  }
  const { parts } = await index.write();
  const plan = await writeSearchShards(root, indexed, terms, parts);
  for (const { page, html } of searchPages) await built.write(page, markSearchPage(html, plan));
}
