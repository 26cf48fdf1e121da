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
}

export class EnvError extends Error {}

export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function readBuildEnv(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): BuildEnv {
  const siteUrl = (env['SITE_URL'] ?? 'http://localhost:4321').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/.test(siteUrl)) {
    throw new EnvError(`环境变量 SITE_URL — 值“${siteUrl}”不是网站的源地址，应当写成 https://域名（不带路径），例如 https://www.example.gov.cn`);
  }
  const now = env['SITE_NOW']?.trim() || clock().toISOString();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(now) || Number.isNaN(Date.parse(now))) {
    throw new EnvError(`环境变量 SITE_NOW — 值“${now}”不是带时区的时间，应当写成 2026-12-01T09:00:00+08:00 这样的 ISO 8601 格式`);
  }
  return {
    siteUrl,
    basePath: normalizeBasePath(env['BASE_PATH']),
    contentDir: env['CONTENT_DIR']?.trim() || 'content',
    now,
  };
}
