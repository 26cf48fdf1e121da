/**
 * Every built page passes html-validate with .htmlvalidate.json (html-validate:recommended).
 * The one rule turned off, tel-non-breaking, asks for U+2011 non-breaking hyphens inside phone
 * numbers: a number copied from the page would then not dial, and CJK system fonts often lack the
 * glyph. Phone links keep together with CSS instead.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlPages } from '../support/built-site.ts';

// The project's configuration, given outright: looked up from each page's folder instead, it is not
// found for a dist/ built outside the project (the builds of tests/build/roster.test.ts are in a temporary folder).
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));

test('every page passes html-validate', async () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    const report = await validator.validateString(page.html, path.join(DIST, page.file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId} — ${m.message}`);
    }
  }
  expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
}, 120_000);

test('html-validate, as configured, catches the mistakes that matter on a built page', async () => {
  // The home page as built, broken one way at a time: each must be reported under its rule, so a
  // configuration that turned the rules off (or a validator that read nothing) cannot pass the test above.
  const home = htmlPages().find((p) => p.file === 'index.html')!;
  const breakages: [string, (html: string) => string][] = [
    ['element-required-attributes', (h) => h.replace(/<html lang="[^"]*">/, '<html>')],
    ['element-required-content', (h) => h.replace(/<title>[^<]*<\/title>/, '')],
    ['no-dup-id', (h) => h.replace(/(<main[^>]*id="main")([\s\S]*?)<\/main>/, '$1$2<p id="main">x</p></main>')],
    ['close-order', (h) => h.replace('</main>', '<section></main>')],
    ['wcag/h37', (h) => h.replace('</main>', '<img src="x.png" width="1" height="1"></main>')],
    ['wcag/h30', (h) => h.replace('</main>', '<a href="x/"></a></main>')],
  ];
  for (const [rule, breakIt] of breakages) {
    const broken = breakIt(home.html);
    expect(broken, rule).not.toBe(home.html);
    const report = await validator.validateString(broken, path.join(DIST, home.file));
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules, rule).toContain(rule);
  }
});
