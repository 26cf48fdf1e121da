/**
 * Files generated from the schemas and committed: the JSON Schemas editors' tools read, and the field
 * tables of the editors' guide. `npm run schemas` writes them; a unit test fails when one is stale.
 */
import { readFileSync } from 'node:fs';
import { EDITOR_KINDS } from '../content/kinds.ts';
import { withFieldTables } from './field-table.ts';
import { editorJsonSchema } from './json-schema.ts';

export const GUIDE = 'content/README.md';

export const schemaFile = (name: string) => `schemas/${name}.schema.json`;

/** Path → expected content, for every generated file. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of EDITOR_KINDS)
    files.set(schemaFile(kind.singular), `${JSON.stringify(editorJsonSchema(kind.schema), null, 2)}\n`);
  files.set(GUIDE, withFieldTables(readFileSync(GUIDE, 'utf8'), EDITOR_KINDS));
  return files;
}
