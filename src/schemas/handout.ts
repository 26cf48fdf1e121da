/** content/handouts/*.mdx frontmatter: one-sheet leaflets written for printing. */
import { z } from 'astro/zod';
import { editedFields, line } from './fields.ts';

export const handoutSchema = z
  .strictObject({
    title: line('标题', 30).describe('宣传单标题，印在纸的最上方，不超过30字'),
    summary: line('摘要', 120).describe('一两句话说明这张宣传单讲什么，显示在宣传资料列表里'),
    sheets: z
      .union([z.literal(1), z.literal(2)], { error: '页数应当写 1（单面一页）或 2（正反两面）' })
      .describe('承诺的纸张：1 = 一张A4单面，2 = 一张A4正反两面（正文里用一行 <BackSide /> 标出背面从哪里开始）。内容超出时构建会失败'),
    ...editedFields,
  })
  .describe('宣传单');

export type HandoutData = z.infer<typeof handoutSchema>;
