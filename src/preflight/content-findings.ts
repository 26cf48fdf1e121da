/**
 * What in the content is still sample or placeholder text: the sample switches in site.yaml, the
 * footer's placeholder 备案号 and 标识码, phone numbers with a 0 right after the district's area code
 * (site.yaml `district.areaCode`; no real local number starts with 0 there, which is why samples use
 * them), and anything marked 示例.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readAreaCode } from '../content/site-file.ts';
import type { Finding } from './finding.ts';

interface Rule {
  kind: string;
  /** Which files the rule reads: the site file only, or every content file. */
  siteOnly?: boolean;
  test: RegExp;
  message: string;
}

/**
 * In order: a line is reported once, under the first rule it breaks. The sample phone numbers are the
 * district's: its area code, then 0 (any area code while site.yaml gives none).
 */
function rules(areaCode: string | undefined): Rule[] {
  const code = areaCode ?? '0\\d{2,3}';
  return [
    {
      kind: '示例开关',
      siteOnly: true,
      test: /^sampleDirectory:\s*true\b/,
      message: '名录还标为示例数据；换成核实过的真实名录后，应当改成 sampleDirectory: false',
    },
    {
      kind: '示例开关',
      siteOnly: true,
      test: /^sampleIdentity:\s*true\b/,
      message: '页脚信息还标为示例；换成真实的地址、电话、备案号后，应当改成 sampleIdentity: false',
    },
    {
      kind: '备案号占位',
      siteOnly: true,
      test: /^icp:.*(0{6,}|示例)/,
      message: '还是 ICP 备案号的占位，应当写网站真实的 ICP 备案号，例如“某ICP备12345678号”',
    },
    {
      kind: '备案号占位',
      siteOnly: true,
      test: /^psb:.*(0{6,}|示例)/,
      message: '还是公安备案号的占位，应当写真实的公安机关备案号，例如“某公网安备 12345602000123号”',
    },
    {
      kind: '标识码占位',
      siteOnly: true,
      test: /^govSiteCode:\s*["']?0+["']?\s*$/,
      message: '还是政府网站标识码的占位，应当写本网站真实的 10 位标识码',
    },
    {
      kind: '示例电话',
      test: new RegExp(`(?<!\\d)${code}-0\\d{6}`),
      message: `${areaCode ?? '区号'}-0 开头的号码是示例，不是任何人的真实电话，应当换成真实的电话号码`,
    },
    { kind: '示例标记', test: /示例/, message: '这里还标着“示例”，应当换成核实过的真实信息，并删掉“示例”字样' },
  ];
}

/** Content files an editor writes; content/README.md documents the fields and is not content. */
const CONTENT_FILE = /\.(ya?ml|mdx?)$/;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((name) => CONTENT_FILE.test(name) && name !== 'README.md' && !name.split(path.sep).includes('law'))
    .sort();
}

export async function contentFindings(root: string, contentDir: string, siteFile = 'site.yaml'): Promise<Finding[]> {
  const base = path.resolve(root, contentDir);
  const findings: Finding[] = [];
  const lineRules = rules(await readAreaCode(base));
  for (const name of await listFiles(base)) {
    const file = path.relative(root, path.join(base, name));
    const lines = (await readFile(path.join(base, name), 'utf8')).split('\n');
    lines.forEach((text, index) => {
      const rule = lineRules.find((r) => (!r.siteOnly || name === siteFile) && r.test.test(text));
      if (rule) findings.push({ file, line: index + 1, kind: rule.kind, message: rule.message });
    });
  }
  return findings;
}
