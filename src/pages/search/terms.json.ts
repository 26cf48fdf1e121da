/** /search/terms.json: what the search page answers directly (see src/lib/search-terms.ts). */
import { getDirectory } from '../../content/directory.ts';
import { getPages, pageSlug } from '../../content/pages.ts';
import { getSite } from '../../content/site.ts';
import { t } from '../../lib/i18n.ts';
import { kindLabel } from '../../lib/search-kinds.ts';
import { shortTownName, titleName, type SearchTerms, type TermsAnswer } from '../../lib/search-terms.ts';

export async function GET() {
  const { towns, homesByTown } = await getDirectory();
  const pages = await getPages();
  const site = await getSite();
  const answers: TermsAnswer[] = pages.map((page) => ({
    name: titleName(page.data.title) ?? '',
    url: `/${page.data.section}/${pageSlug(page)}/`,
    title: page.data.title,
    summary: page.data.summary,
    kind: kindLabel(page.data.section),
  }));
  // A name several pages share (the steps of the policy check) names none of them.
  const named = answers.filter((a) => a.name && answers.filter((b) => b.name === a.name).length === 1);
  const hotlinePage = pages.find((p) => p.data.section === 'help' && p.data.keywords.some((k) => k.includes('热线')));
  const terms: SearchTerms = {
    towns: towns.map((town) => ({
      name: town.name,
      short: shortTownName(town.name),
      url: `/towns/${town.id}/`,
      title: t('town.title', { town: town.name }),
      summary: t('town.description', { town: town.name }),
      villages: [...new Set((homesByTown.get(town.id) ?? []).map((h) => h.community))],
    })),
    answers: named,
    hotline: hotlinePage ? answers[pages.indexOf(hotlinePage)]! : null,
    hotlines: site.hotlines.map((h) => h.number),
  };
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
