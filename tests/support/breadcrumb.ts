/** The breadcrumb a page shows (PageHeader): each link's text and the absolute address it leads to, root first. */
import type { Page } from '@playwright/test';

export function breadcrumbLinks(page: Page): Promise<[string, string][]> {
  return page
    .locator('.breadcrumb a')
    .evaluateAll((links) => links.map((a): [string, string] => [a.textContent ?? '', (a as HTMLAnchorElement).href]));
}
