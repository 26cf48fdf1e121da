/**
 * Every programme figure a page may show: counted from the content data, or read from stats.yaml with
 * its 截至 date and source. Prose never carries a typed figure; <Stat> and <KeyFigure> read from here.
 */
import { getCollection } from 'astro:content';
import { getDirectory } from './directory.ts';
import { getLectures, totals } from './lectures.ts';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** Present for figures from stats.yaml; counted figures come from the site's own data. */
  asOf?: string;
  source?: string;
}

let cache: Promise<Map<string, Figure>> | undefined;

async function load(): Promise<Map<string, Figure>> {
  const { towns, homes } = await getDirectory();
  const sums = totals(await getLectures());
  const counted: Figure[] = [
    { id: 'homes', label: '儿童之家', value: homes.length, unit: '个' },
    { id: 'directors', label: '儿童主任', value: new Set(homes.map((h) => `${h.director.name}|${h.director.phone}`)).size, unit: '名' },
    { id: 'supervisors', label: '儿童督导员', value: towns.length, unit: '名' },
    { id: 'towns', label: '街道、乡镇', value: towns.length, unit: '个' },
    { id: 'lecturesHeld', label: '已举办普法讲座', value: sums.held, unit: '场' },
    { id: 'peopleReached', label: '讲座参加人次', value: sums.attendance, unit: '人次' },
    { id: 'leaflets', label: '发放宣传资料', value: sums.leaflets, unit: '份' },
  ];
  const stats = (await getCollection('stats')).map((e) => e.data);
  return new Map([...counted, ...stats].map((f) => [f.id, f]));
}

export function getFigures(): Promise<Map<string, Figure>> {
  cache ??= load();
  return cache;
}

export async function getFigure(id: string): Promise<Figure> {
  const figures = await getFigures();
  const figure = figures.get(id);
  // The content check reports an unknown id, with what to write instead, before any page is built.
  if (!figure) throw new Error(`没有编号为“${id}”的统计数字（见内容检查的报告）`);
  return figure;
}

/** 240000 → "240,000"; 1245 → "1,245". */
export function formatFigure(value: number): string {
  return new Intl.NumberFormat('zh-CN').format(value);
}
