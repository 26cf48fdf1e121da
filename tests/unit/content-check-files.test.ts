/**
 * The content check over whole folders: which files it reads, a file that is missing or unreadable as
 * a whole, a problem reported once (not again at every file that names the broken one), the checks that
 * belong to one kind only, the statutes left out of the privacy check, and a written `updated` date
 * older than the file's last commit. Each on a copy of the fixture site with files laid over it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent, formatReport, validateYaml } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { contentWith, type Scratch } from '../support/content-overlay.ts';

let scratch: Scratch | undefined;
afterEach(() => scratch?.remove());

/** The content check's messages on the fixture site with `files` written over it (null removes a file). */
async function checkWith(files: Record<string, string | null>): Promise<string[]> {
  scratch = contentWith();
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(scratch.contentDir, file);
    if (text === null) rmSync(full);
    else writeFileSync(full, text);
  }
  return (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
}

const fixture = (file: string) => readFileSync(path.join('tests/fixtures/site', file), 'utf8');
/** A valid home of the fixture site under another id and file. */
const homeAs = (id: string) => fixture('homes/sangtian-sangtian.yaml').replace(/^id: .*$/m, `id: ${id}`);
/** A valid page of the fixture site with another body. */
const pageWith = (body: string) => `${fixture('pages/guide/duties.mdx').split(/\n---\n/)[0]}\n---\n\n${body}\n`;
/** A made-up resident ID number: 18 digits with a plausible birth date. */
const ID_NUMBER = '640104199003071234';

describe('which files the content check reads', () => {
  it('reads a kind’s files by their extensions only, and nothing that merely sits in its folder', async () => {
    expect(
      await checkWith({
        'homes/notes.txt': 'id: 这不是儿童之家',
        'homes/README.md': '# 说明',
        'homes/sangtian-sangtian.yaml.bak': 'id: [',
      }),
    ).toEqual([]);
  });

  it('names a required file that is missing, and where to create it', async () => {
    expect(await checkWith({ 'stats.yaml': null, 'site.yaml': null })).toEqual(
      expect.arrayContaining([
        'content/site.yaml:1 （文件） — 找不到这个文件，应当在 content/ 下建立 site.yaml',
        'content/stats.yaml:1 （文件） — 找不到这个文件，应当在 content/ 下建立 stats.yaml',
      ]),
    );
  });

  it('accepts a folder with no files yet: a site with no news posted', async () => {
    expect(
      await checkWith({
        'news/2025-06-10-lecture-count.mdx': null,
        'news/2026-11-28-four-measures.mdx': null,
        'news/2026-11-28-law-lectures.mdx': null,
      }),
    ).toEqual([]);
  });

  it('names a statute file it reads no article from', async () => {
    expect(await checkWith({ 'law/empty-law.md': '# 中华人民共和国空白法\n\n没有条文。\n' })).toEqual([
      'content/law/empty-law.md:1 （条文） — 没有读到任何条文，条文应当以“第一条 ”这样的格式开头',
    ]);
  });

  it('names a page without its frontmatter', async () => {
    expect(await checkWith({ 'pages/guide/no-head.mdx': '# 标题\n\n正文。\n' })).toEqual([
      'content/pages/guide/no-head.mdx:1 （文件头） — 文件开头缺少用“---”包起来的信息区，应当以“---”开头，写完字段后再写一行“---”',
    ]);
  });
});

describe('one problem, reported once', () => {
  it('still checks references against the valid homes when another home file is broken', async () => {
    const lecture = fixture('lectures/2023-09-16-qingfeng-qingfeng.md')
      .replace('id: 2023-09-16-qingfeng-qingfeng', 'id: 2023-09-16-nowhere')
      .replace('home: qingfeng-qingfeng', 'home: qingfeng-nowhere');
    const messages = await checkWith({
      'homes/sangtian-broken.yaml': homeAs('sangtian-broken').replace(/^verified: .*$/m, 'verified: 下周'),
      'lectures/2023-09-16-nowhere.md': lecture,
    });
    expect(messages.map((m) => m.split(' — ')[0])).toEqual([
      expect.stringMatching(/^content\/homes\/sangtian-broken\.yaml:\d+ verified$/),
      expect.stringMatching(/^content\/lectures\/2023-09-16-nowhere\.md:\d+ venue\.home$/),
    ]);
  });

  it('lists the figures and hotlines there are, without an entry that lacks its id or number', async () => {
    const stats = `${fixture('stats.yaml')}- label: 没有编号的数字\n  value: 1\n  unit: 个\n  asOf: 2024-11-15\n  source: 测试\n`;
    const messages = await checkWith({
      'stats.yaml': stats,
      'pages/guide/figures.mdx': pageWith('全区有<Stat id="nothing" />个。'),
    });
    const unknown = messages.find((m) => m.includes('pages/guide/figures.mdx'));
    expect(unknown).toContain(
      '应当写 homes、directors、supervisors、towns、lecturesHeld、peopleReached、leaflets、childrenInDifficulty',
    );
    expect(unknown).not.toContain('undefined');
  });
});

describe('placeholders left', () => {
  it('asks for what the field’s description says, or for real content when it has none', () => {
    const schema = z.strictObject({ title: z.string().describe('标题'), note: z.string() });
    const { data, problems } = validateYaml('content/x.yaml', parseYaml('title: 待填写\nnote: 待填写\n'), schema);
    expect(data).toEqual({ title: '待填写', note: '待填写' });
    expect(problems.map(formatProblem)).toEqual([
      'content/x.yaml:1 title — 还是占位文字“待填写”，应当填上：标题',
      'content/x.yaml:2 note — 还是占位文字“待填写”，应当填上真实内容',
    ]);
  });
});

describe('files with nothing in them', () => {
  it('names each missing field of a page whose frontmatter is empty, and checks the other files as usual', async () => {
    const messages = await checkWith({
      'pages/guide/empty.mdx': '---\n---\n\n正文。\n',
      'pages/guide/figures.mdx': pageWith('全区有<Stat id="nothing" />个。'),
    });
    const empty = messages.filter((m) => m.startsWith('content/pages/guide/empty.mdx:'));
    for (const field of ['title', 'summary', 'section'])
      expect(
        empty.some((m) => m.includes(` ${field} — 缺少必填字段“${field}”，应当写上：`)),
        field,
      ).toBe(true);
    expect(empty.join('\n')).not.toContain('缺少用“---”包起来的信息区');
    expect(messages.some((m) => m.startsWith('content/pages/guide/figures.mdx:11 <Stat> id'))).toBe(true);
  });

  it('asks an empty list file for its list', async () => {
    const messages = await checkWith({ 'towns.yaml': '' });
    expect(messages.filter((m) => m.startsWith('content/towns.yaml'))).toEqual([
      'content/towns.yaml:1 （整个文件） — towns.yaml 应当是一个列表，每一项是一个街道或乡镇',
    ]);
  });

  it('names each missing field of an empty site.yaml once, and not again at every hotline a page cites', async () => {
    const messages = await checkWith({
      'site.yaml': '',
      'pages/guide/figures.mdx': pageWith('全区有<Stat id="nothing" />个。'),
    });
    const site = messages.filter((m) => m.startsWith('content/site.yaml'));
    expect(site).toEqual(
      expect.arrayContaining(
        ['name', 'district', 'phone', 'hotlines'].map((field) =>
          expect.stringMatching(new RegExp(`^content/site\\.yaml:1 ${field} — 缺少必填字段“${field}”，应当写上：`)),
        ),
      ),
    );
    expect(messages.filter((m) => m.includes('<Hotline>'))).toEqual([]);
    expect(messages.some((m) => m.startsWith('content/pages/guide/figures.mdx:11 <Stat> id'))).toBe(true);
  });
});

describe('list files', () => {
  it('names a repeated id in towns.yaml at the line of the entry that repeats it', async () => {
    const towns = fixture('towns.yaml').replace('- id: heming', '- id: qingfeng');
    const lineOf = (needle: string) => towns.slice(0, towns.indexOf(needle)).split('\n').length;
    expect(lineOf('- id: qingfeng')).toBe(2);
    const messages = await checkWith({ 'towns.yaml': towns });
    expect(messages.filter((m) => m.startsWith('content/towns.yaml'))).toEqual([
      `content/towns.yaml:${towns.split('\n').findLastIndex((l) => l === '- id: qingfeng') + 1} id — 街道乡镇编号“qingfeng”重复了（本文件第 2 行 已经用过），应当换一个不重复的编号`,
    ]);
  });

  it('lists only the counted figures when stats.yaml is not a list', async () => {
    const messages = await checkWith({
      'stats.yaml': 'id: childrenInDifficulty\n',
      'pages/guide/figures.mdx': pageWith('全区有<Stat id="nothing" />个。'),
    });
    expect(messages.filter((m) => m.startsWith('content/pages/guide/figures.mdx'))).toEqual([
      'content/pages/guide/figures.mdx:11 <Stat> id — 没有编号为“nothing”的统计数字，应当写 homes、directors、supervisors、towns、lecturesHeld、peopleReached、leaflets 之一，或先在 stats.yaml 里添加',
    ]);
  });
});

describe('pages that hold for any district', () => {
  it('may not link to a handout marked as the district’s own', async () => {
    const handout = fixture('handouts/water-safety.mdx').replace('sheets: 2\n', 'sheets: 2\nlocal: true\n');
    const messages = await checkWith({
      'handouts/water-safety.mdx': handout,
      'pages/guide/links.mdx': pageWith('夏天看看[防溺水宣传单](/handouts/water-safety/)，贴在家里。'),
    });
    expect(messages).toEqual([
      'content/pages/guide/links.mdx:11 （链接） — 这一页各区通用，却链接到本区自己的页面 /handouts/water-safety/（那一页标了 local: true，换成别的区时会删掉，链接就断了）。应当去掉这个链接，或在文件头加一行 local: true',
    ]);
  });

  it('may not link to a page of its own marked local, whose address is its file name less the last extension', async () => {
    const local = fixture('pages/policy/health-checks.mdx');
    const messages = await checkWith({
      'pages/policy/health-checks.mdx': null,
      'pages/policy/health.checks.mdx': local,
      'pages/guide/links.mdx': pageWith('孩子体检的安排见[本区的体检安排](/policy/health.checks/)。'),
    });
    expect(messages.filter((m) => m.startsWith('content/pages/guide/links.mdx'))).toEqual([
      expect.stringContaining('却链接到本区自己的页面 /policy/health.checks/'),
    ]);
  });

  it('may show a figure the site counts from its own directory, but not one stats.yaml reports', async () => {
    const messages = await checkWith({
      'pages/guide/figures.mdx': pageWith(
        '全区有<Stat id="homes" />个儿童之家、<Stat id="directors" />名儿童主任，去年帮了<Stat id="childrenInDifficulty" />名困境儿童。\n\n<FigureSource ids={["homes", "directors", "childrenInDifficulty"]} />',
      ),
    });
    // The counted figures are this district's whatever district it is; a reported one is not.
    expect(messages.filter((m) => m.includes('本区报道的工作数字'))).toEqual([
      expect.stringMatching(/^content\/pages\/guide\/figures\.mdx:11 <Stat> — “childrenInDifficulty”是本区报道/),
      expect.stringMatching(
        /^content\/pages\/guide\/figures\.mdx:13 <FigureSource> — “childrenInDifficulty”是本区报道/,
      ),
    ]);
    expect(messages).toHaveLength(2);
  });
});

describe('checks that belong to one kind', () => {
  it('asks only news posts not to be named as a year, and only lectures to match their topic', async () => {
    expect(
      await checkWith({
        'pages/guide/2024.mdx': pageWith('《未成年人保护法》第十六条讲的是监护人的职责，这一页用大白话讲清楚。'),
      }),
    ).toEqual([]);
  });

  it('leaves the back side of a handout whose sheets are wrong to the sheets message', async () => {
    const handout = fixture('handouts/online.mdx').replace('sheets: 1', 'sheets: 5');
    const messages = await checkWith({ 'handouts/online.mdx': handout.replace('\n## ', '\n<BackSide />\n\n## ') });
    expect(messages.map((m) => m.split(' — ')[0])).toEqual(['content/handouts/online.mdx:4 sheets']);
  });
});

describe('privacy', () => {
  it('finds an ID number in every content file, .yml included, but not in the statutes or stray copies', async () => {
    const messages = await checkWith({
      'pages/guide/privacy.mdx': pageWith(`身份证号 ${ID_NUMBER} 不能写在网上，这一页说明为什么。`),
      'homes/sangtian-copy.yml': `${homeAs('sangtian-copy')}# ${ID_NUMBER}\n`,
      'law/minor-protection-law-2024.md': `${fixture('law/minor-protection-law-2024.md')}\n${ID_NUMBER}\n`,
      'homes/sangtian-sangtian.yaml.orig': ID_NUMBER,
    });
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'content/homes/sangtian-copy.yml',
      'content/pages/guide/privacy.mdx',
    ]);
  });
});

describe('a written updated date', () => {
  it('is accepted when no later change is known (a file outside any repository)', async () => {
    const page = fixture('pages/guide/duties.mdx').replace('order: 1\n', 'order: 1\nupdated: 2026-11-01\n');
    expect(await checkWith({ 'pages/guide/duties.mdx': page })).toEqual([]);
  });

  it('is refused when the file changed after it, naming the day of the last commit', async () => {
    scratch = contentWith();
    const page = path.join(scratch.contentDir, 'pages/guide/duties.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('order: 1\n', 'order: 1\nupdated: 2026-11-01\n'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', ...args], {
        cwd: scratch!.root,
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: '2026-11-20T10:00:00+08:00',
          GIT_AUTHOR_DATE: '2026-11-20T10:00:00+08:00',
        },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', '内容');
    const messages = (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
    expect(messages).toEqual([
      'content/pages/guide/duties.mdx:6 updated — 写的是 2026-11-01，但这个文件 2026-11-20 还改过，页面上的更新日期就不真实了。应当删掉 updated 这一行（页面自动显示最后一次提交的日期），或改成 2026-11-20',
    ]);
  });
});

describe('the report', () => {
  it('says how many files passed, or lists every problem with the count', () => {
    expect(formatReport({ problems: [], files: 82 })).toBe('内容检查通过：82 个文件没有发现问题。');
    expect(
      formatReport({
        problems: [
          { file: 'content/a.yaml', line: 2, field: 'x', message: '甲' },
          { file: 'content/b.yaml', line: 3, field: 'y', message: '乙' },
        ],
        files: 82,
      }),
    ).toBe(
      'content/a.yaml:2 x — 甲\ncontent/b.yaml:3 y — 乙\n\n内容检查发现 2 处问题（共检查 82 个文件）。请按上面的提示逐条修改后再构建。',
    );
  });
});
