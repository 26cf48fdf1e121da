/**
 * The checks between files, on entries given directly: ids unique within a kind (and where the first one
 * is), references to entries that exist and are published, a reference field left out or not a group.
 */
import { describe, expect, it } from 'vitest';
import { crossCheck, formatProblem, type Located } from '../../src/check/cross-check.ts';

/** An entry whose id sits on line 3 and every other field on line 7: lines show which field is named. */
const entry = (file: string, data: Record<string, unknown>, draft = false): Located<Record<string, unknown>> => ({
  file,
  lineOf: (p) => (p.join('.') === 'id' ? 3 : 7),
  data,
  draft,
});
const towns = [entry('content/towns.yaml', { id: 'daxin' }), entry('content/towns.yaml', { id: 'yueyahu' })];

describe('crossCheck', () => {
  it('names a repeated id at its id line, and where it was first used: another file, or a line of the same one', () => {
    const problems = crossCheck({
      towns: [...towns, entry('content/towns.yaml', { id: 'daxin' })],
      homes: [
        entry('content/homes/a.yaml', { id: 'daxin-a', town: 'daxin' }),
        entry('content/homes/b.yaml', { id: 'daxin-a', town: 'daxin' }),
      ],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/towns.yaml:3 id — 街道乡镇编号“daxin”重复了（本文件第 3 行 已经用过），应当换一个不重复的编号',
      'content/homes/b.yaml:3 id — 儿童之家编号“daxin-a”重复了（content/homes/a.yaml 已经用过），应当换一个不重复的编号',
    ]);
  });

  it('does not compare ids of kinds whose id is the file name', () => {
    expect(crossCheck({ pages: [entry('content/pages/a.mdx', {}), entry('content/pages/b.mdx', {})] })).toEqual([]);
  });

  it('names a reference to an entry that does not exist, with where the ids are listed', () => {
    expect(
      crossCheck({ towns, homes: [entry('content/homes/a.yaml', { id: 'x-a', town: 'zhangzheng' })] }).map(
        formatProblem,
      ),
    ).toEqual([
      'content/homes/a.yaml:7 town — 没有编号为“zhangzheng”的街道乡镇，应当写 content/towns.yaml 里已有的编号',
    ]);
  });

  it('skips a reference field that is left out, or whose group is not there', () => {
    const homes = [entry('content/homes/a.yaml', { id: 'daxin-a', town: 'daxin' })];
    expect(
      crossCheck({
        towns,
        homes,
        lectures: [
          entry('content/lectures/a.md', { id: 'a', venue: null }),
          entry('content/lectures/b.md', { id: 'b', venue: '大新镇' }),
          entry('content/lectures/c.md', { id: 'c' }),
          entry('content/lectures/d.md', { id: 'd', venue: { home: 'daxin-a' } }),
        ],
      }),
    ).toEqual([]);
  });

  it('lets a draft name a draft, but not a published entry', () => {
    const homes = [entry('content/homes/_a.yaml', { id: 'daxin-a', town: 'daxin' }, true)];
    const lecture = (draft: boolean) => entry('content/lectures/a.md', { id: 'a', venue: { home: 'daxin-a' } }, draft);
    expect(crossCheck({ towns, homes, lectures: [lecture(true)] })).toEqual([]);
    expect(crossCheck({ towns, homes, lectures: [lecture(false)] }).map((p) => p.field)).toEqual(['venue.home']);
  });
});
