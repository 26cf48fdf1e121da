/**
 * Lectures with their times resolved to instants and their venue resolved to a home or an address.
 * "Upcoming" is decided against the build's now (SITE_NOW); a small script corrects it in the browser.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBuildEnv } from '../lib/env.ts';
import { instantFromWallText, toZonedIso } from '../lib/time.ts';
import type { Home } from '../schemas/home.ts';
import type { Town } from '../schemas/town.ts';
import { getDirectory } from './directory.ts';

export interface Lecture {
  entry: CollectionEntry<'lectures'>;
  id: string;
  data: CollectionEntry<'lectures'>['data'];
  start: Date;
  end: Date;
  /** ISO 8601 with +08:00, as written into data-lecture-start/end. */
  startIso: string;
  endIso: string;
  town: Town;
  home: Home | undefined;
  venueName: string;
  address: string;
  /** Number to call about the lecture: the lecture's own, else the home's child director's. */
  contact: string | undefined;
}

let cache: Promise<Lecture[]> | undefined;

async function load(): Promise<Lecture[]> {
  const { townById, homeById } = await getDirectory();
  const entries = (await getCollection('lectures')).filter((e) => !e.data.draft);
  return entries
    .map((entry) => {
      const { data } = entry;
      const home = 'home' in data.venue ? homeById.get(data.venue.home) : undefined;
      const townId = home?.town ?? ('town' in data.venue ? data.venue.town : '');
      const town = townById.get(townId);
      if (!town) throw new Error(`${entry.filePath} venue — 找不到讲座地点所在的街道乡镇“${townId}”`);
      const start = instantFromWallText(data.start);
      const end = instantFromWallText(data.end);
      return {
        entry,
        id: entry.id,
        data,
        start,
        end,
        startIso: toZonedIso(start),
        endIso: toZonedIso(end),
        town,
        home,
        venueName: home?.name ?? ('name' in data.venue && data.venue.name ? data.venue.name : ('address' in data.venue ? data.venue.address : '')),
        address: home?.address ?? ('address' in data.venue ? data.venue.address : ''),
        contact: data.contact ?? home?.director.phone,
      };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

export function getLectures(): Promise<Lecture[]> {
  cache ??= load();
  return cache;
}

/** The build's "now": SITE_NOW or the real clock. */
export function buildNow(): Date {
  return new Date(readBuildEnv(process.env).now);
}

/** Not yet ended and not yet reported as held: earliest first. Cancelled ones stay, marked, so nobody travels. */
export function upcoming(lectures: Lecture[], now: Date): Lecture[] {
  return lectures.filter((l) => l.end.getTime() > now.getTime() && l.data.status !== '已举办');
}

/** Ended or held: latest first. */
export function past(lectures: Lecture[], now: Date): Lecture[] {
  return lectures.filter((l) => !upcoming([l], now).length).reverse();
}

export interface LectureTotals {
  held: number;
  attendance: number;
  leaflets: number;
}

export function totals(lectures: Lecture[]): LectureTotals {
  const held = lectures.filter((l) => l.data.status === '已举办');
  return {
    held: held.length,
    attendance: held.reduce((sum, l) => sum + (l.data.attendance ?? 0), 0),
    leaflets: held.reduce((sum, l) => sum + (l.data.leaflets ?? 0), 0),
  };
}
