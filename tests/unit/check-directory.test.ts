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

const HOME = path.join(FIXTURE_SITE, 'homes/sangtian-sangtian.yaml');
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
    expect(await problemsWith({ 'sangtian-sangtian.yaml': original })).toEqual([]);
  });

  it('names an unknown town and suggests the nearest id', async () => {
    const text = edited(/^town: sangtian$/m, 'town: sangtiang');
    expect(await problemsWith({ 'sangtian-sangtian.yaml': text })).toEqual([
      `content/homes/sangtian-sangtian.yaml:${lineOf(text, 'town: sangtiang')} town — 没有编号为“sangtiang”的街道乡镇，应当写 content/towns.yaml 里已有的编号；您是不是想写“sangtian”？`,
    ]);
  });

  it('refuses coordinates outside the district, e.g. latitude and longitude swapped', async () => {
    const text = edited(/^location: .*$/m, 'location: { lng: 30.5519, lat: 110.6420 }');
    expect(await problemsWith({ 'sangtian-sangtian.yaml': text })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/homes/sangtian-sangtian\\.yaml:${lineOf(text, 'location:')} location — 经度和纬度好像写反了`,
        ),
      ),
    ]);
  });

  it('refuses a malformed phone number and shows the accepted forms', async () => {
    const text = edited(/phone: 0386-0990201/, 'phone: 0386 099 0201');
    expect(await problemsWith({ 'sangtian-sangtian.yaml': text })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/homes/sangtian-sangtian\\.yaml:${lineOf(text, 'phone:')} director\\.phone — .*儿童主任电话格式不对，应当写成“0\\d{2,3}-1234567”（区号-号码）、11位手机号`,
        ),
      ),
    ]);
  });

  it('refuses an id used by two homes, naming both files', async () => {
    const problems = await problemsWith({
      'sangtian-sangtian.yaml': original,
      'sangtian-sangtian-copy.yaml': original,
    });
    expect(problems).toEqual([
      `content/homes/sangtian-sangtian.yaml:${lineOf(original, 'id: ')} id — 儿童之家编号“sangtian-sangtian”重复了（content/homes/sangtian-sangtian-copy.yaml 已经用过），应当换一个不重复的编号`,
    ]);
  });

  it('refuses hours that end before they start', async () => {
    const text = edited(/close: "18:00"/, 'close: "06:00"');
    expect(await problemsWith({ 'sangtian-sangtian.yaml': text })).toEqual([
      // Slots are counted from 1 for editors: hours[1] is the first slot in the file.
      `content/homes/sangtian-sangtian.yaml:${lineOf(text, '"06:00"')} hours[1].close — 关门时间应当晚于开门时间`,
    ]);
  });
});
