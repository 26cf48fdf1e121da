/**
 * What is in the content folder now, as the import compares against it: the towns, and every home and
 * lecture with its file (and a lecture's text after the frontmatter, which the import keeps).
 */
import path from 'node:path';
import { readPublishedFiles } from '../content/files.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { townsFileSchema, type Town } from '../schemas/town.ts';
import { rosterKind, TOWNS, type RosterKind } from '../roster/content-kinds.ts';

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
  const out: Stored<T>[] = [];
  for (const file of await readPublishedFiles(root, kind.registry)) {
    const result = file.yaml?.errors.length === 0 ? kind.schema.safeParse(file.yaml.value) : null;
    // A file that does not pass its schema now cannot be compared or kept: the office fixes it first.
    if (!result?.success)
      throw new ContentError(
        `${file.relative} — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入`,
      );
    out.push({ file: file.relative, data: result.data as T, body: file.body?.text ?? '' });
  }
  return out;
}

export async function loadContent(root: string): Promise<CurrentContent> {
  const [townsFile] = await readPublishedFiles(root, TOWNS);
  const towns = townsFile?.yaml ? townsFileSchema.safeParse(townsFile.yaml.value) : null;
  if (!towns?.success)
    throw new ContentError(
      `${path.join(root, TOWNS.path)} — 读不出街道乡镇列表，应当先运行 npm run check:content 并按提示改好，再导入`,
    );
  return {
    towns: towns.data,
    homes: await entries<Home>(root, rosterKind('homes')),
    lectures: await entries<LectureData>(root, rosterKind('lectures')),
  };
}
