/**
 * npm run preflight: before a launch (and before every publish, in the deploy job), lists file:line
 * everything that is still sample or placeholder — sample-data markers, the sample switches, phone
 * numbers whose local part starts with 0 (after the district's area code), placeholder 备案号 and 标识码, a SITE_URL at example.* or
 * localhost, PDFs in dist/ that print such an address. Exits 1 while anything remains. npm test does
 * not run it: the repository ships sample content on purpose.
 */
import { existsSync } from 'node:fs';
import { formatFinding } from '../src/preflight/finding.ts';
import { runPreflight } from '../src/preflight/run-preflight.ts';
import { readBuildEnv } from '../src/lib/env.ts';

const { contentDir, siteUrl } = readBuildEnv(process.env);
const distDir = process.env['DIST_DIR'] ?? 'dist';
const findings = await runPreflight({ root: process.cwd(), contentDir, distDir, siteUrl });
if (!existsSync(distDir)) console.log(`（${distDir}/ 还没有构建，PDF 没有检查；构建后再运行一次）`);
if (findings.length === 0) {
  console.log('上线检查通过：没有发现示例数据、占位信息或示例网址。');
} else {
  console.error(findings.map(formatFinding).join('\n'));
  console.error(`\n上线检查：还有 ${findings.length} 处不是真实信息。正式发布前应当按上面的提示逐条替换。`);
  process.exitCode = 1;
}
