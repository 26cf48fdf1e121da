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
  /** A draft ("draft: true" or a file name starting with "_"): checked, never published. */
  draft?: boolean;
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
interface TownMention { town?: string | undefined }

export interface CrossCheckInput {
  towns: Located<TownRef>[];
  homes: Located<HomeRef>[];
  lectures: Located<LectureRef>[];
  /** News posts and stats may name a town. */
  mentions?: Located<TownMention>[];
}

/** Each item's lineOf takes paths inside that item (for a list file, inside its list entry). */
function duplicates<T extends { id: string }>(items: Located<T>[], what: string): ContentProblem[] {
  const path = ['id'];
  const seen = new Map<string, Located<T>>();
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const first = seen.get(item.data.id);
    if (first) {
      const where = first.file === item.file ? `本文件第 ${first.lineOf(path)} 行` : first.file;
      problems.push({
        file: item.file,
        line: item.lineOf(path),
        field: 'id',
        message: `${what}编号“${item.data.id}”重复了（${where} 已经用过），应当换一个不重复的编号`,
      });
    } else seen.set(item.data.id, item);
  }
  return problems;
}

function unknownRef(id: string, known: string[], what: string, where: string): string {
  const hint = suggest(id, known);
  return `没有编号为“${id}”的${what}，应当写 ${where} 里已有的编号${hint ? `；您是不是想写“${hint}”？` : ''}`;
}

export function crossCheck({ towns, homes, lectures, mentions = [] }: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [
    ...duplicates(towns, '街道乡镇'),
    ...duplicates(homes, '儿童之家'),
    ...duplicates(lectures, '讲座'),
  ];
  const townIds = towns.map((t) => t.data.id);
  const homeIds = homes.map((h) => h.data.id);
  const draftHomes = new Set(homes.filter((h) => h.draft).map((h) => h.data.id));
  const checkTown = (item: Located<unknown>, town: string, path: PropertyKey[]) => {
    if (!townIds.includes(town)) {
      problems.push({ file: item.file, line: item.lineOf(path), field: path.join('.'), message: unknownRef(town, townIds, '街道乡镇', 'content/towns.yaml') });
    }
  };
  for (const home of homes) checkTown(home, home.data.town, ['town']);
  for (const mention of mentions) if (mention.data.town !== undefined) checkTown(mention, mention.data.town, ['town']);
  for (const lecture of lectures) {
    const venue = lecture.data.venue;
    if ('home' in venue) {
      const line = lecture.lineOf(['venue', 'home']);
      if (!homeIds.includes(venue.home)) {
        problems.push({ file: lecture.file, line, field: 'venue.home', message: unknownRef(venue.home, homeIds, '儿童之家', 'content/homes/') });
      } else if (draftHomes.has(venue.home) && !lecture.draft) {
        problems.push({ file: lecture.file, line, field: 'venue.home', message: `儿童之家“${venue.home}”还是草稿，不会发布，应当先发布这个儿童之家，或者把讲座也标成草稿（draft: true）` });
      }
    }
    if ('town' in venue) checkTown(lecture, venue.town, ['venue', 'town']);
  }
  return problems;
}

/** "content/homes/a.yaml:7 town — 问题，应当…" */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} ${p.field} — ${p.message}`;
}
