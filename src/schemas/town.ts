/** content/towns.yaml: the district's streets, towns and townships, each with its 儿童督导员. */
import { z } from 'astro/zod';
import { line, phoneNumber, slugId } from './fields.ts';

export const TOWN_TYPES = ['街道', '镇', '乡'] as const;

export const townSchema = z
  .strictObject({
    id: slugId('街道乡镇编号').describe('编号：小写拼音，例如 chengguan；用在网址里，定下后不要改'),
    name: line('名称', 20).describe('全称，例如“城关镇”“城南街道”'),
    type: z.enum(TOWN_TYPES, { error: '类型应当是 街道、镇、乡 之一' }).describe('类型：街道、镇 或 乡'),
    supervisor: z
      .strictObject({
        role: line('职务', 20).default('儿童督导员').describe('职务，一般写“儿童督导员”'),
        name: line('姓名', 20).describe('儿童督导员姓名'),
        phone: phoneNumber('办公电话'),
      })
      .describe('本街道、乡镇的儿童督导员'),
    station: z
      .strictObject({
        name: line('工作站名称', 40).describe('未成年人保护工作站名称'),
        address: line('工作站地址', 80).describe('工作站地址'),
        phone: phoneNumber('工作站电话').optional(),
      })
      .optional()
      .describe('未成年人保护工作站（《未成年人保护法》第八十一条），没有可不写'),
  })
  .describe('街道、乡镇');

export const townsFileSchema = z.array(townSchema, { error: 'towns.yaml 应当是一个列表，每一项是一个街道或乡镇' });

export type Town = z.infer<typeof townSchema>;
