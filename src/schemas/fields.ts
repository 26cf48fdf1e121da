/**
 * Field types shared by several schemas. Every description and message is written for the editors
 * at the district office, in Chinese, and says what to write.
 */
import { z } from 'astro/zod';
import { calendarDateText, parseWallTime } from '../lib/time.ts';

/** A lowercase id: used in file names and URLs. */
export const slugId = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: `${what}只能用小写拼音字母、数字和连字符“-”，例如 chengguan-dongguan` });

/** A calendar date such as 2024-11-20. YAML may hand it over as a Date: keep the day the editor wrote. */
export const calendarDate = (what: string) =>
  z
    .union([z.string(), z.date()], { error: `${what}应当写成日期，例如 2024-11-20` })
    .transform((value) => calendarDateText(value))
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseWallTime(text) !== null, {
      error: `${what}不是真实存在的日期，应当写成 2024-11-20 这样的格式`,
    })
    .describe(`${what}，格式 YYYY-MM-DD，例如 2024-11-20`);

/** A wall-clock time in Asia/Shanghai such as "2026-12-05 09:30". */
export const wallTime = (what: string) =>
  z
    .string({ error: `${what}应当写成“2026-12-05 09:30”这样的北京时间` })
    .refine((text) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text.trim()) && parseWallTime(text) !== null, {
      error: `${what}不是真实存在的时间，应当写成“2026-12-05 09:30”（北京时间，24小时制）`,
    })
    .describe(`${what}，北京时间，格式“YYYY-MM-DD HH:mm”，例如 2026-12-05 09:30`);

/** A clock time "09:30". */
export const clockTime = (what: string) =>
  z
    .string({ error: `${what}应当写成“09:30”这样的时间` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${what}应当写成“09:30”这样的24小时制时间` })
    .describe(`${what}，24小时制，例如 09:30`);

/**
 * How the schemas' texts write a landline: the district's own area code is not known to a schema (it is
 * in site.yaml), so they say 区号. Where the area code is known, withAreaCode puts it in.
 */
const AREA_CODE_WORD = '区号';

/**
 * A landline or mobile number readers can tap. Sample numbers are written with a 0 right after the area
 * code (区号-0xxxxxx): no real number starts with 0 there, so nobody real is ever called by mistake.
 */
export const phoneNumber = (what: string) =>
  z
    .string({ error: `${what}应当写成电话号码，例如 ${AREA_CODE_WORD}-1234567 或 13912345678` })
    .regex(/^(0\d{2,3}-\d{7,8}|1\d{10}|\d{3,5})$/, {
      error: `${what}格式不对，应当写成“${AREA_CODE_WORD}-1234567”（区号-号码）、11位手机号，或 12345 这样的热线号码`,
    })
    .describe(`${what}，写成“${AREA_CODE_WORD}-1234567”、11位手机号或热线号码；示例数据用 ${AREA_CODE_WORD}-0 开头`);

/**
 * A schema's text with the district's area code in its phone examples ("区号-1234567" → "0xxx-1234567"),
 * for messages and notes shown where site.yaml is known: the content check, the import template, `npm
 * run new`. "区号-号码" (the form, not an example) stays as it is.
 */
export const withAreaCode = (text: string, areaCode: string | undefined): string =>
  areaCode ? text.replaceAll(new RegExp(`${AREA_CODE_WORD}-(?=\\d)`, 'g'), `${areaCode}-`) : text;

/** Short free text on one line. */
export const line = (what: string, max = 80) =>
  z
    .string({ error: `${what}应当是一段文字` })
    .trim()
    .min(1, { error: `${what}不能为空` })
    .max(max, { error: `${what}太长了，应当不超过 ${max} 个字` })
    .refine((text) => !/[\r\n]/.test(text), { error: `${what}应当写在一行里` })
    .describe(`${what}，不超过 ${max} 个字`);

export const keywords = z
  .array(line('关键词', 20), { error: '关键词应当写成列表，例如 [留守, 爷爷奶奶带孩子]' })
  .default([])
  .describe('读者在搜索框里会输入的词，包括口语说法（如“打孩子”“网瘾”“低保”），帮助搜索找到本页');

export const AUDIENCES = ['家长', '祖辈监护人', '受委托照护人', '村（社区）工作人员', '学校老师', '未成年人'] as const;

export const audience = z
  .array(z.enum(AUDIENCES, { error: `读者对象应当是 ${AUDIENCES.join('、')} 之一` }))
  .default([])
  .describe(`本页写给谁看，可多选：${AUDIENCES.join('、')}`);

export const publisher = line('发布机构', 40).describe('发布机构，例如“某某区民政局”，显示在页首');

export const draft = z.boolean().default(false).describe('写 true 时只检查不发布；文件名以“_”开头也一样');

/** A page's or handout's written "updated" date; without it the page shows its file's last commit (src/content/updated.ts). */
export const updated = calendarDate('更新日期')
  .optional()
  .describe(
    '一般不写：页面自动显示这个文件最后一次提交的日期。只在没有 git 记录时写，格式 2026-03-02，不能早于最后一次提交',
  );

/** Pages and handouts that state one district's own facts: `npm run adopt` removes them for another district. */
export const local = z
  .boolean({ error: '本区内容标记应当写 true 或 false' })
  .default(false)
  .describe('本区自己的内容（本区的工作、数字、本地服务）：npm run adopt 换成别的区时删除');

/**
 * The fields every editor-written page and handout ends with, in the order the generated field tables
 * list them.
 */
export const editedFields = {
  audience,
  publisher: publisher
    .optional()
    .describe('发布机构，显示在页首；不写时显示 site.yaml 里的主办单位（organizer）。讲全国都适用的内容的页面一般不写'),
  updated,
  keywords,
  local,
  draft,
};
