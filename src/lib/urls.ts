/**
 * The one place internal URLs are made. Every link, asset and feed address goes through here so the
 * site works both at "/" and under a portal sub-path (BASE_PATH), and canonical URLs use SITE_URL.
 */

/** Joins the base path and a site-absolute path ("/homes/" → "/zt/wcnrbh/homes/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** True for paths the site owns: root-relative and not protocol-relative. */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** An internal link: pass the path as it would be at the site root. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL for canonical links, QR codes, feeds and calendars. */
export function absoluteUrl(path: string): string {
  const site = (import.meta.env.SITE ?? 'http://localhost:4321').replace(/\/+$/, '');
  return site + href(path);
}

// Where each kind of entity lives, as a path at the site root (pass it to href() or absoluteUrl()).
// Every link, canonical URL, feed entry and PDF target is made here, so an address changes in one place.

export const homeUrl = (id: string): string => `/homes/${id}/`;
export const townUrl = (id: string): string => `/towns/${id}/`;
/** The directory as a spreadsheet in the import's columns: all homes, and one town's. */
export const directorySheetUrl = (): string => '/homes/homes.xlsx';
export const townDirectorySheetUrl = (town: string): string => `/towns/${town}/homes.xlsx`;
export const lectureUrl = (id: string): string => `/lectures/${id}/`;
/** A town's own lecture schedule. */
export const townLecturesUrl = (town: string): string => `/lectures/town/${town}/`;
/** A lecture's calendar file. */
export const lectureIcsUrl = (id: string): string => `/lectures/${id}.ics`;
/** The printable A4 notice of an upcoming lecture, and the PDF printed from it. */
export const lectureNoticeUrl = (id: string): string => `/lectures/${id}/notice/`;
export const lectureNoticePdfUrl = (id: string): string => `/lectures/${id}/notice.pdf`;
export const newsUrl = (id: string): string => `/news/${id}/`;
export const handoutUrl = (id: string): string => `/handouts/${id}/`;
export const handoutPdfUrl = (id: string): string => `/handouts/${id}.pdf`;
/** A section's index, and a page in it (its URL slug is its file name). */
export const sectionUrl = (section: string): string => `/${section}/`;
export const pageUrl = (section: string, slug: string): string => `/${section}/${slug}/`;
