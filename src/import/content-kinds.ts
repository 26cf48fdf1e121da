/**
 * The one place the importer learns about the content kinds it writes: where homes and lectures live,
 * in which file format, checked by which schema. It asks the project's registry of content kinds and
 * knows nothing of its own, so a kind that moves or changes shape there moves here too.
 */
import type { z } from 'astro/zod';
import { kindNamed } from '../authoring/kinds.ts';

export type RosterKindName = 'homes' | 'lectures';

export interface RosterKind {
  name: RosterKindName;
  /** What editors call it. */
  label: string;
  /** Folder under the content root. */
  folder: string;
  /** File extension of new files, with the dot. */
  ext: string;
  /** Which file names in the folder hold entries of this kind. */
  pattern: RegExp;
  format: 'yaml' | 'frontmatter';
  schema: z.ZodType;
}

const REGISTRY_NAMES: Record<RosterKindName, string> = { homes: 'home', lectures: 'lecture' };

export function rosterKind(name: RosterKindName): RosterKind {
  const kind = kindNamed(REGISTRY_NAMES[name]);
  if (!kind?.scaffold) throw new Error(`内容类型“${name}”不在内容类型登记表里`);
  const { folder, ext } = kind.scaffold;
  const pattern = kind.format === 'yaml' ? /^[^_].*\.ya?ml$/ : /^[^_].*\.mdx?$/;
  return { name, label: kind.label, folder, ext, pattern, format: kind.format, schema: kind.schema };
}

/** The file listing the district's towns, which rows name by 街道乡镇. */
export function townsFile(): string {
  const kind = kindNamed('towns');
  if (!kind) throw new Error('内容类型“towns”不在内容类型登记表里');
  return kind.files;
}
