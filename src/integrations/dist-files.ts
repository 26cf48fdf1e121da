/**
 * The one walk over a built site's folder and the one mapping between its files and their addresses,
 * shared by the post-build pipeline (built-site.ts), preflight, the measuring tools, the benchmark, the
 * time-zone check and the tests that read dist/.
 *
 * A page is an .html file outside Pagefind's own folder. Its address is where a server (nginx, the
 * project's static server) and Pagefind serve it at the site root: "homes/a/index.html" is "/homes/a/",
 * "index.html" is "/", "404.html" is "/404.html". With a base path the address goes after it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PAGEFIND_DIR } from '../search/shards.ts';

/** Every file under `root`, relative to it with "/" separators, sorted; [] when `root` does not exist. */
export function distFiles(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Whether a file of dist/ (relative, "/"-separated) is a page of the site. */
export const isPageFile = (file: string): boolean => file.endsWith('.html') && !file.startsWith(`${PAGEFIND_DIR}/`);

/** Every page of the built site under `root`, as files relative to it, sorted. */
export const distPages = (root: string): string[] => distFiles(root).filter(isPageFile);

/** A file and its size in bytes. */
export interface SizedFile {
  file: string;
  bytes: number;
}

/** Every file under `root` with its size (distFiles' order). */
export const distFileSizes = (root: string): SizedFile[] =>
  distFiles(root).map((file) => ({ file, bytes: statSync(path.join(root, file)).size }));

/** "homes/a/index.html" → "/homes/a/": the address a page is served at from the site root. */
export const pageAddress = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** "/homes/a/" → "homes/a/index.html": the file of dist/ a page address is served from (pageAddress' inverse). */
export const pageFile = (address: string): string =>
  address.endsWith('/') ? `${address.slice(1)}index.html` : address.slice(1);

/** The page's address under a base path ("/zt/wcnrbh/"): "homes/a/index.html" → "/zt/wcnrbh/homes/a/". */
export const pageUrl = (file: string, base: string): string => base + pageAddress(file).slice(1);
