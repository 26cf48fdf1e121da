/** /towns/<id>/homes.xlsx: one town's homes, in the same columns as the whole directory's sheet. */
import type { GetStaticPaths } from 'astro';
import { getDirectory } from '../../../content/directory.ts';
import { directoryWorkbook } from '../../../roster/directory-workbook.ts';
import { XLSX_TYPE } from '../../../roster/write-workbook.ts';

export const getStaticPaths = (async () => {
  const { towns } = await getDirectory();
  return towns.map((town) => ({ params: { id: town.id } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { id: string } }) {
  const { homesByTown, towns } = await getDirectory();
  return new Response(await directoryWorkbook(homesByTown.get(params.id) ?? [], towns), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
}
