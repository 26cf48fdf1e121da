/** content/news/*.mdx frontmatter: 工作动态. No field can carry a child's name or ID number. */
import { z } from 'astro/zod';
import { calendarDate, draft, keywords, line, publisher, slugId } from './fields.ts';

export const newsSchema = z
  .strictObject({
    title: line('标题', 50).describe('动态标题，不超过50字'),
    summary: line('摘要', 120).describe('一两句话概括，显示在动态列表和订阅源里'),
    date: calendarDate('发布日期').describe('这篇动态在本站发布的日期，格式 2026-03-02；转述别人的报道时，报道自己的日期写在 source 里'),
    publisher,
    source: z
      .strictObject({
        title: line('来源标题', 80).describe('所依据的报道或文件的标题'),
        publisher: line('来源发布单位', 40).optional().describe('报道或文件的发布单位，例如某报社、某政府网站；不清楚时不写，不要猜'),
        date: calendarDate('来源日期').describe('报道或文件自己的发布日期，格式 2024-11-15；只找到转载的版本时写转载日期，并写 reposted: true'),
        reposted: z
          .boolean({ error: '转载日期标记应当写 true 或 false' })
          .default(false)
          .describe('date 是别的网站转载这篇报道的日期、不是报道自己的日期时写 true：页面写“转载日期”'),
        url: z.string({ error: '来源网址应当是一个网址' }).url({ error: '来源网址应当是完整网址，例如 https://…' }).optional().describe('报道或文件的网址，可不写'),
      })
      .optional()
      .describe('这篇动态根据什么写的。转述报道、文件时必填：页面上会写明“本文根据……整理”'),
    town: slugId('街道乡镇编号').optional().describe('涉及的街道、乡镇编号（见 towns.yaml），可不写'),
    keywords,
    draft,
  })
  .refine((post) => !post.source || post.source.date <= post.date, {
    path: ['source', 'date'],
    error: '来源日期晚于这篇动态的发布日期，不可能先转述后报道，应当核对 date 和 source.date',
  })
  .describe('工作动态');

export type NewsData = z.infer<typeof newsSchema>;

/** A news post's id is its file name; /news/2024/ is that year's list, so a name of digits alone is refused. */
export const newsYearNameMessage = (name: string) =>
  `文件名“${name}”只有数字，网址会和 /news/${name}/（当年动态的列表）重复，应当改成“日期-拼音或英文”，例如 2024-11-20-safety-net.mdx`;
