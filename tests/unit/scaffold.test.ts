/**
 * `npm run new` writes files that pass the content check once their placeholders (待填写) are
 * replaced, and nothing else is touched; left unreplaced, every placeholder is reported.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../src/content/kinds.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { PLACEHOLDER } from '../../src/check/placeholders.ts';
import { contentWith } from '../support/content-overlay.ts';

const scratch = contentWith();
afterAll(() => scratch.remove());

/** What an editor would type for each field (by field name). */
const VALUES: Record<string, string> = {
  id: 'unused',
  title: '测试标题',
  summary: '测试摘要。',
  topic: '监护职责',
  start: '2027-05-01 09:30',
  end: '2027-05-01 11:00',
  home: 'sangtian-sangtian',
  name: '测试名称',
  org: '澄岭区民政局',
  audience: '祖辈家长',
  status: '待举办',
  town: 'sangtian',
  community: '测试村',
  communityType: '村',
  address: '澄岭区桑田镇测试村村委会',
  lng: '110.642',
  lat: '30.552',
  days: '1, 2, 3',
  open: '"09:00"',
  close: '"17:00"',
  phone: '0386-0123456',
  verified: '2026-11-01',
  date: '2026-11-01',
  publisher: '澄岭区民政局',
  sheets: '1',
  section: 'guide',
};

/** Replaces each placeholder with a valid value for its field, and the body's placeholder with prose. */
function fillIn(text: string): string {
  return text
    .replace(
      new RegExp(`^(\\s*(?:- )?)(\\w+): (\\[?)${PLACEHOLDER}`, 'gm'),
      (_, lead: string, key: string, bracket: string) => {
        const value = VALUES[key];
        if (value === undefined) throw new Error(`no test value for field ${key}`);
        return `${lead}${key}: ${bracket}${value}`;
      },
    )
    .replace(new RegExp(`^${PLACEHOLDER}：.*$`, 'm'), '测试正文。');
}

function runNew(kind: string, name: string): string {
  const result = spawnSync(process.execPath, ['scripts/new-content.ts', kind, name], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: scratch.contentDir },
  });
  expect(result.status, result.stderr).toBe(0);
  const created = /已建立 (.*)/.exec(result.stdout)?.[1];
  if (!created) throw new Error(result.stdout);
  return created;
}

const kinds = KIND_LIST.filter((k) => k.scaffold).map((k) => k.singular);
const NAMES: Record<string, string> = {
  lecture: '2027-05-01-sangtian-sangtian',
  home: 'sangtian-scaffold',
  news: '2027-05-01-scaffold',
  handout: 'scaffold',
  page: 'guide/scaffold',
};

// Each case runs the script and checks a whole copy of the fixture site: seconds each on a busy two-core machine.
describe('npm run new', { timeout: 30_000 }, () => {
  it('knows every kind the guide promises', () => {
    expect([...kinds].sort()).toEqual(['handout', 'home', 'lecture', 'news', 'page']);
  });

  it.each(kinds)('%s: reports each placeholder left, and passes once they are filled in', async (kind) => {
    const file = runNew(kind, NAMES[kind]!);
    const relative = path.relative(scratch.root, file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`# 必填：`);

    const unfilled = (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
    const placeholders = text.split('\n').filter((l) => !/^\s*# /.test(l) && l.includes(PLACEHOLDER)).length;
    expect(unfilled.length).toBe(placeholders);
    for (const message of unfilled)
      expect(message).toMatch(new RegExp(`^${relative}:\\d+ .+ — .*${PLACEHOLDER}.*应当`));

    writeFileSync(file, fillIn(text));
    expect((await checkContent(scratch.root, 'content')).problems.map(formatProblem)).toEqual([]);
  });

  it('fills in what the name already says: the id, without a draft’s “_”, and a page’s section', () => {
    const lecture = readFileSync(runNew('lecture', '2027-06-05-heming-shiqiao'), 'utf8');
    expect(lecture).toMatch(/^id: 2027-06-05-heming-shiqiao\s/m);
    const draft = runNew('home', '_heming-scaffold');
    expect(path.relative(scratch.contentDir, draft)).toBe('homes/_heming-scaffold.yaml');
    expect(readFileSync(draft, 'utf8')).toMatch(/^id: heming-scaffold\s/m);
    // The fill-in values above say guide: a page under help/ must say help by itself.
    expect(readFileSync(runNew('page', 'help/scaffold'), 'utf8')).toMatch(/^section: help\s/m);
  });

  it('writes the phone examples with the district’s own area code', () => {
    const text = readFileSync(runNew('home', 'heming-phones'), 'utf8');
    expect(text).toContain('0386-1234567');
    expect(text).not.toContain('区号-1234567');
  });

  it('refuses to overwrite a file and explains a bad name in Chinese', () => {
    runNew('handout', 'twice');
    const again = spawnSync(process.execPath, ['scripts/new-content.ts', 'handout', 'twice'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: scratch.contentDir },
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已经存在');
    const bad = spawnSync(process.execPath, ['scripts/new-content.ts', 'lecture', '讲座'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: scratch.contentDir },
    });
    expect(bad.stderr).toContain('应当只用小写拼音字母');
  });
});
