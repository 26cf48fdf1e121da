/**
 * Towns and children's homes, cross-checked: a home's town must exist, ids must be unique. Astro's
 * reference() would only check the shape of an id, so the build fails here instead.
 */
import { getCollection } from 'astro:content';
import { crossCheck, formatProblem } from '../check/cross-check.ts';
import type { Home } from '../schemas/home.ts';
import { TOWN_TYPES, type Town } from '../schemas/town.ts';

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
  const homeEntries = await getCollection('homes');
  const lectureEntries = await getCollection('lectures');
  const located = <T>(file: string | undefined, data: T) => ({ file: file ?? '', lineOf: () => 1, data });
  const problems = crossCheck({
    towns: towns.map((t) => located('content/towns.yaml', t)),
    homes: homeEntries.map((e) => located(e.filePath, e.data)),
    lectures: lectureEntries.map((e) => located(e.filePath, e.data)),
  });
  if (problems.length > 0) throw new Error(`内容有 ${problems.length} 处问题：\n${problems.map(formatProblem).join('\n')}`);

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
