/**
 * npm run import -- homes|lectures FILE [--remove-missing]
 * npm run import -- template homes|lectures OUT.xlsx
 * Imports a roster sheet (.xlsx or .csv, UTF-8 or GBK) into the content folder, all or nothing, then
 * runs the content check on the result; or writes the blank template. See src/import/README.md.
 */
import path from 'node:path';
import { applyImport } from '../src/import/apply-import.ts';
import type { RosterKindName } from '../src/roster/content-kinds.ts';
import { formatImportReport } from '../src/import/import-report.ts';
import { ContentError, loadContent, loadDistrict } from '../src/import/load-content.ts';
import { planFailed, planImport } from '../src/import/plan-import.ts';
import { readSheet, SheetError } from '../src/roster/read-sheet.ts';
import { writeTemplate } from '../src/import/write-template.ts';
import { readBuildEnv } from '../src/lib/env.ts';

const USAGE = [
  '用法：',
  '  npm run import -- homes 表格.xlsx             导入儿童之家名录（.xlsx 或 .csv）',
  '  npm run import -- lectures 表格.csv           导入讲座安排',
  '  npm run import -- homes 表格.xlsx --remove-missing   同时删除表格里没有的儿童之家',
  '  npm run import -- template homes 模板.xlsx     生成空白模板（lectures 同理）',
].join('\n');

const isKind = (value: string | undefined): value is RosterKindName => value === 'homes' || value === 'lectures';

async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [command, second, third] = args.filter((a) => !a.startsWith('--'));
  const unknownFlag = [...flags].find((f) => f !== '--remove-missing');
  if (unknownFlag) {
    console.error(`不认识的选项“${unknownFlag}”。\n${USAGE}`);
    return 2;
  }
  const { contentDir } = readBuildEnv(process.env);
  if (command === 'template' && isKind(second) && third) {
    try {
      await writeTemplate(second, third, await loadDistrict(contentDir));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(error.message);
      return 1;
    }
    console.log(
      `已生成模板：${third}（第 1 行是栏目名，鼠标停在栏目名上可以看到填写说明；第 2 行是示例，填写时删除或改掉它）`,
    );
    return 0;
  }
  if (!isKind(command) || !second) {
    console.error(USAGE);
    return 2;
  }
  try {
    const sheet = await readSheet(second);
    const plan = planImport(command, sheet, await loadContent(contentDir), {
      removeMissing: flags.has('--remove-missing'),
    });
    const source = `${path.basename(second)} 工作表“${sheet.name}”`;
    if (planFailed(plan)) {
      console.error(formatImportReport(plan, source));
      return 1;
    }
    const result = await applyImport(plan, contentDir);
    const report = formatImportReport(plan, source, result);
    if (result.written) console.log(report);
    else console.error(report);
    return result.written ? 0 : 1;
  } catch (error) {
    if (error instanceof SheetError || error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
