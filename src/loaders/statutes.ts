/** Loads each statute file of the law kind (content/law/) as one entry of parsed articles (see src/lib/law.ts). */
import type { Loader } from 'astro/loaders';
import { readPublishedFiles } from '../content/files.ts';
import type { ContentKind } from '../content/kinds.ts';
import { parseLaw } from '../lib/law.ts';
import { contentRoot } from './content-root.ts';

export function statutesLoader(contentDir: string, kind: ContentKind): Loader {
  return {
    name: 'statutes',
    load: async ({ store, parseData, config, watcher }) => {
      const files = await readPublishedFiles(contentRoot(config, contentDir), kind);
      store.clear();
      for (const file of files) {
        const law = parseLaw(file.text);
        // A file without articles is reported by the content check, which runs before any loader.
        if (law.articles.length === 0) continue;
        const data = await parseData({ id: law.name, data: { ...law }, filePath: file.path });
        store.set({ id: law.name, data });
        watcher?.add(file.path);
      }
    },
  };
}
