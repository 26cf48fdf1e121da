/**
 * What is in the content folder now, as the import compares against it: the site's district (its
 * outline, area code and name), the towns, and every home and lecture with its file (and a lecture's
 * text after the frontmatter, which the import keeps).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSite, siteFilePath } from '../content/site-file.ts';
import { parseYaml, splitFrontmatter } from '../lib/yaml.ts';
import type { District } from '../schemas/district.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { townsFileSchema, type Town } from '../schemas/town.ts';
import { rosterKind, townsFile, type RosterKind } from './content-kinds.ts';

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
  const dir = path.join(root, kind.folder);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => kind.pattern.test(n)).sort();
  const out: Stored<T>[] = [];
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const parts = kind.format === 'frontmatter' ? splitFrontmatter(text) : { yaml: text, body: '' };
    const parsed = parts ? parseYaml(parts.yaml) : null;
    const result = parsed && parsed.errors.length === 0 ? kind.schema.safeParse(parsed.value) : null;
    const file = `${kind.folder}/${name}`;
    if (result?.success) out.push({ file, data: result.data as T, body: parts?.body ?? '' });
    else unreadable.push(file);
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
  const townsPath = path.join(root, townsFile());
  const townsText = await readFile(townsPath, 'utf8').catch(() => null);
  const towns = townsText === null ? null : townsFileSchema.safeParse(parseYaml(townsText).value);
  if (!towns?.success)
    throw new ContentError(`${townsPath} — 读不出街道乡镇列表，应当先运行 npm run check:content 并按提示改好，再导入`);
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
