/**
 * Towns and their published children's homes, in the order the district lists them. That every home's
 * town exists and every id is unique is the content check's job (src/check/cross-check.ts), which runs
 * before any content is loaded in every build.
 */
import { getCollection } from 'astro:content';
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
  const townOrder = new Map(towns.map((t, i) => [t.id, i]));
  const homes = published(await getCollection('homes'))
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
