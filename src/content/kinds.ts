/**
 * Every kind of content, once: where its files live, how they are written, the schema that checks them,
 * which of them are drafts, which other kinds they name, and whether `npm run new` can start one.
 * The collections (src/content.config.ts), the content check (src/check/), the scaffolder, the JSON
 * Schemas and the field tables of content/README.md (src/authoring/) are all derived from this list, so
 * adding a kind is one entry here (see README "Adding a content kind").
 *
 * Plain data and small helpers only: Node scripts (the check, `npm run new`, importers) read it without
 * Astro, so nothing here imports astro:content.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { handoutSchema } from '../schemas/handout.ts';
import { homeSchema } from '../schemas/home.ts';
import { lawSchema } from '../schemas/law.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';
import { siteSchema } from '../schemas/site.ts';
import { statSchema, statsFileSchema } from '../schemas/stats.ts';
import { townSchema, townsFileSchema } from '../schemas/town.ts';

/**
 * How a kind's files are laid out under the content root:
 * - `single`: one YAML file holding one object (site.yaml);
 * - `list`: one YAML file holding a list of entries, each with an `id` (towns.yaml, stats.yaml);
 * - `folder`: a folder with one entry per file (homes/, lectures/…).
 */
export type KindLayout = 'single' | 'list' | 'folder';

/**
 * How one file is written: `yaml` data; `frontmatter` — Markdown or MDX whose YAML head between two
 * "---" lines holds the fields; `statute` — an official text read article by article (src/lib/law.ts).
 */
export type KindFormat = 'yaml' | 'frontmatter' | 'statute';

/** A field that holds the id of an entry of another kind (a home's town, a lecture's venue.home). */
export interface KindReference {
  /** Path of the field inside one entry, e.g. ['venue', 'home']. */
  field: readonly string[];
  /** The kind whose ids it names (its collection name; checked below to be one of KINDS). */
  kind: string;
}

export interface ContentKind<S extends z.ZodType = z.ZodType, E extends z.ZodType = z.ZodType> {
  /** The collection's name: getCollection('homes'). */
  name: string;
  /**
   * One entry's name: on the command line (`npm run new -- home`), in schemas/<singular>.schema.json
   * and in the field-table markers of content/README.md.
   */
  singular: string;
  /** What editors call the kind (headings, the scaffold's first line). */
  label: string;
  /** What one entry is called inside a sentence ("讲座编号…重复了"). */
  noun: string;
  layout: KindLayout;
  /** Relative to the content root: the file (single, list) or the folder (folder). */
  path: string;
  format: KindFormat;
  /** File extensions a folder kind reads; the first is what new files get. */
  extensions: readonly string[];
  /** A folder kind whose files sit one level down in named subfolders: how the subfolder is named. */
  subfolder?: string;
  /** What one file holds: what the check validates and the JSON Schema describes. */
  schema: S;
  /** One entry of the collection (for list files: one item of the list). */
  entrySchema: E;
  /**
   * Where an entry's id comes from: its `id` field (the file name when the field is absent), or the
   * file's path inside the folder (pages, news, handouts: the URL is the file name).
   */
  id: 'field' | 'file';
  /** Whether entries may be drafts (see DRAFT_PREFIX): checked, never published. */
  drafts: boolean;
  references: readonly KindReference[];
  /** Whether `npm run new` starts a file of this kind (from the schema, see src/authoring/scaffold.ts). */
  scaffold: boolean;
}

const MARKDOWN = ['.md', '.mdx'] as const;
const MDX = ['.mdx'] as const;
const YAML = ['.yaml', '.yml'] as const;

/**
 * A kind, checked against ContentKind while its own schema types stay exact (the collections' entry
 * types are inferred from them).
 */
const kind = <S extends z.ZodType, E extends z.ZodType, N extends string>(k: ContentKind<S, E> & { name: N }) => k;

export const KINDS = {
  site: kind({
    name: 'site', singular: 'site', label: '网站身份与页脚', noun: '网站身份',
    layout: 'single', path: 'site.yaml', format: 'yaml', extensions: YAML,
    schema: siteSchema, entrySchema: siteSchema, id: 'field', drafts: false, references: [], scaffold: false,
  }),
  pages: kind({
    name: 'pages', singular: 'page', label: '栏目页面', noun: '页面',
    layout: 'folder', path: 'pages', subfolder: '<栏目>', format: 'frontmatter', extensions: MDX,
    schema: pageSchema, entrySchema: pageSchema, id: 'file', drafts: true, references: [], scaffold: true,
  }),
  news: kind({
    name: 'news', singular: 'news', label: '工作动态', noun: '动态',
    layout: 'folder', path: 'news', format: 'frontmatter', extensions: MDX,
    schema: newsSchema, entrySchema: newsSchema, id: 'file', drafts: true, references: [{ field: ['town'], kind: 'towns' }], scaffold: true,
  }),
  handouts: kind({
    name: 'handouts', singular: 'handout', label: '宣传单', noun: '宣传单',
    layout: 'folder', path: 'handouts', format: 'frontmatter', extensions: MDX,
    schema: handoutSchema, entrySchema: handoutSchema, id: 'file', drafts: true, references: [], scaffold: true,
  }),
  towns: kind({
    name: 'towns', singular: 'towns', label: '街道乡镇', noun: '街道乡镇',
    layout: 'list', path: 'towns.yaml', format: 'yaml', extensions: YAML,
    schema: townsFileSchema, entrySchema: townSchema, id: 'field', drafts: false, references: [], scaffold: false,
  }),
  homes: kind({
    name: 'homes', singular: 'home', label: '儿童之家', noun: '儿童之家',
    layout: 'folder', path: 'homes', format: 'yaml', extensions: YAML,
    schema: homeSchema, entrySchema: homeSchema, id: 'field', drafts: true, references: [{ field: ['town'], kind: 'towns' }], scaffold: true,
  }),
  lectures: kind({
    name: 'lectures', singular: 'lecture', label: '普法讲座', noun: '讲座',
    layout: 'folder', path: 'lectures', format: 'frontmatter', extensions: MARKDOWN,
    schema: lectureSchema, entrySchema: lectureSchema, id: 'field', drafts: true,
    references: [{ field: ['venue', 'home'], kind: 'homes' }, { field: ['venue', 'town'], kind: 'towns' }],
    scaffold: true,
  }),
  stats: kind({
    name: 'stats', singular: 'stats', label: '统计数字', noun: '统计数字',
    layout: 'list', path: 'stats.yaml', format: 'yaml', extensions: YAML,
    schema: statsFileSchema, entrySchema: statSchema, id: 'field', drafts: false, references: [{ field: ['town'], kind: 'towns' }], scaffold: false,
  }),
  law: kind({
    name: 'law', singular: 'law', label: '法律原文', noun: '法律',
    layout: 'folder', path: 'law', format: 'statute', extensions: ['.md'],
    schema: lawSchema, entrySchema: lawSchema, id: 'field', drafts: false, references: [], scaffold: false,
  }),
};

export type Kinds = typeof KINDS;
export type KindName = keyof Kinds;

/** Every kind, in the order above. */
export const KIND_LIST: readonly ContentKind[] = Object.values(KINDS);

for (const k of KIND_LIST) {
  for (const r of k.references) if (!(r.kind in KINDS)) throw new Error(`kinds.ts: ${k.name}.${r.field.join('.')} refers to an unknown kind "${r.kind}"`);
}

/** The kinds editors fill in field by field: they get a JSON Schema and a table in content/README.md. */
export const EDITOR_KINDS: readonly ContentKind[] = KIND_LIST.filter((k) => k.format !== 'statute');

/** A kind by its collection name ("homes") or its singular ("home"), as typed on a command line. */
export function kindNamed(name: string): ContentKind | undefined {
  return KIND_LIST.find((k) => k.name === name || k.singular === name);
}

/** A kind's folder (or file) relative to the content root: kindFolder('homes') → "homes". */
export const kindFolder = (name: KindName): string => KINDS[name].path;

/** Where a kind lives under a content root: kindPath('content', 'homes') → "content/homes". */
export const kindPath = (contentDir: string, name: KindName): string => path.join(contentDir, KINDS[name].path);

/**
 * The file a new entry of a folder kind is written to, relative to the content root, with the kind's
 * first extension: entryFile('lectures', '2027-03-20-chengguan-dongguan') → "lectures/2027-03-20-chengguan-dongguan.md".
 * A draft's name starts with DRAFT_PREFIX.
 */
export function entryFile(name: KindName, id: string): string {
  const k: ContentKind = KINDS[name];
  if (k.layout !== 'folder') throw new Error(`${k.path} 是一个文件，不能按编号新建`);
  return path.join(k.path, `${id}${k.extensions[0]}`);
}

/** Whether a file name has one of a kind's extensions. */
export const hasKindExtension = (k: ContentKind, file: string): boolean => k.extensions.some((ext) => file.endsWith(ext));

/** The id of an entry read from a file of a folder kind, before its data is known (the file name). */
export const idFromFile = (k: ContentKind, relativeToFolder: string): string => {
  const ext = k.extensions.find((e) => relativeToFolder.endsWith(e)) ?? '';
  return relativeToFolder.slice(0, relativeToFolder.length - ext.length).split(path.sep).join('/');
};

// Drafts: the one rule. Starlight's pattern: a file whose name starts with "_" is a draft or partial;
// a `draft: true` field does the same without renaming. Either way the file is checked like any other
// and never published.
export const DRAFT_PREFIX = '_';

/** Entries that are published: drafts by file name never reach a collection, so the field decides. */
export const published = <T extends { data: { draft?: boolean } }>(entries: T[]): T[] => entries.filter((e) => !e.data.draft);

const extensionsGlob = (k: ContentKind): string => {
  const exts = k.extensions.map((e) => e.slice(1));
  return exts.length > 1 ? `{${exts.join(',')}}` : exts[0]!;
};

/** Every file of a folder kind, drafts too, at any depth: `**\/*.{md,mdx}`. */
export const kindFilesGlob = (k: ContentKind): string => `**/*.${extensionsGlob(k)}`;

/**
 * The published files of a folder kind, the pattern the collections load with: every file with one of
 * its extensions, at any depth, except drafts by file name (`**\/[^_]*.{md,mdx}`). The content reader
 * (files.ts) marks as drafts the files of kindFilesGlob that this one leaves out.
 */
export const kindGlob = (k: ContentKind): string => `**/[^${DRAFT_PREFIX}]*.${extensionsGlob(k)}`;

/** How the editors' guide names a kind's files: "lectures/*.md 或 *.mdx", "pages/<栏目>/*.mdx". */
export function filesLabel(k: ContentKind): string {
  if (k.layout !== 'folder') return k.path;
  const [first, ...others] = k.extensions.filter((e) => e !== '.yml');
  return `${k.path}/${k.subfolder ? `${k.subfolder}/` : ''}*${first}${others.map((e) => ` 或 *${e}`).join('')}`;
}
