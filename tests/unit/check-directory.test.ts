/**
 * Bad directory input fails the content check (the first step of `npm run build`), naming the file, the
 * field and what to write instead. Each case runs the real check over a small content folder: the
 * fixture site's site.yaml, towns.yaml and stats.yaml plus a single home with one mistake in it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

const HOME = path.join(FIXTURE_SITE, 'homes/daxin-daxin.yaml');
const original = readFileSync(HOME, 'utf8');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Checks a content folder whose homes/ holds the given files; returns the formatted problems. */
async function problemsWith(homes: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'directory-check-'));
  roots.push(root);
  mkdirSync(path.join(root, 'content/homes'), { recursive: true });
  for (const name of ['site.yaml', 'towns.yaml', 'stats.yaml'])
    copyFileSync(path.join(FIXTURE_SITE, name), path.join(root, 'content', name));
  for (const [name, text] of Object.entries(homes)) writeFileSync(path.join(root, 'content/homes', name), text);
  const { problems } = await checkContent(root, 'content');
  return problems.map(formatProblem);
}

/** The fixture home with one line replaced; fails loudly if the line is not there to replace. */
function edited(from: RegExp, to: string): string {
  expect(original).toMatch(from);
  return original.replace(from, to);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('directory content check', () => {
  it('passes the unedited home', async () => {
    expect(await problemsWith({ 'daxin-daxin.yaml': original })).toEqual([]);
  });

  it('names an unknown town and suggests the nearest id', async () => {
    const text = edited(/^town: daxin$/m, 'town: daxing');
    expect(await problemsWith({ 'daxin-daxin.yaml': text })).toEqual([
      `content/homes/daxin-daxin.yaml:${lineOf(text, 'town: daxing')} town — 没有编号为“daxing”的街道乡镇，应当写 content/towns.yaml 里已有的编号；您是不是想写“daxin”？`,
    ]);
  });

  it('refuses coordinates outside the district, e.g. latitude and longitude swapped', async () => {
    const text = edited(/^location: .*$/m, 'location: { lng: 38.5519, lat: 106.3420 }');
    expect(await problemsWith({ 'daxin-daxin.yaml': text })).toEqual([
      expect.stringMatching(
        new RegExp(`^content/homes/daxin-daxin\\.yaml:${lineOf(text, 'location:')} location — 经度和纬度好像写反了`),
      ),
    ]);
  });

  it('refuses a malformed phone number and shows the accepted forms', async () => {
    const text = edited(/phone: 0951-0990201/, 'phone: 0951 099 0201');
    expect(await problemsWith({ 'daxin-daxin.yaml': text })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/homes/daxin-daxin\\.yaml:${lineOf(text, 'phone:')} director\\.phone — .*儿童主任电话格式不对，应当写成“0951-1234567”（区号-号码）、11位手机号`,
        ),
      ),
    ]);
  });

  it('refuses an id used by two homes, naming both files', async () => {
    const problems = await problemsWith({ 'daxin-daxin.yaml': original, 'daxin-daxin-copy.yaml': original });
    expect(problems).toEqual([
      `content/homes/daxin-daxin.yaml:${lineOf(original, 'id: ')} id — 儿童之家编号“daxin-daxin”重复了（content/homes/daxin-daxin-copy.yaml 已经用过），应当换一个不重复的编号`,
    ]);
  });

  it('refuses hours that end before they start', async () => {
    const text = edited(/close: "18:00"/, 'close: "06:00"');
    expect(await problemsWith({ 'daxin-daxin.yaml': text })).toEqual([
      // Slots are counted from 1 for editors: hours[1] is the first slot in the file.
      `content/homes/daxin-daxin.yaml:${lineOf(text, '"06:00"')} hours[1].close — 关门时间应当晚于开门时间`,
    ]);
  });
});
