/**
 * The site's Content Security Policy: the one source for the policy Astro writes into every page's
 * <meta http-equiv="content-security-policy"> (astro.config.mjs) and for the header the shipped nginx
 * config sends (written at build time from the built pages, see src/integrations/security-headers.ts).
 * Pure: no file system, no Astro runtime.
 */
import { createHash } from 'node:crypto';

/**
 * Directives beyond script-src and style-src, which Astro writes itself with the hashes of the
 * site's scripts and stylesheets. Everything comes from the site's own origin: no fonts, maps,
 * analytics or images from elsewhere. img-src allows data: for small inline images (QR codes may be
 * data URLs).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src sources besides the hashes Astro adds. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search engine; it does not allow eval() or new Function() of JavaScript.
 */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src: only the site's own stylesheets and the hashes Astro adds. No 'unsafe-inline': the
 * build links one stylesheet (build.inlineStylesheets 'never'), each page carries the rules it uses
 * inline under their hash (src/integrations/first-paint.ts, allowInlineStyles below), and no page
 * carries style attributes.
 */
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/**
 * Directives a browser ignores in a <meta> policy, so only the HTTP header carries them. The site
 * may be framed by pages of its own origin (a portal that hosts it under a sub-path), by no other.
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/** The CSP source expression of an inline script or style, as Astro writes it: 'sha256-…' without quotes. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

export type Policy = Map<string, string[]>;

/** "a 'x' 'y'; b 'z'" → {a: ['x','y'], b: ['z']}; directive names lower-cased, as browsers treat them. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // A repeated directive is ignored by browsers: the first one counts.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows everything any of the given policies allows and nothing more: per directive,
 * the union of the sources. A header sent with every page has to be this union, because a browser
 * enforces both the header and the page's own <meta> policy and a script must pass both.
 * Throws when the pages disagree on which directives they have: a directive missing on one page falls
 * back to default-src there, which a union could silently widen.
 */
export function unionPolicies(texts: readonly string[]): Policy {
  const union: Policy = new Map();
  const parsed = texts.map(parsePolicy);
  const first = parsed[0];
  if (!first) return union;
  const names = [...first.keys()].sort().join(' ');
  for (const policy of parsed) {
    const these = [...policy.keys()].sort().join(' ');
    if (these !== names)
      throw new Error(`各页面的安全策略（CSP）指令不一致：“${names}”与“${these}”，应当在 src/lib/csp.ts 统一配置`);
    for (const [name, sources] of policy) {
      const merged = union.get(name) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      union.set(name, merged);
    }
  }
  return union;
}

/** The header policy: the union of the pages' policies plus the directives only a header can carry. */
export function headerPolicy(pagePolicies: readonly string[]): string {
  const policy = unionPolicies(pagePolicies);
  for (const directive of CSP_HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = directive.split(' ');
    policy.set(name!, sources);
  }
  return formatPolicy(policy);
}

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/i;

/**
 * Adds the hash of every inline <style> of a page to its policy's style-src (each once), so the
 * browser applies exactly these styles and no injected one. `file` names the page in errors.
 */
export function allowInlineStyles(html: string, file: string): string {
  const hashes = [...html.matchAll(STYLE_ELEMENT)].map((m) => `'${cspHash(m[1]!)}'`);
  if (hashes.length === 0) return html;
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error(`${file}：页面没有安全策略（CSP）<meta>，页面里的样式没法按散列放行`);
  let found = false;
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      if (!/^\s*style-src\s/.test(directive)) return directive;
      found = true;
      const sources = directive.trim().split(/\s+/);
      const added = [...new Set(hashes)].filter((hash) => !sources.includes(hash));
      return ` ${[...sources, ...added].join(' ')}`;
    })
    .join(';');
  if (!found) throw new Error(`${file}：页面的安全策略没有 style-src，应当检查 astro.config.mjs 的 security.csp 设置`);
  return html.replace(CSP_META, `$1${policy}$3`);
}
