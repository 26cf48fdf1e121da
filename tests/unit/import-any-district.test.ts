/**
 * The import works for whichever district site.yaml names: the template's example row is that district's
 * (its first town, its area code, a point inside its outline); a coordinate outside the outline is
 * reported in the column that is off; a new id stays readable and at most 40 characters; and a sheet
 * that replaces the whole list (--remove-missing) goes on after the town list was replaced. On a copy of
 * the roster fixture, whose district is read from its own site.yaml.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../src/import/apply-import.ts';
import { formatImportReport } from '../../src/import/import-report.ts';
import { loadContent, loadDistrict } from '../../src/import/load-content.ts';
import { planImport } from '../../src/import/plan-import.ts';
import { readSheet, type Sheet } from '../../src/roster/read-sheet.ts';
import { formatRowProblem } from '../../src/roster/row-problem.ts';
import { writeTemplate } from '../../src/import/write-template.ts';
import { isInsideOutline, outlineBox } from '../../src/lib/geo.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function copy(): string {
  work = mkdtempSync(path.join(tmpdir(), 'any-district-'));
  cpSync(path.resolve('tests/fixtures/roster/content'), path.join(work, 'content'), { recursive: true });
  return path.join(work, 'content');
}

/** A sheet as read from a file, its rows from the second line on. */
const sheet = (rows: Record<string, string>[]): Sheet => ({
  file: '表格.csv',
  name: '表格',
  headers: [...new Set(rows.flatMap((r) => Object.keys(r)))],
  rows: rows.map((r, i) => ({ row: i + 2, cells: new Map(Object.entries(r)) })),
});

const home = (town: string, community: string, lng = '', lat = ''): Record<string, string> => ({
  街道乡镇: town,
  村社区: community,
  地址: `${community}村委会一楼`,
  儿童主任: '王丽',
  电话: '13995112345',
  开放时间: '周一至周五 16:30-19:00',
  经度: lng,
  纬度: lat,
  核实日期: '2026-11-20',
});

describe('an import for the district in site.yaml', () => {
  it('writes a template whose example row is from that district', async () => {
    const content = copy();
    const { district, towns } = await loadDistrict(content);
    const file = path.join(work!, 'template.xlsx');
    await writeTemplate('homes', file, { district, towns });
    const example = (await readSheet(file)).rows[0]!.cells;
    expect(example.get('街道乡镇')).toBe(towns[0]!.name);
    expect(example.get('地址')).toMatch(new RegExp(`^${district.name}${towns[0]!.name}`));
    expect(example.get('电话')).toMatch(new RegExp(`^${district.areaCode}-0`));
    const point = { lng: Number(example.get('经度')), lat: Number(example.get('纬度')) };
    expect(isInsideOutline(point, district.outline)).toBe(true);
    const lectures = path.join(work!, 'lectures.xlsx');
    await writeTemplate('lectures', lectures, { district, towns });
    expect((await readSheet(lectures)).rows[0]!.cells.get('主讲单位')).toMatch(new RegExp(`^${district.name}`));
  });

  it('reports a coordinate outside the outline in the column that is off, with the district’s own ranges', async () => {
    const content = copy();
    const current = await loadContent(content);
    const { district, towns } = current;
    const box = outlineBox(district.outline);
    const lng = ((box.west + box.east) / 2).toFixed(4);
    const plan = planImport(
      'homes',
      sheet([
        home(towns[0]!.name, '北街社区', lng, String(box.north + 1)),
        home(towns[0]!.name, '南街社区', ((box.south + box.north) / 2).toFixed(4), lng),
      ]),
      current,
    );
    const problems = plan.problems.map(formatRowProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`第2行 纬度 — .*坐标不在${district.name}范围内：纬度 `));
    expect(problems[0]).toContain(`${box.south.toFixed(2)} 到 ${box.north.toFixed(2)}`);
    expect(problems[1]).toMatch(/第3行 经度 — .*经度和纬度好像写反了/);
  });

  it('gives a lecture at a school with a long name a readable id of at most 40 characters', async () => {
    const content = copy();
    const current = await loadContent(content);
    const town = current.towns[0]!;
    const plan = planImport(
      'lectures',
      sheet([
        {
          日期: '2027-01-09',
          开始: '09:30',
          结束: '11:00',
          题目: '孩子上网怎么管',
          主题: '网络保护',
          地点: `${town.name}中心小学`,
          街道乡镇: town.name,
          场地名称: `${town.name}中心小学多功能厅`,
          主讲人: '李丽',
          主讲单位: '人民法院',
          面向: '家长',
          状态: '待举办',
        },
      ]),
      current,
    );
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    const id = path.basename(plan.added[0]!.file, '.md');
    expect(id.length).toBeLessThanOrEqual(40);
    // The town is in the id once; the venue's name follows, cut after a whole word.
    const head = `2027-01-09-${town.id}-`;
    expect(id.startsWith(head)).toBe(true);
    expect(['zhongxin', 'zhongxinxiaoxue', 'zhongxinxiaoxueduogongnengting']).toContain(id.slice(head.length));
  });

  it('replaces the whole list after the towns were replaced, old homes, their lectures and unreadable files too', async () => {
    const content = copy();
    writeFileSync(
      path.join(content, 'towns.yaml'),
      '- id: chengguan\n  name: 城关镇\n  type: 镇\n  supervisor:\n    name: 王丽\n    phone: "13995112345"\n',
    );
    writeFileSync(path.join(content, 'homes/unreadable.yaml'), 'name: 只有名称\n');
    const rows = sheet([home('城关镇', '东关村')]);

    const kept = planImport('homes', rows, await loadContent(content));
    expect(kept.blockers).toEqual([
      'homes/unreadable.yaml — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好；或者，表格是完整名单时，加上 --remove-missing 用表格替换它，再导入',
    ]);

    const plan = planImport('homes', rows, await loadContent(content), { removeMissing: true });
    expect(plan.blockers).toEqual([]);
    const result = await applyImport(plan, content);
    expect(result.checkProblems).toEqual([]);
    expect(result.written).toBe(true);
    expect(readdirSync(path.join(content, 'homes'))).toEqual(['chengguan-dongguan.yaml']);
    expect(readdirSync(path.join(content, 'lectures'))).toEqual([]);
    expect(formatImportReport(plan, '表格.csv', result)).toMatch(
      /同时删除 1 场讲座（所在的街道、乡镇已经不在 towns\.yaml 里）/,
    );
  });
});
