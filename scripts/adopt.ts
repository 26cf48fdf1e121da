/**
 * npm run adopt -- template OUT.yaml
 * npm run adopt -- PROFILE.yaml
 * Writes the profile template a district fills in; or turns the content folder (CONTENT_DIR, content/ by
 * default) into that district's starting point, all or nothing (src/adopt/), and says what it kept,
 * what it removed and what to do next. See ADOPTING.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { adoptContent } from '../src/adopt/adopt-content.ts';
import { profileTemplate } from '../src/adopt/profile-template.ts';
import { readBuildEnv } from '../src/lib/env.ts';

const USAGE = [
  '用法：',
  '  npm run adopt -- template 资料.yaml   生成本区资料的模板（带中文说明）',
  '  npm run adopt -- 资料.yaml            按填好的资料把 content/ 换成本区网站的起点',
].join('\n');

const NEXT_STEPS = [
  '下一步：',
  '  1. 生成名录和讲座的表格模板，照示例行填好（示例行删掉）：',
  '       npm run import -- template homes 儿童之家.xlsx',
  '       npm run import -- template lectures 讲座.xlsx',
  '  2. 导入：npm run import -- homes 儿童之家.xlsx，再 npm run import -- lectures 讲座.xlsx',
  '  3. 上线检查：SITE_URL=https://网站域名 BASE_PATH=/ npm run preflight，按提示改到通过',
  '  4. 构建：SITE_URL=https://网站域名 BASE_PATH=/ npm run build，把 dist/ 交给网站服务器',
  '  详细步骤见 ADOPTING.md。',
].join('\n');

function main(args: string[]): Promise<number> | number {
  const [first, second] = args;
  if (first === 'template' && second) {
    if (existsSync(second)) {
      console.error(`${second} 已经存在，没有改动它。换一个文件名再试。`);
      return 1;
    }
    writeFileSync(second, profileTemplate());
    console.log(`已生成资料模板：${second}\n把每个“待填写”换成本区的真实信息，然后运行 npm run adopt -- ${second}`);
    return 0;
  }
  if (!first || second !== undefined) {
    console.error(USAGE);
    return 2;
  }
  return adopt(first);
}

async function adopt(profile: string): Promise<number> {
  const { contentDir } = readBuildEnv(process.env);
  const result = await adoptContent(profile, contentDir);
  if (result.problems.length > 0) {
    console.error(result.problems.join('\n'));
    console.error(
      `\n没有改动 ${contentDir}/ 的任何文件：有 ${result.problems.length} 处问题，请按上面的提示逐条修改后再运行。` +
        '\n（保留的页面引用了已删除的数字或页面时：它是原来那个区自己的内容，就在它的文件头写 local: true；否则改掉这处引用。）',
    );
    return 1;
  }
  const section = (title: string, lines: string[]) => (lines.length > 0 ? [title, ...lines.map((l) => `  ${l}`)] : []);
  console.log(
    [
      `已把 ${contentDir}/ 换成本区网站的起点。`,
      ...section('写入：', result.written),
      ...section('保留（适用于任何区）：', result.kept),
      ...section('删除（原来那个区的）：', result.removed),
      ...section('改动（保留的页面里）：', result.changed),
      ...section('请读一读（保留的页面里还写着原来那个区的名字）：', result.toRead),
      '',
      NEXT_STEPS,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
