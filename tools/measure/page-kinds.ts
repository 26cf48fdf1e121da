/**
 * The kinds of page a built site has, found from its files rather than from ids that editors change:
 * "home", "404", one kind per section index ("law/"), one per section's yearly archive ("lectures/YYYY/",
 * a segment of digits alone, which no item id may be), one per kind of item page ("law/*"), and for
 * pages below an item, the fixed name they share ("lectures/*\/notice"). Each kind is represented by its
 * largest page, the worst case for its budget.
 */
import { distFileSizes, isPageFile, pageAddress } from '../../src/integrations/dist-files.ts';
import { isYearSegment } from '../../src/lib/archive.ts';

export interface BuiltPage {
  /** Site path without the base path, e.g. "/homes/daxin-minle/". */
  path: string;
  /** Size of its HTML file, to pick the largest of a kind. */
  bytes: number;
}

export interface PageKind {
  kind: string;
  path: string;
  /** How many pages of this kind the site has. */
  count: number;
}

/** Every page under dist/, as site paths. */
export function listBuiltPages(dist: string): BuiltPage[] {
  return distFileSizes(dist)
    .filter(({ file }) => isPageFile(file))
    .map(({ file, bytes }) => ({ path: pageAddress(file), bytes }));
}

/**
 * The kind of each page. A third path segment keeps its name when the same name appears under at least
 * two different items (a fixed sub-page such as "notice"); otherwise it is an id too.
 */
export function kindsOf(paths: string[]): Map<string, string> {
  const split = paths.map((p) => ({ path: p, parts: p.split('/').filter(Boolean) }));
  const parentsOfLeaf = new Map<string, Set<string>>();
  for (const { parts } of split) {
    if (parts.length < 3) continue;
    const key = `${parts[0]}/${parts.slice(2).join('/')}`;
    if (!parentsOfLeaf.has(key)) parentsOfLeaf.set(key, new Set());
    parentsOfLeaf.get(key)!.add(parts[1]!);
  }
  const kinds = new Map<string, string>();
  for (const { path: p, parts } of split) {
    let kind: string;
    if (parts.length === 0) kind = 'home';
    else if (p === '/404.html') kind = '404';
    else if (parts.length === 1) kind = `${parts[0]}/`;
    else if (parts.length === 2) kind = isYearSegment(parts[1]!) ? `${parts[0]}/YYYY/` : `${parts[0]}/*`;
    else {
      const rest = parts.slice(2).join('/');
      const fixed = (parentsOfLeaf.get(`${parts[0]}/${rest}`)?.size ?? 0) >= 2;
      kind = `${parts[0]}/*/${
        fixed
          ? rest
          : parts
              .slice(2)
              .map(() => '*')
              .join('/')
      }`;
    }
    kinds.set(p, kind);
  }
  return kinds;
}

/** One page per kind, the largest, in a stable order (home first, 404 last). */
export function representativePages(pages: BuiltPage[]): PageKind[] {
  const kinds = kindsOf(pages.map((p) => p.path));
  const best = new Map<string, PageKind & { bytes: number }>();
  for (const page of pages) {
    const kind = kinds.get(page.path)!;
    const current = best.get(kind);
    const count = (current?.count ?? 0) + 1;
    if (!current || page.bytes > current.bytes || (page.bytes === current.bytes && page.path < current.path)) {
      best.set(kind, { kind, path: page.path, bytes: page.bytes, count });
    } else current.count = count;
  }
  const rank = (k: string) => (k === 'home' ? 0 : k === '404' ? 2 : 1);
  return [...best.values()]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind))
    .map(({ kind, path: p, count }) => ({ kind, path: p, count }));
}
