import { describe, expect, it } from 'vitest';
import { EnvError, normalizeBasePath, readBuildEnv } from '../../src/lib/env.ts';
import { joinBase, isSitePath } from '../../src/lib/urls.ts';

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
    });
    expect(readBuildEnv({ SKIP_PDFS: '1' }).skipPdfs).toBe(true);
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

  it('joins paths to the base', () => {
    expect(joinBase('/zt/wcnrbh/', '/homes/')).toBe('/zt/wcnrbh/homes/');
    expect(joinBase('/', '/homes/')).toBe('/homes/');
    expect(isSitePath('/homes/')).toBe(true);
    expect(isSitePath('//cdn.example.com/x.js')).toBe(false);
    expect(isSitePath('https://example.com/')).toBe(false);
  });
});
