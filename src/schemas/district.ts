/**
 * content/site.yaml `district`: the one place that says which district the site serves. Everything in the
 * code that depends on the district (the coordinate check, map searches, structured data, UI text, the
 * import template's examples) reads it from here, so a district that adopts the site edits content/ only.
 */
import { z } from 'astro/zod';
import { line } from './fields.ts';

const outlinePoint = z
  .strictObject({
    lng: z
      .number({ error: '经度应当是数字，例如 106.29' })
      .min(73, { error: '经度应当在 73 到 136 之间（中国境内），例如 106.29' })
      .max(136, { error: '经度应当在 73 到 136 之间（中国境内），例如 106.29' })
      .describe('经度（GCJ-02）'),
    lat: z
      .number({ error: '纬度应当是数字，例如 38.47' })
      .min(3, { error: '纬度应当在 3 到 54 之间（中国境内），例如 38.47' })
      .max(54, { error: '纬度应当在 3 到 54 之间（中国境内），例如 38.47' })
      .describe('纬度（GCJ-02）'),
  })
  .describe('轮廓上的一个点');

export const districtSchema = z
  .strictObject({
    name: line('区县名称', 12).describe('本区（县）的名称，例如“某某区”，网页上说“本区”时用它'),
    city: line('所在城市', 12).describe('所在的市（地区、州、盟），例如“某某市”；地图应用按地址搜索时在这个城市里搜'),
    province: line('所在省份', 16).describe('所在的省（自治区、直辖市），例如“某某省”；结构化数据里的地址用它'),
    areaCode: z
      .string({ error: '电话区号应当写在引号里，例如 "0123"（换成本地的区号）' })
      .regex(/^0\d{2,3}$/, { error: '电话区号应当是 0 开头的 3 到 4 位数字，写在引号里，例如 "0123"（换成本地的区号）' })
      .describe('固定电话区号，写在引号里，例如 "0123"（换成本地的区号）；电话格式的示例和导入模板用它'),
    outline: z
      .array(outlinePoint, { error: '轮廓应当是一串点，每个点写成 { lng: 经度, lat: 纬度 }' })
      .min(3, { error: '轮廓至少要有 3 个点，按顺序围住全区（可以比实际边界宽一两公里）' })
      .describe(
        '全区的大致轮廓：按顺序排列的 GCJ-02 点（高德地图坐标拾取器取点），围住全区并向外放宽一两公里。它不是行政边界，只用来检查儿童之家的坐标有没有写错、判断读者是否在本区',
      ),
  })
  .describe('本区（县）的名称、所在城市和省份、电话区号和大致轮廓');

export type District = z.infer<typeof districtSchema>;
