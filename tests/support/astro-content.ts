/**
 * `astro:content` for the unit layer, which runs without Astro: a module a unit test imports may read
 * the collections in the build (src/content/printouts.ts lists the printouts with getCollection), while
 * the test calls the pure function beside it. Reading a collection here is a mistake: collections are
 * read by the build, and tested in the built and build layers.
 */
function noCollections(): never {
  throw new Error('Unit tests read no content collections: test the pure function, or test the built site.');
}

export const getCollection = noCollections;
export const getEntry = noCollections;
export const render = noCollections;
export type CollectionEntry<_Name extends string> = never;
