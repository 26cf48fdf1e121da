/** The address the site is built for: an example.* domain or this machine is not a published site. */
import type { Finding } from './finding.ts';

const NOT_PUBLISHED =
  /^(localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1\])$|(^|\.)example(\.[a-z]+)+$|\.example$|\.(test|invalid|local)$/;

export function siteUrlFinding(siteUrl: string): Finding | null {
  let host: string;
  try {
    host = new URL(siteUrl).hostname;
  } catch {
    return {
      file: '环境变量 SITE_URL',
      kind: '网址',
      message: `“${siteUrl}”不是网址，应当设为网站正式的地址，写成 https:// 加域名，例如区政府网站给本站分配的子域名`,
    };
  }
  if (!NOT_PUBLISHED.test(host)) return null;
  return {
    file: '环境变量 SITE_URL',
    kind: '网址',
    message: `“${siteUrl}”是示例或本机地址，网址、二维码和订阅源都会指向它；应当在构建时把 SITE_URL 设为网站正式的地址，写成 https:// 加域名，例如区政府网站给本站分配的子域名`,
  };
}
