/**
 * Every Zod issue reaches an editor as one Chinese message per field that says what is wrong and what to
 * write: Zod's English defaults translated (types, sizes, formats), missing and unknown fields, choices
 * with a did-you-mean, the field's own description. On a small schema of its own, so every wording and
 * every path shape (nested objects, lists, wrappers) is known.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { descriptionAt, describeIssues, fieldName, schemaAt, valueAt } from '../../src/check/describe-issue.ts';

const schema = z
  .strictObject({
    title: z.string().min(2).max(5).describe('标题'),
    count: z.number().min(1).max(10).optional().describe('人数'),
    above: z.number().gt(0).lt(100).optional(),
    step: z.number().multipleOf(5).optional(),
    tags: z.array(z.string()).min(1).max(2).optional().describe('标签'),
    kind: z.enum(['讲座', '活动']).optional(),
    site: z.string().url().optional(),
    flag: z.boolean().optional(),
    speaker: z
      .strictObject({ name: z.string().describe('主讲人姓名'), phone: z.string().optional() })
      .default({ name: '某某' })
      .describe('主讲人'),
    slots: z.array(z.strictObject({ open: z.string().describe('开门时间') })).optional(),
    date: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
      .optional()
      .describe('日期'),
  })
  .describe('测试');

/** The messages for some data, as "field — message". */
function messages(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return describeIssues(schema, data, result.error.issues).map((i) => `${i.field} — ${i.message}`);
}
const valid = { title: '讲座' };

describe('Zod’s defaults in Chinese', () => {
  it('says what was written and what type belongs there, with the field’s description', () => {
    expect(messages({ ...valid, count: '三' })).toEqual(['count — 这里写的是“三”，应当写数字（人数）']);
    expect(messages({ ...valid, count: null })).toEqual(['count — 这里写的是空值，应当写数字（人数）']);
    expect(messages({ ...valid, tags: '甲' })).toEqual([
      'tags — 这里写的是“甲”，应当写列表（每项以“- ”开头，或写成 [甲, 乙]）（标签）',
    ]);
    expect(messages({ ...valid, title: ['甲'] })).toEqual(['title — 这里写的是一个列表，应当写文字（标题）']);
    expect(messages({ ...valid, title: { a: 1 } })).toEqual(['title — 这里写的是一组字段，应当写文字（标题）']);
    expect(messages({ ...valid, flag: 'yes' })).toEqual(['flag — 这里写的是“yes”，应当写true 或 false']);
    expect(messages({ ...valid, speaker: '某某' })).toEqual([
      'speaker — 这里写的是“某某”，应当写一组“字段: 值”（主讲人）',
    ]);
  });

  it('says too short, too long, too few, too many, too small and too big, inclusive or not', () => {
    expect(messages({ title: '讲' })).toEqual(['title — 太短，应当不少于 2 个字（标题）']);
    expect(messages({ title: '一二三四五六' })).toEqual(['title — 太长，应当不超过 5 个字（标题）']);
    expect(messages({ ...valid, tags: [] })).toEqual(['tags — 项数太少，应当不少于 1 项（标签）']);
    expect(messages({ ...valid, tags: ['a', 'b', 'c'] })).toEqual(['tags — 项数太多，应当不超过 2 项（标签）']);
    expect(messages({ ...valid, count: 0 })).toEqual(['count — 数值太小，应当不少于 1（人数）']);
    expect(messages({ ...valid, count: 11 })).toEqual(['count — 数值太大，应当不超过 10（人数）']);
    expect(messages({ ...valid, above: 0 })).toEqual(['above — 数值太小，应当大于 0']);
    expect(messages({ ...valid, above: 100 })).toEqual(['above — 数值太大，应当小于 100']);
  });

  it('says a format is wrong, a multiple is wrong, or else what to correct', () => {
    expect(messages({ ...valid, site: 'wcnrbh' })).toEqual(['site — 格式不对，应当按说明填写']);
    expect(messages({ ...valid, date: '2026/12/05' })).toEqual(['date — 格式不对，应当按说明填写（日期）']);
    expect(messages({ ...valid, step: 7 })).toEqual(['step — 应当是 5 的倍数']);
  });

  it('says what to correct for a check it has no words of its own for, with the field’s description', () => {
    const either = z.strictObject({ sheets: z.union([z.literal(1), z.literal(2)]).describe('页数') });
    const data = { sheets: true };
    expect(describeIssues(either, data, either.safeParse(data).error!.issues).map((i) => i.message)).toEqual([
      '填写有误，应当按说明改正（页数）',
    ]);
  });

  it('keeps a message the schema wrote itself', () => {
    const own = z.strictObject({ phone: z.string().regex(/^\d+$/, { error: '电话只写数字' }) });
    const data = { phone: '0386-x' };
    const issues = own.safeParse(data).error!.issues;
    expect(describeIssues(own, data, issues).map((i) => i.message)).toEqual(['电话只写数字']);
  });
});

describe('fields', () => {
  it('names a missing field once, with what to write', () => {
    expect(messages({})).toEqual(['title — 缺少必填字段“title”，应当写上：标题']);
    expect(messages({ ...valid, speaker: {} })).toEqual(['speaker.name — 缺少必填字段“name”，应当写上：主讲人姓名']);
    expect(messages({ ...valid, slots: [{}] })).toEqual(['slots[1].open — 缺少必填字段“open”，应当写上：开门时间']);
    const bare = z.strictObject({ name: z.string() });
    expect(describeIssues(bare, {}, bare.safeParse({}).error!.issues).map((i) => `${i.field} — ${i.message}`)).toEqual([
      'name — 缺少必填字段“name”，应当写上这个字段',
    ]);
  });

  it('names an unknown field: a misspelt one by the field meant (which is then not also missing), others with the fields there are', () => {
    expect(messages({ titel: '讲座' })).toEqual(['titel — 未知字段“titel”，应当改成“title”（您是不是想写“title”？）']);
    expect(messages({ ...valid, speaker: { name: '某某', emali: 'x' } })).toEqual([
      'speaker.emali — 未知字段“emali”，应当删除，或改成这些字段之一：name、phone',
    ]);
    expect(messages({ ...valid, speaker: { nmae: '某某' } })).toEqual([
      'speaker.nmae — 未知字段“nmae”，应当改成“name”（您是不是想写“name”？）',
    ]);
  });

  it('names a choice that is not one, with the choices and a close one', () => {
    expect(messages({ ...valid, kind: '讲坐' })).toEqual([
      'kind — 这里写的是“讲坐”，应当是 讲座、活动 之一；您是不是想写“讲座”？',
    ]);
    expect(messages({ ...valid, kind: '培训班' })).toEqual(['kind — 这里写的是“培训班”，应当是 讲座、活动 之一']);
  });

  it('leaves a placeholder to the placeholder check', () => {
    expect(messages({ title: '待填写待填写待填写' })).toEqual([]);
  });
});

describe('paths', () => {
  it('names fields as editors count them: lists from 1', () => {
    expect(fieldName([])).toBe('（整个文件）');
    expect(fieldName(['hours', 0, 'open'])).toBe('hours[1].open');
    expect(fieldName([2, 'station'])).toBe('[3].station');
  });

  it('finds the description of a field through lists, defaults, optional fields and pipes', () => {
    expect(descriptionAt(schema, ['speaker', 'name'])).toBe('主讲人姓名');
    expect(descriptionAt(schema, ['slots', 0, 'open'])).toBe('开门时间');
    expect(descriptionAt(schema, ['date'])).toBe('日期');
    // A path that leaves the schema keeps the last description found on the way.
    expect(descriptionAt(schema, ['speaker', 'nickname'])).toBe('主讲人');
    expect(descriptionAt(schema, ['title', 'x'])).toBe('标题');
  });

  it('finds the schema of a field through wrappers, and nothing past a plain value', () => {
    expect(Object.keys((schemaAt(schema, ['speaker']) as z.ZodObject).shape)).toEqual(['name', 'phone']);
    expect(schemaAt(schema, ['slots', 3])).toBeDefined();
    expect(schemaAt(schema, ['title', 'x'])).toBeUndefined();
    expect(schemaAt(schema, ['nothing'])).toBeUndefined();
    expect(schemaAt(schema, ['nothing', 'deeper'])).toBeUndefined();
    expect(descriptionAt(schema, ['nothing', 'deeper'])).toBeUndefined();
  });

  it('reads the value at a path, and nothing through a plain value', () => {
    const data = { a: { b: [1, { c: '甲' }] }, n: null, s: '乙' };
    expect(valueAt(data, ['a', 'b', 1, 'c'])).toBe('甲');
    expect(valueAt(data, ['n', 'x'])).toBeUndefined();
    expect(valueAt(data, ['s', 'length'])).toBeUndefined();
    expect(valueAt(data, [])).toBe(data);
  });
});
