/**
 * One row of the homes sheet to a children's home (content/homes/*.yaml) and back. The id is not in
 * the sheet: the import gives it (an existing home keeps its own; see plan-import.ts).
 */
import { outlineProblem } from '../check/district-outline.ts';
import type { District } from '../schemas/district.ts';
import type { Home } from '../schemas/home.ts';
import type { Town } from '../schemas/town.ts';
import { readDate, readList, readNumber, readPhone } from './cell-values.ts';
import { columnAt, entryRow, examplePlace, exampleRow, HOME_COLUMNS } from './columns.ts';
import { formatHoursText, parseHoursText } from './hours-text.ts';
import { findTown, RowReader, unknownTownMessage } from './row-context.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

/** A home as read from its row, before the id is given and the schema checks it. */
export type HomeDraft = Omit<Home, 'id' | 'draft' | 'facilities' | 'activities'> & {
  facilities: string[];
  activities: string[];
};

export const DEFAULT_NAME_SUFFIX = '儿童之家';

// The columns, by the field each fills: their headers are written once, in columns.ts.
const column = (field: string) => columnAt(HOME_COLUMNS, field);
const TOWN = column('town');
const COMMUNITY = column('community');
const NAME = column('name');
const HOURS = column('hours');
const LNG = column('location.lng');
const LAT = column('location.lat');
const PHONE = column('director.phone');
const VERIFIED = column('verified');

export function readHomeRow(
  sheet: Sheet,
  row: SheetRow,
  towns: readonly Town[],
  district: District,
): { reader: RowReader; draft: Partial<HomeDraft> } {
  const reader = new RowReader(sheet, row, HOME_COLUMNS, district.areaCode);
  const draft: Record<string, unknown> = {};
  // The template's own example row: the hints below say what it says.
  const example = exampleRow(HOME_COLUMNS, examplePlace(district, towns));

  const townText = reader.required(TOWN, `儿童之家所在街道、乡镇的名称，例如“${example[TOWN.header]}”`);
  if (townText !== undefined) {
    const town = findTown(towns, townText);
    if (town) draft['town'] = town.id;
    else reader.report(TOWN, unknownTownMessage(towns, townText));
  }
  const community = reader.required(COMMUNITY, `所在村或社区的名称，例如“${example[COMMUNITY.header]}”`);
  reader.derive('communityType', COMMUNITY);
  reader.derive('name', COMMUNITY);
  if (community !== undefined) {
    draft['community'] = community;
    draft['communityType'] = community.endsWith('村') ? '村' : '社区';
  }
  const name = reader.cell(NAME);
  if (name || community) draft['name'] = name || `${community}${DEFAULT_NAME_SUFFIX}`;
  draft['address'] = reader.required(column('address'), '详细地址，家长照着能找到');
  draft['director'] = {
    name: reader.required(column('director.name'), '儿童主任的姓名'),
    phone: reader.cell(PHONE)
      ? readPhone(reader.cell(PHONE))
      : reader.required(PHONE, '儿童主任的电话，例如 区号-1234567 或 11 位手机号'),
  };

  const hoursText = reader.required(HOURS, '开放时间，例如“周一至周五 16:30-19:00；周六 9:00-12:00”');
  if (hoursText !== undefined) {
    const hours = parseHoursText(hoursText);
    if (hours.ok) {
      draft['hours'] = hours.value.hours;
      if (hours.value.holidayNote) draft['holidayNote'] = hours.value.holidayNote;
    } else reader.report(HOURS, hours.message);
  }

  const [lngText, latText] = [reader.cell(LNG), reader.cell(LAT)];
  if (lngText || latText) {
    const [lng, lat] = [readNumber(lngText), readNumber(latText)];
    if (!lngText || !latText)
      reader.report(
        lngText ? LAT : LNG,
        '经度和纬度要么都写，要么都空着；应当用高德地图坐标拾取器取点，把两个数都填上',
      );
    else if (lng === null) reader.report(LNG, `应当写成数字，例如 ${example[LNG.header]}`);
    else if (lat === null) reader.report(LAT, `应当写成数字，例如 ${example[LAT.header]}`);
    else {
      // Outside the district's outline: which of the two is off, in the sheet's own columns.
      const problem = outlineProblem(
        { lng, lat },
        district.outline,
        district.name,
        (p) => `在“${LNG.header}”一栏写 ${p.lng} 这样的数，“${LAT.header}”一栏写 ${p.lat} 这样的数`,
      );
      if (problem) reader.report(problem.off === 'lat' ? LAT : LNG, problem.message);
      else draft['location'] = { lng, lat };
    }
  }

  for (const field of ['facilities', 'activities'] as const) draft[field] = readList(reader.cell(column(field)));
  const accessibility = reader.cell(column('accessibility'));
  if (accessibility) draft['accessibility'] = accessibility;

  const verified = reader.required(VERIFIED, '最近一次核实信息的日期，例如 2026-11-20');
  if (verified !== undefined) {
    const date = readDate(verified);
    if (date) draft['verified'] = date;
    else reader.report(VERIFIED, '应当写成日期，例如 2026-11-20');
  }
  return { reader, draft: draft as Partial<HomeDraft> };
}

/** The home's row, in the same columns; reading it back gives the same home. */
export function homeToRow(home: Home, towns: readonly Town[]): Record<string, string> {
  return entryRow(
    HOME_COLUMNS,
    home,
    new Map([
      [TOWN, towns.find((t) => t.id === home.town)?.name ?? home.town],
      [HOURS, formatHoursText(home.hours, home.holidayNote)],
    ]),
  );
}
