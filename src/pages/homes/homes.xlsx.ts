/**
 * /homes/homes.xlsx: the whole directory as the spreadsheet an office keeps, in the columns of
 * `npm run import -- homes`, so it can be corrected and imported again.
 */
import { getDirectory } from '../../content/directory.ts';
import { directoryWorkbook } from '../../roster/directory-workbook.ts';
import { XLSX_TYPE } from '../../roster/write-workbook.ts';

export async function GET() {
  const { homes, towns } = await getDirectory();
  return new Response(await directoryWorkbook(homes, towns), { headers: { 'Content-Type': XLSX_TYPE } });
}
