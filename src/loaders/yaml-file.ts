/**
 * Astro loaders for YAML: one file (a list of entries with `id`, or a single object), or a folder with
 * one entry per file. They parse with the same parser as the content check, which runs before them in
 * every build (src/integrations/content-check.ts) and reports a file that does not parse, with its
 * line; here such a file is left out (in `astro dev`, which keeps serving while the report is shown).
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readPublishedFiles } from '../content/files.ts';
import { idFromFile, type ContentKind } from '../content/kinds.ts';
import { contentRoot, projectRoot } from './content-root.ts';

/**
 * One YAML file of a single kind (site.yaml: one object, the kind's name its id) or of a list kind
 * (towns.yaml: a list of entries with `id`).
 */
export function yamlFileLoader(contentDir: string, kind: ContentKind): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config, watcher }) => {
      const root = projectRoot(config);
      store.clear();
      for (const file of await readPublishedFiles(contentRoot(config, contentDir), kind)) {
        const value = file.yaml?.value;
        const object = typeof value === 'object' && value !== null && !Array.isArray(value);
        const single = kind.layout === 'single';
        const items = single ? (object ? [{ ...value, id: kind.name }] : []) : Array.isArray(value) ? value : [];
        for (const item of items) {
          const raw = item as Record<string, unknown>;
          const id = String(raw['id']);
          const { id: _ignored, ...rest } = raw;
          const data = await parseData({ id, data: single ? rest : raw, filePath: file.path });
          store.set({ id, data, filePath: path.relative(root, file.path) });
        }
        watcher?.add(file.path);
      }
    },
  };
}

/** One entry per YAML file of a folder kind (drafts by file name are not published, see kindGlob). */
export function yamlFolderLoader(contentDir: string, kind: ContentKind): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ store, parseData, config, watcher }) => {
      const root = projectRoot(config);
      const files = await readPublishedFiles(contentRoot(config, contentDir), kind);
      store.clear();
      for (const file of files) {
        watcher?.add(file.path);
        const value = file.yaml?.value;
        if (typeof value !== 'object' || value === null) continue;
        const raw = value as Record<string, unknown>;
        const id = String(raw['id'] ?? idFromFile(kind, file.inFolder));
        const data = await parseData({ id, data: raw, filePath: file.path });
        store.set({ id, data, filePath: path.relative(root, file.path) });
      }
    },
  };
}
