/** robots.txt pointing to the sitemap at SITE_URL (under BASE_PATH). */
import { absoluteUrl } from '../lib/urls.ts';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
