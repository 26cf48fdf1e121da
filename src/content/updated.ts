/**
 * A page's "updated" date when its frontmatter has none: the day (Asia/Shanghai) of the last commit
 * that touched the file.
 *
 * On a shallow clone (CI checkouts default to one commit) history stops at the boundary commits, and
 * git reports a boundary commit as the last change of every file older than it: a wrong date, and
 * the same one on every page. So a date that comes from a boundary commit is not trusted and no date is
 * shown; the workflow fetches the full history (fetch-depth: 0) so that this fallback stays rare.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toZonedDate } from '../lib/time.ts';

/**
 * Every file's last commit, read from one `git log` pass over the repository's history (as Starlight's
 * getAllNewestCommitDate does): one process for the whole build and the content check, not one per
 * page (a 50× site would otherwise start thousands of git processes, one after another). Keyed by
 * absolute path; the value is the commit's hash and ISO date.
 */
type History = Map<string, { hash: string; iso: string }>;

const histories = new Map<string, { history: History; boundaries: Set<string> } | null>();

/** The folder holding `.git` (a directory, or a file in a worktree) at or above `dir`; no process needed. */
function repositoryRoot(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });

/** The history of the repository at `root`, read once; null when git cannot read it. */
function historyOf(root: string) {
  if (histories.has(root)) return histories.get(root)!;
  let found: { history: History; boundaries: Set<string> } | null;
  try {
    // The commits a shallow clone's history stops at (none for a full clone), in the same call that
    // asks whether it is shallow.
    const [shallow = 'false', shallowFile = ''] = git(root, [
      'rev-parse',
      '--is-shallow-repository',
      '--git-path',
      'shallow',
    ]).split('\n');
    const boundaries = new Set<string>();
    const shallowPath = path.resolve(root, shallowFile.trim());
    if (shallow.trim() === 'true' && existsSync(shallowPath)) {
      for (const line of readFileSync(shallowPath, 'utf8').split('\n'))
        if (line.trim()) boundaries.add(line.trim());
    }
    const history: History = new Map();
    let commit: { hash: string; iso: string } | undefined;
    // Newest first: the first commit that names a file is its last change.
    for (const line of git(root, ['log', '--format=%x01%H %cI', '--name-only', '--no-renames']).split('\n')) {
      if (line.startsWith('\x01')) {
        const [hash = '', iso = ''] = line.slice(1).split(' ');
        commit = { hash, iso };
      } else if (line && commit) {
        const file = path.join(root, line);
        if (!history.has(file)) history.set(file, commit);
      }
    }
    found = { history, boundaries };
  } catch {
    found = null;
  }
  histories.set(root, found);
  return found;
}

/** "2026-03-02", or undefined when the file is not committed, git is missing, or the date is unknowable. */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
  const absolute = path.resolve(cwd, file);
  const root = repositoryRoot(path.dirname(absolute));
  if (!root) return undefined;
  const repo = historyOf(root);
  const last = repo?.history.get(absolute);
  if (!last || repo!.boundaries.has(last.hash)) return undefined;
  return toZonedDate(new Date(last.iso));
}

/** The date to show: the editor's own `updated`, else the file's last commit. */
export function updatedDate(entry: { data: { updated?: string | undefined }; filePath?: string | undefined }): string | undefined {
  return entry.data.updated ?? (entry.filePath ? lastCommitDate(entry.filePath) : undefined);
}

/**
 * A written `updated` that is older than the file's last commit says the page has not changed since,
 * when it has: the date is no longer true. (Every page once carried the same hand-written date and kept
 * it through later edits.) Undefined when the date is fine or git cannot tell.
 */
export function staleUpdatedMessage(updated: string | undefined, lastCommit: string | undefined): string | undefined {
  if (!updated || !lastCommit || updated >= lastCommit) return undefined;
  return `写的是 ${updated}，但这个文件 ${lastCommit} 还改过，页面上的更新日期就不真实了。应当删掉 updated 这一行（页面自动显示最后一次提交的日期），或改成 ${lastCommit}`;
}
