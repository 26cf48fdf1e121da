/** The policy helpers behind the pages' <meta> and the nginx header. */
import { describe, expect, it } from 'vitest';
import { allowInlineStyles, cspHash, headerPolicy, parsePolicy, unionPolicies } from '../../src/lib/csp.ts';
import { hoistCspMeta, nginxSiteConf } from '../../src/integrations/security-headers.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 a browser computes for an inline script', () => {
    // The example from the CSP spec: sha256 of "alert('Hello, world.');"
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});

describe('headerPolicy', () => {
  const a = "default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self'";
  const b = "default-src 'self'; script-src 'self' 'sha256-B='; style-src 'self' 'sha256-C='";

  it('allows every hash any page allows, once each, and adds frame-ancestors', () => {
    expect(headerPolicy([a, b, a])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-C='; frame-ancestors 'self'",
    );
  });

  it('refuses pages whose directives differ, rather than widen one by accident', () => {
    expect(() => unionPolicies([a, "default-src 'self'; script-src 'self'"])).toThrow(/指令不一致/);
  });

  it('reads directives the way browsers do: case-insensitive names, the first of a repeat counts', () => {
    expect(parsePolicy("Script-Src 'self';script-src *; ;img-src data:")).toEqual(
      new Map([
        ['script-src', ["'self'"]],
        ['img-src', ['data:']],
      ]),
    );
  });
});

describe('hoistCspMeta', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><script>go()</script><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head><body></body></html>`;

  it('moves the policy before every script and returns it decoded', () => {
    const { html, policy } = hoistCspMeta(page, 'x.html');
    expect(html).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"><title>x</title><script>go()</script></head><body></body></html>`,
    );
    expect(policy).toBe("default-src 'self'");
  });

  it('fails the build on a page without a policy, naming the file', () => {
    expect(() => hoistCspMeta('<html><head><meta charset="utf-8"></head></html>', 'homes/index.html')).toThrow(
      /^homes\/index\.html：页面没有安全策略/,
    );
  });
});

describe('nginxSiteConf', () => {
  it('sets the variables deploy/nginx.conf uses', () => {
    expect(nginxSiteConf("default-src 'self'", '/zt/wcnrbh/')).toContain(`set $wcnrbh_csp "default-src 'self'";\n`);
    expect(nginxSiteConf("default-src 'self'", '/zt/wcnrbh/')).toContain('set $wcnrbh_base "/zt/wcnrbh/";');
  });

  it('refuses characters that would break out of the nginx string', () => {
    expect(() => nginxSiteConf('default-src "x"; $evil', '/')).toThrow();
  });
});

describe('allowInlineStyles', () => {
  const page = (body: string) =>
    `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def'">${body}</head>`;

  it("adds each inline style's hash to style-src once, and nothing to other directives", () => {
    const css = 'body{color:#111}';
    const out = allowInlineStyles(page(`<style>${css}</style><style>${css}</style>`), 'a.html');
    const policy = parsePolicy(/content="([^"]*)"/.exec(out)![1]!);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-def'", `'${cspHash(css)}'`]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc'"]);
  });

  it('leaves a page without inline styles as it was', () => {
    expect(allowInlineStyles(page(''), 'a.html')).toBe(page(''));
  });

  it('refuses a page without a policy to add the hash to, naming the file', () => {
    expect(() => allowInlineStyles('<style>a{}</style>', 'x/index.html')).toThrow(/x\/index\.html.*安全策略/);
  });
});

describe('the inline styles of a page, allowed by hash', () => {
  const page = (policy: string, body: string) =>
    `<head><META http-equiv="Content-Security-Policy" content="${policy}">${body}</head>`;

  it('adds a hash the policy already has only once, each new one after it, in the order of the page', () => {
    const a = 'a{}';
    const b = 'b{}';
    expect(
      allowInlineStyles(
        page(`default-src 'self'; style-src 'self' '${cspHash(a)}'`, `<style>${a}</style><style>${b}</style>`),
        'a.html',
      ),
    ).toBe(
      page(
        `default-src 'self'; style-src 'self' '${cspHash(a)}' '${cspHash(b)}'`,
        `<style>${a}</style><style>${b}</style>`,
      ),
    );
  });

  it('hashes a style that runs over several lines, whole', () => {
    const css = '\na{}\nb{}\n';
    const out = allowInlineStyles(page(`default-src 'self'; style-src 'self'`, `<style>${css}</style>`), 'a.html');
    expect(out).toContain(`style-src 'self' '${cspHash(css)}'"`);
  });

  it('leaves style-src-elem alone and refuses a policy without style-src, naming the file and where to look', () => {
    expect(() =>
      allowInlineStyles(page(`default-src 'self'; style-src-elem 'self'`, '<style>a{}</style>'), 'x/index.html'),
    ).toThrow('x/index.html：页面的安全策略没有 style-src，应当检查 astro.config.mjs 的 security.csp 设置');
    expect(() => allowInlineStyles('<style>a{}</style>', 'x/index.html')).toThrow(
      'x/index.html：页面没有安全策略（CSP）<meta>，页面里的样式没法按散列放行',
    );
  });
});

describe('the header policy, in edge cases', () => {
  it('says which directives differ between pages', () => {
    expect(() => unionPolicies(["default-src 'self'; img-src data:", "default-src 'self'"])).toThrow(
      '各页面的安全策略（CSP）指令不一致：“default-src img-src”与“default-src”，应当在 src/lib/csp.ts 统一配置',
    );
  });

  it('is frame-ancestors alone when there are no pages', () => {
    expect(headerPolicy([])).toBe("frame-ancestors 'self'");
  });

  it('reads a policy written with extra spaces and empty directives', () => {
    expect(headerPolicy(["  default-src   'self'  ;  ;img-src data: 'self'"])).toBe(
      "default-src 'self'; img-src data: 'self'; frame-ancestors 'self'",
    );
  });
});

describe('pages that order things differently', () => {
  it('joins pages that list the same directives in another order', () => {
    expect(headerPolicy(["default-src 'self'; img-src data:", "img-src 'self'; default-src 'self'"])).toBe(
      "default-src 'self'; img-src data: 'self'; frame-ancestors 'self'",
    );
  });

  it('finds style-src when it comes first, and leaves a page without styles or policy as it is', () => {
    const css = 'a{}';
    expect(
      allowInlineStyles(
        `<meta http-equiv="content-security-policy" content="style-src 'self'"><style>${css}</style>`,
        'a.html',
      ),
    ).toContain(`content=" style-src 'self' '${cspHash(css)}'"`);
    expect(allowInlineStyles('<p>文字</p>', 'a.html')).toBe('<p>文字</p>');
  });
});
