/** The site's sections in navigation order: the header, the 404 page and the search page list them. */
import type { UiKey } from './i18n.ts';

export interface NavItem {
  key: UiKey;
  summary: UiKey;
  path: string;
}

export const NAV: NavItem[] = [
  { key: 'nav.law', summary: 'section.law.summary', path: '/law/' },
  { key: 'nav.guide', summary: 'section.guide.summary', path: '/guide/' },
  { key: 'nav.policy', summary: 'section.policy.summary', path: '/policy/' },
  { key: 'nav.homes', summary: 'section.homes.summary', path: '/homes/' },
  { key: 'nav.lectures', summary: 'section.lectures.summary', path: '/lectures/' },
  { key: 'nav.news', summary: 'section.news.summary', path: '/news/' },
  { key: 'nav.help', summary: 'section.help.summary', path: '/help/' },
];

/** Sections that are linked from the footer and section lists but not from the main bar. */
export const MORE: NavItem[] = [
  { key: 'nav.handouts', summary: 'section.handouts.summary', path: '/handouts/' },
  { key: 'nav.about', summary: 'section.about.summary', path: '/about/' },
];
