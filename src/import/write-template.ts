/**
 * `npm run import -- template homes|lectures OUT.xlsx`: the sheet an office fills in. The header row has
 * the Chinese column names, each with its note (required or not, the schema's description of the
 * field, how to write it here); one example row shows the form, in the district's own terms (its first
 * town, its area code, a point inside its outline). Imported unchanged, the example row is refused, so
 * it cannot be published as real.
 */
import { writeFile } from 'node:fs/promises';
import { COLUMNS, columnNote, examplePlace, exampleRow } from '../roster/columns.ts';
import { rosterKind, type RosterKindName } from '../roster/content-kinds.ts';
import { writeWorkbook } from '../roster/write-workbook.ts';
import type { CurrentContent } from './load-content.ts';

export async function writeTemplate(
  kind: RosterKindName,
  out: string,
  { district, towns }: Pick<CurrentContent, 'district' | 'towns'>,
): Promise<void> {
  const { schema, label } = rosterKind(kind);
  const columns = COLUMNS[kind];
  const bytes = await writeWorkbook(
    label,
    columns.map((c) => ({ header: c.header, note: columnNote(c, schema, district.areaCode) })),
    [exampleRow(columns, examplePlace(district, towns))],
  );
  await writeFile(out, new Uint8Array(bytes));
}
