import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  breachesOf,
  classifyResource,
  firstRoundTrip,
  formatBudgetTable,
  gzipSize,
  KB,
  totalsOf,
  type LoadedResource,
  type PageMeasurement,
} from '../../tools/measure/budgets.ts';
import { kindsOf, representativePages } from '../../tools/measure/page-kinds.ts';

const res = (url: string, kind: LoadedResource['kind'], gzip: number, document = false): LoadedResource => ({
  url,
  kind,
  gzip,
  document,
  status: 200,
});

function page(kind: string, resources: LoadedResource[], extra: Partial<PageMeasurement> = {}): PageMeasurement {
  return {
    kind,
    path: `/${kind}/`,
    resources,
    inlineScriptGzip: 0,
    fontFaceIn: [],
    images: [],
    viewport: { width: 390, height: 844 },
    ...extra,
  };
}

const lean = (kind: string, html: number) =>
  page(kind, [res('/x/', 'html', html, true), res('/_astro/a.css', 'css', 3 * KB), res('/favicon.svg', 'image', 200)]);

describe('gzip size', () => {
  /** Bytes that do not compress (a fixed pseudo-random sequence, so every run measures the same bytes). */
  const noise = (n: number) => {
    let x = 2463534242;
    return Buffer.from(Array.from({ length: n }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff)));
  };

  it('counts the bytes sent, not characters: UTF-8 text costs what its bytes cost', () => {
    const text = '监护人应当履行监护职责';
    expect(gzipSize(text)).toBe(gzipSize(Buffer.from(text, 'utf8')));
    // Eleven characters, 33 bytes in UTF-8: too short to compress, so it costs more than its 33 bytes.
    expect(gzipSize(text)).toBeGreaterThan(Buffer.byteLength(text, 'utf8'));
  });

  it('is what a download of the body costs: what does not compress costs its length and a few bytes of framing', () => {
    // gzip adds a 10-byte header, an 8-byte trailer and a few bytes per stored block.
    for (const n of [1000, 20_000]) {
      const size = gzipSize(noise(n));
      expect(size, `${n} bytes`).toBeGreaterThanOrEqual(n + 18);
      expect(size, `${n} bytes`).toBeLessThanOrEqual(n + 18 + 5 * Math.ceil(n / 16_000) + 5);
    }
    // And what repeats costs little: a page of the same sentence is a few hundred bytes.
    expect(gzipSize('<p>未成年人保护</p>'.repeat(500))).toBeLessThan(200);
  });

  it('compresses at the highest level, so a measure never depends on the server (gzip -9)', () => {
    // Prose from a fixed pseudo-random choice of words: level 9 finds matches the default level 6 misses.
    const words = [
      '监护',
      '未成年人',
      '保护',
      '学校',
      '家庭',
      '社会',
      '网络',
      '政府',
      '司法',
      '应当',
      '不得',
      '。',
      '，',
    ];
    let x = 2463534242;
    const prose = Buffer.from(
      Array.from({ length: 3000 }, () => words[(x = (x * 1103515245 + 12345) >>> 0) % words.length]).join(''),
    );
    expect(gzipSize(prose)).toBe(gzipSync(prose, { level: 9 }).length);
    expect(gzipSize(prose)).toBeLessThan(gzipSync(prose, { level: 6 }).length);
  });
});

describe('the first round trip', () => {
  // Text that compresses poorly, so a page of it is well past 14 KB gzip.
  const noisy = Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join('');

  it('is the longest start of the page within 14 KB gzip', () => {
    const start = firstRoundTrip(noisy);
    expect(noisy.startsWith(start)).toBe(true);
    expect(gzipSize(start)).toBeLessThanOrEqual(14 * 1024);
    expect(gzipSize(noisy.slice(0, start.length + 8))).toBeGreaterThan(14 * 1024);
  });

  it('is the whole page when the page fits', () => {
    expect(firstRoundTrip('<p>短</p>')).toBe('<p>短</p>');
  });
});

describe('classifying responses', () => {
  it('uses the resource type first and the content type or extension when there is none', () => {
    expect(classifyResource('http://h/', 'document', 'text/html')).toBe('html');
    expect(classifyResource('http://h/_astro/x.css', 'stylesheet', '')).toBe('css');
    expect(classifyResource('http://h/_astro/x.js', 'script', '')).toBe('js');
    expect(classifyResource('http://h/f.woff2', 'other', '')).toBe('font');
    expect(classifyResource('http://h/f', 'fetch', 'font/ttf')).toBe('font');
    expect(classifyResource('http://h/favicon.svg', 'image', 'image/svg+xml')).toBe('image');
    expect(classifyResource('http://h/pagefind/x.pf_meta', 'fetch', 'application/octet-stream')).toBe('other');
  });
});

describe('budget rules', () => {
  it('passes a lean page and counts every column', () => {
    const m = lean('homes/*', 3 * KB);
    expect(totalsOf(m)).toEqual({
      requests: 3,
      html: 3 * KB,
      css: 3 * KB,
      js: 0,
      other: 200,
      counted: 6 * KB + 200,
      budget: BUDGETS.page,
    });
    expect(breachesOf(m)).toEqual([]);
  });

  it('counts the whole home page against 14 KB', () => {
    expect(breachesOf(lean('home', 10 * KB))).toEqual([]);
    expect(breachesOf(lean('home', 11 * KB)).join()).toMatch(/home.*超过预算 14\.0 KB/);
  });

  it('does not count HTML beyond 8 KB on other pages, so long statute pages pass', () => {
    const long = lean('law/*', 40 * KB);
    expect(totalsOf(long).counted).toBe(8 * KB + 3 * KB + 200);
    expect(breachesOf(long)).toEqual([]);
  });

  it('fails when CSS, JS and the rest exceed 8 KB together', () => {
    const m = page('news/*', [
      res('/n/', 'html', 2 * KB, true),
      res('/a.css', 'css', 5 * KB),
      res('/a.js', 'js', 1 * KB),
      res('/i.png', 'image', 2.5 * KB),
    ]);
    expect(breachesOf(m)).toEqual([expect.stringMatching(/HTML 以外.*8\.5 KB，超过 8\.0 KB/)]);
  });

  it('counts inline scripts towards JS but not twice towards the page', () => {
    const m = page('guide/*', [res('/g/', 'html', 4 * KB, true), res('/a.js', 'js', 1.5 * KB)], {
      inlineScriptGzip: 0.6 * KB,
    });
    const t = totalsOf(m);
    expect(t.js).toBeCloseTo(2.1 * KB);
    expect(t.counted).toBeCloseTo(5.5 * KB);
    expect(breachesOf(m)).toEqual([expect.stringMatching(/JavaScript 共 2\.1 KB，超过 2\.0 KB/)]);
  });

  it('allows four requests and no more, naming them', () => {
    const four = page('help/', [
      res('/h/', 'html', KB, true),
      res('/a.css', 'css', KB),
      res('/a.js', 'js', 500),
      res('/favicon.svg', 'image', 200),
    ]);
    expect(breachesOf(four)).toEqual([]);
    const five = page('help/', [...four.resources, res('/b.js', 'js', 100)]);
    expect(breachesOf(five)).toEqual([expect.stringMatching(/5 个请求，最多 4 个.*\/b\.js/)]);
  });

  it('refuses web fonts, @font-face and search files loaded before use', () => {
    const m = page(
      'search/',
      [res('/s/', 'html', KB, true), res('/f.woff2', 'font', 100), res('/pagefind/pagefind.js', 'js', 100)],
      { fontFaceIn: ['inline <style>'] },
    );
    const found = breachesOf(m).join('\n');
    expect(found).toMatch(/网络字体 \/f\.woff2/);
    expect(found).toMatch(/inline <style> 里有 @font-face/);
    expect(found).toMatch(/搜索文件 \/pagefind\/pagefind\.js/);
  });

  it('requires lazy loading below the fold, a size, and srcset for oversized raster images', () => {
    const img = {
      src: '/a/photo.webp',
      top: 1200,
      renderedWidth: 358,
      naturalWidth: 358,
      loading: 'lazy',
      hasSrcset: false,
      hasSize: true,
      svg: false,
    };
    expect(breachesOf(page('news/*', [res('/n/', 'html', KB, true)], { images: [img] }))).toEqual([]);
    const eager = breachesOf(
      page('news/*', [res('/n/', 'html', KB, true)], { images: [{ ...img, loading: 'eager' }] }),
    );
    expect(eager).toEqual([expect.stringMatching(/首屏以下的图片 photo\.webp 没有 loading="lazy"/)]);
    expect(breachesOf(page('news/*', [], { images: [{ ...img, top: 100, loading: 'eager' }] }))).toEqual([]);
    const big = breachesOf(
      page('news/*', [], { images: [{ ...img, naturalWidth: 1600, hasSize: false, renderedWidth: 500 }] }),
    );
    expect(big).toHaveLength(3);
    expect(breachesOf(page('news/*', [], { images: [{ ...img, naturalWidth: 1600, hasSrcset: true }] }))).toEqual([]);
  });

  it('prints one row per page with its verdict', () => {
    const table = formatBudgetTable([lean('home', 3 * KB), lean('law/*', 20 * KB), lean('home', 12 * KB)]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /page kind .* requests .* HTML gz .* CSS gz .* JS gz .* other .* total .* budget .* verdict/,
    );
    expect(lines[2]).toMatch(/\| home .* ok +\|$/);
    expect(lines[3]).toMatch(/20\.0 KB\*/);
    expect(lines[4]).toMatch(/OVER/);
  });
});

describe('page kinds', () => {
  it('names kinds by route, not by id, and keeps fixed sub-pages apart', () => {
    const kinds = kindsOf([
      '/',
      '/404.html',
      '/law/',
      '/law/a/',
      '/law/b/',
      '/lectures/x/',
      '/lectures/x/notice/',
      '/lectures/y/notice/',
      '/news/page/2/',
      '/lectures/2024/',
      '/news/2023/',
    ]);
    expect(Object.fromEntries(kinds)).toEqual({
      '/': 'home',
      '/404.html': '404',
      '/law/': 'law/',
      '/law/a/': 'law/*',
      '/law/b/': 'law/*',
      '/lectures/x/': 'lectures/*',
      '/lectures/x/notice/': 'lectures/*/notice',
      '/lectures/y/notice/': 'lectures/*/notice',
      '/news/page/2/': 'news/*/*',
      '/lectures/2024/': 'lectures/YYYY/',
      '/news/2023/': 'news/YYYY/',
    });
  });

  it('represents each kind by its largest page, home first and 404 last', () => {
    const picked = representativePages([
      { path: '/404.html', bytes: 1 },
      { path: '/law/a/', bytes: 10 },
      { path: '/law/b/', bytes: 30 },
      { path: '/law/c/', bytes: 20 },
      { path: '/', bytes: 5 },
    ]);
    expect(picked).toEqual([
      { kind: 'home', path: '/', count: 1 },
      { kind: 'law/*', path: '/law/b/', count: 3 },
      { kind: '404', path: '/404.html', count: 1 },
    ]);
  });
});
