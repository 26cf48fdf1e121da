/**
 * Checks between content files that no single schema can see: references resolve, ids are unique.
 * Pure: the content check (scripts/check-content.ts) and the build's queries (src/content/) both run it,
 * so the rules live in one place.
 */
import { suggest } from './suggest.ts';

export interface Located<T> {
  /** Path relative to the project root, e.g. "content/homes/zhangzheng-taqiao.yaml". */
  file: string;
  /** 1-based line of a field path in that file. */
  lineOf: (path: readonly PropertyKey[]) => number;
  data: T;
}

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

interface TownRef { id: string; name: string }
interface HomeRef { id: string; town: string }
interface LectureRef { id: string; venue: { home: string } | { town: string } }

export interface CrossCheckInput {
  towns: Located<TownRef>[];
  homes: Located<HomeRef>[];
  lectures: Located<LectureRef>[];
}

function duplicates<T extends { id: string }>(items: Located<T>[], what: string, path: (index: number) => PropertyKey[]): ContentProblem[] {
  const seen = new Map<string, Located<T>>();
  const problems: ContentProblem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.data.id);
    if (first) {
      problems.push({
        file: item.file,
        line: item.lineOf(path(index)),
        field: 'id',
        message: `${what}编号“${item.data.id}”重复了（${first.file} 已经用过），应当换一个不重复的编号`,
      });
    } else seen.set(item.data.id, item);
  });
  return problems;
}

function unknownRef(id: string, known: string[], what: string, where: string): string {
  const hint = suggest(id, known);
  return `没有编号为“${id}”的${what}，应当写 ${where} 里已有的编号${hint ? `；您是不是想写“${hint}”？` : ''}`;
}

export function crossCheck({ towns, homes, lectures }: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [
    ...duplicates(towns, '街道乡镇', (i) => [i, 'id']),
    ...duplicates(homes, '儿童之家', () => ['id']),
    ...duplicates(lectures, '讲座', () => ['id']),
  ];
  const townIds = towns.map((t) => t.data.id);
  const homeIds = homes.map((h) => h.data.id);
  for (const home of homes) {
    if (!townIds.includes(home.data.town)) {
      problems.push({ file: home.file, line: home.lineOf(['town']), field: 'town', message: unknownRef(home.data.town, townIds, '街道乡镇', 'content/towns.yaml') });
    }
  }
  for (const lecture of lectures) {
    const venue = lecture.data.venue;
    if ('home' in venue && !homeIds.includes(venue.home)) {
      problems.push({ file: lecture.file, line: lecture.lineOf(['venue', 'home']), field: 'venue.home', message: unknownRef(venue.home, homeIds, '儿童之家', 'content/homes/') });
    }
    if ('town' in venue && !townIds.includes(venue.town)) {
      problems.push({ file: lecture.file, line: lecture.lineOf(['venue', 'town']), field: 'venue.town', message: unknownRef(venue.town, townIds, '街道乡镇', 'content/towns.yaml') });
    }
  }
  return problems;
}

/** "content/homes/a.yaml:7 town — 问题，应当…" */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} ${p.field} — ${p.message}`;
}
