/**
 * The field tables of content/README.md, generated from the schemas so the guide never drifts from
 * what the content check accepts. Each table sits between two marker comments; `npm run schemas`
 * rewrites what is between them and leaves the prose around them alone.
 */
import { filesLabel, type ContentKind } from '../content/kinds.ts';
import { editorJsonSchema, type JsonSchema } from './json-schema.ts';

interface Row {
  field: string;
  need: string;
  description: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function choices(s: JsonSchema): string {
  const values = s.enum ?? s.items?.enum;
  const description = s.description ?? '';
  if (!values || values.every((v) => description.includes(String(v)))) return '';
  return `（可选：${values.join('、')}）`;
}

function rows(schema: JsonSchema, prefix: string, note = ''): Row[] {
  const out: Row[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const field = `${prefix}${key}`;
    const need =
      prop.default !== undefined ? `选填，默认 ${JSON.stringify(prop.default)}` : required.has(key) ? '必填' : '选填';
    out.push({ field, need, description: `${note}${prop.description ?? ''}${choices(prop)}` });
    const shapes = prop.anyOf?.filter((o) => o.properties) ?? [];
    if (prop.properties) out.push(...rows(prop, `${field}.`));
    else if (prop.items?.properties) out.push(...rows(prop.items, `${field}[].`));
    else
      shapes.forEach((shape, i) => out.push(...rows(shape, `${field}.`, `写法 ${i + 1}（${shapes.length} 选 1）：`)));
  }
  return out;
}

/** A kind's heading in the guide: what editors call it and where its files are. */
export const fieldTableHeading = (kind: ContentKind) => `### ${kind.label}（content/${filesLabel(kind)}）`;

export function fieldTable(kind: ContentKind): string {
  const schema = editorJsonSchema(kind.schema);
  // towns.yaml and stats.yaml are lists: the table describes one entry.
  const item = schema.type === 'array' && schema.items ? schema.items : schema;
  const lines = ['| 字段 | 必填 | 说明 |', '| --- | --- | --- |'];
  for (const row of rows(item, '')) lines.push(`| \`${row.field}\` | ${row.need} | ${cell(row.description)} |`);
  return lines.join('\n');
}

const start = (kind: ContentKind) =>
  `<!-- 字段表 ${kind.singular} 开始：由 npm run schemas 从 src/schemas/ 生成，请勿手改 -->`;
const end = (kind: ContentKind) => `<!-- 字段表 ${kind.singular} 结束 -->`;

/** The guide with every heading and table rewritten; throws when a table's markers are missing. */
export function withFieldTables(guide: string, kinds: readonly ContentKind[]): string {
  let text = guide;
  for (const kind of kinds) {
    const from = text.indexOf(start(kind));
    const to = text.indexOf(end(kind));
    if (from < 0 || to < from)
      throw new Error(`content/README.md 缺少字段表标记，应当写上这两行：\n${start(kind)}\n${end(kind)}`);
    text = `${text.slice(0, from + start(kind).length)}\n${fieldTableHeading(kind)}\n\n${fieldTable(kind)}\n${text.slice(to)}`;
  }
  return text;
}
