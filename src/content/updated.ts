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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toZonedDate } from '../lib/time.ts';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

const boundaries = new Map<string, Set<string>>();

/** The commits a shallow clone's history stops at (empty for a full clone). */
function shallowBoundaries(cwd: string): Set<string> {
  let found = boundaries.get(cwd);
  if (!found) {
    found = new Set();
    if (git(cwd, ['rev-parse', '--is-shallow-repository']) === 'true') {
      const file = path.resolve(cwd, git(cwd, ['rev-parse', '--git-path', 'shallow']));
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) found.add(line.trim());
    }
    boundaries.set(cwd, found);
  }
  return found;
}

/** "2026-03-02", or undefined when the file is not committed, git is missing, or the date is unknowable. */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
  try {
    const out = git(cwd, ['log', '-1', '--format=%H %cI', '--', file]);
    if (!out) return undefined;
    const [hash = '', iso = ''] = out.split(' ');
    if (shallowBoundaries(cwd).has(hash)) return undefined;
    return toZonedDate(new Date(iso));
  } catch {
    return undefined;
  }
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
