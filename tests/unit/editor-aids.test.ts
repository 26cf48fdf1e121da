/**
 * The editors' aids generated from the schemas stay in step with them: the committed JSON Schemas and
 * the field tables of content/README.md, the VS Code wiring, and a description on every field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTable } from '../../src/authoring/field-table.ts';
import { generatedFiles, schemaFile } from '../../src/authoring/generated-files.ts';
import { editorJsonSchema, type JsonSchema } from '../../src/authoring/json-schema.ts';
import { EDITOR_KINDS, kindNamed } from '../../src/content/kinds.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

describe('generated editor aids', () => {
  it.each([...generatedFiles().keys()])('%s is up to date (run npm run schemas)', (file) => {
    expect(existsSync(file), `${file} 不存在：运行 npm run schemas`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${file} 已过期：运行 npm run schemas`).toBe(generatedFiles().get(file));
  });

  it('npm run schemas rewrites a stale or missing file, names each one, and leaves current ones alone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'schemas-'));
    try {
      cpSync('content/README.md', path.join(root, 'content/README.md'));
      cpSync('schemas', path.join(root, 'schemas'), { recursive: true });
      writeFileSync(path.join(root, 'schemas/home.schema.json'), '{}\n');
      rmSync(path.join(root, 'schemas/site.schema.json'));
      const run = () =>
        spawnSync(path.resolve('node_modules/.bin/node'), [path.resolve('scripts/generate-schemas.ts')], {
          cwd: root,
          encoding: 'utf8',
        });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(
        first.stdout
          .split('\n')
          .filter((l) => l.startsWith('已更新'))
          .sort(),
      ).toEqual(['已更新 schemas/home.schema.json', '已更新 schemas/site.schema.json']);
      for (const file of generatedFiles().keys())
        expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(readFileSync(file, 'utf8'));
      const again = run();
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).not.toContain('已更新');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives every field of every kind a description for editors', () => {
    const undescribed: string[] = [];
    const walk = (s: JsonSchema, at: string) => {
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (!prop.description) undescribed.push(`${at}${key}`);
        if (prop.properties) walk(prop, `${at}${key}.`);
        if (prop.items?.properties) walk(prop.items, `${at}${key}[].`);
        prop.anyOf?.forEach((o) => walk(o, `${at}${key}.`));
      }
    };
    for (const kind of EDITOR_KINDS) {
      const schema = editorJsonSchema(kind.schema);
      walk(schema.type === 'array' ? schema.items! : schema, `${kind.name}: `);
    }
    expect(undescribed).toEqual([]);
  });

  it('writes dates as the text editors type, not as an unrepresentable Date', () => {
    const home = editorJsonSchema(kindNamed('home')!.schema);
    expect(home.properties?.['verified']).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(home.additionalProperties).toBe(false);
  });

  it('matches a home of the fixture site: every required field present, every field known', () => {
    // A light check of the schemas themselves: every required field of home exists in a written home.
    const home = editorJsonSchema(kindNamed('home')!.schema);
    const real = parseYaml(readFileSync(path.join(FIXTURE_SITE, 'homes/sangtian-sangtian.yaml'), 'utf8'))
      .value as Record<string, unknown>;
    for (const field of home.required ?? []) expect(real).toHaveProperty(field);
    for (const field of Object.keys(real)) expect(Object.keys(home.properties ?? {})).toContain(field);
  });

  it('wires the YAML files to their schemas for VS Code and recommends the YAML extension', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    expect(settings['yaml.schemas']).toEqual({
      [`./${schemaFile('home')}`]: 'content/homes/*.yaml',
      [`./${schemaFile('towns')}`]: 'content/towns.yaml',
      [`./${schemaFile('site')}`]: 'content/site.yaml',
      [`./${schemaFile('stats')}`]: 'content/stats.yaml',
    });
    expect(JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')).recommendations).toContain('redhat.vscode-yaml');
  });

  it('shows each alternative of a lecture venue in the guide', () => {
    const table = fieldTable(kindNamed('lecture')!);
    expect(table).toContain('| `venue.home` | 必填 | 写法 1（2 选 1）：');
    expect(table).toContain('| `venue.address` | 必填 | 写法 2（2 选 1）：');
  });
});
