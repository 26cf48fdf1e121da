/**
 * Turns Zod issues into one message per field in the editors' language: what is wrong and what to
 * write instead, with a did-you-mean for misspelt field names (after Starlight's parseWithFriendlyErrors).
 */
import type { z } from 'astro/zod';
import { suggest } from './suggest.ts';

type Schema = z.ZodType;

/** Steps through wrappers (optional, default, pipe, refinements) to the schema that holds fields. */
function unwrap(schema: Schema): Schema {
  let current: any = schema;
  for (let i = 0; i < 10; i++) {
    const def = current?._zod?.def;
    if (!def) break;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current as Schema;
}

/** The sub-schema at a field path, if the path goes through plain objects and arrays. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: any = unwrap(schema);
  for (const key of path) {
    const def = current?._zod?.def;
    if (def?.type === 'object') current = unwrap(def.shape[key as string]);
    else if (def?.type === 'array') current = unwrap(def.element);
    else return undefined;
    if (!current) return undefined;
  }
  return current as Schema;
}

function descriptionAt(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  let current: any = schema;
  let description: string | undefined;
  for (const key of path) {
    const shape: any = (unwrap(current) as any)?._zod?.def;
    const next = shape?.type === 'object' ? shape.shape[key as string] : shape?.type === 'array' ? shape.element : undefined;
    if (!next) return description;
    current = next;
    description = (next as { description?: string }).description ?? unwrap(next as Schema)?.description;
  }
  return description;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface FieldIssue {
  path: PropertyKey[];
  field: string;
  message: string;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '（整个文件）' : path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

export function describeIssues(schema: Schema, data: unknown, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((schemaAt(schema, path) as any)?._zod?.def?.shape ?? {});
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        out.push({
          path: [...path, key],
          field: fieldName([...path, key]),
          message: hint
            ? `未知字段“${key}”，应当改成“${hint}”（您是不是想写“${hint}”？）`
            : `未知字段“${key}”，应当删除，或改成这些字段之一：${known.join('、')}`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
      const description = descriptionAt(schema, path);
      out.push({ path, field: fieldName(path), message: `缺少必填字段“${String(path.at(-1) ?? '')}”，应当写上${description ? `：${description}` : ''}` });
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A union's branches each report; the union's own message (set in the schema) says it best.
      out.push({ path, field: fieldName(path), message: issue.message });
      continue;
    }
    out.push({ path, field: fieldName(path), message: issue.message });
  }
  return out;
}
