/**
 * A handout taken home still says whom to call: its page names every hotline of site.yaml, each once.
 * The box at its foot lists the hotlines its text does not already show as a card, so none is printed
 * twice and none is missing. Holds for any valid content: the hotlines are read from site.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { distPages } from '../../src/integrations/dist-files.ts';
import { DIST } from '../support/built-site.ts';
import { siteIdentity } from '../support/site-content.ts';

const handoutPages = distPages(DIST).filter((file) => /^handouts\/[^/]+\/index\.html$/.test(file));

test('every handout names every hotline once, as a link to call it', () => {
  expect(handoutPages.length).toBeGreaterThan(0);
  const numbers = siteIdentity().hotlines.map((h) => h.number);
  for (const file of handoutPages) {
    const main = /<main[\s\S]*?<\/main>/.exec(readFileSync(path.join(DIST, file), 'utf8'))?.[0] ?? '';
    const called = [...main.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1]!);
    for (const number of numbers)
      expect(
        called.filter((n) => n === number),
        `${file} 应当正好一次给出热线 ${number}`,
      ).toHaveLength(1);
  }
});
