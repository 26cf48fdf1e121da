/** The search index as published: what the site's own search loads, and nothing it never loads. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind.ts';
import { DIST } from './built-site.ts';

const dir = path.join(DIST, 'pagefind');

describe('search index', () => {
  it('holds the runtime, the WebAssembly, the language metadata and the index, filter and fragment chunks', () => {
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']));
    expect(names.some((n) => n.endsWith('.pagefind'))).toBe(true);
    expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
    for (const sub of ['index', 'fragment', 'filter']) expect(readdirSync(path.join(dir, sub)).length, sub).toBeGreaterThan(0);
  });

  it('carries none of the interfaces, highlighter or worker that the site never loads', () => {
    for (const name of UNUSED_PAGEFIND_FILES) expect(existsSync(path.join(dir, name)), name).toBe(false);
  });
});
