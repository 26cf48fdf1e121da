/**
 * npm run check:content (and the first step of npm run build): checks every content file and reports
 * all problems at once, in Chinese, as "文件:行 字段 — 问题，应当…". Exits 1 on any problem.
 */
import { checkContent } from '../src/check/check-content.ts';
import { formatProblem } from '../src/check/cross-check.ts';
import { readBuildEnv } from '../src/lib/env.ts';

const { contentDir } = readBuildEnv(process.env);
const { problems, files } = await checkContent(process.cwd(), contentDir);
if (problems.length === 0) {
  console.log(`内容检查通过：${files} 个文件没有发现问题。`);
} else {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n内容检查发现 ${problems.length} 处问题（共检查 ${files} 个文件）。请按上面的提示逐条修改后再构建。`);
  process.exitCode = 1;
}
