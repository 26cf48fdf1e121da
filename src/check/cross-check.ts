/**
 * Checks between content files that no single schema can see: ids are unique within a kind, and every
 * reference the kinds registry declares (src/content/kinds.ts) names an entry that exists and is
 * published. Pure: it takes the entries already read and validated.
 */
import { KIND_LIST, type ContentKind, type KindName } from '../content/kinds.ts';
import type { LngLat } from '../lib/geo.ts';
import type { District } from '../schemas/district.ts';
import { outsideOutlineMessage } from './district-outline.ts';
import { suggest } from './suggest.ts';

export interface Located<T> {
  /** Path relative to the project root, e.g. "content/homes/chengguan-dongguan.yaml". */
  file: string;
  /** 1-based line of a field path in that file (for a list file: inside its list entry). */
  lineOf: (path: readonly PropertyKey[]) => number;
  data: T;
  /** A draft ("draft: true" or a file name starting with "_"): checked, never published. */
  draft?: boolean;
}

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

type Entry = Located<Record<string, unknown>>;

/**
 * The valid entries of each kind. A kind left out (its file is missing or broken) is not a target of
 * references: its own problem is reported once, not again at every entry that names it.
 */
export type CrossCheckInput = Partial<Record<KindName, Entry[]>>;

const idOf = (entry: Entry) => String(entry.data['id']);

function duplicates(items: Entry[], kind: ContentKind): ContentProblem[] {
  const path = ['id'];
  const seen = new Map<string, Entry>();
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const first = seen.get(idOf(item));
    if (first) {
      const where = first.file === item.file ? `本文件第 ${first.lineOf(path)} 行` : first.file;
      problems.push({
        file: item.file,
        line: item.lineOf(path),
        field: 'id',
        message: `${kind.noun}编号“${idOf(item)}”重复了（${where} 已经用过），应当换一个不重复的编号`,
      });
    } else seen.set(idOf(item), item);
  }
  return problems;
}

/** Where editors find the ids of a kind: "content/towns.yaml", "content/homes/". */
const whereListed = (kind: ContentKind) => `content/${kind.path}${kind.layout === 'folder' ? '/' : ''}`;

function unknownRef(id: string, known: string[], target: ContentKind): string {
  const hint = suggest(id, known);
  return `没有编号为“${id}”的${target.noun}，应当写 ${whereListed(target)} 里已有的编号${hint ? `；您是不是想写“${hint}”？` : ''}`;
}

function valueAt(data: unknown, field: readonly string[]): unknown {
  let value = data;
  for (const key of field)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

export function crossCheck(input: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries = (kind: ContentKind) => input[kind.name as KindName];
  // Ids written in the files (a single file such as site.yaml is one entry: nothing to repeat).
  for (const kind of KIND_LIST) {
    const items = entries(kind);
    if (items && kind.id === 'field') problems.push(...duplicates(items, kind));
  }
  for (const kind of KIND_LIST) {
    for (const reference of kind.references) {
      const target = KIND_LIST.find((k) => k.name === reference.kind)!;
      const targets = entries(target);
      if (!targets) continue;
      const ids = targets.map(idOf);
      const drafts = new Set(targets.filter((t) => t.draft).map(idOf));
      for (const item of entries(kind) ?? []) {
        const value = valueAt(item.data, reference.field);
        if (value === undefined) continue;
        const id = String(value);
        const at = { file: item.file, line: item.lineOf(reference.field), field: reference.field.join('.') };
        if (!ids.includes(id)) problems.push({ ...at, message: unknownRef(id, ids, target) });
        else if (drafts.has(id) && !item.draft) {
          problems.push({
            ...at,
            message: `${target.noun}“${id}”还是草稿，不会发布，应当先发布这个${target.noun}，或者把${kind.noun}也标成草稿（draft: true）`,
          });
        }
      }
    }
  }
  problems.push(...outsideDistrict(input));
  return problems;
}

/** Homes whose coordinates fall outside the district's outline in site.yaml. */
function outsideDistrict(input: CrossCheckInput): ContentProblem[] {
  const district = input.site?.[0]?.data['district'] as District | undefined;
  if (!district) return [];
  const problems: ContentProblem[] = [];
  for (const home of input.homes ?? []) {
    const location = home.data['location'] as LngLat | undefined;
    const message = location && outsideOutlineMessage(location, district.outline, district.name);
    if (message) problems.push({ file: home.file, line: home.lineOf(['location']), field: 'location', message });
  }
  return problems;
}

/** "content/homes/a.yaml:7 town — 问题，应当…" */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} ${p.field} — ${p.message}`;
}
