/**
 * A problem in one cell of an imported sheet, reported the way the content check reports a field:
 * where (file, sheet, row, column), what was found, and what to write instead.
 */
export interface RowProblem {
  /** The spreadsheet's file name. */
  file: string;
  sheet: string;
  /** The row number the office sees in Excel (the header is row 1). */
  row: number;
  column: string;
  /** What the cell holds, as read. */
  value: string;
  message: string;
}

export function formatRowProblem(p: RowProblem): string {
  const found = p.value.trim() === '' ? '这一格是空的' : `这一格写的是“${p.value}”`;
  return `${p.file} 工作表“${p.sheet}” 第${p.row}行 ${p.column} — ${found}：${p.message}`;
}
