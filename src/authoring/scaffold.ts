/**
 * What `npm run new` writes: every field of a kind, each with its description from the schema as a
 * Chinese comment. Required fields hold the placeholder 待填写 (the content check reports every one left);
 * fields with a default carry it; optional fields are commented out, ready to switch on.
 */
import { PLACEHOLDER } from '../check/placeholders.ts';
import { DRAFT_PREFIX, type ContentKind } from '../content/kinds.ts';
import { editorJsonSchema, type JsonSchema } from './json-schema.ts';

export interface ScaffoldValues {
  /** Filled in instead of the placeholder, by field name (e.g. the id from the file name). */
  [field: string]: string;
}

const isObject = (s: JsonSchema) => s.type === 'object' && s.properties !== undefined;

function choices(s: JsonSchema): string {
  const values = s.enum ?? s.items?.enum ?? s.anyOf?.filter((o) => o.const !== undefined).map((o) => o.const);
  return values && values.length > 0 ? `；可选：${values.join('、')}` : '';
}

function comment(s: JsonSchema, required: boolean): string {
  const what = s.description ?? '';
  const listed = choices(s);
  const named = listed
    .slice('；可选：'.length)
    .split('、')
    .every((c) => what.includes(c));
  return `# ${required ? '必填' : '选填'}：${what}${named ? '' : listed}`;
}

function scalar(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Switches a line off, once (a line already off stays as it is). */
const commentOut = (line: string) => line.replace(/^(\s*)(# )?/, '$1# ');

/** YAML lines for the fields of an object schema, at an indent, each with its comment. */
export function yamlFields(schema: JsonSchema, indent = '', values: ScaffoldValues = {}): string[] {
  const lines: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const hasDefault = prop.default !== undefined;
    const needed = required.has(key) && !hasDefault;
    const block: string[] = [];
    const head = `${indent}${key}:`;
    const options = prop.anyOf?.filter(isObject) ?? [];
    if (values[key] !== undefined) {
      block.push(`${head} ${values[key]}  ${comment(prop, needed)}`);
    } else if (hasDefault) {
      block.push(`${head} ${scalar(prop.default)}  ${comment(prop, false)}`);
    } else if (isObject(prop)) {
      block.push(`${head}  ${comment(prop, needed)}`, ...yamlFields(prop, `${indent}  `, values));
    } else if (options.length > 0) {
      // One of several shapes (a lecture's venue): the first is filled in, the others wait, commented out.
      block.push(`${head}  ${comment(prop, needed)}`, ...yamlFields(options[0]!, `${indent}  `, values));
      for (const other of options.slice(1))
        block.push(`${indent}  # 或者改写成：`, ...yamlFields(other, `${indent}  `, values).map(commentOut));
    } else if (prop.type === 'array' && prop.items && isObject(prop.items)) {
      const [first = '', ...rest] = yamlFields(prop.items, `${indent}    `, values);
      block.push(`${head}  ${comment(prop, needed)}`, `${indent}  - ${first.trimStart()}`, ...rest);
    } else if (prop.type === 'array') {
      block.push(`${head} [${PLACEHOLDER}]  ${comment(prop, needed)}`);
    } else {
      block.push(`${head} ${PLACEHOLDER}  ${comment(prop, needed)}`);
    }
    // Optional fields start switched off: delete the "# " in front to use one.
    lines.push(...(needed || hasDefault || values[key] !== undefined ? block : block.map(commentOut)));
  }
  return lines;
}

export function scaffold(kind: ContentKind, values: ScaffoldValues = {}): string {
  const schema = editorJsonSchema(kind.schema);
  const header = [
    `# 新的${kind.label}：把每个“${PLACEHOLDER}”换成真实内容；“选填”的字段去掉行首的“# ”才生效。`,
    `# 写好后运行 npm run check:content 检查。文件名以“${DRAFT_PREFIX}”开头时只检查、不发布，发布前去掉“${DRAFT_PREFIX}”。`,
  ];
  const yaml = [...header, ...yamlFields(schema, '', values)].join('\n');
  if (kind.format === 'yaml') return `${yaml}\n`;
  return `---\n${yaml}\n---\n\n${PLACEHOLDER}：正文写在这里（Markdown 格式，可以用 content/README.md 里介绍的组件）。\n`;
}
