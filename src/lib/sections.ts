/** The MDX sections' labels, shared by their index pages and breadcrumbs. */
import type { Section } from '../schemas/page.ts';
import type { UiKey } from './i18n.ts';

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
