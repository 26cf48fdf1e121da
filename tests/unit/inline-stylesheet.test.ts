import { describe, expect, it } from 'vitest';
import { cspHash, parsePolicy } from '../../src/lib/csp.ts';
import { inlineStylesheets } from '../../src/lib/inline-stylesheet.ts';

const page = (links: string) =>
  `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def'">${links}</head><body></body>`;

describe('inlineStylesheets', () => {
  it('puts the sheet in the page and allows exactly it by hash', () => {
    const css = 'body{color:#111}';
    const out = inlineStylesheets(page('<link rel="stylesheet" href="/_astro/a.css">'), () => css);
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain(`<style>${css}</style>`);
    const policy = parsePolicy(/content="([^"]*)"/.exec(out)![1]!);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-def'", `'${cspHash(css)}'`]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc'"]);
  });

  it('leaves a page without stylesheets as it was', () => {
    expect(inlineStylesheets(page(''), () => '')).toBe(page(''));
  });

  it('refuses a sheet that would end the style element', () => {
    expect(() =>
      inlineStylesheets(page('<link rel="stylesheet" href="/a.css">'), () => 'a{}</style><script>', 'index.html'),
    ).toThrow(/index\.html/);
  });

  it('refuses a page without a policy to add the hash to', () => {
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/a.css">', () => 'a{}')).toThrow(/安全策略/);
  });
});
