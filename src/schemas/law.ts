/**
 * content/law/*.md after parsing (src/lib/law.ts): a statute's articles, the single source of every
 * quote. Editors do not fill in fields here: the file is the official text, read article by article.
 */
import { z } from 'astro/zod';

export const lawSchema = z.object({
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
});
