/**
 * content/lectures/*.md(x) frontmatter: one law lecture. Times are Asia/Shanghai wall time. There is
 * deliberately no field for any child: reports count people, they never name them.
 */
import { z } from 'astro/zod';
import { isYearSegment } from '../lib/archive.ts';
import { LECTURE_STATUSES as STATUSES } from '../lib/lecture-status.ts';
import { parseWallTime } from '../lib/time.ts';
import { draft, line, phoneNumber, slugId, wallTime } from './fields.ts';

export const TOPICS = ['家庭保护', '学校保护', '社会保护', '网络保护', '政府保护', '司法保护', '监护职责'] as const;

const venueSchema = z
  .union(
    [
      z.strictObject({ home: slugId('儿童之家编号').describe('在儿童之家举办时，写儿童之家编号（见 content/homes/）') }),
      z.strictObject({
        address: line('地址', 80).describe('不在儿童之家时，写详细地址'),
        town: slugId('街道乡镇编号').describe('地址所在街道、乡镇的编号'),
        name: line('场地名称', 40).optional().describe('场地名称，例如“村委会会议室”'),
      }),
    ],
    { error: '地点应当写 home: 儿童之家编号，或者同时写 address: 地址 和 town: 街道乡镇编号' },
  )
  .describe('地点：儿童之家编号，或地址加街道乡镇');

const compare = (a: string, b: string) => a.trim().localeCompare(b.trim());

export const lectureSchema = z
  .strictObject({
    // /lectures/2024/ is that year's record, so an id of digits alone would take its address.
    id: slugId('讲座编号')
      .refine((id) => !isYearSegment(id), { error: '讲座编号不能只有数字：/lectures/2024/ 这样的网址留给当年的讲座记录，应当写成“日期-地点拼音”，例如 2026-12-05-chengguan-dongguan' })
      .describe('编号：日期-地点拼音，例如 2026-12-05-chengguan-dongguan；用在网址和日历里，定下后不要改'),
    title: line('标题', 50).describe('讲座标题'),
    topic: z.enum(TOPICS, { error: `主题应当是 ${TOPICS.join('、')} 之一` }).describe(`主题：${TOPICS.join('、')}`),
    start: wallTime('开始时间'),
    end: wallTime('结束时间'),
    venue: venueSchema,
    speaker: z
      .strictObject({ name: line('主讲人姓名', 20), org: line('主讲人单位', 40) })
      .describe('主讲人：姓名和单位'),
    audience: line('面向人群', 60).describe('面向谁，例如“留守儿童监护人、祖辈家长”'),
    contact: phoneNumber('咨询电话').optional().describe('咨询电话；不写时用儿童之家儿童主任的电话'),
    status: z.enum(STATUSES, { error: `状态应当是 ${STATUSES.join('、')} 之一` }).describe('状态：待举办、改期、取消、已举办'),
    originalStart: wallTime('原定开始时间').optional().describe('改期时写原定开始时间，start/end 写新时间'),
    cancelReason: line('取消原因', 80).optional().describe('取消时写原因，会显示给读者'),
    attendance: z.number({ error: '参加人数应当是数字' }).int().nonnegative().optional().describe('已举办后填写：参加人数（只写人数，不写任何孩子的姓名）'),
    leaflets: z.number({ error: '发放资料份数应当是数字' }).int().nonnegative().optional().describe('已举办后填写：发放宣传资料份数'),
    draft,
  })
  .superRefine((lecture, ctx) => {
    if (parseWallTime(lecture.start) && parseWallTime(lecture.end) && compare(lecture.end, lecture.start) <= 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `结束时间（${lecture.end}）早于或等于开始时间（${lecture.start}），应当晚于开始时间` });
    }
    if (lecture.status === '已举办') {
      if (lecture.attendance === undefined) ctx.addIssue({ code: 'custom', path: ['attendance'], message: '状态是“已举办”时必须写参加人数，例如 attendance: 60' });
      if (lecture.leaflets === undefined) ctx.addIssue({ code: 'custom', path: ['leaflets'], message: '状态是“已举办”时必须写发放资料份数，例如 leaflets: 300' });
    } else {
      for (const field of ['attendance', 'leaflets'] as const) {
        if (lecture[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `讲座还没有举办（状态“${lecture.status}”），不应当写 ${field}；举办后把状态改成“已举办”再填` });
      }
    }
    if (lecture.status === '改期' && !lecture.originalStart) {
      ctx.addIssue({ code: 'custom', path: ['originalStart'], message: '状态是“改期”时应当写原定开始时间 originalStart，start/end 写新时间' });
    }
    if (lecture.status === '取消' && !lecture.cancelReason) {
      ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: '状态是“取消”时应当写取消原因 cancelReason，让读者知道为什么' });
    }
  })
  .describe('普法讲座');

export type LectureData = z.infer<typeof lectureSchema>;
