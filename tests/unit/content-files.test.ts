/**
 * The content reader (src/content/files.ts) that the check, the loaders, the importer and preflight all
 * read content through: which files belong to a kind, which of them are drafts, and how each is read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindFiles, readContentFile, readPublishedFiles } from '../../src/content/files.ts';
import { KINDS } from '../../src/content/kinds.ts';

// A folder named in Chinese and with a space, as a district's checkout may be.
const root = mkdtempSync(path.join(tmpdir(), '内容 读取-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

write('pages/guide/duties.mdx', '---\ntitle: 职责\n---\n\n正文\n');
write('pages/guide/_draft.mdx', '---\ntitle: 草稿\n---\n');
write('pages/_partials/box.mdx', '---\ntitle: 片段\n---\n');
write('pages/guide/notes.md', '不是 MDX，栏目页面只认 .mdx\n');
write('pages/guide/readme.txt', '不是内容\n');
write('lectures/2027-01-01-a.md', '---\nid: a\n---\n');
write('lectures/2027-01-02-b.mdx', 'no frontmatter\n');
write('homes/a.yaml', 'id: a\nname: 甲\n');
write('homes/_b.yml', 'id: b\n');

describe('the files of a kind', () => {
  it('lists a folder kind at any depth, with its extensions only, drafts marked by a leading "_"', async () => {
    const files = await kindFiles(root, KINDS.pages);
    expect(files.map((f) => [f.relative, f.draftByName])).toEqual([
      ['pages/_partials/box.mdx', false],
      ['pages/guide/_draft.mdx', true],
      ['pages/guide/duties.mdx', false],
    ]);
    expect(files[2]!.inFolder).toBe('guide/duties.mdx');
    expect(files[2]!.path).toBe(path.join(root, 'pages', 'guide', 'duties.mdx'));
  });

  it('reads every extension of a kind: .md and .mdx lectures, .yaml and .yml homes', async () => {
    expect((await kindFiles(root, KINDS.lectures)).map((f) => f.inFolder)).toEqual([
      '2027-01-01-a.md',
      '2027-01-02-b.mdx',
    ]);
    expect((await kindFiles(root, KINDS.homes)).map((f) => [f.inFolder, f.draftByName])).toEqual([
      ['_b.yml', true],
      ['a.yaml', false],
    ]);
  });

  it('gives nothing for a missing folder or a missing single file', async () => {
    expect(await kindFiles(root, KINDS.news)).toEqual([]);
    expect(await kindFiles(root, KINDS.site)).toEqual([]);
  });

  it('leaves drafts out of the published files', async () => {
    expect((await readPublishedFiles(root, KINDS.homes)).map((f) => f.relative)).toEqual(['homes/a.yaml']);
  });
});

describe('reading a file by its format', () => {
  it('parses YAML, and a frontmatter with its body and the line the body starts on', async () => {
    const [home] = await readPublishedFiles(root, KINDS.homes);
    expect(home!.yaml?.value).toEqual({ id: 'a', name: '甲' });
    const [duties] = (await kindFiles(root, KINDS.pages)).filter((f) => f.inFolder === 'guide/duties.mdx');
    const read = await readContentFile(duties!);
    expect(read.yaml?.value).toEqual({ title: '职责' });
    expect(read.yaml?.lineOf(['title'])).toBe(2);
    expect(read.body).toEqual({ text: '\n正文\n', line: 4 });
  });

  it('leaves out the YAML of a Markdown file that has no frontmatter', async () => {
    const [, noFrontmatter] = await kindFiles(root, KINDS.lectures);
    const read = await readContentFile(noFrontmatter!);
    expect(read.yaml).toBeUndefined();
    expect(read.text).toBe('no frontmatter\n');
  });
});
