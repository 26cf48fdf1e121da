/**
 * `astro dev` only: a loader whose entries that do not match their schema are left out, instead of
 * stopping the dev server (Astro's loaders throw on the first such entry). The content check has
 * already printed what is wrong with each, with file, line and what to write instead
 * (src/integrations/content-check.ts). A build never needs this: the check stops it before loading.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

export function leaveOutInvalid(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const invalid = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          invalid.add(props.id);
          return props.data;
        }
      };
      // Every other method of the store is the store's own.
      const store = new Proxy(context.store, {
        get(target, property) {
          if (property === 'set')
            return (entry: Parameters<typeof target.set>[0]) => (invalid.has(entry.id) ? false : target.set(entry));
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}
