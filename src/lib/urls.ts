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
