/**
 * A step of the post-build pipeline (post-build.ts): puts each page's Content-Security-Policy <meta>
 * first in <head> and writes the header policy for the shipped nginx config (deploy/nginx.conf) into dist/.
 *
 * Why move the <meta>: a policy in a <meta> only governs what the browser parses after it, and Astro
 * writes it at the end of <head>, after any script a layout puts there (the care-mode script that must
 * run before first paint). Right after <meta charset> it governs every script and stylesheet.
 *
 * Why write the header from the built pages: the header must allow every script and style hash any page
 * allows (the browser enforces the header and the <meta> together), and only the build knows the hashes.
 * Each kind of page carries its own inline rules (first-paint.ts): one style hash per page template.
 * dist/nginx-site.conf travels with the pages it was made from, so the header can never go stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeHTMLAttribute } from 'entities/decode';
import { headerPolicy } from '../lib/csp.ts';

/** The generated nginx include, relative to dist/. */
export const NGINX_SITE_CONF = 'nginx-site.conf';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const CHARSET_META = /<meta charset="utf-8">/i;

/** Moves the CSP <meta> right after <meta charset>; returns the new HTML and the page's policy. */
export function hoistCspMeta(html: string, file: string): { html: string; policy: string } {
  const match = CSP_META.exec(html);
  if (!match) throw new Error(`${file}：页面没有安全策略（CSP）<meta>，应当检查 astro.config.mjs 的 security.csp 设置`);
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  const charset = CHARSET_META.exec(without);
  if (!charset) throw new Error(`${file}：页面没有 <meta charset="utf-8">，应当用 BaseLayout.astro 作为页面框架`);
  const at = charset.index + charset[0].length;
  return { html: without.slice(0, at) + match[0] + without.slice(at), policy: decodeHTMLAttribute(match[1] ?? '') };
}

/** The nginx include the shipped config expects: the header policy and the base path. */
export function nginxSiteConf(policy: string, base: string): string {
  if (/["$\\]/.test(policy)) throw new Error(`安全策略里有 nginx 字符串中不能出现的字符：${policy}`);
  return [
    '# 由 npm run build 根据构建出的页面生成，不要手改；用法见 deploy/nginx.conf。',
    '# 页面 <meta> 里安全策略（CSP）的并集，外加只能由响应头传递的指令。',
    `set $wcnrbh_csp "${policy}";`,
    '# 网站所在的路径（BASE_PATH），用于 404 页面。',
    `set $wcnrbh_base "${base}";`,
    '',
  ].join('\n');
}

/** Writes dist/nginx-site.conf (`root`) from the union of every page's policy. */
export async function writeNginxSiteConf(root: string, policies: readonly string[], base: string): Promise<void> {
  await writeFile(path.join(root, NGINX_SITE_CONF), nginxSiteConf(headerPolicy(policies), base));
}
