/**
 * One row of the lectures sheet to a lecture's frontmatter (content/lectures/*.md) and back. 地点 names
 * a children's home by its 村社区 (or its full name); anything else is an address, which then needs
 * its 街道乡镇. The id is given by the import (see plan-import.ts).
 */
import type { District } from '../schemas/district.ts';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';
import type { Town } from '../schemas/town.ts';
import { readClock, readDate, readDateTime, readNumber, readPhone } from './cell-values.ts';
import { examplePlace, exampleRow, LECTURE_COLUMNS } from './columns.ts';
import { findTown, RowReader, unknownTownMessage } from './row-context.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

export type LectureDraft = Omit<LectureData, 'id' | 'draft'>;

/** The homes a 地点 cell may mean: by community or full name, within the town when one is given. */
export function homesNamed(homes: readonly Home[], text: string, town?: string): Home[] {
  const key = text.trim();
  return homes.filter((h) => (h.community === key || h.name === key) && (!town || h.town === town));
}

export function readLectureRow(
  sheet: Sheet,
  row: SheetRow,
  towns: readonly Town[],
  homes: readonly Home[],
  district: District,
): { reader: RowReader; draft: Partial<LectureDraft> } {
  const reader = new RowReader(sheet, row, LECTURE_COLUMNS, district.areaCode);
  const draft: Record<string, unknown> = {};

  const dateText = reader.required('日期', '讲座的日期，例如 2026-12-05');
  const date = dateText === undefined ? null : readDate(dateText);
  if (dateText !== undefined && !date) reader.report('日期', '应当写成日期，例如 2026-12-05');
  for (const [header, field] of [
    ['开始', 'start'],
    ['结束', 'end'],
  ] as const) {
    const text = reader.required(header, `${header}的钟点，24小时制，例如 ${field === 'start' ? '09:30' : '11:00'}`);
    if (text === undefined) continue;
    const clock = readClock(text);
    if (!clock) reader.report(header, `应当写成 24 小时制的钟点，例如 ${field === 'start' ? '09:30' : '11:00'}`);
    else if (date) draft[field] = `${date} ${clock}`;
  }

  for (const [header, field] of [
    ['题目', 'title'],
    ['主题', 'topic'],
    ['面向', 'audience'],
    ['状态', 'status'],
  ] as const) {
    const text = reader.cell(header);
    if (text) draft[field] = text;
  }

  const townText = reader.cell('街道乡镇');
  const town = townText ? findTown(towns, townText) : undefined;
  if (townText && !town) reader.report('街道乡镇', unknownTownMessage(towns, townText));
  const example = exampleRow(LECTURE_COLUMNS, examplePlace(district, towns));
  const place = reader.required('地点', `儿童之家所在的村社区（例如“${example['地点']}”），或者详细地址`);
  if (place !== undefined) {
    const matches = homesNamed(homes, place, town?.id);
    if (matches.length === 1) draft['venue'] = { home: matches[0]!.id };
    else if (matches.length > 1) {
      reader.report(
        '地点',
        `有 ${matches.length} 个街道乡镇都有叫这个名字的儿童之家，应当在“街道乡镇”一栏写明是哪一个：${matches.map((h) => towns.find((t) => t.id === h.town)?.name ?? h.town).join('、')}`,
      );
    } else if (!townText) {
      reader.report(
        '地点',
        '不是名录里任何一个儿童之家的村社区；如果是地址，应当同时在“街道乡镇”一栏写它所在的街道、乡镇；如果是儿童之家，应当写它的村社区名称（与儿童之家名录一致）',
      );
    } else if (town) {
      const name = reader.cell('场地名称');
      draft['venue'] = { address: place, town: town.id, ...(name ? { name } : {}) };
    }
  }

  const speaker = { name: reader.cell('主讲人') || undefined, org: reader.cell('主讲单位') || undefined };
  draft['speaker'] = speaker;
  if (reader.cell('咨询电话')) draft['contact'] = readPhone(reader.cell('咨询电话'));

  for (const [header, field] of [
    ['参加人数', 'attendance'],
    ['发放资料份数', 'leaflets'],
  ] as const) {
    const text = reader.cell(header);
    if (!text) continue;
    const value = readNumber(text);
    if (value === null || !Number.isInteger(value) || value < 0)
      reader.report(header, '应当写成整数，只写数字，例如 60');
    else draft[field] = value;
  }
  const original = reader.cell('原定开始时间');
  if (original) {
    const value = readDateTime(original);
    if (value) draft['originalStart'] = value;
    else reader.report('原定开始时间', '应当写成“2026-12-05 09:30”这样的日期和钟点');
  }
  if (reader.cell('取消原因')) draft['cancelReason'] = reader.cell('取消原因');
  return { reader, draft: draft as Partial<LectureDraft> };
}

/** The lecture's row, in the same columns; reading it back gives the same lecture. */
export function lectureToRow(
  lecture: LectureDraft,
  towns: readonly Town[],
  homes: readonly Home[],
): Record<string, string> {
  const [date = '', start = ''] = lecture.start.split(' ');
  const venue = lecture.venue;
  const home = 'home' in venue ? homes.find((h) => h.id === venue.home) : undefined;
  const townId = 'home' in venue ? home?.town : venue.town;
  // A home's community names it; the town is written too, so it is never ambiguous.
  return {
    日期: date,
    开始: start,
    结束: lecture.end.split(' ')[1] ?? '',
    题目: lecture.title,
    主题: lecture.topic,
    地点: 'home' in venue ? (home?.community ?? venue.home) : venue.address,
    街道乡镇: towns.find((t) => t.id === townId)?.name ?? townId ?? '',
    场地名称: 'name' in venue ? (venue.name ?? '') : '',
    主讲人: lecture.speaker.name,
    主讲单位: lecture.speaker.org,
    面向: lecture.audience,
    咨询电话: lecture.contact ?? '',
    状态: lecture.status,
    参加人数: lecture.attendance === undefined ? '' : String(lecture.attendance),
    发放资料份数: lecture.leaflets === undefined ? '' : String(lecture.leaflets),
    原定开始时间: lecture.originalStart ?? '',
    取消原因: lecture.cancelReason ?? '',
  };
}
