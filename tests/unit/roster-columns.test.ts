/**
 * The roster sheets' columns: the template's note on each (必填 or 选填, the field's description, how
 * to write it in a sheet, phone examples with the district's area code), its example row in the
 * district's own terms, the column a field's problem is shown in, and an entry's fields as cell text.
 */
import { describe, expect, it } from 'vitest';
import {
  cellText,
  columnAt,
  columnFor,
  columnNote,
  columnsAt,
  entryRow,
  examplePlace,
  exampleRow,
  HOME_COLUMNS,
  LECTURE_COLUMNS,
} from '../../src/roster/columns.ts';
import { rosterKind } from '../../src/roster/content-kinds.ts';
import { findTown } from '../../src/roster/row-context.ts';
import { district, town } from '../support/roster-fixture.ts';

const header = (columns: readonly { header: string }[]) => columns.map((c) => c.header);

describe('the template’s notes', () => {
  const notes = (kind: 'homes' | 'lectures', columns: typeof HOME_COLUMNS) =>
    Object.fromEntries(columns.map((c) => [c.header, columnNote(c, rosterKind(kind).schema, '0386')]));

  it('say 必填 or 选填, then the field’s description, then how to write it in a sheet, with this district’s area code', () => {
    const home = notes('homes', HOME_COLUMNS);
    expect(home['儿童之家名称']).toBe('选填。名称，例如“东关村儿童之家”。不写时为“村社区名称＋儿童之家”');
    expect(home['核实日期']).toBe('必填。最近一次核实信息的日期');
    expect(home['电话']).toBe('必填。儿童主任电话，写成“0386-1234567”、11位手机号或热线号码；示例数据用 0386-0 开头');
    expect(home['设施']).toBe('选填。设施，例如 阅览角、活动室。多项用“、”隔开');
    const lecture = notes('lectures', LECTURE_COLUMNS);
    expect(lecture['开始']).toBe(
      '必填。开始时间，北京时间，格式“YYYY-MM-DD HH:mm”，例如 2026-12-05 09:30。写开始的钟点，24小时制，例如 09:30',
    );
    expect(lecture['取消原因']).toBe('选填。取消时写原因，会显示给读者');
  });
});

describe('the template’s example row', () => {
  it('is in the district’s first town: a 社区 in a 街道, a 村 elsewhere, with its address, area code and a point inside', () => {
    const inStreet = exampleRow(
      HOME_COLUMNS,
      examplePlace(district, [town('qingfeng', '青枫街道', '街道'), town('heming', '鹤鸣镇', '镇')]),
    );
    expect(inStreet).toMatchObject({
      街道乡镇: '青枫街道',
      村社区: '东关社区',
      儿童之家名称: '东关社区儿童之家',
      地址: '澄岭区青枫街道东关社区居委会一楼',
      电话: '0386-0000001',
      核实日期: '2026-11-20',
    });
    const inTown = exampleRow(HOME_COLUMNS, examplePlace(district, [town('heming', '鹤鸣镇', '镇')]));
    expect(inTown).toMatchObject({ 街道乡镇: '鹤鸣镇', 村社区: '东关村', 地址: '澄岭区鹤鸣镇东关村村委会一楼' });
    expect(header(HOME_COLUMNS).filter((h) => !(h in inTown))).toEqual([]);
  });

  it('names 城关镇 and 东关村 when towns.yaml has no town yet', () => {
    expect(examplePlace(district, [])).toEqual({ district, town: '城关镇', community: '东关村' });
  });

  it('for a lecture, is held in that community, the town written beside it, the speaker from the district', () => {
    const row = exampleRow(LECTURE_COLUMNS, examplePlace(district, [town('heming', '鹤鸣镇', '镇')]));
    expect(row).toMatchObject({
      地点: '东关村',
      街道乡镇: '鹤鸣镇',
      主讲单位: '澄岭区司法局',
      场地名称: '',
      状态: '待举办',
    });
  });
});

describe('where a field’s problem is shown', () => {
  it('in the column of the longest path that starts the field’s path, else the first column of its field', () => {
    const at = (columns: typeof HOME_COLUMNS, path: PropertyKey[]) => columnFor(columns, path)?.header;
    expect(at(HOME_COLUMNS, ['director', 'phone'])).toBe('电话');
    expect(at(HOME_COLUMNS, ['director', 'name'])).toBe('儿童主任');
    expect(at(HOME_COLUMNS, ['hours', 0, 'close'])).toBe('开放时间');
    expect(at(HOME_COLUMNS, ['location'])).toBe('经度');
    expect(at(LECTURE_COLUMNS, ['venue', 'town'])).toBe('街道乡镇');
    expect(at(LECTURE_COLUMNS, ['venue', 'address'])).toBe('地点');
    expect(at(LECTURE_COLUMNS, ['venue'])).toBe('地点');
    expect(at(LECTURE_COLUMNS, ['start'])).toBe('日期');
    expect(at(HOME_COLUMNS, ['id'])).toBeUndefined();
  });

  it('knows the columns that fill a field, and refuses to pick one of two', () => {
    expect(header(columnsAt(LECTURE_COLUMNS, 'start'))).toEqual(['日期', '开始']);
    expect(columnAt(HOME_COLUMNS, 'director.phone').header).toBe('电话');
    expect(() => columnAt(LECTURE_COLUMNS, 'start')).toThrow('columns.ts: 2 columns fill start');
    expect(() => columnAt(LECTURE_COLUMNS, 'speaker')).toThrow('columns.ts: 0 columns fill speaker');
  });
});

describe('an entry as cell text', () => {
  it('writes lists joined with 、, numbers as written, and nothing as an empty cell', () => {
    expect(cellText(['阅览角', '活动室'])).toBe('阅览角、活动室');
    expect(cellText([1, 2])).toBe('1、2');
    expect(cellText(110.68)).toBe('110.68');
    expect(cellText(0)).toBe('0');
    expect(cellText(undefined)).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText([])).toBe('');
  });

  it('takes each column’s field by its path, unless the cell is written otherwise', () => {
    const columns = HOME_COLUMNS.filter((c) => ['town', 'director', 'location'].includes(c.path[0]!));
    const entry = { town: 'heming', director: { name: '丙某某', phone: '0386-0200003' } };
    expect(entryRow(columns, entry, new Map([[columns[0]!, '鹤鸣镇']]))).toEqual({
      街道乡镇: '鹤鸣镇',
      儿童主任: '丙某某',
      电话: '0386-0200003',
      经度: '',
      纬度: '',
    });
  });
});

describe('a town as a row names it', () => {
  const towns = [town('qingfeng', '青枫街道', '街道'), town('heming', '鹤鸣镇', '镇')];
  it('by its name, its id in any case, or its name without 街道, with spaces around', () => {
    for (const text of ['青枫街道', 'qingfeng', 'QingFeng', '青枫', ' 青枫街道 '])
      expect(findTown(towns, text)?.id, text).toBe('qingfeng');
    expect(findTown(towns, '鹤鸣')).toBeUndefined();
    // Only a 街道 at the end is left out: 街道口镇 is not 口镇.
    expect(findTown([town('jiedaokou', '街道口镇', '镇')], '口镇')).toBeUndefined();
    expect(findTown([town('kou', '口镇', '镇')], '街道口镇')).toBeUndefined();
  });
});
