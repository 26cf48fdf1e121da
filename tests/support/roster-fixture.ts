/**
 * The roster fixture (tests/fixtures/roster/content): its invented district (site.yaml: 澄岭区, area
 * code 0386, its outline) and towns made to order, for the tests that need no files; a scratch copy of
 * its content folder, for the tests that read or write one.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { District } from '../../src/schemas/district.ts';
import type { Town } from '../../src/schemas/town.ts';

export const district: District = {
  name: '澄岭区',
  city: '溪桐市',
  province: '云澜省',
  areaCode: '0386',
  outline: [
    { lng: 110.5, lat: 30.4 },
    { lng: 110.7, lat: 30.3 },
    { lng: 110.8, lat: 30.18 },
    { lng: 111.06, lat: 30.18 },
    { lng: 111.06, lat: 30.45 },
    { lng: 110.86, lat: 30.64 },
    { lng: 110.6, lat: 30.64 },
    { lng: 110.5, lat: 30.56 },
  ],
};

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
  cpSync(path.resolve('tests/fixtures/roster/content'), path.join(work, 'content'), { recursive: true });
  return path.join(work, 'content');
}
