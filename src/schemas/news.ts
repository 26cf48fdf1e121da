/** content/news/*.mdx frontmatter: 工作动态. No field can carry a child's name or ID number. */
import { z } from 'astro/zod';
import { calendarDate, draft, keywords, line, publisher, slugId } from './fields.ts';

export const newsSchema = z
  .strictObject({
    title: line('标题', 50).describe('动态标题，不超过50字'),
    summary: line('摘要', 120).describe('一两句话概括，显示在动态列表和订阅源里'),
    date: calendarDate('发布日期'),
    publisher,
    town: slugId('街道乡镇编号').optional().describe('涉及的街道、乡镇编号（见 towns.yaml），可不写'),
    keywords,
    draft,
  })
  .describe('工作动态');

export type NewsData = z.infer<typeof newsSchema>;

/** A news post's id is its file name; /news/2024/ is that year's list, so a name of digits alone is refused. */
export const newsYearNameMessage = (name: string) =>
  `文件名“${name}”只有数字，网址会和 /news/${name}/（当年动态的列表）重复，应当改成“日期-拼音或英文”，例如 2024-11-20-safety-net.mdx`;
