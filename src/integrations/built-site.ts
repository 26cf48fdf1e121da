/**
 * The built site's pages for the steps of the post-build pipeline (post-build.ts): which pages dist/
 * holds and at which address (one walk, dist-files.ts), each read when a step needs it and written back
 * once. No step holds the whole site in memory: the pipeline passes over the pages one at a time, the
 * next few read and the last few written meanwhile.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { distPages, pageAddress } from './dist-files.ts';

export interface BuiltPage {
  /** Path relative to dist/, with "/" separators, e.g. "homes/a/index.html". */
  readonly file: string;
  /** The page's address at the site root, e.g. "/homes/a/" ("/404.html" for the 404 page). */
  readonly url: string;
}

export interface BuiltSite {
  /** Absolute path of dist/. */
  readonly root: string;
  /** Every HTML page, sorted by file. */
  readonly pages: readonly BuiltPage[];
  read(page: BuiltPage): Promise<string>;
  write(page: BuiltPage, html: string): Promise<void>;
}

export function listBuiltSite(root: string): BuiltSite {
  const pages = distPages(root).map((file) => ({ file, url: pageAddress(file) }));
  return {
    root,
    pages,
    read: (page) => readFile(path.join(root, page.file), 'utf8'),
    write: (page, html) => writeFile(path.join(root, page.file), html),
  };
}

/** Pages read or written at once: enough to keep the disk busy while the steps work on a page. */
const IN_FLIGHT = 8;

/** Every page with its HTML, in file order; the next pages are read while the caller works on this one. */
export async function* readPages(site: BuiltSite): AsyncGenerator<{ page: BuiltPage; html: string }> {
  const reads: Promise<string>[] = [];
  let next = 0;
  for (const page of site.pages) {
    while (reads.length < IN_FLIGHT && next < site.pages.length) reads.push(site.read(site.pages[next++]!));
    yield { page, html: await reads.shift()! };
  }
}

/** Writes pages in the background, a few at a time; `write` waits only when that many are under way. */
export function pageWriter(site: BuiltSite): {
  write(page: BuiltPage, html: string): Promise<void>;
  /** Waits for every write; the first failed write's error is thrown. */
  flush(): Promise<void>;
} {
  const pending = new Set<Promise<void>>();
  const failures: unknown[] = [];
  return {
    async write(page, html) {
      const writing: Promise<void> = site
        .write(page, html)
        .catch((error: unknown) => void failures.push(error))
        .finally(() => pending.delete(writing));
      pending.add(writing);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    },
    async flush() {
      await Promise.all(pending);
      if (failures.length > 0) throw failures[0];
    },
  };
}
