/**
 * The site's sections of editor-written pages, in navigation order, with their labels and summaries:
 * the page schema, the section index pages, breadcrumbs, the search page and the benchmark read them
 * here. The URL of a page is /<section>/<file name>/ (see pageUrl in urls.ts).
 */
import type { UiKey } from './i18n.ts';

export const SECTIONS = ['law', 'guide', 'policy', 'help', 'about'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABEL: Record<Section, UiKey> = {
  law: 'nav.law',
  guide: 'nav.guide',
  policy: 'nav.policy',
  help: 'nav.help',
  about: 'nav.about',
};

export const SECTION_SUMMARY: Record<Section, UiKey> = {
  law: 'section.law.summary',
  guide: 'section.guide.summary',
  policy: 'section.policy.summary',
  help: 'section.help.summary',
  about: 'section.about.summary',
};
