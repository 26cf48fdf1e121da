/** "Updated" dates from git: the last commit's day in Asia/Shanghai, and no date rather than a wrong one on a shallow clone. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastCommitDate, staleUpdatedMessage, updatedDate } from '../../src/content/updated.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'updated-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const repo = path.join(scratch, 'repo');
const identity = {
  GIT_AUTHOR_NAME: 'editor',
  GIT_AUTHOR_EMAIL: 'editor@example.org',
  GIT_COMMITTER_NAME: 'editor',
  GIT_COMMITTER_EMAIL: 'editor@example.org',
};
const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...identity, ...env } });

function commit(file: string, when: string) {
  writeFileSync(path.join(repo, file), `${file} ${when}\n`);
  git(repo, ['add', file]);
  git(repo, ['commit', '-q', '-m', file], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
}

execFileSync('git', ['init', '-q', repo]);
// 20:30 UTC on 1 March is already 2 March in Shanghai; the date must not follow the committer's zone either.
commit('a.md', '2025-03-01T20:30:00+00:00');
commit('b.md', '2025-04-10T09:00:00-07:00');
commit('c.md', '2025-05-20T08:00:00+08:00');

describe('lastCommitDate', () => {
  it('gives the day of the last commit that touched the file, in Asia/Shanghai', () => {
    expect(lastCommitDate('a.md', repo)).toBe('2025-03-02');
    expect(lastCommitDate('b.md', repo)).toBe('2025-04-11');
    expect(lastCommitDate('c.md', repo)).toBe('2025-05-20');
  });

  it('gives no date for a file never committed, or outside any repository', () => {
    writeFileSync(path.join(repo, 'new.md'), 'new\n');
    expect(lastCommitDate('new.md', repo)).toBeUndefined();
    expect(lastCommitDate('a.md', scratch)).toBeUndefined();
  });

  it('on a shallow clone, trusts only dates after the boundary and shows none rather than a wrong one', () => {
    const shallow = path.join(scratch, 'shallow');
    git(scratch, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    // git itself would answer the boundary commit's date for a.md: the wrong date this guards against.
    expect(git(shallow, ['log', '-1', '--format=%cs', '--', 'a.md']).trim()).toBe('2025-04-10');
    expect(lastCommitDate('a.md', shallow)).toBeUndefined();
    expect(lastCommitDate('c.md', shallow)).toBe('2025-05-20');
  });

  it('prefers the date written in the frontmatter', () => {
    // A file every checkout has committed (not a page of content/, which a district may replace).
    expect(lastCommitDate('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(updatedDate({ data: { updated: '2024-11-20' }, filePath: 'package.json' })).toBe('2024-11-20');
    expect(updatedDate({ data: {}, filePath: undefined })).toBeUndefined();
  });
});

describe('one pass over the history', () => {
  it('reads the dates of every file of a repository with at most two git processes, however many files', () => {
    const many = path.join(scratch, 'many');
    execFileSync('git', ['init', '-q', many]);
    const files = Array.from({ length: 40 }, (_, i) => `页面 ${i}.md`); // Chinese and a space, as editors name files
    files.forEach((file, i) => {
      writeFileSync(path.join(many, file), `${i}\n`);
      git(many, ['add', file]);
      const when = `2025-06-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+08:00`;
      git(many, ['commit', '-q', '-m', file], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
    });
    // A git on the PATH that logs each call, then runs the real one.
    const shim = path.join(scratch, 'shim');
    const log = path.join(scratch, 'git-calls.log');
    mkdirSync(shim);
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(shim, 'git'), `#!/bin/sh\necho "$@" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(path.join(shim, 'git'), 0o755);
    const pathBefore = process.env['PATH'];
    process.env['PATH'] = `${shim}${path.delimiter}${pathBefore}`;
    try {
      const dates = files.map((file) => lastCommitDate(path.join(many, file)));
      expect(dates[0]).toBe('2025-06-01');
      expect(dates[39]).toBe('2025-06-12');
      expect(dates.every(Boolean)).toBe(true);
    } finally {
      process.env['PATH'] = pathBefore;
    }
    expect(readFileSync(log, 'utf8').trim().split('\n').length).toBeLessThanOrEqual(2);
  });
});

describe('staleUpdatedMessage', () => {
  it('refuses a written date older than the last commit, and says what to write', () => {
    expect(staleUpdatedMessage('2024-11-20', '2026-11-28')).toMatch(
      /2026-11-28 还改过.*应当删掉 updated.*或改成 2026-11-28/,
    );
  });

  it('accepts a written date on or after the last commit, or when git cannot tell', () => {
    expect(staleUpdatedMessage('2026-11-28', '2026-11-28')).toBeUndefined();
    expect(staleUpdatedMessage('2026-11-29', '2026-11-28')).toBeUndefined();
    expect(staleUpdatedMessage('2024-11-20', undefined)).toBeUndefined();
    expect(staleUpdatedMessage(undefined, '2026-11-28')).toBeUndefined();
  });
});
