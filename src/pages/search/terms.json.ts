/** /search/terms.json: the search page's small table (see src/search/terms.ts). */
import { getDirectory } from '../../content/directory.ts';
import { getHandouts, getPages, pageSlug } from '../../content/pages.ts';
import { getSite } from '../../content/site.ts';
import { t } from '../../lib/i18n.ts';
import { kindLabel } from '../../search/kinds.ts';
import { shortTownName, type SearchTerms } from '../../search/terms.ts';

export async function GET() {
  const { towns, homesByTown } = await getDirectory();
  const pages = await getPages();
  const site = await getSite();
  const hotlinePage = pages.find((p) => p.data.section === 'help' && p.data.keywords.some((k) => k.includes('热线')));
  const terms: SearchTerms = {
    pages: [
      ...pages.map((page) => ({
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
      name: town.name,
      short: shortTownName(town.name),
      url: `/towns/${town.id}/`,
      title: t('town.title', { town: town.name }),
      summary: t('town.description', { town: town.name }),
      villages: [...new Set((homesByTown.get(town.id) ?? []).map((h) => h.community))],
    })),
    hotline: hotlinePage ? `/help/${pageSlug(hotlinePage)}/` : null,
    hotlines: site.hotlines.map((h) => h.number),
  };
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
