/** /search/terms.json: the search page's small table (see src/search/terms.ts). */
import { getDirectory } from '../../content/directory.ts';
import { getHandouts, getPages, pageSlug } from '../../content/pages.ts';
import { getSite } from '../../content/site.ts';
import { kindLabel } from '../../search/kinds.ts';
import { searchTerms } from '../../search/terms.ts';
import { handOverSearchTerms } from '../../integrations/handoff.ts';

export async function GET() {
  const { towns, homesByTown } = await getDirectory();
  const site = await getSite();
  const terms = searchTerms({
    pages: [
      ...(await getPages()).map((page) => ({
        url: `/${page.data.section}/${pageSlug(page)}/`,
        title: page.data.title,
        summary: page.data.summary,
        keywords: page.data.keywords,
        kind: kindLabel(page.data.section),
      })),
      ...(await getHandouts()).map((handout) => ({
        url: `/handouts/${handout.id}/`,
        title: handout.data.title,
        summary: handout.data.summary,
        keywords: handout.data.keywords,
        kind: kindLabel('handouts'),
      })),
    ],
    towns: towns.map((town) => ({
      id: town.id,
      name: town.name,
      villages: (homesByTown.get(town.id) ?? []).map((h) => h.community),
    })),
    hotlines: site.hotlines.map((h) => h.number),
  });
  // The post-build pipeline writes the search page's postings from the same table (search-shards.ts).
  handOverSearchTerms(terms);
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
