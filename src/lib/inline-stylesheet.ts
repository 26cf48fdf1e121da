/**
 * Puts a page's stylesheet inside the page, for the pages that must paint from their HTML alone (the home
 * page: a first visit on a slow phone connection would otherwise wait one more round trip for the
 * linked sheet before showing anything). The Content Security Policy allows no inline styles except by
 * hash, so the sheet's hash joins the page's style-src. Pure: the caller reads and writes the files.
 */
import { cspHash } from './csp.ts';

const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/i;

/**
 * Replaces every `<link rel="stylesheet">` of the page with a `<style>` holding the sheet, and adds
 * each sheet's hash to the page's style-src. `readSheet` gets the link's href and returns the CSS.
 */
export function inlineStylesheets(html: string, readSheet: (href: string) => string, file = 'HTML'): string {
  const hashes: string[] = [];
  const inlined = html.replace(STYLESHEET_LINK, (_link, href: string) => {
    const css = readSheet(href);
    if (/<\/style/i.test(css)) throw new Error(`${file}：样式表 ${href} 里有“</style”，不能放进页面`);
    hashes.push(`'${cspHash(css)}'`);
    return `<style>${css}</style>`;
  });
  if (hashes.length === 0) return html;
  const meta = CSP_META.exec(inlined);
  if (!meta) throw new Error(`${file}：页面没有安全策略（CSP）<meta>，内联的样式表没法按散列放行`);
  const policy = meta[2]!
    .split(';')
    .map((directive) => (/^\s*style-src\s/.test(directive) ? `${directive.trimEnd()} ${hashes.join(' ')}` : directive))
    .join(';');
  if (!/(^|;)\s*style-src\s/.test(policy))
    throw new Error(`${file}：页面的安全策略没有 style-src，应当检查 astro.config.mjs 的 security.csp 设置`);
  return inlined.replace(CSP_META, `$1${policy}$3`);
}
