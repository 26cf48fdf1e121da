/**
 * Byte budgets (README "性能预算"): one page of every kind the built site has, the largest of its kind,
 * loaded cold at 390 px; everything received before interaction is measured gzip -9 and held to the
 * budgets. The table is printed and attached on every run, pass or fail.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { breachesOf, formatBudgetTable, type PageMeasurement } from '../../tools/measure/budgets.ts';
import { measurePage } from '../../tools/measure/measure-page.ts';
import { listBuiltPages, representativePages } from '../../tools/measure/page-kinds.ts';

const dist = path.resolve(process.env['DIST_DIR'] ?? 'dist');

// Kinds of page the site must have; ids inside them come from dist/, never from here.
const REQUIRED_KINDS = [
  'home', '404', 'search/',
  'law/', 'law/*', 'guide/', 'guide/*', 'policy/', 'policy/*', 'help/', 'help/*', 'about/',
  'homes/', 'homes/*', 'towns/*', 'lectures/', 'lectures/YYYY/', 'lectures/*', 'news/', 'news/YYYY/', 'news/*', 'handouts/', 'handouts/*',
];

test('every kind of page stays within its byte budget before interaction', async ({ browser, baseURL }, testInfo) => {
  // About 1 s per kind; generous because CI machines are shared.
  test.setTimeout(180_000);
  const kinds = representativePages(listBuiltPages(dist));
  expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(REQUIRED_KINDS));

  const measured: PageMeasurement[] = [];
  for (const { kind, path: sitePath } of kinds) {
    // The 404 page is measured as a reader meets it: at an address that does not exist.
    const relative = kind === '404' ? 'no-such-page/' : sitePath.replace(/^\//, '');
    measured.push(await measurePage(browser, new URL(relative, baseURL).href, kind, sitePath));
  }

  const table = formatBudgetTable(measured);
  console.log(`\n${table}\n`);
  await testInfo.attach('budgets.txt', { body: table, contentType: 'text/plain' });
  await testInfo.attach('budgets.json', { body: JSON.stringify(measured, null, 2), contentType: 'application/json' });

  expect(measured.flatMap(breachesOf), table).toEqual([]);
});
