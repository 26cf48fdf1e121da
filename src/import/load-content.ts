/**
 * What is in the content folder now, as the import compares against it: the towns, and every home and
 * lecture with its file (and a lecture's text after the frontmatter, which the import keeps).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml, splitFrontmatter } from '../lib/yaml.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { townsFileSchema, type Town } from '../schemas/town.ts';
import { rosterKind, townsFile, type RosterKind } from './content-kinds.ts';

export interface Stored<T> {
  /** Relative to the content root, with "/" (e.g. "homes/zhangzheng-taqiao.yaml"). */
  file: string;
  data: T;
  /** For Markdown files: everything after the frontmatter. */
  body: string;
}

export interface CurrentContent {
  towns: Town[];
  homes: Stored<Home>[];
  lectures: Stored<LectureData>[];
}

export class ContentError extends Error {}

async function entries<T>(root: string, kind: RosterKind): Promise<Stored<T>[]> {
  const dir = path.join(root, kind.folder);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => kind.pattern.test(n)).sort();
  const out: Stored<T>[] = [];
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const parts = kind.format === 'frontmatter' ? splitFrontmatter(text) : { yaml: text, body: '' };
    const parsed = parts ? parseYaml(parts.yaml) : null;
    const result = parsed && parsed.errors.length === 0 ? kind.schema.safeParse(parsed.value) : null;
    const file = `${kind.folder}/${name}`;
    // A file that does not pass its schema now cannot be compared or kept: the office fixes it first.
    if (!result?.success)
      throw new ContentError(
        `${file} — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入`,
      );
    out.push({ file, data: result.data as T, body: parts?.body ?? '' });
  }
  return out;
}

export async function loadContent(root: string): Promise<CurrentContent> {
  const townsPath = path.join(root, townsFile());
  const townsText = await readFile(townsPath, 'utf8').catch(() => null);
  const towns = townsText === null ? null : townsFileSchema.safeParse(parseYaml(townsText).value);
  if (!towns?.success)
    throw new ContentError(`${townsPath} — 读不出街道乡镇列表，应当先运行 npm run check:content 并按提示改好，再导入`);
  return {
    towns: towns.data,
    homes: await entries<Home>(root, rosterKind('homes')),
    lectures: await entries<LectureData>(root, rosterKind('lectures')),
  };
}
