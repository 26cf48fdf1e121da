/**
 * `astro dev` keeps serving while an editor fixes a file: an entry that does not match its schema is
 * left out of the store (the content check has printed what is wrong with it), the valid entries of the
 * same loader are all there, and the rest of the store works as the store's own.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { leaveOutInvalid } from '../../src/loaders/leave-out-invalid.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** A store that keeps its entries in a Map and answers through `this`, as Astro's does. */
class FakeStore {
  entries = new Map<string, Entry>();
  set(entry: Entry) {
    this.entries.set(entry.id, entry);
    return true;
  }
  has(id: string) {
    return this.entries.has(id);
  }
  keys() {
    return [...this.entries.keys()];
  }
  clear() {
    this.entries.clear();
  }
}

/** A loader of three entries, one of which (`age` not a number) fails its schema. */
const loader: Loader = {
  name: 'three',
  load: async ({ store, parseData }) => {
    store.clear();
    const raw: Entry[] = [
      { id: 'first', data: { age: 7 } },
      { id: 'broken', data: { age: '七' } },
      { id: 'last', data: { age: 9 } },
    ];
    for (const { id, data } of raw) store.set({ id, data: await parseData({ id, data }) });
  },
};

async function loadWith(store: FakeStore) {
  const parseData = async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
    if (typeof data['age'] !== 'number') throw new Error(`${id}: age should be a number`);
    return data;
  };
  const context = { store, parseData } as unknown as LoaderContext;
  await leaveOutInvalid(loader).load(context);
}

describe('a loader in astro dev, with one invalid entry', () => {
  it('leaves out the invalid entry and keeps every valid one, without throwing', async () => {
    const store = new FakeStore();
    store.set({ id: 'stale', data: {} });
    await loadWith(store);
    expect(store.keys()).toEqual(['first', 'last']);
    expect(store.has('broken')).toBe(false);
  });
});
