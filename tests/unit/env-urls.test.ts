import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvError, normalizeBasePath, readBuildEnv } from '../../src/lib/env.ts';
import * as urls from '../../src/lib/urls.ts';
import { absoluteUrl, href, joinBase, isSitePath } from '../../src/lib/urls.ts';

describe('build environment', () => {
  it('normalises the base path', () => {
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeBasePath('zt/wcnrbh')).toBe('/zt/wcnrbh/');
    expect(normalizeBasePath('/zt/wcnrbh/')).toBe('/zt/wcnrbh/');
  });

  it('reads defaults and refuses a bad SITE_URL or SITE_NOW in Chinese', () => {
    const env = readBuildEnv({}, () => new Date('2026-12-01T00:00:00Z'));
    expect(env).toEqual({
      siteUrl: 'http://localhost:4321',
      basePath: '/',
      contentDir: 'content',
      now: '2026-12-01T00:00:00.000Z',
      skipPdfs: false,
      searchPartPages: undefined,
    });
    expect(readBuildEnv({ SKIP_PDFS: '1' }).skipPdfs).toBe(true);
    expect(readBuildEnv({ SEARCH_PART_PAGES: ' 40 ' }).searchPartPages).toBe(40);
    expect(readBuildEnv({ SEARCH_PART_PAGES: '1000' }).searchPartPages).toBe(1000);
    for (const bad of ['0', '-5', '2.5', '四十', '40页'])
      expect(() => readBuildEnv({ SEARCH_PART_PAGES: bad }), bad).toThrow(/SEARCH_PART_PAGES — 值“.+”无效/);
    expect(() => readBuildEnv({ SKIP_PDFS: 'yes' })).toThrow(/SKIP_PDFS/);
    expect(() => readBuildEnv({ SITE_URL: 'example.gov.cn' })).toThrow(EnvError);
    expect(() => readBuildEnv({ SITE_NOW: '2026-12-01 09:00' })).toThrow(/SITE_NOW/);
  });

  it('refuses a SITE_URL with a path, saying to put the path in BASE_PATH', () => {
    expect(() => readBuildEnv({ SITE_URL: 'https://www.example.gov.cn/wcnrbh/' })).toThrow(
      'SITE_URL=https://www.example.gov.cn BASE_PATH=/wcnrbh/',
    );
    expect(() => readBuildEnv({ SITE_URL: 'https://www.example.gov.cn/zt/wcnrbh' })).toThrow(
      /路径应当写在 BASE_PATH 里：SITE_URL=https:\/\/www\.example\.gov\.cn BASE_PATH=\/zt\/wcnrbh\//,
    );
  });

  it('forgives the spaces and slashes a copied value brings along', () => {
    expect(
      readBuildEnv({
        SITE_URL: ' https://www.example.gov.cn// ',
        SITE_NOW: ' 2026-12-01T09:00+08:00 ',
        SKIP_PDFS: ' 1 ',
        CONTENT_DIR: ' tests/fixtures/site ',
        BASE_PATH: ' //zt/wcnrbh// ',
      }),
    ).toEqual({
      siteUrl: 'https://www.example.gov.cn',
      basePath: '/zt/wcnrbh/',
      contentDir: 'tests/fixtures/site',
      now: '2026-12-01T09:00+08:00',
      skipPdfs: true,
    });
  });

  it('reads a variable set to nothing as not set', () => {
    expect(
      readBuildEnv({ SITE_NOW: '', CONTENT_DIR: '  ', SKIP_PDFS: '' }, () => new Date('2026-12-01T00:00:00Z')),
    ).toEqual({
      siteUrl: 'http://localhost:4321',
      basePath: '/',
      contentDir: 'content',
      now: '2026-12-01T00:00:00.000Z',
      skipPdfs: false,
    });
  });

  it.each(['xhttps://www.example.gov.cn', 'https://www.example.gov.cn x', 'ftp://www.example.gov.cn', 'https://'])(
    'refuses SITE_URL=%s, saying how to write an origin',
    (value) => {
      expect(() => readBuildEnv({ SITE_URL: value })).toThrow(
        `环境变量 SITE_URL — 值“${value.replace(/\/+$/, '')}”不是网站的源地址，应当写成 https://域名（不带路径，路径写在 BASE_PATH 里），例如 https://www.example.gov.cn`,
      );
    },
  );

  it.each(['2026-12-01T09:00:00.123Z', '2026-12-01T09:00:00-05:00', '2026-12-01T09:00+08:00'])(
    'takes SITE_NOW=%s, an ISO 8601 time with its zone',
    (value) => {
      expect(readBuildEnv({ SITE_NOW: value }).now).toBe(value);
    },
  );

  it.each(['2026-13-45T09:00:00Z', 'x2026-12-01T09:00Z', '2026-12-01T09:00Zx', '2026-12-01T09:00:00'])(
    'refuses SITE_NOW=%s, with an example of what to write',
    (value) => {
      expect(() => readBuildEnv({ SITE_NOW: value })).toThrow(
        `环境变量 SITE_NOW — 值“${value}”不是带时区的时间，应当写成 2026-12-01T09:00:00+08:00 这样的 ISO 8601 格式`,
      );
    },
  );

  it.each([
    ['http://www.example.gov.cn/wcnrbh', 'http://www.example.gov.cn', '/wcnrbh'],
    ['https://www.example.gov.cn/zt/wcnrbh', 'https://www.example.gov.cn', '/zt/wcnrbh'],
  ])('sends the path of SITE_URL=%s to BASE_PATH', (value, origin, path) => {
    expect(() => readBuildEnv({ SITE_URL: value })).toThrow(
      `环境变量 SITE_URL — 值“${value}”带了路径“${path}”。SITE_URL 只写 https://域名，路径应当写在 BASE_PATH 里：SITE_URL=${origin} BASE_PATH=${path}/`,
    );
  });

  it.each(['xhttps://www.example.gov.cn/wcnrbh', 'https://www.example.gov.cn/x y'])(
    'does not read SITE_URL=%s as an origin with a path',
    (value) => {
      expect(() => readBuildEnv({ SITE_URL: value })).toThrow(`环境变量 SITE_URL — 值“${value}”不是网站的源地址`);
    },
  );

  it('refuses SKIP_PDFS other than 1, saying what each choice does', () => {
    expect(() => readBuildEnv({ SKIP_PDFS: '0' })).toThrow(
      '环境变量 SKIP_PDFS — 值“0”无效，应当不设（打印 PDF），或写 1（只给不检查 PDF 的测试构建用）',
    );
  });

  it('joins paths to the base', () => {
    expect(joinBase('/zt/wcnrbh/', '/homes/')).toBe('/zt/wcnrbh/homes/');
    expect(joinBase('/', '/homes/')).toBe('/homes/');
    expect(isSitePath('/homes/')).toBe(true);
    expect(isSitePath('//cdn.example.com/x.js')).toBe(false);
    expect(isSitePath('https://example.com/')).toBe(false);
  });
});

describe('addresses', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  // Printed notices and handouts carry these addresses in their QR codes: they must not move.
  it.each([
    ['/homes/sangtian-sangtian/', () => urls.homeUrl('sangtian-sangtian')],
    ['/towns/sangtian/', () => urls.townUrl('sangtian')],
    ['/homes/homes.xlsx', () => urls.directorySheetUrl()],
    ['/towns/sangtian/homes.xlsx', () => urls.townDirectorySheetUrl('sangtian')],
    ['/lectures/2026-12-13-sangtian-liuwan/', () => urls.lectureUrl('2026-12-13-sangtian-liuwan')],
    ['/lectures/town/sangtian/', () => urls.townLecturesUrl('sangtian')],
    ['/lectures/2026-12-13-sangtian-liuwan.ics', () => urls.lectureIcsUrl('2026-12-13-sangtian-liuwan')],
    ['/lectures/a/notice/', () => urls.lectureNoticeUrl('a')],
    ['/lectures/a/notice.pdf', () => urls.lectureNoticePdfUrl('a')],
    ['/news/2026-11-20-x/', () => urls.newsUrl('2026-11-20-x')],
    ['/handouts/online/', () => urls.handoutUrl('online')],
    ['/handouts/online.pdf', () => urls.handoutPdfUrl('online')],
    ['/law/', () => urls.sectionUrl('law')],
    ['/law/minor-protection/', () => urls.pageUrl('law', 'minor-protection')],
  ])('%s', (expected, made) => {
    expect(made()).toBe(expected);
  });

  it('puts every link under the base path, and every absolute address on the site origin', () => {
    vi.stubEnv('BASE_URL', '/zt/wcnrbh/');
    vi.stubEnv('SITE', 'https://wcnrbh.example.gov.cn/');
    expect(href('/homes/')).toBe('/zt/wcnrbh/homes/');
    expect(absoluteUrl('/homes/')).toBe('https://wcnrbh.example.gov.cn/zt/wcnrbh/homes/');
  });

  it('uses the local preview address when the build names no site', () => {
    vi.stubEnv('SITE', undefined);
    expect(absoluteUrl('/homes/')).toBe('http://localhost:4321/homes/');
  });

  it('adds the slash a base path written without one lacks', () => {
    expect(joinBase('/zt/wcnrbh', 'homes/')).toBe('/zt/wcnrbh/homes/');
    expect(joinBase('/', '///homes/')).toBe('/homes/');
    expect(joinBase('/zt/', 'homes/a/')).toBe('/zt/homes/a/');
  });
});
