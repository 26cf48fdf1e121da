/** Reading the built site from disk, for tests that check what was built rather than how it behaves. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities/decode';
import { distPages } from '../../src/integrations/dist-files.ts';

export const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** Every built page, as [path relative to dist, html]. */
export function builtPages(): [string, string][] {
  return distPages(DIST).map((file) => [file, readFileSync(path.join(DIST, file), 'utf8')]);
}

/** Text as a reader sees it: every HTML entity decoded (Astro escapes with named and numeric ones). */
export const decodeEntities = (html: string): string => decodeHTML(html);
