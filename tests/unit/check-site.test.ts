/** The footer fields site.yaml must carry: a missing one fails the content check, naming the field in Chinese. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

const root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('site.yaml footer fields', () => {
  it('passes on content/, whatever it holds', async () => {
    const { problems, files } = await checkContent(process.cwd(), 'content');
    expect(problems.map(formatProblem)).toEqual([]);
    // It read them all, however many there are: at least site, towns, stats and every home and lecture.
    const records = ['homes', 'lectures'].reduce(
      (n, folder) => n + readdirSync(path.join('content', folder)).length,
      0,
    );
    expect(files).toBeGreaterThanOrEqual(3 + records);
  });

  it('names a missing required footer field', async () => {
    cpSync(FIXTURE_SITE, path.join(root, 'content'), { recursive: true });
    const site = path.join(root, 'content/site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^icp:.*\n/m, ''));
    const { problems } = await checkContent(root, 'content');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/site\.yaml:\d+ icp — 缺少必填字段“icp”，应当写上：ICP备案号（页脚必填）/),
    ]);
  });
});
