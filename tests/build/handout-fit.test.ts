/**
 * A handout that cannot keep its page promise stops the build: one too long for its sheet even in the
 * smallest clear type, and one whose back stays mostly empty even in the largest, each named with its
 * file and what the editor should do, in one report. Village staff print what the site publishes; a
 * leaflet that spills onto a second page, or a sheet left half blank, must never reach them. A build of
 * its own, with its PDFs, from a copy of the fixture site with its two handouts changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentBuild } from '../support/content-build.ts';

const site = contentBuild('handout-fit', { pdfs: true });
let built: { status: number | null; output: string };

function edit(file: string, change: (text: string) => string) {
  const target = path.join(site.content, 'handouts', file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

beforeAll(() => {
  // A one-sheet handout with a page and a half of text.
  const paragraph = '孩子放学回家后，家长要问一问今天在学校和路上遇到了什么事，听孩子把话说完，不打断、不急着批评。';
  edit('online.mdx', (text) => `${text}\n${Array.from({ length: 40 }, () => paragraph).join('\n\n')}\n`);
  // A two-sided handout whose back is one short line.
  edit('water-safety.mdx', (text) => `${text.slice(0, text.indexOf('<BackSide />'))}<BackSide />\n\n出门注意安全。\n`);
  built = site.build();
}, 600_000);

afterAll(() => site.remove());

describe('a handout that breaks its page promise', () => {
  it('stops the build', () => {
    expect(built.status, built.output.slice(-3000)).not.toBe(0);
  });

  it('names the handout too long for its one sheet, and says what to do', () => {
    expect(built.output).toMatch(/handouts\/online\.mdx — [^\n]*应当/);
  });

  it('names the two-sided handout whose back stays mostly empty, and says what to do', () => {
    expect(built.output).toMatch(/handouts\/water-safety\.mdx — 背面[^\n]*应当/);
  });
});
