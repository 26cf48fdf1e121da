/**
 * The built site's pages for the steps of the post-build pipeline (post-build.ts): which pages dist/
 * holds and at which address (one walk, dist-files.ts), each read when a step needs it and written back
 * once. No step holds the whole site in memory: the pipeline passes over the pages one at a time.
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
