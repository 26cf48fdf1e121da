/**
 * Astro loaders for YAML: one file (a list of entries with `id`, or a single object), or a folder with
 * one entry per file. Astro's own file() loader logs a YAML syntax error and carries on with an empty
 * collection while the build exits 0; these throw, naming the file and line, so a typo can never
 * silently empty the site.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { hasKindExtension, idFromFile, isDraftFileName, type ContentKind } from '../content/kinds.ts';
import { parseYaml } from '../check/parse-yaml.ts';

export function yamlFileLoader(file: string, options: { single?: string } = {}): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config, watcher }) => {
      const absolute = path.resolve(new URL(config.root).pathname, file);
      const text = await readFile(absolute, 'utf8');
      const parsed = parseYaml(text);
      if (parsed.errors.length > 0) {
        throw new Error(parsed.errors.map((e) => `${file}:${e.line} — ${e.message}`).join('\n'));
      }
      const items: unknown[] = options.single ? [{ ...(parsed.value as object), id: options.single }] : (parsed.value as unknown[]);
      if (!Array.isArray(items)) throw new Error(`${file}:1 — 这个文件应当是一个列表（每项以“- ”开头）`);
      store.clear();
      for (const item of items) {
        const raw = item as Record<string, unknown>;
        const id = String(raw['id']);
        const { id: _ignored, ...rest } = raw;
        const data = await parseData({ id, data: options.single ? rest : raw, filePath: absolute });
        store.set({ id, data, filePath: path.relative(new URL(config.root).pathname, absolute) });
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
      const root = new URL(config.root).pathname;
      const absolute = path.resolve(root, dir);
      const names = (await readdir(absolute, { recursive: true })).filter((f) => hasKindExtension(kind, f) && !isDraftFileName(f)).sort();
      const problems: string[] = [];
      store.clear();
      for (const name of names) {
        const file = path.join(absolute, name);
        const parsed = parseYaml(await readFile(file, 'utf8'));
        const relative = path.relative(root, file);
        if (parsed.errors.length > 0) {
          problems.push(...parsed.errors.map((e) => `${relative}:${e.line} — ${e.message}`));
          continue;
        }
        const raw = parsed.value as Record<string, unknown>;
        const id = String(raw['id'] ?? idFromFile(kind, name));
        const data = await parseData({ id, data: raw, filePath: file });
        store.set({ id, data, filePath: relative });
        watcher?.add(file);
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
