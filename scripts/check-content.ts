/**
 * npm run check:content: checks every content file and reports all problems at once, in Chinese, as
 * "文件:行 字段 — 问题，应当…". Exits 1 on any problem. The same check runs inside every build
 * (src/integrations/content-check.ts); this is the fast run without one.
 */
import { checkContent, formatReport } from '../src/check/check-content.ts';
import { readBuildEnv } from '../src/lib/env.ts';

const { contentDir } = readBuildEnv(process.env);
const result = await checkContent(process.cwd(), contentDir);
if (result.problems.length === 0) console.log(formatReport(result));
else {
  console.error(formatReport(result));
  process.exitCode = 1;
}
