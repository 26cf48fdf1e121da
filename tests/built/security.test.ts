/**
 * The built pages' security promises: a strict Content-Security-Policy <meta> first in every <head>
 * that covers every inline script and style, no inline event handlers or style attributes, nothing
 * loaded from another origin, external links with rel="noopener", and a header policy for nginx that
 * allows exactly what the pages allow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { cspHash, headerPolicy, parsePolicy } from '../../src/lib/csp.ts';
import { NGINX_SITE_CONF } from '../../src/integrations/security-headers.ts';
import { cspOf, DIST, distFiles, htmlPages, inlineBlocks, pageTags, SITE_ORIGIN, tags } from '../support/built-site.ts';

/** A problem list that fails the test with the first few problems shown. */
function expectNone(problems: string[]) {
  expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
}

test('every page has the strict policy in a <meta> right after <meta charset>', () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    const policyText = cspOf(page.html);
    if (!policyText) {
      problems.push(`${page.file}: 没有 CSP <meta>`);
      continue;
    }
    const head = tags(page.html).filter((t) => t.name !== 'html' && t.name !== 'head');
    if (
      head[0]?.name !== 'meta' ||
      !head[0].attrs.has('charset') ||
      head[1]?.attrs.get('http-equiv') !== 'content-security-policy'
    ) {
      problems.push(`${page.file}: CSP <meta> 应当紧跟在 <meta charset> 后面`);
    }
    const policy = parsePolicy(policyText);
    const has = (name: string, source: string) => policy.get(name)?.includes(source) ?? false;
    if (!has('default-src', "'self'") || policy.get('default-src')?.length !== 1)
      problems.push(`${page.file}: default-src 应当只有 'self'`);
    if (!has('object-src', "'none'")) problems.push(`${page.file}: 缺少 object-src 'none'`);
    if (!has('base-uri', "'self'")) problems.push(`${page.file}: 缺少 base-uri 'self'`);
    if (!has('form-action', "'self'")) problems.push(`${page.file}: 缺少 form-action 'self'`);
    if (policy.get('img-src')?.join(' ') !== "'self' data:") problems.push(`${page.file}: img-src 应当是 'self' data:`);
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name) ?? [];
      if (!sources.includes("'self'")) problems.push(`${page.file}: ${name} 缺少 'self'`);
      for (const bad of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'unsafe-hashes'",
        '*',
        'http:',
        'https:',
        'data:',
        'blob:',
      ]) {
        if (sources.includes(bad)) problems.push(`${page.file}: ${name} 不能有 ${bad}`);
      }
      if (sources.some((s) => /^https?:\/\//.test(s))) problems.push(`${page.file}: ${name} 不能允许其他网站`);
    }
    for (const name of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
      if (policy.has(name)) problems.push(`${page.file}: 不应有 ${name}（会绕开上面的检查）`);
    }
  }
  expectNone(problems);
});

test('every inline script and style is allowed by its page policy by hash', () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    const policy = parsePolicy(cspOf(page.html) ?? '');
    for (const { attrs, text } of inlineBlocks(page.html, 'script')) {
      if (/\ssrc=/.test(attrs)) continue;
      // Data blocks (JSON-LD) are never executed, so CSP does not govern them.
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      if (!policy.get('script-src')?.includes(`'${cspHash(text)}'`)) {
        problems.push(
          `${page.file}: 内联脚本没有被 CSP 散列允许（is:inline 脚本应当用 src/components/InlineScript.astro）：${text.slice(0, 60)}`,
        );
      }
    }
    for (const { text } of inlineBlocks(page.html, 'style')) {
      if (!policy.get('style-src')?.includes(`'${cspHash(text)}'`))
        problems.push(`${page.file}: 内联样式没有被 CSP 散列允许：${text.slice(0, 60)}`);
    }
  }
  expectNone(problems);
});

test('no inline event handlers, style attributes, javascript: URLs or embedded frames', () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    for (const tag of tags(page.html)) {
      for (const [name, value] of tag.attrs) {
        if (/^on[a-z]+$/.test(name))
          problems.push(`${page.file}: <${tag.name} ${name}> 是内联事件处理，应当改成组件里的 <script>`);
        if (name === 'style')
          problems.push(`${page.file}: <${tag.name} style="${value}"> 会被 CSP 拦下，应当写进样式表`);
        if (/^\s*javascript:/i.test(value)) problems.push(`${page.file}: <${tag.name} ${name}="${value}">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag.name))
        problems.push(`${page.file}: 不应有 <${tag.name}>`);
    }
  }
  expectNone(problems);
});

test('nothing is loaded from another origin, and external links open with rel="noopener"', () => {
  const problems: string[] = [];
  let externalLinks = 0;
  for (const { page, tag, pageUrl } of pageTags()) {
    const loads =
      tag.name === 'link'
        ? !/^(canonical|alternate)$/.test(tag.attrs.get('rel') ?? '')
        : ['script', 'img', 'source', 'video', 'audio', 'track', 'input'].includes(tag.name);
    const urls = [
      tag.attrs.get('src'),
      tag.name === 'link' || tag.name === 'a' ? tag.attrs.get('href') : undefined,
      ...(tag.attrs.get('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]),
    ].filter((u): u is string => !!u);
    for (const raw of urls) {
      if (/^(mailto|tel|sms|data):/i.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin === SITE_ORIGIN) continue;
      if (loads) problems.push(`${page.file}: <${tag.name}> 从其他网站加载 ${raw}`);
      if (tag.name === 'a') {
        externalLinks++;
        const rel = (tag.attrs.get('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener')) problems.push(`${page.file}: 外部链接 ${raw} 缺少 rel="noopener"`);
        if (tag.attrs.has('target')) problems.push(`${page.file}: 外部链接 ${raw} 应当在当前窗口正常打开，不要 target`);
      }
    }
  }
  for (const file of distFiles('.css')) {
    const css = readFileSync(path.join(DIST, file), 'utf8');
    for (const m of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/g))
      problems.push(`${file}: 样式表从其他网站加载 ${m[1]}`);
  }
  expect(externalLinks).toBeGreaterThan(0);
  expectNone(problems);
});

test(`${NGINX_SITE_CONF} gives nginx the union of the page policies`, () => {
  const conf = readFileSync(path.join(DIST, NGINX_SITE_CONF), 'utf8');
  const policies = htmlPages().map((p) => cspOf(p.html) ?? '');
  const header = /set \$wcnrbh_csp "([^"]*)";/.exec(conf)?.[1];
  expect(header).toBe(headerPolicy(policies));
  const parsed = parsePolicy(header!);
  // Whatever any page allows by hash, the header allows too (a browser enforces both).
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) for (const s of sources) expect(parsed.get(name)).toContain(s);
  }
  expect(parsed.get('frame-ancestors')).toEqual(["'self'"]);
  expect(conf).toMatch(/set \$wcnrbh_base "\/(.+\/)?";/);
});
