/** What an import did (or would have done), for the office that ran it: in Chinese, file by file. */
import type { ApplyResult } from './apply-import.ts';
import type { ImportPlan } from './plan-import.ts';
import { formatRowProblem } from '../roster/row-problem.ts';

const shown = (text: string) => (text === '' ? '（空）' : `“${text}”`);

export function formatImportReport(plan: ImportPlan, source: string, result?: ApplyResult): string {
  const lines: string[] = [];
  if (plan.problems.length > 0 || plan.blockers.length > 0) {
    lines.push(...plan.problems.map(formatRowProblem), ...plan.blockers);
    lines.push(
      '',
      `导入没有进行，没有写入任何文件：${source} 有 ${plan.problems.length + plan.blockers.length} 处问题。请按上面的提示逐条修改表格后再导入。`,
    );
    return lines.join('\n');
  }
  lines.push(`${source}：${plan.rows} 行`);
  lines.push(`新增 ${plan.added.length} 个`, ...plan.added.map((e) => `  + ${e.file}  ${e.label}`));
  lines.push(`修改 ${plan.changed.length} 个`);
  for (const entry of plan.changed) {
    lines.push(`  ~ ${entry.file}  ${entry.label}`);
    for (const change of entry.changes ?? [])
      lines.push(`      ${change.column}：${shown(change.before)} → ${shown(change.after)}`);
  }
  lines.push(`未变 ${plan.unchanged.length} 个`);
  if (plan.removeMissing) {
    lines.push(`删除 ${plan.missing.length} 个（表格里没有）`, ...plan.missing.map((e) => `  - ${e.file}  ${e.label}`));
    if (plan.alsoRemoved.length > 0)
      lines.push(
        `同时删除 ${plan.alsoRemoved.length} 场讲座（所在的街道、乡镇已经不在 towns.yaml 里）`,
        ...plan.alsoRemoved.map((e) => `  - ${e.file}  ${e.label}`),
      );
  } else if (plan.missing.length > 0) {
    lines.push(
      `表格里没有、内容里还有 ${plan.missing.length} 个（保留；确实要删除时加 --remove-missing 再导入一次）`,
      ...plan.missing.map((e) => `  ? ${e.file}  ${e.label}`),
    );
  } else lines.push('删除 0 个');
  if (result && result.checkProblems.length > 0) {
    lines.push(
      '',
      ...result.checkProblems,
      '',
      `导入没有进行，没有写入任何文件：导入后的内容有 ${result.checkProblems.length} 处没有通过内容检查。请按上面的提示修改后再导入。`,
    );
  } else if (result?.written) {
    lines.push('', `内容检查通过：${result.checkedFiles} 个文件没有发现问题。已写入。`);
  }
  return lines.join('\n');
}
