/**
 * The one reader of a content root for everything that reads content/ outside Astro's collections —
 * the content check, the loaders behind the collections, the importer and preflight. It lists each
 * kind's files from the registry (kinds.ts): a folder kind's files with one of its extensions at any
 * depth, a single or list kind's one file; it marks drafts by their file name with the registry's one
 * rule (kindGlob, the pattern the collections load with); and it reads a file as its format says.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../lib/yaml.ts';
import { KIND_LIST, kindFilesGlob, kindGlob, type ContentKind } from './kinds.ts';

export interface ContentFile {
  kind: ContentKind;
  /** Absolute. */
  path: string;
  /** Relative to the content root, with "/": "homes/chengguan-dongguan.yaml". */
  relative: string;
  /** Relative to the kind's folder, with "/" ("guide/duties.mdx"); for a single or list kind, its file name. */
  inFolder: string;
  /** A draft by its file name ("_" first): read and checked like any other file, never published. */
  draftByName: boolean;
}

/** A file with its text, and for YAML and frontmatter kinds its YAML parsed (lines numbered as in the file). */
export interface ReadContentFile extends ContentFile {
  text: string;
  /** Absent for a statute, and for a Markdown file without its "---" frontmatter. */
  yaml?: ParsedYaml;
  /** Markdown and MDX: the text after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number };
}

const slash = (p: string) => p.split(path.sep).join('/');

/** Files in the order of their paths, as an editor finds them in the folder. */
export const byPath = (a: ContentFile, b: ContentFile): number =>
  a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0;

async function filesUnder(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * The files of one kind under a content root, sorted, drafts included (marked); a single or list kind
 * gives its one file, or nothing when it is missing.
 */
export async function kindFiles(contentRoot: string, kind: ContentKind): Promise<ContentFile[]> {
  const at = path.resolve(contentRoot, kind.path);
  const root = path.resolve(contentRoot);
  if (kind.layout !== 'folder') {
    const present = await stat(at).then(
      (s) => s.isFile(),
      () => false,
    );
    const file = { kind, path: at, relative: slash(path.relative(root, at)), inFolder: path.basename(at) };
    return present ? [{ ...file, draftByName: false }] : [];
  }
  const files: ContentFile[] = [];
  for (const entry of await filesUnder(at)) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const inFolder = slash(path.relative(at, file));
    if (!path.matchesGlob(inFolder, kindFilesGlob(kind))) continue;
    files.push({
      kind,
      path: file,
      relative: slash(path.relative(root, file)),
      inFolder,
      draftByName: !path.matchesGlob(inFolder, kindGlob(kind)),
    });
  }
  return files.sort(byPath);
}

/** Every file of every kind (or of the kinds given), in the registry's order. */
export async function contentFiles(contentRoot: string, kinds = KIND_LIST): Promise<ContentFile[]> {
  return (await Promise.all(kinds.map((kind) => kindFiles(contentRoot, kind)))).flat();
}

/** A file's text, parsed as its kind's format says. */
export async function readContentFile(file: ContentFile): Promise<ReadContentFile> {
  const text = await readFile(file.path, 'utf8');
  if (file.kind.format === 'yaml') return { ...file, text, yaml: parseYaml(text) };
  if (file.kind.format === 'statute') return { ...file, text };
  const parts = splitFrontmatter(text);
  if (!parts) return { ...file, text };
  // The frontmatter starts on the file's second line, after the first "---".
  return { ...file, text, yaml: parseYaml(parts.yaml, 1), body: { text: parts.body, line: parts.bodyLine } };
}

/** The published files of one kind (no drafts by file name), read. */
export async function readPublishedFiles(contentRoot: string, kind: ContentKind): Promise<ReadContentFile[]> {
  const files = (await kindFiles(contentRoot, kind)).filter((f) => !f.draftByName);
  return Promise.all(files.map(readContentFile));
}
