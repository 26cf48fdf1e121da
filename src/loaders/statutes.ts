/** Loads each statute file of content/law/ as one entry of parsed articles (see src/lib/law.ts). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseLaw } from '../lib/law.ts';

export function statutesLoader(dir: string): Loader {
  return {
    name: 'statutes',
    load: async ({ store, parseData, config, watcher }) => {
      const absolute = path.resolve(fileURLToPath(config.root), dir);
      store.clear();
      for (const name of (await readdir(absolute)).filter((f) => f.endsWith('.md')).sort()) {
        const file = path.join(absolute, name);
        const law = parseLaw(await readFile(file, 'utf8'));
        // A file without articles is reported by the content check, which runs before any loader.
        if (law.articles.length === 0) continue;
        const data = await parseData({ id: law.name, data: { ...law }, filePath: file });
        store.set({ id: law.name, data });
        watcher?.add(file);
      }
    },
  };
}
