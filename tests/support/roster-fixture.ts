/**
 * The roster fixture (tests/fixtures/roster/content): its invented district (site.yaml: 澄岭区, area
 * code 0386, its outline) and towns made to order, for the tests that need no files; a scratch copy of
 * its content folder, for the tests that read or write one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { districtSchema, type District } from '../../src/schemas/district.ts';
import type { Town } from '../../src/schemas/town.ts';

const FIXTURE_CONTENT = path.resolve('tests/fixtures/roster/content');

/** The fixture's district as its site.yaml describes it: the one place its name, area code and outline are written. */
export const district: District = districtSchema.parse(
  (parse(readFileSync(path.join(FIXTURE_CONTENT, 'site.yaml'), 'utf8')) as { district: unknown }).district,
);

/** A town with a sample 儿童督导员. */
export const town = (id: string, name: string, type: Town['type']): Town => ({
  id,
  name,
  type,
  supervisor: { role: '儿童督导员', name: '测某某', phone: '0386-0100001' },
});

/** A copy of the fixture's content folder, removed when the running test finishes. */
export function rosterContentCopy(): string {
  const work = mkdtempSync(path.join(tmpdir(), 'roster-'));
  onTestFinished(() => rmSync(work, { recursive: true, force: true }));
  cpSync(FIXTURE_CONTENT, path.join(work, 'content'), { recursive: true });
  return path.join(work, 'content');
}
