/**
 * What the import reads from the content folder before it compares a sheet: the district and towns
 * (or, when either cannot be read, a message saying which file and what to do), every home and lecture
 * with its file and a lecture's own text, and the files that do not pass their schema now. On a copy of
 * the roster fixture (the invented district 澄岭区).
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, loadDistrict } from '../../src/import/load-content.ts';
import { rosterContentCopy } from '../support/roster-fixture.ts';

const copy = rosterContentCopy;

describe('the content an import compares against', () => {
  it('has the district, the towns, each entry with its file, a lecture’s own text, and the files that do not pass', async () => {
    const content = copy();
    writeFileSync(path.join(content, 'homes/unreadable.yaml'), 'name: 只有名称\n');
    writeFileSync(path.join(content, 'homes/broken.yaml'), 'id: [不成对\n');
    writeFileSync(path.join(content, 'lectures/unreadable.md'), '---\ntitle: 只有标题\n---\n');
    // A YAML error counts even when what the parser made of the file would pass: a key written twice.
    const twice = readFileSync(path.join(content, 'homes/luting-yugou.yaml'), 'utf8');
    writeFileSync(
      path.join(content, 'homes/twice.yaml'),
      `${twice.replace('id: luting-yugou', 'id: twice')}verified: 2026-10-02\n`,
    );
    const current = await loadContent(content);
    expect(current.district.name).toBe('澄岭区');
    expect(current.towns.map((t) => t.id)).toEqual(['qingfeng', 'heming', 'luting']);
    expect(current.homes.map((h) => [h.file, h.data.id])).toEqual([
      ['homes/heming-shiqiao.yaml', 'heming-shiqiao'],
      ['homes/luting-yugou.yaml', 'luting-yugou'],
    ]);
    expect(current.homes[0]!.body).toBe('');
    expect(current.lectures.map((l) => l.file)).toEqual(['lectures/2026-12-05-luting-yugou.md']);
    expect(current.lectures[0]!.body).toContain('导入讲座表格时保留');
    expect(current.unreadable).toEqual([
      'homes/broken.yaml',
      'homes/twice.yaml',
      'homes/unreadable.yaml',
      'lectures/unreadable.md',
    ]);
  });

  it('stops with the file and what to do when site.yaml cannot be read', async () => {
    const content = copy();
    unlinkSync(path.join(content, 'site.yaml'));
    const error = await loadDistrict(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toBe(
      `${path.join(content, 'site.yaml')} — 读不出网站身份信息（本区的名称、区号和轮廓），应当先运行 npm run check:content 并按提示改好，再导入`,
    );
  });

  it('stops with the file and what to do when towns.yaml is missing or not a list of towns', async () => {
    const content = copy();
    const message = `${path.join(content, 'towns.yaml')} — 读不出街道乡镇列表，应当先运行 npm run check:content 并按提示改好，再导入`;
    writeFileSync(path.join(content, 'towns.yaml'), '- name: 只有名称\n');
    await expect(loadContent(content)).rejects.toThrow(new ContentError(message));
    unlinkSync(path.join(content, 'towns.yaml'));
    await expect(loadDistrict(content)).rejects.toThrow(new ContentError(message));
  });
});
