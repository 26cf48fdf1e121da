/**
 * Every page paints from its HTML: the rules its route's pages use go inline under their hash, care
 * mode's and the bare :focus-visible's always, the stylesheet is preloaded and linked at the end of the
 * body; the home page carries the whole sheet and links none. Over a small dist/ written here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFirstPaint } from '../../src/integrations/first-paint.ts';
import { cspHash, parsePolicy } from '../../src/lib/csp.ts';

const root = mkdtempSync(path.join(tmpdir(), 'first-paint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SHEET =
  '.a{color:red}.b{color:blue}.unused{color:green}[data-care] .a{font-size:2em}:focus-visible{outline:3px solid}@page{margin:1cm}.c{margin:0}';
mkdirSync(path.join(root, '_astro'));
writeFileSync(path.join(root, '_astro', 'site.css'), SHEET);

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self'"><link rel="stylesheet" href="/base/_astro/site.css"></head><body>${body}</body></html>`;
const inline = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

describe('first paint', () => {
  const firstPaint = createFirstPaint(root, '/base/');
  const one = page('<p class="a">one</p>');
  const two = page('<p class="b">two</p><p class="c">c</p>');
  firstPaint.scan(one, '/law/[id]');
  firstPaint.scan(two, '/law/[id]');
  firstPaint.scan(page('<p class="c">home</p>'), '/');
  const town = page('<p class="b">town</p>');
  firstPaint.scan(town, '/towns/[id]');

  it("puts every rule its route's pages use inline, and no other", () => {
    const css = inline(firstPaint.apply(one, '/law/[id]', 'law/one/index.html'));
    expect(css).toContain('.a{color:red}');
    expect(css).toContain('.b{color:blue}');
    expect(css).not.toContain('.unused');
    expect(css).toBe(inline(firstPaint.apply(two, '/law/[id]', 'law/two/index.html')));
  });

  it('gives each route its own rules: a page of another kind carries what its kind uses, not the first kind’s', () => {
    inline(firstPaint.apply(one, '/law/[id]', 'law/one/index.html'));
    const css = inline(firstPaint.apply(town, '/towns/[id]', 'towns/a/index.html'));
    expect(css).toContain('.b{color:blue}');
    expect(css).not.toContain('.a{color:red}');
  });

  it("always inlines care mode's rules and a bare :focus-visible, and keeps the rule after @page", () => {
    const css = inline(firstPaint.apply(one, '/law/[id]', 'law/one/index.html'));
    expect(css).toContain('[data-care] .a');
    expect(css).toContain(':focus-visible{');
    expect(css).not.toMatch(/\};/);
  });

  it('preloads the stylesheet from <head> and links it at the end of <body>, and allows the inline rules by hash', () => {
    const html = firstPaint.apply(one, '/law/[id]', 'law/one/index.html');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('rel="stylesheet"');
    expect(head).toContain('<link rel="preload" href="/base/_astro/site.css" as="style">');
    expect(html).toMatch(/<link rel="stylesheet" href="\/base\/_astro\/site\.css"><\/body>/);
    const policy = parsePolicy(/content="([^"]*)"/.exec(html)![1]!);
    expect(policy.get('style-src')).toEqual(["'self'", `'${cspHash(inline(html))}'`]);
  });

  it('gives the home page the whole stylesheet and links none', () => {
    const html = firstPaint.apply(page('<p class="c">home</p>'), '/', 'index.html');
    expect(inline(html)).toBe(SHEET);
    expect(html).not.toContain('<link');
  });

  it('names the page whose stylesheet is not in the build', () => {
    const stray = page('').replace('site.css', 'gone.css');
    expect(() => firstPaint.apply(stray, '/law/[id]', 'law/x/index.html')).toThrow(/law\/x\/index\.html.*gone\.css/);
  });
});
