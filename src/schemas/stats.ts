/** content/stats.yaml: programme figures that no per-item data can give, each with its date and source. */
import { z } from 'astro/zod';
import { calendarDate, line, slugId } from './fields.ts';

const reposted = z
  .boolean({ error: '转载日期标记应当写 true 或 false' })
  .default(false)
  .describe('只找到别处转载的报道、asOf 写的是转载日期时写 true：页面写“截至报道时”和“转载日期”，不把转载日期说成截至日期');

const approximate = z
  .boolean({ error: '约数应当写 true 或 false' })
  .default(false)
  .describe('报道里写的是约数（“30余场”“15000余份”）时写 true，页面显示为“30余”；精确数字不写');

/** An earlier report of the same figure: a news post dated before the current asOf shows this one. */
const earlierSchema = z
  .strictObject({
    value: z.number({ error: '数值应当是数字，不带单位和逗号' }).nonnegative().describe('当时的数值，只写数字'),
    approximate,
    asOf: calendarDate('截至日期').describe('当时的截至日期'),
    reposted,
    source: line('来源', 80).describe('当时的数据来源'),
  })
  .describe('以前报道过的数字');

export const statSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][A-Za-z]*$/, { error: '编号应当是英文字母，例如 childrenInDifficulty' }).describe('编号，在页面里用 <Stat id="…" /> 引用'),
    label: line('名称', 30).describe('名称，例如“纳入动态监护的困境儿童”'),
    value: z.number({ error: '数值应当是数字，不带单位和逗号' }).nonnegative().describe('数值，只写数字'),
    unit: line('单位', 6).describe('单位，例如“名”“元”“份”'),
    approximate,
    asOf: calendarDate('截至日期').describe('数据截至日期；报道没写截至哪天、只知道转载日期时写转载日期，并写 reposted: true'),
    reposted,
    source: line('来源', 80).describe('数据来源，例如“某某区未成年人保护工作情况报道（2024年11月15日）”'),
    earlier: z
      .array(earlierSchema)
      .default([])
      .describe('更新数字时，把旧的数值、截至日期和来源移到这里：发布在新数字之前的动态仍显示发布时的数字'),
    town: slugId('街道乡镇编号').optional().describe('只涉及一个街道、乡镇的数字，写它的编号（见 towns.yaml）；全区的数字不写'),
  })
  .describe('统计数字');

export const statsFileSchema = z.array(statSchema, { error: 'stats.yaml 应当是一个列表' });

export type Stat = z.infer<typeof statSchema>;
