/**
 * The content kinds a roster sheet fills, as the project's registry describes them: homes are YAML
 * files in homes/, lectures Markdown files in lectures/, one entry a file; a kind that is not a folder
 * of one entry a file cannot be filled from a sheet, and asking for it fails loudly.
 */
import { describe, expect, it } from 'vitest';
import { rosterKind, TOWNS, type RosterKindName } from '../../src/roster/content-kinds.ts';

describe('the kinds a roster sheet fills', () => {
  it('are homes and lectures, each a folder of one entry a file, with what editors call them', () => {
    expect(['homes', 'lectures'].map((name) => rosterKind(name as RosterKindName))).toMatchObject([
      { name: 'homes', label: '儿童之家', folder: 'homes', ext: '.yaml' },
      { name: 'lectures', label: '普法讲座', folder: 'lectures', ext: '.md' },
    ]);
    expect(TOWNS.path).toBe('towns.yaml');
  });

  it('refuses a kind kept in one file, and the statutes', () => {
    expect(() => rosterKind('towns' as RosterKindName)).toThrow('内容类型“towns”不是一个文件一条的文件夹');
    expect(() => rosterKind('law' as RosterKindName)).toThrow('内容类型“law”不是一个文件一条的文件夹');
  });
});
