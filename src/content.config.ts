/**
 * Content collections over the content root (CONTENT_DIR), one per kind of src/content/kinds.ts: the
 * loader follows the kind's layout and format, the schema is the kind's. References between collections
 * are checked by the content check (src/check/), not here: Astro's reference() only checks an id's shape.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { KIND_LIST, kindGlob, type ContentKind, type Kinds } from './content/kinds.ts';
import { readBuildEnv } from './lib/env.ts';
import { leaveOutInvalid } from './loaders/leave-out-invalid.ts';
import { statutesLoader } from './loaders/statutes.ts';
import { yamlFileLoader, yamlFolderLoader } from './loaders/yaml-file.ts';

const dir = readBuildEnv(process.env).contentDir;

function loaderFor(kind: ContentKind): Loader {
  if (kind.format === 'statute') return statutesLoader(dir, kind);
  if (kind.layout !== 'folder') return yamlFileLoader(dir, kind);
  if (kind.format === 'yaml') return yamlFolderLoader(dir, kind);
  // Markdown and MDX: Astro's own loader renders them, with the same draft rule as the content reader.
  return glob({
    pattern: kindGlob(kind),
    base: `${dir}/${kind.path}`,
    // An `id` field, when the kind has one, names the entry; otherwise the file name does.
    ...(kind.id === 'field' && {
      generateId: ({ entry, data }) => String(data['id'] ?? entry.replace(/\.[^.]+$/, '')),
    }),
  });
}

type Collections = { [N in keyof Kinds]: { loader: Loader; schema: Kinds[N]['entrySchema'] } };

export const collections = Object.fromEntries(
  KIND_LIST.map((kind) => {
    // `astro dev` keeps serving while the content check's report lists what is wrong.
    const loader = import.meta.env.DEV ? leaveOutInvalid(loaderFor(kind)) : loaderFor(kind);
    return [kind.name, defineCollection({ loader, schema: kind.entrySchema })];
  }),
) as Collections;
