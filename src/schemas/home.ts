/** content/homes/*.yaml: one children's home (儿童之家) per village or community. */
import { z } from 'astro/zod';
import { calendarDate, clockTime, draft, line, phoneNumber, slugId } from './fields.ts';
import { geoPoint } from './geo-point.ts';

export const openingSlotSchema = z
  .strictObject({
    days: z
      .array(z.number().int().min(1, { error: '星期应当是 1 到 7 的数字' }).max(7, { error: '星期应当是 1 到 7 的数字' }), {
        error: '开放日应当写成列表，例如 [1, 2, 3, 4, 5]',
      })
      .min(1, { error: '开放日至少写一天' })
      .describe('星期几开放：1 = 周一 … 7 = 周日，例如 [1, 2, 3, 4, 5]'),
    open: clockTime('开门时间'),
    close: clockTime('关门时间'),
  })
  .refine((slot) => slot.close > slot.open, { error: '关门时间应当晚于开门时间', path: ['close'] })
  .describe('一段开放时间');

export const homeSchema = z
  .strictObject({
    id: slugId('儿童之家编号').describe('编号：街道乡镇编号-村或社区拼音，例如 chengguan-dongguan；用在网址里'),
    name: line('名称', 40).describe('名称，例如“东关村儿童之家”'),
    town: slugId('所属街道乡镇').describe('所属街道、乡镇的编号（见 towns.yaml）'),
    community: line('村（社区）', 30).describe('所在村或社区，例如“东关村”'),
    communityType: z.enum(['村', '社区'], { error: '类型应当是 村 或 社区' }).describe('村 或 社区'),
    address: line('地址', 80).describe('详细地址，家长照着能找到'),
    location: geoPoint.optional().describe('位置坐标（GCJ-02，高德地图坐标拾取器取点），经度 lng 在前；还没有取点时可以不写：页面上没有离我最近的距离，地图链接按地址搜索'),
    hours: z.array(openingSlotSchema).min(1, { error: '至少写一段开放时间' }).describe('开放时间，可写多段'),
    holidayNote: line('节假日说明', 80).optional().describe('寒暑假、节假日的开放安排，例如“寒暑假周一至周五 9:00–17:00”'),
    director: z
      .strictObject({ name: line('儿童主任姓名', 20), phone: phoneNumber('儿童主任电话') })
      .describe('儿童主任：姓名和电话（家长可以直接拨打）'),
    facilities: z.array(line('设施', 20)).default([]).describe('设施，例如 阅览角、活动室'),
    activities: z.array(line('活动', 20)).default([]).describe('常规活动，例如 课后作业辅导、亲子阅读'),
    accessibility: line('无障碍说明', 80).optional().describe('无障碍情况，例如“一楼，有坡道”'),
    verified: calendarDate('核实日期').describe('最近一次核实信息的日期'),
    draft,
  })
  .describe('儿童之家');

export type Home = z.infer<typeof homeSchema>;
