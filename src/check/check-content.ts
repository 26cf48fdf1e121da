/**
 * The content check: every file of every kind in the registry (src/content/kinds.ts) against its schema,
 * the references between files, and the statute articles, figures and hotlines that MDX pages cite. It
 * collects every problem in one run (an editor should never fix one typo per build) and reports each as
 * "文件:行 字段 — 问题，应当…".
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { hasKindExtension, isDraft, KIND_LIST, KINDS, type ContentKind, type KindName } from '../content/kinds.ts';
import { isYearSegment } from '../lib/archive.ts';
import { parseLaw, type Law } from '../lib/law.ts';
import { newsYearNameMessage } from '../schemas/news.ts';
import { checkBackSide, checkMdxBody, checkQuotesHaveProse, figureCitations } from './check-mdx.ts';
import { checkPrivacy } from './check-privacy.ts';
import { crossCheck, formatProblem, type ContentProblem, type CrossCheckInput, type Located } from './cross-check.ts';
import { descriptionAt, describeIssues, fieldName } from './describe-issue.ts';
import { COUNTED_FIGURES } from './figure-ids.ts';
import { checkNewsFigures, type FigureReports } from './news-figures.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../lib/yaml.ts';
import { checkLectureTopic } from './lecture-topic.ts';
import { lastCommitDate, staleUpdatedMessage } from '../content/updated.ts';
import { bodyPlaceholders, PLACEHOLDER, placeholderPaths } from './placeholders.ts';

interface SourceFile {
  /** Relative to the project root, for messages. */
  file: string;
  text: string;
}

/** One file of a kind, read: its YAML (or frontmatter) parsed, its data validated (null when invalid). */
interface KindFile {
  kind: ContentKind;
  source: SourceFile;
  parsed: ParsedYaml;
  data: unknown;
  /** Markdown and MDX: the text after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number };
}

async function listFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((name) => keep(path.basename(name)))
    .map((name) => path.join(dir, name))
    .sort();
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

  /** Validates parsed YAML against a schema, reporting placeholders left and every issue; null when unusable. */
  function validate(source: SourceFile, parsed: ParsedYaml, schema: z.ZodType): unknown {
    if (parsed.errors.length > 0) {
      problems.push(
        ...parsed.errors.map((e) => ({ file: source.file, line: e.line, field: '（格式）', message: e.message })),
      );
      return null;
    }
    const unfilled = placeholderPaths(parsed.value);
    for (const at of unfilled) {
      const description = descriptionAt(schema, at);
      problems.push({
        file: source.file,
        line: parsed.lineOf(at),
        field: fieldName(at),
        message: `还是占位文字“${PLACEHOLDER}”，应当填上${description ? `：${description}` : '真实内容'}`,
      });
    }
    const result = schema.safeParse(parsed.value);
    if (result.success) return result.data;
    for (const issue of describeIssues(schema, parsed.value, result.error.issues)) {
      problems.push({ file: source.file, line: parsed.lineOf(issue.path), field: issue.field, message: issue.message });
    }
    return null;
  }

  /** The files of a kind: a folder's files, or the one file it must have. */
  async function filesOf(kind: ContentKind): Promise<string[]> {
    const at = path.join(base, kind.path);
    if (kind.layout === 'folder') return listFiles(at, (name) => hasKindExtension(kind, name));
    try {
      await readFile(at);
      return [at];
    } catch {
      problems.push({
        file: rel(at),
        line: 1,
        field: '（文件）',
        message: `找不到这个文件，应当在 ${contentDir}/ 下建立 ${kind.path}`,
      });
      return [];
    }
  }

  // Every file of every kind, parsed and validated.
  const laws = new Map<string, Law>();
  const kindFiles: KindFile[] = [];
  const invalid = new Set<string>();
  for (const kind of KIND_LIST) {
    for (const file of await filesOf(kind)) {
      const source = await read(file);
      if (kind.format === 'statute') {
        const law = parseLaw(source.text);
        if (law.articles.length === 0)
          problems.push({
            file: source.file,
            line: 1,
            field: '（条文）',
            message: '没有读到任何条文，条文应当以“第一条 ”这样的格式开头',
          });
        else laws.set(law.name, law);
        continue;
      }
      if (kind.format === 'yaml') {
        const parsed = parseYaml(source.text);
        const data = validate(source, parsed, kind.schema);
        if (data === null) invalid.add(kind.name);
        kindFiles.push({ kind, source, parsed, data });
        continue;
      }
      const parts = splitFrontmatter(source.text);
      if (!parts) {
        problems.push({
          file: source.file,
          line: 1,
          field: '（文件头）',
          message: '文件开头缺少用“---”包起来的信息区，应当以“---”开头，写完字段后再写一行“---”',
        });
        continue;
      }
      const parsed = parseYaml(parts.yaml, 1);
      kindFiles.push({
        kind,
        source,
        parsed,
        data: validate(source, parsed, kind.schema),
        body: { text: parts.body, line: parts.bodyLine },
      });
    }
  }

  // What MDX bodies may cite. When site.yaml or stats.yaml has its own problem, read what it lists
  // anyway, so one mistake there is reported once and not again at every page that cites a hotline or figure.
  const rawOf = (name: KindName) => kindFiles.find((r) => r.kind.name === name)?.parsed.value;
  /** The `key` of every object in a list that may itself be malformed, as text. */
  const listed = (values: unknown, key: string) =>
    Array.isArray(values)
      ? values.map((v) => String((v as Record<string, unknown> | null)?.[key])).filter((v) => v !== 'undefined')
      : [];
  const figureIds = [...COUNTED_FIGURES, ...listed(rawOf('stats'), 'id')];
  const hotlines = listed((rawOf('site') as { hotlines?: unknown } | null)?.hotlines, 'number');
  // The dates each stats.yaml figure was reported on, for news posts (nothing when stats.yaml is invalid).
  const reports = (kindFiles.find((r) => r.kind === KINDS.stats)?.data ?? []) as FigureReports[];

  for (const { kind, source, parsed, data, body } of kindFiles) {
    if (!body) continue;
    // A news post's id is its file name, and /news/2024/ is that year's list.
    const name = path.basename(source.file).replace(/\.[^.]+$/, '');
    if (kind === KINDS.news && isYearSegment(name))
      problems.push({ file: source.file, line: 1, field: '（文件名）', message: newsYearNameMessage(name) });
    problems.push(...checkMdxBody(source.file, body.text, body.line, { laws, figureIds, hotlines }));
    problems.push(...checkQuotesHaveProse(source.file, body.text, body.line));
    if (kind === KINDS.news && data) {
      const { date } = data as { date: string };
      problems.push(...checkNewsFigures(source.file, date, figureCitations(body.text, body.line), reports));
    }
    if (kind === KINDS.lectures && data) {
      const { topic } = data as { topic: string };
      problems.push(
        ...checkLectureTopic(source.file, parsed.lineOf(['topic']), topic, body.text, laws.get('未成年人保护法')),
      );
    }
    // A written date older than the file's last commit is no longer true: the page changed after it.
    const updated = (data as { updated?: string } | null)?.updated;
    if (updated) {
      const file = path.resolve(root, source.file);
      const stale = staleUpdatedMessage(updated, lastCommitDate(path.basename(file), path.dirname(file)));
      if (stale)
        problems.push({ file: source.file, line: parsed.lineOf(['updated']), field: 'updated', message: stale });
    }
    // A handout's sheets are read even when another field is wrong; a sheets value that is itself
    // wrong is already reported, and which side markers it needs cannot be known.
    const sheets = kind === KINDS.handouts ? (parsed.value as { sheets?: unknown } | null)?.sheets : undefined;
    if (kind !== KINDS.handouts) problems.push(...checkBackSide(source.file, body.text, body.line));
    else if (sheets === 1 || sheets === 2)
      problems.push(...checkBackSide(source.file, body.text, body.line, { sheets, line: parsed.lineOf(['sheets']) }));
    problems.push(...bodyPlaceholders(source.file, body.text, body.line));
  }

  // Ids and references between kinds, over the entries that are valid. A single or list file with a
  // problem of its own is left out, so its problem is not repeated at every entry that names it.
  const entries: CrossCheckInput = {};
  for (const { kind, source, parsed, data } of kindFiles) {
    if (data === null || (kind.layout !== 'folder' && invalid.has(kind.name))) continue;
    const list = (entries[kind.name as KindName] ??= []);
    if (kind.layout === 'list') {
      (data as Record<string, unknown>[]).forEach((item, index) =>
        list.push({ file: source.file, lineOf: (p) => parsed.lineOf([index, ...p]), data: item }),
      );
    } else {
      list.push({
        file: source.file,
        lineOf: parsed.lineOf,
        data: data as Record<string, unknown>,
        draft: kind.drafts && isDraft(source.file, data),
      } satisfies Located<Record<string, unknown>>);
    }
  }
  problems.push(...crossCheck(entries));

  // Nothing that looks like a citizen ID number may be published, in any file but the statutes.
  const statutes = KIND_LIST.filter((k) => k.format === 'statute').map((k) => path.join(base, k.path) + path.sep);
  for (const file of await listFiles(base, (name) => /\.(ya?ml|mdx?)$/.test(name))) {
    if (statutes.some((dir) => file.startsWith(dir))) continue;
    problems.push(...checkPrivacy(rel(file), await readFile(file, 'utf8')));
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, files };
}

/** The report editors read, from `npm run check:content` and from the build alike. */
export function formatReport({ problems, files }: CheckResult): string {
  if (problems.length === 0) return `内容检查通过：${files} 个文件没有发现问题。`;
  return `${problems.map(formatProblem).join('\n')}\n\n内容检查发现 ${problems.length} 处问题（共检查 ${files} 个文件）。请按上面的提示逐条修改后再构建。`;
}
