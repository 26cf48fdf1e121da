/**
 * What importing a sheet would do, worked out before anything is written: each row read and checked,
 * matched to the entry it updates (same town and community for a home; same day, time and place for a
 * lecture) so ids and files stay stable, new ids for new rows, and the entries the sheet no longer has.
 * Any problem anywhere means nothing is written (see apply-import.ts).
 */
import { shortTownName } from '../search/terms.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import type { Town } from '../schemas/town.ts';
import {
  columnAt,
  COLUMNS,
  examplePlace,
  exampleRow,
  HOME_COLUMNS,
  LECTURE_START,
  type Column,
} from '../roster/columns.ts';
import { rosterKind, type RosterKindName } from '../roster/content-kinds.ts';
import { homeFileText, lectureFileText } from './entry-text.ts';
import { homeToRow, readHomeRow } from '../roster/home-rows.ts';
import { lectureToRow, readLectureRow } from '../roster/lecture-rows.ts';
import type { CurrentContent, Stored } from './load-content.ts';
import { communityName, homeId, idFits, placeId, uniqueId } from './pinyin-id.ts';
import type { Sheet } from '../roster/read-sheet.ts';
import type { RowProblem } from '../roster/row-problem.ts';
import { RowReader } from '../roster/row-context.ts';

export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface PlannedFile {
  /** Relative to the content root, e.g. "homes/chengguan-dongguan.yaml". */
  file: string;
  /** What an office calls it: the home's name, the lecture's date and title. */
  label: string;
  /** The new text; absent for a file that is removed or left as it is. */
  text?: string;
  changes?: FieldChange[];
}

export interface ImportPlan {
  kind: RosterKindName;
  rows: number;
  /** Problems in cells of the sheet. */
  problems: RowProblem[];
  /** Problems outside the sheet: content that would break if the import went ahead. */
  blockers: string[];
  added: PlannedFile[];
  changed: PlannedFile[];
  unchanged: PlannedFile[];
  /** In the content, not in the sheet: removed only when asked to. */
  missing: PlannedFile[];
  /**
   * Removed with the missing homes when asked to: lectures in towns that towns.yaml no longer lists.
   * They belong to a list that has been replaced, and no place of theirs could pass the check.
   */
  alsoRemoved: PlannedFile[];
  removeMissing: boolean;
}

export interface PlanOptions {
  removeMissing?: boolean;
}

/** The columns the sheet must have: every required one (a missing optional column reads as empty). */
function headerProblems(sheet: Sheet, columns: readonly Column[]): RowProblem[] {
  const known = new Set(columns.map((c) => c.header));
  const problems: RowProblem[] = [];
  for (const column of columns) {
    if (column.required && !sheet.headers.includes(column.header)) {
      problems.push({
        file: sheet.file,
        sheet: sheet.name,
        row: 1,
        column: column.header,
        value: '',
        message: `表头缺少这一栏，应当在第 1 行加上“${column.header}”（可以用 npm run import -- template 生成的模板）`,
      });
    }
  }
  for (const header of sheet.headers) {
    if (!known.has(header)) {
      problems.push({
        file: sheet.file,
        sheet: sheet.name,
        row: 1,
        column: header,
        value: header,
        message: `不认识这一栏，应当删除，或改成这些栏目之一：${columns.map((c) => c.header).join('、')}`,
      });
    }
  }
  return problems;
}

/** The template's example row left in the sheet: imported, it would publish an example as real. */
function exampleRowProblem(reader: RowReader, content: CurrentContent): void {
  const example = exampleRow(reader.columns, examplePlace(content.district, content.towns));
  const columns = reader.columns.filter((c) => example[c.header] !== '');
  if (columns.length > 0 && columns.every((c) => reader.cell(c) === example[c.header])) {
    reader.report(reader.columns[0]!, '这一行是模板里的示例，应当删除这一行，或改成真实的信息');
  }
}

function diff(before: Record<string, string>, after: Record<string, string>): FieldChange[] {
  return Object.keys(after)
    .filter((column) => (before[column] ?? '') !== after[column])
    .map((column) => ({ column, before: before[column] ?? '', after: after[column]! }));
}

function planHomes(sheet: Sheet, content: CurrentContent, plan: ImportPlan): void {
  const kind = rosterKind('homes');
  const byKey = new Map(content.homes.map((h) => [`${h.data.town}|${h.data.community}`, h]));
  const taken = new Set(content.homes.map((h) => h.data.id));
  const seen = new Map<string, number>();
  const matched = new Set<Stored<Home>>();
  const incoming: { home: Home; stored?: Stored<Home> }[] = [];
  for (const row of sheet.rows) {
    const { reader, draft } = readHomeRow(sheet, row, content.towns, content.district);
    exampleRowProblem(reader, content);
    const key = `${draft.town}|${draft.community}`;
    if (draft.town && draft.community) {
      const first = seen.get(key);
      if (first !== undefined)
        reader.report(
          columnAt(HOME_COLUMNS, 'community'),
          `与第${first}行是同一个儿童之家（同一街道乡镇、同一村社区），应当把两行合并成一行`,
        );
      else seen.set(key, row.row);
    }
    const stored = byKey.get(key);
    // A home keeps its id, file, type and draft state; a new one gets a pinyin id no other home has.
    const id =
      stored?.data.id ?? (draft.town && draft.community ? uniqueId(homeId(draft.town, draft.community), taken) : 'new');
    const communityType = stored?.data.communityType ?? draft.communityType;
    const home = reader.validate(kind.schema, {
      id,
      ...draft,
      communityType,
      ...(stored?.data.draft ? { draft: true } : {}),
    }) as Home | null;
    plan.problems.push(...reader.problems);
    if (home && reader.problems.length === 0) {
      if (stored) matched.add(stored);
      incoming.push(stored ? { home, stored } : { home });
    }
  }
  for (const { home, stored } of incoming) {
    const label = home.name;
    if (!stored) {
      plan.added.push({ file: `${kind.folder}/${home.id}${kind.ext}`, label, text: homeFileText(home) });
      continue;
    }
    const changes = diff(homeToRow(stored.data, content.towns), homeToRow(home, content.towns));
    if (changes.length === 0) plan.unchanged.push({ file: stored.file, label });
    else plan.changed.push({ file: stored.file, label, text: homeFileText(home), changes });
  }
  const missing = content.homes.filter((h) => !matched.has(h));
  plan.missing.push(...missing.map((h) => ({ file: h.file, label: h.data.name })));
  if (plan.removeMissing) {
    const removed = new Map(missing.map((h) => [h.data.id, h.data]));
    const listed = new Set(content.towns.map((t) => t.id));
    const townOf = new Map(content.homes.map((h) => [h.data.id, h.data.town]));
    for (const lecture of content.lectures) {
      const venue = lecture.data.venue;
      const town = 'home' in venue ? townOf.get(venue.home) : venue.town;
      if (town !== undefined && !listed.has(town)) {
        plan.alsoRemoved.push({ file: lecture.file, label: `${lecture.data.start} ${lecture.data.title}` });
      } else if ('home' in venue && removed.has(venue.home)) {
        plan.blockers.push(
          `${lecture.file} — 讲座“${lecture.data.title}”（${lecture.data.start}）在要删除的儿童之家“${removed.get(venue.home)!.name}”举办；应当先把这场讲座的地点改掉或删除这场讲座，或者把这个儿童之家留在表格里，再导入`,
        );
      }
    }
  }
}

/**
 * Files that do not pass their schema cannot be compared with a row. The sheet replaces those of its
 * own kind when it replaces the whole list (--remove-missing); otherwise, and for the other kind, the
 * import stops and says how to go on.
 */
function planUnreadable(kind: RosterKindName, content: CurrentContent, plan: ImportPlan): void {
  const folder = `${rosterKind(kind).folder}/`;
  for (const file of content.unreadable) {
    if (plan.removeMissing && file.startsWith(folder)) plan.missing.push({ file, label: '（没有通过内容检查的文件）' });
    else
      plan.blockers.push(
        `${file} — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好${file.startsWith(folder) ? '；或者，表格是完整名单时，加上 --remove-missing 用表格替换它' : ''}，再导入`,
      );
  }
}

/**
 * A new lecture's id: its day, then where it is held: the home's id, or the town's id and the venue's
 * name without the town's own name (already in the id), shortened to fit (see placeId).
 */
function lectureId(start: string, venue: LectureData['venue'], homes: readonly Home[], towns: readonly Town[]): string {
  const day = start.slice(0, 10);
  if ('home' in venue) {
    const home = homes.find((h) => h.id === venue.home);
    const atHome = `${day}-${venue.home}`;
    return idFits(atHome) || !home ? atHome : placeId([day, home.town], communityName(home.community));
  }
  const town = towns.find((t) => t.id === venue.town);
  const name = venue.name ?? '';
  return placeId(
    [day, venue.town],
    town ? name.replace(new RegExp(`^(${town.name}|${shortTownName(town.name)})`), '') : name,
  );
}

/** A lecture is the same one when it is on the same day at the same place and starts at the same time (or was moved from it). */
const lectureKey = (start: string, venue: LectureData['venue']) =>
  `${start}|${'home' in venue ? venue.home : `${venue.town}|${venue.address}`}`;

function planLectures(sheet: Sheet, content: CurrentContent, plan: ImportPlan): void {
  const kind = rosterKind('lectures');
  const homes = content.homes.map((h) => h.data);
  const byKey = new Map(
    content.lectures.map((l) => [lectureKey(l.data.originalStart ?? l.data.start, l.data.venue), l]),
  );
  const byStart = new Map(content.lectures.map((l) => [lectureKey(l.data.start, l.data.venue), l]));
  const taken = new Set(content.lectures.map((l) => l.data.id));
  const matched = new Set<Stored<LectureData>>();
  const seen = new Map<string, number>();
  const incoming: { lecture: LectureData; stored?: Stored<LectureData> }[] = [];
  for (const row of sheet.rows) {
    const { reader, draft } = readLectureRow(sheet, row, content.towns, homes, content.district);
    exampleRowProblem(reader, content);
    let stored: Stored<LectureData> | undefined;
    if (draft.start && draft.venue) {
      const key = lectureKey(draft.start, draft.venue);
      const first = seen.get(key);
      if (first !== undefined)
        reader.report(LECTURE_START, `与第${first}行是同一场讲座（同一天、同一时间、同一地点），应当把两行合并成一行`);
      else seen.set(key, row.row);
      stored =
        byStart.get(key) ??
        byKey.get(key) ??
        (draft.originalStart
          ? (byStart.get(lectureKey(draft.originalStart, draft.venue)) ??
            byKey.get(lectureKey(draft.originalStart, draft.venue)))
          : undefined);
    }
    const id =
      stored?.data.id ??
      (draft.start && draft.venue ? uniqueId(lectureId(draft.start, draft.venue, homes, content.towns), taken) : 'new');
    const lecture = reader.validate(kind.schema, {
      id,
      ...draft,
      ...(stored?.data.draft ? { draft: true } : {}),
    }) as LectureData | null;
    plan.problems.push(...reader.problems);
    if (lecture && reader.problems.length === 0) {
      if (stored) matched.add(stored);
      incoming.push(stored ? { lecture, stored } : { lecture });
    }
  }
  for (const { lecture, stored } of incoming) {
    const label = `${lecture.start} ${lecture.title}`;
    if (!stored) {
      plan.added.push({ file: `${kind.folder}/${lecture.id}${kind.ext}`, label, text: lectureFileText(lecture, '') });
      continue;
    }
    const changes = diff(lectureToRow(stored.data, content.towns, homes), lectureToRow(lecture, content.towns, homes));
    if (changes.length === 0) plan.unchanged.push({ file: stored.file, label });
    else plan.changed.push({ file: stored.file, label, text: lectureFileText(lecture, stored.body), changes });
  }
  plan.missing.push(
    ...content.lectures
      .filter((l) => !matched.has(l))
      .map((l) => ({ file: l.file, label: `${l.data.start} ${l.data.title}` })),
  );
}

export function planImport(
  kind: RosterKindName,
  sheet: Sheet,
  content: CurrentContent,
  options: PlanOptions = {},
): ImportPlan {
  const plan: ImportPlan = {
    kind,
    rows: sheet.rows.length,
    problems: [],
    blockers: [],
    added: [],
    changed: [],
    unchanged: [],
    missing: [],
    alsoRemoved: [],
    removeMissing: Boolean(options.removeMissing),
  };
  plan.problems.push(...headerProblems(sheet, COLUMNS[kind]));
  // With the wrong columns every row would repeat the same problem: the header is fixed first.
  if (plan.problems.length > 0) return plan;
  if (sheet.rows.length === 0) {
    plan.problems.push({
      file: sheet.file,
      sheet: sheet.name,
      row: 2,
      column: COLUMNS[kind][0]!.header,
      value: '',
      message: '表格里没有任何数据行，应当从第 2 行起每行写一条',
    });
  }
  planUnreadable(kind, content, plan);
  if (kind === 'homes') planHomes(sheet, content, plan);
  else planLectures(sheet, content, plan);
  return plan;
}

export const planFailed = (plan: ImportPlan) => plan.problems.length > 0 || plan.blockers.length > 0;
