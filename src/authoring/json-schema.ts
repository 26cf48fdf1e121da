/**
 * JSON Schemas for the editors' tools, generated from the Zod schemas (the single source of truth).
 * Input side: what an editor types, before transforms. Refinements (end after start, coordinates in
 * the district) have no JSON Schema form; the content check covers them.
 */
import { zodDefinition } from '../schemas/zod-definition.ts';
import { z } from 'astro/zod';

export type JsonSchema = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  [keyword: string]: unknown;
};

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export function editorJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodDefinition(zodSchema);
      // A calendar date may reach Zod as text or (from a YAML date) a Date: editors write "2024-11-20".
      if (def?.type === 'union' && def.options?.some((o) => zodDefinition(o)?.type === 'date')) {
        delete jsonSchema.anyOf;
        Object.assign(jsonSchema, DATE);
      }
      // Number.MAX_SAFE_INTEGER bounds from .int() say nothing to an editor.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  }) as JsonSchema;
}
