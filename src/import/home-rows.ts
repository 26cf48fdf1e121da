/**
 * One row of the homes sheet to a children's home (content/homes/*.yaml) and back. The id is not in
 * the sheet: the import gives it (an existing home keeps its own; see plan-import.ts).
 */
import { outlineProblem } from '../check/district-outline.ts';
import type { District } from '../schemas/district.ts';
import type { Home } from '../schemas/home.ts';
import type { Town } from '../schemas/town.ts';
import { readDate, readList, readNumber, readPhone } from './cell-values.ts';
import { examplePlace, exampleRow, HOME_COLUMNS } from './columns.ts';
import { formatHoursText, parseHoursText } from './hours-text.ts';
import { findTown, RowReader, unknownTownMessage } from './row-context.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

/** A home as read from its row, before the id is given and the schema checks it. */
export type HomeDraft = Omit<Home, 'id' | 'draft' | 'facilities' | 'activities'> & {
  facilities: string[];
  activities: string[];
};

export const DEFAULT_NAME_SUFFIX = '儿童之家';

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

  const townText = reader.required('街道乡镇', `儿童之家所在街道、乡镇的名称，例如“${example['街道乡镇']}”`);
  if (townText !== undefined) {
    const town = findTown(towns, townText);
    if (town) draft['town'] = town.id;
    else reader.report('街道乡镇', unknownTownMessage(towns, townText));
  }
  const community = reader.required('村社区', `所在村或社区的名称，例如“${example['村社区']}”`);
  reader.derive('communityType', '村社区');
  reader.derive('name', '村社区');
  if (community !== undefined) {
    draft['community'] = community;
    draft['communityType'] = community.endsWith('村') ? '村' : '社区';
  }
  const name = reader.cell('儿童之家名称');
  if (name || community) draft['name'] = name || `${community}${DEFAULT_NAME_SUFFIX}`;
  draft['address'] = reader.required('地址', '详细地址，家长照着能找到');
  draft['director'] = {
    name: reader.required('儿童主任', '儿童主任的姓名'),
    phone: reader.cell('电话')
      ? readPhone(reader.cell('电话'))
      : reader.required('电话', '儿童主任的电话，例如 区号-1234567 或 11 位手机号'),
  };

  const hoursText = reader.required('开放时间', '开放时间，例如“周一至周五 16:30-19:00；周六 9:00-12:00”');
  if (hoursText !== undefined) {
    const hours = parseHoursText(hoursText);
    if (hours.ok) {
      draft['hours'] = hours.value.hours;
      if (hours.value.holidayNote) draft['holidayNote'] = hours.value.holidayNote;
    } else reader.report('开放时间', hours.message);
  }

  const [lngText, latText] = [reader.cell('经度'), reader.cell('纬度')];
  if (lngText || latText) {
    const [lng, lat] = [readNumber(lngText), readNumber(latText)];
    if (!lngText || !latText)
      reader.report(
        lngText ? '纬度' : '经度',
        '经度和纬度要么都写，要么都空着；应当用高德地图坐标拾取器取点，把两个数都填上',
      );
    else if (lng === null) reader.report('经度', `应当写成数字，例如 ${example['经度']}`);
    else if (lat === null) reader.report('纬度', `应当写成数字，例如 ${example['纬度']}`);
    else {
      // Outside the district's outline: which of the two is off, in the sheet's own columns.
      const problem = outlineProblem(
        { lng, lat },
        district.outline,
        district.name,
        (p) => `在“经度”一栏写 ${p.lng} 这样的数，“纬度”一栏写 ${p.lat} 这样的数`,
      );
      if (problem) reader.report(problem.off === 'lat' ? '纬度' : '经度', problem.message);
      else draft['location'] = { lng, lat };
    }
  }

  draft['facilities'] = readList(reader.cell('设施'));
  draft['activities'] = readList(reader.cell('常规活动'));
  if (reader.cell('无障碍')) draft['accessibility'] = reader.cell('无障碍');

  const verified = reader.required('核实日期', '最近一次核实信息的日期，例如 2026-11-20');
  if (verified !== undefined) {
    const date = readDate(verified);
    if (date) draft['verified'] = date;
    else reader.report('核实日期', '应当写成日期，例如 2026-11-20');
  }
  return { reader, draft: draft as Partial<HomeDraft> };
}

/** The home's row, in the same columns; reading it back gives the same home. */
export function homeToRow(home: Home, towns: readonly Town[]): Record<string, string> {
  return {
    街道乡镇: towns.find((t) => t.id === home.town)?.name ?? home.town,
    村社区: home.community,
    儿童之家名称: home.name,
    地址: home.address,
    儿童主任: home.director.name,
    电话: home.director.phone,
    开放时间: formatHoursText(home.hours, home.holidayNote),
    经度: home.location ? String(home.location.lng) : '',
    纬度: home.location ? String(home.location.lat) : '',
    设施: home.facilities.join('、'),
    常规活动: home.activities.join('、'),
    无障碍: home.accessibility ?? '',
    核实日期: home.verified,
  };
}
