/**
 * What a plain `astro build` does with drafts: they are built into nothing, and nothing that is
 * published names them — no page, feed, calendar, sitemap, search file (the search page's JSON, the
 * Pagefind index), spreadsheet download or PDF. (Bad content stops the build with the content check's
 * report: tests/build/content-check.test.ts.) A real build, PDFs included, over a scratch CONTENT_DIR.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, type Scratch } from '../support/content-overlay.ts';

const scratches: Scratch[] = [];
afterAll(() => scratches.forEach((s) => s.remove()));

function build(scratch: Scratch): { status: number | null; output: string; dist: string } {
  scratches.push(scratch);
  const dist = path.join(scratch.root, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', dist], {
    encoding: 'utf8',
    // With its PDFs: a draft must not reach a printout either.
    env: {
      ...process.env,
      CONTENT_DIR: scratch.contentDir,
      SITE_NOW: '2026-12-01T08:00:00+08:00',
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, dist };
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

/**
 * The text a published file carries, as a reader or a program reading it would get it: a PDF's text
 * (pdftotext), a gzip stream's contents (Pagefind's index and fragments), each member of a zip (the
 * .xlsx downloads), JSON with its \u escapes read; anything else as UTF-8. Whitespace is dropped, so a
 * title a PDF wraps across lines still matches.
 */
async function textOf(file: string, bytes: Buffer = readFileSync(file)): Promise<string> {
  let text: string;
  if (file.endsWith('.pdf')) text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  else if (bytes.subarray(0, 2).equals(GZIP)) return textOf(file, gunzipSync(bytes));
  else if (bytes.subarray(0, 4).equals(ZIP)) {
    const zip = await JSZip.loadAsync(bytes);
    const members = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => textOf(f.name, Buffer.from(await f.async('uint8array')))),
    );
    text = members.join('\n');
  } else if (file.endsWith('.json')) text = JSON.stringify(JSON.parse(bytes.toString('utf8')));
  else text = bytes.toString('utf8');
  return text.replace(/\s+/g, '');
}

/** Words and ids only the drafts of tests/fixtures/drafts/ carry: their titles, names and file names. */
const DRAFT_MARKS = [
  '草稿', // every draft's title: 草稿页面, 草稿动态, 草稿宣传单, 草稿讲座, 草稿村儿童之家
  '下划线村',
  'sangtian-draft',
  'sangtian-underscore',
  'draft-flag-page',
  'underscore-page',
  'draft-news',
  'underscore-news',
  'draft-handout',
];

describe('astro build guards', { timeout: 400_000 }, () => {
  it('publishes no draft of any kind, names none in any file it writes, and still builds the rest', async () => {
    const { status, output, dist } = build(contentWith('drafts'));
    expect(status, output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(dist, 'guide/duties/index.html'))).toBe(true);
    for (const gone of [
      'guide/draft-flag-page',
      'guide/_underscore-page',
      'guide/underscore-page',
      'news/2027-01-03-draft-news',
      'news/_2027-01-04-underscore-news',
      'news/2027-01-04-underscore-news',
      'handouts/draft-handout',
      'lectures/2027-04-10-sangtian-draft',
      'homes/sangtian-draft',
      'homes/sangtian-underscore',
    ]) {
      expect(existsSync(path.join(dist, gone)), gone).toBe(false);
    }

    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dist, path.join(e.parentPath, e.name)))
      .sort();
    const leaks: string[] = [];
    for (const file of files) {
      const text = `${file}\n${await textOf(path.join(dist, file))}`;
      for (const mark of DRAFT_MARKS) if (text.includes(mark)) leaks.push(`${file}: ${mark}`);
    }
    expect(leaks).toEqual([]);
    // Every kind of file that could name a draft was read: the checks above did not pass for want of them.
    const kinds = new Set(files.map((f) => path.extname(f)));
    for (const ext of ['.html', '.xml', '.ics', '.json', '.pdf', '.xlsx', '.pf_fragment', '.pf_index'])
      expect(kinds, ext).toContain(ext);
    expect(files).toContain(path.join('search', 'terms.json'));
  });
});
