/**
 * Every kind of editor mistake, pinned: each folder of tests/fixtures/broken/ holds files laid over a
 * copy of the fixture site (tests/fixtures/site/), and its expected.txt holds the exact messages the content check prints for them.
 * When a message is reworded on purpose, run `npx vitest run -u tests/unit/broken-content.test.ts` and review
 * the diff of expected.txt.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { contentWith, FIXTURES } from '../support/content-overlay.ts';

async function messagesFor(...fixtures: string[]): Promise<string[]> {
  const scratch = contentWith(...fixtures);
  try {
    const { problems } = await checkContent(scratch.root, 'content');
    return problems.map(formatProblem);
  } finally {
    scratch.remove();
  }
}

const cases = readdirSync(path.join(FIXTURES, 'broken')).sort();

describe('broken content fixtures', () => {
  it('covers every kind of mistake the editors’ guide names', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'yaml-syntax',
        'missing-required-field',
        'unknown-field',
        'misspelt-town',
        'duplicated-home-id',
        'coordinates-outside-district',
        'malformed-phone',
        'hours-close-before-open',
        'lecture-end-before-start',
        'impossible-date',
        'venue-not-a-home',
        'held-without-attendance',
        'unknown-topic',
        'unknown-statute-article',
        'unknown-stat-id',
        'id-number',
        'missing-footer-field',
        'two-broken-files',
        'draft-file-is-checked',
        'back-side-missing',
        'back-side-where-no-back',
        'quote-without-own-words',
        'lecture-topic-off-chapter',
        'district-named-unmarked',
        'figure-without-source',
        'placeholder-phone-unmarked',
        'lecture-at-a-draft-home',
        'news-older-than-its-figures',
      ]),
    );
  });

  it.each(cases)('%s: reports its pinned messages', async (name) => {
    const messages = await messagesFor(`broken/${name}`);
    expect(messages.length).toBeGreaterThan(0);
    await expect(`${messages.join('\n')}\n`).toMatchFileSnapshot(path.join(FIXTURES, 'broken', name, 'expected.txt'));
  });

  it('reports two broken files in one run, each with its own file and line', async () => {
    const messages = await messagesFor('broken/two-broken-files');
    expect(messages.some((m) => m.startsWith('content/homes/test-first.yaml:3 town — '))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/lectures/test-second.md:'))).toBe(true);
  });

  it('reports every fixture at once when they all land in one commit', async () => {
    const all = cases.filter((c) => c !== 'missing-footer-field').map((c) => `broken/${c}`);
    const files = new Set((await messagesFor(...all)).map((m) => m.split(':')[0]));
    expect(files.size).toBeGreaterThanOrEqual(20);
  });

  it('checks drafts too, and finds nothing wrong with valid ones', async () => {
    expect(await messagesFor('drafts')).toEqual([]);
  });
});
