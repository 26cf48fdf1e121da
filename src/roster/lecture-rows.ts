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
import {
  columnAt,
  entryRow,
  examplePlace,
  exampleRow,
  LECTURE_COLUMNS,
  LECTURE_DAY,
  LECTURE_START,
} from './columns.ts';
import { findTown, RowReader, unknownTownMessage } from './row-context.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

export type LectureDraft = Omit<LectureData, 'id' | 'draft'>;

// The columns, by the field each fills: their headers are written once, in columns.ts.
const column = (field: string) => columnAt(LECTURE_COLUMNS, field);
const END = column('end');
const PLACE = column('venue');
const TOWN = column('venue.town');
const VENUE_NAME = column('venue.name');

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

  const dateText = reader.required(LECTURE_DAY, '讲座的日期，例如 2026-12-05');
  const date = dateText === undefined ? null : readDate(dateText);
  if (dateText !== undefined && !date) reader.report(LECTURE_DAY, '应当写成日期，例如 2026-12-05');
  for (const [clockColumn, field, example] of [
    [LECTURE_START, 'start', '09:30'],
    [END, 'end', '11:00'],
  ] as const) {
    const text = reader.required(clockColumn, `${clockColumn.header}的钟点，24小时制，例如 ${example}`);
    if (text === undefined) continue;
    const clock = readClock(text);
    if (!clock) reader.report(clockColumn, `应当写成 24 小时制的钟点，例如 ${example}`);
    else if (date) draft[field] = `${date} ${clock}`;
  }

  for (const field of ['title', 'topic', 'audience', 'status'] as const) {
    const text = reader.cell(column(field));
    if (text) draft[field] = text;
  }

  const townText = reader.cell(TOWN);
  const town = townText ? findTown(towns, townText) : undefined;
  if (townText && !town) reader.report(TOWN, unknownTownMessage(towns, townText));
  const example = exampleRow(LECTURE_COLUMNS, examplePlace(district, towns));
  const place = reader.required(PLACE, `儿童之家所在的村社区（例如“${example[PLACE.header]}”），或者详细地址`);
  if (place !== undefined) {
    const matches = homesNamed(homes, place, town?.id);
    if (matches.length > 1) {
      reader.report(
        PLACE,
        `有 ${matches.length} 个街道乡镇都有叫这个名字的儿童之家，应当在“${TOWN.header}”一栏写明是哪一个：${matches.map((h) => towns.find((t) => t.id === h.town)?.name ?? h.town).join('、')}`,
      );
    } else if (matches.length === 1) draft['venue'] = { home: matches[0]!.id };
    else if (!townText) {
      reader.report(
        PLACE,
        `不是名录里任何一个儿童之家的村社区；如果是地址，应当同时在“${TOWN.header}”一栏写它所在的街道、乡镇；如果是儿童之家，应当写它的村社区名称（与儿童之家名录一致）`,
      );
    } else if (town) {
      const name = reader.cell(VENUE_NAME);
      draft['venue'] = { address: place, town: town.id, ...(name ? { name } : {}) };
    }
  }

  draft['speaker'] = {
    name: reader.cell(column('speaker.name')) || undefined,
    org: reader.cell(column('speaker.org')) || undefined,
  };
  const contact = reader.cell(column('contact'));
  if (contact) draft['contact'] = readPhone(contact);

  for (const field of ['attendance', 'leaflets'] as const) {
    const text = reader.cell(column(field));
    if (!text) continue;
    // Not a number at all is not an integer either.
    const value = readNumber(text) ?? Number.NaN;
    if (!Number.isInteger(value) || value < 0) reader.report(column(field), '应当写成整数，只写数字，例如 60');
    else draft[field] = value;
  }
  const original = reader.cell(column('originalStart'));
  if (original) {
    const value = readDateTime(original);
    if (value) draft['originalStart'] = value;
    else reader.report(column('originalStart'), '应当写成“2026-12-05 09:30”这样的日期和钟点');
  }
  const cancelReason = reader.cell(column('cancelReason'));
  if (cancelReason) draft['cancelReason'] = cancelReason;
  return { reader, draft: draft as Partial<LectureDraft> };
}

/** The lecture's row, in the same columns; reading it back gives the same lecture. */
export function lectureToRow(
  lecture: LectureDraft,
  towns: readonly Town[],
  homes: readonly Home[],
): Record<string, string> {
  // A wall time is "2026-12-05 09:30" (the schema): the day, a space, the clock.
  const [date, start] = [lecture.start.slice(0, 10), lecture.start.slice(11)];
  const venue = lecture.venue;
  const home = 'home' in venue ? homes.find((h) => h.id === venue.home) : undefined;
  const townId = 'home' in venue ? home?.town : venue.town;
  // A home's community names it; the town is written too, so it is never ambiguous.
  return entryRow(
    LECTURE_COLUMNS,
    lecture,
    new Map([
      [LECTURE_DAY, date],
      [LECTURE_START, start],
      [END, lecture.end.slice(11)],
      [PLACE, 'home' in venue ? (home?.community ?? venue.home) : venue.address],
      [TOWN, towns.find((t) => t.id === townId)?.name ?? townId ?? ''],
    ]),
  );
}
