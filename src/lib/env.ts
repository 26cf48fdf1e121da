/**
 * Build configuration read from the environment (see README "环境变量").
 * Pure: takes the environment as an argument so tests can pass their own.
 */
export interface BuildEnv {
  /** Absolute origin used in canonical URLs, QR codes, feeds and the sitemap, without trailing slash. */
  siteUrl: string;
  /** Sub-path the site is served under, always with leading and trailing slash ("/" by default). */
  basePath: string;
  /** Content root, relative to the project or absolute. */
  contentDir: string;
  /** The build's notion of "now" as an ISO 8601 string with offset. */
  now: string;
  /**
   * SKIP_PDFS=1: the build prints no PDFs and draws no share pictures (no Chromium). Only for test
   * builds that check something else; such a site offers downloads that do not exist and is not for
   * publishing.
   */
  skipPdfs: boolean;
  /**
   * SEARCH_PART_PAGES: how many pages each part of Pagefind's index holds at most (src/integrations/pagefind.ts);
   * undefined for its own default. The tests' fixture build sets a small number, so that the site's own
   * search in a browser merges parts as a large district's does.
   */
  searchPartPages: number | undefined;
}

export class EnvError extends Error {}

export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function readBuildEnv(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): BuildEnv {
  const siteUrl = (env['SITE_URL'] ?? 'http://localhost:4321').trim().replace(/\/+$/, '');
  // A site under a portal's sub-path: the path goes in BASE_PATH, so links, feeds and QR codes get it once.
  const withPath = /^(https?:\/\/[^/\s]+)(\/\S*)$/.exec(siteUrl);
  if (withPath) {
    throw new EnvError(
      `环境变量 SITE_URL — 值“${siteUrl}”带了路径“${withPath[2]}”。SITE_URL 只写 https://域名，路径应当写在 BASE_PATH 里：SITE_URL=${withPath[1]} BASE_PATH=${withPath[2]}/`,
    );
  }
  if (!/^https?:\/\/[^/\s]+$/.test(siteUrl)) {
    throw new EnvError(
      `环境变量 SITE_URL — 值“${siteUrl}”不是网站的源地址，应当写成 https://域名（不带路径，路径写在 BASE_PATH 里），例如 https://www.example.gov.cn`,
    );
  }
  const now = env['SITE_NOW']?.trim() || clock().toISOString();
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(now) ||
    Number.isNaN(Date.parse(now))
  ) {
    throw new EnvError(
      `环境变量 SITE_NOW — 值“${now}”不是带时区的时间，应当写成 2026-12-01T09:00:00+08:00 这样的 ISO 8601 格式`,
    );
  }
  const skip = env['SKIP_PDFS']?.trim() ?? '';
  if (skip !== '' && skip !== '1') {
    throw new EnvError(
      `环境变量 SKIP_PDFS — 值“${skip}”无效，应当不设（打印 PDF），或写 1（只给不检查 PDF 的测试构建用）`,
    );
  }
  const partPages = env['SEARCH_PART_PAGES']?.trim() ?? '';
  if (partPages !== '' && !/^[1-9]\d*$/.test(partPages)) {
    throw new EnvError(
      `环境变量 SEARCH_PART_PAGES — 值“${partPages}”无效，应当不设（每部分最多 1000 个页面），或写一个正整数，例如 40`,
    );
  }
  return {
    siteUrl,
    basePath: normalizeBasePath(env['BASE_PATH']),
    contentDir: env['CONTENT_DIR']?.trim() || 'content',
    now,
    skipPdfs: skip === '1',
    searchPartPages: partPages === '' ? undefined : Number(partPages),
  };
}
