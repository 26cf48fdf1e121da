/**
 * npm run import on a fixture site of its own (tests/fixtures/roster/content: three towns, two homes,
 * one lecture): sheets as offices save them (GBK and UTF-8 CSV, .xlsx filled from the template), stable
 * ids, all-or-nothing on bad rows, the summary, and export → import without loss.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { applyImport } from '../../src/import/apply-import.ts';
import type { RosterKindName } from '../../src/roster/content-kinds.ts';
import { decodeText } from '../../src/roster/decode-text.ts';
import { directoryWorkbook } from '../../src/roster/directory-workbook.ts';
import { formatImportReport } from '../../src/import/import-report.ts';
import { loadContent, loadDistrict } from '../../src/import/load-content.ts';
import { planImport } from '../../src/import/plan-import.ts';
import { readSheet } from '../../src/roster/read-sheet.ts';
import { formatRowProblem } from '../../src/roster/row-problem.ts';
import { writeTemplate } from '../../src/import/write-template.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

const FIXTURE = path.resolve('tests/fixtures/roster');
const sheetPath = (name: string) => path.join(FIXTURE, 'sheets', name);
let work: string | undefined;

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
  work = dir;
  cpSync(path.join(FIXTURE, 'content'), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

/** The scratch folder of the running test. */
const scratch = () => work!;

afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function runImport(kind: RosterKindName, file: string, content: string, removeMissing = false) {
  const sheet = await readSheet(file);
  const plan = planImport(kind, sheet, await loadContent(content), { removeMissing });
  const result = await applyImport(plan, content);
  return { plan, result, report: formatImportReport(plan, path.basename(file), result) };
}

/** Every file under a folder with a hash of its bytes: to show that nothing was written, moved or removed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

/** A copy of a fixture sheet, in the scratch folder, without the rows that hold `text`. */
function sheetWithout(name: string, text: string): string {
  const copy = path.join(scratch(), `${name.replace(/\.csv$/, '')}-without.csv`);
  const rows = readFileSync(sheetPath(name), 'utf8').split('\n');
  writeFileSync(copy, rows.filter((row) => !row.includes(text)).join('\n'));
  return copy;
}

const yamlOf = (file: string) => parseYaml(readFileSync(file, 'utf8')).value as Record<string, unknown>;

/** Writes the rows of one sheet into a fresh template of a content folder, as an office fills it in Excel. */
async function fillTemplate(kind: RosterKindName, rowsFrom: string, out: string, content: string) {
  await writeTemplate(kind, out, await loadDistrict(content));
  const source = await readSheet(rowsFrom);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  sheet.spliceRows(2, 1); // the example row
  for (const row of source.rows) sheet.addRow(headers.map((h) => row.cells.get(h) ?? ''));
  await workbook.xlsx.writeFile(out);
}

describe('reading sheets as Excel saves them', () => {
  it('detects GB18030/GBK and UTF-8 with and without a byte-order mark', () => {
    const text = '街道乡镇,村社区\r\n鹤鸣镇,石桥村\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    const gbk = readFileSync(sheetPath('homes-gbk.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeText(gbk).encoding).toBe('gb18030');
  });

  it('reads the same rows from the GBK and the UTF-8 copy of a sheet', async () => {
    const [gbk, utf8] = await Promise.all([
      readSheet(sheetPath('homes-gbk.csv')),
      readSheet(sheetPath('homes-utf8.csv')),
    ]);
    expect(gbk.rows.map((r) => [...r.cells])).toEqual(utf8.rows.map((r) => [...r.cells]));
    expect(gbk.rows[1]!.cells.get('开放时间')).toBe('周一至周五 １６：００－１８：００；周六 9:00-12:00；节假日休息');
  });
});

describe('importing homes', () => {
  it('adds, changes and keeps homes from a GBK CSV, keeping ids and files, and the result passes the content check', async () => {
    const content = site();
    const { plan, result, report } = await runImport('homes', sheetPath('homes-gbk.csv'), content);
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect(result.written).toBe(true);
    expect(plan.added.map((e) => e.file).sort()).toEqual([
      'homes/heming-songlin.yaml',
      'homes/heming-weitang.yaml',
      'homes/luting-tinglanjiayuan.yaml',
      'homes/qingfeng-dongquan.yaml',
      'homes/qingfeng-qingfeng.yaml',
    ]);
    // The existing home keeps its id and file; its changes are listed field by field.
    expect(plan.changed.map((e) => e.file)).toEqual(['homes/heming-shiqiao.yaml']);
    expect(plan.changed[0]!.changes).toEqual([
      { column: '电话', before: '0386-0200001', after: '0386-0200011' },
      { column: '核实日期', before: '2026-10-01', after: '2026-11-20' },
    ]);
    expect(plan.unchanged.map((e) => e.file)).toEqual(['homes/luting-yugou.yaml']);
    expect(report).toContain('新增 5 个');
    expect(report).toContain('电话：“0386-0200001” → “0386-0200011”');
    expect(report).toContain('未变 1 个');
    expect(report).toContain('内容检查通过');

    const weitang = yamlOf(path.join(content, 'homes/heming-weitang.yaml'));
    expect(weitang).toMatchObject({
      id: 'heming-weitang',
      name: '苇塘村儿童之家',
      town: 'heming',
      communityType: '村',
      holidayNote: '节假日休息',
      verified: '2026-11-20',
      facilities: ['阅览角', '活动室'],
    });
    expect(weitang.hours).toEqual([
      { days: [1, 2, 3, 4, 5], open: '16:00', close: '18:00' },
      { days: [6], open: '09:00', close: '12:00' },
    ]);
    expect(weitang.location).toBeUndefined();
    expect(yamlOf(path.join(content, 'homes/qingfeng-qingfeng.yaml')).location).toEqual({ lng: 110.604, lat: 30.479 });
    expect(yamlOf(path.join(content, 'homes/qingfeng-dongquan.yaml'))).toMatchObject({
      name: '东泉社区儿童活动中心',
      communityType: '社区',
    });
    expect((await checkContent(scratch(), 'content')).problems).toEqual([]);

    // The same sheet again changes nothing.
    const again = await runImport('homes', sheetPath('homes-gbk.csv'), content);
    expect([again.plan.added.length, again.plan.changed.length, again.plan.unchanged.length]).toEqual([0, 0, 7]);
  });

  it('fills the template in .xlsx and imports it to the same homes as the CSV', async () => {
    const content = site();
    const xlsx = path.join(scratch(), 'homes.xlsx');
    await fillTemplate('homes', sheetPath('homes-gbk.csv'), xlsx, content);
    const { plan, result } = await runImport('homes', xlsx, content);
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect(result.written).toBe(true);
    expect(plan.added).toHaveLength(5);
    expect(plan.changed).toHaveLength(1);
  });

  it('writes a template whose header notes come from the schema, and refuses its example row', async () => {
    const content = site();
    const xlsx = path.join(scratch(), 'template.xlsx');
    const { district, towns } = await loadDistrict(content);
    await writeTemplate('homes', xlsx, { district, towns });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const header = workbook.worksheets[0]!.getRow(1);
    const note = (col: number) => {
      const n = header.getCell(col).note;
      return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
    };
    expect(header.getCell(1).value).toBe('街道乡镇');
    // 电话: the schema's description, with the district's own area code in its example.
    expect(note(6)).toContain(`儿童主任电话，写成“${district.areaCode}-1234567”`);
    expect(note(8)).toMatch(/^选填/); // 经度
    const before = snapshot(content);
    const { plan, result } = await runImport('homes', xlsx, content);
    expect(plan.problems.map(formatRowProblem)).toEqual([
      `template.xlsx 工作表“儿童之家” 第2行 街道乡镇 — 这一格写的是“${towns[0]!.name}”：这一行是模板里的示例，应当删除这一行，或改成真实的信息`,
    ]);
    expect(result.written).toBe(false);
    expect(snapshot(content)).toEqual(before);
  });

  it('names every problem of a bad sheet at once, with sheet, row, column and value, and writes nothing', async () => {
    const content = site();
    const before = snapshot(content);
    const { plan, result, report } = await runImport('homes', sheetPath('homes-bad.csv'), content);
    expect(result.written).toBe(false);
    expect(snapshot(content)).toEqual(before);
    const where = plan.problems.map((p) => `${p.row} ${p.column} ${p.value}`);
    expect(where).toEqual([
      '2 街道乡镇 鹤明镇',
      '3 村社区 ',
      '3 开放时间 看情况',
      '3 纬度 ',
      '3 核实日期 下周',
      '3 电话 123-45',
      '4 开放时间 周一至周五 19:00-16:30',
      '4 经度 30.42',
      '5 村社区 苇塘村',
    ]);
    expect(report).toContain(
      'homes-bad.csv 工作表“homes-bad” 第2行 街道乡镇 — 这一格写的是“鹤明镇”：没有这个街道、乡镇，您是不是想写“鹤鸣镇”？',
    );
    expect(report).toContain('第4行 经度 — 这一格写的是“30.42”：经度和纬度好像写反了');
    expect(report).toContain('第5行 村社区 — 这一格写的是“苇塘村”：与第4行是同一个儿童之家');
    expect(report).toContain('导入没有进行，没有写入任何文件');
  });

  it('writes none of the good rows of a sheet that has one bad row', async () => {
    const content = site();
    const before = snapshot(content);
    const { plan, result, report } = await runImport('homes', sheetPath('homes-mixed.csv'), content);
    expect(plan.problems.map((p) => `${p.row} ${p.column} ${p.value}`)).toEqual(['5 电话 0386-02005']);
    expect(result.written).toBe(false);
    expect(snapshot(content)).toEqual(before);
    expect(report).toContain('导入没有进行，没有写入任何文件');
  });

  it('lists homes missing from the sheet, removes them only when asked, and a lecture at a removed home blocks the import', async () => {
    const content = site();
    const csv = sheetWithout('homes-utf8.csv', '渔沟村');
    const kept = await runImport('homes', csv, content);
    expect(kept.result.written).toBe(true);
    expect(kept.plan.missing.map((e) => e.file)).toEqual(['homes/luting-yugou.yaml']);
    expect(kept.report).toContain('确实要删除时加 --remove-missing');
    expect(readdirSync(path.join(content, 'homes'))).toContain('luting-yugou.yaml');

    const before = snapshot(content);
    const blocked = await runImport('homes', csv, content, true);
    expect(blocked.result.written).toBe(false);
    expect(blocked.plan.blockers).toEqual([
      'lectures/2026-12-05-luting-yugou.md — 讲座“孩子放假了，监护责任不放假”（2026-12-05 09:30）在要删除的儿童之家“渔沟村儿童之家”举办；应当先把这场讲座的地点改掉或删除这场讲座，或者把这个儿童之家留在表格里，再导入',
    ]);
    expect(snapshot(content)).toEqual(before);

    rmSync(path.join(content, 'lectures/2026-12-05-luting-yugou.md'));
    const removed = await runImport('homes', csv, content, true);
    expect(removed.result.written).toBe(true);
    expect(readdirSync(path.join(content, 'homes'))).not.toContain('luting-yugou.yaml');
    expect(removed.report).toContain('删除 1 个');
  });
});

describe('importing lectures', () => {
  it('imports a GBK CSV: venues by community or address, stable ids, and the text of an existing lecture kept', async () => {
    const content = site();
    await runImport('homes', sheetPath('homes-gbk.csv'), content);
    const { plan, result } = await runImport('lectures', sheetPath('lectures-gbk.csv'), content);
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect(result.written).toBe(true);
    expect(plan.unchanged.map((e) => e.file)).toEqual(['lectures/2026-12-05-luting-yugou.md']);
    expect(plan.added.map((e) => e.file).sort()).toEqual([
      'lectures/2026-11-10-heming-weitang.md',
      'lectures/2026-11-25-heming-songlin.md',
      'lectures/2026-12-12-qingfeng-xiaoquhuodongshi.md',
      'lectures/2026-12-20-heming-shiqiao.md',
    ]);
    const held = readFileSync(path.join(content, 'lectures/2026-11-10-heming-weitang.md'), 'utf8');
    expect(held).toContain('venue:\n  home: heming-weitang');
    expect(held).toContain('attendance: 45');
    const elsewhere = readFileSync(path.join(content, 'lectures/2026-12-12-qingfeng-xiaoquhuodongshi.md'), 'utf8');
    expect(elsewhere).toContain(
      '  address: 澄岭区青枫街道某小区活动室（示例地址）\n  town: qingfeng\n  name: 小区活动室',
    );
    expect(readFileSync(path.join(content, 'lectures/2026-12-05-luting-yugou.md'), 'utf8')).toContain(
      '导入讲座表格时保留',
    );

    // A changed title rewrites the frontmatter and keeps the editor's text.
    const csv = path.join(scratch(), 'renamed.csv');
    writeFileSync(
      csv,
      decodeText(readFileSync(sheetPath('lectures-gbk.csv'))).text.replace(
        '孩子放假了，监护责任不放假',
        '寒假里的监护责任',
      ),
    );
    const renamed = await runImport('lectures', csv, content);
    expect(renamed.plan.changed.map((e) => [e.file, e.changes])).toEqual([
      [
        'lectures/2026-12-05-luting-yugou.md',
        [{ column: '题目', before: '孩子放假了，监护责任不放假', after: '寒假里的监护责任' }],
      ],
    ]);
    const text = readFileSync(path.join(content, 'lectures/2026-12-05-luting-yugou.md'), 'utf8');
    expect(text).toContain('title: 寒假里的监护责任');
    expect(text).toContain('导入讲座表格时保留');
  });

  it('fills the lectures template in .xlsx and imports it', async () => {
    const content = site();
    await runImport('homes', sheetPath('homes-gbk.csv'), content);
    const xlsx = path.join(scratch(), 'lectures.xlsx');
    await fillTemplate('lectures', sheetPath('lectures-gbk.csv'), xlsx, content);
    const { plan, result } = await runImport('lectures', xlsx, content);
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect(result.written).toBe(true);
    expect([plan.added.length, plan.unchanged.length]).toEqual([4, 1]);
  });

  it('names a place that is neither a home in the directory nor an address with its town', async () => {
    const content = site();
    const csv = path.join(scratch(), 'lectures.csv');
    writeFileSync(
      csv,
      '日期,开始,结束,题目,主题,地点,主讲人,主讲单位,面向,状态\n2026-12-06,9:30,11:00,家长课,监护职责,不存在村,李某,某单位,家长,待举办\n',
    );
    const { plan, result } = await runImport('lectures', csv, content);
    expect(result.written).toBe(false);
    expect(plan.problems.map(formatRowProblem)).toEqual([
      'lectures.csv 工作表“lectures” 第2行 地点 — 这一格写的是“不存在村”：不是名录里任何一个儿童之家的村社区；如果是地址，应当同时在“街道乡镇”一栏写它所在的街道、乡镇；如果是儿童之家，应当写它的村社区名称（与儿童之家名录一致）',
    ]);
  });
});

describe('export → import', () => {
  it('is lossless: the directory sheet imports back with nothing added, changed or missing', async () => {
    const content = site();
    await runImport('homes', sheetPath('homes-gbk.csv'), content);
    const { towns, homes } = await loadContent(content);
    const xlsx = path.join(scratch(), 'export.xlsx');
    writeFileSync(
      xlsx,
      new Uint8Array(
        await directoryWorkbook(
          homes.map((h) => h.data),
          towns,
        ),
      ),
    );
    const before = snapshot(content);
    const { plan, result } = await runImport('homes', xlsx, content);
    expect(plan.problems.map(formatRowProblem)).toEqual([]);
    expect([plan.added.length, plan.changed.length, plan.missing.length, plan.unchanged.length]).toEqual([
      0,
      0,
      0,
      homes.length,
    ]);
    expect(result.written).toBe(true);
    expect(snapshot(content)).toEqual(before);
  });

  it('writes the same bytes for the same homes, whenever it runs', async () => {
    site();
    const { towns, homes } = await loadContent(path.join(scratch(), 'content'));
    const first = Buffer.from(
      await directoryWorkbook(
        homes.map((h) => h.data),
        towns,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(
      Buffer.from(
        await directoryWorkbook(
          homes.map((h) => h.data),
          towns,
        ),
      ).equals(first),
    ).toBe(true);
  });
});

// Each test starts the script in a Node process of its own, which loads its modules afresh.
describe('node scripts/import.ts, as an office runs it', { timeout: 60_000 }, () => {
  /** `npm run import -- homes FILE` with the project's Node, on the scratch content folder. */
  const importCli = (file: string, content: string, ...more: string[]) => cli(content, 'homes', file, ...more);
  /** `npm run import -- ARGS` with the project's Node, on the given content folder. */
  const cli = (content: string, ...args: string[]) =>
    spawnSync(path.resolve('node_modules/.bin/node'), [path.resolve('scripts/import.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });

  it('exits non-zero on a sheet with good rows and one bad one, leaving every file as it was; without the bad row it imports', () => {
    const content = site();
    const before = snapshot(content);
    const mixed = importCli(sheetPath('homes-mixed.csv'), content);
    expect(mixed.status, mixed.stdout + mixed.stderr).not.toBe(0);
    expect(mixed.stderr).toContain('第5行 电话 — 这一格写的是“0386-02005”');
    expect(snapshot(content)).toEqual(before);

    const imported = importCli(sheetWithout('homes-mixed.csv', '0386-02005'), content);
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const after = snapshot(content);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual([
      'homes/heming-shiqiao.yaml',
      'homes/heming-songlin.yaml',
    ]);
  });

  it('removes the homes missing from the sheet only when asked with --remove-missing', () => {
    const content = site();
    const sheet = sheetWithout('homes-utf8.csv', '渔沟村');
    const kept = importCli(sheet, content);
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(Object.keys(snapshot(content))).toContain('homes/luting-yugou.yaml');
    // The one lecture held there would block the removal: gone first.
    rmSync(path.join(content, 'lectures/2026-12-05-luting-yugou.md'));
    const removed = importCli(sheet, content, '--remove-missing');
    expect(removed.status, removed.stdout + removed.stderr).toBe(0);
    expect(Object.keys(snapshot(content))).not.toContain('homes/luting-yugou.yaml');
  });

  it('refuses a misspelt option with its name and the usage, exit 2, writing nothing', () => {
    const content = site();
    const before = snapshot(content);
    const typo = importCli(sheetWithout('homes-utf8.csv', '渔沟村'), content, '--remove-mising');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('不认识的选项“--remove-mising”');
    expect(typo.stderr).toContain('npm run import -- homes 表格.xlsx --remove-missing');
    expect(snapshot(content)).toEqual(before);
  });

  it('shows the usage, exit 2, when the kind or the file is missing or unknown', () => {
    const content = site();
    for (const args of [[], ['homes'], ['towns', sheetPath('homes-utf8.csv')], ['template', 'homes']]) {
      const run = cli(content, ...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain('用法：');
    }
  });

  it('names a sheet that is not there, in Chinese and without a stack trace, exit 1', () => {
    const content = site();
    const missing = path.join(scratch(), '名单.xlsx');
    const run = importCli(missing, content);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${missing} — 找不到这个文件，应当写表格文件的路径`);
  });

  it('writes the blank template the office fills in', async () => {
    const content = site();
    const out = path.join(scratch(), '模板.xlsx');
    const run = cli(content, 'template', 'homes', out);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`已生成模板：${out}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const header = book.worksheets[0]!.getRow(1).values as unknown[];
    expect(header).toContain('儿童主任');
    expect(header).toContain('电话');
  });
});
