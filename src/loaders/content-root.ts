/**
 * Where the loaders read content: the content folder (CONTENT_DIR) under the project's root, a file
 * URL made a path with fileURLToPath, so a checkout under a folder named in Chinese or with spaces reads
 * the same files (URL.pathname would keep them percent-encoded).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';

/** The project root, as a path. */
export const projectRoot = (config: Pick<AstroConfig, 'root'>): string => fileURLToPath(config.root);

/** The content root, as a path. */
export const contentRoot = (config: Pick<AstroConfig, 'root'>, contentDir: string): string =>
  path.resolve(projectRoot(config), contentDir);
