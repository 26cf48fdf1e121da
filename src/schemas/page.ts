/** content/pages/**\/*.mdx frontmatter: explainers, guides, policies, help pages. */
import { z } from 'astro/zod';
import { SECTIONS } from '../lib/sections.ts';
import { editedFields, line } from './fields.ts';

export const pageSchema = z
  .strictObject({
    title: line('标题', 40).describe('页面标题，显示在页首和浏览器标签上，不超过40字'),
    summary: line('摘要', 120).describe('一两句话说明本页讲什么、对谁有用，显示在标题下和搜索结果里'),
    section: z
      .enum(SECTIONS, { error: `栏目应当是 law（法律知识）、guide（监护指南）、policy（关爱政策）、help（求助热线）、about（关于我们）之一` })
      .describe('所属栏目：law 法律知识、guide 监护指南、policy 关爱政策、help 求助热线、about 关于我们'),
    listed: z
      .boolean({ error: '是否列出应当写 true 或 false' })
      .default(true)
      .describe('是否列在栏目首页的列表里；政策自查的问答页和结果页写 false，只从自查入口一步步进入'),
    order: z.number({ error: '排序应当是数字，例如 1' }).int().min(0).default(100).describe('在栏目里的顺序，数字小的在前'),
    ...editedFields,
  })
  .describe('栏目页面');

export type PageData = z.infer<typeof pageSchema>;
