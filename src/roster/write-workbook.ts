/**
 * An .xlsx file of roster rows: a bold header row with each column's note, the rows as text (so a
 * phone number or a date is never turned into a number or a serial date by Excel), frozen header.
 * The bytes depend only on the rows: ExcelJS stamps the workbook and every file inside the zip with
 * the current time, so both are set to a fixed moment and the zip is written again, and the same
 * content always builds the same download.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookColumn {
  header: string;
  note?: string;
}

/** Any fixed moment will do; this one is the site's first content. */
const FIXED = new Date(Date.UTC(2024, 10, 15));

export async function writeWorkbook(
  sheetName: string,
  columns: readonly WorkbookColumn[],
  rows: readonly Record<string, string>[],
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '';
  workbook.created = FIXED;
  workbook.modified = FIXED;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: Math.max(10, c.header.length * 2 + 4),
    style: { numFmt: '@' },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, i) => {
    if (column.note) header.getCell(i + 1).note = column.note;
  });
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.header] ?? ''));
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  // Stryker disable next-line MethodExpression: ExcelJS adds its parts in the same order every run; sorting only makes that sure
  const names = Object.keys(zip.files).sort();
  const fixed = new JSZip();
  for (const name of names) {
    const entry = zip.files[name]!;
    // Stryker disable next-line ConditionalExpression: a folder entry, kept or not, is read the same by every spreadsheet program
    if (!entry.dir) fixed.file(name, await entry.async('uint8array'), { date: FIXED, createFolders: false });
  }
  return fixed.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
