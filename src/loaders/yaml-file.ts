/**
 * Astro loaders for YAML: one file (a list of entries with `id`, or a single object), or a folder with
 * one entry per file. They parse with the same parser as the content check, which runs before them in
 * every build (src/integrations/content-check.ts) and reports a file that does not parse, with its
 * line; here such a file is left out (in `astro dev`, which keeps serving while the report is shown).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { hasKindExtension, idFromFile, isDraftFileName, type ContentKind } from '../content/kinds.ts';
import { parseYaml } from '../lib/yaml.ts';

export function yamlFileLoader(file: string, options: { single?: string } = {}): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, file);
      const { value } = parseYaml(await readFile(absolute, 'utf8'));
      const object = typeof value === 'object' && value !== null && !Array.isArray(value);
      const items = options.single
        ? object
          ? [{ ...value, id: options.single }]
          : []
        : Array.isArray(value)
          ? value
          : [];
      store.clear();
      for (const item of items) {
        const raw = item as Record<string, unknown>;
        const id = String(raw['id']);
        const { id: _ignored, ...rest } = raw;
        const data = await parseData({ id, data: options.single ? rest : raw, filePath: absolute });
        store.set({ id, data, filePath: path.relative(root, absolute) });
      }
      watcher?.add(absolute);
    },
  };
}

/** One entry per YAML file of a folder kind (drafts by file name are skipped, see isDraftFileName). */
export function yamlFolderLoader(dir: string, kind: ContentKind): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, dir);
      const names = (await readdir(absolute, { recursive: true }))
        .filter((f) => hasKindExtension(kind, f) && !isDraftFileName(f))
        .sort();
      store.clear();
      for (const name of names) {
        const file = path.join(absolute, name);
        watcher?.add(file);
        const { value } = parseYaml(await readFile(file, 'utf8'));
        if (typeof value !== 'object' || value === null) continue;
        const raw = value as Record<string, unknown>;
        const id = String(raw['id'] ?? idFromFile(kind, name));
        const data = await parseData({ id, data: raw, filePath: file });
        store.set({ id, data, filePath: path.relative(root, file) });
      }
    },
  };
}
