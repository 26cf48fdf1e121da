/**
 * A checkout in a folder named with Chinese characters and a space (an editor's "/home/编辑/网站 新/", a
 * Windows user's 桌面) builds, checks, imports and preflights like any other: every path is made with
 * fileURLToPath and path.join, never from a URL's percent-encoded pathname. The project is copied into
 * such a folder (node_modules linked) with the fixture site as its content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../support/site-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'any-folder-'));
const project = path.join(scratch, '编辑', '网站 新');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = {
  ...process.env,
  CONTENT_DIR: 'content',
  BASE_PATH: '/',
  SITE_URL: 'https://wcnrbh.example.gov.cn',
  SITE_NOW: '2026-12-01T08:00:00+08:00',
  SKIP_PDFS: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', env, timeout: 180_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const node = (script: string, ...args: string[]) => run(process.execPath, [script, ...args]);

beforeAll(() => {
  mkdirSync(project, { recursive: true });
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(part, path.join(project, part), { recursive: true });
  cpSync(FIXTURE_SITE, path.join(project, 'content'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
});

describe('a checkout whose folder has Chinese characters and a space', () => {
  it('passes the content check', () => {
    const { status, output } = node('scripts/check-content.ts');
    expect(output).toContain('内容检查通过');
    expect(status).toBe(0);
  });

  it('builds', () => {
    const { status, output } = run(path.join(project, 'node_modules/.bin/astro'), ['build']);
    expect(output).not.toMatch(/ENOENT|%E7|%20/);
    expect(status).toBe(0);
    expect(existsSync(path.join(project, 'dist/index.html'))).toBe(true);
    expect(existsSync(path.join(project, 'dist/homes/homes.xlsx'))).toBe(true);
  });

  it('imports the roster it exported, changing nothing', () => {
    const { status, output } = node('scripts/import.ts', 'homes', path.join(project, 'dist/homes/homes.xlsx'));
    expect(output).not.toMatch(/ENOENT|%E7|%20/);
    expect(status).toBe(0);
  });

  it('runs preflight, which lists the fixture’s sample data instead of failing on a path', () => {
    const { status, output } = node('scripts/preflight.ts');
    expect(output).not.toMatch(/ENOENT|%E7|%20|\n\s+at /);
    expect(output).toContain('上线检查：还有');
    expect(status).toBe(1);
  });
});
