/**
 * The one place the roster sheets learn about the content kinds they hold: where homes and lectures
 * live, checked by which schema, and where the towns rows name are listed. It asks the project's
 * registry of content kinds (src/content/kinds.ts) and knows nothing of its own, so a kind that moves
 * or changes shape there moves here too.
 */
import type { z } from 'astro/zod';
import { KINDS, type ContentKind } from '../content/kinds.ts';

export type RosterKindName = 'homes' | 'lectures';

export interface RosterKind {
  name: RosterKindName;
  /** What editors call it. */
  label: string;
  /** Folder under the content root. */
  folder: string;
  /** File extension of new files, with the dot. */
  ext: string;
  /** The kind in the registry, for the content reader (src/content/files.ts). */
  registry: ContentKind;
  schema: z.ZodType;
}

export function rosterKind(name: RosterKindName): RosterKind {
  const kind = KINDS[name];
  if (kind.layout !== 'folder' || kind.format === 'statute')
    throw new Error(`内容类型“${name}”不是一个文件一条的文件夹`);
  return {
    name,
    label: kind.label,
    folder: kind.path,
    ext: kind.extensions[0]!,
    registry: kind,
    schema: kind.schema,
  };
}

/** The file listing the district's towns, which rows name by 街道乡镇. */
export const TOWNS: ContentKind = KINDS.towns;
