/**
 * The rows of a spreadsheet as text: the first worksheet of an .xlsx file, or a .csv file in any of the
 * encodings Excel saves. Row 1 is the header; every later row that is not empty becomes a map from
 * column name to the cell's text, with the row number Excel shows, so problems can name it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeText } from './decode-text.ts';

export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface Sheet {
  file: string;
  name: string;
  headers: string[];
  rows: SheetRow[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the office typed it. Excel stores dates and times as numbers that ExcelJS hands over as
 * Dates at UTC: a time alone sits on 1899-12-30, a date alone at midnight.
 */
function cellText(value: ExcelJS.CellValue, formula?: string): string {
  // Stryker disable next-line ConditionalExpression: ExcelJS hands an empty cell over as null, never undefined
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1901) return time;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    // A formula whose result the file does not keep (a program that does not calculate saved it): the
    // formula as typed (ExcelJS spells out a shared one), so a problem shows the office what the cell holds.
    if (formula) return `=${formula}`;
  }
  return String(value);
}

const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();

function toSheet(file: string, name: string, table: string[][], firstRow = 1): Sheet {
  const [header = [], ...body] = table;
  const headers = header.map(clean);
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => clean(c) === '')) return;
    rows.push({ row: firstRow + 1 + index, cells: new Map(headers.map((h, i) => [h, clean(cells[i] ?? '')])) });
  });
  return { file: path.basename(file), name, headers: headers.filter((h) => h !== ''), rows };
}

async function readXlsx(file: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { file: path.basename(file), name: '', headers: [], rows: [] };
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    // Every row as wide as the widest (columnCount), so a header cell is never missing.
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      cells.push(cellText(cell.value, cell.formula));
    }
    table.push(cells);
  }
  return toSheet(file, sheet.name, table);
}

async function readCsv(file: string): Promise<Sheet> {
  const { text } = decodeText(await readFile(file));
  // Excel on Chinese Windows may separate with ";" or a tab when the locale says so; "," is the default.
  const lines = text.split('\n', 1);
  // Stryker disable next-line StringLiteral: split always gives at least one string, so the default never applies
  const firstLine = lines[0] ?? '';
  const delimiter = [',', '\t', ';'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  return toSheet(file, path.basename(file, path.extname(file)), table);
}

export class SheetError extends Error {}

export async function readSheet(file: string): Promise<Sheet> {
  const ext = path.extname(file).toLowerCase();
  // Asked first: ExcelJS reports a missing file in English and without an error code.
  if ((ext === '.xlsx' || ext === '.csv') && !existsSync(file))
    throw new SheetError(`${file} — 找不到这个文件，应当写表格文件的路径`);
  try {
    if (ext === '.xlsx') return await readXlsx(file);
    if (ext === '.csv') return await readCsv(file);
  } catch (error) {
    throw new SheetError(
      `${file} — 读不出这个表格（${(error as Error).message}），应当用 Excel 另存为 .xlsx 或 .csv 后再导入`,
    );
  }
  throw new SheetError(
    `${file} — 只能导入 .xlsx 或 .csv 文件，应当在 Excel 里“另存为”这两种格式之一（.xls 旧格式请另存为 .xlsx）`,
  );
}
