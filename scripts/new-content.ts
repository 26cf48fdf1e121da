/**
 * npm run new -- lecture|home|news|handout|page [name]: writes a new content file with every field and
 * a Chinese comment on each, generated from the schemas (src/authoring/scaffold.ts). Without a name the
 * file starts with "_" (a draft): checked, not published, until it is renamed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_KINDS, kindNamed } from '../src/authoring/kinds.ts';
import { scaffold, type ScaffoldValues } from '../src/authoring/scaffold.ts';
import { readBuildEnv } from '../src/lib/env.ts';
import { SECTIONS } from '../src/schemas/page.ts';

const [kindName = '', name] = process.argv.slice(2);
const kind = kindNamed(kindName);
const creatable = CONTENT_KINDS.filter((k) => k.scaffold).map((k) => k.name);
if (!kind?.scaffold) {
  console.error(`用法：npm run new -- <种类> [文件名]，种类是 ${creatable.join('、')} 之一。例如：npm run new -- lecture 2027-03-20-daxin-daxin`);
  process.exit(1);
}
if (name !== undefined && !/^([a-z]+\/)?_?[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error(`文件名“${name}”不合适：应当只用小写拼音字母、数字和连字符“-”，例如 2027-03-20-daxin-daxin；栏目页面可以写 guide/my-page`);
  process.exit(1);
}

const base = name ?? `_new-${kind.name}`;
const slug = path.basename(base).replace(/^_/, '');
const values: ScaffoldValues = {};
if (name !== undefined && kind.name !== 'page' && 'id' in ((kind.schema as any)._zod.def.shape ?? {})) values['id'] = slug;
const section = base.split('/')[0] ?? '';
if (kind.name === 'page' && base.includes('/') && (SECTIONS as readonly string[]).includes(section)) values['section'] = section;

const { contentDir } = readBuildEnv(process.env);
const file = path.join(contentDir, kind.scaffold.folder, `${base}${kind.scaffold.ext}`);
if (existsSync(file)) {
  console.error(`${file} 已经存在，没有改动它。换一个文件名再试。`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, scaffold(kind, values));
console.log(`已建立 ${file}\n把每个“待填写”换成真实内容，然后运行 npm run check:content 检查。`);
