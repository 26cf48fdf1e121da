/**
 * The content check: every file of every kind in the registry (src/content/kinds.ts) against its schema,
 * the references between files, and the statute articles, figures and hotlines that MDX pages cite. It
 * collects every problem in one run (an editor should never fix one typo per build) and reports each as
 * "文件:行 字段 — 问题，应当…".
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { kindFiles, readContentFile } from '../content/files.ts';
import { KIND_LIST, KINDS, type ContentKind, type KindName } from '../content/kinds.ts';
import { isYearSegment } from '../lib/archive.ts';
import { parseLaw, type Law } from '../lib/law.ts';
import { districtSchema } from '../schemas/district.ts';
import { withAreaCode } from '../schemas/fields.ts';
import { newsYearNameMessage } from '../schemas/news.ts';
import { checkBackSide, checkMdxBody, checkQuotesHaveProse, figureCitations } from './check-mdx.ts';
import { checkPrivacy } from './check-privacy.ts';
import { checkDistrictParts, checkUnmarkedPage, districtWords, type DistrictFacts } from './district-pages.ts';
import { checkFigureSources } from './figure-sources.ts';
import { readMdxBody } from './mdx-body.ts';
import { bodyPlaceholderPhones, placeholderPhonePaths, switchedOffMessage } from './sample-phones.ts';
import { crossCheck, formatProblem, type ContentProblem, type CrossCheckInput, type Located } from './cross-check.ts';
import { descriptionAt, describeIssues, fieldName, holdsFields } from './describe-issue.ts';
import { COUNTED_FIGURES } from './figure-ids.ts';
import { checkNewsFigures, type FigureReports } from './news-figures.ts';
import type { ParsedYaml } from '../lib/yaml.ts';
import { checkLectureTopic } from './lecture-topic.ts';
import { lastCommitDate, staleUpdatedMessage } from '../content/updated.ts';
import { bodyPlaceholders, PLACEHOLDER, placeholderPaths } from './placeholders.ts';
import { handoutUrl, pageUrl } from '../lib/urls.ts';

interface SourceFile {
  /** Relative to the project root, for messages. */
  file: string;
  text: string;
}

/** One file of a kind, read: its YAML (or frontmatter) parsed, its data validated (null when invalid). */
interface CheckedFile {
  kind: ContentKind;
  source: SourceFile;
  /** A draft by its file name (see DRAFT_PREFIX in src/content/kinds.ts). */
  draftByName: boolean;
  parsed: ParsedYaml;
  data: unknown;
  /** Markdown and MDX: the text after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number };
}

/**
 * Parsed YAML against a schema, as the content check reads every file: syntax errors, placeholders left
 * and every issue of the schema, each at its line; the data, or null when it is unusable.
 */
export function validateYaml(
  file: string,
  parsed: ParsedYaml,
  schema: z.ZodType,
): { data: unknown; problems: ContentProblem[] } {
  if (parsed.errors.length > 0)
    return {
      data: null,
      problems: parsed.errors.map((e) => ({ file, line: e.line, field: '（格式）', message: e.message })),
    };
  const problems: ContentProblem[] = placeholderPaths(parsed.value).map((at) => {
    const description = descriptionAt(schema, at);
    return {
      file,
      line: parsed.lineOf(at),
      field: fieldName(at),
      message: `还是占位文字“${PLACEHOLDER}”，应当填上${description ? `：${description}` : '真实内容'}`,
    };
  });
  // An empty file, or an empty frontmatter, is every field missing: each is named, not "an empty value".
  const value = parsed.value === null && holdsFields(schema) ? {} : parsed.value;
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems };
  for (const issue of describeIssues(schema, value, result.error.issues))
    problems.push({ file, line: parsed.lineOf(issue.path), field: issue.field, message: issue.message });
  return { data: null, problems };
}

export interface CheckResult {
  problems: ContentProblem[];
  files: number;
}

export async function checkContent(root: string, contentDir: string): Promise<CheckResult> {
  const base = path.resolve(root, contentDir);
  const rel = (file: string) => path.relative(root, file);
  const problems: ContentProblem[] = [];

  /** Validates parsed YAML against a schema, reporting placeholders left and every issue; null when unusable. */
  function validate(source: SourceFile, parsed: ParsedYaml, schema: z.ZodType): unknown {
    const result = validateYaml(source.file, parsed, schema);
    problems.push(...result.problems);
    return result.data;
  }

  // Every file of every kind, parsed and validated.
  const laws = new Map<string, Law>();
  const checked: CheckedFile[] = [];
  // Every file but the statutes, for the privacy check below.
  const written: SourceFile[] = [];
  let files = 0;
  for (const kind of KIND_LIST) {
    const listed = await kindFiles(base, kind);
    if (kind.layout !== 'folder' && listed.length === 0)
      problems.push({
        file: rel(path.join(base, kind.path)),
        line: 1,
        field: '（文件）',
        message: `找不到这个文件，应当在 ${contentDir}/ 下建立 ${kind.path}`,
      });
    for (const file of listed) {
      const { text, yaml: parsed, body, draftByName } = await readContentFile(file);
      const source = { file: rel(file.path), text };
      files++;
      if (kind.format === 'statute') {
        const law = parseLaw(text);
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
      written.push(source);
      if (!parsed) {
        problems.push({
          file: source.file,
          line: 1,
          field: '（文件头）',
          message: '文件开头缺少用“---”包起来的信息区，应当以“---”开头，写完字段后再写一行“---”',
        });
        continue;
      }
      const data = validate(source, parsed, kind.schema);
      checked.push({ kind, source, draftByName, parsed, data, ...(body && { body }) });
    }
  }

  // What MDX bodies may cite. When site.yaml or stats.yaml has its own problem, read what it lists
  // anyway, so one mistake there is reported once and not again at every page that cites a hotline or figure.
  const rawOf = (name: KindName) => checked.find((r) => r.kind.name === name)?.parsed.value;
  /** The `key` of every object in a list that may itself be malformed, as text. */
  const listed = (values: unknown, key: string) =>
    Array.isArray(values)
      ? values.map((v) => String((v as Record<string, unknown> | null)?.[key])).filter((v) => v !== 'undefined')
      : [];
  const figureIds = [...COUNTED_FIGURES, ...listed(rawOf('stats'), 'id')];
  const site = rawOf('site') as Record<string, unknown> | null | undefined;
  const hotlines = listed(site?.['hotlines'], 'number');
  // The dates each stats.yaml figure was reported on, for news posts (nothing when stats.yaml is invalid).
  const reports = (checked.find((file) => file.kind === KINDS.stats)?.data ?? []) as FigureReports[];

  // What a page that holds for any district may not contain (see district-pages.ts).
  const fieldsOf = (file: CheckedFile) => file.parsed.value as Record<string, unknown> | null | undefined;
  const isPage = (kind: ContentKind) => kind === KINDS.pages || kind === KINDS.handouts;
  const district = site?.['district'] as Record<string, unknown> | null | undefined;
  const districtFacts: DistrictFacts = {
    words: districtWords({ name: district?.['name'], city: district?.['city'] }),
    reportedFigures: figureIds.filter((id) => !(COUNTED_FIGURES as readonly string[]).includes(id)),
    localPaths: checked
      .filter((file) => isPage(file.kind) && fieldsOf(file)?.['local'] === true)
      .map((file) => {
        const name = path.basename(file.source.file).replace(/\.[^.]+$/, '');
        return file.kind === KINDS.pages ? pageUrl(String(fieldsOf(file)?.['section']), name) : handoutUrl(name);
      }),
  };

  // A placeholder phone shows unmarked once the switch that marks it is off (see sample-phones.ts).
  if (site && typeof site === 'object') {
    for (const { kind, source, parsed } of checked) {
      const flag = kind === KINDS.site ? 'sampleIdentity' : 'sampleDirectory';
      if (site[flag] === true) continue;
      for (const at of placeholderPhonePaths(parsed.value)) {
        const phone = at.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)[key], parsed.value);
        problems.push({
          file: source.file,
          line: parsed.lineOf(at),
          field: fieldName(at),
          message: switchedOffMessage(String(phone), flag),
        });
      }
    }
  }

  for (const entry of checked) {
    const { kind, source, parsed, data, body } = entry;
    if (!body) continue;
    // A news post's id is its file name, and /news/2024/ is that year's list.
    const name = path.basename(source.file).replace(/\.[^.]+$/, '');
    if (kind === KINDS.news && isYearSegment(name))
      problems.push({ file: source.file, line: 1, field: '（文件名）', message: newsYearNameMessage(name) });
    const mdx = readMdxBody(source.file, body.text, body.line);
    problems.push(...checkMdxBody(mdx, { laws, figureIds, hotlines }));
    problems.push(...checkQuotesHaveProse(mdx));
    problems.push(...checkFigureSources(mdx, figureIds));
    problems.push(...checkDistrictParts(mdx));
    problems.push(...bodyPlaceholderPhones(source.file, body.text, body.line));
    if (isPage(kind) && fieldsOf(entry)?.['local'] !== true)
      problems.push(
        ...checkUnmarkedPage(
          source.file,
          source.text,
          mdx,
          districtFacts,
          kind === KINDS.pages ? '这一页' : '这张宣传单',
        ),
      );
    if (kind === KINDS.news && data) {
      const { date } = data as { date: string };
      problems.push(...checkNewsFigures(source.file, date, figureCitations(mdx), reports));
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
    if (kind !== KINDS.handouts) problems.push(...checkBackSide(mdx));
    else if (sheets === 1 || sheets === 2)
      problems.push(...checkBackSide(mdx, { sheets, line: parsed.lineOf(['sheets']) }));
    problems.push(...bodyPlaceholders(source.file, body.text, body.line));
  }

  // Ids and references between kinds, over the entries that are valid. A single or list file (one file
  // holds the whole kind) with a problem of its own is left out, so its problem is not repeated at every
  // entry that names it.
  const entries: CrossCheckInput = {};
  for (const { kind, source, draftByName, parsed, data } of checked) {
    if (data === null) continue;
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
        draft: kind.drafts && (draftByName || (data as { draft?: unknown }).draft === true),
      } satisfies Located<Record<string, unknown>>);
    }
  }
  problems.push(...crossCheck(entries));

  // Nothing that looks like a citizen ID number may be published, in any file but the statutes.
  for (const { file, text } of written) problems.push(...checkPrivacy(file, text));

  // The schemas' phone examples say 区号; the editor reads them with the district's own area code.
  const areaCode = districtSchema.shape.areaCode.safeParse(
    (rawOf('site') as { district?: { areaCode?: unknown } } | null)?.district?.areaCode,
  ).data;
  for (const problem of problems) problem.message = withAreaCode(problem.message, areaCode);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, files };
}

/** The report editors read, from `npm run check:content` and from the build alike. */
export function formatReport({ problems, files }: CheckResult): string {
  if (problems.length === 0) return `内容检查通过：${files} 个文件没有发现问题。`;
  return `${problems.map(formatProblem).join('\n')}\n\n内容检查发现 ${problems.length} 处问题（共检查 ${files} 个文件）。请按上面的提示逐条修改后再构建。`;
}
