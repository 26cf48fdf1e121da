/**
 * Carries out a plan, all or nothing: the changes are first made to a scratch copy of the content
 * folder and the content check runs over that copy; only when it passes are the same files written to
 * the real folder. A plan with any problem, or a result the check rejects, writes nothing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { formatProblem } from '../check/cross-check.ts';
import { planFailed, type ImportPlan } from './plan-import.ts';

export interface ApplyResult {
  written: boolean;
  /** The content check's problems with the result, as "文件:行 字段 — …", naming the real files. */
  checkProblems: string[];
  /** How many content files the check read. */
  checkedFiles: number;
}

function write(root: string, plan: ImportPlan): void {
  for (const entry of [...plan.added, ...plan.changed]) {
    const file = path.join(root, entry.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.text!);
  }
  if (plan.removeMissing)
    for (const entry of [...plan.missing, ...plan.alsoRemoved]) rmSync(path.join(root, entry.file));
}

export async function applyImport(plan: ImportPlan, contentDir: string): Promise<ApplyResult> {
  if (planFailed(plan)) return { written: false, checkProblems: [], checkedFiles: 0 };
  // Stryker disable next-line StringLiteral: the scratch folder's name is seen by nobody
  const scratch = mkdtempSync(path.join(tmpdir(), 'import-'));
  try {
    const staged = path.join(scratch, 'content');
    cpSync(contentDir, staged, { recursive: true });
    write(staged, plan);
    const { problems, files } = await checkContent(scratch, 'content');
    const shown = path.relative(process.cwd(), path.resolve(contentDir)) || '.';
    const checkProblems = problems.map((p) =>
      // Stryker disable next-line Regex: the check names files under the scratch root, so "content" always comes first
      formatProblem({ ...p, file: p.file.replace(/^content(?=[/\\])/, shown) }),
    );
    if (checkProblems.length > 0) return { written: false, checkProblems, checkedFiles: files };
    write(contentDir, plan);
    return { written: true, checkProblems: [], checkedFiles: files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
