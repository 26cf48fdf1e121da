/**
 * A fresh clone's `npm install` leaves package-lock.json as committed, so an editor who commits "everything"
 * afterwards commits no stray lock change. npm resolves the lock again from package.json in a scratch copy
 * (lock only, from npm's cache: nothing is downloaded or installed) and must write back the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('package-lock.json', () => {
  it('is what npm install writes for package.json, byte for byte', () => {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(file, path.join(scratch, file));
    const result = spawnSync(
      'npm',
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'],
      { cwd: scratch, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(scratch, 'package-lock.json'), 'utf8')).toBe(
      readFileSync('package-lock.json', 'utf8'),
    );
  });
});
