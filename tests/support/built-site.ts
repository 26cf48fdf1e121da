/**
 * The built site as the dist checks see it: where dist/ is, which base path and SITE_URL it was built
 * with (the same environment variables the build read), its HTML pages and a tag/attribute reader.
 * Regular expressions suffice because Astro writes its HTML in one regular form (double-quoted
 * attributes); html-validate checks that form separately.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeBasePath, readBuildEnv } from '../../src/lib/env.ts';
import { distFiles as allDistFiles, distPages, pageUrl } from '../../src/integrations/dist-files.ts';
import { DIST, decodeEntities } from './dist.ts';

export { DIST, decodeEntities };

const env = readBuildEnv(process.env);
export const BASE = normalizeBasePath(process.env['BASE_PATH']);
export const SITE_URL = env.siteUrl;
export const SITE_ORIGIN = new URL(SITE_URL).origin;

export interface Page {
  /** Relative to dist/, e.g. "homes/index.html". */
  file: string;
  /** The URL path it is served at, with the base path, e.g. "/zt/wcnrbh/homes/". */
  url: string;
  html: string;
}

export function distFiles(ext: string): string[] {
  return allDistFiles(DIST).filter((name) => name.endsWith(ext));
}

let pages: Page[] | undefined;
export function htmlPages(): Page[] {
  pages ??= distPages(DIST).map((file) => ({
    file,
    url: pageUrl(file, BASE),
    html: readFileSync(path.join(DIST, file), 'utf8'),
  }));
  return pages;
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of "<" in the document. */
  index: number;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag outside <script> and <style> contents, with decoded attribute values. */
export function tags(html: string): Tag[] {
  const outside = html.replace(
    /(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi,
    (_, open: string, _n, close: string) => open + ' '.repeat(_.length - open.length - close.length) + close,
  );
  const found: Tag[] = [];
  for (const match of outside.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(ATTR))
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    found.push({ name: match[1]!.toLowerCase(), attrs, index: match.index });
  }
  return found;
}

/** Every start tag of every page, with the page's own URL at SITE_URL to resolve relative links against. */
export function* pageTags(): Generator<{ page: Page; tag: Tag; pageUrl: URL }> {
  for (const page of htmlPages()) {
    const pageUrl = new URL(page.url, SITE_ORIGIN);
    for (const tag of tags(page.html)) yield { page, tag, pageUrl };
  }
}

/** The document with every tag's attribute values emptied: what is left is markup and text. */
export function withoutAttributeValues(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(/=\s*("[^"]*"|'[^']*')/g, '=""'));
}

/** Inline <script> and <style> elements: their attributes and exact text. */
export function inlineBlocks(html: string, element: 'script' | 'style'): { attrs: string; text: string }[] {
  const re = new RegExp(`<${element}\\b([^>]*)>([\\s\\S]*?)</${element}>`, 'gi');
  return [...html.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', text: m[2] ?? '' }));
}

/** The dist/ file a site path ("/zt/wcnrbh/homes/") is served from, or null; as nginx resolves it. */
export function fileForPath(urlPath: string): string | null {
  if (!urlPath.startsWith(BASE)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(BASE.length));
  } catch {
    return null;
  }
  const file = path.join(DIST, rel);
  if (!file.startsWith(DIST)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

export function cspOf(html: string): string | null {
  const meta = tags(html).find(
    (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attrs.get('content') ?? null;
}
