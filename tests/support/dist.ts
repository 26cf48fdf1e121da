/** Reading the built site from disk, for tests that check what was built rather than how it behaves. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** Every built HTML page, as [path relative to dist, html]. */
export function builtPages(): [string, string][] {
  return readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => [file, readFileSync(path.join(DIST, file), 'utf8')]);
}

/** The few entities Astro writes when it escapes text. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
