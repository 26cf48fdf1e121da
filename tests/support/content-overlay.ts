/**
 * A scratch copy of the fixture site (tests/fixtures/site/) with a fixture's files laid over it, so a
 * test shows one mistake (or one draft) in otherwise valid content. Fixture folders mirror content/:
 * homes/, lectures/, …
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_SITE } from './site-content.ts';

export const FIXTURES = path.resolve('tests/fixtures');

export interface Scratch {
  /** A project-like root holding content/. */
  root: string;
  /** Absolute path of the scratch content/ folder (for CONTENT_DIR). */
  contentDir: string;
  remove: () => void;
}

export function contentWith(...fixtures: string[]): Scratch {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const contentDir = path.join(root, 'content');
  cpSync(FIXTURE_SITE, contentDir, { recursive: true });
  for (const fixture of fixtures) {
    cpSync(path.join(FIXTURES, fixture), contentDir, {
      recursive: true,
      filter: (src) => path.basename(src) !== 'expected.txt',
    });
  }
  return { root, contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
