/**
 * Every internal link, asset and #anchor of the built site resolves: href/src/srcset/action under the
 * base path map to files in dist/, and a #fragment exists as an id in its target page. Runs after each
 * build, so it covers the site at "/" and under BASE_PATH.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BASE, DIST, fileForPath, htmlPages, pageTags, SITE_ORIGIN, tags } from '../support/built-site.ts';

const URL_ATTRS = ['href', 'src', 'action', 'poster', 'data'];

/** The URLs a tag points to, with the attribute they came from. */
function urlsOf(attrs: Map<string, string>): string[] {
  const urls = URL_ATTRS.flatMap((name) => (attrs.has(name) ? [attrs.get(name)!] : []));
  for (const name of ['srcset', 'imagesrcset']) {
    const set = attrs.get(name);
    if (set)
      urls.push(
        ...set
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
      );
  }
  return urls;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set(
      tags(html).flatMap((t) =>
        [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined].filter((v): v is string => !!v),
      ),
    );
    idCache.set(file, ids);
  }
  return ids;
}

test('every internal link, asset and #anchor resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const { page, tag, pageUrl } of pageTags()) {
    // The canonical and og:url point to the deployed origin; checked in the sitemap test.
    if (tag.name === 'link' && tag.attrs.get('rel') === 'canonical') continue;
    for (const raw of urlsOf(tag.attrs)) {
      if (/^(mailto|tel|sms|data):/i.test(raw)) continue;
      if (/^javascript:/i.test(raw)) {
        broken.push(`${page.file}: <${tag.name}> 用了 javascript: 地址 ${raw}`);
        continue;
      }
      const target = new URL(raw, pageUrl);
      if (target.origin !== SITE_ORIGIN) continue;
      checked++;
      const file = fileForPath(target.pathname);
      if (!file) {
        broken.push(
          `${page.file}: <${tag.name}> ${raw} → ${target.pathname} 在 dist/ 里不存在${target.pathname.startsWith(BASE) ? '' : `（不在基础路径 ${BASE} 下）`}`,
        );
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && fragment !== 'top' && file.endsWith('.html') && !idsIn(file).has(fragment)) {
        broken.push(`${page.file}: <${tag.name}> ${raw} → ${path.relative(DIST, file)} 里没有 id="${fragment}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(htmlPages().length * 10);
  expect(broken, broken.slice(0, 30).join('\n')).toEqual([]);
});

test('the link checker notices a missing page and a missing anchor', () => {
  expect(fileForPath(`${BASE}no-such-page/`)).toBeNull();
  expect(fileForPath(`/../${BASE}`)).toBeNull();
  const home = fileForPath(BASE);
  expect(home).not.toBeNull();
  expect(idsIn(home!).has('main')).toBe(true);
  expect(idsIn(home!).has('no-such-anchor')).toBe(false);
});
