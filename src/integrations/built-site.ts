/**
 * The built site's pages, read from dist/ in one walk, for the steps of the post-build pipeline
 * (post-build.ts). Each step changes `html` in memory; `writeChanged` writes back only the pages some
 * step changed, once.
 * Pagefind's own folder is not the site's pages and is skipped.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuiltPage {
  /** Path relative to dist/, with "/" separators, e.g. "homes/a/index.html". */
  readonly file: string;
  /** The page's address at the site root, e.g. "/homes/a/" ("/404.html" for the 404 page). */
  readonly url: string;
  /** The page's HTML, as the steps so far have left it. */
  html: string;
}

export interface BuiltSite {
  /** Absolute path of dist/. */
  readonly root: string;
  /** Every HTML page, sorted by file. */
  readonly pages: readonly BuiltPage[];
  /** Writes the pages whose HTML changed since they were read; returns how many. */
  writeChanged(): Promise<number>;
}

/** "homes/a/index.html" → "/homes/a/", the way servers and Pagefind address a page. */
export const pageAddress = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function readBuiltSite(root: string): Promise<BuiltSite> {
  const files = (await readdir(root, { recursive: true }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))
    .sort();
  const read = await Promise.all(
    files.map(async (file) => ({ file, original: await readFile(path.join(root, file), 'utf8') })),
  );
  const pages = read.map(({ file, original }) => ({ file, url: pageAddress(file), html: original }));
  const originals = new Map(read.map(({ file, original }) => [file, original]));
  return {
    root,
    pages,
    async writeChanged() {
      const changed = pages.filter((page) => page.html !== originals.get(page.file));
      await Promise.all(changed.map((page) => writeFile(path.join(root, page.file), page.html)));
      for (const page of changed) originals.set(page.file, page.html);
      return changed.length;
    },
  };
}
