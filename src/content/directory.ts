/**
 * Towns and children's homes, cross-checked: a home's town must exist, ids must be unique. Astro's
 * reference() would only check the shape of an id, so the build fails here instead, with the same
 * messages and line numbers as `npm run check:content` (a plain `astro build` skips that step).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { crossCheck, formatProblem, type Located } from '../check/cross-check.ts';
import { fieldLines, parseYaml } from '../check/parse-yaml.ts';
import { readBuildEnv } from '../lib/env.ts';
import type { Home } from '../schemas/home.ts';
import { TOWN_TYPES, type Town } from '../schemas/town.ts';
import { published } from './kinds.ts';

export interface Directory {
  towns: Town[];
  homes: Home[];
  townById: Map<string, Town>;
  homeById: Map<string, Home>;
  homesByTown: Map<string, Home[]>;
}

let cache: Promise<Directory> | undefined;

async function load(): Promise<Directory> {
  // getCollection hands entries back sorted by id, not in towns.yaml order: list streets, then towns,
  // then townships (the way the district lists them), each by name; homes by village within each town.
  const towns = (await getCollection('towns'))
    .map((e) => e.data)
    .sort((a, b) => TOWN_TYPES.indexOf(a.type) - TOWN_TYPES.indexOf(b.type) || a.name.localeCompare(b.name, 'zh-CN'));
  const allHomes = await getCollection('homes');
  const dir = readBuildEnv(process.env).contentDir;
  const texts = new Map<string, string>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFileSync(path.resolve(file), 'utf8'));
    return texts.get(file)!;
  };
  const entry = <T extends { draft?: boolean }>(e: { filePath?: string | undefined; data: T }): Located<T> => ({
    file: e.filePath ?? '',
    lineOf: (p) => (e.filePath ? fieldLines(text(e.filePath), e.filePath)(p) : 1),
    data: e.data,
    draft: Boolean(e.data.draft),
  });
  // An entry of a list file (towns.yaml, stats.yaml), found by its id since collections come back re-sorted.
  const listItem = <T extends { id: string }>(file: string) => (data: T): Located<T> => ({
    file,
    lineOf: (p) => {
      const parsed = parseYaml(text(file));
      const index = Array.isArray(parsed.value) ? parsed.value.findIndex((item) => item?.id === data.id) : -1;
      return parsed.lineOf(index < 0 ? [] : [index, ...p]);
    },
    data,
  });
  const townsFile = path.join(dir, 'towns.yaml');
  const problems = crossCheck({
    towns: towns.map(listItem(townsFile)),
    homes: allHomes.map(entry),
    lectures: (await getCollection('lectures')).map(entry),
    news: (await getCollection('news')).map(entry),
    stats: (await getCollection('stats')).map((e) => listItem(path.join(dir, 'stats.yaml'))(e.data)),
  });
  if (problems.length > 0) throw new Error(`内容有 ${problems.length} 处问题：\n${problems.map(formatProblem).join('\n')}`);
  // Draft homes are checked above but never published.
  const homeEntries = published(allHomes);

  const townOrder = new Map(towns.map((t, i) => [t.id, i]));
  const homes = homeEntries
    .map((e) => e.data)
    .sort((a, b) => (townOrder.get(a.town) ?? 0) - (townOrder.get(b.town) ?? 0) || a.community.localeCompare(b.community, 'zh-CN') || a.id.localeCompare(b.id));
  const homesByTown = new Map(towns.map((t) => [t.id, homes.filter((h) => h.town === t.id)]));
  return {
    towns,
    homes,
    townById: new Map(towns.map((t) => [t.id, t])),
    homeById: new Map(homes.map((h) => [h.id, h])),
    homesByTown,
  };
}

export function getDirectory(): Promise<Directory> {
  cache ??= load();
  return cache;
}
