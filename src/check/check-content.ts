/**
 * The content check: every file under the content root against its schema, the references between
 * files, and the statute articles, figures and hotlines that MDX pages cite. It collects every problem
 * in one run (an editor should never fix one typo per build) and reports each as
 * "文件:行 字段 — 问题，应当…".
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseLaw, type Law } from '../lib/law.ts';
import { handoutSchema } from '../schemas/handout.ts';
import { homeSchema } from '../schemas/home.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { newsSchema, newsYearNameMessage } from '../schemas/news.ts';
import { isYearSegment } from '../lib/archive.ts';
import { pageSchema } from '../schemas/page.ts';
import { siteSchema } from '../schemas/site.ts';
import { statsFileSchema } from '../schemas/stats.ts';
import { townsFileSchema } from '../schemas/town.ts';
import { crossCheck, type ContentProblem, type Located } from './cross-check.ts';
import { descriptionAt, describeIssues, fieldName } from './describe-issue.ts';
import { COUNTED_FIGURES } from './figure-ids.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './parse-yaml.ts';
import { checkBackSide, checkMdxBody, checkQuotesHaveProse } from './check-mdx.ts';
import { checkPrivacy } from './check-privacy.ts';
import { checkLectureTopic } from './lecture-topic.ts';
import { lastCommitDate, staleUpdatedMessage } from '../content/updated.ts';
import { bodyPlaceholders, PLACEHOLDER, placeholderPaths } from './placeholders.ts';

interface SourceFile {
  /** Relative to the project root, for messages. */
  file: string;
  text: string;
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  return entries.filter((name) => pattern.test(path.basename(name))).map((name) => path.join(dir, name)).sort();
}

export interface CheckResult {
  problems: ContentProblem[];
  files: number;
}

export async function checkContent(root: string, contentDir: string): Promise<CheckResult> {
  const base = path.resolve(root, contentDir);
  const rel = (file: string) => path.relative(root, file);
  const problems: ContentProblem[] = [];
  let files = 0;

  const read = async (file: string): Promise<SourceFile> => {
    files++;
    return { file: rel(file), text: await readFile(file, 'utf8') };
  };

  /** Parses YAML (a data file, or frontmatter at a line offset) and validates it; null when unusable. */
  function validate<S extends z.ZodType>(source: SourceFile, parsed: ParsedYaml, schema: S): z.infer<S> | null {
    if (parsed.errors.length > 0) {
      problems.push(...parsed.errors.map((e) => ({ file: source.file, line: e.line, field: '（格式）', message: e.message })));
      return null;
    }
    const unfilled = placeholderPaths(parsed.value);
    for (const at of unfilled) {
      const description = descriptionAt(schema, at);
      problems.push({ file: source.file, line: parsed.lineOf(at), field: fieldName(at), message: `还是占位文字“${PLACEHOLDER}”，应当填上${description ? `：${description}` : '真实内容'}` });
    }
    const result = schema.safeParse(parsed.value);
    if (result.success) return result.data;
    for (const issue of describeIssues(schema, parsed.value, result.error.issues)) {
      problems.push({ file: source.file, line: parsed.lineOf(issue.path), field: issue.field, message: issue.message });
    }
    return null;
  }
  /** Files whose name starts with "_" are drafts: checked like any other, never published. */
  const isDraftFile = (file: string) => path.basename(file).startsWith('_');

  const required = async (name: string) => {
    const file = path.join(base, name);
    try {
      return await read(file);
    } catch {
      problems.push({ file: rel(file), line: 1, field: '（文件）', message: `找不到这个文件，应当在 ${contentDir}/ 下建立 ${name}` });
      return null;
    }
  };

  // Identity and lists.
  const siteSource = await required('site.yaml');
  const siteParsed = siteSource ? parseYaml(siteSource.text) : null;
  const site = siteSource && siteParsed ? validate(siteSource, siteParsed, siteSchema) : null;
  const townsSource = await required('towns.yaml');
  const townsParsed = townsSource ? parseYaml(townsSource.text) : null;
  const towns = townsSource && townsParsed ? validate(townsSource, townsParsed, townsFileSchema) : null;
  const statsSource = await required('stats.yaml');
  const statsParsed = statsSource ? parseYaml(statsSource.text) : null;
  const stats = statsSource && statsParsed ? validate(statsSource, statsParsed, statsFileSchema) : null;

  // Statutes: the articles MDX pages may quote.
  const laws = new Map<string, Law>();
  for (const file of await listFiles(path.join(base, 'law'), /\.md$/)) {
    const source = await read(file);
    const law = parseLaw(source.text);
    if (law.articles.length === 0) problems.push({ file: source.file, line: 1, field: '（条文）', message: '没有读到任何条文，条文应当以“第一条 ”这样的格式开头' });
    else laws.set(law.name, law);
  }

  // One YAML file per home.
  const homes: Located<z.infer<typeof homeSchema>>[] = [];
  for (const file of await listFiles(path.join(base, 'homes'), /\.ya?ml$/)) {
    const source = await read(file);
    const parsed = parseYaml(source.text);
    const home = validate(source, parsed, homeSchema);
    if (home) homes.push({ file: source.file, lineOf: parsed.lineOf, data: home, draft: home.draft || isDraftFile(file) });
  }

  // MDX and Markdown with frontmatter.
  // When site.yaml or stats.yaml has its own problem, read what it lists anyway, so one mistake there
  // is reported once and not again at every page that cites a hotline or figure.
  const listed = (parsed: ParsedYaml | null, pick: (value: any) => unknown[] | undefined) =>
    (pick(parsed?.value) ?? []).map((v) => String(v));
  const figureIds = [...COUNTED_FIGURES, ...(stats ? stats.map((s) => s.id) : listed(statsParsed, (v) => v?.map?.((s: any) => s?.id)))];
  const hotlines = site ? site.hotlines.map((h) => h.number) : listed(siteParsed, (v) => v?.hotlines?.map?.((h: any) => h?.number));
  const lectures: Located<z.infer<typeof lectureSchema>>[] = [];
  const mentions: Located<{ town?: string | undefined }>[] = [];
  const withFrontmatter: [string, RegExp, z.ZodType][] = [
    ['pages', /\.mdx$/, pageSchema],
    ['news', /\.mdx$/, newsSchema],
    ['handouts', /\.mdx$/, handoutSchema],
    ['lectures', /\.mdx?$/, lectureSchema],
  ];
  for (const [folder, pattern, schema] of withFrontmatter) {
    for (const file of await listFiles(path.join(base, folder), pattern)) {
      const source = await read(file);
      const parts = splitFrontmatter(source.text);
      if (!parts) {
        problems.push({ file: source.file, line: 1, field: '（文件头）', message: '文件开头缺少用“---”包起来的信息区，应当以“---”开头，写完字段后再写一行“---”' });
        continue;
      }
      const parsed = parseYaml(parts.yaml, 1);
      const data = validate(source, parsed, schema);
      const draft = Boolean((data as { draft?: boolean } | null)?.draft) || isDraftFile(file);
      if (data && folder === 'lectures') lectures.push({ file: source.file, lineOf: parsed.lineOf, data: data as z.infer<typeof lectureSchema>, draft });
      if (data && folder === 'lectures') problems.push(...checkLectureTopic(source.file, parsed.lineOf(['topic']), (data as z.infer<typeof lectureSchema>).topic, parts.body, laws.get('未成年人保护法')));
      const name = path.basename(file).replace(/\.mdx?$/, '');
      if (folder === 'news' && isYearSegment(name)) problems.push({ file: source.file, line: 1, field: '（文件名）', message: newsYearNameMessage(name) });
      if (data && folder === 'news') mentions.push({ file: source.file, lineOf: parsed.lineOf, data: data as z.infer<typeof newsSchema>, draft });
      problems.push(...checkMdxBody(source.file, parts.body, parts.bodyLine, { laws, figureIds, hotlines }));
      problems.push(...checkQuotesHaveProse(source.file, parts.body, parts.bodyLine));
      const updated = (data as { updated?: string } | null)?.updated;
      const stale = staleUpdatedMessage(updated, updated ? lastCommitDate(path.basename(file), path.dirname(file)) : undefined);
      if (stale) problems.push({ file: source.file, line: parsed.lineOf(['updated']), field: 'updated', message: stale });
      // A handout's sheets are read even when another field is wrong; a sheets value that is itself
      // wrong is already reported, and which side markers it needs cannot be known.
      const sheets = folder === 'handouts' ? (parsed.value as { sheets?: unknown } | null)?.sheets : undefined;
      if (folder !== 'handouts') problems.push(...checkBackSide(source.file, parts.body, parts.bodyLine));
      else if (sheets === 1 || sheets === 2) problems.push(...checkBackSide(source.file, parts.body, parts.bodyLine, { sheets, line: parsed.lineOf(['sheets']) }));
      problems.push(...bodyPlaceholders(source.file, parts.body, parts.bodyLine));
    }
  }

  if (towns && townsParsed) {
    problems.push(
      ...crossCheck({
        towns: towns.map((data, index) => ({ file: townsSource!.file, lineOf: (p) => townsParsed.lineOf([index, ...p]), data })),
        homes,
        lectures,
        mentions: [...mentions, ...(stats ?? []).map((data, index) => ({ file: statsSource!.file, lineOf: (p: readonly PropertyKey[]) => statsParsed!.lineOf([index, ...p]), data }))],
      }),
    );
  }

  // Nothing that looks like a citizen ID number may be published, in any file.
  for (const file of await listFiles(base, /\.(ya?ml|mdx?)$/)) {
    const source = { file: rel(file), text: await readFile(file, 'utf8') };
    if (!source.file.includes(`${path.sep}law${path.sep}`)) problems.push(...checkPrivacy(source.file, source.text));
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, files };
}
