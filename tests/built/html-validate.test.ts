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

test('html-validate would catch a broken page', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div>x</div></body></html>',
    path.join(DIST, 'probe.html'),
  );
  expect(report.valid).toBe(false);
});
