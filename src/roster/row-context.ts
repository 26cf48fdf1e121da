/**
 * What turning a row into a content entry needs: the sheet (for problem locations), the district's
 * towns, and a way to report a cell. Shared by the home and the lecture rows.
 */
import type { z } from 'astro/zod';
import { describeIssues } from '../check/describe-issue.ts';
import { suggest } from '../check/suggest.ts';
import { withAreaCode } from '../schemas/fields.ts';
import type { Town } from '../schemas/town.ts';
import { columnFor, type Column } from './columns.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';
import type { RowProblem } from './row-problem.ts';

export class RowReader {
  readonly problems: RowProblem[] = [];
  readonly sheet: Sheet;
  readonly row: SheetRow;
  readonly columns: readonly Column[];
  /** The district's area code: the schemas' phone examples are shown with it. */
  private readonly areaCode: string;
  constructor(sheet: Sheet, row: SheetRow, columns: readonly Column[], areaCode: string) {
    this.sheet = sheet;
    this.row = row;
    this.columns = columns;
    this.areaCode = areaCode;
  }

  /** Fields filled from another column: not reported again when that column is already reported. */
  private readonly derived = new Map<string, Column>();

  derive(field: string, from: Column): void {
    this.derived.set(field, from);
  }

  cell(column: Column): string {
    return this.row.cells.get(column.header) ?? '';
  }

  report(column: Column, message: string): void {
    this.problems.push({
      file: this.sheet.file,
      sheet: this.sheet.name,
      row: this.row.row,
      column: column.header,
      value: this.cell(column),
      message: withAreaCode(message, this.areaCode),
    });
  }

  /** Whether a column's cell already has a problem. */
  private reported(column: Column): boolean {
    return this.problems.some((p) => p.column === column.header);
  }

  /** A required cell's text, or a problem saying what belongs there. */
  required(column: Column, what: string): string | undefined {
    const text = this.cell(column);
    if (text === '') {
      this.report(column, `不能空着，应当写${what}`);
      return undefined;
    }
    return text;
  }

  /** The schema's own verdict on the finished entry, each problem put in the column it came from. */
  validate<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> | null {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of describeIssues(schema, data, result.error.issues)) {
      const from = this.derived.get(String(issue.path[0]));
      if (from && this.reported(from)) continue;
      const column = columnFor(this.columns, issue.path);
      // A cell already reported (unreadable, so left out of the entry) is not reported again as missing.
      if (column && this.reported(column)) continue;
      this.report(column ?? this.columns[0]!, issue.message);
    }
    return null;
  }
}

/** A town by its name, its id, or its name without "街道" ("城南"). */
export function findTown(towns: readonly Town[], text: string): Town | undefined {
  const key = text.trim();
  return towns.find(
    // The name, with or without 街道 on either side: 城南 is 城南街道, and so is 城南街道 itself.
    (t) => t.id === key.toLowerCase() || t.name.replace(/街道$/, '') === key.replace(/街道$/, ''),
  );
}

export function unknownTownMessage(towns: readonly Town[], text: string): string {
  const hint = suggest(
    text,
    towns.map((t) => t.name),
  );
  return `没有这个街道、乡镇${hint ? `，您是不是想写“${hint}”？` : ''}；应当写 towns.yaml 里的名称之一：${towns.map((t) => t.name).join('、')}`;
}
