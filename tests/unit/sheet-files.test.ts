/**
 * Spreadsheet files as Excel writes them, read to rows of text (every kind of cell ExcelJS hands over,
 * CSV in the separators a Chinese locale uses, blank rows and columns, files that cannot be read), and
 * the .xlsx the site writes for offices to fill in: text cells, a bold frozen header with its notes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSheet, SheetError } from '../../src/roster/read-sheet.ts';
import { formatRowProblem } from '../../src/roster/row-problem.ts';
import { writeWorkbook } from '../../src/roster/write-workbook.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sheets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = async (file: string) =>
  (await readSheet(file)).rows.map((r) => ({ row: r.row, cells: Object.fromEntries(r.cells) }));

describe('reading an .xlsx file', () => {
  it('reads every kind of cell as the text the office sees', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('儿童之家');
    sheet.addRow(['日期', '时间', '开始', '名称', '链接', '人数', '错误', '备注', '']);
    sheet.addRow([
      new Date(Date.UTC(2026, 11, 5)),
      new Date(Date.UTC(1899, 11, 30, 9, 30)),
      new Date(Date.UTC(2026, 0, 9, 14, 5)),
      { richText: [{ text: '桑田' }, { text: '村' }] },
      { text: '澄岭区民政局', hyperlink: 'https://example.invalid/' },
      { formula: '1+2', result: 3 },
      { error: '#N/A' },
      '第一行\r\n第二行\r第三行 ',
      null,
    ]);
    sheet.addRow([]);
    sheet.addRow(['', ' ', '', '', '', '', '', '', '']);
    sheet.addRow(['2026-12-06']);
    const file = path.join(dir, 'homes.xlsx');
    await workbook.xlsx.writeFile(file);

    const read = await readSheet(file);
    expect(read).toMatchObject({ file: 'homes.xlsx', name: '儿童之家' });
    expect(read.headers).toEqual(['日期', '时间', '开始', '名称', '链接', '人数', '错误', '备注']);
    expect(await rowsOf(file)).toEqual([
      {
        row: 2,
        cells: {
          日期: '2026-12-05',
          时间: '09:30',
          开始: '2026-01-09 14:05',
          名称: '桑田村',
          链接: '澄岭区民政局',
          人数: '3',
          错误: '#N/A',
          备注: '第一行\n第二行\n第三行',
          '': '',
        },
      },
      {
        row: 5,
        cells: { 日期: '2026-12-06', 时间: '', 开始: '', 名称: '', 链接: '', 人数: '', 错误: '', 备注: '', '': '' },
      },
    ]);
  });

  it('reads a formula whose result the file does not keep as the formula, and an old date as a date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('讲座');
    sheet.addRow(['参加人数', '日期']);
    sheet.addRow([{ formula: 'C2+D2', shareType: 'shared', ref: 'A2:A3' }, new Date(Date.UTC(1901, 0, 1))]);
    sheet.addRow([{ sharedFormula: 'A2' }, '']);
    const file = path.join(dir, 'formula.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await rowsOf(file)).toEqual([
      { row: 2, cells: { 参加人数: '=C2+D2', 日期: '1901-01-01' } },
      { row: 3, cells: { 参加人数: '=C3+D3', 日期: '' } },
    ]);
  });

  it('reads a workbook without a worksheet as no rows', async () => {
    const file = path.join(dir, 'empty.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.writeFile(file);
    expect(await readSheet(file)).toEqual({ file: 'empty.xlsx', name: '', headers: [], rows: [] });
  });
});

describe('reading a .csv file', () => {
  it('takes the separator the header row uses: comma, tab or semicolon', async () => {
    for (const [name, separator] of [
      ['comma.csv', ','],
      ['tab.csv', '\t'],
      ['semicolon.csv', ';'],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        [['村社区', '电话', '设施'].join(separator), ['桑田村', '0386-0990201', '阅览角,活动室'].join(separator)].join(
          '\r\n',
        ),
      );
      const cells = (await rowsOf(file))[0]?.cells;
      expect(cells?.['村社区'], name).toBe('桑田村');
      expect(cells?.['电话'], name).toBe('0386-0990201');
    }
  });
});

describe('a .csv file’s cells', () => {
  it('keeps line breaks inside a cell as \\n, whichever Excel wrote, and reads a short row’s missing cells as empty', async () => {
    const file = path.join(dir, 'cells.csv');
    writeFileSync(file, '村社区,无障碍,设施\r\n桑田村,"一楼\r\n有坡道\r电梯"\r\n');
    expect(await rowsOf(file)).toEqual([
      { row: 2, cells: { 村社区: '桑田村', 无障碍: '一楼\n有坡道\n电梯', 设施: '' } },
    ]);
  });

  it('reads an empty file as no columns and no rows', async () => {
    const file = path.join(dir, 'empty.csv');
    writeFileSync(file, '');
    expect(await readSheet(file)).toEqual({ file: 'empty.csv', name: 'empty', headers: [], rows: [] });
  });
});

describe('files that cannot be read', () => {
  it('says which file, and what to do', async () => {
    for (const name of ['missing.xlsx', 'missing.csv']) {
      const missing = path.join(dir, name);
      await expect(readSheet(missing)).rejects.toThrow(
        new SheetError(`${missing} — 找不到这个文件，应当写表格文件的路径`),
      );
    }
    // An .xls file is told to be saved as .xlsx, whether or not the path is right: that is needed either way.
    for (const name of ['old.xls', 'missing.xls']) {
      const old = path.join(dir, name);
      if (name === 'old.xls') writeFileSync(old, 'x');
      await expect(readSheet(old)).rejects.toThrow(
        `${old} — 只能导入 .xlsx 或 .csv 文件，应当在 Excel 里“另存为”这两种格式之一（.xls 旧格式请另存为 .xlsx）`,
      );
    }
    const broken = path.join(dir, 'broken.XLSX');
    writeFileSync(broken, 'not a zip');
    await expect(readSheet(broken)).rejects.toThrow(
      /^.*broken\.XLSX — 读不出这个表格（.+），应当用 Excel 另存为 \.xlsx 或 \.csv 后再导入$/,
    );
  });

  it('names a cell’s problem with what the cell holds, or that it is empty', () => {
    const at = { file: 'homes.csv', sheet: 'homes', row: 3, column: '电话', message: '应当写成“0386-1234567”' };
    expect(formatRowProblem({ ...at, value: '123-45' })).toBe(
      'homes.csv 工作表“homes” 第3行 电话 — 这一格写的是“123-45”：应当写成“0386-1234567”',
    );
    expect(formatRowProblem({ ...at, value: '  ' })).toBe(
      'homes.csv 工作表“homes” 第3行 电话 — 这一格是空的：应当写成“0386-1234567”',
    );
  });
});

describe('the .xlsx the site writes', () => {
  it('has a bold, frozen header with each column’s note, sized to its name, and cells kept as text', async () => {
    const bytes = await writeWorkbook(
      '儿童之家',
      [{ header: '电话', note: '写成“0386-1234567”' }, { header: '儿童之家名称' }],
      [{ 电话: '0386-0990201', 儿童之家名称: '桑田村儿童之家' }],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('儿童之家');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('A1').note).toBe('写成“0386-1234567”');
    expect(sheet.getCell('B1').note).toBeUndefined();
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([10, 16]);
    expect(sheet.getCell('A2').value).toBe('0386-0990201');
    expect(sheet.getCell('A2').numFmt).toBe('@');
    // No author: ExcelJS reads an empty creator back as "Unknown".
    expect(['', 'Unknown']).toContain(workbook.creator);
  });

  it('leaves a cell empty when the row has nothing for its column', async () => {
    const bytes = await writeWorkbook('儿童之家', [{ header: '村社区' }, { header: '无障碍' }], [{ 村社区: '桑田村' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual([undefined, '桑田村', '']);
  });

  it('writes the same bytes for the same rows, whatever the clock says', async () => {
    const write = () => writeWorkbook('儿童之家', [{ header: '村社区', note: '必填' }], [{ 村社区: '桑田村' }]);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-03-01T10:00:00Z'));
      const first = Buffer.from(await write());
      vi.setSystemTime(new Date('2031-08-17T23:59:58Z'));
      expect(Buffer.from(await write()).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
