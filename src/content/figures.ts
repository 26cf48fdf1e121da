/**
 * Every programme figure a page may show: counted from the content data, or read from stats.yaml with
 * its 截至 date and source. Prose never carries a typed figure; <Stat> and <KeyFigure> read from here.
 *
 * Honest figures: a figure counted from sample data (site.yaml `sampleDirectory: true`) says 示例; a
 * news post shows each figure as it stood on the post's date (stats.yaml keeps earlier reports under
 * `earlier`; lectures held are counted up to that day), never a recount at a later build.
 */
import { getCollection } from 'astro:content';
import { getDirectory } from './directory.ts';
import { getLectures, totals, type Lecture } from './lectures.ts';
import { getSite } from './site.ts';
import { calendarDateText, formatCalendarDate, toZonedDate } from '../lib/time.ts';
import { t } from '../lib/i18n.ts';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** A reported round figure ("30余"). */
  approximate?: boolean;
  /** Present for figures from stats.yaml; counted figures come from the site's own data. */
  asOf?: string;
  source?: string;
  /** asOf is the date a repost was found, not the report's own: the note says 截至报道时 and 转载日期. */
  reposted?: boolean;
  /** Counted from content that is sample data: the page says 示例. */
  sample?: boolean;
}

interface Figures {
  current: Map<string, Figure>;
  /** stats.yaml figures with their earlier reports, newest first. */
  versions: Map<string, Figure[]>;
  lectures: Lecture[];
  sample: boolean;
}

/** Counted from the lectures that had been held by a moment (all of them when none is given). */
function lectureFigures(lectures: Lecture[], sample: boolean, upTo?: string): Figure[] {
  const sums = totals(upTo ? lectures.filter((l) => toZonedDate(l.start) <= upTo) : lectures);
  return [
    { id: 'lecturesHeld', label: '已举办普法讲座', value: sums.held, unit: '场', sample },
    { id: 'peopleReached', label: '讲座参加人次', value: sums.attendance, unit: '人次', sample },
    { id: 'leaflets', label: '发放宣传资料', value: sums.leaflets, unit: '份', sample },
  ];
}

let cache: Promise<Figures> | undefined;

async function load(): Promise<Figures> {
  const { towns, homes } = await getDirectory();
  const lectures = await getLectures();
  const sample = (await getSite()).sampleDirectory;
  const counted: Figure[] = [
    { id: 'homes', label: '儿童之家', value: homes.length, unit: '个', sample },
    { id: 'directors', label: '儿童主任', value: new Set(homes.map((h) => `${h.director.name}|${h.director.phone}`)).size, unit: '名', sample },
    { id: 'supervisors', label: '儿童督导员', value: towns.length, unit: '名', sample },
    { id: 'towns', label: '街道、乡镇', value: towns.length, unit: '个' },
    ...lectureFigures(lectures, sample),
  ];
  const versions = new Map<string, Figure[]>();
  const stats: Figure[] = [];
  for (const { data } of await getCollection('stats')) {
    const { earlier, town: _town, ...current } = data;
    stats.push(current);
    const all = [current, ...earlier.map((e) => ({ ...current, ...e }))].sort((a, b) => b.asOf.localeCompare(a.asOf));
    versions.set(data.id, all);
  }
  return { current: new Map([...counted, ...stats].map((f) => [f.id, f])), versions, lectures, sample };
}

export function getFigures(): Promise<Map<string, Figure>> {
  cache ??= load();
  return cache.then((f) => f.current);
}

/**
 * A figure now, or as it stood on `asOf` (a news post's date, YYYY-MM-DD). Directory counts have no
 * history, so a post cannot show them: it cites the reported figure from stats.yaml instead.
 */
export async function getFigure(id: string, asOf?: string | Date): Promise<Figure> {
  cache ??= load();
  const figures = await cache;
  const figure = figures.current.get(id);
  // The content check reports an unknown id, with what to write instead, before any page is built.
  if (!figure) throw new Error(`没有编号为“${id}”的统计数字（见内容检查的报告）`);
  if (asOf === undefined) return figure;
  const day = calendarDateText(asOf);
  const versions = figures.versions.get(id);
  if (versions) {
    const then = versions.find((v) => v.asOf! <= day);
    if (!then) {
      throw new Error(`统计数字“${id}”最早的截至日期是 ${versions.at(-1)!.asOf}，晚于动态的发布日期 ${day}：动态应当显示发布时的数字，应当在 stats.yaml 里这一项的 earlier 下补上当时的数值、截至日期和来源，或改用别的数字`);
    }
    return then;
  }
  const lecture = lectureFigures(figures.lectures, figures.sample, day).find((f) => f.id === id);
  if (lecture) return lecture;
  throw new Error(`发布于 ${day} 的动态引用了“${figure.label}”（${id}）：这个数字每次构建都重新统计，不是发布时的数字；动态里应当改用 stats.yaml 里带截至日期和来源的数字`);
}

/**
 * Where a figure comes from, in the words every figure component shows: its 截至 date and source (or
 * 截至报道时 and the 转载日期 when only a repost was found), 根据本站数据统计, or 示例 for sample data.
 */
export function figureNote(figure: Figure): string {
  if (figure.asOf === undefined) return figure.sample ? t('figure.sampleNote') : t('figure.computed');
  const date = formatCalendarDate(figure.asOf);
  return t(figure.reposted ? 'figure.noteReposted' : 'figure.note', { date, source: figure.source ?? '' });
}

/**
 * One visible note for a group of figures (the home page's cards, a paragraph's inline figures): each
 * source said once; when the figures come from more than one, each note names the figures it covers.
 */
export function groupNote(figures: Figure[]): string {
  const byNote = new Map<string, string[]>();
  for (const figure of figures) {
    const note = figureNote(figure);
    const labels = byNote.get(note) ?? [];
    if (!labels.includes(figure.label)) labels.push(figure.label);
    byNote.set(note, labels);
  }
  const notes = [...byNote].map(([note, labels]) => (byNote.size === 1 ? note : `${labels.join('、')}：${note}`));
  return t('figure.sourcesAbove', { notes: notes.join('；') });
}

/** 240000 → "240,000"; 1245 → "1,245"; a round reported figure → "30余". */
export function formatFigure(value: number, approximate = false): string {
  return new Intl.NumberFormat('zh-CN').format(value) + (approximate ? '余' : '');
}

/**
 * The home page's headline figures. While the directory and lectures are sample data they are the
 * programme's reported figures from stats.yaml; once real records are in, the counts from them. Only
 * figures there are and that count something: a district's first day, with nothing imported or
 * reported yet, shows no "0 场" (and no figures at all when none is left).
 */
export async function headlineFigureIds(sample: boolean): Promise<string[]> {
  const figures = await getFigures();
  const wanted = sample
    ? ['lecturesReported', 'leafletsReported', 'supervisorsReported', 'directorsReported', 'childrenInDifficulty']
    : ['homes', 'directors', 'supervisors', 'lecturesHeld', 'leaflets', 'peopleReached', 'childrenInDifficulty'];
  return wanted.filter((id) => (figures.get(id)?.value ?? 0) > 0);
}
