/**
 * The columns of the roster sheets, in the order the template, the import and the export use them.
 * Each column names the schema field it fills, so its note in the template is the field's own
 * description from src/schemas/ (what the content check also shows editors), plus how to write it in
 * a sheet where that differs from the YAML file.
 */
import type { z } from 'astro/zod';
import { descriptionAt } from '../check/describe-issue.ts';
import type { RosterKindName } from './content-kinds.ts';

export interface Column {
  header: string;
  /** The schema field this column fills. */
  path: string[];
  required: boolean;
  /** How to write it in the sheet, where that differs from the field's description. */
  hint?: string;
  /** The template's example row. */
  example: string;
}

export const HOME_COLUMNS: Column[] = [
  {
    header: '街道乡镇',
    path: ['town'],
    required: true,
    hint: '写街道、乡镇的名称（例如“掌政镇”）或编号',
    example: '掌政镇',
  },
  { header: '村社区', path: ['community'], required: true, example: '塔桥村' },
  {
    header: '儿童之家名称',
    path: ['name'],
    required: false,
    hint: '不写时为“村社区名称＋儿童之家”',
    example: '塔桥村儿童之家',
  },
  { header: '地址', path: ['address'], required: true, example: '兴庆区掌政镇塔桥村村委会一楼' },
  { header: '儿童主任', path: ['director', 'name'], required: true, example: '张某某' },
  { header: '电话', path: ['director', 'phone'], required: true, example: '0951-0000001' },
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
    example: '106.3521',
  },
  {
    header: '纬度',
    path: ['location', 'lat'],
    required: false,
    hint: '没有取点时经度、纬度都空着',
    example: '38.4512',
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
    hint: '在儿童之家举办时写它所在的村社区（例如“塔桥村”），否则写详细地址',
    example: '塔桥村',
  },
  {
    header: '街道乡镇',
    path: ['venue', 'town'],
    required: false,
    hint: '地点写的是地址时必填；两个街道乡镇有同名村社区时也要写',
    example: '掌政镇',
  },
  { header: '场地名称', path: ['venue', 'name'], required: false, hint: '地点写的是地址时可以写', example: '' },
  { header: '主讲人', path: ['speaker', 'name'], required: true, example: '李某某' },
  { header: '主讲单位', path: ['speaker', 'org'], required: true, example: '兴庆区司法局' },
  { header: '面向', path: ['audience'], required: true, example: '留守儿童监护人、祖辈家长' },
  { header: '咨询电话', path: ['contact'], required: false, example: '' },
  { header: '状态', path: ['status'], required: true, example: '待举办' },
  { header: '参加人数', path: ['attendance'], required: false, example: '' },
  { header: '发放资料份数', path: ['leaflets'], required: false, example: '' },
  { header: '原定开始时间', path: ['originalStart'], required: false, example: '' },
  { header: '取消原因', path: ['cancelReason'], required: false, example: '' },
];

export const COLUMNS: Record<RosterKindName, Column[]> = { homes: HOME_COLUMNS, lectures: LECTURE_COLUMNS };

/** The column's note in the template: required or not, the field's description, how to write it here. */
export function columnNote(column: Column, schema: z.ZodType): string {
  const description = descriptionAt(schema, column.path);
  return [column.required ? '必填' : '选填', description, column.hint].filter(Boolean).join('。');
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
