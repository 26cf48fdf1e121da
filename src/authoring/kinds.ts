/**
 * Every kind of content file, with the schema that checks it: one list that the JSON Schemas, the
 * scaffolder (`npm run new`) and the field tables of content/README.md are all generated from.
 */
import type { z } from 'astro/zod';
import { handoutSchema } from '../schemas/handout.ts';
import { homeSchema } from '../schemas/home.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';
import { siteSchema } from '../schemas/site.ts';
import { statsFileSchema } from '../schemas/stats.ts';
import { townsFileSchema } from '../schemas/town.ts';

export interface ContentKind {
  /** Used in file names (schemas/<name>.schema.json) and on the command line (`npm run new -- <name>`). */
  name: string;
  /** What editors call it. */
  label: string;
  /** Where its files live, relative to the content root (a glob for folders). */
  files: string;
  /** YAML data files, or Markdown/MDX whose frontmatter the schema checks. */
  format: 'yaml' | 'frontmatter';
  schema: z.ZodType;
  /** For kinds `npm run new` creates: the folder and the file extension. */
  scaffold?: { folder: string; ext: string };
}

export const CONTENT_KINDS: ContentKind[] = [
  { name: 'lecture', label: '普法讲座', files: 'lectures/*.md', format: 'frontmatter', schema: lectureSchema, scaffold: { folder: 'lectures', ext: '.md' } },
  { name: 'home', label: '儿童之家', files: 'homes/*.yaml', format: 'yaml', schema: homeSchema, scaffold: { folder: 'homes', ext: '.yaml' } },
  { name: 'news', label: '工作动态', files: 'news/*.mdx', format: 'frontmatter', schema: newsSchema, scaffold: { folder: 'news', ext: '.mdx' } },
  { name: 'handout', label: '宣传单', files: 'handouts/*.mdx', format: 'frontmatter', schema: handoutSchema, scaffold: { folder: 'handouts', ext: '.mdx' } },
  { name: 'page', label: '栏目页面', files: 'pages/<栏目>/*.mdx', format: 'frontmatter', schema: pageSchema, scaffold: { folder: 'pages', ext: '.mdx' } },
  { name: 'site', label: '网站身份与页脚', files: 'site.yaml', format: 'yaml', schema: siteSchema },
  { name: 'towns', label: '街道乡镇', files: 'towns.yaml', format: 'yaml', schema: townsFileSchema },
  { name: 'stats', label: '统计数字', files: 'stats.yaml', format: 'yaml', schema: statsFileSchema },
];

export function kindNamed(name: string): ContentKind | undefined {
  return CONTENT_KINDS.find((k) => k.name === name);
}
