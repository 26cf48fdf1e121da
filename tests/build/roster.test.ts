/**
 * A district's own roster in place of the sample one: a copy of content/ whose district (site.yaml),
 * towns, homes and lectures are replaced by those of an invented district, a roster of another shape
 * (three towns, seven homes, some without coordinates) imported from a GBK CSV and an .xlsx filled from
 * the template. The copy builds, and the built-site checks (links, HTML, sitemap, security, search
 * index) pass over it; the directory's download imports back unchanged; a news post shows lectures
 * held as of its own date.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport } from '../../src/import/apply-import.ts';
import type { RosterKindName } from '../../src/roster/content-kinds.ts';
import { loadContent, loadDistrict } from '../../src/import/load-content.ts';
import { planImport } from '../../src/import/plan-import.ts';
import { readSheet } from '../../src/roster/read-sheet.ts';
import { formatRowProblem } from '../../src/roster/row-problem.ts';
import { writeTemplate } from '../../src/import/write-template.ts';
import { contentBuild } from '../support/content-build.ts';
import { towns } from '../support/site-content.ts';

const ROSTER = path.resolve('tests/fixtures/roster');
// Its built site passes every check of tests/built, the PDFs' among them: it prints them.
const site = contentBuild('roster', { pdfs: true, from: 'content' });
const { work, content, dist } = site;
const html = (file: string) => readFileSync(path.join(dist, file), 'utf8');

async function importSheet(kind: RosterKindName, file: string) {
  const plan = planImport(kind, await readSheet(file), await loadContent(content));
  const result = await applyImport(plan, content);
  return { plan, result };
}

/** The lectures sheet as an office fills the template in Excel. */
async function lecturesXlsx(): Promise<string> {
  const out = path.join(work, 'lectures.xlsx');
  await writeTemplate('lectures', out, await loadDistrict(content));
  const rows = (await readSheet(path.join(ROSTER, 'sheets/lectures-gbk.csv'))).rows;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.spliceRows(2, 1);
  for (const row of rows) sheet.addRow(headers.map((h) => row.cells.get(h) ?? ''));
  await workbook.xlsx.writeFile(out);
  return out;
}

let build: { status: number | null; output: string };

beforeAll(async () => {
  for (const folder of ['homes', 'lectures']) rmSync(path.join(content, folder), { recursive: true, force: true });
  for (const file of ['site.yaml', 'towns.yaml']) cpSync(path.join(ROSTER, 'content', file), path.join(content, file));
  const homes = await importSheet('homes', path.join(ROSTER, 'sheets/homes-gbk.csv'));
  expect(homes.plan.problems.map(formatRowProblem)).toEqual([]);
  expect(homes.result.checkProblems).toEqual([]);
  const lectures = await importSheet('lectures', await lecturesXlsx());
  expect(lectures.plan.problems.map(formatRowProblem)).toEqual([]);
  expect(lectures.result.checkProblems).toEqual([]);
  // A post written on 2026-11-15 about the lectures held so far: one then, two by the build.
  writeFileSync(
    path.join(content, 'news/2026-11-15-roster-lectures.mdx'),
    '---\ntitle: 普法讲座进展\nsummary: 到发稿时举办的讲座场数。\ndate: 2026-11-15\npublisher: 澄岭区民政局\n---\n\n到目前已举办普法讲座<Stat id="lecturesHeld" />场。\n\n<FigureSource ids={["lecturesHeld"]} />\n',
  );
  build = site.build();
}, 900_000);

afterAll(() => site.remove());

describe('a build from an imported roster of another shape', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(readdirSync(path.join(dist, 'towns')).sort()).toEqual(
      towns(path.join(ROSTER, 'content'))
        .map((t) => t.id)
        .sort(),
    );
    expect(readdirSync(path.join(dist, 'homes')).filter((f) => !f.includes('.')).length).toBe(7);
  });

  it('passes the built-site checks', () => {
    const checks = spawnSync('npx', ['vitest', 'run', '--project', 'built'], {
      encoding: 'utf8',
      env: { ...process.env, ...site.env },
    });
    expect(checks.status, (checks.stdout + checks.stderr).slice(-4000)).toBe(0);
  }, 600_000);

  it('gives homes without coordinates no nearest-home position and map links that search the address', () => {
    const index = html('homes/index.html');
    expect(index).toMatch(/<li data-lng="110\.604" data-lat="30\.479">/);
    expect(index).toMatch(/<li>\s*<a href="\/homes\/heming-weitang\/">/);
    const weitang = html('homes/heming-weitang/index.html');
    expect(weitang).toContain('href="https://uri.amap.com/search?keyword=');
    expect(weitang).toContain('href="https://api.map.baidu.com/place/search?query=');
    expect(weitang).not.toContain('"geo"');
    const qingfeng = html('homes/qingfeng-qingfeng/index.html');
    expect(qingfeng).toContain('href="https://uri.amap.com/marker?position=110.604,30.479');
  });

  it('offers the directory as a spreadsheet that imports back without a change', async () => {
    expect(html('homes/index.html')).toContain('href="/homes/homes.xlsx" download="儿童之家名录.xlsx"');
    expect(html('towns/heming/index.html')).toContain('href="/towns/heming/homes.xlsx"');
    const plan = planImport('homes', await readSheet(path.join(dist, 'homes/homes.xlsx')), await loadContent(content));
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect([plan.added.length, plan.changed.length, plan.missing.length, plan.unchanged.length]).toEqual([0, 0, 0, 7]);
    const town = await readSheet(path.join(dist, 'towns/heming/homes.xlsx'));
    expect(town.rows.map((r) => r.cells.get('村社区')).sort()).toEqual(['松林村', '石桥村', '苇塘村'].sort());
  });

  it('shows a news post the lectures held as of its date, and marks totals from sample lectures 示例', () => {
    expect(html('news/2026-11-15-roster-lectures/index.html')).toMatch(/data-figure="lecturesHeld"[^>]*>1<\/data>/);
    const lectures = html('lectures/index.html');
    expect(lectures).toMatch(/data-total="held"><dt>[^<]*<\/dt><dd><span>2<\/span>/);
    expect(lectures).toContain('class="figure-sample">示例<');
  });
});
