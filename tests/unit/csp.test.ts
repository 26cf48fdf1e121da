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
