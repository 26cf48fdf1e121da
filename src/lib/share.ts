/**
 * Where the share images live (the pictures people post in WeChat groups and that link previews show
 * as og:image). One place, read by the pages that point at the images and by the PDF step that draws
 * them (src/integrations/share-images.ts).
 */

/** Width of every share picture of a notice or a handout, in pixels: what WeChat shows full-screen. */
export const SHARE_WIDTH = 1080;

/** The picture for pages that have none of their own: the site's name and tagline. */
export const SITE_CARD = { path: '/share/site.png', width: 1200, height: 630 } as const;

/**
 * The share picture of a printout, next to its PDF: "/handouts/online.pdf" → "/handouts/online.png",
 * "/lectures/x/notice.pdf" → "/lectures/x/notice.png".
 */
export function shareImagePath(pdf: string): string {
  if (!pdf.endsWith('.pdf')) throw new Error(`打印件的路径应当以 .pdf 结尾，收到 ${pdf}`);
  return `${pdf.slice(0, -'.pdf'.length)}.png`;
}
