/**
 * What the pages, as Astro renders them, hand to the post-build pipeline (post-build.ts) in memory: the
 * printouts to make (each page that is printed says so as it renders), the site's name and tagline for
 * the site card (the home page), and the search page's table (/search/terms.json, for the postings).
 * Nothing goes through dist/ to be read back.
 *
 * Why a slot on globalThis: `astro build` renders the pages in its own process, but from its bundle of
 * the site's code, a second copy of every module beside the one the integrations load; a variable of
 * this module would be two variables. One object under a registered symbol is the same for both copies.
 * The pipeline takes it once the pages are written, and the slot starts empty for the next build.
 */
import type { PdfTarget } from '../lib/print.ts';
import type { SearchTerms } from '../search/terms.ts';

/** The site's name and tagline as the home page states them: what the site card shows. */
export interface SiteCardText {
  name: string;
  tagline: string;
}

export interface Handoff {
  /** Every printout, by PDF path (a page rendered twice is listed once). */
  printouts: Map<string, PdfTarget>;
  siteCard: SiteCardText | null;
  searchTerms: SearchTerms | null;
}

const SLOT = Symbol.for('post-build.handoff');
type Slotted = typeof globalThis & { [SLOT]?: Handoff };

function current(): Handoff {
  return ((globalThis as Slotted)[SLOT] ??= { printouts: new Map(), siteCard: null, searchTerms: null });
}

/** Called by a page that is printed: the pipeline prints it as `target` says. */
export function printThisPage(target: PdfTarget): void {
  current().printouts.set(target.pdf, target);
}

/** Called by the home page with the name and tagline it states. */
export function handOverSiteCard(text: SiteCardText): void {
  current().siteCard = text;
}

/** Called by /search/terms.json with the table it publishes. */
export function handOverSearchTerms(terms: SearchTerms): void {
  current().searchTerms = terms;
}

/** What the pages of this build handed over; empties the slot for the next build in this process. */
export function takeHandoff(): Handoff {
  const taken = current();
  delete (globalThis as Slotted)[SLOT];
  return taken;
}

/** The printouts handed over, in a stable order (by PDF path). */
export const sortedPrintouts = (handoff: Handoff): PdfTarget[] =>
  [...handoff.printouts.values()].sort((a, b) => a.pdf.localeCompare(b.pdf));
