/**
 * Content collections over the top-level content folder (CONTENT_DIR). Every schema comes from
 * src/schemas/; references between collections are checked in src/content/, not here, because
 * Astro's reference() only checks the shape of an id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readBuildEnv } from './lib/env.ts';
import { handoutSchema } from './schemas/handout.ts';
import { homeSchema } from './schemas/home.ts';
import { lectureSchema } from './schemas/lecture.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { siteSchema } from './schemas/site.ts';
import { statSchema } from './schemas/stats.ts';
import { townSchema } from './schemas/town.ts';
import { statutesLoader } from './loaders/statutes.ts';
import { yamlFileLoader, yamlFolderLoader } from './loaders/yaml-file.ts';

const dir = readBuildEnv(process.env).contentDir;

// Starlight's pattern: files starting with "_" are drafts or partials and are not published.
const mdx = (folder: string) => glob({ pattern: '**/[^_]*.mdx', base: `${dir}/${folder}` });

export const collections = {
  site: defineCollection({ loader: yamlFileLoader(`${dir}/site.yaml`, { single: 'site' }), schema: siteSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  news: defineCollection({ loader: mdx('news'), schema: newsSchema }),
  handouts: defineCollection({ loader: mdx('handouts'), schema: handoutSchema }),
  towns: defineCollection({ loader: yamlFileLoader(`${dir}/towns.yaml`), schema: townSchema }),
  homes: defineCollection({ loader: yamlFolderLoader(`${dir}/homes`), schema: homeSchema }),
  lectures: defineCollection({
    loader: glob({
      pattern: '**/[^_]*.{md,mdx}',
      base: `${dir}/lectures`,
      generateId: ({ entry, data }) => String(data['id'] ?? entry.replace(/\.mdx?$/, '')),
    }),
    schema: lectureSchema,
  }),
  stats: defineCollection({ loader: yamlFileLoader(`${dir}/stats.yaml`), schema: statSchema }),
  law: defineCollection({
    loader: statutesLoader(`${dir}/law`),
    schema: z.object({
      name: z.string(),
      title: z.string(),
      articles: z.array(
        z.object({
          number: z.number(),
          chapter: z.string(),
          paragraphs: z.array(z.string()),
          items: z.record(z.string(), z.number()),
        }),
      ),
    }),
  }),
};
