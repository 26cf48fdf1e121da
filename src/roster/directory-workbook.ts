/**
 * The directory as the spreadsheet an office keeps: the homes in the import's columns, one row each,
 * for the download on /homes/ and on every town page. Importing the file gives the same homes back.
 */
import type { Home } from '../schemas/home.ts';
import type { Town } from '../schemas/town.ts';
import { HOME_COLUMNS } from './columns.ts';
import { rosterKind } from './content-kinds.ts';
import { homeToRow } from './home-rows.ts';
import { writeWorkbook } from './write-workbook.ts';

export function directoryWorkbook(homes: readonly Home[], towns: readonly Town[]): Promise<ArrayBuffer> {
  return writeWorkbook(
    rosterKind('homes').label,
    HOME_COLUMNS.map((c) => ({ header: c.header })),
    homes.map((home) => homeToRow(home, towns)),
  );
}
