/**
 * What is in the content folder now, as the import compares against it: the site's district (its
 * outline, area code and name), the towns, and every home and lecture with its file (and a lecture's
 * text after the frontmatter, which the import keeps).
 */
import path from 'node:path';
import { readPublishedFiles } from '../content/files.ts';
import { readSite, siteFilePath } from '../content/site-file.ts';
import type { District } from '../schemas/district.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { townsFileSchema, type Town } from '../schemas/town.ts';
import { rosterKind, TOWNS, type RosterKind } from '../roster/content-kinds.ts';

export interface Stored<T> {
  /** Relative to the content root, with "/" (e.g. "homes/chengguan-dongguan.yaml"). */
  file: string;
  data: T;
  /** For Markdown files: everything after the frontmatter. */
  body: string;
}

export interface CurrentContent {
  district: District;
  towns: Town[];
  homes: Stored<Home>[];
  lectures: Stored<LectureData>[];
  /**
   * Home and lecture files that do not pass their schema now (e.g. "homes/a.yaml"): they cannot be
   * compared with a row; the import stops on them unless the sheet is to replace them all.
   */
  unreadable: string[];
}

export class ContentError extends Error {}

async function entries<T>(root: string, kind: RosterKind, unreadable: string[]): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  for (const file of await readPublishedFiles(root, kind.registry)) {
    const result = file.yaml?.errors.length === 0 ? kind.schema.safeParse(file.yaml.value) : null;
    if (result?.success) out.push({ file: file.relative, data: result.data as T, body: file.body?.text ?? '' });
    else unreadable.push(file.relative);
  }
  return out;
}

/** The district in site.yaml and its towns: what a template's example row is made of. */
export async function loadDistrict(root: string): Promise<Pick<CurrentContent, 'district' | 'towns'>> {
  const site = await readSite(root);
  if (!site)
    throw new ContentError(
      `${siteFilePath(root)} — 读不出网站身份信息（本区的名称、区号和轮廓），应当先运行 npm run check:content 并按提示改好，再导入`,
    );
  const [townsFile] = await readPublishedFiles(root, TOWNS);
  const towns = townsFile?.yaml ? townsFileSchema.safeParse(townsFile.yaml.value) : null;
  if (!towns?.success)
    throw new ContentError(
      `${path.join(root, TOWNS.path)} — 读不出街道乡镇列表，应当先运行 npm run check:content 并按提示改好，再导入`,
    );
  return { district: site.district, towns: towns.data };
}

export async function loadContent(root: string): Promise<CurrentContent> {
  const unreadable: string[] = [];
  return {
    ...(await loadDistrict(root)),
    homes: await entries<Home>(root, rosterKind('homes'), unreadable),
    lectures: await entries<LectureData>(root, rosterKind('lectures'), unreadable),
    unreadable,
  };
}
