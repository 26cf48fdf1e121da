/**
 * The columns of the roster sheets, in the order the template, the import and the export use them.
 * Each column names the schema field it fills, so its note in the template is the field's own
 * description from src/schemas/ (what the content check also shows editors), plus how to write it in
 * a sheet where that differs from the YAML file.
 */
import type { z } from 'astro/zod';
import { descriptionAt } from '../check/describe-issue.ts';
import { examplePoint } from '../lib/geo.ts';
import type { District } from '../schemas/district.ts';
import { withAreaCode } from '../schemas/fields.ts';
import type { Town } from '../schemas/town.ts';
import type { RosterKindName } from './content-kinds.ts';

/**
 * What the template's example row is made of: the district in site.yaml and its first town, so the
 * example reads as a row from this district (its area code, a point inside its outline).
 */
export interface ExamplePlace {
  district: District;
  town: string;
  community: string;
}

/** The example place of a content folder: its district, its first town, a village or community there. */
export function examplePlace(district: District, towns: readonly Town[]): ExamplePlace {
  const town = towns[0];
  return { district, town: town?.name ?? '城关镇', community: town?.type === '街道' ? '东关社区' : '东关村' };
}

export interface Column {
  header: string;
  /** The schema field this column fills. */
  path: string[];
  required: boolean;
  /** How to write it in the sheet, where that differs from the field's description. */
  hint?: string;
  /** The template's example row: a fixed text, or made from the district's own example place. */
  example: string | ((place: ExamplePlace) => string);
}

export const HOME_COLUMNS: Column[] = [
  {
    header: '街道乡镇',
    path: ['town'],
    required: true,
    hint: '写 towns.yaml 里街道、乡镇的名称或编号',
    example: (p) => p.town,
  },
  { header: '村社区', path: ['community'], required: true, example: (p) => p.community },
  {
    header: '儿童之家名称',
    path: ['name'],
    required: false,
    hint: '不写时为“村社区名称＋儿童之家”',
    example: (p) => `${p.community}儿童之家`,
  },
  {
    header: '地址',
    path: ['address'],
    required: true,
    example: (p) => `${p.district.name}${p.town}${p.community}${p.community.endsWith('村') ? '村委会' : '居委会'}一楼`,
  },
  { header: '儿童主任', path: ['director', 'name'], required: true, example: '张某某' },
  // A sample number: 0 right after the area code is nobody's real number.
  { header: '电话', path: ['director', 'phone'], required: true, example: (p) => `${p.district.areaCode}-0000001` },
  {
    header: '开放时间',
    path: ['hours'],
    required: true,
    hint: '像通知里那样写：星期几在前、时间段在后，多段用“；”隔开，节假日安排写在最后，例如“周一至周五 16:30-19:00；周六 9:00-12:00；节假日休息”',
    example: '周一至周五 16:30-19:00；周六 9:00-12:00；节假日休息',
  },
  {
    header: '经度',
    path: ['location', 'lng'],
    required: false,
    hint: '没有取点时经度、纬度都空着',
    example: (p) => String(examplePoint(p.district.outline).lng),
  },
  {
    header: '纬度',
    path: ['location', 'lat'],
    required: false,
    hint: '没有取点时经度、纬度都空着',
    example: (p) => String(examplePoint(p.district.outline).lat),
  },
  { header: '设施', path: ['facilities'], required: false, hint: '多项用“、”隔开', example: '阅览角、活动室' },
  {
    header: '常规活动',
    path: ['activities'],
    required: false,
    hint: '多项用“、”隔开',
    example: '课后作业辅导、亲子阅读',
  },
  { header: '无障碍', path: ['accessibility'], required: false, example: '一楼，门口有坡道' },
  { header: '核实日期', path: ['verified'], required: true, example: '2026-11-20' },
];

export const LECTURE_COLUMNS: Column[] = [
  { header: '日期', path: ['start'], required: true, hint: '写日期，格式 2026-12-05', example: '2026-12-05' },
  { header: '开始', path: ['start'], required: true, hint: '写开始的钟点，24小时制，例如 09:30', example: '09:30' },
  { header: '结束', path: ['end'], required: true, hint: '写结束的钟点，24小时制，例如 11:00', example: '11:00' },
  { header: '题目', path: ['title'], required: true, example: '孩子放假了，监护责任不放假' },
  { header: '主题', path: ['topic'], required: true, example: '监护职责' },
  {
    header: '地点',
    path: ['venue'],
    required: true,
    hint: '在儿童之家举办时写它所在的村社区（与儿童之家名录一致），否则写详细地址',
    example: (p) => p.community,
  },
  {
    header: '街道乡镇',
    path: ['venue', 'town'],
    required: false,
    hint: '地点写的是地址时必填；两个街道乡镇有同名村社区时也要写',
    example: (p) => p.town,
  },
  { header: '场地名称', path: ['venue', 'name'], required: false, hint: '地点写的是地址时可以写', example: '' },
  { header: '主讲人', path: ['speaker', 'name'], required: true, example: '李某某' },
  { header: '主讲单位', path: ['speaker', 'org'], required: true, example: (p) => `${p.district.name}司法局` },
  { header: '面向', path: ['audience'], required: true, example: '留守儿童监护人、祖辈家长' },
  { header: '咨询电话', path: ['contact'], required: false, example: '' },
  { header: '状态', path: ['status'], required: true, example: '待举办' },
  { header: '参加人数', path: ['attendance'], required: false, example: '' },
  { header: '发放资料份数', path: ['leaflets'], required: false, example: '' },
  { header: '原定开始时间', path: ['originalStart'], required: false, example: '' },
  { header: '取消原因', path: ['cancelReason'], required: false, example: '' },
];

export const COLUMNS: Record<RosterKindName, Column[]> = { homes: HOME_COLUMNS, lectures: LECTURE_COLUMNS };

/** The template's example row, by column header, for a place. */
export function exampleRow(columns: readonly Column[], place: ExamplePlace): Record<string, string> {
  return Object.fromEntries(
    columns.map((c) => [c.header, typeof c.example === 'string' ? c.example : c.example(place)]),
  );
}

/**
 * The column's note in the template: required or not, the field's description, how to write it here;
 * phone examples with the district's area code.
 */
export function columnNote(column: Column, schema: z.ZodType, areaCode: string): string {
  const description = descriptionAt(schema, column.path);
  return withAreaCode(
    [column.required ? '必填' : '选填', description, column.hint].filter(Boolean).join('。'),
    areaCode,
  );
}

/** The column a schema field's problem belongs in: the longest column path that starts the field path. */
export function columnFor(columns: readonly Column[], path: readonly PropertyKey[]): Column | undefined {
  let best: Column | undefined;
  for (const column of columns) {
    if (column.path.every((key, i) => String(path[i]) === key) && (!best || column.path.length > best.path.length))
      best = column;
  }
  return best ?? columns.find((c) => c.path[0] === String(path[0]));
}

/** The columns that fill a field, by its path joined with ".": columnsAt(LECTURE_COLUMNS, 'start') is 日期 and 开始. */
export const columnsAt = (columns: readonly Column[], field: string): Column[] =>
  columns.filter((c) => c.path.join('.') === field);

/** The one column that fills a field: columnAt(HOME_COLUMNS, 'director.phone') is 电话. */
export function columnAt(columns: readonly Column[], field: string): Column {
  const [column, ...others] = columnsAt(columns, field);
  if (!column || others.length > 0)
    throw new Error(`columns.ts: ${others.length + (column ? 1 : 0)} columns fill ${field}`);
  return column;
}

/** 日期 and 开始 both fill a lecture's start, "2026-12-05 09:30": the day, then the clock. */
export const [LECTURE_DAY, LECTURE_START] = columnsAt(LECTURE_COLUMNS, 'start') as [Column, Column];

/** A field's value as the text of its cell: a list joined with "、", a number as written, nothing as empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('、');
  return String(value);
}

/**
 * An entry's row, keyed by header: each column's text is its field's (Column.path), except the cells
 * given in `written`, whose text is not the field's own (a town's name for its id, hours as one text).
 * Reading the row back gives the same entry.
 */
export function entryRow(
  columns: readonly Column[],
  entry: object,
  written: ReadonlyMap<Column, string>,
): Record<string, string> {
  const valueAt = (path: readonly string[]) =>
    path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], entry);
  return Object.fromEntries(columns.map((c) => [c.header, written.get(c) ?? cellText(valueAt(c.path))]));
}
