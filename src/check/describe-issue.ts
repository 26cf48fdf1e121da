/**
 * Turns Zod issues into one message per field in the editors' language: what is wrong and what to
 * write instead, with a did-you-mean for misspelt field names and choices (after Starlight's
 * parseWithFriendlyErrors). Schemas carry their own Chinese messages; Zod's English defaults, for checks
 * that have none, are translated here so no English ever reaches an editor.
 */
import type { z } from 'astro/zod';
import { zodDefinition } from '../schemas/zod-definition.ts';
import { PLACEHOLDER } from './placeholders.ts';
import { suggest } from './suggest.ts';

type Schema = z.ZodType;

/** Steps through wrappers (optional, default, pipe, refinements) to the schema that holds fields. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  // Each wrapper is built around a schema that already exists, so the chain ends.
  for (let def = zodDefinition(current); def; def = zodDefinition(current)) {
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** Whether a value of this schema is a set of fields ("字段: 值"), as a page's frontmatter or site.yaml is. */
export const holdsFields = (schema: Schema): boolean => zodDefinition(unwrap(schema))?.type === 'object';

/** The schema of a field of an object, or of the items of a list; undefined inside any other value. */
function child(schema: Schema, key: PropertyKey): Schema | undefined {
  // Every Zod schema has a definition; an object always has its shape.
  const def = zodDefinition(unwrap(schema))!;
  return def.type === 'object' ? def.shape![key as string] : def.element;
}

/** The sub-schema at a field path, if the path goes through plain objects and arrays. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current = schema;
  for (const key of path) {
    const next = child(current, key);
    if (!next) return undefined;
    current = next;
  }
  return unwrap(current);
}

/** The editors' description of the field at a path (the innermost one that has a description). */
export function descriptionAt(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  let current = schema;
  let description: string | undefined;
  for (const key of path) {
    const next = child(current, key);
    if (!next) return description;
    current = next;
    description = next.description ?? unwrap(next).description;
  }
  return description;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
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
  return path.length === 0
    ? '（整个文件）'
    : path
        .map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头，或写成 [甲, 乙]）',
  object: '一组“字段: 值”',
  date: '日期',
};

/** How an editor would recognise what they wrote. */
function shown(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '一个列表';
  if (typeof value === 'object') return '一组字段';
  return `“${String(value)}”`;
}

/**
 * Zod's own messages are plain ASCII English, apart from the values they quote in straight double quotes
 * ('Invalid option: expected one of "讲座"|"活动"'); every message the schemas give is Chinese.
 */
const isZodDefault = (message: string) => /^[\t\n\r -~]*$/.test(message.replace(/"[^"]*"/g, '""'));

/** Zod's English default for a check the schema gave no message for, said in Chinese. */
function translate(issue: z.core.$ZodIssue, value: unknown, description: string | undefined): string {
  const what = description ? `（${description}）` : '';
  // The fields of the issue kinds translated below (Zod's union type makes each one optional here).
  const i = issue as unknown as {
    origin?: string;
    expected?: string;
    inclusive?: boolean;
    minimum: number | bigint;
    maximum: number | bigint;
    divisor?: number;
  };
  const sized = (n: number | bigint) =>
    i.origin === 'array' ? `${n} 项` : i.origin === 'string' ? `${n} 个字` : String(n);
  switch (issue.code) {
    case 'invalid_type':
      return `这里写的是${shown(value)}，应当写${TYPE_NAMES[String(i.expected)] ?? i.expected}${what}`;
    case 'too_small':
      return `${i.origin === 'array' ? '项数太少' : i.origin === 'string' ? '太短' : '数值太小'}，应当${i.inclusive === false ? '大于' : '不少于'} ${sized(i.minimum)}${what}`;
    case 'too_big':
      return `${i.origin === 'array' ? '项数太多' : i.origin === 'string' ? '太长' : '数值太大'}，应当${i.inclusive === false ? '小于' : '不超过'} ${sized(i.maximum)}${what}`;
    case 'invalid_format':
      return `格式不对，应当按说明填写${what}`;
    case 'not_multiple_of':
      return `应当是 ${i.divisor} 的倍数${what}`;
    default:
      return `填写有误，应当按说明改正${what}`;
  }
}

export function describeIssues(schema: Schema, data: unknown, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const push = (path: PropertyKey[], message: string) => out.push({ path, field: fieldName(path), message });
  // A misspelt field is one mistake: "titel" is reported as unknown (did you mean "title"?), and the
  // missing "title" it leaves behind is not reported again.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = Object.keys(zodDefinition(schemaAt(schema, issue.path as PropertyKey[]))?.shape ?? {});
    for (const key of issue.keys) {
      const hint = suggest(key, known);
      if (hint) misspelt.add(fieldName([...(issue.path as PropertyKey[]), hint]));
    }
  }
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    // One message per field: a value of the wrong type also fails the checks after it ("too few items"
    // for a title written as a list), which would only confuse.
    if (issue.code !== 'unrecognized_keys' && out.some((o) => o.field === fieldName(path))) continue;
    const value = valueAt(data, path);
    const description = descriptionAt(schema, path);
    // An unfilled placeholder is reported once, by the placeholder check, not again here.
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) continue;
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(zodDefinition(schemaAt(schema, path))?.shape ?? {});
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        push(
          [...path, key],
          hint
            ? `未知字段“${key}”，应当改成“${hint}”（您是不是想写“${hint}”？）`
            : `未知字段“${key}”，应当删除，或改成这些字段之一：${known.join('、')}`,
        );
      }
      continue;
    }
    // A field that is not there: Zod says "invalid type" or, for a list of choices, "invalid value".
    // Refinements (code "custom") that name a missing field say best themselves why it is needed.
    if (value === undefined && issue.code !== 'custom') {
      if (misspelt.has(fieldName(path))) continue;
      // A missing field is always a field of an object: its path is never empty.
      push(path, `缺少必填字段“${String(path.at(-1))}”，应当写上${description ? `：${description}` : '这个字段'}`);
      continue;
    }
    let message = isZodDefault(issue.message) ? translate(issue, value, description) : issue.message;
    if (issue.code === 'invalid_value' && typeof value === 'string') {
      const choices = issue.values.map(String);
      if (isZodDefault(issue.message)) message = `这里写的是${shown(value)}，应当是 ${choices.join('、')} 之一`;
      const hint = suggest(value, choices);
      if (hint) message += `；您是不是想写“${hint}”？`;
    }
    push(path, message);
  }
  return out;
}
