/**
 * npm run adopt: the profile template names every field still to fill; a bad profile changes nothing and
 * names every wrong key, file:line, like the content check; a good one turns a content folder into the
 * new district's starting point (its site.yaml and towns, the previous district's records, figures and
 * own pages gone, links to them sent to their section, a 关于本站 page), and a result that would not pass
 * the content check changes nothing either. On a small content folder made from the fixture site's
 * identity and records, with pages of the test's own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adoptContent } from '../../src/adopt/adopt-content.ts';
import { profileTemplate } from '../../src/adopt/profile-template.ts';
import { readProfile } from '../../src/adopt/profile.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const fixture = parse(readFileSync(path.join(FIXTURE_SITE, 'site.yaml'), 'utf8')) as {
  district: { name: string; city: string };
  hotlines: unknown[];
};
const fixtureTown = (parse(readFileSync(path.join(FIXTURE_SITE, 'towns.yaml'), 'utf8')) as { id: string }[])[0]!.id;
const fixtureStat = (parse(readFileSync(path.join(FIXTURE_SITE, 'stats.yaml'), 'utf8')) as { id: string }[])[0]!.id;

const page = (head: string, body: string) =>
  `---\n${head}\npublisher: ${fixture.district.name}民政局\n---\n\n${body}\n`;

/** The fixture site's identity, towns, figures and records, and two pages: one for any district, one its own. */
function contentFolder(): string {
  work = mkdtempSync(path.join(tmpdir(), 'adopt-'));
  const content = path.join(work, 'content');
  mkdirSync(path.join(content, 'pages/guide'), { recursive: true });
  mkdirSync(path.join(content, 'pages/about'), { recursive: true });
  for (const file of ['site.yaml', 'towns.yaml', 'stats.yaml', 'homes', 'lectures', 'news'])
    cpSync(path.join(FIXTURE_SITE, file), path.join(content, file), { recursive: true });
  writeFileSync(
    path.join(content, 'pages/guide/care.mdx'),
    page(
      'title: 带孩子的人每天做什么\nsummary: 监护人每天要做的事。\nsection: guide',
      `监护人要照顾好孩子的吃穿和安全，送孩子上学。\n\n- [本区的做法](/about/own/#jigou)\n- [街道的儿童之家](/towns/${fixtureTown}/)\n- [本页](/guide/care/)`,
    ),
  );
  writeFileSync(
    path.join(content, 'pages/about/own.mdx'),
    page(
      'title: 本区的做法\nsummary: 本区怎样做这项工作。\nsection: about\nlocal: true',
      `全区有 <Stat id="${fixtureStat}" />。`,
    ),
  );
  return content;
}

/** Every file under a folder with its text: to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.\w+$/.test(f))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** The profile of an invented district, with two towns whose names give the same pinyin. */
const PROFILE = readFileSync('tests/fixtures/adopt/qinghe.yaml', 'utf8');

function profile(text: string): string {
  const file = path.join(work!, '资料.yaml');
  writeFileSync(file, text);
  return file;
}

describe('npm run adopt', () => {
  it('writes a template that, left as it is, names every field still to fill and changes nothing', async () => {
    const content = contentFolder();
    const before = snapshot(content);
    const result = await adoptContent(profile(profileTemplate()), content);
    const fields = result.problems.map((p) => / (\S+) — 还是占位文字“待填写”/.exec(p)?.[1]);
    for (const field of [
      'name',
      'district.name',
      'district.areaCode',
      'district.outline[1].lng',
      'organizer',
      'towns[1].name',
    ])
      expect(fields, field).toContain(field);
    expect(snapshot(content)).toEqual(before);
  });

  it('names every wrong key of a bad profile, file:line, and changes nothing', async () => {
    const content = contentFolder();
    const before = snapshot(content);
    const bad = PROFILE.replace('areaCode: "0739"', 'areaCode: 739')
      .replace('    - { lng: 110.5, lat: 25.3 }\n    - { lng: 110.1, lat: 25.3 }\n', '')
      .replace('tagline:', 'tagine:')
      .replace('type: 乡', 'type: 村');
    const file = profile(bad);
    const result = await adoptContent(file, content);
    const at = (line: number, field: string) =>
      result.problems.find((p) => p.startsWith(`${file}:${line} ${field} — `));
    expect(at(7, 'district.areaCode')).toBeDefined();
    expect(at(8, 'district.outline')).toContain('至少要有 3 个点');
    expect(at(11, 'tagine')).toContain('tagline');
    expect(at(29, 'towns[3].type')).toContain('街道、镇、乡');
    expect(result.problems).toHaveLength(4);
    expect(snapshot(content)).toEqual(before);
  });

  it('makes town ids from pinyin, never twice, and keeps an id the profile gives', async () => {
    work = mkdtempSync(path.join(tmpdir(), 'adopt-'));
    const { start, problems } = await readProfile(profile(PROFILE));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(start!.towns.map((t) => t.id)).toEqual(['guixi', 'shimen', 'shimen-2', 'fenglin']);
  });

  it('turns the folder into the new district’s starting point', async () => {
    const content = contentFolder();
    const result = await adoptContent(profile(PROFILE), content);
    expect(result.problems).toEqual([]);
    const site = parse(readFileSync(path.join(content, 'site.yaml'), 'utf8'));
    expect(site.district.name).toBe('青禾区');
    expect([site.sampleDirectory, site.sampleIdentity]).toEqual([false, false]);
    // No hotlines in the profile: the current ones stay.
    expect(site.hotlines).toEqual(fixture.hotlines);
    expect(parse(readFileSync(path.join(content, 'towns.yaml'), 'utf8')).map((t: { name: string }) => t.name)).toEqual([
      '桂溪街道',
      '石门镇',
      '石门乡',
      '枫林乡',
    ]);
    expect(parse(readFileSync(path.join(content, 'stats.yaml'), 'utf8'))).toEqual([]);
    for (const folder of ['homes', 'lectures', 'news']) expect(readdirSync(path.join(content, folder))).toEqual([]);
    expect(readdirSync(path.join(content, 'pages/about'))).toEqual(['site.mdx']);
    expect(readFileSync(path.join(content, 'pages/about/site.mdx'), 'utf8')).toContain(
      '主办单位：青禾区未成年人保护工作领导小组办公室',
    );
    const kept = readFileSync(path.join(content, 'pages/guide/care.mdx'), 'utf8');
    expect(kept).toContain('[本区的做法](/about/)');
    expect(kept).toContain('[街道的儿童之家](/homes/)');
    expect(kept).toContain('[本页](/guide/care/)');
    expect(kept).toContain('publisher: 青禾区民政局');
    expect(result.removed.join('\n')).toContain('pages/about/own.mdx');
    // Nothing of the work folder is left next to the content.
    expect(readdirSync(work!)).toEqual(['content', '资料.yaml']);
  });

  it('names, file:line, each line of a kept page that still names the previous district or its city', async () => {
    const content = contentFolder();
    const care = path.join(content, 'pages/guide/care.mdx');
    // The district's name without its 区, and the city: prose writes both. The publisher line is renamed.
    const short = fixture.district.name.replace(/区$/, '');
    writeFileSync(
      care,
      `${readFileSync(care, 'utf8')}\n${short}的老人可以请村里帮忙。\n\n孩子在${fixture.district.city}上学时也一样。\n`,
    );
    const lines = readFileSync(care, 'utf8').split('\n');
    const named = [short, fixture.district.city].map((n) => lines.findLastIndex((l) => l.includes(n)) + 1);
    const result = await adoptContent(profile(PROFILE), content);
    expect(result.problems).toEqual([]);
    expect(result.toRead).toEqual([`pages/guide/care.mdx:${named.join('、')}`]);
  });

  it('changes nothing when the result would not pass the content check, and says which page', async () => {
    const content = contentFolder();
    const own = path.join(content, 'pages/about/own.mdx');
    writeFileSync(own, readFileSync(own, 'utf8').replace('local: true\n', ''));
    const before = snapshot(content);
    const result = await adoptContent(profile(PROFILE), content);
    expect(
      result.problems.some((p) => p.startsWith(`${content}/pages/about/own.mdx:`) && p.includes(fixtureStat)),
    ).toBe(true);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(work!)).toEqual(['content', '资料.yaml']);
  });
});

describe('node scripts/adopt.ts, as an office runs it', { timeout: 60_000 }, () => {
  const adopt = (content: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/adopt.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });

  it('never writes the template over a profile already there', () => {
    const content = contentFolder();
    const filled = profile(PROFILE);
    const run = adopt(content, 'template', filled);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('已经存在');
    expect(readFileSync(filled, 'utf8')).toBe(PROFILE);
  });

  it('exits 1 on a bad profile, changing nothing, and 0 once it is right', () => {
    const content = contentFolder();
    const before = snapshot(content);
    const bad = adopt(content, profile(PROFILE.replace('areaCode: "0739"', 'areaCode: 739')));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('district.areaCode');
    expect(snapshot(content)).toEqual(before);
    const good = adopt(content, profile(PROFILE));
    expect(good.status, good.stderr).toBe(0);
    expect(parse(readFileSync(path.join(content, 'site.yaml'), 'utf8')).district.name).toBe('青禾区');
  });
});
