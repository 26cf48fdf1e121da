/**
 * The site's own search engine (src/search/engine.ts) over a built folder, in Node, without a browser:
 * the files the search page fetches, served the way the site is served (scripts/static-server.ts), the
 * plan the build wrote on the search page, and Pagefind's runtime from the folder's pagefind/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../../scripts/static-server.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { openFullText, type FullText, type Pagefind } from '../../src/search/full-text.ts';
import type { Hit } from '../../src/search/results.ts';
import { laterIndexParts, readPlan } from '../../src/search/shards.ts';
import { decodeEntities } from './dist.ts';

export interface BuiltSearch {
  engine: SearchEngine;
  /** Pagefind's runtime over the built index, set up as the engine sets it up: every part merged. */
  fullText: () => Promise<FullText>;
  /** Every file the engine has fetched, in order, below the base ("search/terms.json", "pagefind/pagefind.js"). */
  requests: string[];
  /** The first answer and the full answer after it, as the search page shows them: distinct site-root paths ("/law/overview/"), best first. */
  answer: (query: string, limit?: number) => Promise<{ paths: string[]; fromFirstAnswer: boolean }>;
  close: () => Promise<void>;
}

let instances = 0;

/** The search of the site built into `root` under `base` ("/" or "/zt/wcnrbh/"). */
export async function searchBuiltSite(root: string, base: string): Promise<BuiltSearch> {
  const server = await serveStatic({ root, base, port: 0 });
  const page = readFileSync(path.join(root, 'search', 'index.html'), 'utf8');
  const element = /<site-search\b([^>]*)>/.exec(page)?.[1] ?? '';
  const attributes = new Map(
    [...element.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeEntities(value!)]),
  );
  // Pagefind's runtime: a module instance of its own each time, as each page load has. In a browser it
  // finds its files next to pagefind.js; here they are fetched from the server.
  const requests: string[] = [];
  const pagefind = async () => {
    requests.push('pagefind/pagefind.js');
    const runtime = pathToFileURL(path.join(root, 'pagefind', 'pagefind.js'));
    runtime.search = `?instance=${++instances}`;
    const module = (await import(runtime.href)) as Pagefind;
    const options: Pagefind['options'] = (o) => module.options({ ...o, basePath: `${server.url}pagefind/` });
    return { ...module, options };
  };
  const plan = readPlan((name) => attributes.get(name));
  const engine = new SearchEngine({
    base,
    plan,
    json: async (file) => {
      requests.push(file);
      const response = await fetch(server.url + file);
      if (!response.ok) throw new Error(`${response.status} ${file}`);
      return response.json();
    },
    pagefind,
    address: (file) => server.url + file,
  });
  const pathOf = async (hit: Hit) => `/${(await hit.data()).url.slice(base.length)}`;
  return {
    engine,
    fullText: async () =>
      openFullText(
        await pagefind(),
        base,
        laterIndexParts(plan?.indexParts ?? 1).map((folder) => server.url + folder),
      ),
    requests,
    async answer(query, limit = 10) {
      const first = await engine.find(query, {}, { full: false });
      const results = first.complete ? first.results : [...first.results, ...(await engine.find(query)).results];
      const paths: string[] = [];
      for (const hit of results) {
        const found = await pathOf(hit);
        if (!paths.includes(found)) paths.push(found);
        if (paths.length === limit) break;
      }
      return { paths, fromFirstAnswer: !first.complete };
    },
    close: () => server.close(),
  };
}
