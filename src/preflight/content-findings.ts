/**
 * What in the content is still sample or placeholder text: the sample switches in site.yaml, the
 * footer's placeholder 备案号 and 标识码, phone numbers whose local part starts with 0 (no real one does,
 * whatever the area code, which is why samples use them), and anything marked 示例.
 */
import path from 'node:path';
import { byPath, contentFiles, readContentFile } from '../content/files.ts';
import { KIND_LIST, KINDS } from '../content/kinds.ts';
import type { Finding } from './finding.ts';

interface Rule {
  kind: string;
  /** Which files the rule reads: the site file only, or every content file. */
  siteOnly?: boolean;
  test: RegExp;
  message: string;
}

/** In order: a line is reported once, under the first rule it breaks. */
const RULES: Rule[] = [
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
    test: /(?<!\d)0\d{2,3}-0\d{6,7}(?!\d)/,
    message: '区号后面以 0 开头的号码是示例，不是任何人的真实电话，应当换成真实的电话号码',
  },
  { kind: '示例标记', test: /示例/, message: '这里还标着“示例”，应当换成核实过的真实信息，并删掉“示例”字样' },
];

/**
 * Every file an editor writes, drafts too (a draft is published once renamed); not the statutes, which
 * are official text.
 */
const EDITED_KINDS = KIND_LIST.filter((k) => k.format !== 'statute');

export async function contentFindings(root: string, contentDir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const listed = await contentFiles(path.resolve(root, contentDir), EDITED_KINDS);
  for (const file of listed.sort(byPath)) {
    const { text, kind } = await readContentFile(file);
    const where = path.relative(root, file.path);
    text.split('\n').forEach((line, index) => {
      const rule = RULES.find((r) => (!r.siteOnly || kind === KINDS.site) && r.test.test(line));
      if (rule) findings.push({ file: where, line: index + 1, kind: rule.kind, message: rule.message });
    });
  }
  return findings;
}
